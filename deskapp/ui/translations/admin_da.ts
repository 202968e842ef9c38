<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../admin/page.py" line="39"/>
        <source>Staff &amp; settings</source>
        <translation>Medarbejdere og indstillinger</translation>
    </message>
    <message>
        <location filename="../admin/page.py" line="43"/>
        <source>Staff and settings sections</source>
        <translation>Afsnit under medarbejdere og indstillinger</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../admin/audit_view.py" line="44"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="44"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="44"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="44"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="44"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="45"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../admin/audit_view.py" line="119"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="120"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="121"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="122"/>
        <source>&amp;Between</source>
        <translation>&amp;Mellem</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="125"/>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="126"/>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="129"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrér</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="137"/>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="146"/>
        <source>&amp;Who</source>
        <translation>&amp;Hvem</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="146"/>
        <source>W&amp;hat</source>
        <translation>Hv&amp;ad</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="147"/>
        <source>A&amp;ction</source>
        <translation>Hand&amp;ling</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="157"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../admin/audit_view.py" line="205"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/audit_view.py" line="225"/>
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
        <location filename="../admin/staff_dialog.py" line="143"/>
        <source>New PIN or password for %1</source>
        <translation>Ny PIN eller adgangskode til %1</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="146"/>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Ny PIN eller adgangskode:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="146"/>
        <source>New PIN or password</source>
        <translation>Ny PIN eller adgangskode</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="147"/>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="147"/>
        <source>New PIN or password again</source>
        <translation>Ny PIN eller adgangskode igen</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="148"/>
        <source>Staff: a PIN of 4 to 8 digits or a password. Team leaders and admins: a password of at least 8 characters. This also ends a lock-out.</source>
        <translation>Medarbejdere: en PIN på 4 til 8 cifre eller en adgangskode. Teamledere og administratorer: en adgangskode på mindst 8 tegn. Det ophæver også en udelukkelse.</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="158"/>
        <source>The two entries differ.</source>
        <translation>De to indtastninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../admin/roles.py" line="11"/>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../admin/roles.py" line="12"/>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <location filename="../admin/roles.py" line="13"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../admin/roles.py" line="18"/>
        <source>the admin configuration file</source>
        <translation>administratorens konfigurationsfil</translation>
    </message>
    <message>
        <location filename="../admin/roles.py" line="19"/>
        <source>the command line</source>
        <translation>kommandolinjen</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../admin/settings_tab.py" line="48"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="49"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="51"/>
        <source>Save for this &amp;PC</source>
        <translation>Gem for denne &amp;pc</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="53"/>
        <source>This desk PC</source>
        <translation>Denne skranke-pc</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="55"/>
        <source>Desk &amp;name:</source>
        <translation>Skrankens &amp;navn:</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="55"/>
        <source>Desk name</source>
        <translation>Skrankens navn</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="56"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="56"/>
        <source>Lock after idle minutes</source>
        <translation>Lås efter antal minutters inaktivitet</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="61"/>
        <source>Set by your IT admin (%1).</source>
        <translation>Sat af din it-administrator (%1).</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="69"/>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="73"/>
        <source>Default: a “backups” folder beside the database</source>
        <translation>Standard: en mappe “backups” ved siden af databasen</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="81"/>
        <source>Save for &amp;all desks</source>
        <translation>Gem for &amp;alle skranker</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="83"/>
        <source>All desks on this database</source>
        <translation>Alle skranker på denne database</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="85"/>
        <source>&amp;Keep notes for:</source>
        <translation>&amp;Behold noter i:</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="85"/>
        <source>Keep notes for days</source>
        <translation>Behold noter i antal dage</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="86"/>
        <source>Notes older than this are removed; the coded fields of each enquiry stay for statistics.</source>
        <translation>Ældre noter slettes; de kodede felter for hver henvendelse bliver til statistikken.</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="91"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mappe til sikkerhedskopier:</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="91"/>
        <location filename="../admin/settings_tab.py" line="92"/>
        <location filename="../admin/settings_tab.py" line="179"/>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="162"/>
        <source>Saved for this PC.</source>
        <translation>Gemt for denne pc.</translation>
    </message>
    <message>
        <location filename="../admin/settings_tab.py" line="176"/>
        <source>Saved for all desks.</source>
        <translation>Gemt for alle skranker.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../admin/staff_dialog.py" line="92"/>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="92"/>
        <source>Edit %1</source>
        <translation>Redigér %1</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="107"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="107"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="108"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="108"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="109"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="109"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="111"/>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN eller adgangskode:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="111"/>
        <source>PIN or password</source>
        <translation>PIN eller adgangskode</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="112"/>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="112"/>
        <source>PIN or password again</source>
        <translation>PIN eller adgangskode igen</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="122"/>
        <source>A PIN of 4 to 8 digits, or a password of at least 8 characters.</source>
        <translation>En PIN på 4 til 8 cifre eller en adgangskode på mindst 8 tegn.</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="123"/>
        <source>Team leaders and admins need a password of at least 8 characters.</source>
        <translation>Teamledere og administratorer skal have en adgangskode på mindst 8 tegn.</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="125"/>
        <source>Leave empty to keep the current one.</source>
        <translation>Lad feltet stå tomt for at beholde den nuværende.</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="135"/>
        <source>The two PIN or password entries differ.</source>
        <translation>De to indtastninger af PIN eller adgangskode er forskellige.</translation>
    </message>
    <message>
        <location filename="../admin/staff_dialog.py" line="137"/>
        <source>Give them a PIN or password so they can sign in.</source>
        <translation>Giv personen en PIN eller adgangskode, så vedkommende kan logge ind.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../admin/staff_tab.py" line="43"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="55"/>
        <source>&amp;Show deactivated people</source>
        <translation>Vis &amp;deaktiverede medarbejdere</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="56"/>
        <source>&amp;Add…  Ctrl+N</source>
        <translation>Ti&amp;lføj…  Ctrl+N</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="57"/>
        <source>&amp;Edit…  Enter</source>
        <translation>&amp;Redigér…  Enter</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="58"/>
        <source>New &amp;PIN…  Ctrl+R</source>
        <translation>Ny &amp;PIN…  Ctrl+R</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="59"/>
        <source>A new PIN or password; also ends a lock-out</source>
        <translation>En ny PIN eller adgangskode; ophæver også en udelukkelse</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="60"/>
        <location filename="../admin/staff_tab.py" line="107"/>
        <source>&amp;Deactivate  Del</source>
        <translation>D&amp;eaktivér  Del</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="106"/>
        <source>&amp;Reactivate  Del</source>
        <translation>Gen&amp;aktivér  Del</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="182"/>
        <source>Deactivate %1?</source>
        <translation>Deaktivere %1?</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="183"/>
        <source>%1 will no longer be able to sign in. Their enquiries and history stay theirs; you can reactivate them later.</source>
        <translation>%1 kan ikke længere logge ind. Henvendelser og historik forbliver personens egne; du kan genaktivere personen senere.</translation>
    </message>
    <message>
        <location filename="../admin/staff_tab.py" line="188"/>
        <source>Cannot change %1</source>
        <translation>%1 kan ikke ændres</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../admin/staff_model.py" line="24"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="24"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="24"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="24"/>
        <source>Signs in with</source>
        <translation>Logger ind med</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="93"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="93"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="94"/>
        <source>(not set)</source>
        <translation>(ikke sat)</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="96"/>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="97"/>
        <source>Locked out</source>
        <translation>Udelukket</translation>
    </message>
    <message>
        <location filename="../admin/staff_model.py" line="97"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../admin/tabs.py" line="33"/>
        <source>S&amp;taff</source>
        <translation>Medarbe&amp;jdere</translation>
    </message>
    <message>
        <location filename="../admin/tabs.py" line="34"/>
        <source>Settin&amp;gs</source>
        <translation>Indstillin&amp;ger</translation>
    </message>
    <message>
        <location filename="../admin/tabs.py" line="35"/>
        <source>A&amp;udit trail</source>
        <translation>Re&amp;visionsspor</translation>
    </message>
    <message>
        <location filename="../admin/tabs.py" line="36"/>
        <source>&amp;Quick buttons</source>
        <translation>H&amp;urtigknapper</translation>
    </message>
    <message>
        <location filename="../admin/tabs.py" line="37"/>
        <source>Import and e&amp;xport</source>
        <translation>Impor&amp;t og eksport</translation>
    </message>
</context>
</TS>
