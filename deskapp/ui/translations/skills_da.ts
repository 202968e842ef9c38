<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ConfirmTab</name>
    <message>
        <source>Self-ratings waiting for confirmation</source>
        <translation>Selvvurderinger, der venter på bekræftelse</translation>
    </message>
    <message>
        <source>Selected rating</source>
        <translation>Valgt vurdering</translation>
    </message>
    <message>
        <source>No self-ratings are waiting for confirmation.</source>
        <translation>Ingen selvvurderinger venter på bekræftelse.</translation>
    </message>
    <message>
        <source>Enter confirms the person&apos;s own rating; 0–4 confirms a different level. “Used” and “Passed on” count their enquiries with the skill in the last 90 days.</source>
        <translation>Enter bekræfter personens egen vurdering; 0–4 bekræfter et andet niveau. “Brugt” og “Givet videre” tæller personens henvendelser med kompetencen de seneste 90 dage.</translation>
    </message>
    <message>
        <source>Level to confirm</source>
        <translation>Niveau, der skal bekræftes</translation>
    </message>
    <message>
        <source>Confirm &amp;their rating</source>
        <translation>Bekræft deres &amp;egen vurdering</translation>
    </message>
    <message>
        <source>Confirm &amp;at this level</source>
        <translation>&amp;Bekræft på dette niveau</translation>
    </message>
    <message>
        <source>%1 rates themselves %2 (%3) in “%4”; required %5.</source>
        <translation>%1 vurderer sig selv til %2 (%3) i “%4”; krævet er %5.</translation>
    </message>
    <message>
        <source>their rating</source>
        <translation>deres vurdering</translation>
    </message>
    <message>
        <source>Level not confirmed</source>
        <translation>Niveauet blev ikke bekræftet</translation>
    </message>
</context>
<context>
    <name>LearningRequestsTab</name>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>People asking</source>
        <translation>Antal, der ønsker</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Times asked</source>
        <translation>Antal ønsker</translation>
    </message>
    <message>
        <source>First asked</source>
        <translation>Første ønske</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Seneste ønske</translation>
    </message>
    <message>
        <source>Staff ask to learn a skill with F10 after an enquiry they referred or escalated. Answer each person&apos;s requests for a skill: they see the answer and your note in My record.</source>
        <translation>Medarbejderne ønsker oplæring i en kompetence med F10 efter en henvendelse, de henviste eller sendte videre. Svar på hver persons ønsker om en kompetence: de ser svaret og din note i Min oversigt.</translation>
    </message>
    <message>
        <source>Open learning requests</source>
        <translation>Åbne læringsønsker</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>What happens next, e.g. “shadow Bob on Thursday”</source>
        <translation>Hvad der sker nu, f.eks. “følger Bo på torsdag”</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>Gem sv&amp;ar</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Note for the person</source>
        <translation>Note til personen</translation>
    </message>
    <message>
        <source>No open learning requests.</source>
        <translation>Ingen åbne læringsønsker.</translation>
    </message>
    <message>
        <source>Pick a request first (↑/↓ in the table).</source>
        <translation>Vælg først et ønske (↑/↓ i tabellen).</translation>
    </message>
    <message>
        <source>Answered %1&apos;s requests for “%2”: %3.</source>
        <translation>%1s ønsker om “%2” er besvaret: %3.</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level, 0 to 4</source>
        <translation>Niveau, 0 til 4</translation>
    </message>
</context>
<context>
    <name>LevelGuide</name>
    <message>
        <source>What the levels mean for this skill</source>
        <translation>Hvad niveauerne betyder for denne kompetence</translation>
    </message>
    <message>
        <source>What the levels mean for “%1”:</source>
        <translation>Hvad niveauerne betyder for “%1”:</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>valgt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>krævet</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1 (required level %2)</source>
        <translation>%1 (krævet niveau %2)</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>intet niveau endnu</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>ikke bekræftet</translation>
    </message>
    <message>
        <source>self %1</source>
        <translation>selv %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3, required %4</source>
        <translation>%1 · %2: %3, krævet %4</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selv</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Bekræftet af %1</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Staff by skills matrix</source>
        <translation>Matrix over medarbejdere og kompetencer</translation>
    </message>
    <message>
        <source>Current cell</source>
        <translation>Aktuel celle</translation>
    </message>
    <message>
        <source>Each cell shows the confirmed level and the person&apos;s own rating. Select a cell and press F2 (or type 0–4) to confirm a level. ▼ and an orange cell: below the required level.</source>
        <translation>Hver celle viser det bekræftede niveau og personens egen vurdering. Vælg en celle og tryk F2 (eller skriv 0–4) for at bekræfte et niveau. ▼ og en orange celle: under det krævede niveau.</translation>
    </message>
    <message>
        <source>Select a cell to see the person, the skill in full and the levels.</source>
        <translation>Vælg en celle for at se personen, hele kompetencens navn og niveauerne.</translation>
    </message>
    <message>
        <source>their level</source>
        <translation>deres niveau</translation>
    </message>
    <message>
        <source>Level not confirmed</source>
        <translation>Niveauet blev ikke bekræftet</translation>
    </message>
</context>
<context>
    <name>MetricsTab</name>
    <message>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>READ 1–2 passed on</source>
        <translation>Givet videre, READ 1–2</translation>
    </message>
    <message>
        <source>Patrons: good</source>
        <translation>Lånere: godt</translation>
    </message>
    <message>
        <source>Peer learning (before)</source>
        <translation>Læring med kolleger (før)</translation>
    </message>
    <message>
        <source>Learning requests (before)</source>
        <translation>Læringsønsker (før)</translation>
    </message>
    <message>
        <source>Training (before)</source>
        <translation>Oplæring (før)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Givet videre</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Andel henvist</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Hvilken</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Godt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ikke godt</translation>
    </message>
    <message>
        <source>This month so far, against the same days of last month</source>
        <translation>Denne måned indtil nu, sammenlignet med de samme dage sidste måned</translation>
    </message>
    <message>
        <source>Last month, against the month before</source>
        <translation>Sidste måned, sammenlignet med måneden før</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Metrics per desk</source>
        <translation>Nøgletal pr. skranke</translation>
    </message>
    <message>
        <source>Skills passed on more than once</source>
        <translation>Kompetencer givet videre mere end én gang</translation>
    </message>
    <message>
        <source>Patron ratings by category, skill and READ level</source>
        <translation>Lånernes vurderinger efter kategori, kompetence og READ-niveau</translation>
    </message>
    <message>
        <source>Desks that ask patrons how it went</source>
        <translation>Skranker, der spørger lånerne, hvordan det gik</translation>
    </message>
    <message>
        <source>Ask patrons “How did we do?” after each save at these &amp;desks (Space turns a desk on or off):</source>
        <translation>Spørg lånerne „Hvordan klarede vi det?“ efter hver gemning ved disse &amp;skranker (mellemrum slår en skranke til eller fra):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>%1 now asks its patrons after each save.</source>
        <translation>%1 spørger nu lånerne efter hver gemning.</translation>
    </message>
    <message>
        <source>%1 no longer asks its patrons.</source>
        <translation>%1 spørger ikke længere lånerne.</translation>
    </message>
</context>
<context>
    <name>MyLevelsModel</name>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krævet</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Min vurdering</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Bekræftet af</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bekræftet den</translation>
    </message>
</context>
<context>
    <name>MyRecordTab</name>
    <message>
        <source>Skills I used most this month</source>
        <translation>Kompetencer, jeg har brugt mest denne måned</translation>
    </message>
    <message>
        <source>My training to renew</source>
        <translation>Min oplæring, der skal fornyes</translation>
    </message>
    <message>
        <source>My development plan</source>
        <translation>Min udviklingsplan</translation>
    </message>
    <message>
        <source>My skill levels</source>
        <translation>Mine kompetenceniveauer</translation>
    </message>
    <message>
        <source>Rate yourself in the “My rating” column (0 none, 1 aware, 2 with a guide, 3 independent, 4 can teach others): press F2 or type a number. A team leader confirms it.</source>
        <translation>Vurdér dig selv i kolonnen “Min vurdering” (0 ingen, 1 kender til det, 2 med vejledning, 3 selvstændigt, 4 kan lære andre det): tryk F2 eller skriv et tal. En teamleder bekræfter det.</translation>
    </message>
    <message>
        <source>My training records</source>
        <translation>Min registrerede oplæring</translation>
    </message>
    <message>
        <source>My &amp;training:</source>
        <translation>Min oplær&amp;ing:</translation>
    </message>
    <message>
        <source>My learning requests</source>
        <translation>Mine læringsønsker</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Min uge</translation>
    </message>
    <message>
        <source>Optional, e.g. “ask a colleague sooner with MFA resets”</source>
        <translation>Valgfrit, f.eks. „spørg en kollega tidligere ved nulstilling af MFA“</translation>
    </message>
    <message>
        <source>My reflection on this week</source>
        <translation>Min refleksion over ugen</translation>
    </message>
    <message>
        <source>What I&apos;d do di&amp;fferently (only you and your team leaders read it; Enter keeps it):</source>
        <translation>Hvad jeg ville gøre an&amp;derledes (kun du og dine teamledere kan læse det; Enter gemmer det):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: your skills</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: dine kompetencer</translation>
    </message>
    <message>
        <source>Skills you used most this month: %1</source>
        <translation>Kompetencer, du har brugt mest denne måned: %1</translation>
    </message>
    <message>
        <source>You have not logged any skills this month yet.</source>
        <translation>Du har ikke registreret nogen kompetencer denne måned endnu.</translation>
    </message>
    <message>
        <source>Training to renew:</source>
        <translation>Oplæring, der skal fornyes:</translation>
    </message>
    <message>
        <source>waiting for a team leader</source>
        <translation>venter på en teamleder</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>Learning I asked for:</source>
        <translation>Oplæring, jeg har ønsket:</translation>
    </message>
    <message>
        <source>You have not asked to learn a skill yet (F10 on the desk, after an enquiry you referred or escalated).</source>
        <translation>Du har ikke ønsket oplæring i en kompetence endnu (F10 ved skranken, efter en henvendelse du henviste eller sendte videre).</translation>
    </message>
    <message>
        <source>Your week from %1:</source>
        <translation>Din uge fra %1:</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 mere</translation>
    </message>
    <message>
        <source>Skills used: %1</source>
        <translation>Kompetencer brugt: %1</translation>
    </message>
    <message>
        <source>No skills logged this week yet.</source>
        <translation>Ingen kompetencer registreret i denne uge endnu.</translation>
    </message>
    <message>
        <source>New to you: %1</source>
        <translation>Nyt for dig: %1</translation>
    </message>
    <message>
        <source>Guides that helped: %1</source>
        <translation>Vejledninger, der hjalp: %1</translation>
    </message>
    <message>
        <source>Passed on: %1</source>
        <translation>Givet videre: %1</translation>
    </message>
    <message>
        <source>You asked to learn: %1</source>
        <translation>Du bad om at lære: %1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Kept for this week.</source>
        <translation>Gemt for denne uge.</translation>
    </message>
    <message>
        <source>No reflection for this week.</source>
        <translation>Ingen refleksion for denne uge.</translation>
    </message>
    <message>
        <source>Your development plan is empty; a team leader sets it with you.</source>
        <translation>Din udviklingsplan er tom; en teamleder lægger den sammen med dig.</translation>
    </message>
    <message>
        <source>Your development plan:</source>
        <translation>Din udviklingsplan:</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, med %1</translation>
    </message>
    <message>
        <source>%1: from level %2 to %3 by %4%5. %6</source>
        <translation>%1: fra niveau %2 til %3 senest %4%5. %6</translation>
    </message>
    <message>
        <source>Select a skill to see what each level means for it.</source>
        <translation>Vælg en kompetence for at se, hvad hvert niveau betyder for den.</translation>
    </message>
    <message>
        <source>your rating</source>
        <translation>din vurdering</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>Vurderingen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krævet</translation>
    </message>
    <message>
        <source>Their rating</source>
        <translation>Deres vurdering</translation>
    </message>
    <message>
        <source>Confirmed before</source>
        <translation>Bekræftet før</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Vurderet den</translation>
    </message>
    <message>
        <source>Used (90 days)</source>
        <translation>Brugt (90 dage)</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Givet videre</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Niveau nu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Uses since</source>
        <translation>Brugt siden</translation>
    </message>
    <message>
        <source>Passed on since</source>
        <translation>Givet videre siden</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overskredet)</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Whose plan</source>
        <translation>Hvis plan</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Punkter i planen</translation>
    </message>
    <message>
        <source>How the selected item is going</source>
        <translation>Hvordan det valgte punkt går</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marker som &amp;udført</translation>
    </message>
    <message>
        <source>&amp;Cancel item (dropped)</source>
        <translation>&amp;Annullér punkt (droppet)</translation>
    </message>
    <message>
        <source>Suggested next skills</source>
        <translation>Foreslåede næste kompetencer</translation>
    </message>
    <message>
        <source>&amp;Add the suggested skill</source>
        <translation>Tilføj &amp;den foreslåede kompetence</translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation>Kom&amp;petence:</translation>
    </message>
    <message>
        <source>&amp;Target level (1–4):</source>
        <translation>Ønsket n&amp;iveau (1–4):</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <source>M&amp;entor:</source>
        <translation>M&amp;entor:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Skill to work on</source>
        <translation>Kompetence, der skal arbejdes med</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Ønsket niveau</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add to &amp;plan</source>
        <translation>Tilfø&amp;j til planen</translation>
    </message>
    <message>
        <source>Plan &amp;for:</source>
        <translation>Plan &amp;for:</translation>
    </message>
    <message>
        <source>Suggested next (from their own use, level and referrals):</source>
        <translation>Forslag til næste skridt (ud fra egen brug, niveau og henvisninger):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source> Mentor: %1.</source>
        <translation> Mentor: %1.</translation>
    </message>
    <message>
        <source>Nothing to suggest: they use no skill below its required level lately.</source>
        <translation>Intet at foreslå: personen har ikke for nylig brugt en kompetence under det krævede niveau.</translation>
    </message>
    <message>
        <source>No open items on this plan yet.</source>
        <translation>Ingen åbne punkter i planen endnu.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Plan item not added</source>
        <translation>Punktet blev ikke føjet til planen</translation>
    </message>
    <message>
        <source>Plan item not closed</source>
        <translation>Punktet blev ikke lukket</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Choose a report and a period, then press Enter or Run (Ctrl+R) to see it here.</source>
        <translation>Vælg en rapport og en periode, og tryk Enter eller Kør rapport (Ctrl+R) for at se den her.</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Rapportens diagram</translation>
    </message>
    <message>
        <source>Nothing to draw: no enquiries in this period and desk.</source>
        <translation>Intet at vise: ingen henvendelser i denne periode og skranke.</translation>
    </message>
    <message>
        <source>; and %n more (in the table).</source>
        <translation>; og %n mere (i tabellen).</translation>
    </message>
    <message>
        <source>Gap score (0–100), biggest gaps first</source>
        <translation>Manglescore (0–100), største mangler først</translation>
    </message>
    <message>
        <source>Orange, striped: fewer than half the team at the required level</source>
        <translation>Orange, stribet: under halvdelen af teamet på det krævede niveau</translation>
    </message>
    <message>
        <source>Enquiries by hour of day</source>
        <translation>Henvendelser pr. time på dagen</translation>
    </message>
    <message>
        <source>Gap score of the skills with a suggested mentor</source>
        <translation>Manglescore for kompetencerne med en foreslået mentor</translation>
    </message>
    <message>
        <source>Orange, striped: nobody at level 4 to mentor</source>
        <translation>Orange, stribet: ingen på niveau 4, der kan være mentor</translation>
    </message>
    <message>
        <source>Referral rate after training (%)</source>
        <translation>Andel henvist efter oplæring (%)</translation>
    </message>
    <message>
        <source>Orange, striped: referral rate rose after training</source>
        <translation>Orange, stribet: andelen af henvisninger steg efter oplæringen</translation>
    </message>
    <message>
        <source>Level 0–4 (darker = higher) on the most-used skills</source>
        <translation>Niveau 0–4 (mørkere = højere) i de mest brugte kompetencer</translation>
    </message>
    <message>
        <source>Red frame: used often below the required level, or referred often</source>
        <translation>Rød ramme: ofte brugt under det krævede niveau eller ofte henvist</translation>
    </message>
    <message>
        <source>Demand by hour of week (darker = busier)</source>
        <translation>Efterspørgsel pr. time i ugen (mørkere = travlere)</translation>
    </message>
    <message>
        <source>Red frame: half or more of that hour&apos;s demand met nobody at the required level</source>
        <translation>Rød ramme: mindst halvdelen af timens efterspørgsel mødte ingen på det krævede niveau</translation>
    </message>
    <message>
        <source>Enquiries month by month, desk beside desk</source>
        <translation>Henvendelser måned for måned, skranke ved skranke</translation>
    </message>
    <message>
        <source>Orange, striped: a part month (only the days in brackets)</source>
        <translation>Orange, stribet: en del af en måned (kun dagene i parentes)</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ingen ændring</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 procentpoint</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 procentpoint</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>All desks</source>
        <translation>Alle skranker</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Kør rap&amp;port</translation>
    </message>
    <message>
        <source>R&amp;eport:</source>
        <translation>R&amp;apport:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Skranke:</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>Report running</source>
        <translation>Rapporten køres</translation>
    </message>
    <message>
        <source>Choose a report and a period, then press Enter or Run (Ctrl+R).</source>
        <translation>Vælg en rapport og en periode, og tryk Enter eller Kør rapport (Ctrl+R).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Rapportens rækker</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Eksportér &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportér P&amp;DF…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Eksportstatus</translation>
    </message>
    <message>
        <source>Working out the report…</source>
        <translation>Rapporten beregnes…</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Rapporten kunne ikke laves</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportér rapporten</translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written (%2). Choose another folder and try again.</source>
        <translation>Ikke gemt: %1 kunne ikke skrives (%2). Vælg en anden mappe, og prøv igen.</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Rapporten blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
</context>
<context>
    <name>SkillsAdminTab</name>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Krævet niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Show retired and merged s&amp;kills</source>
        <translation>Vis udgåede og &amp;sammenlagte kompetencer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>Re&amp;quired level (0–4):</source>
        <translation>Krævet niv&amp;eau (0–4):</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Flet ind &amp;i:</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Kompetencens navn</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>Kompetencegruppe</translation>
    </message>
    <message>
        <source>Skill to merge into</source>
        <translation>Kompetence, der flettes ind i</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Gem æn&amp;dringer</translation>
    </message>
    <message>
        <source>Add as &amp;new skill</source>
        <translation>Tilføj som ny kom&amp;petence</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Tag ud af brug</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Hent tilbage</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <source>What each level means for the selected skill</source>
        <translation>Niveauernes betydning for kompetencen</translation>
    </message>
    <message>
        <source>Level %1 description</source>
        <translation>Beskrivelse af niveau %1</translation>
    </message>
    <message>
        <source>Level &amp;%1 (%2):</source>
        <translation>Niveau &amp;%1 (%2):</translation>
    </message>
    <message>
        <source>Save level &amp;descriptions</source>
        <translation>Gem niveau&amp;beskrivelser</translation>
    </message>
    <message>
        <source>Skills of a category on the enquiry form</source>
        <translation>En kategoris kompetencer på formularen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Space or a click steps a skill through: not used → a choice (the form offers it as one key; recorded only when picked) → always used (pre-filled).</source>
        <translation>Mellemrum eller et klik skifter en kompetence mellem: ikke brugt → et valg (formularen tilbyder den på én tast; registreres kun, når den vælges) → altid brugt (udfyldt på forhånd).</translation>
    </message>
    <message>
        <source>Skills for this category</source>
        <translation>Kompetencer for denne kategori</translation>
    </message>
    <message>
        <source>Save ma&amp;pping</source>
        <translation>Gem tilkn&amp;ytning</translation>
    </message>
    <message>
        <source>Merged into “%1”</source>
        <translation>Flettet ind i “%1”</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udgået</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuel</translation>
    </message>
    <message>
        <source>always used</source>
        <translation>altid brugt</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>et valg</translation>
    </message>
    <message>
        <source>Skill not saved</source>
        <translation>Kompetencen blev ikke gemt</translation>
    </message>
    <message>
        <source>Skill not added</source>
        <translation>Kompetencen blev ikke tilføjet</translation>
    </message>
    <message>
        <source>Retire skill</source>
        <translation>Tag kompetencen ud af brug</translation>
    </message>
    <message>
        <source>Retire this skill? Its history stays in the reports&apos; past.</source>
        <translation>Tage denne kompetence ud af brug? Dens historik bliver i rapporternes tidligere perioder.</translation>
    </message>
    <message>
        <source>Skill not retired</source>
        <translation>Kompetencen blev ikke taget ud af brug</translation>
    </message>
    <message>
        <source>Skill not restored</source>
        <translation>Kompetencen blev ikke hentet tilbage</translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation>Flet kompetencer</translation>
    </message>
    <message>
        <source>Merge the selected skill into “%1”? Its history will count as that skill&apos;s.</source>
        <translation>Flette den valgte kompetence ind i “%1”? Dens historik tæller så med under den.</translation>
    </message>
    <message>
        <source>Skills not merged</source>
        <translation>Kompetencerne blev ikke flettet</translation>
    </message>
    <message>
        <source>Level descriptions not saved</source>
        <translation>Niveaubeskrivelserne blev ikke gemt</translation>
    </message>
    <message>
        <source>Mapping not saved</source>
        <translation>Tilknytningen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills and reports</source>
        <translation>Kompetencer og rapporter</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Deve&amp;lopment plans</source>
        <translation>Udvik&amp;lingsplaner</translation>
    </message>
    <message>
        <source>S&amp;kills list</source>
        <translation>&amp;Kompetenceliste</translation>
    </message>
    <message>
        <source>Learning req&amp;uests</source>
        <translation>Lærin&amp;gsønsker</translation>
    </message>
    <message>
        <source>Me&amp;trics</source>
        <translation>Nøgle&amp;tal</translation>
    </message>
    <message>
        <source>M&amp;y record</source>
        <translation>Mi&amp;n oversigt</translation>
    </message>
    <message>
        <source>Confirm le&amp;vels (%1)</source>
        <translation>Bekræft ni&amp;veauer (%1)</translation>
    </message>
    <message>
        <source>Confirm le&amp;vels</source>
        <translation>Bekræft ni&amp;veauer</translation>
    </message>
    <message>
        <source>Trai&amp;ning (%1 to renew)</source>
        <translation>&amp;Oplæring (%1 skal fornyes)</translation>
    </message>
    <message>
        <source>Trai&amp;ning</source>
        <translation>&amp;Oplæring</translation>
    </message>
</context>
<context>
    <name>SkillsWords</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Aware (needs help)</source>
        <translation>Kender til det (har brug for hjælp)</translation>
    </message>
    <message>
        <source>Can do with a guide</source>
        <translation>Kan med vejledning</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Selvstændig</translation>
    </message>
    <message>
        <source>Can teach others</source>
        <translation>Kan lære andre det</translation>
    </message>
    <message>
        <source>Has not done this yet.</source>
        <translation>Har ikke prøvet det endnu.</translation>
    </message>
    <message>
        <source>Knows what it is and whom to pass it to; needs a colleague to do it.</source>
        <translation>Ved, hvad det er, og hvem det skal gives videre til; har brug for en kollega til at gøre det.</translation>
    </message>
    <message>
        <source>Does it with a guide or checklist at hand.</source>
        <translation>Gør det med en vejledning eller tjekliste ved hånden.</translation>
    </message>
    <message>
        <source>Does it alone, including the usual problems, without a guide.</source>
        <translation>Klarer det alene, også de almindelige problemer, uden vejledning.</translation>
    </message>
    <message>
        <source>Handles the unusual cases too, and can teach and mentor colleagues.</source>
        <translation>Klarer også de usædvanlige tilfælde og kan lære kolleger op og være deres mentor.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <source>Peer session</source>
        <translation>Kollegasparring</translation>
    </message>
    <message>
        <source>Learned from a colleague</source>
        <translation>Lært af en kollega</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Learning request</source>
        <translation>Læringsønske</translation>
    </message>
    <message>
        <source>Coverage by hour of week</source>
        <translation>Dækning pr. time i ugen</translation>
    </message>
    <message>
        <source>Desk statistics</source>
        <translation>Skrankestatistik</translation>
    </message>
    <message>
        <source>Staff × skill heat map</source>
        <translation>Varmekort over medarbejdere × kompetencer</translation>
    </message>
    <message>
        <source>Mentor pairs</source>
        <translation>Mentorpar</translation>
    </message>
    <message>
        <source>Metrics that matter</source>
        <translation>Nøgletal, der betyder noget</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Kompetencemangler</translation>
    </message>
    <message>
        <source>Training impact</source>
        <translation>Effekt af oplæring</translation>
    </message>
    <message>
        <source>Trends month by month</source>
        <translation>Udvikling måned for måned</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Krævet niveau</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Efterspørgsel</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Staff at level</source>
        <translation>Medarbejdere på niveau</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Teamets størrelse</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Andel henvist</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Andel sendt videre</translation>
    </message>
    <message>
        <source>READ 1–2 demand</source>
        <translation>Efterspørgsel, READ 1–2</translation>
    </message>
    <message>
        <source>READ 1–2 referral rate</source>
        <translation>Andel henvist, READ 1–2</translation>
    </message>
    <message>
        <source>READ 1–2 escalation rate</source>
        <translation>Andel sendt videre, READ 1–2</translation>
    </message>
    <message>
        <source>Bus factor</source>
        <translation>Sårbarhed (antal, der kan)</translation>
    </message>
    <message>
        <source>Gap score</source>
        <translation>Manglescore</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Forslag til handling</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lærende</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff signed in</source>
        <translation>Medarbejdere logget ind</translation>
    </message>
    <message>
        <source>Proficient signed in</source>
        <translation>Kyndige logget ind</translation>
    </message>
    <message>
        <source>Mentor&apos;s uses</source>
        <translation>Mentorens brug</translation>
    </message>
    <message>
        <source>Learners (count)</source>
        <translation>Lærende (antal)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Oplært den</translation>
    </message>
    <message>
        <source>Uses before</source>
        <translation>Brug før</translation>
    </message>
    <message>
        <source>Referral rate before</source>
        <translation>Andel henvist før</translation>
    </message>
    <message>
        <source>Uses after</source>
        <translation>Brug efter</translation>
    </message>
    <message>
        <source>Referral rate after</source>
        <translation>Andel henvist efter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Givet videre</translation>
    </message>
    <message>
        <source>Expected hand-overs</source>
        <translation>Forventede videregivelser</translation>
    </message>
    <message>
        <source>READ 1–2 passed on</source>
        <translation>Givet videre, READ 1–2</translation>
    </message>
    <message>
        <source>Uses below level</source>
        <translation>Brug under niveau</translation>
    </message>
    <message>
        <source>Small sample</source>
        <translation>Lille datagrundlag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>READ 1–2 enquiries</source>
        <translation>Henvendelser, READ 1–2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Repeat referrals</source>
        <translation>Gentagne henvisninger</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Said good</source>
        <translation>Svarede godt</translation>
    </message>
    <message>
        <source>Said OK</source>
        <translation>Svarede OK</translation>
    </message>
    <message>
        <source>Said not good</source>
        <translation>Svarede ikke godt</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Læring med kolleger</translation>
    </message>
    <message>
        <source>Peer learning before</source>
        <translation>Læring med kolleger før</translation>
    </message>
    <message>
        <source>Learning requests</source>
        <translation>Læringsønsker</translation>
    </message>
    <message>
        <source>Learning requests before</source>
        <translation>Læringsønsker før</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oplæring</translation>
    </message>
    <message>
        <source>Training before</source>
        <translation>Oplæring før</translation>
    </message>
    <message>
        <source>Ratings before</source>
        <translation>Vurderinger før</translation>
    </message>
    <message>
        <source>Said good before</source>
        <translation>Svarede godt før</translation>
    </message>
    <message>
        <source>Ratings after</source>
        <translation>Vurderinger efter</translation>
    </message>
    <message>
        <source>Said good after</source>
        <translation>Svarede godt efter</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>skranke</translation>
    </message>
    <message>
        <source>all desks</source>
        <translation>alle skranker</translation>
    </message>
    <message>
        <source>repeat referral</source>
        <translation>gentagen henvisning</translation>
    </message>
    <message>
        <source>ratings by category</source>
        <translation>vurderinger efter kategori</translation>
    </message>
    <message>
        <source>ratings by skill</source>
        <translation>vurderinger efter kompetence</translation>
    </message>
    <message>
        <source>ratings by READ level</source>
        <translation>vurderinger efter READ-niveau</translation>
    </message>
    <message>
        <source>READ not given</source>
        <translation>READ ikke angivet</translation>
    </message>
    <message>
        <source>act now</source>
        <translation>handl nu</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>planlæg</translation>
    </message>
    <message>
        <source>no action needed</source>
        <translation>ingen handling nødvendig</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ikke nødvendig</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udgået</translation>
    </message>
    <message>
        <source>total</source>
        <translation>i alt</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>time</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>ugedag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>uge</translation>
    </message>
    <message>
        <source>month</source>
        <translation>måned</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>område</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>READ level</source>
        <translation>READ-niveau</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>patron type</source>
        <translation>lånertype</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultat</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>læring</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>optælling</translation>
    </message>
    <message>
        <source>tallies left out</source>
        <translation>udeladte optællinger</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Alle kompetencer</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Alle skranker</translation>
    </message>
    <message>
        <source>All enquiries</source>
        <translation>Alle henvendelser</translation>
    </message>
    <message>
        <source>All tallies (counted, not logged one by one)</source>
        <translation>Alle optællinger (talt, ikke registreret én ad gangen)</translation>
    </message>
    <message>
        <source>Tallies left out: their period runs past the report&apos;s</source>
        <translation>Udeladte optællinger: deres periode går ud over rapportens</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuel</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>udgået %1</translation>
    </message>
</context>
<context>
    <name>TrainingRecordsModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (udløbet)</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>%1%2 expired on %3</source>
        <translation>%1%2 udløb den %3</translation>
    </message>
    <message>
        <source>%1%2 expires on %3</source>
        <translation>%1%2 udløber den %3</translation>
    </message>
    <message>
        <source>Training that has expired or expires soon</source>
        <translation>Oplæring, der er udløbet eller snart udløber</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Registreret oplæring</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Udløber</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>Kompe&amp;tence:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Udløb:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>M&amp;entor:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Udløbsdato</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>&amp;Add training record</source>
        <translation>Til&amp;føj oplæring</translation>
    </message>
    <message>
        <source>Dele&amp;te selected</source>
        <translation>&amp;Slet valgte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Training to renew (expired, or expiring within %1 days):</source>
        <translation>Oplæring, der skal fornyes (udløbet eller udløber inden for %1 dage):</translation>
    </message>
    <message>
        <source>No training has expired or expires within %1 days.</source>
        <translation>Ingen oplæring er udløbet eller udløber inden for %1 dage.</translation>
    </message>
    <message>
        <source>Training not recorded</source>
        <translation>Oplæringen blev ikke registreret</translation>
    </message>
    <message>
        <source>Delete training record</source>
        <translation>Slet registreret oplæring</translation>
    </message>
    <message>
        <source>Delete this training record?</source>
        <translation>Slette denne registrering af oplæring?</translation>
    </message>
    <message>
        <source>Training record not deleted</source>
        <translation>Registreringen blev ikke slettet</translation>
    </message>
</context>
</TS>
