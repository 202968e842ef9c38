<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>GuideEditor</name>
    <message>
        <source>Steps are &apos;## 1. Title&apos; headings. A branching step ends with &apos;? Question&apos; and answer lines like &apos;- Yes → 4&apos;.</source>
        <translation>Trin er overskrifter som &apos;## 1. Titel&apos;. Et trin med valg slutter med &apos;? Spørgsmål&apos; og svarlinjer som &apos;- Ja → 4&apos;.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Emneord</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Færdigheder</translation>
    </message>
    <message>
        <source>Problem with the guide</source>
        <translation>Problem med vejledningen</translation>
    </message>
    <message>
        <source>&amp;Key (e.g. kiosk-restart):</source>
        <translation>&amp;Nøgle (f.eks. kiosk-genstart):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumé:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Emneord:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorier:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Færdigheder:</translation>
    </message>
    <message>
        <source>A team leader sets which categories and skills a guide belongs to.</source>
        <translation>En teamleder bestemmer, hvilke kategorier og færdigheder en vejledning hører til.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Indhold:</translation>
    </message>
    <message>
        <source>&amp;What changed and why:</source>
        <translation>&amp;Hvad er ændret og hvorfor:</translation>
    </message>
    <message>
        <source>A guide needs a title.</source>
        <translation>En vejledning skal have en titel.</translation>
    </message>
</context>
<context>
    <name>GuideFolders</name>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Importér mappe…</translation>
    </message>
    <message>
        <source>Add or update guides from a folder of Markdown files</source>
        <translation>Tilføj eller opdatér vejledninger fra en mappe med Markdown-filer</translation>
    </message>
    <message>
        <source>E&amp;xport folder…</source>
        <translation>E&amp;ksportér mappe…</translation>
    </message>
    <message>
        <source>Write every published guide to a folder as Markdown files</source>
        <translation>Skriv alle udgivne vejledninger til en mappe som Markdown-filer</translation>
    </message>
    <message>
        <source>Working on the guide folder</source>
        <translation>Arbejder med mappen med vejledninger</translation>
    </message>
    <message>
        <source>Guide folder result</source>
        <translation>Resultat for mappen med vejledninger</translation>
    </message>
    <message>
        <source>Import guides from a folder</source>
        <translation>Importér vejledninger fra en mappe</translation>
    </message>
    <message>
        <source>Importing from {folder}…</source>
        <translation>Importerer fra {folder}…</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>Intet blev importeret: {problem}</translation>
    </message>
    <message>
        <source>Export guides to a folder</source>
        <translation>Eksportér vejledninger til en mappe</translation>
    </message>
    <message>
        <source>Exporting to {folder}…</source>
        <translation>Eksporterer til {folder}…</translation>
    </message>
    <message>
        <source>The export stopped: {problem}</source>
        <translation>Eksporten stoppede: {problem}</translation>
    </message>
    <message>
        <source>There are no guide files (*.md) in {folder}.</source>
        <translation>Der er ingen vejledningsfiler (*.md) i {folder}.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated (each as a new version), {same} unchanged.</source>
        <translation>Importeret: {new} nye, {updated} opdateret (hver som en ny version), {same} uændrede.</translation>
    </message>
    <message>
        <source>Exported {n} published guides to {folder}.</source>
        <translation>{n} udgivne vejledninger er eksporteret til {folder}.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <source>Suggested guides</source>
        <translation>Foreslåede vejledninger</translation>
    </message>
    <message>
        <source>Did it help? Y = yes, N = no</source>
        <translation>Hjalp den? Y = ja, N = nej</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Tilbage til listen (Esc)</translation>
    </message>
    <message>
        <source>Pick a category or type notes to see guides.</source>
        <translation>Vælg en kategori eller skriv en note for at se vejledninger.</translation>
    </message>
    <message>
        <source>Guides ({count})</source>
        <translation>Vejledninger ({count})</translation>
    </message>
    <message>
        <source>for this category</source>
        <translation>til denne kategori</translation>
    </message>
    <message numerus="yes">
        <source>for %n chosen skill(s)</source>
        <translation>
            <numerusform>til %n valgt færdighed</numerusform>
            <numerusform>til %n valgte færdigheder</numerusform>
        </translation>
    </message>
    <message>
        <source>matches the notes</source>
        <translation>passer til noten</translation>
    </message>
    <message>
        <source>Noted: it helped (Y/N to change)</source>
        <translation>Noteret: den hjalp (Y/N for at ændre)</translation>
    </message>
    <message>
        <source>Noted: it did not help (Y/N to change)</source>
        <translation>Noteret: den hjalp ikke (Y/N for at ændre)</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>foreslået</translation>
    </message>
    <message>
        <source>published</source>
        <translation>udgivet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message>
        <source>%1: go to step %2</source>
        <translation>%1: gå til trin %2</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Vejledningens tekst</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Versionshistorik</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Trin for trin</translation>
    </message>
    <message>
        <source>Read all</source>
        <translation>Læs det hele</translation>
    </message>
    <message>
        <source>&amp;Step by step</source>
        <translation>&amp;Trin for trin</translation>
    </message>
    <message>
        <source>&amp;Read all</source>
        <translation>&amp;Læs det hele</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Helpful (Ctrl+H)</source>
        <translation>Hjalp (Ctrl+H)</translation>
    </message>
    <message>
        <source>Outdated… (Ctrl+O)</source>
        <translation>Forældet… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>Redigér… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pick a guide to read it here.</source>
        <translation>Vælg en vejledning for at læse den her.</translation>
    </message>
    <message>
        <source>Not flagged: nothing was recorded.</source>
        <translation>Ikke markeret: intet blev noteret.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikke noteret: %1</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Tilbagemeldingen blev ikke gemt</translation>
    </message>
    <message>
        <source>Thank you: flagged as out of date; a team leader will look at it.</source>
        <translation>Tak: markeret som forældet; en teamleder kigger på den.</translation>
    </message>
    <message>
        <source>Thank you: marked as helpful.</source>
        <translation>Tak: markeret som nyttig.</translation>
    </message>
    <message>
        <source>What is out of date? A team leader will look at it.</source>
        <translation>Hvad er forældet? En teamleder kigger på det.</translation>
    </message>
    <message>
        <source>Outdated guide</source>
        <translation>Forældet vejledning</translation>
    </message>
    <message>
        <source>Say what is out of date (a few words are enough), or Cancel to leave the guide as it is.</source>
        <translation>Skriv, hvad der er forældet (et par ord er nok), eller vælg Annuller for at lade vejledningen være.</translation>
    </message>
    <message>
        <source>Say what is out of date, or Cancel.</source>
        <translation>Skriv, hvad der er forældet, eller vælg Annuller.</translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation>Redigér vejledning</translation>
    </message>
    <message>
        <source>Propose an edit</source>
        <translation>Foreslå en ændring</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Udgivet.</translation>
    </message>
    <message>
        <source>Proposed: a team leader will review it.</source>
        <translation>Foreslået: en teamleder gennemgår forslaget.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Search guides: words, a typo is fine (Ctrl+F)</source>
        <translation>Søg i vejledninger: ord, stavefejl går an (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Guides found</source>
        <translation>Fundne vejledninger</translation>
    </message>
    <message>
        <source>Enquiry open on the desk</source>
        <translation>Åben henvendelse ved skranken</translation>
    </message>
    <message>
        <source>&amp;New guide… (Ctrl+N)</source>
        <translation>&amp;Ny vejledning… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Vejledninger</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Til gennemsyn</translation>
    </message>
    <message>
        <source>Search &amp;words</source>
        <translation>Søge&amp;ord</translation>
    </message>
    <message>
        <source>Linked to the enquiry open on the desk (%1): “%2” is saved with it.</source>
        <translation>Knyttet til den åbne henvendelse ved skranken (%1): „%2“ gemmes med den.</translation>
    </message>
    <message>
        <source>An enquiry is open on the desk (%1): a guide you open here (Enter) or step through is linked to it.</source>
        <translation>Der er en åben henvendelse ved skranken (%1): En vejledning, du åbner her (Enter) eller går igennem, knyttes til den.</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Ny vejledning</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>flagged outdated</source>
        <translation>markeret som forældet</translation>
    </message>
    <message>
        <source>edit proposed</source>
        <translation>ændring foreslået</translation>
    </message>
    <message>
        <source>review date passed</source>
        <translation>gennemsynsdato overskredet</translation>
    </message>
    <message>
        <source>not used for months</source>
        <translation>ikke brugt i flere måneder</translation>
    </message>
    <message>
        <source>Guides to review</source>
        <translation>Vejledninger til gennemsyn</translation>
    </message>
    <message>
        <source>Proposed edits</source>
        <translation>Foreslåede ændringer</translation>
    </message>
    <message>
        <source>Searches that found nothing useful this month</source>
        <translation>Søgninger uden brugbart resultat denne måned</translation>
    </message>
    <message>
        <source>Write a guide f&amp;or it…</source>
        <translation>Skriv en vejledning &amp;til den…</translation>
    </message>
    <message>
        <source>D&amp;ismiss search</source>
        <translation>&amp;Afvis søgning</translation>
    </message>
    <message>
        <source>&amp;Publish proposal</source>
        <translation>&amp;Udgiv forslag</translation>
    </message>
    <message>
        <source>Re&amp;ject proposal…</source>
        <translation>Af&amp;vis forslag…</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Markér som gennemset</translation>
    </message>
    <message>
        <source>Guides to look at (Enter opens one):</source>
        <translation>Vejledninger at se på (Enter åbner en):</translation>
    </message>
    <message>
        <source>Proposed edits of the selected guide:</source>
        <translation>Foreslåede ændringer af den valgte vejledning:</translation>
    </message>
    <message>
        <source>Searches that found nothing useful this month (Enter writes a guide): none so far.</source>
        <translation>Søgninger uden brugbart resultat denne måned (Enter skriver en vejledning): ingen indtil videre.</translation>
    </message>
    <message>
        <source>Searches that found nothing useful this month (Enter writes a guide). Most: searched once this month, no guide: &apos;{query}&apos;.</source>
        <translation>Søgninger uden brugbart resultat denne måned (Enter skriver en vejledning). Flest: søgt én gang denne måned, ingen vejledning: &apos;{query}&apos;.</translation>
    </message>
    <message>
        <source>Searches that found nothing useful this month (Enter writes a guide). Most: searched {n} times this month, no guide: &apos;{query}&apos;.</source>
        <translation>Søgninger uden brugbart resultat denne måned (Enter skriver en vejledning). Flest: søgt {n} gange denne måned, ingen vejledning: &apos;{query}&apos;.</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Ikke afvist</translation>
    </message>
    <message>
        <source>Outdated: {comment}</source>
        <translation>Forældet: {comment}</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Afvis forslag</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Hvorfor afvises det?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markér som gennemset</translation>
    </message>
</context>
<context>
    <name>SearchWordsPanel</name>
    <message>
        <source>Search words</source>
        <translation>Søgeord</translation>
    </message>
    <message>
        <source>e.g. wi-fi</source>
        <translation>f.eks. wi-fi</translation>
    </message>
    <message>
        <source>e.g. eduroam</source>
        <translation>f.eks. eduroam</translation>
    </message>
    <message>
        <source>&amp;Add search word</source>
        <translation>&amp;Tilføj søgeord</translation>
    </message>
    <message>
        <source>&amp;Remove selected (Del)</source>
        <translation>&amp;Fjern valgte (Del)</translation>
    </message>
    <message>
        <source>Search words status</source>
        <translation>Status for søgeord</translation>
    </message>
    <message>
        <source>&amp;Patrons say:</source>
        <translation>&amp;Lånere siger:</translation>
    </message>
    <message>
        <source>&amp;Guides say:</source>
        <translation>&amp;Vejledninger siger:</translation>
    </message>
    <message>
        <source>A search for a word on the left also looks for the word on the right. Words that came with the app stay removed once you remove them.</source>
        <translation>En søgning på et ord til venstre søger også efter ordet til højre. Ord, der fulgte med programmet, forbliver fjernet, når du har fjernet dem.</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>programmet</translation>
    </message>
    <message>
        <source>a leader</source>
        <translation>en leder</translation>
    </message>
    <message>
        <source>Added: a search for &apos;{phrase}&apos; also looks for &apos;{means}&apos;.</source>
        <translation>Tilføjet: En søgning på &apos;{phrase}&apos; søger også efter &apos;{means}&apos;.</translation>
    </message>
    <message>
        <source>Select a search word to remove first.</source>
        <translation>Vælg først et søgeord, der skal fjernes.</translation>
    </message>
    <message>
        <source>Removed: &apos;{phrase}&apos; no longer looks for &apos;{means}&apos;.</source>
        <translation>Fjernet: &apos;{phrase}&apos; søger ikke længere efter &apos;{means}&apos;.</translation>
    </message>
</context>
<context>
    <name>TypeAheadPicker</name>
    <message>
        <source>Type part of a name, Enter adds it</source>
        <translation>Skriv en del af et navn, Enter tilføjer det</translation>
    </message>
    <message>
        <source>{name}: chosen (Delete removes)</source>
        <translation>{name}: valgt (Delete fjerner)</translation>
    </message>
</context>
<context>
    <name>WalkThrough</name>
    <message>
        <source>Step-by-step guide</source>
        <translation>Vejledning trin for trin</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Trinnets tekst</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>Tilbage (Backspace)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Næste (Enter)</translation>
    </message>
    <message>
        <source>This guide has no numbered steps: see Read all.</source>
        <translation>Vejledningen har ingen nummererede trin: se Læs det hele.</translation>
    </message>
    <message>
        <source>End of the guide. Backspace goes back a step.</source>
        <translation>Slut på vejledningen. Backspace går et trin tilbage.</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Trin {n} af {total}: {title}</translation>
    </message>
    <message>
        <source>{key}. {answer}</source>
        <translation>{key}. {answer}</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>Afslut (Enter)</translation>
    </message>
</context>
<context>
    <name>guides</name>
    <message>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Hvorfor den passer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Gennemses senest</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Searched for, found nothing useful</source>
        <translation>Søgt efter, intet brugbart fundet</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Patrons say</source>
        <translation>Lånere siger</translation>
    </message>
    <message>
        <source>Guides say</source>
        <translation>Vejledninger siger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Kommentar fra gennemsyn</translation>
    </message>
</context>
</TS>
