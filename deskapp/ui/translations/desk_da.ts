<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CandidateRow</name>
    <message>
        <source>none picked</source>
        <translation>ingen valgt</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
</context>
<context>
    <name>DeskLearning</name>
    <message>
        <source> · referred to %1; learning recorded for both of you</source>
        <translation> · henvist til %1; læring noteret for jer begge</translation>
    </message>
    <message>
        <source> · F10: I&apos;d like to learn this</source>
        <translation> · F10: Det vil jeg gerne lære</translation>
    </message>
    <message>
        <source>F10 asks to learn the skills of the enquiry you just referred or escalated; there is none right now.</source>
        <translation>F10 beder om at lære færdighederne fra den henvendelse, du lige har henvist eller sendt videre; der er ingen lige nu.</translation>
    </message>
    <message>
        <source>Asked to learn: %1. Your team leader sees the request; My record (Skills &amp; reports) shows what comes of it.</source>
        <translation>Ønske om at lære: %1. Din teamleder ser ønsket; Min oversigt (Færdigheder og rapporter) viser, hvad der kommer ud af det.</translation>
    </message>
    <message>
        <source>Choose a category or a skill first: F9 then shows who can help with it now.</source>
        <translation>Vælg først en kategori eller en færdighed: Så viser F9, hvem der kan hjælpe med den nu.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>This PC has no desk name yet, so enquiries cannot be logged here.
%1
A team leader sets it in Staff &amp; settings.</source>
        <translation>Denne pc har endnu ikke et skranke-navn, så der kan ikke registreres henvendelser her.
%1
En teamleder angiver det under Personale og indstillinger.</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Gem  (Enter)</translation>
    </message>
    <message>
        <source>Clear  (Esc)</source>
        <translation>Ryd  (Esc)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Seneste handling</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Fortryd  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Keep note as typed  (Ctrl+K)</source>
        <translation>Behold noten som skrevet  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Logged: %1 · Redacted %2 before saving · Ctrl+K keeps the note as typed</source>
        <translation>Registreret: %1 · %2 sløret før gem · Ctrl+K beholder noten som skrevet</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Registreret: %1</translation>
    </message>
    <message>
        <source>an enquiry being typed</source>
        <translation>en henvendelse under indtastning</translation>
    </message>
    <message>
        <source>“%1”, walked on the Guides page, is linked to this enquiry: it is saved with it.</source>
        <translation>„%1“, gennemgået på siden Vejledninger, er knyttet til denne henvendelse og gemmes med den.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Intet at fortryde.</translation>
    </message>
    <message>
        <source>the cleared form</source>
        <translation>den ryddede formular</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes only your typing now; %1 stays as it is (you typed since). A saved enquiry is corrected or deleted on the Log page.</source>
        <translation>Ctrl+Z fortryder nu kun det, du har skrevet; %1 forbliver som den er (du har skrevet siden). En gemt henvendelse rettes eller slettes på siden Log.</translation>
    </message>
    <message>
        <source>The cleared form is back: Enter saves it.</source>
        <translation>Den ryddede formular er tilbage: Enter gemmer den.</translation>
    </message>
    <message>
        <source>%1 was saved by someone else; only they can undo it.</source>
        <translation>%1 blev gemt af en anden; kun vedkommende kan fortryde den.</translation>
    </message>
    <message>
        <source>Undone: %1 is no longer in the log.</source>
        <translation>Fortrudt: %1 er ikke længere i loggen.</translation>
    </message>
    <message>
        <source>There is no redacted note to keep as typed.</source>
        <translation>Der er ingen sløret note at beholde som skrevet.</translation>
    </message>
    <message>
        <source>Kept the note of %1 as typed.</source>
        <translation>Noten til %1 er beholdt som skrevet.</translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation>%1, spurgt %2</translation>
    </message>
    <message>
        <source>No guides for this enquiry yet: choose a category or type a few words in the notes, then Ctrl+G.</source>
        <translation>Endnu ingen vejledninger til denne henvendelse: Vælg en kategori eller skriv et par ord i noten, og tryk så Ctrl+G.</translation>
    </message>
    <message>
        <source>Form cleared. Ctrl+Z brings it back.</source>
        <translation>Formularen er ryddet. Ctrl+Z henter den tilbage.</translation>
    </message>
    <message>
        <source>Restored the enquiry you were typing when the app closed: Enter saves it, Esc clears it.</source>
        <translation>Henvendelsen, du var i gang med, da programmet lukkede, er hentet tilbage: Enter gemmer den, Esc rydder den.</translation>
    </message>
    <message>
        <source>A team leader changed this desk&apos;s quick keys: F1-F8 are as shown above now.</source>
        <translation>En teamleder har ændret skrankens hurtigtaster: F1-F8 er nu som vist ovenfor.</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>EnquiryForm</name>
    <message>
        <source>Type to find a category, e.g. “edu” for Wi-Fi / eduroam</source>
        <translation>Skriv for at finde en kategori, f.eks. „edu“ for wi-fi/eduroam</translation>
    </message>
    <message>
        <source>Optional. Never the patron&apos;s name, email, phone or card number</source>
        <translation>Valgfrit. Aldrig lånerens navn, e-mail, telefon eller kortnummer</translation>
    </message>
    <message>
        <source>Redact (Ctrl+R)</source>
        <translation>Slør (Ctrl+R)</translation>
    </message>
    <message>
        <source>now, or “15 min ago”, “10:30”, “yesterday 16:00”</source>
        <translation>nu, eller „15 min siden“, „10.30“, „i går 16:00“</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>&amp;READ level</source>
        <translation>&amp;READ-niveau</translation>
    </message>
    <message>
        <source>READ effort level, keys 1 to 6</source>
        <translation>READ-niveau for indsats, tast 1 til 6</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>Var&amp;ighed</translation>
    </message>
    <message>
        <source>Duration, keys 1 to 4</source>
        <translation>Varighed, tast 1 til 4</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Udfald</translation>
    </message>
    <message>
        <source>Outcome, keys 1 to 5</source>
        <translation>Udfald, tast 1 til 5</translation>
    </message>
    <message>
        <source>Re&amp;ferred to</source>
        <translation>&amp;Henvist til</translation>
    </message>
    <message>
        <source>Referred to which service</source>
        <translation>Henvist til hvilken tjeneste</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <source>Channel, keys 1 to 5</source>
        <translation>Kanal, tast 1 til 5</translation>
    </message>
    <message>
        <source>&amp;Patron type</source>
        <translation>&amp;Lånertype</translation>
    </message>
    <message>
        <source>Patron type, keys 1 to 5</source>
        <translation>Lånertype, tast 1 til 5</translation>
    </message>
    <message>
        <source>&amp;Which one</source>
        <translation>H&amp;vilken</translation>
    </message>
    <message>
        <source>Which of the category&apos;s skills applied: a digit adds or removes one</source>
        <translation>Hvilke af kategoriens færdigheder der blev brugt: et ciffer tilføjer eller fjerner en</translation>
    </message>
    <message>
        <source>&amp;Skills used</source>
        <translation>&amp;Færdigheder brugt</translation>
    </message>
    <message>
        <source>Add a skill</source>
        <translation>Tilføj en færdighed</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Asked at</source>
        <translation>&amp;Spurgt kl.</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Spurgt kl.</translation>
    </message>
    <message>
        <source>%1 / %2: full</source>
        <translation>%1 / %2: fuld</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This note looks like it holds %1. Patron privacy: saving replaces it with [redacted] (Ctrl+R does it now).</source>
        <translation>Noten ser ud til at indeholde %1. Af hensyn til lånerens privatliv erstattes det med [sløret], når du gemmer (Ctrl+R gør det nu).</translation>
    </message>
    <message>
        <source>as logged</source>
        <translation>som registreret</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>No category matches “%1”; try another word.</source>
        <translation>Ingen kategori passer til „%1“; prøv et andet ord.</translation>
    </message>
    <message>
        <source>Choose a category first: type a word such as “print” or “wifi”.</source>
        <translation>Vælg først en kategori: Skriv et ord som „print“ eller „wifi“.</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>QuickBar</name>
    <message>
        <source>One key:</source>
        <translation>Én tast:</translation>
    </message>
    <message>
        <source>One key
(set by a leader)</source>
        <translation>Én tast
(sat af en leder)</translation>
    </message>
    <message>
        <source>A team leader set these keys for this desk (Staff &amp; settings ▸ Quick buttons).</source>
        <translation>En teamleder har sat disse taster for skranken (Personale og indstillinger ▸ Hurtigknapper).</translation>
    </message>
    <message>
        <source>One key
(fixed for today)</source>
        <translation>Én tast
(fast i dag)</translation>
    </message>
    <message>
        <source>No team leader has set these keys yet, so they are this desk&apos;s most used categories of the 30 days before today. They do not change until tomorrow; a team leader can fix them for good in Staff &amp; settings ▸ Quick buttons.</source>
        <translation>Ingen teamleder har sat disse taster endnu, så de er skrankens mest brugte kategorier i de 30 dage før i dag. De skifter ikke før i morgen; en teamleder kan fastlægge dem under Personale og indstillinger ▸ Hurtigknapper.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Log “%1” now (F%2)</source>
        <translation>Registrér „%1“ nu (F%2)</translation>
    </message>
    <message>
        <source>Quick enquiry F%1: %2</source>
        <translation>Hurtig henvendelse F%1: %2</translation>
    </message>
</context>
<context>
    <name>QuickButtonsTab</name>
    <message>
        <source>Choose the enquiries this desk logs with one key. Leave a key empty to skip it; clear them all to offer the desk&apos;s most frequent categories of the last 30 days.</source>
        <translation>Vælg de henvendelser, skranken registrerer med én tast. Lad en tast stå tom for at springe den over; ryd dem alle for at tilbyde skrankens hyppigste kategorier fra de sidste 30 dage.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Skranke</translation>
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
        <source>Label on the button (optional)</source>
        <translation>Tekst på knappen (valgfri)</translation>
    </message>
    <message>
        <source>Its own skill (optional)</source>
        <translation>Egen færdighed (valgfri)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Category for F%1</source>
        <translation>Kategori for F%1</translation>
    </message>
    <message>
        <source>Button label for F%1</source>
        <translation>Knaptekst for F%1</translation>
    </message>
    <message>
        <source>(only the category&apos;s)</source>
        <translation>(kun kategoriens)</translation>
    </message>
    <message>
        <source>Own skill for F%1</source>
        <translation>Egen færdighed for F%1</translation>
    </message>
    <message>
        <source>&amp;Save quick buttons</source>
        <translation>&amp;Gem hurtigknapper</translation>
    </message>
    <message>
        <source>Use the &amp;most frequent</source>
        <translation>Brug de &amp;hyppigste</translation>
    </message>
    <message>
        <source>Only a team leader can change the quick buttons.</source>
        <translation>Kun en teamleder kan ændre hurtigknapperne.</translation>
    </message>
    <message>
        <source>The own skill of %1 was retired: those keys log only their category&apos;s skills until you choose another and save.</source>
        <translation>Den egne færdighed for %1 er udgået: Disse taster registrerer kun kategoriens færdigheder, til du vælger en anden og gemmer.</translation>
    </message>
    <message>
        <source>Not set up yet: today this desk offers %1 (its most used categories before today; fixed until midnight). Save to fix them for good; change what you like first.</source>
        <translation>Ikke sat op endnu: I dag tilbyder skranken %1 (de mest brugte kategorier før i dag; fast til midnat). Gem for at fastlægge dem; ret først det, du vil.</translation>
    </message>
    <message>
        <source>Saved. The desk shows these keys from now on.</source>
        <translation>Gemt. Skranken viser disse taster fra nu af.</translation>
    </message>
    <message>
        <source>Cleared: the desk offers its most frequent categories again.</source>
        <translation>Ryddet: Skranken tilbyder igen sine hyppigste kategorier.</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <source>The patron&apos;s rating was not saved: %1</source>
        <translation>Lånerens vurdering blev ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <source>How did we do?</source>
        <translation>Hvordan klarede vi det?</translation>
    </message>
    <message>
        <source>How did we do? Patron rating</source>
        <translation>Hvordan klarede vi det? Lånerens vurdering</translation>
    </message>
    <message>
        <source>How did we do today?</source>
        <translation>Hvordan klarede vi det i dag?</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tak!</translation>
    </message>
    <message>
        <source>😊
Good (1)</source>
        <translation>😊
Godt (1)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Godt</translation>
    </message>
    <message>
        <source>😐
OK (2)</source>
        <translation>😐
OK (2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>☹
Not good (3)</source>
        <translation>☹
Ikke godt (3)</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ikke godt</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Spring over (Esc)</translation>
    </message>
    <message>
        <source>Skip the question</source>
        <translation>Spring spørgsmålet over</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <source>Skills used</source>
        <translation>Færdigheder brugt</translation>
    </message>
    <message>
        <source>Add a skill: type a word, Enter · ← picks one to remove</source>
        <translation>Tilføj en færdighed: skriv et ord, Enter · ← vælger en, der skal fjernes</translation>
    </message>
    <message>
        <source>Add a skill</source>
        <translation>Tilføj en færdighed</translation>
    </message>
    <message>
        <source>Double-click, or select and press Delete, to remove</source>
        <translation>Dobbeltklik, eller vælg og tryk Delete, for at fjerne</translation>
    </message>
    <message>
        <source>No skills yet: choosing a category fills them in</source>
        <translation>Ingen færdigheder endnu: De udfyldes, når du vælger en kategori</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Toda&amp;y at this desk</source>
        <translation>I &amp;dag ved denne skranke</translation>
    </message>
    <message>
        <source>Today&apos;s enquiries at this desk</source>
        <translation>Dagens henvendelser ved denne skranke</translation>
    </message>
    <message>
        <source>1 enquiry</source>
        <translation>1 henvendelse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln henvendelse</numerusform>
            <numerusform>%Ln henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation>dine: %1</translation>
    </message>
</context>
<context>
    <name>TypeAheadField</name>
    <message>
        <source>No match: try another word</source>
        <translation>Intet fundet: prøv et andet ord</translation>
    </message>
</context>
<context>
    <name>WhoCanHelp</name>
    <message>
        <source>Who can help now</source>
        <translation>Hvem kan hjælpe nu</translation>
    </message>
    <message>
        <source>Referred to %1 (%2): Enter saves the enquiry and a peer-learning event for both of you. 0 drops it, Esc closes.</source>
        <translation>Henvist til %1 (%2): Enter gemmer henvendelsen og en kollegalæring for jer begge. 0 fjerner valget, Esc lukker.</translation>
    </message>
    <message>
        <source>Who can help now (level %1+ in this enquiry&apos;s skills): a digit picks, Esc closes.</source>
        <translation>Hvem kan hjælpe nu (niveau %1+ i henvendelsens færdigheder): et ciffer vælger, Esc lukker.</translation>
    </message>
    <message>
        <source>Nobody signed in right now holds this enquiry&apos;s skills at level %1 or above. Esc closes; the list stays up to date while open.</source>
        <translation>Ingen, der er logget på lige nu, har henvendelsens færdigheder på niveau %1 eller derover. Esc lukker; listen holdes opdateret, mens den er åben.</translation>
    </message>
</context>
</TS>
