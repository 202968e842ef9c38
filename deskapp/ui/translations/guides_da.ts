<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>GuideEditor</name>
    <message>
        <location filename="../guides/editor.py" line="28" />
        <source>Steps are '## 1. Title' headings. A branching step ends with '? Question' and answer lines like '- Yes → 4'.</source>
        <translation>Trin er overskrifter som '## 1. Titel'. Et trin med valg slutter med '? Spørgsmål' og svarlinjer som '- Ja → 4'.</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="60" />
        <source>Tags</source>
        <translation>Emneord</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="62" />
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="64" />
        <source>Skills</source>
        <translation>Færdigheder</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="74" />
        <source>Problem with the guide</source>
        <translation>Problem med vejledningen</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="77" />
        <source>&amp;Key (e.g. kiosk-restart):</source>
        <translation>&amp;Nøgle (f.eks. kiosk-genstart):</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="78" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="79" />
        <source>&amp;Summary:</source>
        <translation>&amp;Resumé:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="80" />
        <source>T&amp;ags:</source>
        <translation>&amp;Emneord:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="81" />
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorier:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="82" />
        <source>S&amp;kills:</source>
        <translation>&amp;Færdigheder:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="84" />
        <source>A team leader sets which categories and skills a guide belongs to.</source>
        <translation>En teamleder bestemmer, hvilke kategorier og færdigheder en vejledning hører til.</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="87" />
        <source>&amp;Body:</source>
        <translation>&amp;Indhold:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="89" />
        <source>&amp;What changed and why:</source>
        <translation>&amp;Hvad er ændret og hvorfor:</translation>
    </message>
    <message>
        <location filename="../guides/editor.py" line="109" />
        <source>A guide needs a title.</source>
        <translation>En vejledning skal have en titel.</translation>
    </message>
</context>
<context>
    <name>GuideFolders</name>
    <message>
        <location filename="../guides/folders.py" line="30" />
        <source>&amp;Import folder…</source>
        <translation>&amp;Importér mappe…</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="31" />
        <source>Add or update guides from a folder of Markdown files</source>
        <translation>Tilføj eller opdatér vejledninger fra en mappe med Markdown-filer</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="33" />
        <source>E&amp;xport folder…</source>
        <translation>E&amp;ksportér mappe…</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="34" />
        <source>Write every published guide to a folder as Markdown files</source>
        <translation>Skriv alle udgivne vejledninger til en mappe som Markdown-filer</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="38" />
        <source>Working on the guide folder</source>
        <translation>Arbejder med mappen med vejledninger</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="42" />
        <source>Guide folder result</source>
        <translation>Resultat for mappen med vejledninger</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="53" />
        <source>Import guides from a folder</source>
        <translation>Importér vejledninger fra en mappe</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="62" />
        <source>Importing from {folder}…</source>
        <translation>Importerer fra {folder}…</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="63" />
        <source>Nothing was imported: {problem}</source>
        <translation>Intet blev importeret: {problem}</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="66" />
        <source>Export guides to a folder</source>
        <translation>Eksportér vejledninger til en mappe</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="75" />
        <source>Exporting to {folder}…</source>
        <translation>Eksporterer til {folder}…</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="76" />
        <source>The export stopped: {problem}</source>
        <translation>Eksporten stoppede: {problem}</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="97" />
        <source>There are no guide files (*.md) in {folder}.</source>
        <translation>Der er ingen vejledningsfiler (*.md) i {folder}.</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="99" />
        <source>Imported: {new} new, {updated} updated (each as a new version), {same} unchanged.</source>
        <translation>Importeret: {new} nye, {updated} opdateret (hver som en ny version), {same} uændrede.</translation>
    </message>
    <message>
        <location filename="../guides/folders.py" line="106" />
        <source>Exported {n} published guides to {folder}.</source>
        <translation>{n} udgivne vejledninger er eksporteret til {folder}.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../guides/panel.py" line="40" />
        <location filename="../guides/panel.py" line="121" />
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="44" />
        <source>Suggested guides</source>
        <translation>Foreslåede vejledninger</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="53" />
        <location filename="../guides/panel.py" line="154" />
        <source>Did it help? Y = yes, N = no</source>
        <translation>Hjalp den? Y = ja, N = nej</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="55" />
        <source>Back to the list (Esc)</source>
        <translation>Tilbage til listen (Esc)</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="68" />
        <source>Pick a category or type notes to see guides.</source>
        <translation>Vælg en kategori eller skriv en note for at se vejledninger.</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="121" />
        <source>Guides ({count})</source>
        <translation>Vejledninger ({count})</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="127" />
        <source>for this category</source>
        <translation>til denne kategori</translation>
    </message>
    <message numerus="yes">
        <location filename="../guides/panel.py" line="129" />
        <source>for %n chosen skill(s)</source>
        <translation><numerusform>til %n valgt færdighed</numerusform><numerusform>til %n valgte færdigheder</numerusform></translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="131" />
        <source>matches the notes</source>
        <translation>passer til noten</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="156" />
        <source>Noted: it helped (Y/N to change)</source>
        <translation>Noteret: den hjalp (Y/N for at ændre)</translation>
    </message>
    <message>
        <location filename="../guides/panel.py" line="157" />
        <source>Noted: it did not help (Y/N to change)</source>
        <translation>Noteret: den hjalp ikke (Y/N for at ændre)</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../guides/viewer.py" line="33" />
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="34" />
        <source>proposed</source>
        <translation>foreslået</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="35" />
        <source>published</source>
        <translation>udgivet</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="36" />
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="37" />
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="38" />
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="52" />
        <source>%1: go to step %2</source>
        <translation>%1: gå til trin %2</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="76" />
        <source>Guide text</source>
        <translation>Vejledningens tekst</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="86" />
        <source>Version history</source>
        <translation>Versionshistorik</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="89" />
        <source>&amp;Step by step</source>
        <translation>&amp;Trin for trin</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="90" />
        <source>&amp;Read all</source>
        <translation>&amp;Læs det hele</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="92" />
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="93" />
        <source>Helpful (Ctrl+H)</source>
        <translation>Hjalp (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="94" />
        <source>Outdated… (Ctrl+O)</source>
        <translation>Forældet… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="95" />
        <source>Edit… (Ctrl+E)</source>
        <translation>Redigér… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="124" />
        <source>Pick a guide to read it here.</source>
        <translation>Vælg en vejledning for at læse den her.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="151" />
        <source>Not flagged: nothing was recorded.</source>
        <translation>Ikke markeret: intet blev noteret.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="158" />
        <source>Not recorded: %1</source>
        <translation>Ikke noteret: %1</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="159" />
        <source>Feedback not saved</source>
        <translation>Tilbagemeldingen blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="161" />
        <source>Thank you: flagged as out of date; a team leader will look at it.</source>
        <translation>Tak: markeret som forældet; en teamleder kigger på den.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="162" />
        <source>Thank you: marked as helpful.</source>
        <translation>Tak: markeret som nyttig.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="169" />
        <source>What is out of date? A team leader will look at it.</source>
        <translation>Hvad er forældet? En teamleder kigger på det.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="171" />
        <source>Outdated guide</source>
        <translation>Forældet vejledning</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="174" />
        <source>Say what is out of date (a few words are enough), or Cancel to leave the guide as it is.</source>
        <translation>Skriv, hvad der er forældet (et par ord er nok), eller vælg Annuller for at lade vejledningen være.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="176" />
        <source>Say what is out of date, or Cancel.</source>
        <translation>Skriv, hvad der er forældet, eller vælg Annuller.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="183" />
        <source>Edit guide</source>
        <translation>Redigér vejledning</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="183" />
        <source>Propose an edit</source>
        <translation>Foreslå en ændring</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="205" />
        <source>Published.</source>
        <translation>Udgivet.</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="206" />
        <source>Proposed: a team leader will review it.</source>
        <translation>Foreslået: en teamleder gennemgår forslaget.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../guides/page.py" line="46" />
        <source>Search guides: words, a typo is fine (Ctrl+F)</source>
        <translation>Søg i vejledninger: ord, stavefejl går an (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="48" />
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="53" />
        <source>Guides found</source>
        <translation>Fundne vejledninger</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="76" />
        <source>Enquiry open on the desk</source>
        <translation>Åben henvendelse ved skranken</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="79" />
        <source>&amp;New guide… (Ctrl+N)</source>
        <translation>&amp;Ny vejledning… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="109" />
        <source>&amp;Guides</source>
        <translation>&amp;Vejledninger</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="113" />
        <source>&amp;Review queue</source>
        <translation>&amp;Til gennemsyn</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="115" />
        <source>Search &amp;words</source>
        <translation>Søge&amp;ord</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="192" />
        <source>Linked to the enquiry open on the desk (%1): “%2” is saved with it.</source>
        <translation>Knyttet til den åbne henvendelse ved skranken (%1): „%2“ gemmes med den.</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="199" />
        <source>An enquiry is open on the desk (%1): a guide you open here (Enter) or step through is linked to it.</source>
        <translation>Der er en åben henvendelse ved skranken (%1): En vejledning, du åbner her (Enter) eller går igennem, knyttes til den.</translation>
    </message>
    <message>
        <location filename="../guides/page.py" line="255" />
        <location filename="../guides/page.py" line="265" />
        <source>New guide</source>
        <translation>Ny vejledning</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../guides/review.py" line="19" />
        <source>flagged outdated</source>
        <translation>markeret som forældet</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="20" />
        <source>edit proposed</source>
        <translation>ændring foreslået</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="21" />
        <source>review date passed</source>
        <translation>gennemsynsdato overskredet</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="22" />
        <source>not used for months</source>
        <translation>ikke brugt i flere måneder</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="37" />
        <source>Guides to review</source>
        <translation>Vejledninger til gennemsyn</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="48" />
        <source>Proposed edits</source>
        <translation>Foreslåede ændringer</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="54" />
        <source>Searches that found nothing useful this month</source>
        <translation>Søgninger uden brugbart resultat denne måned</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="58" />
        <source>Write a guide f&amp;or it…</source>
        <translation>Skriv en vejledning &amp;til den…</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="59" />
        <source>D&amp;ismiss search</source>
        <translation>&amp;Afvis søgning</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="64" />
        <source>&amp;Publish proposal</source>
        <translation>&amp;Udgiv forslag</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="65" />
        <source>Re&amp;ject proposal…</source>
        <translation>Af&amp;vis forslag…</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="66" />
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Markér som gennemset</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="75" />
        <source>Guides to look at (Enter opens one):</source>
        <translation>Vejledninger at se på (Enter åbner en):</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="80" />
        <source>Proposed edits of the selected guide:</source>
        <translation>Foreslåede ændringer af den valgte vejledning:</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="115" />
        <source>Searches that found nothing useful this month (Enter writes a guide): none so far.</source>
        <translation>Søgninger uden brugbart resultat denne måned (Enter skriver en vejledning): ingen indtil videre.</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="117" />
        <source>Searches that found nothing useful this month (Enter writes a guide). Most: searched once this month, no guide: '{query}'.</source>
        <translation>Søgninger uden brugbart resultat denne måned (Enter skriver en vejledning). Flest: søgt én gang denne måned, ingen vejledning: '{query}'.</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="119" />
        <source>Searches that found nothing useful this month (Enter writes a guide). Most: searched {n} times this month, no guide: '{query}'.</source>
        <translation>Søgninger uden brugbart resultat denne måned (Enter skriver en vejledning). Flest: søgt {n} gange denne måned, ingen vejledning: '{query}'.</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="135" />
        <source>Not dismissed</source>
        <translation>Ikke afvist</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="154" />
        <source>Outdated: {comment}</source>
        <translation>Forældet: {comment}</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="173" />
        <source>Publish</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="179" />
        <source>Reject proposal</source>
        <translation>Afvis forslag</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="179" />
        <source>Why is it rejected?</source>
        <translation>Hvorfor afvises det?</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="181" />
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="186" />
        <source>Mark reviewed</source>
        <translation>Markér som gennemset</translation>
    </message>
</context>
<context>
    <name>SearchWordsPanel</name>
    <message>
        <location filename="../guides/search_words.py" line="39" />
        <source>Search words</source>
        <translation>Søgeord</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="46" />
        <source>e.g. wi-fi</source>
        <translation>f.eks. wi-fi</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="48" />
        <source>e.g. eduroam</source>
        <translation>f.eks. eduroam</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="51" />
        <source>&amp;Add search word</source>
        <translation>&amp;Tilføj søgeord</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="53" />
        <source>&amp;Remove selected (Del)</source>
        <translation>&amp;Fjern valgte (Del)</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="60" />
        <source>Search words status</source>
        <translation>Status for søgeord</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="62" />
        <source>&amp;Patrons say:</source>
        <translation>&amp;Lånere siger:</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="62" />
        <source>&amp;Guides say:</source>
        <translation>&amp;Vejledninger siger:</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="72" />
        <source>A search for a word on the left also looks for the word on the right. Words that came with the app stay removed once you remove them.</source>
        <translation>En søgning på et ord til venstre søger også efter ordet til højre. Ord, der fulgte med programmet, forbliver fjernet, når du har fjernet dem.</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="84" />
        <source>the app</source>
        <translation>programmet</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="84" />
        <source>a leader</source>
        <translation>en leder</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="93" />
        <source>Added: a search for '{phrase}' also looks for '{means}'.</source>
        <translation>Tilføjet: En søgning på '{phrase}' søger også efter '{means}'.</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="105" />
        <source>Select a search word to remove first.</source>
        <translation>Vælg først et søgeord, der skal fjernes.</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="111" />
        <source>Removed: '{phrase}' no longer looks for '{means}'.</source>
        <translation>Fjernet: '{phrase}' søger ikke længere efter '{means}'.</translation>
    </message>
</context>
<context>
    <name>TypeAheadPicker</name>
    <message>
        <location filename="../guides/pickers.py" line="26" />
        <source>Type part of a name, Enter adds it</source>
        <translation>Skriv en del af et navn, Enter tilføjer det</translation>
    </message>
    <message>
        <location filename="../guides/pickers.py" line="35" />
        <source>{name}: chosen (Delete removes)</source>
        <translation>{name}: valgt (Delete fjerner)</translation>
    </message>
</context>
<context>
    <name>WalkThrough</name>
    <message>
        <location filename="../guides/walkthrough.py" line="54" />
        <source>Step-by-step guide</source>
        <translation>Vejledning trin for trin</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="62" />
        <source>Step text</source>
        <translation>Trinnets tekst</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="72" />
        <source>Back (Backspace)</source>
        <translation>Tilbage (Backspace)</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="74" />
        <location filename="../guides/walkthrough.py" line="128" />
        <source>Next (Enter)</source>
        <translation>Næste (Enter)</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="111" />
        <source>This guide has no numbered steps: see Read all.</source>
        <translation>Vejledningen har ingen nummererede trin: se Læs det hele.</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="112" />
        <source>End of the guide. Backspace goes back a step.</source>
        <translation>Slut på vejledningen. Backspace går et trin tilbage.</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="117" />
        <source>Step {n} of {total}: {title}</source>
        <translation>Trin {n} af {total}: {title}</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="123" />
        <source>{key}. {answer}</source>
        <translation>{key}. {answer}</translation>
    </message>
    <message>
        <location filename="../guides/walkthrough.py" line="128" />
        <source>Finish (Enter)</source>
        <translation>Afslut (Enter)</translation>
    </message>
</context>
<context>
    <name>guides</name>
    <message>
        <location filename="../guides/models.py" line="37" />
        <location filename="../guides/review.py" line="32" />
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <location filename="../guides/models.py" line="37" />
        <source>Why it matched</source>
        <translation>Hvorfor den passer</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="33" />
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="34" />
        <source>Review due</source>
        <translation>Gennemses senest</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="42" />
        <location filename="../guides/viewer.py" line="78" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="43" />
        <location filename="../guides/viewer.py" line="80" />
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="44" />
        <location filename="../guides/viewer.py" line="82" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="45" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="50" />
        <source>Searched for, found nothing useful</source>
        <translation>Søgt efter, intet brugbart fundet</translation>
    </message>
    <message>
        <location filename="../guides/review.py" line="51" />
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="34" />
        <source>Patrons say</source>
        <translation>Lånere siger</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="35" />
        <source>Guides say</source>
        <translation>Vejledninger siger</translation>
    </message>
    <message>
        <location filename="../guides/search_words.py" line="36" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="81" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../guides/viewer.py" line="83" />
        <source>Review comment</source>
        <translation>Kommentar fra gennemsyn</translation>
    </message>
</context>
</TS>