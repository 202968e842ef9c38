<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../checklists/page.py" line="32" />
        <source>daily</source>
        <translation>dagligt</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="33" />
        <source>weekly</source>
        <translation>ugentligt</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="34" />
        <source>one per person</source>
        <translation>én pr. person</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="35" />
        <source>when needed</source>
        <translation>efter behov</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="47" />
        <source>Checklists</source>
        <translation>Tjeklister</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="59" />
        <source>New starter</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="60" />
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="62" />
        <source>&amp;Start a run (Ctrl+Enter)</source>
        <translation>&amp;Start en gennemgang (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="68" />
        <source>Runs of this checklist</source>
        <translation>Gennemgange af denne tjekliste</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="73" />
        <source>&amp;Run</source>
        <translation>&amp;Gennemgang</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="74" />
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="77" />
        <source>&amp;Template</source>
        <translation>S&amp;kabelon</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="139" />
        <source>Checklist not saved</source>
        <translation>Tjeklisten er ikke gemt</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="140" />
        <source>Your changes to this checklist are not saved. Show another checklist and lose them?</source>
        <translation>Dine ændringer af tjeklisten er ikke gemt. Vil du vise en anden tjekliste og miste dem?</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="172" />
        <source>Start a run</source>
        <translation>Start en gennemgang</translation>
    </message>
</context>
<context>
    <name>DueChecklists</name>
    <message>
        <location filename="../checklists/due.py" line="44" />
        <source>Checklists due today: Enter opens</source>
        <translation>Tjeklister, der skal klares i dag: Enter åbner</translation>
    </message>
    <message>
        <location filename="../checklists/due.py" line="53" />
        <source>&amp;Checklists due</source>
        <translation>&amp;Tjeklister i dag</translation>
    </message>
    <message>
        <location filename="../checklists/due.py" line="105" />
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../checklists/due.py" line="24" />
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../checklists/run_view.py" line="30" />
        <source>Checklist items: Space ticks</source>
        <translation>Punkter på tjeklisten: Mellemrum afkrydser</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="34" />
        <source>Notes for this run</source>
        <translation>Noter til denne gennemgang</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="36" />
        <source>N&amp;otes for this run:</source>
        <translation>N&amp;oter til denne gennemgang:</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="38" />
        <source>Save &amp;notes</source>
        <translation>Gem &amp;noter</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="40" />
        <source>Item n&amp;ote… (Ctrl+Shift+N)</source>
        <translation>Note til &amp;punkt… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="64" />
        <source>Start a run, or open one from the history.</source>
        <translation>Start en gennemgang, eller åbn en fra historikken.</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="88" />
        <source>{title} (version {v}), started {when}</source>
        <translation>{title} (version {v}), startet {when}</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="91" />
        <source>for {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="93" />
        <source>due {when}</source>
        <translation>senest {when}</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="95" />
        <source>completed {when}</source>
        <translation>afsluttet {when}</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="97" />
        <source>OVERDUE: required items are still open</source>
        <translation>FORSINKET: påkrævede punkter er stadig åbne</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="106" />
        <source>Training record added for {name}.</source>
        <translation>Oplæring noteret for {name}.</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="140" />
        <source>Notes saved.</source>
        <translation>Noterne er gemt.</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="147" />
        <source>Item note</source>
        <translation>Note til punkt</translation>
    </message>
    <message>
        <location filename="../checklists/run_view.py" line="147" />
        <source>Note for this item:</source>
        <translation>Note til dette punkt:</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../checklists/template_editor.py" line="39" />
        <source>Daily</source>
        <translation>Dagligt</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="40" />
        <source>Weekly (Monday)</source>
        <translation>Ugentligt (mandag)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="41" />
        <source>One per person</source>
        <translation>Én pr. person</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="42" />
        <source>When needed</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="62" />
        <source>HH:MM, or blank for none</source>
        <translation>TT:MM, eller tomt for intet</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="70" />
        <source>Re&amp;quired</source>
        <translation>På&amp;krævet</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="73" />
        <source>Any staff</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="74" />
        <source>Team leader only</source>
        <translation>Kun teamleder</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="82" />
        <source>&amp;Add item (Ctrl+Shift+A)</source>
        <translation>&amp;Tilføj punkt (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="84" />
        <source>Remo&amp;ve (Ctrl+Del)</source>
        <translation>&amp;Fjern (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="86" />
        <source>Up (Alt+Up)</source>
        <translation>Op (Alt+Op)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="88" />
        <source>Down (Alt+Down)</source>
        <translation>Ned (Alt+Ned)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="90" />
        <source>Save checklist (Ctrl+S)</source>
        <translation>Gem tjekliste (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="94" />
        <source>Checklist editor status</source>
        <translation>Status for tjeklisteredigering</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="111" />
        <source>Checklist title</source>
        <translation>Tjeklistens titel</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="111" />
        <source>Checklist description</source>
        <translation>Tjeklistens beskrivelse</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="112" />
        <source>When the checklist is run</source>
        <translation>Hvornår tjeklisten gennemgås</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="112" />
        <source>Due time</source>
        <translation>Klokkeslæt senest</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="113" />
        <source>Items of the checklist</source>
        <translation>Tjeklistens punkter</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="113" />
        <source>Item text</source>
        <translation>Punktets tekst</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="114" />
        <source>Item is required</source>
        <translation>Punktet er påkrævet</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="114" />
        <source>Who ticks the item</source>
        <translation>Hvem der afkrydser punktet</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="115" />
        <source>Skill the item trains</source>
        <translation>Færdighed, punktet træner</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="121" />
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="121" />
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="122" />
        <source>Sched&amp;ule:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="122" />
        <source>Due ti&amp;me:</source>
        <translation>K&amp;l. senest:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="126" />
        <source>It&amp;ems:</source>
        <translation>P&amp;unkter:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="129" />
        <source>Item te&amp;xt:</source>
        <translation>&amp;Punktets tekst:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="129" />
        <source>&amp;Who ticks it:</source>
        <translation>Hvem &amp;afkrydser:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="130" />
        <source>Lin&amp;ked skill:</source>
        <translation>Tilk&amp;nyttet færdighed:</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="172" />
        <source>(no skill)</source>
        <translation>(ingen færdighed)</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="190" />
        <source>Only a team leader can change a checklist; this is how it stands.</source>
        <translation>Kun en teamleder kan ændre en tjekliste; sådan ser den ud nu.</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="268" />
        <source>Saved as version {v}. Runs already started keep the items they began with.</source>
        <translation>Gemt som version {v}. Gennemgange, der allerede er i gang, beholder de punkter, de startede med.</translation>
    </message>
    <message>
        <location filename="../checklists/template_editor.py" line="269" />
        <source>Nothing changed; still version {v}.</source>
        <translation>Intet ændret; stadig version {v}.</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <location filename="../checklists/item_list.py" line="38" />
        <location filename="../checklists/models.py" line="75" />
        <source>(optional)</source>
        <translation>(valgfrit)</translation>
    </message>
    <message>
        <location filename="../checklists/item_list.py" line="40" />
        <location filename="../checklists/models.py" line="77" />
        <source>[team leader]</source>
        <translation>[teamleder]</translation>
    </message>
    <message>
        <location filename="../checklists/item_list.py" line="43" />
        <source>skill: {name}</source>
        <translation>færdighed: {name}</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="79" />
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="80" />
        <source>✓ {who}, {when}</source>
        <translation>✓ {who}, {when}</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="83" />
        <source>OVERDUE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="85" />
        <source>note: {note}</source>
        <translation>note: {note}</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="112" />
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="112" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="113" />
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="113" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="114" />
        <source>Required done</source>
        <translation>Påkrævede klaret</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="114" />
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="133" />
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="154" />
        <source> by {time}</source>
        <translation> senest kl. {time}</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="157" />
        <source>done</source>
        <translation>klaret</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="159" />
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="161" />
        <source>{done}/{total} required</source>
        <translation>{done}/{total} påkrævede</translation>
    </message>
    <message>
        <location filename="../checklists/models.py" line="164" />
        <source>OVERDUE: </source>
        <translation>FORSINKET: </translation>
    </message>
</context>
<context>
    <name>guides</name>
    <message>
        <location filename="../checklists/page.py" line="43" />
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../checklists/page.py" line="44" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
</context>
</TS>