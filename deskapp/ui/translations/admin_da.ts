<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff &amp; settings</source>
        <translation>Medarbejdere og indstillinger</translation>
    </message>
    <message>
        <source>Staff and settings sections</source>
        <translation>Afsnit under medarbejdere og indstillinger</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Mellem</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrér</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Hvem</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>Hv&amp;ad</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>Hand&amp;ling</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>New PIN or password for %1</source>
        <translation>Ny PIN eller adgangskode til %1</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Ny PIN eller adgangskode:</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>Ny PIN eller adgangskode</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>New PIN or password again</source>
        <translation>Ny PIN eller adgangskode igen</translation>
    </message>
    <message>
        <source>Staff: a PIN of 4 to 8 digits or a password. Team leaders and admins: a password of at least 8 characters. This also ends a lock-out.</source>
        <translation>Medarbejdere: en PIN på 4 til 8 cifre eller en adgangskode. Teamledere og administratorer: en adgangskode på mindst 8 tegn. Det ophæver også en udelukkelse.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>De to indtastninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>the admin configuration file</source>
        <translation>administratorens konfigurationsfil</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>kommandolinjen</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Save for this &amp;PC</source>
        <translation>Gem for denne &amp;pc</translation>
    </message>
    <message>
        <source>This desk PC</source>
        <translation>Denne skranke-pc</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>Skrankens &amp;navn:</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Skrankens navn</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lås efter antal minutters inaktivitet</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sp&amp;rog:</translation>
    </message>
    <message>
        <source>This PC&apos;s language</source>
        <translation>Denne pc&apos;s sprog</translation>
    </message>
    <message>
        <source>The sign-in screen speaks it, and so does everyone whose own language is this PC&apos;s.</source>
        <translation>Log ind-skærmen bruger det, og det gør alle, hvis eget sprog er denne pc&apos;s.</translation>
    </message>
    <message>
        <source>Set by your IT admin (%1).</source>
        <translation>Sat af din it-administrator (%1).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Default: a “backups” folder beside the database</source>
        <translation>Standard: en mappe “backups” ved siden af databasen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>Save for &amp;all desks</source>
        <translation>Gem for &amp;alle skranker</translation>
    </message>
    <message>
        <source>All desks on this database</source>
        <translation>Alle skranker på denne database</translation>
    </message>
    <message>
        <source>&amp;Keep notes for:</source>
        <translation>&amp;Behold noter i:</translation>
    </message>
    <message>
        <source>Keep notes for days</source>
        <translation>Behold noter i antal dage</translation>
    </message>
    <message>
        <source>Notes older than this are removed; the coded fields of each enquiry stay for statistics.</source>
        <translation>Ældre noter slettes; de kodede felter for hver henvendelse bliver til statistikken.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mappe til sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Saved for this PC.</source>
        <translation>Gemt for denne pc.</translation>
    </message>
    <message>
        <source>Saved for all desks.</source>
        <translation>Gemt for alle skranker.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigér %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN eller adgangskode:</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN eller adgangskode</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>PIN or password again</source>
        <translation>PIN eller adgangskode igen</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits, or a password of at least 8 characters.</source>
        <translation>En PIN på 4 til 8 cifre eller en adgangskode på mindst 8 tegn.</translation>
    </message>
    <message>
        <source>Team leaders and admins need a password of at least 8 characters.</source>
        <translation>Teamledere og administratorer skal have en adgangskode på mindst 8 tegn.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one.</source>
        <translation>Lad feltet stå tomt for at beholde den nuværende.</translation>
    </message>
    <message>
        <source>The two PIN or password entries differ.</source>
        <translation>De to indtastninger af PIN eller adgangskode er forskellige.</translation>
    </message>
    <message>
        <source>Give them a PIN or password so they can sign in.</source>
        <translation>Giv personen en PIN eller adgangskode, så vedkommende kan logge ind.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>&amp;Show deactivated people</source>
        <translation>Vis &amp;deaktiverede medarbejdere</translation>
    </message>
    <message>
        <source>&amp;Add…  Ctrl+N</source>
        <translation>Ti&amp;lføj…  Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…  Enter</source>
        <translation>&amp;Redigér…  Enter</translation>
    </message>
    <message>
        <source>New &amp;PIN…  Ctrl+R</source>
        <translation>Ny &amp;PIN…  Ctrl+R</translation>
    </message>
    <message>
        <source>A new PIN or password; also ends a lock-out</source>
        <translation>En ny PIN eller adgangskode; ophæver også en udelukkelse</translation>
    </message>
    <message>
        <source>&amp;Deactivate  Del</source>
        <translation>D&amp;eaktivér  Del</translation>
    </message>
    <message>
        <source>&amp;Reactivate  Del</source>
        <translation>Gen&amp;aktivér  Del</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Deaktivere %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their enquiries and history stay theirs; you can reactivate them later.</source>
        <translation>%1 kan ikke længere logge ind. Henvendelser og historik forbliver personens egne; du kan genaktivere personen senere.</translation>
    </message>
    <message>
        <source>Cannot change %1</source>
        <translation>%1 kan ikke ændres</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Logger ind med</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke sat)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Udelukket</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>S&amp;taff</source>
        <translation>Medarbe&amp;jdere</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Indstillin&amp;ger</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>Re&amp;visionsspor</translation>
    </message>
    <message>
        <source>&amp;Quick buttons</source>
        <translation>H&amp;urtigknapper</translation>
    </message>
    <message>
        <source>Import and e&amp;xport</source>
        <translation>Impor&amp;t og eksport</translation>
    </message>
</context>
</TS>
