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
        <source>Here you will find every participant in a sortable, filterable list with their profile, consents, needs and adaptations, placements and one timeline of everything about the person. It comes in the next version.</source>
        <translation>Här hittar du alla deltagare i en lista som går att sortera och filtrera, med profil, samtycken, behov och anpassningar, placeringar och en tidslinje över allt som rör personen. Den kommer i nästa version.</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Here you will find employers with their contacts and supervisors, agreements, tasks on offer, capacity, placements and average feedback. It comes in the next version.</source>
        <translation>Här hittar du arbetsgivare med kontaktpersoner och handledare, överenskommelser, arbetsuppgifter de kan erbjuda, antal platser, placeringar och genomsnittlig återkoppling. Den kommer i nästa version.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Here you will follow each placement: its plan, the timeline of notes, check-ins and feedback, and the actions to add a note, schedule a check-in, record feedback and end the placement. It comes in the next version.</source>
        <translation>Här följer du varje placering: planen, tidslinjen med anteckningar, avstämningar och återkoppling, och åtgärderna för att skriva en anteckning, boka en avstämning, registrera återkoppling och avsluta placeringen. Den kommer i nästa version.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Here you will see the check-ins of a week and of a month, with week numbers and overdue ones marked. It comes in the next version.</source>
        <translation>Här ser du veckans och månadens avstämningar, med veckonummer och försenade avstämningar markerade. Den kommer i nästa version.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Here you will see statistics for a period and print them. Until then the Overview shows this year&apos;s key figures.</source>
        <translation>Här ser du statistik för en period och kan skriva ut den. Till dess visar Översikten årets nyckeltal.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Here you will set the organisation, your contact details, the editable lists, the follow-up cadence, the silence threshold and the language. It comes in the next version.</source>
        <translation>Här ställer du in organisation, dina kontaktuppgifter, de redigerbara listorna, uppföljningsintervall, gräns för tysta placeringar och språk. Den kommer i nästa version.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
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
        <source>Active during the year</source>
        <translation>Aktiva under året</translation>
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
    <message>
        <source>Key figures %1</source>
        <translation>Nyckeltal %1</translation>
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
</TS>
