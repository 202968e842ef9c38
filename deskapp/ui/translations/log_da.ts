<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>EditEnquiryDialog</name>
    <message>
        <location filename="../log/edit_dialog.py" line="27" />
        <source>Correct enquiry #%1</source>
        <translation>Ret henvendelse nr. %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../log/filters.py" line="52" />
        <location filename="../log/filters.py" line="55" />
        <location filename="../log/filters.py" line="58" />
        <location filename="../log/filters.py" line="61" />
        <location filename="../log/filters.py" line="64" />
        <location filename="../log/filters.py" line="78" />
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="90" />
        <source>words in notes</source>
        <translation>ord i noten</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="92" />
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="95" />
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="95" />
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="95" />
        <source>D&amp;esk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="96" />
        <source>&amp;Staff</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="96" />
        <source>Do&amp;main</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="97" />
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="97" />
        <source>&amp;Outcome</source>
        <translation>&amp;Udfald</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="98" />
        <source>&amp;READ</source>
        <translation>&amp;READ</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="98" />
        <source>S&amp;kill</source>
        <translation>Fær&amp;dighed</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="98" />
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../log/filters.py" line="129" />
        <source>any day</source>
        <translation>alle dage</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../log/model.py" line="29" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="29" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="30" />
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="30" />
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="31" />
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="31" />
        <source>READ</source>
        <translation>READ</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="32" />
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="32" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="33" />
        <source>Patron type</source>
        <translation>Lånertype</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="33" />
        <source>Skills</source>
        <translation>Færdigheder</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="34" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../log/model.py" line="124" />
        <source>This column cannot be sorted</source>
        <translation>Denne kolonne kan ikke sorteres</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../log/page.py" line="59" />
        <source>Enquiry log</source>
        <translation>Henvendelseslog</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="72" />
        <source>Alt+L comes back to this list from the filters</source>
        <translation>Alt+L fører tilbage til listen fra filtrene</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="73" />
        <source>Correct… (Enter)</source>
        <translation>Ret… (Enter)</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="74" />
        <source>Delete (Del)</source>
        <translation>Slet (Del)</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="75" />
        <source>Undo delete (Ctrl+Z)</source>
        <translation>Fortryd sletning (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="82" />
        <source>Sort &amp;by:</source>
        <translation>S&amp;ortér efter:</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="155" />
        <source>No enquiries match these filters.</source>
        <translation>Ingen henvendelser passer til filtrene.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="157" />
        <source>Showing the first %1; scroll for more.</source>
        <translation>Viser de første %1; rul for at se flere.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="159" />
        <source>1 enquiry.</source>
        <translation>1 henvendelse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/page.py" line="161" />
        <source>%Ln enquiries.</source>
        <translation><numerusform>%Ln henvendelse.</numerusform><numerusform>%Ln henvendelser.</numerusform></translation>
    </message>
    <message>
        <location filename="../log/page.py" line="201" />
        <source>You can change only your own enquiries; a team leader can correct this one.</source>
        <translation>Du kan kun ændre dine egne henvendelser; en teamleder kan rette denne.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="211" />
        <source>#%1 is someone else's: you can change only your own; a team leader can correct it.</source>
        <translation>Nr. %1 er en andens: Du kan kun ændre dine egne; en teamleder kan rette den.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="221" />
        <source>Saved the correction to enquiry #%1.</source>
        <translation>Rettelsen af henvendelse nr. %1 er gemt.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="223" />
        <source>Redacted %1 in the note before saving.</source>
        <translation>%1 i noten blev sløret før gem.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="244" />
        <source>Deleted enquiry #%1 (%2). Ctrl+Z brings it back.</source>
        <translation>Henvendelse nr. %1 (%2) er slettet. Ctrl+Z henter den tilbage.</translation>
    </message>
    <message>
        <location filename="../log/page.py" line="260" />
        <source>Enquiry #%1 is back in the log.</source>
        <translation>Henvendelse nr. %1 er tilbage i loggen.</translation>
    </message>
</context>
<context>
    <name>SortChoice</name>
    <message>
        <location filename="../log/sort_choice.py" line="18" />
        <source>oldest first</source>
        <translation>ældste først</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="19" />
        <source>newest first</source>
        <translation>nyeste først</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="21" />
        <source>lowest first</source>
        <translation>laveste først</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="22" />
        <source>highest first</source>
        <translation>højeste først</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="23" />
        <source>A–Z</source>
        <translation>A–Å</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="23" />
        <source>Z–A</source>
        <translation>Å–A</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="30" />
        <source>Sort by</source>
        <translation>Sortér efter</translation>
    </message>
    <message>
        <location filename="../log/sort_choice.py" line="41" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>