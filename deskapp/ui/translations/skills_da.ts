<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ConfirmTab</name>
    <message>
        <location filename="../skills/confirm_tab.py" line="81"/>
        <source>Self-ratings waiting for confirmation</source>
        <translation>Selvvurderinger, der venter på bekræftelse</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="85"/>
        <source>Selected rating</source>
        <translation>Valgt vurdering</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="86"/>
        <source>No self-ratings are waiting for confirmation.</source>
        <translation>Ingen selvvurderinger venter på bekræftelse.</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="87"/>
        <source>Enter confirms the person&apos;s own rating; 0–4 confirms a different level. “Used” and “Passed on” count their enquiries with the skill in the last 90 days.</source>
        <translation>Enter bekræfter personens egen vurdering; 0–4 bekræfter et andet niveau. “Brugt” og “Givet videre” tæller personens henvendelser med kompetencen de seneste 90 dage.</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="92"/>
        <source>Level to confirm</source>
        <translation>Niveau, der skal bekræftes</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="93"/>
        <source>Confirm &amp;their rating</source>
        <translation>Bekræft deres &amp;egen vurdering</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="95"/>
        <source>Confirm &amp;at this level</source>
        <translation>&amp;Bekræft på dette niveau</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="141"/>
        <source>%1 rates themselves %2 (%3) in “%4”; required %5.</source>
        <translation>%1 vurderer sig selv til %2 (%3) i “%4”; krævet er %5.</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="148"/>
        <source>their rating</source>
        <translation>deres vurdering</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="170"/>
        <source>Level not confirmed</source>
        <translation>Niveauet blev ikke bekræftet</translation>
    </message>
</context>
<context>
    <name>LearningRequestsTab</name>
    <message>
        <location filename="../skills/requests_tab.py" line="28"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="28"/>
        <source>People asking</source>
        <translation>Antal, der ønsker</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="29"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="29"/>
        <source>Times asked</source>
        <translation>Antal ønsker</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="30"/>
        <source>First asked</source>
        <translation>Første ønske</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="31"/>
        <source>Last asked</source>
        <translation>Seneste ønske</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="39"/>
        <source>Staff ask to learn a skill with F10 after an enquiry they referred or escalated. Answer each person&apos;s requests for a skill: they see the answer and your note in My record.</source>
        <translation>Medarbejderne ønsker oplæring i en kompetence med F10 efter en henvendelse, de henviste eller sendte videre. Svar på hver persons ønsker om en kompetence: de ser svaret og din note i Min oversigt.</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="46"/>
        <source>Open learning requests</source>
        <translation>Åbne læringsønsker</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="54"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="54"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="55"/>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="59"/>
        <source>What happens next, e.g. “shadow Bob on Thursday”</source>
        <translation>Hvad der sker nu, f.eks. “følger Bo på torsdag”</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="60"/>
        <source>&amp;Save answer</source>
        <translation>Gem sv&amp;ar</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="63"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="65"/>
        <source>Not&amp;e:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="67"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="68"/>
        <source>Note for the person</source>
        <translation>Note til personen</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="97"/>
        <source>No open learning requests.</source>
        <translation>Ingen åbne læringsønsker.</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="109"/>
        <source>Pick a request first (↑/↓ in the table).</source>
        <translation>Vælg først et ønske (↑/↓ i tabellen).</translation>
    </message>
    <message>
        <location filename="../skills/requests_tab.py" line="119"/>
        <source>Answered %1&apos;s requests for “%2”: %3.</source>
        <translation>%1s ønsker om “%2” er besvaret: %3.</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../skills/levels.py" line="31"/>
        <source>Level, 0 to 4</source>
        <translation>Niveau, 0 til 4</translation>
    </message>
</context>
<context>
    <name>LevelGuide</name>
    <message>
        <location filename="../skills/level_guide.py" line="19"/>
        <source>What the levels mean for this skill</source>
        <translation>Hvad niveauerne betyder for denne kompetence</translation>
    </message>
    <message>
        <location filename="../skills/level_guide.py" line="24"/>
        <source>What the levels mean for “%1”:</source>
        <translation>Hvad niveauerne betyder for “%1”:</translation>
    </message>
    <message>
        <location filename="../skills/level_guide.py" line="29"/>
        <source>chosen</source>
        <translation>valgt</translation>
    </message>
    <message>
        <location filename="../skills/level_guide.py" line="31"/>
        <source>required</source>
        <translation>krævet</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../skills/levels.py" line="153"/>
        <source>%1 (required level %2)</source>
        <translation>%1 (krævet niveau %2)</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="172"/>
        <source>no level yet</source>
        <translation>intet niveau endnu</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="174"/>
        <source>not confirmed</source>
        <translation>ikke bekræftet</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="176"/>
        <source>self %1</source>
        <translation>selv %1</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="177"/>
        <source>%1 · %2: %3, required %4</source>
        <translation>%1 · %2: %3, krævet %4</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="194"/>
        <source>self</source>
        <translation>selv</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="199"/>
        <source>Confirmed by %1</source>
        <translation>Bekræftet af %1</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../skills/matrix_tab.py" line="24"/>
        <source>Staff by skills matrix</source>
        <translation>Matrix over medarbejdere og kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/matrix_tab.py" line="31"/>
        <source>Current cell</source>
        <translation>Aktuel celle</translation>
    </message>
    <message>
        <location filename="../skills/matrix_tab.py" line="32"/>
        <source>Each cell shows the confirmed level and the person&apos;s own rating. Select a cell and press F2 (or type 0–4) to confirm a level. ▼ and an orange cell: below the required level.</source>
        <translation>Hver celle viser det bekræftede niveau og personens egen vurdering. Vælg en celle og tryk F2 (eller skriv 0–4) for at bekræfte et niveau. ▼ og en orange celle: under det krævede niveau.</translation>
    </message>
    <message>
        <location filename="../skills/matrix_tab.py" line="52"/>
        <source>Select a cell to see the person, the skill in full and the levels.</source>
        <translation>Vælg en celle for at se personen, hele kompetencens navn og niveauerne.</translation>
    </message>
    <message>
        <location filename="../skills/matrix_tab.py" line="61"/>
        <source>their level</source>
        <translation>deres niveau</translation>
    </message>
    <message>
        <location filename="../skills/matrix_tab.py" line="80"/>
        <source>Level not confirmed</source>
        <translation>Niveauet blev ikke bekræftet</translation>
    </message>
</context>
<context>
    <name>MyLevelsModel</name>
    <message>
        <location filename="../skills/levels.py" line="79"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="79"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="80"/>
        <source>Required</source>
        <translation>Krævet</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="80"/>
        <source>My rating</source>
        <translation>Min vurdering</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="81"/>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="81"/>
        <source>Confirmed by</source>
        <translation>Bekræftet af</translation>
    </message>
    <message>
        <location filename="../skills/levels.py" line="82"/>
        <source>Confirmed on</source>
        <translation>Bekræftet den</translation>
    </message>
</context>
<context>
    <name>MyRecordTab</name>
    <message>
        <location filename="../skills/my_record_tab.py" line="32"/>
        <source>Skills I used most this month</source>
        <translation>Kompetencer, jeg har brugt mest denne måned</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="35"/>
        <source>My training to renew</source>
        <translation>Min oplæring, der skal fornyes</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="38"/>
        <source>My development plan</source>
        <translation>Min udviklingsplan</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="43"/>
        <source>My skill levels</source>
        <translation>Mine kompetenceniveauer</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="45"/>
        <source>Rate yourself in the “My rating” column (0 none, 1 aware, 2 with a guide, 3 independent, 4 can teach others): press F2 or type a number. A team leader confirms it.</source>
        <translation>Vurdér dig selv i kolonnen “Min vurdering” (0 ingen, 1 kender til det, 2 med vejledning, 3 selvstændigt, 4 kan lære andre det): tryk F2 eller skriv et tal. En teamleder bekræfter det.</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="55"/>
        <source>My training records</source>
        <translation>Min registrerede oplæring</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="56"/>
        <source>My &amp;training:</source>
        <translation>Min oplær&amp;ing:</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="62"/>
        <source>My learning requests</source>
        <translation>Mine læringsønsker</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="97"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: your skills</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: dine kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="100"/>
        <source>Skills you used most this month: %1</source>
        <translation>Kompetencer, du har brugt mest denne måned: %1</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="102"/>
        <source>You have not logged any skills this month yet.</source>
        <translation>Du har ikke registreret nogen kompetencer denne måned endnu.</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="105"/>
        <source>Training to renew:</source>
        <translation>Oplæring, der skal fornyes:</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="114"/>
        <source>waiting for a team leader</source>
        <translation>venter på en teamleder</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="114"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="115"/>
        <source>done</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="115"/>
        <source>declined</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="116"/>
        <source>Learning I asked for:</source>
        <translation>Oplæring, jeg har ønsket:</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="124"/>
        <source>You have not asked to learn a skill yet (F10 on the desk, after an enquiry you referred or escalated).</source>
        <translation>Du har ikke ønsket oplæring i en kompetence endnu (F10 ved skranken, efter en henvendelse du henviste eller sendte videre).</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="129"/>
        <source>Your development plan is empty; a team leader sets it with you.</source>
        <translation>Din udviklingsplan er tom; en teamleder lægger den sammen med dig.</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="131"/>
        <source>Your development plan:</source>
        <translation>Din udviklingsplan:</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="134"/>
        <source>, with %1</source>
        <translation>, med %1</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="135"/>
        <source>%1: from level %2 to %3 by %4%5. %6</source>
        <translation>%1: fra niveau %2 til %3 senest %4%5. %6</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="143"/>
        <source>Select a skill to see what each level means for it.</source>
        <translation>Vælg en kompetence for at se, hvad hvert niveau betyder for den.</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="148"/>
        <source>your rating</source>
        <translation>din vurdering</translation>
    </message>
    <message>
        <location filename="../skills/my_record_tab.py" line="153"/>
        <source>Rating not saved</source>
        <translation>Vurderingen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../skills/confirm_tab.py" line="29"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="29"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="30"/>
        <source>Required</source>
        <translation>Krævet</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="30"/>
        <source>Their rating</source>
        <translation>Deres vurdering</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="31"/>
        <source>Confirmed before</source>
        <translation>Bekræftet før</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="31"/>
        <source>Rated on</source>
        <translation>Vurderet den</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="32"/>
        <source>Used (90 days)</source>
        <translation>Brugt (90 dage)</translation>
    </message>
    <message>
        <location filename="../skills/confirm_tab.py" line="32"/>
        <source>Passed on</source>
        <translation>Givet videre</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../skills/plans_tab.py" line="57"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="57"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="58"/>
        <source>Level now</source>
        <translation>Niveau nu</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="58"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="59"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="59"/>
        <source>From</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="60"/>
        <source>Uses since</source>
        <translation>Brugt siden</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="60"/>
        <source>Passed on since</source>
        <translation>Givet videre siden</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="92"/>
        <source> (overdue)</source>
        <translation> (overskredet)</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../skills/plans_tab.py" line="103"/>
        <source>Whose plan</source>
        <translation>Hvis plan</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="112"/>
        <source>Plan items</source>
        <translation>Punkter i planen</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="115"/>
        <source>How the selected item is going</source>
        <translation>Hvordan det valgte punkt går</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="117"/>
        <source>Mark &amp;done</source>
        <translation>Marker som &amp;udført</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="119"/>
        <source>&amp;Cancel item (dropped)</source>
        <translation>&amp;Annullér punkt (droppet)</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="123"/>
        <source>Suggested next skills</source>
        <translation>Foreslåede næste kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="129"/>
        <source>&amp;Add the suggested skill</source>
        <translation>Tilføj &amp;den foreslåede kompetence</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="142"/>
        <source>&amp;Skill:</source>
        <translation>Kom&amp;petence:</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="143"/>
        <source>&amp;Target level (1–4):</source>
        <translation>Ønsket n&amp;iveau (1–4):</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="144"/>
        <source>D&amp;ue by:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="145"/>
        <source>M&amp;entor:</source>
        <translation>M&amp;entor:</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="146"/>
        <source>N&amp;ote:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="147"/>
        <source>Skill to work on</source>
        <translation>Kompetence, der skal arbejdes med</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="147"/>
        <source>Target level</source>
        <translation>Ønsket niveau</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="148"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="148"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="149"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="151"/>
        <source>Add to &amp;plan</source>
        <translation>Tilfø&amp;j til planen</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="155"/>
        <source>Plan &amp;for:</source>
        <translation>Plan &amp;for:</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="161"/>
        <source>Suggested next (from their own use, level and referrals):</source>
        <translation>Forslag til næste skridt (ud fra egen brug, niveau og henvisninger):</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="191"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="220"/>
        <source> Mentor: %1.</source>
        <translation> Mentor: %1.</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="224"/>
        <source>Nothing to suggest: they use no skill below its required level lately.</source>
        <translation>Intet at foreslå: personen har ikke for nylig brugt en kompetence under det krævede niveau.</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="233"/>
        <source>No open items on this plan yet.</source>
        <translation>Ingen åbne punkter i planen endnu.</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="237"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="250"/>
        <location filename="../skills/plans_tab.py" line="262"/>
        <source>Plan item not added</source>
        <translation>Punktet blev ikke føjet til planen</translation>
    </message>
    <message>
        <location filename="../skills/plans_tab.py" line="270"/>
        <source>Plan item not closed</source>
        <translation>Punktet blev ikke lukket</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../skills/chart.py" line="20"/>
        <source>Choose a report and a period, then press Enter or Run (Ctrl+R) to see it here.</source>
        <translation>Vælg en rapport og en periode, og tryk Enter eller Kør rapport (Ctrl+R) for at se den her.</translation>
    </message>
    <message>
        <location filename="../skills/chart.py" line="23"/>
        <source>Report chart</source>
        <translation>Rapportens diagram</translation>
    </message>
    <message>
        <location filename="../skills/chart.py" line="28"/>
        <source>Nothing to draw: no enquiries in this period and desk.</source>
        <translation>Intet at vise: ingen henvendelser i denne periode og skranke.</translation>
    </message>
    <message numerus="yes">
        <location filename="../skills/chart_data.py" line="36"/>
        <source>; and %n more (in the table).</source>
        <translation>
            <numerusform>; og %n mere (i tabellen).</numerusform>
            <numerusform>; og %n mere (i tabellen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="44"/>
        <source>Gap score (0–100), biggest gaps first</source>
        <translation>Manglescore (0–100), største mangler først</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="47"/>
        <source>Orange, striped: fewer than half the team at the required level</source>
        <translation>Orange, stribet: under halvdelen af teamet på det krævede niveau</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="50"/>
        <source>Enquiries by hour of day</source>
        <translation>Henvendelser pr. time på dagen</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="54"/>
        <source>Gap score of the skills with a suggested mentor</source>
        <translation>Manglescore for kompetencerne med en foreslået mentor</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="57"/>
        <source>Orange, striped: nobody at level 4 to mentor</source>
        <translation>Orange, stribet: ingen på niveau 4, der kan være mentor</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="60"/>
        <source>Referral rate after training (%)</source>
        <translation>Andel henvist efter oplæring (%)</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="64"/>
        <source>Orange, striped: referral rate rose after training</source>
        <translation>Orange, stribet: andelen af henvisninger steg efter oplæringen</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="76"/>
        <source>Level 0–4 (darker = higher) on the most-used skills</source>
        <translation>Niveau 0–4 (mørkere = højere) i de mest brugte kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="79"/>
        <source>Red frame: used often below the required level, or referred often</source>
        <translation>Rød ramme: ofte brugt under det krævede niveau eller ofte henvist</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="93"/>
        <source>Demand by hour of week (darker = busier)</source>
        <translation>Efterspørgsel pr. time i ugen (mørkere = travlere)</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="98"/>
        <source>Red frame: half or more of that hour&apos;s demand met nobody at the required level</source>
        <translation>Rød ramme: mindst halvdelen af timens efterspørgsel mødte ingen på det krævede niveau</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="103"/>
        <source>Enquiries month by month, desk beside desk</source>
        <translation>Henvendelser måned for måned, skranke ved skranke</translation>
    </message>
    <message>
        <location filename="../skills/chart_data.py" line="107"/>
        <source>Orange, striped: a part month (only the days in brackets)</source>
        <translation>Orange, stribet: en del af en måned (kun dagene i parentes)</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../skills/report_columns.py" line="46"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../skills/report_columns.py" line="47"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../skills/report_columns.py" line="53"/>
        <source>no change</source>
        <translation>ingen ændring</translation>
    </message>
    <message>
        <location filename="../skills/report_columns.py" line="55"/>
        <source>%1 point</source>
        <translation>%1 procentpoint</translation>
    </message>
    <message>
        <location filename="../skills/report_columns.py" line="56"/>
        <source>%1 points</source>
        <translation>%1 procentpoint</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../skills/reports_tab.py" line="58"/>
        <source>All desks</source>
        <translation>Alle skranker</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="66"/>
        <source>&amp;Run</source>
        <translation>Kør rap&amp;port</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="76"/>
        <source>R&amp;eport:</source>
        <translation>R&amp;apport:</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="76"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="77"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="77"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="78"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="78"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="79"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Skranke:</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="79"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="91"/>
        <source>Report running</source>
        <translation>Rapporten køres</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="95"/>
        <source>Choose a report and a period, then press Enter or Run (Ctrl+R).</source>
        <translation>Vælg en rapport og en periode, og tryk Enter eller Kør rapport (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="98"/>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="103"/>
        <source>Report rows</source>
        <translation>Rapportens rækker</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="118"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="118"/>
        <source>Export &amp;XLSX…</source>
        <translation>Eksportér &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="119"/>
        <source>Export &amp;PDF…</source>
        <translation>Eksportér P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="129"/>
        <source>Export status</source>
        <translation>Eksportstatus</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="161"/>
        <source>Working out the report…</source>
        <translation>Rapporten beregnes…</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="184"/>
        <source>The report could not be made</source>
        <translation>Rapporten kunne ikke laves</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="208"/>
        <source>Export the report</source>
        <translation>Eksportér rapporten</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="227"/>
        <source>Not saved: %1 could not be written (%2). Choose another folder and try again.</source>
        <translation>Ikke gemt: %1 kunne ikke skrives (%2). Vælg en anden mappe, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="230"/>
        <source>The report was not saved</source>
        <translation>Rapporten blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../skills/reports_tab.py" line="233"/>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
</context>
<context>
    <name>SkillsAdminTab</name>
    <message>
        <location filename="../skills/admin_tab.py" line="47"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="47"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="47"/>
        <location filename="../skills/admin_tab.py" line="68"/>
        <source>Required level</source>
        <translation>Krævet niveau</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="49"/>
        <source>Skills</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="54"/>
        <source>Show retired and merged s&amp;kills</source>
        <translation>Vis udgåede og &amp;sammenlagte kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="64"/>
        <source>&amp;Group:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="65"/>
        <source>Re&amp;quired level (0–4):</source>
        <translation>Krævet niv&amp;eau (0–4):</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="66"/>
        <source>Merge &amp;into:</source>
        <translation>Flet ind &amp;i:</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="67"/>
        <source>Skill name</source>
        <translation>Kompetencens navn</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="67"/>
        <source>Skill group</source>
        <translation>Kompetencegruppe</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="69"/>
        <source>Skill to merge into</source>
        <translation>Kompetence, der flettes ind i</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="72"/>
        <source>&amp;Save changes</source>
        <translation>Gem æn&amp;dringer</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="72"/>
        <source>Add as &amp;new skill</source>
        <translation>Tilføj som ny kom&amp;petence</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="73"/>
        <source>Re&amp;tire</source>
        <translation>&amp;Tag ud af brug</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="73"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Hent tilbage</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="74"/>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="81"/>
        <source>What each level means for the selected skill</source>
        <translation>Niveauernes betydning for kompetencen</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="88"/>
        <source>Level %1 description</source>
        <translation>Beskrivelse af niveau %1</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="89"/>
        <source>Level &amp;%1 (%2):</source>
        <translation>Niveau &amp;%1 (%2):</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="95"/>
        <source>Save level &amp;descriptions</source>
        <translation>Gem niveau&amp;beskrivelser</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="99"/>
        <source>Skills of a category on the enquiry form</source>
        <translation>En kategoris kompetencer på formularen</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="101"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="105"/>
        <source>Space or a click steps a skill through: not used → a choice (the form offers it as one key; recorded only when picked) → always used (pre-filled).</source>
        <translation>Mellemrum eller et klik skifter en kompetence mellem: ikke brugt → et valg (formularen tilbyder den på én tast; registreres kun, når den vælges) → altid brugt (udfyldt på forhånd).</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="109"/>
        <source>Skills for this category</source>
        <translation>Kompetencer for denne kategori</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="111"/>
        <source>Save ma&amp;pping</source>
        <translation>Gem tilkn&amp;ytning</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="168"/>
        <source>Merged into “%1”</source>
        <translation>Flettet ind i “%1”</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="169"/>
        <source>Retired</source>
        <translation>Udgået</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="169"/>
        <source>Current</source>
        <translation>Aktuel</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="212"/>
        <source>always used</source>
        <translation>altid brugt</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="213"/>
        <source>a choice</source>
        <translation>et valg</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="231"/>
        <source>Skill not saved</source>
        <translation>Kompetencen blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="236"/>
        <source>Skill not added</source>
        <translation>Kompetencen blev ikke tilføjet</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="242"/>
        <source>Retire skill</source>
        <translation>Tag kompetencen ud af brug</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="242"/>
        <source>Retire this skill? Its history stays in the reports&apos; past.</source>
        <translation>Tage denne kompetence ud af brug? Dens historik bliver i rapporternes tidligere perioder.</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="243"/>
        <source>Skill not retired</source>
        <translation>Kompetencen blev ikke taget ud af brug</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="248"/>
        <source>Skill not restored</source>
        <translation>Kompetencen blev ikke hentet tilbage</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="253"/>
        <source>Merge skills</source>
        <translation>Flet kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="253"/>
        <source>Merge the selected skill into “%1”? Its history will count as that skill&apos;s.</source>
        <translation>Flette den valgte kompetence ind i “%1”? Dens historik tæller så med under den.</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="255"/>
        <source>Skills not merged</source>
        <translation>Kompetencerne blev ikke flettet</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="262"/>
        <source>Level descriptions not saved</source>
        <translation>Niveaubeskrivelserne blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../skills/admin_tab.py" line="272"/>
        <source>Mapping not saved</source>
        <translation>Tilknytningen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../skills/page.py" line="27"/>
        <source>Skills and reports</source>
        <translation>Kompetencer og rapporter</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="70"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="71"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="75"/>
        <source>Deve&amp;lopment plans</source>
        <translation>Udvik&amp;lingsplaner</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="79"/>
        <source>S&amp;kills list</source>
        <translation>&amp;Kompetenceliste</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="81"/>
        <source>Learning req&amp;uests</source>
        <translation>Lærin&amp;gsønsker</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="83"/>
        <source>M&amp;y record</source>
        <translation>Mi&amp;n oversigt</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="90"/>
        <source>Confirm le&amp;vels (%1)</source>
        <translation>Bekræft ni&amp;veauer (%1)</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="90"/>
        <source>Confirm le&amp;vels</source>
        <translation>Bekræft ni&amp;veauer</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="96"/>
        <source>Trai&amp;ning (%1 to renew)</source>
        <translation>&amp;Oplæring (%1 skal fornyes)</translation>
    </message>
    <message>
        <location filename="../skills/page.py" line="96"/>
        <source>Trai&amp;ning</source>
        <translation>&amp;Oplæring</translation>
    </message>
</context>
<context>
    <name>SkillsWords</name>
    <message>
        <location filename="../skills/words.py" line="22"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="23"/>
        <source>Aware (needs help)</source>
        <translation>Kender til det (har brug for hjælp)</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="24"/>
        <source>Can do with a guide</source>
        <translation>Kan med vejledning</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="25"/>
        <source>Independent</source>
        <translation>Selvstændig</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="26"/>
        <source>Can teach others</source>
        <translation>Kan lære andre det</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="32"/>
        <source>Has not done this yet.</source>
        <translation>Har ikke prøvet det endnu.</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="33"/>
        <source>Knows what it is and whom to pass it to; needs a colleague to do it.</source>
        <translation>Ved, hvad det er, og hvem det skal gives videre til; har brug for en kollega til at gøre det.</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="34"/>
        <source>Does it with a guide or checklist at hand.</source>
        <translation>Gør det med en vejledning eller tjekliste ved hånden.</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="35"/>
        <source>Does it alone, including the usual problems, without a guide.</source>
        <translation>Klarer det alene, også de almindelige problemer, uden vejledning.</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="36"/>
        <source>Handles the unusual cases too, and can teach and mentor colleagues.</source>
        <translation>Klarer også de usædvanlige tilfælde og kan lære kolleger op og være deres mentor.</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="40"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="41"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="42"/>
        <source>Mentoring</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="43"/>
        <source>Peer session</source>
        <translation>Kollegasparring</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="44"/>
        <source>Learned from a colleague</source>
        <translation>Lært af en kollega</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="45"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="49"/>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="50"/>
        <source>Suggested</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="51"/>
        <source>Learning request</source>
        <translation>Læringsønske</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="55"/>
        <source>Coverage by hour of week</source>
        <translation>Dækning pr. time i ugen</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="56"/>
        <source>Desk statistics</source>
        <translation>Skrankestatistik</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="57"/>
        <source>Staff × skill heat map</source>
        <translation>Varmekort over medarbejdere × kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="58"/>
        <source>Mentor pairs</source>
        <translation>Mentorpar</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="59"/>
        <source>Skill gaps</source>
        <translation>Kompetencemangler</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="60"/>
        <source>Training impact</source>
        <translation>Effekt af oplæring</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="61"/>
        <source>Trends month by month</source>
        <translation>Udvikling måned for måned</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="66"/>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="67"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="68"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="69"/>
        <source>Required level</source>
        <translation>Krævet niveau</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="70"/>
        <source>Demand</source>
        <translation>Efterspørgsel</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="71"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="72"/>
        <source>Staff at level</source>
        <translation>Medarbejdere på niveau</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="73"/>
        <source>Team size</source>
        <translation>Teamets størrelse</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="74"/>
        <source>Referral rate</source>
        <translation>Andel henvist</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="75"/>
        <source>Escalation rate</source>
        <translation>Andel sendt videre</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="76"/>
        <source>READ 1–2 demand</source>
        <translation>Efterspørgsel, READ 1–2</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="77"/>
        <source>READ 1–2 referral rate</source>
        <translation>Andel henvist, READ 1–2</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="78"/>
        <source>READ 1–2 escalation rate</source>
        <translation>Andel sendt videre, READ 1–2</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="79"/>
        <source>Bus factor</source>
        <translation>Sårbarhed (antal, der kan)</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="80"/>
        <source>Gap score</source>
        <translation>Manglescore</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="81"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="82"/>
        <source>Suggested action</source>
        <translation>Forslag til handling</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="83"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="84"/>
        <source>Learners</source>
        <translation>Lærende</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="85"/>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="86"/>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="87"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="88"/>
        <source>Uses</source>
        <translation>Brug</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="89"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="90"/>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="91"/>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="92"/>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="93"/>
        <source>Staff signed in</source>
        <translation>Medarbejdere logget ind</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="94"/>
        <source>Proficient signed in</source>
        <translation>Kyndige logget ind</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="95"/>
        <source>Mentor&apos;s uses</source>
        <translation>Mentorens brug</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="96"/>
        <source>Learners (count)</source>
        <translation>Lærende (antal)</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="97"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="98"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="99"/>
        <source>Trained on</source>
        <translation>Oplært den</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="100"/>
        <source>Uses before</source>
        <translation>Brug før</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="101"/>
        <source>Referral rate before</source>
        <translation>Andel henvist før</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="102"/>
        <source>Uses after</source>
        <translation>Brug efter</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="103"/>
        <source>Referral rate after</source>
        <translation>Andel henvist efter</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="104"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="105"/>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="106"/>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="107"/>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="108"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="109"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="111"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="112"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="113"/>
        <source>Passed on</source>
        <translation>Givet videre</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="114"/>
        <source>Expected hand-overs</source>
        <translation>Forventede videregivelser</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="115"/>
        <source>READ 1–2 passed on</source>
        <translation>Givet videre, READ 1–2</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="116"/>
        <source>Uses below level</source>
        <translation>Brug under niveau</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="117"/>
        <source>Small sample</source>
        <translation>Lille datagrundlag</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="118"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="119"/>
        <source>Enquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="120"/>
        <source>READ 1–2 enquiries</source>
        <translation>Henvendelser, READ 1–2</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="125"/>
        <source>act now</source>
        <translation>handl nu</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="126"/>
        <source>plan</source>
        <translation>planlæg</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="127"/>
        <source>no action needed</source>
        <translation>ingen handling nødvendig</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="128"/>
        <source>not needed</source>
        <translation>ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="129"/>
        <source>retired</source>
        <translation>udgået</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="133"/>
        <source>total</source>
        <translation>i alt</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="134"/>
        <source>hour</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="135"/>
        <source>weekday</source>
        <translation>ugedag</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="136"/>
        <source>week</source>
        <translation>uge</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="137"/>
        <source>month</source>
        <translation>måned</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="138"/>
        <source>domain</source>
        <translation>område</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="139"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="140"/>
        <source>READ level</source>
        <translation>READ-niveau</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="141"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="142"/>
        <source>patron type</source>
        <translation>lånertype</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="143"/>
        <source>outcome</source>
        <translation>resultat</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="144"/>
        <source>learning</source>
        <translation>læring</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="146"/>
        <source>All skills</source>
        <translation>Alle kompetencer</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="147"/>
        <source>All desks</source>
        <translation>Alle skranker</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="148"/>
        <source>All enquiries</source>
        <translation>Alle henvendelser</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="149"/>
        <source>current</source>
        <translation>aktuel</translation>
    </message>
    <message>
        <location filename="../skills/words.py" line="150"/>
        <source>retired %1</source>
        <translation>udgået %1</translation>
    </message>
</context>
<context>
    <name>TrainingRecordsModel</name>
    <message>
        <location filename="../skills/training_model.py" line="18"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="18"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="19"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="19"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="20"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="20"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="21"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../skills/training_model.py" line="52"/>
        <source> (expired)</source>
        <translation> (udløbet)</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../skills/training_tab.py" line="37"/>
        <source>%1%2 expired on %3</source>
        <translation>%1%2 udløb den %3</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="39"/>
        <source>%1%2 expires on %3</source>
        <translation>%1%2 udløber den %3</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="53"/>
        <source>Training that has expired or expires soon</source>
        <translation>Oplæring, der er udløbet eller snart udløber</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="61"/>
        <source>Training records</source>
        <translation>Registreret oplæring</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="68"/>
        <source>E&amp;xpires</source>
        <translation>&amp;Udløber</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="77"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="78"/>
        <source>S&amp;kill:</source>
        <translation>Kompe&amp;tence:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="79"/>
        <source>K&amp;ind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="80"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="81"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="85"/>
        <source>Expiry:</source>
        <translation>Udløb:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="86"/>
        <source>&amp;Mentor:</source>
        <translation>M&amp;entor:</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="87"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="87"/>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="88"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="89"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="89"/>
        <source>Expiry date</source>
        <translation>Udløbsdato</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="90"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="92"/>
        <source>&amp;Add training record</source>
        <translation>Til&amp;føj oplæring</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="94"/>
        <source>Dele&amp;te selected</source>
        <translation>&amp;Slet valgte</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="123"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="137"/>
        <source>Training to renew (expired, or expiring within %1 days):</source>
        <translation>Oplæring, der skal fornyes (udløbet eller udløber inden for %1 dage):</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="141"/>
        <source>No training has expired or expires within %1 days.</source>
        <translation>Ingen oplæring er udløbet eller udløber inden for %1 dage.</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="156"/>
        <source>Training not recorded</source>
        <translation>Oplæringen blev ikke registreret</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="166"/>
        <source>Delete training record</source>
        <translation>Slet registreret oplæring</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="167"/>
        <source>Delete this training record?</source>
        <translation>Slette denne registrering af oplæring?</translation>
    </message>
    <message>
        <location filename="../skills/training_tab.py" line="171"/>
        <source>Training record not deleted</source>
        <translation>Registreringen blev ikke slettet</translation>
    </message>
</context>
</TS>
