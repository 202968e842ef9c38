<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ExportBox</name>
    <message>
        <source>Export the enquiry log</source>
        <translation>Eksportér henvendelsesloggen</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Alle datoer</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-projektmappe (XLSX)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Eksportformat</translation>
    </message>
    <message>
        <source>Ex&amp;port enquiries…</source>
        <translation>Eksportér &amp;henvendelser…</translation>
    </message>
    <message>
        <source>Fi&amp;rst day:</source>
        <translation>Fø&amp;rste dag:</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>Ti&amp;l og med:</translation>
    </message>
    <message>
        <source>Fil&amp;e type:</source>
        <translation>Filt&amp;ype:</translation>
    </message>
    <message>
        <source>Export enquiries to</source>
        <translation>Eksportér henvendelser til</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Exported 1 enquiry so far…</source>
        <translation>1 henvendelse eksporteret indtil videre…</translation>
    </message>
    <message>
        <source>Exported %1 enquiries so far…</source>
        <translation>%1 henvendelser eksporteret indtil videre…</translation>
    </message>
    <message>
        <source>Exported 1 enquiry to {path}.</source>
        <translation>1 henvendelse er eksporteret til {path}.</translation>
    </message>
    <message>
        <source>Exported %1 enquiries to {path}.</source>
        <translation>%1 henvendelser er eksporteret til {path}.</translation>
    </message>
</context>
<context>
    <name>ImportExportTab</name>
    <message>
        <source>Import history from another desk-statistics tool</source>
        <translation>Importér historik fra et andet værktøj til skrankestatistik</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Kontrollerer rækker…</translation>
    </message>
    <message>
        <source>Writing enquiries…</source>
        <translation>Skriver henvendelser…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil, der skal importeres</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Genne&amp;mse…</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Filens format</translation>
    </message>
    <message>
        <source>Gimlet (API CSV or web download)</source>
        <translation>Gimlet (API-CSV eller download fra nettet)</translation>
    </message>
    <message>
        <source>Libstats Data Dump</source>
        <translation>Libstats Data Dump</translation>
    </message>
    <message>
        <source>LibAnswers Reference Analytics export</source>
        <translation>LibAnswers Reference Analytics-eksport</translation>
    </message>
    <message>
        <source>deskapp export (CSV or XLSX)</source>
        <translation>deskapp-eksport (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>Other CSV, with a mapping file</source>
        <translation>Anden CSV, med en mappingfil</translation>
    </message>
    <message>
        <source>Suma &apos;Export Raw Data&apos; (counts, kept as tallies)</source>
        <translation>Suma &apos;Export Raw Data&apos; (tællinger, gemt som optællinger)</translation>
    </message>
    <message>
        <source>Tally sheet: month, desk, category, count (kept as tallies)</source>
        <translation>Optællingsark: måned, skranke, kategori, antal (gemt som optællinger)</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Mappingfil</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Genn&amp;emse…</translation>
    </message>
    <message>
        <source>Desk for every row</source>
        <translation>Skranke for alle rækker</translation>
    </message>
    <message>
        <source>From the file&apos;s location column</source>
        <translation>Fra filens kolonne med sted</translation>
    </message>
    <message>
        <source>Which copy of the source tool the file comes from</source>
        <translation>Hvilken udgave af kildeværktøjet filen kommer fra</translation>
    </message>
    <message>
        <source>From the file where it says (Libstats, Gimlet); else none</source>
        <translation>Fra filen, hvor den angiver det (Libstats, Gimlet); ellers ingen</translation>
    </message>
    <message>
        <source>Time zone of the file&apos;s times</source>
        <translation>Tidszone for filens klokkeslæt</translation>
    </message>
    <message>
        <source>This PC&apos;s time zone ({zone})</source>
        <translation>Denne pc&apos;s tidszone ({zone})</translation>
    </message>
    <message>
        <source>Order of day and month in the file&apos;s dates</source>
        <translation>Rækkefølgen af dag og måned i filens datoer</translation>
    </message>
    <message>
        <source>As the file shows (refused if it cannot tell)</source>
        <translation>Som filen viser (afvises, hvis det ikke kan afgøres)</translation>
    </message>
    <message>
        <source>Day first: 01/03/2021 is 1 March</source>
        <translation>Dag først: 01/03/2021 er 1. marts</translation>
    </message>
    <message>
        <source>Month first: 01/03/2021 is 3 January</source>
        <translation>Måned først: 01/03/2021 er 3. januar</translation>
    </message>
    <message>
        <source>Import question and answer text into &amp;notes (it may identify patrons)</source>
        <translation>Importér spørgsmål og svar som &amp;noter (de kan identificere lånere)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>Ma&amp;ppingfil:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Skranke:</translation>
    </message>
    <message>
        <source>&amp;Source copy:</source>
        <translation>Kildev&amp;ærktøjets udgave:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zone:</translation>
    </message>
    <message>
        <source>Da&amp;y or month first:</source>
        <translation>&amp;Dag eller måned først:</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>&amp;Kontrollér fil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Sa&amp;ve the problem list…</source>
        <translation>Gem pro&amp;blemlisten…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importens fremdrift</translation>
    </message>
    <message>
        <source>Problems that stop the import</source>
        <translation>Problemer, der stopper importen</translation>
    </message>
    <message>
        <source>First rows as they would be imported</source>
        <translation>De første rækker, som de ville blive importeret</translation>
    </message>
    <message>
        <source>Check and import report</source>
        <translation>Rapport fra kontrol og import</translation>
    </message>
    <message>
        <source>Desk statistics (*.csv *.xlsx);;All files (*)</source>
        <translation>Skrankestatistik (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Mapping files (*.toml)</source>
        <translation>Mappingfiler (*.toml)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>{problem} — 1 problem, nothing will be imported.</source>
        <translation>{problem} — 1 problem, intet bliver importeret.</translation>
    </message>
    <message>
        <source>{problem} — %1 problems, nothing will be imported.</source>
        <translation>{problem} — %1 problemer, intet bliver importeret.</translation>
    </message>
    <message>
        <source>Nothing to import: the file&apos;s one tally was imported before.</source>
        <translation>Intet at importere: filens ene optælling er importeret før.</translation>
    </message>
    <message>
        <source>Nothing to import: all %1 tallies were imported before.</source>
        <translation>Intet at importere: alle %1 optællinger er importeret før.</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no counts.</source>
        <translation>Intet at importere: filen har ingen optællinger.</translation>
    </message>
    <message>
        <source>Ready to import 1 new tally</source>
        <translation>Klar til at importere 1 ny optælling</translation>
    </message>
    <message>
        <source>Ready to import %1 new tallies</source>
        <translation>Klar til at importere %1 nye optællinger</translation>
    </message>
    <message>
        <source> and to update 1 changed in the source</source>
        <translation> og opdatere 1, der er ændret i kilden</translation>
    </message>
    <message>
        <source> and to update %1 changed in the source</source>
        <translation> og opdatere %1, der er ændret i kilden</translation>
    </message>
    <message>
        <source>, counted {first} to {last}</source>
        <translation>, talt {first} til {last}</translation>
    </message>
    <message>
        <source>Ready to update 1 enquiry edited in the source since it was imported. Press Alt+I to import.</source>
        <translation>Klar til at opdatere 1 henvendelse, der er rettet i kilden, siden den blev importeret. Tryk Alt+I for at importere.</translation>
    </message>
    <message>
        <source>Ready to update %1 enquiries edited in the source since they were imported. Press Alt+I to import.</source>
        <translation>Klar til at opdatere %1 henvendelser, der er rettet i kilden, siden de blev importeret. Tryk Alt+I for at importere.</translation>
    </message>
    <message>
        <source>Nothing to import: the file&apos;s one row was imported before.</source>
        <translation>Intet at importere: filens ene række er importeret før.</translation>
    </message>
    <message>
        <source>Nothing to import: all %1 rows were imported before.</source>
        <translation>Intet at importere: alle %1 rækker er importeret før.</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rows.</source>
        <translation>Intet at importere: filen har ingen rækker.</translation>
    </message>
    <message>
        <source>Ready to import 1 new enquiry</source>
        <translation>Klar til at importere 1 ny henvendelse</translation>
    </message>
    <message>
        <source>Ready to import %1 new enquiries</source>
        <translation>Klar til at importere %1 nye henvendelser</translation>
    </message>
    <message>
        <source>, asked {first} to {last}</source>
        <translation>, stillet {first} til {last}</translation>
    </message>
    <message>
        <source> and to update 1 edited in the source</source>
        <translation> og opdatere 1, der er rettet i kilden</translation>
    </message>
    <message>
        <source> and to update %1 edited in the source</source>
        <translation> og opdatere %1, der er rettet i kilden</translation>
    </message>
    <message>
        <source> (1 imported before is skipped)</source>
        <translation> (1, der er importeret før, springes over)</translation>
    </message>
    <message>
        <source> (%1 imported before are skipped)</source>
        <translation> (%1, der er importeret før, springes over)</translation>
    </message>
    <message>
        <source>; dates read day first (01/03 is 1 March)</source>
        <translation>; datoer læst med dagen først (01/03 er 1. marts)</translation>
    </message>
    <message>
        <source>; dates read month first (01/03 is 3 January)</source>
        <translation>; datoer læst med måneden først (01/03 er 3. januar)</translation>
    </message>
    <message>
        <source>. Press Alt+I to import.</source>
        <translation>. Tryk Alt+I for at importere.</translation>
    </message>
    <message>
        <source>Save the problem list to</source>
        <translation>Gem problemlisten i</translation>
    </message>
    <message>
        <source>Could not save the problem list to {path}: {reason}. The list above is unchanged.</source>
        <translation>Problemlisten kunne ikke gemmes i {path}: {reason}. Listen ovenfor er uændret.</translation>
    </message>
    <message>
        <source>The problem is saved in {path}.</source>
        <translation>Problemet er gemt i {path}.</translation>
    </message>
    <message>
        <source>All %1 problems are saved in {path}.</source>
        <translation>Alle %1 problemer er gemt i {path}.</translation>
    </message>
    <message>
        <source>Imported 1 tally.</source>
        <translation>1 optælling er importeret.</translation>
    </message>
    <message>
        <source>Imported %1 tallies.</source>
        <translation>%1 optællinger er importeret.</translation>
    </message>
    <message>
        <source>Imported 1 enquiry.</source>
        <translation>1 henvendelse er importeret.</translation>
    </message>
    <message>
        <source>Imported %1 enquiries.</source>
        <translation>%1 henvendelser er importeret.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Asked (local)</source>
        <translation>Stillet (lokal tid)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Patron type</source>
        <translation>Lånertype</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>READ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Period (local)</source>
        <translation>Periode (lokal tid)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Hvad der blev talt</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
</context>
</TS>
