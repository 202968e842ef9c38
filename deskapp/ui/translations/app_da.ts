<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About deskapp</source>
        <translation>Om deskapp</translation>
    </message>
    <message>
        <source>deskapp {version}: diagnostics for a support ticket</source>
        <translation>deskapp {version}: oplysninger til en supportsag</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Co&amp;py to clipboard</source>
        <translation>&amp;Kopiér til udklipsholderen</translation>
    </message>
    <message>
        <source>Copied. Paste it into your support ticket.</source>
        <translation>Kopieret. Sæt det ind i din supportsag.</translation>
    </message>
</context>
<context>
    <name>ChangeOwnCredentialDialog</name>
    <message>
        <source>My language, PIN and password</source>
        <translation>Mit sprog, min pinkode og adgangskode</translation>
    </message>
    <message>
        <source>My language</source>
        <translation>Mit sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Leave the PIN fields empty to change only the language.</source>
        <translation>Lad felterne til pinkoden stå tomme for kun at skifte sprog.</translation>
    </message>
    <message>
        <source>&amp;Current PIN or password:</source>
        <translation>&amp;Nuværende pinkode eller adgangskode:</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>N&amp;y pinkode eller adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>The two new entries differ.</source>
        <translation>De to nye er ikke ens.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Intet blev gemt: %1</translation>
    </message>
    <message>
        <source>Your language is saved; the PIN or password is not: %1</source>
        <translation>Dit sprog er gemt, men pinkoden eller adgangskoden er ikke: %1</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Automatisk lås</translation>
    </message>
    <message>
        <source>Ctrl+L: lock / switch user</source>
        <translation>Ctrl+L: lås / skift bruger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>The database can be reached again.</source>
        <translation>Der er forbindelse til databasen igen.</translation>
    </message>
    <message>
        <source>⚠ Database unavailable: not saving</source>
        <translation>⚠ Databasen kan ikke nås: intet gemmes</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · %3</source>
        <translation>Logget ind: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>Idle lock off</source>
        <translation>Automatisk lås slået fra</translation>
    </message>
    <message>
        <source>Locks in %1 s</source>
        <translation>Låser om %1 sek.</translation>
    </message>
    <message numerus="yes">
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
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to deskapp</source>
        <translation>Velkommen til deskapp</translation>
    </message>
    <message>
        <source>No one can sign in yet. Name this desk, then create the first team leader: you. You can add everyone else afterwards under Staff &amp; settings.</source>
        <translation>Ingen kan logge ind endnu. Giv skranken et navn, og opret så den første teamleder: dig selv. Resten af personalet kan du tilføje bagefter under Personale og indstillinger.</translation>
    </message>
    <message>
        <source>e.g. Main Library – Ground floor desk</source>
        <translation>fx Hovedbiblioteket – skranken i stueetagen</translation>
    </message>
    <message>
        <source>This &amp;desk:</source>
        <translation>&amp;Denne skranke:</translation>
    </message>
    <message>
        <source>Name of this desk</source>
        <translation>Navnet på denne skranke</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Dine initialer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Password, at least 8 characters</source>
        <translation>Adgangskode, mindst 8 tegn</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Gentag adgangskode:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
    <message>
        <source>Team leaders sign in with a password of at least 8 characters; staff may use a PIN.</source>
        <translation>Teamledere logger ind med en adgangskode på mindst 8 tegn; øvrigt personale kan bruge en pinkode.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Opret og log ind</translation>
    </message>
    <message>
        <source>The two passwords differ. Type it again.</source>
        <translation>De to adgangskoder er ikke ens. Skriv den igen.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>This PC&apos;s language (%1)</source>
        <translation>Denne pc&apos;s sprog (%1)</translation>
    </message>
    <message>
        <source>The language of the PC they sign in at</source>
        <translation>Sproget på den pc, personen logger ind på</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets sprog (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
    <message>
        <source>First run: set up this desk</source>
        <translation>Første start: gør skranken klar</translation>
    </message>
    <message>
        <source>Your language and your new PIN or password are saved.</source>
        <translation>Dit sprog og din nye pinkode eller adgangskode er gemt.</translation>
    </message>
    <message>
        <source>Your language is saved.</source>
        <translation>Dit sprog er gemt.</translation>
    </message>
    <message>
        <source>Too many wrong tries: you are locked out for a while.</source>
        <translation>For mange forkerte forsøg: du er spærret et stykke tid.</translation>
    </message>
    <message>
        <source>Your new PIN or password is saved.</source>
        <translation>Din nye pinkode eller adgangskode er gemt.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Each hour of the week shows the skills its enquiries needed (an enquiry can need two). “3 of 12”, shaded: for 3 of those 12 nobody at the skill&apos;s required level was signed in at that desk.</source>
        <translation>Hver time i ugen viser de kompetencer, timens henvendelser krævede (en henvendelse kan kræve to). “3 af 12”, skraveret: ved 3 af de 12 var ingen på kompetencens krævede niveau logget ind ved skranken.</translation>
    </message>
    <message>
        <source>Every hour with demand had someone at the required level signed in.</source>
        <translation>I hver time med behov var nogen på det krævede niveau logget ind.</translation>
    </message>
    <message>
        <source>Hours with nobody at the required level, busiest first</source>
        <translation>Timer uden nogen på det krævede niveau, travleste først</translation>
    </message>
    <message>
        <source>%1 more such hours are in the XLSX and CSV.</source>
        <translation>%1 flere af den slags timer står i XLSX- og CSV-filen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Desks: %1</source>
        <translation>Skranker: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Dannet: %1</translation>
    </message>
    <message>
        <source>Chart: %1 by month: %2.</source>
        <translation>Diagram: %1 måned for måned: %2.</translation>
    </message>
    <message>
        <source>Chart: the top %1 by %2: %3.</source>
        <translation>Diagram: de %1 højeste efter %2: %3.</translation>
    </message>
    <message>
        <source>More columns (%1) are in the XLSX and CSV.</source>
        <translation>Flere kolonner (%1) står i XLSX- og CSV-filen.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>side %1 af %2</translation>
    </message>
    <message>
        <source>Each cell is the person&apos;s level on the skill (0–4). Green: at or above the required level. Orange with “!”: flagged, used often below the required level or referred often.</source>
        <translation>Hver celle er personens niveau i kompetencen (0–4). Grøn: på eller over det krævede niveau. Orange med “!”: markeret, bruges ofte under det krævede niveau eller henvises ofte.</translation>
    </message>
    <message>
        <source>Uses, referrals and flags of each pair are in the XLSX and CSV.</source>
        <translation>Brug, henvisninger og markeringer for hvert par står i XLSX- og CSV-filen.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>e.g. Main Library – Ground floor desk</source>
        <translation>fx Hovedbiblioteket – skranken i stueetagen</translation>
    </message>
    <message>
        <source>Name of this desk</source>
        <translation>Navnet på denne skranke</translation>
    </message>
    <message>
        <source>Type your name or initials</source>
        <translation>Skriv dit navn eller dine initialer</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Matching names</source>
        <translation>Navne der passer</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Pinkode eller adgangskode</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Besked ved login</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Type your name, press Enter, type your PIN or password, press Enter.</source>
        <translation>Skriv dit navn, tryk Enter, skriv din pinkode eller adgangskode, tryk Enter.</translation>
    </message>
    <message>
        <source>This &amp;desk:</source>
        <translation>&amp;Denne skranke:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;Pinkode eller adgangskode:</translation>
    </message>
    <message>
        <source>Locked: sign in to continue</source>
        <translation>Låst: log ind for at fortsætte</translation>
    </message>
    <message>
        <source>Name this desk PC once; it is remembered.</source>
        <translation>Giv denne skranke-pc et navn én gang; det bliver husket.</translation>
    </message>
    <message>
        <source>No one on the staff list matches that. Check the spelling, or ask a team leader to add you.</source>
        <translation>Ingen på personalelisten passer til det. Tjek stavningen, eller bed en teamleder om at tilføje dig.</translation>
    </message>
    <message>
        <source>Name this desk first, e.g. “Main Library – Ground floor desk”.</source>
        <translation>Giv først skranken et navn, fx “Hovedbiblioteket – skranken i stueetagen”.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Background backup or check failed: %s</source>
        <translation>Sikkerhedskopien eller kontrollen i baggrunden mislykkedes: %s</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <source>deskapp found damage in its database file, so it has switched to read-only: you can look things up, but nothing new can be saved until the database is repaired.</source>
        <translation>deskapp har fundet fejl i databasefilen og kører derfor kun med læseadgang: du kan slå ting op, men intet nyt kan gemmes, før databasen er repareret.</translation>
    </message>
    <message>
        <source>No backup that passes the check was found. Ask your IT service to restore one; the details are: %s</source>
        <translation>Der blev ikke fundet nogen sikkerhedskopi, der består kontrollen. Bed IT om at gendanne en; detaljerne er: %s</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %s? Anything saved after it is lost from the log; the damaged file is kept aside for your IT service.</source>
        <translation>Gendan den nyeste gode sikkerhedskopi, taget %s? Det, der er gemt siden, forsvinder fra loggen; den beskadigede fil gemmes til IT.</translation>
    </message>
    <message>
        <source>(no file was left to keep)</source>
        <translation>(der var ingen fil tilbage at gemme)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file is kept as %s.

deskapp will now close: start it again to carry on.</source>
        <translation>Sikkerhedskopien er lagt på plads. Den beskadigede fil er gemt som %s.

deskapp lukker nu: start programmet igen for at fortsætte.</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>Sikkerhedskopieret til %s</translation>
    </message>
    <message numerus="yes">
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
        <source>Waiting for another PC</source>
        <translation>Venter på en anden pc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Could not load</source>
        <translation>Kunne ikke hentes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message numerus="yes">
        <source>Alt+%n</source>
        <translation>
            <numerusform>Alt+%n</numerusform>
            <numerusform>Alt+%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>%1: for team leaders</source>
        <translation>%1: kun for teamledere</translation>
    </message>
    <message>
        <source>%1 is for team leaders.</source>
        <translation>%1 er kun for teamledere.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>deskapp cannot read its settings</source>
        <translation>deskapp kan ikke læse sine indstillinger</translation>
    </message>
    <message>
        <source>deskapp.toml has settings deskapp does not know</source>
        <translation>deskapp.toml har indstillinger, som deskapp ikke kender</translation>
    </message>
    <message>
        <source>deskapp is already open</source>
        <translation>deskapp er allerede åben</translation>
    </message>
    <message>
        <source>deskapp cannot open this database</source>
        <translation>deskapp kan ikke åbne denne database</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>Enquiry log</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Tjeklister</translation>
    </message>
    <message>
        <source>Skills &amp; reports</source>
        <translation>Kompetencer og rapporter</translation>
    </message>
    <message>
        <source>Staff &amp; settings</source>
        <translation>Personale og indstillinger</translation>
    </message>
</context>
<context>
    <name>unavailable</name>
    <message>
        <source>This area could not be opened. The error was written to the app&apos;s log. Please tell IT (press F12 and copy the details).</source>
        <translation>Dette område kunne ikke åbnes. Fejlen er skrevet i programmets log. Giv venligst IT besked (tryk F12, og kopiér detaljerne).</translation>
    </message>
    <message>
        <source>This area could not be opened. The error was written to %1. Please tell IT (press F12 and copy the details).</source>
        <translation>Dette område kunne ikke åbnes. Fejlen er skrevet i %1. Giv venligst IT besked (tryk F12, og kopiér detaljerne).</translation>
    </message>
    <message>
        <source>Open the area again to retry.</source>
        <translation>Åbn området igen for at prøve igen.</translation>
    </message>
</context>
</TS>
