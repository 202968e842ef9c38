<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>daily</source>
        <translation>dagligt</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>ugentligt</translation>
    </message>
    <message>
        <source>one per person</source>
        <translation>én pr. person</translation>
    </message>
    <message>
        <source>when needed</source>
        <translation>efter behov</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Tjeklister</translation>
    </message>
    <message>
        <source>New starter</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Start a run (Ctrl+Enter)</source>
        <translation>&amp;Start en gennemgang (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Runs of this checklist</source>
        <translation>Gennemgange af denne tjekliste</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Gennemgang</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>S&amp;kabelon</translation>
    </message>
    <message>
        <source>Checklist not saved</source>
        <translation>Tjeklisten er ikke gemt</translation>
    </message>
    <message>
        <source>Your changes to this checklist are not saved. Show another checklist and lose them?</source>
        <translation>Dine ændringer af tjeklisten er ikke gemt. Vil du vise en anden tjekliste og miste dem?</translation>
    </message>
    <message>
        <source>Start a run</source>
        <translation>Start en gennemgang</translation>
    </message>
</context>
<context>
    <name>DueChecklists</name>
    <message>
        <source>Checklists due today: Enter opens</source>
        <translation>Tjeklister, der skal klares i dag: Enter åbner</translation>
    </message>
    <message>
        <source>&amp;Checklists due</source>
        <translation>&amp;Tjeklister i dag</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Checklist items: Space ticks</source>
        <translation>Punkter på tjeklisten: Mellemrum afkrydser</translation>
    </message>
    <message>
        <source>Notes for this run</source>
        <translation>Noter til denne gennemgang</translation>
    </message>
    <message>
        <source>N&amp;otes for this run:</source>
        <translation>N&amp;oter til denne gennemgang:</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Gem &amp;noter</translation>
    </message>
    <message>
        <source>Item n&amp;ote… (Ctrl+Shift+N)</source>
        <translation>Note til &amp;punkt… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Start a run, or open one from the history.</source>
        <translation>Start en gennemgang, eller åbn en fra historikken.</translation>
    </message>
    <message>
        <source>{title} (version {v}), started {when}</source>
        <translation>{title} (version {v}), startet {when}</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>senest {when}</translation>
    </message>
    <message>
        <source>completed {when}</source>
        <translation>afsluttet {when}</translation>
    </message>
    <message>
        <source>OVERDUE: required items are still open</source>
        <translation>FORSINKET: påkrævede punkter er stadig åbne</translation>
    </message>
    <message>
        <source>Training record added for {name}.</source>
        <translation>Oplæring noteret for {name}.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Noterne er gemt.</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Note til punkt</translation>
    </message>
    <message>
        <source>Note for this item:</source>
        <translation>Note til dette punkt:</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Daily</source>
        <translation>Dagligt</translation>
    </message>
    <message>
        <source>Weekly (Monday)</source>
        <translation>Ugentligt (mandag)</translation>
    </message>
    <message>
        <source>One per person</source>
        <translation>Én pr. person</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <source>HH:MM, or blank for none</source>
        <translation>TT:MM, eller tomt for intet</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>På&amp;krævet</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>Team leader only</source>
        <translation>Kun teamleder</translation>
    </message>
    <message>
        <source>&amp;Add item (Ctrl+Shift+A)</source>
        <translation>&amp;Tilføj punkt (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve (Ctrl+Del)</source>
        <translation>&amp;Fjern (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>Op (Alt+Op)</translation>
    </message>
    <message>
        <source>Down (Alt+Down)</source>
        <translation>Ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Save checklist (Ctrl+S)</source>
        <translation>Gem tjekliste (Ctrl+S)</translation>
    </message>
    <message>
        <source>Checklist editor status</source>
        <translation>Status for tjeklisteredigering</translation>
    </message>
    <message>
        <source>Checklist title</source>
        <translation>Tjeklistens titel</translation>
    </message>
    <message>
        <source>Checklist description</source>
        <translation>Tjeklistens beskrivelse</translation>
    </message>
    <message>
        <source>When the checklist is run</source>
        <translation>Hvornår tjeklisten gennemgås</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Klokkeslæt senest</translation>
    </message>
    <message>
        <source>Items of the checklist</source>
        <translation>Tjeklistens punkter</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Punktets tekst</translation>
    </message>
    <message>
        <source>Item is required</source>
        <translation>Punktet er påkrævet</translation>
    </message>
    <message>
        <source>Who ticks the item</source>
        <translation>Hvem der afkrydser punktet</translation>
    </message>
    <message>
        <source>Skill the item trains</source>
        <translation>Færdighed, punktet træner</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Sched&amp;ule:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>Due ti&amp;me:</source>
        <translation>K&amp;l. senest:</translation>
    </message>
    <message>
        <source>It&amp;ems:</source>
        <translation>P&amp;unkter:</translation>
    </message>
    <message>
        <source>Item te&amp;xt:</source>
        <translation>&amp;Punktets tekst:</translation>
    </message>
    <message>
        <source>&amp;Who ticks it:</source>
        <translation>Hvem &amp;afkrydser:</translation>
    </message>
    <message>
        <source>Lin&amp;ked skill:</source>
        <translation>Tilk&amp;nyttet færdighed:</translation>
    </message>
    <message>
        <source>(no skill)</source>
        <translation>(ingen færdighed)</translation>
    </message>
    <message>
        <source>Only a team leader can change a checklist; this is how it stands.</source>
        <translation>Kun en teamleder kan ændre en tjekliste; sådan ser den ud nu.</translation>
    </message>
    <message>
        <source>Saved as version {v}. Runs already started keep the items they began with.</source>
        <translation>Gemt som version {v}. Gennemgange, der allerede er i gang, beholder de punkter, de startede med.</translation>
    </message>
    <message>
        <source>Nothing changed; still version {v}.</source>
        <translation>Intet ændret; stadig version {v}.</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>(optional)</source>
        <translation>(valgfrit)</translation>
    </message>
    <message>
        <source>[team leader]</source>
        <translation>[teamleder]</translation>
    </message>
    <message>
        <source>skill: {name}</source>
        <translation>færdighed: {name}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message>
        <source>✓ {who}, {when}</source>
        <translation>✓ {who}, {when}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note: {note}</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Required done</source>
        <translation>Påkrævede klaret</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source> by {time}</source>
        <translation> senest kl. {time}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaret</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>{done}/{total} required</source>
        <translation>{done}/{total} påkrævede</translation>
    </message>
    <message>
        <source>OVERDUE: </source>
        <translation>FORSINKET: </translation>
    </message>
</context>
<context>
    <name>guides</name>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
</context>
</TS>
