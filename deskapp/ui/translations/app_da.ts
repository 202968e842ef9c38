<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="37"/>
        <source>About deskapp</source>
        <translation>Om deskapp</translation>
    </message>
    <message>
        <location filename="../about.py" line="43"/>
        <source>deskapp {version}: diagnostics for a support ticket</source>
        <translation>deskapp {version}: oplysninger til en supportsag</translation>
    </message>
    <message>
        <location filename="../about.py" line="47"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../about.py" line="48"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../about.py" line="48"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../about.py" line="59"/>
        <source>Co&amp;py to clipboard</source>
        <translation>&amp;Kopiér til udklipsholderen</translation>
    </message>
    <message>
        <location filename="../about.py" line="79"/>
        <source>Copied. Paste it into your support ticket.</source>
        <translation>Kopieret. Sæt det ind i din supportsag.</translation>
    </message>
</context>
<context>
    <name>ChangeOwnCredentialDialog</name>
    <message>
        <location filename="../signin/change_own.py" line="16"/>
        <source>Change my PIN or password</source>
        <translation>Skift min pinkode eller adgangskode</translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="20"/>
        <source>&amp;Current PIN or password:</source>
        <translation>&amp;Nuværende pinkode eller adgangskode:</translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="21"/>
        <source>&amp;New PIN or password:</source>
        <translation>N&amp;y pinkode eller adgangskode:</translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="22"/>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="51"/>
        <source>The two new entries differ.</source>
        <translation>De to nye er ikke ens.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="53"/>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="54"/>
        <source>Idle lock</source>
        <translation>Automatisk lås</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="55"/>
        <source>Ctrl+L: lock / switch user</source>
        <translation>Ctrl+L: lås / skift bruger</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="56"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="57"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="63"/>
        <source>The database can be reached again.</source>
        <translation>Der er forbindelse til databasen igen.</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="65"/>
        <source>⚠ Database unavailable: not saving</source>
        <translation>⚠ Databasen kan ikke nås: intet gemmes</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="74"/>
        <source>Signed in: %1 (%2) · %3</source>
        <translation>Logget ind: %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="78"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="78"/>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="85"/>
        <source>Idle lock off</source>
        <translation>Automatisk lås slået fra</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="87"/>
        <source>Locks in %1 s</source>
        <translation>Låser om %1 sek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../status_bar.py" line="90"/>
        <source>Locks after %n min idle</source>
        <translation>
            <numerusform>Låser efter %n min uden aktivitet</numerusform>
            <numerusform>Låser efter %n min uden aktivitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../file_dialogs.py" line="46"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="47"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../signin/first_run.py" line="39"/>
        <source>Welcome to deskapp</source>
        <translation>Velkommen til deskapp</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="41"/>
        <source>No one can sign in yet. Name this desk, then create the first team leader: you. You can add everyone else afterwards under Staff &amp; settings.</source>
        <translation>Ingen kan logge ind endnu. Giv skranken et navn, og opret så den første teamleder: dig selv. Resten af personalet kan du tilføje bagefter under Personale og indstillinger.</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="47"/>
        <source>e.g. Main Library – Ground floor desk</source>
        <translation>fx Hovedbiblioteket – skranken i stueetagen</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="63"/>
        <source>This &amp;desk:</source>
        <translation>&amp;Denne skranke:</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="63"/>
        <source>Name of this desk</source>
        <translation>Navnet på denne skranke</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="64"/>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="64"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="65"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="65"/>
        <source>Your initials</source>
        <translation>Dine initialer</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="66"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="66"/>
        <source>Password, at least 8 characters</source>
        <translation>Adgangskode, mindst 8 tegn</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="67"/>
        <source>Password &amp;again:</source>
        <translation>&amp;Gentag adgangskode:</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="67"/>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="79"/>
        <source>Team leaders sign in with a password of at least 8 characters; staff may use a PIN.</source>
        <translation>Teamledere logger ind med en adgangskode på mindst 8 tegn; øvrigt personale kan bruge en pinkode.</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="83"/>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Opret og log ind</translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="138"/>
        <source>The two passwords differ. Type it again.</source>
        <translation>De to adgangskoder er ikke ens. Skriv den igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="46"/>
        <location filename="../main_window.py" line="187"/>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>First run: set up this desk</source>
        <translation>Første start: gør skranken klar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Too many wrong tries: you are locked out for a while.</source>
        <translation>For mange forkerte forsøg: du er spærret et stykke tid.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>Your new PIN or password is saved.</source>
        <translation>Din nye pinkode eller adgangskode er gemt.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../status_bar.py" line="15"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="15"/>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="16"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../signin/screen.py" line="44"/>
        <location filename="../signin/screen.py" line="134"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="51"/>
        <source>e.g. Main Library – Ground floor desk</source>
        <translation>fx Hovedbiblioteket – skranken i stueetagen</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="52"/>
        <source>Name of this desk</source>
        <translation>Navnet på denne skranke</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="55"/>
        <source>Type your name or initials</source>
        <translation>Skriv dit navn eller dine initialer</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="56"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="61"/>
        <source>Matching names</source>
        <translation>Navne der passer</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="67"/>
        <source>PIN or password</source>
        <translation>Pinkode eller adgangskode</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="72"/>
        <source>Sign-in message</source>
        <translation>Besked ved login</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="74"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="76"/>
        <source>Type your name, press Enter, type your PIN or password, press Enter.</source>
        <translation>Skriv dit navn, tryk Enter, skriv din pinkode eller adgangskode, tryk Enter.</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="82"/>
        <source>This &amp;desk:</source>
        <translation>&amp;Denne skranke:</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="89"/>
        <source>&amp;PIN or password:</source>
        <translation>&amp;Pinkode eller adgangskode:</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="134"/>
        <source>Locked: sign in to continue</source>
        <translation>Låst: log ind for at fortsætte</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="138"/>
        <source>Name this desk PC once; it is remembered.</source>
        <translation>Giv denne skranke-pc et navn én gang; det bliver husket.</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="167"/>
        <source>No one on the staff list matches that. Check the spelling, or ask a team leader to add you.</source>
        <translation>Ingen på personalelisten passer til det. Tjek stavningen, eller bed en teamleder om at tilføje dig.</translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="203"/>
        <source>Name this desk first, e.g. “Main Library – Ground floor desk”.</source>
        <translation>Giv først skranken et navn, fx “Hovedbiblioteket – skranken i stueetagen”.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../startup_checks.py" line="134"/>
        <source>Background backup or check failed: %s</source>
        <translation>Sikkerhedskopien eller kontrollen i baggrunden mislykkedes: %s</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="149"/>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="150"/>
        <source>deskapp found damage in its database file, so it has switched to read-only: you can look things up, but nothing new can be saved until the database is repaired.</source>
        <translation>deskapp har fundet fejl i databasefilen og kører derfor kun med læseadgang: du kan slå ting op, men intet nyt kan gemmes, før databasen er repareret.</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="154"/>
        <source>No backup that passes the check was found. Ask your IT service to restore one; the details are: %s</source>
        <translation>Der blev ikke fundet nogen sikkerhedskopi, der består kontrollen. Bed IT om at gendanne en; detaljerne er: %s</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="159"/>
        <source>Restore the newest good backup, taken %s? Anything saved after it is lost from the log; the damaged file is kept aside for your IT service.</source>
        <translation>Gendan den nyeste gode sikkerhedskopi, taget %s? Det, der er gemt siden, forsvinder fra loggen; den beskadigede fil gemmes til IT.</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="166"/>
        <source>(no file was left to keep)</source>
        <translation>(der var ingen fil tilbage at gemme)</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="167"/>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="168"/>
        <source>The backup is back in place. The damaged file is kept as %s.

deskapp will now close: start it again to carry on.</source>
        <translation>Sikkerhedskopien er lagt på plads. Den beskadigede fil er gemt som %s.

deskapp lukker nu: start programmet igen for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="175"/>
        <source>Backed up to %s</source>
        <translation>Sikkerhedskopieret til %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../startup_checks.py" line="177"/>
        <source>%n old note(s) purged</source>
        <translation>
            <numerusform>%n gammel note slettet</numerusform>
            <numerusform>%n gamle noter slettet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupWait</name>
    <message>
        <location filename="../startup_wait.py" line="40"/>
        <location filename="../startup_wait.py" line="47"/>
        <source>Waiting for another PC</source>
        <translation>Venter på en anden pc</translation>
    </message>
    <message>
        <location filename="../startup_wait.py" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../context.py" line="137"/>
        <location filename="../context.py" line="172"/>
        <source>Could not load</source>
        <translation>Kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../context.py" line="171"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../navigation.py" line="68"/>
        <location filename="../navigation.py" line="96"/>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message numerus="yes">
        <location filename="../navigation.py" line="89"/>
        <source>Alt+%n</source>
        <translation>
            <numerusform>Alt+%n</numerusform>
            <numerusform>Alt+%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../navigation.py" line="90"/>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="110"/>
        <source>%1: for team leaders</source>
        <translation>%1: kun for teamledere</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="134"/>
        <source>%1 is for team leaders.</source>
        <translation>%1 er kun for teamledere.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="41"/>
        <source>deskapp cannot read its settings</source>
        <translation>deskapp kan ikke læse sine indstillinger</translation>
    </message>
    <message>
        <location filename="../app.py" line="48"/>
        <source>deskapp.toml has settings deskapp does not know</source>
        <translation>deskapp.toml har indstillinger, som deskapp ikke kender</translation>
    </message>
    <message>
        <location filename="../app.py" line="54"/>
        <source>deskapp is already open</source>
        <translation>deskapp er allerede åben</translation>
    </message>
    <message>
        <location filename="../app.py" line="64"/>
        <source>deskapp cannot open this database</source>
        <translation>deskapp kan ikke åbne denne database</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../pages.py" line="34"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../pages.py" line="35"/>
        <source>Enquiry log</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../pages.py" line="36"/>
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <location filename="../pages.py" line="37"/>
        <source>Checklists</source>
        <translation>Tjeklister</translation>
    </message>
    <message>
        <location filename="../pages.py" line="38"/>
        <source>Skills &amp; reports</source>
        <translation>Kompetencer og rapporter</translation>
    </message>
    <message>
        <location filename="../pages.py" line="39"/>
        <source>Staff &amp; settings</source>
        <translation>Personale og indstillinger</translation>
    </message>
</context>
<context>
    <name>unavailable</name>
    <message>
        <location filename="../unavailable.py" line="27"/>
        <source>This area could not be opened. The error was written to the app&apos;s log. Please tell IT (press F12 and copy the details).</source>
        <translation>Dette område kunne ikke åbnes. Fejlen er skrevet i programmets log. Giv venligst IT besked (tryk F12, og kopiér detaljerne).</translation>
    </message>
    <message>
        <location filename="../unavailable.py" line="30"/>
        <source>This area could not be opened. The error was written to %1. Please tell IT (press F12 and copy the details).</source>
        <translation>Dette område kunne ikke åbnes. Fejlen er skrevet i %1. Giv venligst IT besked (tryk F12, og kopiér detaljerne).</translation>
    </message>
    <message>
        <location filename="../unavailable.py" line="37"/>
        <source>Open the area again to retry.</source>
        <translation>Åbn området igen for at prøve igen.</translation>
    </message>
</context>
</TS>
