<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="37"/>
        <source>About deskapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="43"/>
        <source>deskapp {version}: diagnostics for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="47"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="48"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="48"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="59"/>
        <source>Co&amp;py to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../about.py" line="79"/>
        <source>Copied. Paste it into your support ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOwnCredentialDialog</name>
    <message>
        <location filename="../signin/change_own.py" line="16"/>
        <source>Change my PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="20"/>
        <source>&amp;Current PIN or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="21"/>
        <source>&amp;New PIN or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="22"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/change_own.py" line="51"/>
        <source>The two new entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="22"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="25"/>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="26"/>
        <source>Ctrl+L: lock / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="30"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="42"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="55"/>
        <source>The database can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="57"/>
        <source>⚠ Database unavailable: not saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="65"/>
        <source>Signed in: %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="69"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="69"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="76"/>
        <source>Idle lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="78"/>
        <source>Locks in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../status_bar.py" line="81"/>
        <source>Locks after %n min idle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../file_dialogs.py" line="46"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_dialogs.py" line="47"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../signin/first_run.py" line="39"/>
        <source>Welcome to deskapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="41"/>
        <source>No one can sign in yet. Name this desk, then create the first team leader: you. You can add everyone else afterwards under Staff &amp; settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="47"/>
        <source>e.g. Main Library – Ground floor desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="63"/>
        <source>This &amp;desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="63"/>
        <source>Name of this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="64"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="64"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="65"/>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="65"/>
        <source>Your initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="66"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="66"/>
        <source>Password, at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="67"/>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="67"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="79"/>
        <source>Team leaders sign in with a password of at least 8 characters; staff may use a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="83"/>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/first_run.py" line="138"/>
        <source>The two passwords differ. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="41"/>
        <source>deskapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>First run: set up this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Too many wrong tries: you are locked out for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Your new PIN or password is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../signin/screen.py" line="44"/>
        <location filename="../signin/screen.py" line="134"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="51"/>
        <source>e.g. Main Library – Ground floor desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="52"/>
        <source>Name of this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="55"/>
        <source>Type your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="56"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="61"/>
        <source>Matching names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="67"/>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="72"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="74"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="76"/>
        <source>Type your name, press Enter, type your PIN or password, press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="82"/>
        <source>This &amp;desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="85"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="89"/>
        <source>&amp;PIN or password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="134"/>
        <source>Locked: sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="138"/>
        <source>Name this desk PC once; it is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="167"/>
        <source>No one on the staff list matches that. Check the spelling, or ask a team leader to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin/screen.py" line="203"/>
        <source>Name this desk first, e.g. “Main Library – Ground floor desk”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../startup_checks.py" line="134"/>
        <source>Background backup or check failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="149"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="150"/>
        <source>deskapp found damage in its database file, so it has switched to read-only: you can look things up, but nothing new can be saved until the database is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="154"/>
        <source>No backup that passes the check was found. Ask your IT service to restore one; the details are: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="159"/>
        <source>Restore the newest good backup, taken %s? Anything saved after it is lost from the log; the damaged file is kept aside for your IT service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="166"/>
        <source>(no file was left to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="167"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="168"/>
        <source>The backup is back in place. The damaged file is kept as %s.

deskapp will now close: start it again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_checks.py" line="175"/>
        <source>Backed up to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../startup_checks.py" line="177"/>
        <source>%n old note(s) purged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupWait</name>
    <message>
        <location filename="../startup_wait.py" line="40"/>
        <location filename="../startup_wait.py" line="47"/>
        <source>Waiting for another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup_wait.py" line="42"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../context.py" line="137"/>
        <location filename="../context.py" line="172"/>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../context.py" line="171"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../navigation.py" line="68"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../navigation.py" line="75"/>
        <source>Alt+%n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../navigation.py" line="76"/>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../navigation.py" line="97"/>
        <source>%1: for team leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../navigation.py" line="121"/>
        <source>%1 is for team leaders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="40"/>
        <source>deskapp cannot read its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="45"/>
        <source>deskapp.toml has settings deskapp does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="51"/>
        <source>deskapp is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="61"/>
        <source>deskapp cannot open this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unavailable</name>
    <message>
        <location filename="../unavailable.py" line="27"/>
        <source>This area could not be opened. The error was written to the app&apos;s log. Please tell IT (press F12 and copy the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unavailable.py" line="30"/>
        <source>This area could not be opened. The error was written to %1. Please tell IT (press F12 and copy the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unavailable.py" line="37"/>
        <source>Open the area again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
