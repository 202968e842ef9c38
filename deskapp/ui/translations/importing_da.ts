<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ExportBox</name>
    <message>
        <location filename="../importing/export_box.py" line="48"/>
        <source>Export the enquiry log</source>
        <translation>Eksportér henvendelsesloggen</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="52"/>
        <source>&amp;All dates</source>
        <translation>&amp;Alle datoer</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="57"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="57"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="62"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="63"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-projektmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="64"/>
        <source>Export format</source>
        <translation>Eksportformat</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="65"/>
        <source>Ex&amp;port enquiries…</source>
        <translation>Eksportér &amp;henvendelser…</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="72"/>
        <source>Fi&amp;rst day:</source>
        <translation>Fø&amp;rste dag:</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="73"/>
        <source>Unti&amp;l:</source>
        <translation>Ti&amp;l og med:</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="74"/>
        <source>Fil&amp;e type:</source>
        <translation>Filt&amp;ype:</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="96"/>
        <source>Export enquiries to</source>
        <translation>Eksportér henvendelser til</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="113"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="117"/>
        <source>Exported 1 enquiry so far…</source>
        <translation>1 henvendelse eksporteret indtil videre…</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="118"/>
        <source>Exported %1 enquiries so far…</source>
        <translation>%1 henvendelser eksporteret indtil videre…</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="123"/>
        <source>Exported 1 enquiry to {path}.</source>
        <translation>1 henvendelse er eksporteret til {path}.</translation>
    </message>
    <message>
        <location filename="../importing/export_box.py" line="124"/>
        <source>Exported %1 enquiries to {path}.</source>
        <translation>%1 henvendelser er eksporteret til {path}.</translation>
    </message>
</context>
<context>
    <name>ImportExportTab</name>
    <message>
        <location filename="../importing/tab.py" line="17"/>
        <source>Import history from another desk-statistics tool</source>
        <translation>Importér historik fra et andet værktøj til skrankestatistik</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../importing/panel.py" line="59"/>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="59"/>
        <source>Checking rows…</source>
        <translation>Kontrollerer rækker…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="60"/>
        <source>Writing enquiries…</source>
        <translation>Skriver henvendelser…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="63"/>
        <location filename="../importing/panel.py" line="171"/>
        <source>File to import</source>
        <translation>Fil, der skal importeres</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>Genne&amp;mse…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="67"/>
        <source>Format of the file</source>
        <translation>Filens format</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="68"/>
        <source>Gimlet (API CSV or web download)</source>
        <translation>Gimlet (API-CSV eller download fra nettet)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="69"/>
        <source>Libstats Data Dump</source>
        <translation>Libstats Data Dump</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="70"/>
        <source>LibAnswers Reference Analytics export</source>
        <translation>LibAnswers Reference Analytics-eksport</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="71"/>
        <source>deskapp export (CSV or XLSX)</source>
        <translation>deskapp-eksport (CSV eller XLSX)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="72"/>
        <source>Other CSV, with a mapping file</source>
        <translation>Anden CSV, med en mappingfil</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="74"/>
        <location filename="../importing/panel.py" line="177"/>
        <source>Mapping file</source>
        <translation>Mappingfil</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="75"/>
        <source>Bro&amp;wse…</source>
        <translation>Genn&amp;emse…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="78"/>
        <source>Desk for every row</source>
        <translation>Skranke for alle rækker</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="79"/>
        <source>From the file&apos;s location column</source>
        <translation>Fra filens kolonne med sted</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="81"/>
        <source>Time zone of the file&apos;s times</source>
        <translation>Tidszone for filens klokkeslæt</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="82"/>
        <source>This PC&apos;s time zone ({zone})</source>
        <translation>Denne pc&apos;s tidszone ({zone})</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="84"/>
        <source>Order of day and month in the file&apos;s dates</source>
        <translation>Rækkefølgen af dag og måned i filens datoer</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="85"/>
        <source>As the file shows (refused if it cannot tell)</source>
        <translation>Som filen viser (afvises, hvis det ikke kan afgøres)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="86"/>
        <source>Day first: 01/03/2021 is 1 March</source>
        <translation>Dag først: 01/03/2021 er 1. marts</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="87"/>
        <source>Month first: 01/03/2021 is 3 January</source>
        <translation>Måned først: 01/03/2021 er 3. januar</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="88"/>
        <source>Import question and answer text into &amp;notes (it may identify patrons)</source>
        <translation>Importér spørgsmål og svar som &amp;noter (de kan identificere lånere)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="92"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="93"/>
        <source>&amp;Mapping file:</source>
        <translation>Ma&amp;ppingfil:</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="95"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Skranke:</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="96"/>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zone:</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="97"/>
        <source>Da&amp;y or month first:</source>
        <translation>&amp;Dag eller måned først:</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="100"/>
        <source>&amp;Check file</source>
        <translation>&amp;Kontrollér fil</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="102"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="109"/>
        <source>Sa&amp;ve the problem list…</source>
        <translation>Gem pro&amp;blemlisten…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="115"/>
        <source>Import progress</source>
        <translation>Importens fremdrift</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="124"/>
        <source>Problems that stop the import</source>
        <translation>Problemer, der stopper importen</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="132"/>
        <source>First rows as they would be imported</source>
        <translation>De første rækker, som de ville blive importeret</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="138"/>
        <source>Check and import report</source>
        <translation>Rapport fra kontrol og import</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="172"/>
        <source>Desk statistics (*.csv *.xlsx);;All files (*)</source>
        <translation>Skrankestatistik (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="177"/>
        <source>Mapping files (*.toml)</source>
        <translation>Mappingfiler (*.toml)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="218"/>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="218"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="255"/>
        <source>{problem} — 1 problem, nothing will be imported.</source>
        <translation>{problem} — 1 problem, intet bliver importeret.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="256"/>
        <source>{problem} — %1 problems, nothing will be imported.</source>
        <translation>{problem} — %1 problemer, intet bliver importeret.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="259"/>
        <source>Ready to update 1 enquiry edited in the source since it was imported. Press Alt+I to import.</source>
        <translation>Klar til at opdatere 1 henvendelse, der er rettet i kilden, siden den blev importeret. Tryk Alt+I for at importere.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="261"/>
        <source>Ready to update %1 enquiries edited in the source since they were imported. Press Alt+I to import.</source>
        <translation>Klar til at opdatere %1 henvendelser, der er rettet i kilden, siden de blev importeret. Tryk Alt+I for at importere.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="266"/>
        <source>Nothing to import: the file&apos;s one row was imported before.</source>
        <translation>Intet at importere: filens ene række er importeret før.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="267"/>
        <source>Nothing to import: all %1 rows were imported before.</source>
        <translation>Intet at importere: alle %1 rækker er importeret før.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="268"/>
        <source>Nothing to import: the file has no rows.</source>
        <translation>Intet at importere: filen har ingen rækker.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="269"/>
        <source>Ready to import 1 new enquiry</source>
        <translation>Klar til at importere 1 ny henvendelse</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="270"/>
        <source>Ready to import %1 new enquiries</source>
        <translation>Klar til at importere %1 nye henvendelser</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="273"/>
        <source>, asked {first} to {last}</source>
        <translation>, stillet {first} til {last}</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="277"/>
        <source> and to update 1 edited in the source</source>
        <translation> og opdatere 1, der er rettet i kilden</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="278"/>
        <source> and to update %1 edited in the source</source>
        <translation> og opdatere %1, der er rettet i kilden</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="280"/>
        <source> (1 imported before is skipped)</source>
        <translation> (1, der er importeret før, springes over)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="281"/>
        <source> (%1 imported before are skipped)</source>
        <translation> (%1, der er importeret før, springes over)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="284"/>
        <source>; dates read day first (01/03 is 1 March)</source>
        <translation>; datoer læst med dagen først (01/03 er 1. marts)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="286"/>
        <source>; dates read month first (01/03 is 3 January)</source>
        <translation>; datoer læst med måneden først (01/03 er 3. januar)</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="287"/>
        <source>. Press Alt+I to import.</source>
        <translation>. Tryk Alt+I for at importere.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="305"/>
        <source>Save the problem list to</source>
        <translation>Gem problemlisten i</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="311"/>
        <source>Could not save the problem list to {path}: {reason}. The list above is unchanged.</source>
        <translation>Problemlisten kunne ikke gemmes i {path}: {reason}. Listen ovenfor er uændret.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="314"/>
        <source>The problem is saved in {path}.</source>
        <translation>Problemet er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="315"/>
        <source>All %1 problems are saved in {path}.</source>
        <translation>Alle %1 problemer er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="319"/>
        <source>Imported 1 enquiry.</source>
        <translation>1 henvendelse er importeret.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="319"/>
        <source>Imported %1 enquiries.</source>
        <translation>%1 henvendelser er importeret.</translation>
    </message>
    <message>
        <location filename="../importing/panel.py" line="331"/>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importing/preview_model.py" line="12"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="13"/>
        <source>Asked (local)</source>
        <translation>Stillet (lokal tid)</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="14"/>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="14"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="15"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="16"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="17"/>
        <source>Patron type</source>
        <translation>Lånertype</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="18"/>
        <source>READ</source>
        <translation>READ</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="19"/>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="20"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="21"/>
        <source>Skills</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <location filename="../importing/preview_model.py" line="22"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../importing/worker.py" line="42"/>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
</context>
</TS>
