<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>EditEnquiryDialog</name>
    <message>
        <source>Correct enquiry #%1</source>
        <translation>Ret henvendelse nr. %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>words in notes</source>
        <translation>ord i noten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>Do&amp;main</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Udfald</translation>
    </message>
    <message>
        <source>&amp;READ</source>
        <translation>&amp;READ</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>Fær&amp;dighed</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>alle dage</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
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
        <source>Outcome</source>
        <translation>Udfald</translation>
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
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Patron type</source>
        <translation>Lånertype</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Færdigheder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Denne kolonne kan ikke sorteres</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Enquiry log</source>
        <translation>Henvendelseslog</translation>
    </message>
    <message>
        <source>Alt+L comes back to this list from the filters</source>
        <translation>Alt+L fører tilbage til listen fra filtrene</translation>
    </message>
    <message>
        <source>Correct… (Enter)</source>
        <translation>Ret… (Enter)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Slet (Del)</translation>
    </message>
    <message>
        <source>Undo delete (Ctrl+Z)</source>
        <translation>Fortryd sletning (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>S&amp;ortér efter:</translation>
    </message>
    <message>
        <source>No enquiries match these filters.</source>
        <translation>Ingen henvendelser passer til filtrene.</translation>
    </message>
    <message>
        <source>Showing the first %1; scroll for more.</source>
        <translation>Viser de første %1; rul for at se flere.</translation>
    </message>
    <message>
        <source>1 enquiry.</source>
        <translation>1 henvendelse.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries.</source>
        <translation>
            <numerusform>%Ln henvendelse.</numerusform>
            <numerusform>%Ln henvendelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can change only your own enquiries; a team leader can correct this one.</source>
        <translation>Du kan kun ændre dine egne henvendelser; en teamleder kan rette denne.</translation>
    </message>
    <message>
        <source>#%1 is someone else&apos;s: you can change only your own; a team leader can correct it.</source>
        <translation>Nr. %1 er en andens: Du kan kun ændre dine egne; en teamleder kan rette den.</translation>
    </message>
    <message>
        <source>Saved the correction to enquiry #%1.</source>
        <translation>Rettelsen af henvendelse nr. %1 er gemt.</translation>
    </message>
    <message>
        <source>Redacted %1 in the note before saving.</source>
        <translation>%1 i noten blev sløret før gem.</translation>
    </message>
    <message>
        <source>Deleted enquiry #%1 (%2). Ctrl+Z brings it back.</source>
        <translation>Henvendelse nr. %1 (%2) er slettet. Ctrl+Z henter den tilbage.</translation>
    </message>
    <message>
        <source>Enquiry #%1 is back in the log.</source>
        <translation>Henvendelse nr. %1 er tilbage i loggen.</translation>
    </message>
</context>
<context>
    <name>SortChoice</name>
    <message>
        <source>oldest first</source>
        <translation>ældste først</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>nyeste først</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>laveste først</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>højeste først</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Å</translation>
    </message>
    <message>
        <source>Z–A</source>
        <translation>Å–A</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortér efter</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
