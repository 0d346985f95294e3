<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Ambassador cannot open the database</source>
        <translation>Ambassador kan inte öppna databasen</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>exempeldata</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Previous week or month (Alt+Left)</source>
        <translation>Föregående vecka eller månad (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå till i dag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nästa period</translation>
    </message>
    <message>
        <source>Next week or month (Alt+Right)</source>
        <translation>Nästa vecka eller månad (Alt+Högerpil)</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Visad period</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Visa en vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Visa en månad</translation>
    </message>
    <message>
        <source>Check-ins of the week</source>
        <translation>Veckans avstämningar</translation>
    </message>
    <message>
        <source>Press Enter or double-click a check-in to open its placement.</source>
        <translation>Tryck Enter eller dubbelklicka på en avstämning för att öppna dess placering.</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Månadens dagar</translation>
    </message>
    <message>
        <source>Choose a day to list its check-ins; Enter opens the day&apos;s only check-in.</source>
        <translation>Välj en dag för att se dess avstämningar; Enter öppnar dagens enda avstämning.</translation>
    </message>
    <message>
        <source>Check-ins of the chosen day</source>
        <translation>Den valda dagens avstämningar</translation>
    </message>
    <message>
        <source>No check-ins this month.</source>
        <translation>Inga avstämningar den här månaden.</translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation>Inga avstämningar den här veckan.</translation>
    </message>
    <message>
        <source>Check-ins are scheduled from a placement, under Placements.</source>
        <translation>Avstämningar bokas från en placering, under Placeringar.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Vecka %1, %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Inget planerat</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Vecka %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n avstämning</numerusform>
            <numerusform>%n avstämningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sample data written to {path} in {seconds:.1f} s: {participants} participants, {employers} employers, {placements} placements, {notes} notes, {check_ins} check-ins, {feedback} feedback answers.</source>
        <translation>Exempeldata skrevs till {path} på {seconds:.1f} s: {participants} deltagare, {employers} arbetsgivare, {placements} placeringar, {notes} anteckningar, {check_ins} avstämningar, {feedback} återkopplingar.</translation>
    </message>
    <message>
        <source>Healthy: the integrity check found no damage.</source>
        <translation>Frisk: integritetskontrollen hittade inga skador.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Schemarevision: {revision}</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fel: {message}</translation>
    </message>
    <message>
        <source>Written: {path} ({kilobytes} kB)</source>
        <translation>Skrivet: {path} ({kilobytes} kB)</translation>
    </message>
    <message>
        <source>{count} summaries written to {folder} in {seconds:.1f} s ({each:.0f} ms each).</source>
        <translation>{count} uppföljningar skrivna till {folder} på {seconds:.1f} s ({each:.0f} ms styck).</translation>
    </message>
    <message>
        <source>No placement is active today; nothing was written.</source>
        <translation>Ingen placering är aktiv i dag; inget skrevs.</translation>
    </message>
    <message>
        <source>Note: no consent to share the summary with the employer is recorded for placement {id}.</source>
        <translation>Obs: för placering {id} finns inget samtycke registrerat till att dela uppföljningen med arbetsgivaren.</translation>
    </message>
    <message>
        <source>Note: for {count} of the placements no consent to share the summary with the employer is recorded: {ids}.</source>
        <translation>Obs: för {count} av placeringarna finns inget samtycke registrerat till att dela uppföljningen med arbetsgivaren: {ids}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Det finns ingen databas på {path}.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Perioden får inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>The folder {path} could not be created.</source>
        <translation>Mappen {path} kunde inte skapas.</translation>
    </message>
    <message>
        <source>There is no participant number {id}.</source>
        <translation>Det finns ingen deltagare med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no placement number {id}.</source>
        <translation>Det finns ingen placering med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no employer number {id}.</source>
        <translation>Det finns ingen arbetsgivare med nummer {id}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>The employers of the participant&apos;s placements come first.</source>
        <translation>Arbetsgivarna för deltagarens placeringar visas först.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>For example how the consent was given: in writing or orally.</source>
        <translation>Till exempel hur samtycket lämnades: skriftligt eller muntligt.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>The supervisor guides the participant day to day.</source>
        <translation>Handledaren stöttar deltagaren i det dagliga arbetet.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The placement is not an employment and gives no right to one. If the employer wishes to employ the participant, the ambassador helps with the next steps.</source>
        <translation>Placeringen är ingen anställning och ger ingen rätt till anställning. Vill arbetsgivaren anställa deltagaren hjälper ambassadören till med nästa steg.</translation>
    </message>
    <message>
        <source>When the placement ends, the participant, the supervisor and the ambassador meet for a final follow-up talk, to look back on it together and plan the next step. The ambassador then writes a short summary of the placement, which the participant may read and, with the participant&apos;s consent, the employer too.</source>
        <translation>När placeringen avslutas träffas deltagaren, handledaren och ambassadören för ett avslutande uppföljningssamtal, för att tillsammans se tillbaka på placeringen och planera nästa steg. Ambassadören skriver sedan en kort sammanfattning av placeringen, som deltagaren får ta del av och, om deltagaren samtycker, även arbetsgivaren.</translation>
    </message>
    <message>
        <source>About three months after the end, the ambassador asks the participant how things are going. This agreement and the notes from the follow-up are kept and erased according to the municipality&apos;s rules for public records.</source>
        <translation>Ungefär tre månader efter slutet hör ambassadören av sig till deltagaren och frågar hur det går. Den här överenskommelsen och anteckningarna från uppföljningen sparas och gallras enligt kommunens regler för allmänna handlingar.</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>This agreement describes the placement of {participant} at {employer}: what it is for, what the participant will do, the support given and how it is followed up.</source>
        <translation>Den här överenskommelsen beskriver placeringen av {participant} hos {employer}: vad den syftar till, vad deltagaren ska göra, vilket stöd som ges och hur den följs upp.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Omfattning och tider</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>After the placement ends</source>
        <translation>När placeringen är slut</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>For the employer</source>
        <translation>För arbetsgivaren</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadör</translation>
    </message>
    <message>
        <source>Support and adaptations</source>
        <translation>Stöd och anpassningar</translation>
    </message>
    <message>
        <source>Adaptations for the participant</source>
        <translation>Anpassningar för deltagaren</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>The ambassador and the workplace agree on check-ins as needed.</source>
        <translation>Ambassadören och arbetsplatsen kommer överens om avstämningar efter behov.</translation>
    </message>
    <message>
        <source>The ambassador checks in with the participant and the supervisor every {days} days, at the workplace or by phone.</source>
        <translation>Ambassadören stämmer av med deltagaren och handledaren var {days}:e dag, på arbetsplatsen eller per telefon.</translation>
    </message>
    <message>
        <source>First planned check-ins</source>
        <translation>De första planerade avstämningarna</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contact the ambassador at any time: {contact}.</source>
        <translation>Kontakta gärna ambassadören när som helst: {contact}.</translation>
    </message>
    <message>
        <source>Follow-up summary for the employer</source>
        <translation>Uppföljning till arbetsgivaren</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistikrapport</translation>
    </message>
    <message>
        <source>The data is kept to plan and follow up your placement and to report on the unit&apos;s work. Ask the ambassador if something is wrong: it will be corrected.</source>
        <translation>Uppgifterna behandlas för att planera och följa upp din placering och för att redovisa enhetens arbete. Säg till ambassadören om något är fel, så rättas det.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitterad av</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Remissens referens</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov och anpassningar</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>I papperskorgen</translation>
    </message>
    <message>
        <source>This extract shows all data stored about you in Ambassador on {day}, internal notes, records in the trash and the documents printed about you included.</source>
        <translation>Det här utdraget visar alla uppgifter som finns sparade om dig i Ambassador den {day}, även interna anteckningar, uppgifter i papperskorgen och de dokument som skrivits ut om dig.</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Sedan {day}</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Inga samtycken registrerade.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>No placements.</source>
        <translation>Inga placeringar.</translation>
    </message>
    <message>
        <source>Placement number</source>
        <translation>Placering nr</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>{employer}, from {start}</source>
        <translation>{employer}, från {start}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Inga anteckningar.</translation>
    </message>
    <message>
        <source>shared with the employer</source>
        <translation>delas med arbetsgivaren</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>in the trash since {day}</source>
        <translation>i papperskorgen sedan {day}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>No feedback.</source>
        <translation>Ingen återkoppling.</translation>
    </message>
    <message>
        <source>Could consider hiring</source>
        <translation>Kan tänka sig att anställa</translation>
    </message>
    <message>
        <source>To develop</source>
        <translation>Att utveckla</translation>
    </message>
    <message>
        <source>Documents printed about you</source>
        <translation>Dokument som skrivits ut om dig</translation>
    </message>
    <message>
        <source>None before this extract.</source>
        <translation>Inga före detta utdrag.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Utskrivet {day}</translation>
    </message>
    <message>
        <source>Contains personal data: handle with care, do not pass on.</source>
        <translation>Innehåller personuppgifter – hanteras varsamt och lämnas inte vidare.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>Active: placements under way at some time in the period. Ended: placements that ended in it. A share shows what it rests on: 75 % (3/4) is three of four.</source>
        <translation>Aktiva: placeringar som pågick någon gång under perioden. Avslutade: placeringar som avslutades under perioden. En andel visar vad den bygger på: 75 % (3/4) är tre av fyra.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Startade placeringar</translation>
    </message>
    <message>
        <source>Placements active</source>
        <translation>Aktiva placeringar</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>Avslutade placeringar</translation>
    </message>
    <message>
        <source>Into work or education</source>
        <translation>Till arbete eller studier</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Avbrott</translation>
    </message>
    <message>
        <source>Employers who felt supported</source>
        <translation>Arbetsgivare som känt sig stöttade</translation>
    </message>
    <message>
        <source>Participants who felt supported</source>
        <translation>Deltagare som känt sig stöttade</translation>
    </message>
    <message>
        <source>Felt supported: a 4 or 5 of 5 in the latest answer of the period, one answer per placement.</source>
        <translation>Känt sig stöttade: 4 eller 5 av 5 i periodens senaste svar, ett svar per placering.</translation>
    </message>
    <message>
        <source>Outcomes of the placements that ended</source>
        <translation>Utfall för placeringar som avslutades</translation>
    </message>
    <message>
        <source>No placement ended in the period.</source>
        <translation>Ingen placering avslutades under perioden.</translation>
    </message>
    <message>
        <source>Reasons for ending early</source>
        <translation>Skäl till att placeringar avbröts</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Inget skäl angivet</translation>
    </message>
    <message>
        <source>No placement ended early.</source>
        <translation>Ingen placering avbröts i förtid.</translation>
    </message>
    <message>
        <source>By placement type</source>
        <translation>Per placeringstyp</translation>
    </message>
    <message>
        <source>By referral source</source>
        <translation>Per remittent</translation>
    </message>
    <message>
        <source>By employer sector</source>
        <translation>Per arbetsgivarens sektor</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Employers with placements</source>
        <translation>Arbetsgivare med placeringar</translation>
    </message>
    <message>
        <source>Of these, with more than one</source>
        <translation>Varav med fler än en</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Placements active in the period; of those that ended in it, how many went on to work or education.</source>
        <translation>Placeringar som var aktiva under perioden, och av dem som avslutades hur många som gick vidare till arbete eller studier.</translation>
    </message>
    <message>
        <source>No placement in the period.</source>
        <translation>Ingen placering under perioden.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Ended: into work or education</source>
        <translation>Avslutade: till arbete eller studier</translation>
    </message>
    <message>
        <source>Follow-up of placement</source>
        <translation>Uppföljning av placering</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>Uppföljningskontakter</translation>
    </message>
    <message>
        <source>No follow-up contact yet.</source>
        <translation>Ingen uppföljningskontakt ännu.</translation>
    </message>
    <message>
        <source>When and how we were in touch. What was said stays with the ambassador.</source>
        <translation>När och hur vi har haft kontakt. Vad som sades stannar hos ambassadören.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Notes shared with you</source>
        <translation>Anteckningar som delas med er</translation>
    </message>
    <message>
        <source>No notes are shared.</source>
        <translation>Inga anteckningar delas.</translation>
    </message>
    <message>
        <source>Your feedback over time</source>
        <translation>Er återkoppling över tid</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Ingen återkoppling registrerad ännu.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Ratings from 1 (low) to 5 (high).</source>
        <translation>Bedömningar från 1 (låg) till 5 (hög).</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nästa avstämning</translation>
    </message>
    <message>
        <source>No check-in is planned yet; the ambassador will be in touch.</source>
        <translation>Ingen avstämning är planerad ännu; ambassadören hör av sig.</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Er kontakt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>{start} – {end} (ended)</source>
        <translation>{start} – {end} (avslutad)</translation>
    </message>
    <message>
        <source>From {start}, no end date set</source>
        <translation>Från {start}, inget slutdatum satt</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} timmar i veckan</translation>
    </message>
    <message>
        <source>{percent} % of full time</source>
        <translation>{percent} % av heltid</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Ej angivet.</translation>
    </message>
    <message>
        <source>Agreed support and adaptations</source>
        <translation>Överenskommet stöd och anpassningar</translation>
    </message>
    <message>
        <source>follow-up-placement-{id}.pdf</source>
        <translation>uppfoljning-placering-{id}.pdf</translation>
    </message>
    <message>
        <source>agreement-placement-{id}.pdf</source>
        <translation>overenskommelse-placering-{id}.pdf</translation>
    </message>
    <message>
        <source>register-extract-participant-{id}.pdf</source>
        <translation>registerutdrag-deltagare-{id}.pdf</translation>
    </message>
    <message>
        <source>statistics-{start}-{end}.pdf</source>
        <translation>statistik-{start}-{end}.pdf</translation>
    </message>
</context>
<context>
    <name>EmployerDetailPane</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Average feedback from the employer</source>
        <translation>Genomsnittlig återkoppling från arbetsgivaren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Contacts and supervisors</source>
        <translation>Kontaktpersoner och handledare</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontaktperson</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om arbetsgivaren</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 av %2 platser upptagna</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Datum för överenskommelse</translation>
    </message>
    <message>
        <source>Tasks on offer</source>
        <translation>Arbetsuppgifter som kan erbjudas</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Platser samtidigt</translation>
    </message>
    <message>
        <source>Placements in all</source>
        <translation>Placeringar totalt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ingen registrerad</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Ingen återkoppling registrerad ännu.</translation>
    </message>
    <message>
        <source>Delete employer</source>
        <translation>Ta bort arbetsgivare</translation>
    </message>
    <message>
        <source>Delete %1? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Ta bort %1? Arbetsgivaren ligger kvar i papperskorgen i 30 dagar och kan återställas därifrån.</translation>
    </message>
    <message>
        <source>The employer was not deleted</source>
        <translation>Arbetsgivaren togs inte bort</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Redigera arbetsgivare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>May be left empty, for example for a unit without its own number.</source>
        <translation>Kan lämnas tomt, till exempel för en enhet utan eget nummer.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Agreement and places</source>
        <translation>Överenskommelse och platser</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Datum för överenskommelse</translation>
    </message>
    <message>
        <source>Tasks offered</source>
        <translation>Arbetsuppgifter som erbjuds</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Platser samtidigt</translation>
    </message>
    <message>
        <source>How many placements the employer can take at the same time.</source>
        <translation>Hur många placeringar arbetsgivaren kan ta emot samtidigt.</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Search name, industry or organisation number</source>
        <translation>Sök namn, bransch eller organisationsnummer</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <source>No employers yet. Register the first workplace here or with Ctrl+N.</source>
        <translation>Inga arbetsgivare ännu. Registrera den första arbetsplatsen här eller med Ctrl+N.</translation>
    </message>
    <message>
        <source>No employers match. Clear the search and filters, or register one with New employer.</source>
        <translation>Inga arbetsgivare matchar. Töm sökningen och filtren, eller registrera en med Ny arbetsgivare.</translation>
    </message>
    <message>
        <source>Choose an employer to see contacts, placements and feedback.</source>
        <translation>Välj en arbetsgivare för att se kontaktpersoner, placeringar och återkoppling.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alla sektorer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Any agreement</source>
        <translation>Alla överenskommelser</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>With or without placements</source>
        <translation>Med eller utan placeringar</translation>
    </message>
    <message>
        <source>With active placements</source>
        <translation>Med pågående placeringar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n arbetsgivare</numerusform>
            <numerusform>%n arbetsgivare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <source>End placement</source>
        <translation>Avsluta placering</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Välj utfall</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>What the participant goes on to; it counts in the statistics.</source>
        <translation>Vad deltagaren går vidare till; det räknas i statistiken.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Välj en orsak</translation>
    </message>
    <message>
        <source>Reason for ending early</source>
        <translation>Orsak till avbrott</translation>
    </message>
    <message>
        <source>Needed only when the placement ended early; the reasons are reported in the statistics of early endings.</source>
        <translation>Behövs bara när placeringen avbröts i förtid; orsakerna redovisas i statistiken över avbrott.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Registrera återkoppling</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Svarande</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Who at the employer answered.</source>
        <translation>Vem hos arbetsgivaren som svarade.</translation>
    </message>
    <message>
        <source>Ratings from 1 (poor) to 5 (very good)</source>
        <translation>Betyg från 1 (dåligt) till 5 (mycket bra)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Could consider hiring</source>
        <translation>Kan tänka sig att anställa</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Utvecklingsområden</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
</context>
<context>
    <name>KeyFiguresView</name>
    <message>
        <source>Key figures %1</source>
        <translation>Nyckeltal %1</translation>
    </message>
    <message>
        <source>Key figures %1 – %2</source>
        <translation>Nyckeltal %1 – %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Other or undisclosed</source>
        <translation>Annat eller ej uppgett</translation>
    </message>
    <message>
        <source>Active during the year</source>
        <translation>Aktiva under året</translation>
    </message>
    <message>
        <source>Active during the period</source>
        <translation>Aktiva under perioden</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Into work or education</source>
        <translation>Till arbete eller studier</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Avbrott</translation>
    </message>
    <message>
        <source>Employers who felt supported</source>
        <translation>Arbetsgivare som känt sig stöttade</translation>
    </message>
    <message>
        <source>Participants who felt supported</source>
        <translation>Deltagare som känt sig stöttade</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Vill ej uppge</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statlig</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Idéburen</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Ingen överenskommelse</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Partnerskapsavtal</translation>
    </message>
    <message>
        <source>One-off agreement</source>
        <translation>Enstaka överenskommelse</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Överenskommelsen avslutad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Annan kontakt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <source>Subsidised employment</source>
        <translation>Anställning med stöd</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Annan insats</translation>
    </message>
    <message>
        <source>No occupation</source>
        <translation>Ingen sysselsättning</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Avbrott</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Deltagaren</translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation>Handledaren</translation>
    </message>
    <message>
        <source>Participant and supervisor</source>
        <translation>Deltagaren och handledaren</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>En myndighet</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Share needs and adaptations with the employer</source>
        <translation>Dela behov och anpassningar med arbetsgivaren</translation>
    </message>
    <message>
        <source>Contact the referring authority</source>
        <translation>Kontakta den remitterande aktören</translation>
    </message>
    <message>
        <source>Share the follow-up summary with the employer</source>
        <translation>Dela uppföljningssammanfattningen med arbetsgivaren</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Work performance</source>
        <translation>Arbetsprestation</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Samarbete</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Felt supported by the ambassador</source>
        <translation>Kände stöd från ambassadören</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>Lägg till en post i %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Rename the chosen entry</source>
        <translation>Byt namn på den valda posten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen entry</source>
        <translation>Ta bort den valda posten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the chosen entry up</source>
        <translation>Flytta den valda posten uppåt</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the chosen entry down</source>
        <translation>Flytta den valda posten nedåt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ambassador – %1</source>
        <translation>Ambassador – %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Give how many placements at once, 0 to 500.</source>
        <translation>Ange hur många placeringar samtidigt, 0 till 500.</translation>
    </message>
    <message>
        <source>Give the time spent as 0 to 1440 minutes.</source>
        <translation>Ange tidsåtgången som 0 till 1440 minuter.</translation>
    </message>
    <message>
        <source>A note records what happened; it cannot be later than now.</source>
        <translation>En anteckning beskriver det som har hänt; den kan inte vara senare än nu.</translation>
    </message>
    <message>
        <source>Give at least one rating or a comment.</source>
        <translation>Ange minst ett betyg eller en kommentar.</translation>
    </message>
    <message>
        <source>Write the personal identity number.</source>
        <translation>Skriv personnumret.</translation>
    </message>
    <message>
        <source>Write the personal identity number as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation>Skriv personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number for a typo.</source>
        <translation>Kontrollsiffran stämmer inte; kontrollera numret så att inget är felskrivet.</translation>
    </message>
    <message>
        <source>The number does not begin with a real date of birth.</source>
        <translation>Numret börjar inte med ett giltigt födelsedatum.</translation>
    </message>
    <message>
        <source>The date of birth in the number is in the future.</source>
        <translation>Födelsedatumet i numret ligger i framtiden.</translation>
    </message>
    <message>
        <source>Write the organisation number.</source>
        <translation>Skriv organisationsnumret.</translation>
    </message>
    <message>
        <source>Write the organisation number as NNNNNN-NNNN (ten digits).</source>
        <translation>Skriv organisationsnumret som NNNNNN-NNNN (tio siffror).</translation>
    </message>
    <message>
        <source>The organisation number&apos;s check digit does not match; check it for a typo.</source>
        <translation>Organisationsnumrets kontrollsiffra stämmer inte; kontrollera att inget är felskrivet.</translation>
    </message>
    <message>
        <source>This looks like a personal identity number, not an organisation number (the third digit of an organisation number is 2 or higher). A sole trader&apos;s personal identity number is not accepted here.</source>
        <translation>Det här ser ut som ett personnummer, inte ett organisationsnummer (ett organisationsnummers tredje siffra är 2 eller högre). En enskild firmas personnummer tas inte emot här.</translation>
    </message>
    <message>
        <source>Give a follow-up interval of 1 to 365 days.</source>
        <translation>Ange ett uppföljningsintervall på 1 till 365 dagar.</translation>
    </message>
    <message>
        <source>An early ending needs a reason.</source>
        <translation>Ett avbrott behöver en orsak.</translation>
    </message>
    <message>
        <source>A placement cannot end after today.</source>
        <translation>En placering kan inte avslutas senare än i dag.</translation>
    </message>
    <message>
        <source>This placement has already ended.</source>
        <translation>Placeringen är redan avslutad.</translation>
    </message>
    <message>
        <source>Give a number of days from 1 to 365.</source>
        <translation>Ange ett antal dagar från 1 till 365.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Logotypen måste vara en PNG-bild.</translation>
    </message>
    <message>
        <source>The logo may be at most 1 MB.</source>
        <translation>Logotypen får vara högst 1 MB.</translation>
    </message>
    <message>
        <source>Choose Swedish or English.</source>
        <translation>Välj svenska eller engelska.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <source>At most {limit} characters (now {length}).</source>
        <translation>Högst {limit} tecken (nu {length}).</translation>
    </message>
    <message>
        <source>A name may hold letters, spaces, hyphens and apostrophes, not digits or symbols.</source>
        <translation>Ett namn kan innehålla bokstäver, mellanslag, bindestreck och apostrofer, men inte siffror eller andra tecken.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatumet kan inte ligga före startdatumet.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>Ett betyg är ett heltal från 1 till 5.</translation>
    </message>
    <message>
        <source>Give a share between 1 and 100 per cent.</source>
        <translation>Ange en andel mellan 1 och 100 procent.</translation>
    </message>
    <message>
        <source>Give between 1 and 60 hours a week.</source>
        <translation>Ange mellan 1 och 60 timmar i veckan.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.se.</source>
        <translation>En e-postadress ser ut som namn@exempel.se.</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, +, - and parentheses.</source>
        <translation>Ett telefonnummer innehåller siffror, mellanslag, +, - och parenteser.</translation>
    </message>
    <message>
        <source>The employer has placements. Delete or move them first; their history must stay whole.</source>
        <translation>Arbetsgivaren har placeringar. Ta bort eller flytta dem först; deras historik ska vara hel.</translation>
    </message>
    <message>
        <source>Another employer is already registered with this organisation number.</source>
        <translation>En annan arbetsgivare är redan registrerad med det här organisationsnumret.</translation>
    </message>
    <message>
        <source>Choose a kind of contact from the list.</source>
        <translation>Välj en kontakttyp i listan.</translation>
    </message>
    <message>
        <source>The note&apos;s participant is not the participant of the placement.</source>
        <translation>Anteckningens deltagare är inte placeringens deltagare.</translation>
    </message>
    <message>
        <source>Only a planned check-in can be marked done, missed or cancelled.</source>
        <translation>Bara en planerad avstämning kan markeras som genomförd, uteblen eller inställd.</translation>
    </message>
    <message>
        <source>The placement has ended; nothing more is planned.</source>
        <translation>Placeringen är avslutad; inget mer planeras.</translation>
    </message>
    <message>
        <source>The respondent must be a contact at the placement&apos;s employer.</source>
        <translation>Den som svarar måste vara kontaktperson hos placeringens arbetsgivare.</translation>
    </message>
    <message>
        <source>Another participant is already registered with this personal identity number.</source>
        <translation>En annan deltagare är redan registrerad med det här personnumret.</translation>
    </message>
    <message>
        <source>Choose the employer the consent concerns.</source>
        <translation>Välj vilken arbetsgivare samtycket gäller.</translation>
    </message>
    <message>
        <source>Choose a placement type from the list.</source>
        <translation>Välj en placeringstyp i listan.</translation>
    </message>
    <message>
        <source>The supervisor must be a contact at the chosen employer.</source>
        <translation>Handledaren måste vara kontaktperson hos den valda arbetsgivaren.</translation>
    </message>
    <message>
        <source>The participant has another placement in the same period.</source>
        <translation>Deltagaren har en annan placering under samma period.</translation>
    </message>
    <message>
        <source>Choose an ending reason from the list.</source>
        <translation>Välj en avslutsorsak i listan.</translation>
    </message>
    <message>
        <source>A list needs at least one entry.</source>
        <translation>En lista behöver minst en rad.</translation>
    </message>
    <message>
        <source>Each entry may appear only once.</source>
        <translation>Varje rad får bara förekomma en gång.</translation>
    </message>
    <message>
        <source>An entry may hold at most 200 characters.</source>
        <translation>En rad får innehålla högst 200 tecken.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>Disken är full; inget sparades.</translation>
    </message>
    <message>
        <source>The database is busy in another program; nothing was saved.</source>
        <translation>Databasen används av ett annat program; inget sparades.</translation>
    </message>
    <message>
        <source>The database could not be written; nothing was saved.</source>
        <translation>Det gick inte att skriva till databasen; inget sparades.</translation>
    </message>
    <message>
        <source>This file is not an Ambassador database</source>
        <translation>Filen är inte en Ambassador-databas</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program</source>
        <translation>SQLite-filen hör till ett annat program</translation>
    </message>
    <message>
        <source>This Ambassador database is damaged</source>
        <translation>Ambassador-databasen är skadad</translation>
    </message>
    <message>
        <source>There is no such file</source>
        <translation>Filen finns inte</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Ambassador</source>
        <translation>Databasen är skapad av en nyare version av Ambassador</translation>
    </message>
    <message>
        <source>The database already holds data; sample data goes into an empty file.</source>
        <translation>Databasen innehåller redan data; exempeldata skrivs bara till en tom fil.</translation>
    </message>
    <message>
        <source>The record is no longer there; it may have been deleted. Close and look again.</source>
        <translation>Uppgiften finns inte längre; den kan ha tagits bort. Stäng och titta igen.</translation>
    </message>
    <message>
        <source>A check-in is planned ahead; choose a time later than now.</source>
        <translation>En avstämning bokas framåt i tiden; välj en tid som är senare än nu.</translation>
    </message>
    <message>
        <source>A repeating check-in must start on or before the placement&apos;s planned end.</source>
        <translation>En återkommande avstämning måste börja senast på placeringens planerade slutdatum.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 20.</source>
        <translation>Skriv ett heltal, till exempel 20.</translation>
    </message>
    <message>
        <source>Write a number, for example 20 or 37,5.</source>
        <translation>Skriv ett tal, till exempel 20 eller 37,5.</translation>
    </message>
    <message>
        <source>Choose a participant from the list.</source>
        <translation>Välj en deltagare i listan.</translation>
    </message>
    <message>
        <source>Choose an employer from the list.</source>
        <translation>Välj en arbetsgivare i listan.</translation>
    </message>
    <message>
        <source>Choose how the placement ended.</source>
        <translation>Välj hur placeringen avslutades.</translation>
    </message>
    <message>
        <source>The document could not be written to this file; check the folder and try again.</source>
        <translation>Dokumentet kunde inte skrivas till filen; kontrollera mappen och försök igen.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Record check-in</source>
        <translation>Registrera avstämning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med vem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>Tidsåtgång (minuter)</translation>
    </message>
    <message>
        <source>May be shared with the employer</source>
        <translation>Får delas med arbetsgivaren</translation>
    </message>
    <message>
        <source>Internal notes never reach the employer&apos;s documents; only notes marked here are printed in the summary for the employer.</source>
        <translation>Interna anteckningar kommer aldrig med i arbetsgivarens dokument; bara anteckningar som markeras här skrivs ut i sammanställningen till arbetsgivaren.</translation>
    </message>
    <message>
        <source>Risk of drop-out</source>
        <translation>Risk för avbrott</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Check-ins today</source>
        <translation>Avstämningar i dag</translation>
    </message>
    <message>
        <source>No check-ins planned for today. Schedule one from a placement.</source>
        <translation>Inga avstämningar planerade i dag. Boka en från en placering.</translation>
    </message>
    <message>
        <source>Check-ins in the next seven days</source>
        <translation>Avstämningar de kommande sju dagarna</translation>
    </message>
    <message>
        <source>Nothing planned for the coming seven days.</source>
        <translation>Inget planerat de kommande sju dagarna.</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Försenade avstämningar</translation>
    </message>
    <message>
        <source>No overdue check-ins. Every planned contact has been recorded.</source>
        <translation>Inga försenade avstämningar. Alla planerade kontakter är registrerade.</translation>
    </message>
    <message>
        <source>Silent placements</source>
        <translation>Tysta placeringar</translation>
    </message>
    <message>
        <source>No silent placements: every active placement has had contact recently.</source>
        <translation>Inga tysta placeringar: alla aktiva placeringar har haft kontakt nyligen.</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n days</source>
        <translation>
            <numerusform>Slutar inom %n dag</numerusform>
            <numerusform>Slutar inom %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement ends within the next two weeks.</source>
        <translation>Ingen placering slutar inom de närmaste två veckorna.</translation>
    </message>
    <message>
        <source>Feedback not yet collected</source>
        <translation>Återkoppling som saknas</translation>
    </message>
    <message>
        <source>Feedback has been collected for every placement that needs it.</source>
        <translation>Återkoppling är insamlad för alla placeringar som behöver det.</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>I dag är det %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>Försenad i dag</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Försenad %n dag</numerusform>
            <numerusform>Försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>None since start</source>
        <translation>Ingen sedan start</translation>
    </message>
    <message numerus="yes">
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>Tyst i %n dag</numerusform>
            <numerusform>Tyst i %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Senaste återkoppling</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Click a row or press Enter to open its placement.</source>
        <translation>Klicka på en rad eller tryck Retur för att öppna placeringen.</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <source>Show personal identity number</source>
        <translation>Visa personnumret</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Skriv anteckning</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Register e&amp;xtract</source>
        <translation>Register&amp;utdrag</translation>
    </message>
    <message>
        <source>Sensitive: needs and adaptations</source>
        <translation>Känsligt: behov och anpassningar</translation>
    </message>
    <message>
        <source>Shown only here. Printed for an employer only where the participant has consented to share it with that employer.</source>
        <translation>Visas bara här. Skrivs ut för en arbetsgivare bara om deltagaren har samtyckt till att det delas med just den arbetsgivaren.</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Participant no.</source>
        <translation>Deltagare nr</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Remitterande aktör</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Remissens referens</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov och anpassningar</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Notes, check-ins and feedback of every placement gather here.</source>
        <translation>Inget registrerat ännu. Anteckningar, avstämningar och återkoppling från alla placeringar samlas här.</translation>
    </message>
    <message>
        <source>No personal identity number recorded</source>
        <translation>Inget personnummer registrerat</translation>
    </message>
    <message>
        <source>Hide personal identity number</source>
        <translation>Dölj personnumret</translation>
    </message>
    <message>
        <source>The consent was not withdrawn</source>
        <translation>Samtycket återkallades inte</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>The register extract shows everything stored about %1: internal notes, needs and the full personal identity number included. Give it to %1 only. Print it?</source>
        <translation>Registerutdraget visar allt som finns lagrat om %1, även interna anteckningar, behov och hela personnumret. Lämna det bara till %1. Skriva ut det?</translation>
    </message>
    <message>
        <source>Print extract</source>
        <translation>Skriv ut utdraget</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Delete %1 with their placements and notes? Everything stays in the trash for 30 days and can be restored from there.</source>
        <translation>Ta bort %1 med placeringar och anteckningar? Allt ligger kvar i papperskorgen i 30 dagar och kan återställas därifrån.</translation>
    </message>
    <message>
        <source>The participant was not deleted</source>
        <translation>Deltagaren togs inte bort</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Redigera deltagare</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Used only for equality statistics.</source>
        <translation>Används bara för jämställdhetsstatistik.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Remitterande aktör</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Remissens referens</translation>
    </message>
    <message>
        <source>The referring authority&apos;s case or reference number, if any.</source>
        <translation>Den remitterande aktörens ärende- eller referensnummer, om det finns.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Känsliga uppgifter</translation>
    </message>
    <message>
        <source>Shown only here. Never printed or given to an employer unless the participant has consented to sharing it with that employer.</source>
        <translation>Visas bara här. Skrivs aldrig ut och lämnas aldrig till en arbetsgivare om inte deltagaren har samtyckt till att det delas med just den arbetsgivaren.</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov och anpassningar</translation>
    </message>
    <message>
        <source>Strengths and goals</source>
        <translation>Styrkor och mål</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show personal identity number</source>
        <translation>Visa personnumret</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer; may be left empty.</source>
        <translation>Personnummer eller samordningsnummer; kan lämnas tomt.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Hide personal identity number</source>
        <translation>Dölj personnumret</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Search name or personal identity number</source>
        <translation>Sök namn eller personnummer</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>No participants yet. Register the first one here or with Ctrl+N.</source>
        <translation>Inga deltagare ännu. Registrera den första här eller med Ctrl+N.</translation>
    </message>
    <message>
        <source>No participants match. Clear the search and filters, or register someone with New participant.</source>
        <translation>Inga deltagare matchar. Töm sökningen och filtren, eller registrera någon med Ny deltagare.</translation>
    </message>
    <message>
        <source>Choose a participant to see their profile, placements and timeline.</source>
        <translation>Välj en deltagare för att se profil, placeringar och tidslinje.</translation>
    </message>
    <message>
        <source>Placement status</source>
        <translation>Placeringens status</translation>
    </message>
    <message>
        <source>Any placement status</source>
        <translation>Alla placeringsstatusar</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Remitterande aktör</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alla deltagare</translation>
    </message>
    <message>
        <source>Placement ending within 14 days</source>
        <translation>Placering som slutar inom 14 dagar</translation>
    </message>
    <message>
        <source>Silent placement</source>
        <translation>Tyst placering</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Försenade avstämningar</translation>
    </message>
    <message>
        <source>All referral sources</source>
        <translation>Alla remitterande aktörer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDetailPane</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Skriv &amp;anteckning</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Skift+N</translation>
    </message>
    <message>
        <source>&amp;Schedule check-in</source>
        <translation>&amp;Boka avstämning</translation>
    </message>
    <message>
        <source>Record &amp;feedback</source>
        <translation>Registrera åter&amp;koppling</translation>
    </message>
    <message>
        <source>&amp;End placement</source>
        <translation>Av&amp;sluta placering</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Redigera plan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;Print summary</source>
        <translation>Skriv &amp;ut uppföljning</translation>
    </message>
    <message>
        <source>Print a&amp;greement</source>
        <translation>Skriv ut över&amp;enskommelse</translation>
    </message>
    <message>
        <source>Record check-in</source>
        <translation>Registrera avstämning</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>ended %1: %2</source>
        <translation>avslutad %1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add a note after each contact, or schedule a check-in.</source>
        <translation>Inget registrerat ännu. Skriv en anteckning efter varje kontakt, eller boka en avstämning.</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timmar i veckan</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Varje dag</numerusform>
            <numerusform>Var %n:e dag</numerusform>
        </translation>
    </message>
    <message>
        <source>No planned check-ins</source>
        <translation>Inga planerade avstämningar</translation>
    </message>
    <message>
        <source>Placement no.</source>
        <translation>Placering nr</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Agreed support and adaptations</source>
        <translation>Överenskommet stöd och anpassningar</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Ending reason</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <source>The check-in was not changed</source>
        <translation>Avstämningen ändrades inte</translation>
    </message>
    <message>
        <source>Delete the note of %1? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Ta bort anteckningen från %1? Den ligger kvar i papperskorgen i 30 dagar och kan återställas därifrån.</translation>
    </message>
    <message>
        <source>The note was not deleted</source>
        <translation>Anteckningen togs inte bort</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Skriv ut uppföljning</translation>
    </message>
    <message>
        <source>No consent is recorded from %1 to share the follow-up summary with %2. Record the consent on the participant before the summary goes to the employer. Print it anyway?</source>
        <translation>Det finns inget samtycke registrerat från %1 till att dela uppföljningen med %2. Registrera samtycket på deltagaren innan uppföljningen lämnas till arbetsgivaren. Skriva ut ändå?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Skriv ut ändå</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Ta bort placering</translation>
    </message>
    <message>
        <source>Delete the placement of %1 at %2? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Ta bort placeringen för %1 på %2? Den ligger kvar i papperskorgen i 30 dagar och kan återställas därifrån.</translation>
    </message>
    <message>
        <source>The placement was not deleted</source>
        <translation>Placeringen togs inte bort</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Ändra placering</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Skriv en del av namnet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>The workplace within the employer, for example a department.</source>
        <translation>Arbetsplatsen hos arbetsgivaren, till exempel en avdelning.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>A contact at the employer; add contacts on the employer.</source>
        <translation>En kontaktperson hos arbetsgivaren; lägg till kontaktpersoner under arbetsgivaren.</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>Period and extent</source>
        <translation>Period och omfattning</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <source>May be left empty while the end is not decided.</source>
        <translation>Kan lämnas tomt så länge slutet inte är bestämt.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Extent (%)</source>
        <translation>Omfattning (%)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Agreed support and adaptations</source>
        <translation>Överenskommet stöd och anpassningar</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>For example a supervisor allowance or a wage subsidy.</source>
        <translation>Till exempel handledarersättning eller lönebidrag.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Days between check-ins</source>
        <translation>Dagar mellan avstämningar</translation>
    </message>
    <message>
        <source>No planned check-ins</source>
        <translation>Inga planerade avstämningar</translation>
    </message>
    <message numerus="yes">
        <source>A check-in every %n day(s) after the start, up to the planned end.</source>
        <translation>
            <numerusform>En avstämning varje dag efter start, fram till det planerade slutdatumet.</numerusform>
            <numerusform>En avstämning var %n:e dag efter start, fram till det planerade slutdatumet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins are planned; schedule them one at a time.</source>
        <translation>Inga avstämningar planeras; boka dem en i taget.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>Placement saved</source>
        <translation>Placeringen sparades</translation>
    </message>
</context>
<context>
    <name>PlacementsScreen</name>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Search participant or employer</source>
        <translation>Sök deltagare eller arbetsgivare</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <source>No placements yet. Register one once its participant and employer are registered.</source>
        <translation>Inga placeringar ännu. Registrera en när deltagaren och arbetsgivaren finns registrerade.</translation>
    </message>
    <message>
        <source>No placements match. Clear the search and filters, or register a placement with New placement.</source>
        <translation>Inga placeringar matchar. Töm sökningen och filtren, eller registrera en placering med Ny placering.</translation>
    </message>
    <message>
        <source>Choose a placement to see its plan and timeline.</source>
        <translation>Välj en placering för att se planen och tidslinjen.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alla sektorer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Alla placeringar</translation>
    </message>
    <message>
        <source>Ending within 14 days</source>
        <translation>Slutar inom 14 dagar</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Tysta placeringar</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Försenade avstämningar</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Alla arbetsgivare</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nästa avstämning</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placering</numerusform>
            <numerusform>%n placeringar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Förra kvartalet</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Print report</source>
        <translation>&amp;Skriv ut rapport</translation>
    </message>
    <message>
        <source>The printed report (PDF) has these figures split by gender, placement type, referral source and employer sector, with charts.</source>
        <translation>Den utskrivna rapporten (PDF) har de här siffrorna uppdelade på kön, placeringstyp, remittent och arbetsgivarens sektor, med diagram.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Ingen orsak angiven</translation>
    </message>
    <message>
        <source>Reasons for ending early: %1</source>
        <translation>Orsaker till avbrott: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCheckInDialog</name>
    <message>
        <source>Schedule check-in</source>
        <translation>Boka avstämning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The placement has no planned end: check-ins are created for half a year ahead.</source>
        <translation>Placeringen har inget planerat slutdatum: avstämningar skapas ett halvår framåt.</translation>
    </message>
    <message>
        <source>Check-ins are created up to the planned end, %1.</source>
        <translation>Avstämningar skapas fram till det planerade slutdatumet, %1.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Var (antal dagar)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation>Sök överallt</translation>
    </message>
    <message>
        <source>Search participants, employers and notes</source>
        <translation>Sök deltagare, arbetsgivare och anteckningar</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Söktext</translation>
    </message>
    <message>
        <source>Arrow keys choose a result; Enter opens it; Esc closes.</source>
        <translation>Piltangenterna väljer en träff; Enter öppnar den; Esc stänger.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökträffar</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Inga träffar för ”%1”.</translation>
    </message>
    <message>
        <source>Type part of a name, or a word from a note.</source>
        <translation>Skriv en del av ett namn eller ett ord ur en anteckning.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the settings and lists (Ctrl+S)</source>
        <translation>Spara inställningarna och listorna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>Organisationens &amp;namn:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Välj &amp;logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotyp</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Check-in interval (days):</source>
        <translation>&amp;Uppföljningsintervall (dagar):</translation>
    </message>
    <message>
        <source>&amp;Silent after (days):</source>
        <translation>T&amp;yst efter (dagar):</translation>
    </message>
    <message>
        <source>How often a new placement is followed up, unless it says otherwise.</source>
        <translation>Hur ofta en ny placering följs upp, om inget annat anges för den.</translation>
    </message>
    <message>
        <source>An active placement with no contact for this many days is shown as silent.</source>
        <translation>En aktiv placering utan kontakt under så många dagar visas som tyst.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listor</translation>
    </message>
    <message>
        <source>Placement types</source>
        <translation>Placeringstyper</translation>
    </message>
    <message>
        <source>Note kinds</source>
        <translation>Anteckningstyper</translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation>Remitterande aktörer</translation>
    </message>
    <message>
        <source>Ending reasons</source>
        <translation>Avslutsorsaker</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct what is marked.</source>
        <translation>Inget sparades. Rätta det som är markerat.</translation>
    </message>
    <message>
        <source>The file could not be read as an image.</source>
        <translation>Filen kunde inte läsas som en bild.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation>Den valda posten i sin helhet</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>Välj en post för att läsa den i sin helhet.</translation>
    </message>
    <message numerus="yes">
        <source>%n later planned check-in(s) not shown.</source>
        <translation>
            <numerusform>%n senare planerad avstämning visas inte.</numerusform>
            <numerusform>%n senare planerade avstämningar visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Avstämning: %1</translation>
    </message>
    <message>
        <source>Feedback from the employer</source>
        <translation>Återkoppling från arbetsgivaren</translation>
    </message>
    <message>
        <source>Feedback from the participant</source>
        <translation>Återkoppling från deltagaren</translation>
    </message>
    <message>
        <source>Placement ended: %1</source>
        <translation>Placeringen avslutades: %1</translation>
    </message>
    <message>
        <source>Placement started: %1</source>
        <translation>Placeringen började: %1</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Delas</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Risk of drop-out</source>
        <translation>Risk för avbrott</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Could consider hiring: yes</source>
        <translation>Kan tänka sig att anställa: ja</translation>
    </message>
    <message>
        <source>Could consider hiring: no</source>
        <translation>Kan tänka sig att anställa: nej</translation>
    </message>
    <message>
        <source>Strengths: %1</source>
        <translation>Styrkor: %1</translation>
    </message>
    <message>
        <source>To develop: %1</source>
        <translation>Att utveckla: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
</context>
<context>
    <name>TrashScreen</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Deleted records stay here for 30 days and can be restored. After that they are removed for good.</source>
        <translation>Borttagna poster ligger kvar här i 30 dagar och kan återställas. Därefter tas de bort för gott.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted participants, employers, placements and notes stay here for 30 days.</source>
        <translation>Papperskorgen är tom. Borttagna deltagare, arbetsgivare, placeringar och anteckningar ligger kvar här i 30 dagar.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Removed for good on</source>
        <translation>Tas bort för gott</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Borttagna poster</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Bring the chosen record back (Enter)</source>
        <translation>Ta tillbaka den valda posten (Retur)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The record was not restored</source>
        <translation>Posten återställdes inte</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Återställd: %1.</translation>
    </message>
</context>
</TS>
