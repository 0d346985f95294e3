<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ambassador</source>
        <translation>Om Ambassador</translation>
    </message>
    <message>
        <source>Ambassador %1</source>
        <translation>Ambassador %1</translation>
    </message>
    <message>
        <source>Follow-up of work trials, internships and subsidised jobs for a labour-market coordinator. Everything stays on this computer.</source>
        <translation>Opfølgning på arbejdsprøvninger, praktikker og job med løntilskud for en koordinator på arbejdsmarkedsområdet. Alt bliver på denne computer.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Komponenter og licenser</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Qt for Python is used under the GNU Lesser General Public License 3.0 and can be replaced by another build of the same version. The fonts&apos; licence texts are in %1.</source>
        <translation>Qt for Python bruges under GNU Lesser General Public License 3.0 og kan udskiftes med en anden build af samme version. Skrifttypernes licenstekster ligger i %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>sample data</source>
        <translation>eksempeldata</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage:</source>
        <translation>brug:</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælpetekst og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: fejl: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan passe med %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede én værdi</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>forventede højst én værdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>forventede mindst én værdi</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>forventede %s værdi</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>forventede %s værdier</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>værdien %r blev ikke brugt</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig værdi af typen %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>kan ikke kombineres med argumentet %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s er påkrævet</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter er påkrævet: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukendt kommando %(parser_name)r (vælg mellem: %(choices)s)</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>uventet tilvalg: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan ikke åbne &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>participant</source>
        <translation>deltager</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>forløb</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>virksomhed</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>What left the program or changed for good: prints, exports, extracts, backups, restores, purges, erasures, failed unlocks and changed settings. Records appear by number only, never by name. Newest first.</source>
        <translation>Det, der har forladt programmet eller er ændret permanent: udskrifter, eksporter, registerudtræk, sikkerhedskopier, gendannelser, sletninger, sletninger efter anmodning, mislykkede oplåsninger og ændrede indstillinger. Poster vises kun med nummer, aldrig med navn. Nyeste først.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Der er ikke logget noget endnu.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Taken by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>Ved lukning</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <source>Before a purge</source>
        <translation>Før en sletning</translation>
    </message>
    <message>
        <source>Before encryption</source>
        <translation>Før kryptering</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Seneste sikkerhedskopi</translation>
    </message>
    <message>
        <source>When backups are taken</source>
        <translation>Hvornår der tages sikkerhedskopier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Seneste sikkerhedskopi:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>There are no backups yet. Back up now to take the first one.</source>
        <translation>Der er ingen sikkerhedskopier endnu. Tag en sikkerhedskopi nu for at lave den første.</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Take a checked copy of the database now</source>
        <translation>Tag en kontrolleret kopi af databasen nu</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Ge&amp;ndan valgte…</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the database</source>
        <translation>Sæt den valgte sikkerhedskopi i stedet for databasen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <source>Backups are taken every %1 hours while the program is open, when it closes, and before a restore, a purge, encryption or an upgrade. The newest %2 are kept, and none older than %3 days except the newest good one.</source>
        <translation>Der tages sikkerhedskopier hver %1. time, mens programmet er åbent, når det lukkes, og før en gendannelse, en sletning, kryptering eller en opgradering. De %2 nyeste gemmes, og ingen ældre end %3 dage undtagen den nyeste fejlfri.</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>Tager en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>No backup was taken</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sikkerhedskopien blev skrevet til %1.</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Sikkerhedskopi taget</translation>
    </message>
    <message>
        <source>The backup is written to %1.</source>
        <translation>Sikkerhedskopien er skrevet til %1.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the backup taken %1?

Everything recorded since then is replaced by the backup. A safety copy of the database as it is now is taken first, so this can be undone by restoring that copy.</source>
        <translation>Vil du gendanne sikkerhedskopien fra %1?

Alt, hvad der er registreret siden da, erstattes af sikkerhedskopien. Der tages først en sikkerhedskopi af databasen, som den er nu, så det kan fortrydes ved at gendanne den.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Gendanner sikkerhedskopien…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Sikkerhedskopien blev ikke gendannet</translation>
    </message>
    <message>
        <source>Restored the backup taken %1.</source>
        <translation>Sikkerhedskopien fra %1 er gendannet.</translation>
    </message>
    <message>
        <source>The backup taken %1 is in place. The database as it was before is kept as %2.</source>
        <translation>Sikkerhedskopien fra %1 er sat på plads. Databasen, som den var før, gemmes som %2.</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Forrige periode</translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation>Forrige uge eller måned</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>I &amp;dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå til i dag</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Næste periode</translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation>Næste uge eller måned</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Vist periode</translation>
    </message>
    <message>
        <source>Show a &amp;week</source>
        <translation>Vis en &amp;uge</translation>
    </message>
    <message>
        <source>Show a &amp;month</source>
        <translation>Vis en &amp;måned</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>To &amp;Outlook…</source>
        <translation>Til &amp;Outlook…</translation>
    </message>
    <message>
        <source>Save the check-ins as a calendar file (.ics) for Outlook: the past month and the coming year, titled with first name and employer only.</source>
        <translation>Gem opfølgningerne som en kalenderfil (.ics) til Outlook: den seneste måned og det kommende år, kun med fornavn og virksomhed i titlen.</translation>
    </message>
    <message>
        <source>No check-ins this month.</source>
        <translation>Ingen opfølgninger denne måned.</translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation>Ingen opfølgninger denne uge.</translation>
    </message>
    <message>
        <source>Check-ins are scheduled from a placement, under Placements.</source>
        <translation>Opfølgninger planlægges fra et forløb under Forløb.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Skjul beskeden</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <source>Every record added, changed or removed: when, by whom, which kind of record and its number, never what it holds. The database itself writes it. Newest first.</source>
        <translation>Hver post, der er tilføjet, ændret eller slettet: hvornår, af hvem, hvilken slags post og dens nummer, aldrig hvad den indeholder. Databasen skriver selv loggen. Nyeste først.</translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation>Ændringer af</translation>
    </message>
    <message>
        <source>Changes &amp;by:</source>
        <translation>Ændringer &amp;af:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ændringslog</translation>
    </message>
    <message>
        <source>No changes are logged.</source>
        <translation>Der er ikke logget nogen ændringer.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>CheckInLook</name>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FIL|URL</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FIL.pdf</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>PLACEMENT</source>
        <translation>FORLØB</translation>
    </message>
    <message>
        <source>PARTICIPANT</source>
        <translation>DELTAGER</translation>
    </message>
    <message>
        <source>the database: a file, a server&apos;s address (postgresql://user@host/database) or profile</source>
        <translation>databasen: en fil, en servers adresse (postgresql://bruger@vært/database) eller profil</translation>
    </message>
    <message>
        <source>the database: a file, a server&apos;s address (postgresql://user@host/database) or profile (default: the file in your data folder)</source>
        <translation>databasen: en fil, en servers adresse (postgresql://bruger@vært/database) eller profil (standard: filen i din datamappe)</translation>
    </message>
    <message>
        <source>the organisation&apos;s country, which decides the identity and organisation numbers and the default lists: se (Sweden) or dk (Denmark); it cannot be changed once anyone is registered</source>
        <translation>organisationens land, som afgør CPR- og CVR-numrene og standardlisterne: se (Sverige) eller dk (Danmark); det kan ikke ændres, når nogen er registreret</translation>
    </message>
    <message>
        <source>the language to write in (default: the database&apos;s, else Swedish)</source>
        <translation>sproget, der skrives på (standard: databasens, ellers svensk)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Made by an earlier version: IT upgrades it to revision {head} with &apos;ambassador server upgrade&apos;. Nothing was changed now.</source>
        <translation>Lavet af en tidligere version: IT opgraderer den til revision {head} med &apos;ambassador server upgrade&apos;. Intet blev ændret nu.</translation>
    </message>
    <message>
        <source>Read without changing anything. The integrity of the server&apos;s files and its backups are the server&apos;s, run by IT (see docs/server.md).</source>
        <translation>Læst uden at ændre noget. Integriteten af serverens filer og dens sikkerhedskopier varetages af serveren, som IT driver (se docs/server.md).</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>Skemarevision:</translation>
    </message>
    <message>
        <source>Made by an earlier version: opening it in this one upgrades it to revision {head}, after a backup. Nothing was changed now.</source>
        <translation>Lavet af en tidligere version: når denne version åbner den, opgraderes den til revision {head}, efter en sikkerhedskopi. Intet blev ændret nu.</translation>
    </message>
    <message>
        <source>Made by a newer version of Ambassador: this version does not open it.</source>
        <translation>Lavet af en nyere version af Ambassador: denne version åbner den ikke.</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>Indhold:</translation>
    </message>
    <message>
        <source>The file is undamaged: SQLite&apos;s integrity check found no errors in it, and its tables, indexes and search tables are those of its schema revision.</source>
        <translation>Filen er ubeskadiget: SQLites integritetskontrol fandt ingen fejl i den, og dens tabeller, indekser og søgetabeller er dem, dens skemarevision skal have.</translation>
    </message>
    <message>
        <source>Missing table: {name}</source>
        <translation>Tabel mangler: {name}</translation>
    </message>
    <message>
        <source>Missing column: {name}</source>
        <translation>Kolonne mangler: {name}</translation>
    </message>
    <message>
        <source>Missing index: {name}</source>
        <translation>Indeks mangler: {name}</translation>
    </message>
    <message>
        <source>A table its revision does not have: {name}</source>
        <translation>En tabel, som revisionen ikke har: {name}</translation>
    </message>
    <message>
        <source>A column its revision does not have: {name}</source>
        <translation>En kolonne, som revisionen ikke har: {name}</translation>
    </message>
    <message>
        <source>An index its revision does not have: {name}</source>
        <translation>Et indeks, som revisionen ikke har: {name}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Contacts at employers</source>
        <translation>Kontaktpersoner hos virksomheder</translation>
    </message>
    <message>
        <source>Tasks on offer</source>
        <translation>Tilbudte opgaver</translation>
    </message>
    <message>
        <source>Network contacts with employers</source>
        <translation>Netværkskontakter med virksomheder</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Recurring check-ins</source>
        <translation>Tilbagevendende opfølgninger</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Tilbagemeldinger</translation>
    </message>
    <message>
        <source>Drafts of notes being written</source>
        <translation>Kladder til notater under udarbejdelse</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Spørgeskemaer</translation>
    </message>
    <message>
        <source>Tasks covered by placements</source>
        <translation>Opgaver dækket af forløb</translation>
    </message>
    <message>
        <source>Outcome checks</source>
        <translation>Resultatopfølgninger</translation>
    </message>
    <message>
        <source>Follow-up plans of placement types</source>
        <translation>Opfølgningsplaner for forløbstyper</translation>
    </message>
    <message>
        <source>Reporting categories</source>
        <translation>Rapporteringskategorier</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Gender balance of fields</source>
        <translation>Kønsfordeling i fagområder</translation>
    </message>
    <message>
        <source>Entries in the editable lists</source>
        <translation>Poster i de redigerbare lister</translation>
    </message>
    <message>
        <source>Names of the list entries by language</source>
        <translation>Listeposternes navne pr. sprog</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Users&apos; own settings</source>
        <translation>Brugernes egne indstillinger</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Users (staff)</source>
        <translation>Brugere (medarbejdere)</translation>
    </message>
    <message>
        <source>Export log entries</source>
        <translation>Poster i eksportloggen</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i revisionsloggen</translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation>Poster i ændringsloggen</translation>
    </message>
    <message>
        <source>check a database and show what it holds</source>
        <translation>kontrollér en database og vis, hvad den indeholder</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fejl: {message}</translation>
    </message>
    <message>
        <source>There is no participant number {id}.</source>
        <translation>Der findes ingen deltager med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no placement number {id}.</source>
        <translation>Der findes intet forløb med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no employer number {id}.</source>
        <translation>Der findes ingen virksomhed med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no outcome check number {id}.</source>
        <translation>Der findes ingen resultatopfølgning med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no record number {id}.</source>
        <translation>Der findes ingen post med nummer {id}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>A part of {path} is a file, not a folder.</source>
        <translation>En del af {path} er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>Der findes ingen fil eller mappe {path}.</translation>
    </message>
    <message>
        <source>You are not allowed to read or write {path}.</source>
        <translation>Du har ikke tilladelse til at læse eller skrive {path}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that can only be read.</source>
        <translation>{path} ligger på en disk, der kun kan læses.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Disken er fuld: {path} kunne ikke skrives.</translation>
    </message>
    <message>
        <source>{path} is there already.</source>
        <translation>{path} findes allerede.</translation>
    </message>
    <message>
        <source>{path} could not be read or written: {reason}.</source>
        <translation>{path} kunne ikke læses eller skrives: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>En fil kunne ikke læses eller skrives: {reason}.</translation>
    </message>
    <message>
        <source>The database is encrypted and its passphrase could not be asked for: there is no terminal to type it at.</source>
        <translation>Databasen er krypteret, og der kunne ikke spørges om adgangsfrasen: der er ingen terminal at skrive den i.</translation>
    </message>
    <message>
        <source>{text!r}: expected a date as YYYY-MM-DD</source>
        <translation>{text!r}: forventede en dato som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>{text!r}: expected a whole number</source>
        <translation>{text!r}: forventede et heltal</translation>
    </message>
    <message>
        <source>{text!r}: expected {least} to {most}</source>
        <translation>{text!r}: forventede {least} til {most}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Der findes ingen database på {path}.</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Adgangsfrase til {name}: </translation>
    </message>
    <message>
        <source>Password for {user}@{server}: </source>
        <translation>Adgangskode til {user}@{server}: </translation>
    </message>
    <message>
        <source>The database server asks for a password and it could not be asked for: there is no terminal to type it at.</source>
        <translation>Databaseserveren beder om en adgangskode, og der kunne ikke spørges om den: der er ingen terminal at skrive den i.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; is for a database file. On a server, backups and encryption at rest are the server&apos;s, run by IT (see docs/server.md).</source>
        <translation>&apos;{command}&apos; gælder en databasefil. På en server varetages sikkerhedskopier og kryptering af lagrede data af serveren, som IT driver (se docs/server.md).</translation>
    </message>
    <message>
        <source>{problem}: {path}. The newest backup that passes its check was taken {taken}: {backup}. To put it in place, keeping the damaged file beside it under a new name: ambassador restore {backup} --db {path}</source>
        <translation>{problem}: {path}. Den nyeste sikkerhedskopi, der består kontrollen, blev taget {taken}: {backup}. Sådan sættes den på plads, mens den beskadigede fil bliver liggende ved siden af under et nyt navn: ambassador restore {backup} --db {path}</translation>
    </message>
    <message>
        <source>Sample data written to {path} in {seconds} s: {participants} participants, {employers} employers, {placements} placements, {notes} notes, {check_ins} check-ins, {feedback} feedback answers.</source>
        <translation>Eksempeldata skrevet til {path} på {seconds} s: {participants} deltagere, {employers} virksomheder, {placements} forløb, {notes} notater, {check_ins} opfølgninger, {feedback} tilbagemeldinger.</translation>
    </message>
    <message>
        <source>write sample data into an empty database (on a server, one made with &apos;ambassador init&apos;)</source>
        <translation>skriv eksempeldata i en tom database (på en server: en, der er oprettet med &apos;ambassador init&apos;)</translation>
    </message>
    <message>
        <source>how much: small (30 participants over 2 years), decade (3,000 over 10 years) or stress (30,000)</source>
        <translation>hvor meget: small (30 deltagere over 2 år), decade (3.000 over 10 år) eller stress (30.000)</translation>
    </message>
    <message>
        <source>another number gives other people and places (default: 1)</source>
        <translation>et andet tal giver andre personer og steder (standard: 1)</translation>
    </message>
    <message>
        <source>Written: {path} ({kilobytes} kB)</source>
        <translation>Skrevet: {path} ({kilobytes} kB)</translation>
    </message>
    <message>
        <source>{count} summaries written to {folder} in {seconds} s ({each} ms each).</source>
        <translation>{count} opsummeringer skrevet til {folder} på {seconds} s ({each} ms pr. stk.).</translation>
    </message>
    <message>
        <source>No placement is active today; nothing was written.</source>
        <translation>Intet forløb er aktivt i dag; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Note: no consent to share the summary with the employer is recorded for placement {id}.</source>
        <translation>Bemærk: for forløb {id} er der ikke registreret samtykke til at dele opsummeringen med virksomheden.</translation>
    </message>
    <message>
        <source>Note: for {count} of the placements no consent to share the summary with the employer is recorded: {ids}.</source>
        <translation>Bemærk: for {count} af forløbene er der ikke registreret samtykke til at dele opsummeringen med virksomheden: {ids}.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Perioden må ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>The statistics report needs --from, --to and --out (the period and the PDF file).</source>
        <translation>Statistikrapporten kræver --from, --to og --out (perioden og PDF-filen).</translation>
    </message>
    <message>
        <source>A manager&apos;s figures are printed, not written to a file; leave out --out (and give --year for another year).</source>
        <translation>En leders tal udskrives i terminalen, ikke til en fil; udelad --out (og angiv --year for et andet år).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>The folder {path} could not be created.</source>
        <translation>Mappen {path} kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>the placement&apos;s number</source>
        <translation>forløbets nummer</translation>
    </message>
    <message>
        <source>the participant&apos;s number</source>
        <translation>deltagerens nummer</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-filen, der skal skrives</translation>
    </message>
    <message>
        <source>the first day of the period</source>
        <translation>periodens første dag</translation>
    </message>
    <message>
        <source>the last day of the period</source>
        <translation>periodens sidste dag</translation>
    </message>
    <message>
        <source>write a document or a figure</source>
        <translation>skriv et dokument eller en opgørelse</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOKUMENT</translation>
    </message>
    <message>
        <source>the follow-up summary for the employer, as PDF</source>
        <translation>opsummeringen af opfølgningen til virksomheden, som PDF</translation>
    </message>
    <message>
        <source>the placement agreement, as PDF</source>
        <translation>aftalen om forløbet, som PDF</translation>
    </message>
    <message>
        <source>the register extract of everything about a person, as PDF</source>
        <translation>registerudtrækket (indsigt) med alt om en person, som PDF</translation>
    </message>
    <message>
        <source>the statistics report for a period, as PDF; a manager on a server gets the organisation&apos;s figures of a year printed</source>
        <translation>statistikrapporten for en periode, som PDF; en leder på en server får organisationens tal for et år udskrevet</translation>
    </message>
    <message>
        <source>a manager&apos;s figures: the year (default: the year of --from, else this year)</source>
        <translation>en leders tal: året (standard: året for --from, ellers i år)</translation>
    </message>
    <message>
        <source>also break the endings down in this reporting system&apos;s categories</source>
        <translation>opdel også afslutningerne efter dette rapporteringssystems kategorier</translation>
    </message>
    <message>
        <source>print the outcome sentences of a period, ready to publish</source>
        <translation>udskriv resultatsætningerne for en periode, klar til offentliggørelse</translation>
    </message>
    <message>
        <source>one summary per active placement, as PDF</source>
        <translation>én opsummering pr. aktivt forløb, som PDF</translation>
    </message>
    <message>
        <source>of the placements active today</source>
        <translation>for de forløb, der er aktive i dag</translation>
    </message>
    <message>
        <source>the folder to write them in (made when missing)</source>
        <translation>mappen, de skal skrives i (oprettes, hvis den mangler)</translation>
    </message>
    <message>
        <source>A new, empty database was made: {path}</source>
        <translation>En ny, tom database blev oprettet: {path}</translation>
    </message>
    <message>
        <source>make a new, empty database: a file (never over one that is already there) or in an empty database on a server</source>
        <translation>opret en ny, tom database: en fil (aldrig oven i en, der allerede findes) eller i en tom database på en server</translation>
    </message>
    <message>
        <source>The file has no column for: {missing}. Its headers are: {headers}.</source>
        <translation>Filen har ingen kolonne til: {missing}. Dens overskrifter er: {headers}.</translation>
    </message>
    <message>
        <source>Read {rows} rows; columns: {columns}; not read: {ignored}.</source>
        <translation>Læste {rows} rækker; kolonner: {columns}; ikke læst: {ignored}.</translation>
    </message>
    <message>
        <source>Row {row}: already registered, left as it is: {label}</source>
        <translation>Række {row}: allerede registreret, bevaret som den er: {label}</translation>
    </message>
    <message>
        <source>Row {row}: refused: {reasons}</source>
        <translation>Række {row}: afvist: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}: already registered, updated: {label}</source>
        <translation>Række {row}: allerede registreret, opdateret: {label}</translation>
    </message>
    <message>
        <source>{updated} already registered will be updated.</source>
        <translation>{updated} allerede registrerede opdateres.</translation>
    </message>
    <message>
        <source>… and {count} more rows already registered or refused, not shown one by one.</source>
        <translation>… og {count} rækker mere, som allerede er registreret eller afvist, vises ikke enkeltvis.</translation>
    </message>
    <message>
        <source>{new} new, {existing} already registered, {bad} refused.</source>
        <translation>{new} nye, {existing} allerede registreret, {bad} afvist.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the refused rows in the file and import it again.</source>
        <translation>Intet blev importeret: ret de afviste rækker i filen, og importér den igen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Prøvekørsel: intet blev importeret.</translation>
    </message>
    <message>
        <source>Imported {added} records and {contacts} contacts.</source>
        <translation>Importerede {added} poster og {contacts} kontaktpersoner.</translation>
    </message>
    <message>
        <source>Written: {path} ({rows} rows)</source>
        <translation>Skrevet: {path} ({rows} rækker)</translation>
    </message>
    <message>
        <source>The notes list needs --placement NUMBER.</source>
        <translation>Listen over notater kræver --placement NUMMER.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>import participants, employers, placements or tasks from CSV, XLSX or ODS</source>
        <translation>importér deltagere, virksomheder, forløb eller opgaver fra CSV, XLSX eller ODS</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>hvad filen indeholder</translation>
    </message>
    <message>
        <source>the CSV, XLSX or ODS file to read</source>
        <translation>CSV-, XLSX- eller ODS-filen, der skal læses</translation>
    </message>
    <message>
        <source>only show what would happen</source>
        <translation>vis kun, hvad der ville ske</translation>
    </message>
    <message>
        <source>a CSV file&apos;s encoding (default: detected)</source>
        <translation>en CSV-fils tegnkodning (standard: genkendes automatisk)</translation>
    </message>
    <message>
        <source>a CSV file&apos;s delimiter (default: detected)</source>
        <translation>en CSV-fils skilletegn (standard: genkendes automatisk)</translation>
    </message>
    <message>
        <source>write a list as CSV or XLSX</source>
        <translation>skriv en liste som CSV eller XLSX</translation>
    </message>
    <message>
        <source>which list</source>
        <translation>hvilken liste</translation>
    </message>
    <message>
        <source>the kind of file (default: csv)</source>
        <translation>filtypen (standard: csv)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen, der skal skrives</translation>
    </message>
    <message>
        <source>include personal identity numbers (participants and placements)</source>
        <translation>medtag CPR-numre (deltagere og forløb)</translation>
    </message>
    <message>
        <source>the placement whose notes to list (notes only)</source>
        <translation>forløbet, hvis notater skal vises (kun notater)</translation>
    </message>
    <message>
        <source>write the check-ins as an .ics calendar file</source>
        <translation>skriv opfølgningerne som en .ics-kalenderfil</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FIL.ics</translation>
    </message>
    <message>
        <source>the calendar file to write</source>
        <translation>kalenderfilen, der skal skrives</translation>
    </message>
    <message>
        <source>the first day (default: as in the window)</source>
        <translation>første dag (standard: som i vinduet)</translation>
    </message>
    <message>
        <source>the last day (default: as in the window)</source>
        <translation>sidste dag (standard: som i vinduet)</translation>
    </message>
    <message>
        <source>No outcome check is due.</source>
        <translation>Ingen resultatopfølgning er forfalden.</translation>
    </message>
    <message>
        <source>Outcome checks due: {count} (number, due, ended, participant, employer)</source>
        <translation>Forfaldne resultatopfølgninger: {count} (nummer, forfalden, afsluttet, deltager, virksomhed)</translation>
    </message>
    <message>
        <source>Outcome check {id} recorded: {result}.</source>
        <translation>Resultatopfølgning {id} registreret: {result}.</translation>
    </message>
    <message>
        <source>the outcome checks after placements have ended</source>
        <translation>resultatopfølgningerne efter afsluttede forløb</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <source>the checks due today or earlier, oldest first</source>
        <translation>de opfølgninger, der er forfaldne i dag eller tidligere, ældste først</translation>
    </message>
    <message>
        <source>record what the person is doing now</source>
        <translation>registrér, hvad personen laver nu</translation>
    </message>
    <message>
        <source>the outcome check&apos;s number, as the list shows it</source>
        <translation>resultatopfølgningens nummer, som listen viser det</translation>
    </message>
    <message>
        <source>what the person is doing now</source>
        <translation>hvad personen laver nu</translation>
    </message>
    <message>
        <source>replace a result recorded earlier</source>
        <translation>erstat et resultat, der er registreret tidligere</translation>
    </message>
    <message>
        <source>Follow-up of work placements. Without a command, opens the window.</source>
        <translation>Opfølgning på forløb på arbejdspladser. Uden en kommando åbnes vinduet.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 refused, and why is on standard error; 2 a mistake in the command line; 70 an unexpected error, written to the log; 130 interrupted.</source>
        <translation>Afslutningskoder: 0 udført; 1 afvist, og årsagen står på standard error; 2 en fejl i kommandolinjen; 70 en uventet fejl, skrevet i loggen; 130 afbrudt.</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>vis programmets version og afslut</translation>
    </message>
    <message>
        <source>the database the window opens, or a command&apos;s: a file, a server&apos;s address or profile (default: the file in your data folder)</source>
        <translation>databasen, som vinduet åbner, eller en kommandos: en fil, en servers adresse eller profil (standard: filen i din datamappe)</translation>
    </message>
    <message>
        <source>open the window on sample data, apart from your own</source>
        <translation>åbn vinduet med eksempeldata, adskilt fra dine egne</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; nothing that was saved has been lost. The details are in the log: {path}</source>
        <translation>En uventet fejl stoppede kommandoen; intet, der var gemt, er gået tabt. Detaljerne står i loggen: {path}</translation>
    </message>
    <message>
        <source>The window cannot open: this system lacks libraries that Qt needs. On Debian or Ubuntu, install them with: sudo apt-get install {packages}</source>
        <translation>Vinduet kan ikke åbnes: systemet mangler biblioteker, som Qt har brug for. På Debian eller Ubuntu installerer du dem med: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>The window cannot open: Qt could not be loaded ({detail}).</source>
        <translation>Vinduet kan ikke åbnes: Qt kunne ikke indlæses ({detail}).</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; nothing that was saved has been lost. The log could not be written.</source>
        <translation>En uventet fejl stoppede kommandoen; intet, der var gemt, er gået tabt. Loggen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Questionnaire {code} for placement {id} written: {path} ({kilobytes} kB)</source>
        <translation>Spørgeskema {code} til forløb {id} skrevet: {path} ({kilobytes} kB)</translation>
    </message>
    <message>
        <source>The answers to questionnaire {code} are recorded as feedback on placement {id}.</source>
        <translation>Svarene på spørgeskema {code} er registreret som tilbagemelding på forløb {id}.</translation>
    </message>
    <message>
        <source>print a questionnaire, or key in a returned one&apos;s answers</source>
        <translation>udskriv et spørgeskema, eller indtast svarene fra et, der er kommet retur</translation>
    </message>
    <message>
        <source>issue a questionnaire and write it as PDF</source>
        <translation>udlevér et spørgeskema, og skriv det som PDF</translation>
    </message>
    <message>
        <source>who answers it (default: employer)</source>
        <translation>hvem der svarer (standard: employer)</translation>
    </message>
    <message>
        <source>record a returned questionnaire&apos;s answers by its code</source>
        <translation>registrér svarene fra et returneret spørgeskema ud fra dets kode</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>the code printed on the questionnaire, such as ABC-DEF</source>
        <translation>koden, der står på spørgeskemaet, for eksempel ABC-DEF</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>SVAR</translation>
    </message>
    <message>
        <source>the five answers, 1 to 5, &apos;-&apos; for one left blank: 4 5 3 5 4 or 45354</source>
        <translation>de fem svar, 1 til 5, &apos;-&apos; for et, der er efterladt tomt: 4 5 3 5 4 eller 45354</translation>
    </message>
    <message>
        <source>could the employer consider hiring</source>
        <translation>kan virksomheden overveje at ansætte</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>the first comment box</source>
        <translation>det første kommentarfelt</translation>
    </message>
    <message>
        <source>the second comment box</source>
        <translation>det andet kommentarfelt</translation>
    </message>
    <message>
        <source>the day it was answered (default: today)</source>
        <translation>dagen, det blev besvaret (standard: i dag)</translation>
    </message>
    <message>
        <source>Backup written: {path} ({kilobytes} kB)</source>
        <translation>Sikkerhedskopi skrevet: {path} ({kilobytes} kB)</translation>
    </message>
    <message>
        <source>Restored from {backup}. The database as it was is kept as {kept}.</source>
        <translation>Gendannet fra {backup}. Databasen, som den var, gemmes som {kept}.</translation>
    </message>
    <message>
        <source>Nothing to purge: no retention period with its decision is set, or nothing has passed it.</source>
        <translation>Intet at slette: der er ikke angivet nogen opbevaringsperiode med tilhørende beslutning, eller intet har overskredet den.</translation>
    </message>
    <message>
        <source>To purge: {participants} closed cases ({placements} placements, {notes} notes, {check_ins} check-ins, {feedback} feedback answers), {log_entries} log entries, {backups} backups past their maximum age.</source>
        <translation>Til sletning: {participants} afsluttede sager ({placements} forløb, {notes} notater, {check_ins} opfølgninger, {feedback} tilbagemeldinger), {log_entries} logposter, {backups} sikkerhedskopier ældre end den maksimale alder.</translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation>Prøvekørsel: intet blev fjernet.</translation>
    </message>
    <message>
        <source>Purged. A backup was taken first: {backup}</source>
        <translation>Slettet. Der blev først taget en sikkerhedskopi: {backup}</translation>
    </message>
    <message>
        <source>Purged. {held}</source>
        <translation>Slettet. {held}</translation>
    </message>
    <message>
        <source>write a checked backup of a database</source>
        <translation>skriv en kontrolleret sikkerhedskopi af en database</translation>
    </message>
    <message>
        <source>the folder to write it in (default: as in the settings)</source>
        <translation>mappen, den skal skrives i (standard: som i indstillingerne)</translation>
    </message>
    <message>
        <source>put a backup in place of a database (what was there is kept, not deleted)</source>
        <translation>sæt en sikkerhedskopi i stedet for en database (det, der var der, gemmes og slettes ikke)</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SIKKERHEDSKOPI</translation>
    </message>
    <message>
        <source>the backup file to put in place</source>
        <translation>sikkerhedskopien, der skal sættes på plads</translation>
    </message>
    <message>
        <source>remove what is past its retention period</source>
        <translation>fjern det, der har overskredet sin opbevaringsperiode</translation>
    </message>
    <message>
        <source>only show what would be removed</source>
        <translation>vis kun, hvad der ville blive fjernet</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltager</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>virksomhed</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>Nothing matches {text!r}.</source>
        <translation>Intet matcher {text!r}.</translation>
    </message>
    <message>
        <source>{shown} of {total} matches shown; --limit shows more.</source>
        <translation>{shown} af {total} træf vist; --limit viser flere.</translation>
    </message>
    <message>
        <source>{shown} of more than {total} matches shown; --limit shows more.</source>
        <translation>{shown} af flere end {total} resultater vist; --limit viser flere.</translation>
    </message>
    <message>
        <source>search names and note text as the window does: names best first, then notes newest first</source>
        <translation>søg i navne og notattekst som i vinduet: bedste navne først, derefter notater, nyeste først</translation>
    </message>
    <message>
        <source>the words to look for (the start of a word is enough)</source>
        <translation>ordene, der skal søges efter (begyndelsen af et ord er nok)</translation>
    </message>
    <message>
        <source>at most this many names, and as many notes (default: 50, as the window)</source>
        <translation>højst så mange navne og lige så mange notater (standard: 50, som i vinduet)</translation>
    </message>
    <message>
        <source>Contact with the workplaces: how soon and how often, {months} months up to and including {today}</source>
        <translation>Kontakten med arbejdspladserne: hvor hurtigt og hvor ofte, {months} måneder til og med {today}</translation>
    </message>
    <message>
        <source>A workplace contact is a note held with the supervisor, or with the participant and the supervisor together.</source>
        <translation>En arbejdspladskontakt er en kontakt med vejlederen, eller med deltageren og vejlederen sammen, som der er skrevet notat om.</translation>
    </message>
    <message>
        <source>No placement was active in these months: when placements have started, this shows how soon and how often their workplaces are contacted.</source>
        <translation>Intet forløb var aktivt i disse måneder: når forløb er startet, vises her, hvor hurtigt og hvor ofte deres arbejdspladser kontaktes.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>A week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Uden tid</translation>
    </message>
    <message>
        <source>Started: placements started in the month. First contact: the median of their days from the start to the first workplace contact; None yet: those with no workplace contact so far. Contacted: active placements with a workplace contact in the month. A week: workplace contacts a week. Time: minutes written on the month&apos;s notes per active placement; No time: notes that do not say their minutes.</source>
        <translation>Startet: forløb, der startede i måneden. Første kontakt: medianen af deres dage fra start til første arbejdspladskontakt; Ingen endnu: dem, der endnu ikke har haft nogen arbejdspladskontakt. Kontaktet: aktive forløb med en arbejdspladskontakt i måneden. Pr. uge: arbejdspladskontakter pr. uge. Tid: minutter angivet i månedens notater pr. aktivt forløb; Uden tid: notater, der ikke angiver minutter.</translation>
    </message>
    <message>
        <source>{percent} ({part} of {whole})</source>
        <translation>{percent} ({part} af {whole})</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} t {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>A week counts the network contacts too, work with an employer alone (a recruitment visit, a network meeting): {count} in these months, {current} this month.</source>
        <translation>Pr. uge tælles netværkskontakterne også med, dvs. arbejde med en virksomhed alene (et rekrutteringsbesøg, et netværksmøde): {count} i disse måneder, {current} i denne måned.</translation>
    </message>
    <message>
        <source>This month, {count} paused placements are left out of the placements contacted.</source>
        <translation>I denne måned er {count} forløb på pause ikke medregnet blandt de kontaktede forløb.</translation>
    </message>
    <message>
        <source>Guide values from supported employment (IPS), to reflect on, not a verdict: the first workplace contact within {days} days of the start, every active placement contacted each month, about {per_week} employer contacts a week for a full-time employment specialist.</source>
        <translation>Pejlemærker fra IPS (individuelt planlagt job med støtte) til eftertanke, ikke en dom: første arbejdspladskontakt inden for {days} dage fra start, kontakt med hvert aktivt forløb hver måned og omkring {per_week} virksomhedskontakter om ugen for en IPS-konsulent på fuld tid.</translation>
    </message>
    <message>
        <source>print contact with the workplaces (how soon and how often), month by month</source>
        <translation>udskriv kontakten med arbejdspladserne (hvor hurtigt og hvor ofte), måned for måned</translation>
    </message>
    <message>
        <source>how many months, up to and including this one (default: %(default)s)</source>
        <translation>hvor mange måneder, til og med denne (standard: %(default)s)</translation>
    </message>
    <message>
        <source>Upgraded {server}: revision {before} → {after}.</source>
        <translation>Opgraderede {server}: revision {before} → {after}.</translation>
    </message>
    <message>
        <source>{server} is up to date: revision {after}.</source>
        <translation>{server} er opdateret: revision {after}.</translation>
    </message>
    <message>
        <source>&apos;server upgrade&apos; is for a database on a server; a database file is upgraded when the program opens it, after a backup.</source>
        <translation>&apos;server upgrade&apos; gælder en database på en server; en databasefil opgraderes, når programmet åbner den, efter en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>look after a database on a server (for IT)</source>
        <translation>vedligehold en database på en server (for IT)</translation>
    </message>
    <message>
        <source>upgrade the server&apos;s database to this version&apos;s revision (run it as the database&apos;s owner, after the server&apos;s backup)</source>
        <translation>opgradér serverens database til denne versions revision (kør det som databasens ejer, efter serverens sikkerhedskopi)</translation>
    </message>
    <message>
        <source>&apos;server {command}&apos; is for a database on a server; a database file has one user.</source>
        <translation>&apos;server {command}&apos; gælder en database på en server; en databasefil har kun én bruger.</translation>
    </message>
    <message>
        <source>A coordinator or an admin works in a unit: give it with --unit UNIT.</source>
        <translation>En koordinator eller en administrator arbejder i en enhed: angiv den med --unit ENHED.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ENHED</translation>
    </message>
    <message>
        <source>NUMBERS</source>
        <translation>NUMRE</translation>
    </message>
    <message>
        <source>{name} is now an Ambassador user: {role} in {unit}.</source>
        <translation>{name} er nu Ambassador-bruger: {role} i {unit}.</translation>
    </message>
    <message>
        <source>{name} is now an Ambassador user: {role}.</source>
        <translation>{name} er nu Ambassador-bruger: {role}.</translation>
    </message>
    <message>
        <source>{name} is now {role} in {unit}.</source>
        <translation>{name} er nu {role} i {unit}.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} er nu {role}.</translation>
    </message>
    <message>
        <source>Made the database role {name}, which signs in {how}.</source>
        <translation>Oprettede databaserollen {name}, som logger ind {how}.</translation>
    </message>
    <message>
        <source>with the password given</source>
        <translation>med den angivne adgangskode</translation>
    </message>
    <message>
        <source>by Kerberos, or with a password IT sets later (psql: \password NAME)</source>
        <translation>med Kerberos eller med en adgangskode, som IT sætter senere (psql: \password NAVN)</translation>
    </message>
    <message>
        <source>Made the unit {unit}.</source>
        <translation>Oprettede enheden {unit}.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Adgangskode til {name}: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Samme adgangskode igen: </translation>
    </message>
    <message>
        <source>The two passwords typed differ; nothing was changed.</source>
        <translation>De to adgangskoder, du skrev, er forskellige; intet blev ændret.</translation>
    </message>
    <message>
        <source>An empty password is no password; nothing was changed.</source>
        <translation>En tom adgangskode er ingen adgangskode; intet blev ændret.</translation>
    </message>
    <message>
        <source>No Ambassador users yet: &apos;ambassador server add-user&apos; makes one.</source>
        <translation>Ingen Ambassador-brugere endnu: &apos;ambassador server add-user&apos; tilføjer en.</translation>
    </message>
    <message>
        <source>No units yet: &apos;ambassador server add-user NAME --unit UNIT&apos; makes one.</source>
        <translation>Ingen enheder endnu: &apos;ambassador server add-user NAVN --unit ENHED&apos; opretter en.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ingen enhed)</translation>
    </message>
    <message>
        <source>Moved {count} participants into {unit}.</source>
        <translation>Flyttede {count} deltagere til {unit}.</translation>
    </message>
    <message>
        <source>{name} is no longer an Ambassador user; the logs keep their name. The database role itself stays: IT drops it (DROP ROLE) when nothing else uses it.</source>
        <translation>{name} er ikke længere Ambassador-bruger; navnet bevares i loggene. Selve databaserollen bevares: IT sletter den (DROP ROLE), når intet andet bruger den.</translation>
    </message>
    <message>
        <source>make a database role an Ambassador user in a unit, the role and the unit made if new (run it as the database&apos;s owner, a role with CREATEROLE)</source>
        <translation>gør en databaserolle til Ambassador-bruger i en enhed; rollen og enheden oprettes, hvis de er nye (kør det som databasens ejer, en rolle med CREATEROLE)</translation>
    </message>
    <message>
        <source>the person&apos;s database role, the name they sign in with (e.g. anna.berg)</source>
        <translation>personens databaserolle, det navn, personen logger ind med (f.eks. anna.berg)</translation>
    </message>
    <message>
        <source>the unit they work in, made if new (a manager needs none)</source>
        <translation>den enhed, personen arbejder i, oprettes, hvis den er ny (en leder behøver ingen)</translation>
    </message>
    <message>
        <source>coordinator: their unit&apos;s people (the default); admin: also the organisation&apos;s lists and settings; manager: statistics only</source>
        <translation>coordinator (koordinator): personerne i egen enhed (standard); admin (administrator): også organisationens lister og indstillinger; manager (leder): kun statistik</translation>
    </message>
    <message>
        <source>ask for the role&apos;s password (without it the role gets none: Kerberos, a .pgpass or IT sets one)</source>
        <translation>spørg efter rollens adgangskode (ellers får rollen ingen: Kerberos, en .pgpass, eller IT sætter en)</translation>
    </message>
    <message>
        <source>list the Ambassador users: unit and role</source>
        <translation>vis Ambassador-brugerne: enhed og rolle</translation>
    </message>
    <message>
        <source>list the units with their users and participants</source>
        <translation>vis enhederne med deres brugere og deltagere</translation>
    </message>
    <message>
        <source>move participants into a unit, with everything about them (how a server one coordinator used becomes a team&apos;s)</source>
        <translation>flyt deltagere til en enhed med alt om dem (sådan kan et team overtage en server, som én koordinator har brugt)</translation>
    </message>
    <message>
        <source>the unit to move them into (&apos;server units&apos; lists them)</source>
        <translation>den enhed, de skal flyttes til (&apos;server units&apos; viser dem)</translation>
    </message>
    <message>
        <source>the participants&apos; numbers, separated by commas</source>
        <translation>deltagernes numre, adskilt med kommaer</translation>
    </message>
    <message>
        <source>every participant in no unit yet</source>
        <translation>alle deltagere, der endnu ikke hører til en enhed</translation>
    </message>
    <message>
        <source>take a user out of the team (their database role stays, and the logs keep their name)</source>
        <translation>tag en bruger ud af teamet (databaserollen bevares, og loggene beholder navnet)</translation>
    </message>
    <message>
        <source>the person&apos;s database role</source>
        <translation>personens databaserolle</translation>
    </message>
    <message>
        <source>Statistics {year}: {scope}</source>
        <translation>Statistik {year}: {scope}</translation>
    </message>
    <message>
        <source>There are no figures for {year}.</source>
        <translation>Der er ingen tal for {year}.</translation>
    </message>
    <message>
        <source>A group of fewer than 5 is not shown, nor another small group wherever it could be worked out from a total.</source>
        <translation>En gruppe på færre end 5 vises ikke, og heller ikke en anden lille gruppe, hvis den kan regnes ud fra en sum.</translation>
    </message>
    <message>
        <source>Targets and headline figures, {start} – {end}:</source>
        <translation>Mål og nøgletal, {start} – {end}:</translation>
    </message>
    <message>
        <source>{measure}: {figure}</source>
        <translation>{measure}: {figure}</translation>
    </message>
    <message>
        <source>{measure}: {figure} (target {year}: {target})</source>
        <translation>{measure}: {figure} (mål {year}: {target})</translation>
    </message>
    <message>
        <source>Ended placements that became employment, by type:</source>
        <translation>Afsluttede forløb, der blev til ansættelse, efter type:</translation>
    </message>
    <message>
        <source>{type}: {part} of {whole} ({share})</source>
        <translation>{type}: {part} af {whole} ({share})</translation>
    </message>
    <message>
        <source>Placements started whose field is not known (no task, no figure, gender): {count}</source>
        <translation>Startede forløb, hvis fagområde ikke kendes (ingen opgave, intet tal, køn): {count}</translation>
    </message>
    <message>
        <source>Employers with a placement started: {employers}; with an earlier placement: {returning}; with two or more started: {several}</source>
        <translation>Virksomheder med et startet forløb: {employers}; med et tidligere forløb: {returning}; med to eller flere startede: {several}</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost by subsidy type:</source>
        <translation>Kommunens udgift efter tilskudstype:</translation>
    </message>
    <message>
        <source>{type}: {amount} kr ({placements} placements)</source>
        <translation>{type}: {amount} kr. ({placements} forløb)</translation>
    </message>
    <message>
        <source>Total: {amount} kr</source>
        <translation>I alt: {amount} kroner</translation>
    </message>
    <message>
        <source>No municipal cost is recorded for the period.</source>
        <translation>Der er ikke registreret nogen kommunal udgift for perioden.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>There is no project {id}; the projects are: {projects}.</source>
        <translation>Der findes intet projekt {id}; projekterne er: {projects}.</translation>
    </message>
    <message>
        <source>There is no project {id}; no project is registered.</source>
        <translation>Der findes intet projekt {id}; der er ikke registreret nogen projekter.</translation>
    </message>
    <message>
        <source>No project is registered. A project is a funded programme (ESF+ and the like) with a period and a target number of people; add one on Rapporter.</source>
        <translation>Der er ikke registreret nogen projekter. Et projekt er en finansieret indsats (ESF+ og lignende) med en periode og et mål for antal personer; tilføj et under Rapporter.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither.</source>
        <translation>Angiv både --from og --to, eller ingen af dem.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>intet mål</translation>
    </message>
    <message>
        <source>{people} of {target} ({percent})</source>
        <translation>{people} af {target} ({percent})</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>People so far of the target</source>
        <translation>Personer indtil nu af målet</translation>
    </message>
    <message>
        <source>the project report: the people in a project by gender and age band, beside its target, as PDF (or XLSX)</source>
        <translation>projektrapporten: personerne i et projekt efter køn og aldersgruppe, sammenholdt med målet, som PDF (eller XLSX)</translation>
    </message>
    <message>
        <source>the project&apos;s number (`ambassador report projects` lists them)</source>
        <translation>projektets nummer (`ambassador report projects` viser dem)</translation>
    </message>
    <message>
        <source>pdf or xlsx (default: by the file&apos;s ending; else pdf)</source>
        <translation>pdf eller xlsx (standard: efter filens endelse; ellers pdf)</translation>
    </message>
    <message>
        <source>the first day of the period (default: the project&apos;s period)</source>
        <translation>periodens første dag (standard: projektets periode)</translation>
    </message>
    <message>
        <source>print the projects: number, name, period, funding and people beside target</source>
        <translation>udskriv projekterne: nummer, navn, periode, finansiering og personer sammenholdt med målet</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Første række</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importér som</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importér %1 som</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist af</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Henvisningsreference</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behov for tolk</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov og tilpasninger</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Aftaledato</translation>
    </message>
    <message>
        <source>Tasks offered</source>
        <translation>Tilbudte opgaver</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Kontaktpersonens rolle</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktpersonens e-mail</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Extent (%)</source>
        <translation>Omfang (%)</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Opfølgningsplan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Godtgørelse</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason for ending early</source>
        <translation>Årsag til afbrydelse før tid</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Subsidy type</source>
        <translation>Tilskudstype</translation>
    </message>
    <message>
        <source>Subsidy (kr a month)</source>
        <translation>Tilskud (kr. om måneden)</translation>
    </message>
    <message>
        <source>Subsidy (% of the wage)</source>
        <translation>Tilskud (% af lønnen)</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Afgørelsesnummer</translation>
    </message>
    <message>
        <source>Decision from</source>
        <translation>Afgørelse fra</translation>
    </message>
    <message>
        <source>Decision until</source>
        <translation>Afgørelse til</translation>
    </message>
    <message>
        <source>Agreement form</source>
        <translation>Aftaleform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formel arbejdsgiver</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost (kr a month)</source>
        <translation>Kommunens udgift (kr. om måneden)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor&apos;s hours a week</source>
        <translation>Mentortimer pr. uge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active placements</source>
        <translation>Aktive forløb</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med hvem</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Shared with the employer</source>
        <translation>Deles med virksomheden</translation>
    </message>
    <message>
        <source>Risk of dropping out</source>
        <translation>Risiko for afbrydelse</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Opfølgning den</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Ledige pladser</translation>
    </message>
    <message>
        <source>Placements that covered it</source>
        <translation>Forløb, der har dækket den</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another user</source>
        <translation>En anden bruger</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ændret af en anden</translation>
    </message>
    <message>
        <source>%1 saved changes to %2 after you opened the form. Your changes have not been saved yet.</source>
        <translation>%1 gemte ændringer i %2, efter at du åbnede formularen. Dine ændringer er ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Choose, for each field you both changed, what to keep; then save.</source>
        <translation>Vælg for hvert felt, som I begge har ændret, hvad der skal gælde, og gem så.</translation>
    </message>
    <message>
        <source>%1 changed these and you did not: they are kept as saved.</source>
        <translation>%1 ændrede disse, og det gjorde du ikke: de beholdes, som de blev gemt.</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>Gem det samlede</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Back to the form, with everything you typed in it.</source>
        <translation>Tilbage til formularen med alt, hvad du har skrevet.</translation>
    </message>
    <message>
        <source>%1 removed %2 after you opened the form, so your changes cannot be saved. Copy what you typed if you want to keep it.</source>
        <translation>%1 slettede %2, efter at du åbnede formularen, så dine ændringer kan ikke gemmes. Kopiér det, du skrev, hvis du vil beholde det.</translation>
    </message>
    <message>
        <source>What you typed</source>
        <translation>Det, du skrev</translation>
    </message>
    <message>
        <source>Copy my text</source>
        <translation>Kopiér min tekst</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tilbage til formularen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Discard the merged text?</source>
        <translation>Kassér den samlede tekst?</translation>
    </message>
    <message>
        <source>The text you merged here is lost. Your form keeps what you typed in it.</source>
        <translation>Teksten, du samlede her, går tabt. Formularen beholder det, du skrev i den.</translation>
    </message>
    <message>
        <source>Discard merged text</source>
        <translation>Kassér samlet tekst</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The employer may be given the printed follow-up summary: the placement, its plan and the notes marked as shareable. Needs and adaptations are left out of it unless they may be shared too.</source>
        <translation>Virksomheden må få den udskrevne opsummering af opfølgningen: forløbet, planen for det og de notater, der er markeret til deling. Behov og tilpasninger er ikke med, medmindre de også må deles.</translation>
    </message>
    <message>
        <source>The employer may be told what the participant needs and which adaptations help, in the summary and the agreement. Without it these are left out of every document.</source>
        <translation>Virksomheden må få at vide, hvad deltageren har brug for, og hvilke tilpasninger der hjælper, i opsummeringen og aftalen. Uden dette samtykke udelades de af alle dokumenter.</translation>
    </message>
    <message>
        <source>You may contact the authority that referred the participant (for example the employment service) about how the placement goes.</source>
        <translation>Du må kontakte den myndighed, der henviste deltageren (for eksempel jobcentret), om, hvordan forløbet går.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtykke til</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Hvad det betyder</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>The employers of the participant&apos;s placements come first.</source>
        <translation>Virksomhederne fra deltagerens forløb vises først.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>For example how the consent was given: in writing or orally.</source>
        <translation>For eksempel hvordan samtykket blev givet: skriftligt eller mundtligt.</translation>
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
        <translation>Redigér kontaktperson</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The supervisor guides the participant day to day.</source>
        <translation>Vejlederen støtter deltageren i det daglige arbejde.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>denne kontaktperson</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>An unexpected error stopped what you were doing. Nothing you had saved was lost: every change is saved whole or not at all. The window is read again from the database when you close this message; if something you had typed but not saved is missing, please type it again.

The error is written to the log in %1 (without names or other personal data). If it happens again, send the details below to your IT support.</source>
        <translation>En uventet fejl afbrød det, du var i gang med. Intet, du havde gemt, er gået tabt: hver ændring gemmes helt eller slet ikke. Vinduet indlæses igen fra databasen, når du lukker denne meddelelse; hvis noget, du havde skrevet, men ikke gemt, mangler, så skriv det igen.

Fejlen er skrevet i loggen i %1 (uden navne eller andre personoplysninger). Hvis det sker igen, så send detaljerne nedenfor til din IT-support.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detaljer om fejlen</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Vis &amp;logmappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>CrashNet</name>
    <message>
        <source>This could not be done</source>
        <translation>Det kunne ikke lade sig gøre</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>For example 2026-12-07, 20261207, 7/12 or 7 dec. Alt+Down: calendar.</source>
        <translation>For eksempel 2026-12-07, 20261207, 7/12 eller 7 dec. Alt+Pil ned: kalender.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
        <source>For example 07.12.2026, 7. dec. 2026, 7/12 or 7 dec. Alt+Down: calendar.</source>
        <translation>For eksempel 07.12.2026, 7. dec. 2026, 7/12 eller 7. dec. Alt+Pil ned: kalender.</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Vælg i kalenderen (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Vælg i kalenderen</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslæt</translation>
    </message>
    <message>
        <source>%1, time</source>
        <translation>%1, klokkeslæt</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Gem ændringerne?</translation>
    </message>
    <message>
        <source>Save the changes in “%1”?</source>
        <translation>Gem ændringerne i “%1”?</translation>
    </message>
    <message>
        <source>If you discard them, what was typed in the form is lost.</source>
        <translation>Hvis du kasserer dem, går det, der er skrevet i formularen, tabt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt redigering</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>virksomheder</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>forloeb</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>opfoelgninger</translation>
    </message>
    <message>
        <source>notes-placement-{id}</source>
        <translation>notater-forloeb-{id}</translation>
    </message>
    <message>
        <source>network-contacts</source>
        <translation>netvaerkskontakter</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>opgaver</translation>
    </message>
    <message>
        <source>check-ins.ics</source>
        <translation>opfoelgninger.ics</translation>
    </message>
    <message>
        <source>No placement ended in the period.</source>
        <translation>Intet forløb blev afsluttet i perioden.</translation>
    </message>
    <message>
        <source>Fewer than 5 placements ended in the period, too few to show their outcomes.</source>
        <translation>Færre end 5 forløb blev afsluttet i perioden – for få til at vise deres resultater.</translation>
    </message>
    <message>
        <source>{ended} placements ended in the period, of which {count} led to employment ({percent}){genders}.</source>
        <translation>{ended} forløb blev afsluttet i perioden, heraf førte {count} til ansættelse ({percent}){genders}.</translation>
    </message>
    <message>
        <source>{ended} placements ended in the period; how many led to employment is not shown, to protect numbers under 5.</source>
        <translation>{ended} forløb blev afsluttet i perioden; hvor mange der førte til ansættelse, vises ikke for at beskytte tal under 5.</translation>
    </message>
    <message>
        <source>{count} of the {ended} placements led to work or education ({percent}).</source>
        <translation>{count} af de {ended} forløb førte til arbejde eller uddannelse ({percent}).</translation>
    </message>
    <message>
        <source>How many of the {ended} placements led to work or education is not shown, to protect numbers under 5.</source>
        <translation>Hvor mange af de {ended} forløb der førte til arbejde eller uddannelse, vises ikke for at beskytte tal under 5.</translation>
    </message>
    <message>
        <source>No check 90 days after the end is recorded yet for these placements.</source>
        <translation>Der er endnu ikke registreret nogen opfølgning 90 dage efter afslutningen for disse forløb.</translation>
    </message>
    <message>
        <source>Of the {checked} checked 90 days after the end, {count} were in work or studies ({percent}){genders}.</source>
        <translation>Af de {checked}, der blev fulgt op på 90 dage efter afslutningen, var {count} i arbejde eller uddannelse ({percent}){genders}.</translation>
    </message>
    <message>
        <source>{checked} were checked 90 days after the end; how many were in work or studies is not shown, to protect numbers under 5.</source>
        <translation>Der blev fulgt op på {checked} 90 dage efter afslutningen; hvor mange der var i arbejde eller uddannelse, vises ikke for at beskytte tal under 5.</translation>
    </message>
    <message>
        <source>90 days after the end, {count} of the {ended} were in work or studies{genders}; not every check is recorded yet.</source>
        <translation>90 dage efter afslutningen var {count} af de {ended} i arbejde eller uddannelse{genders}; ikke alle opfølgninger er registreret endnu.</translation>
    </message>
    <message>
        <source>The results 90 days after the end are not shown, to protect numbers under 5.</source>
        <translation>Resultaterne 90 dage efter afslutningen vises ikke for at beskytte tal under 5.</translation>
    </message>
    <message>
        <source>: {women} women, {men} men</source>
        <translation>: {women} kvinder, {men} mænd</translation>
    </message>
    <message>
        <source>; not shown by gender, to protect numbers under 5</source>
        <translation>; vises ikke fordelt på køn for at beskytte tal under 5</translation>
    </message>
    <message>
        <source>A number under 5 is not shown, nor any number from which one could be worked out.</source>
        <translation>Tal under 5 vises ikke, og heller ikke tal, som de kan regnes ud fra.</translation>
    </message>
    <message>
        <source>When the placement ends, the participant, the supervisor and the ambassador meet for a final follow-up talk, to look back on it together and plan the next step. The ambassador then writes a short summary of the placement, which the participant may read and, with the participant&apos;s consent, the employer too.</source>
        <translation>Når forløbet slutter, mødes deltageren, vejlederen og ambassadøren til en afsluttende opfølgningssamtale for sammen at se tilbage på forløbet og planlægge næste skridt. Ambassadøren skriver derefter en kort opsummering af forløbet, som deltageren må læse, og, hvis deltageren giver samtykke, også virksomheden.</translation>
    </message>
    <message>
        <source>The placement is not an employment and gives no right to one. If the employer wishes to employ the participant, the ambassador helps with the next steps.</source>
        <translation>Forløbet er ikke en ansættelse og giver ikke ret til en ansættelse. Hvis virksomheden ønsker at ansætte deltageren, hjælper ambassadøren med de næste skridt.</translation>
    </message>
    <message>
        <source>About three months after the end, the ambassador asks the participant how things are going. This agreement and the notes from the follow-up are kept and erased according to the municipality&apos;s rules for public records.</source>
        <translation>Cirka tre måneder efter afslutningen spørger ambassadøren deltageren, hvordan det går. Denne aftale og notaterne fra opfølgningen opbevares og slettes efter kommunens regler for offentlige dokumenter.</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Forløbsaftale</translation>
    </message>
    <message>
        <source>This agreement describes the placement of {participant} at {employer}: what it is for, what the participant will do, the support given and how it is followed up.</source>
        <translation>Denne aftale beskriver forløbet for {participant} hos {employer}: hvad formålet er, hvad deltageren skal lave, hvilken støtte der gives, og hvordan der følges op.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Omfang og tider</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Godtgørelse</translation>
    </message>
    <message>
        <source>After the placement ends</source>
        <translation>Når forløbet er slut</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>For the employer</source>
        <translation>For virksomheden</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadør</translation>
    </message>
    <message>
        <source>From {start}</source>
        <translation>Fra {start}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>The ambassador and the workplace agree on check-ins as needed.</source>
        <translation>Ambassadøren og arbejdspladsen aftaler opfølgninger efter behov.</translation>
    </message>
    <message>
        <source>The ambassador checks in with the participant and the supervisor, at the workplace or by phone: most often in the first weeks, when support matters most, and then less often.</source>
        <translation>Ambassadøren følger op med deltageren og vejlederen, på arbejdspladsen eller telefonisk: oftest i de første uger, hvor støtten betyder mest, og derefter sjældnere.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>First planned check-ins</source>
        <translation>De første planlagte opfølgninger</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact the ambassador at any time: {contact}.</source>
        <translation>Kontakt gerne ambassadøren når som helst: {contact}.</translation>
    </message>
    <message>
        <source>Follow-up summary for the employer</source>
        <translation>Opsummering af opfølgningen til virksomheden</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerudtræk</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistikrapport</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>This extract shows all data stored about you in Ambassador on {day}, internal notes, records in the trash and the documents printed about you included.</source>
        <translation>Dette udtræk viser alle oplysninger, der er gemt om dig i Ambassador den {day}, herunder interne notater, poster i papirkurven og de dokumenter, der er udskrevet om dig.</translation>
    </message>
    <message>
        <source>The data is kept to plan and follow up your placement and to report on the unit&apos;s work. Ask the ambassador if something is wrong: it will be corrected.</source>
        <translation>Oplysningerne opbevares for at planlægge og følge op på dit forløb og for at rapportere om enhedens arbejde. Sig til ambassadøren, hvis noget er forkert, så bliver det rettet.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist af</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Henvisningsreference</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behov for tolk</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov og tilpasninger</translation>
    </message>
    <message>
        <source>Task requirements to avoid</source>
        <translation>Krav i opgaver, der skal undgås</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
    <message>
        <source>Task areas of interest</source>
        <translation>Interessante opgaveområder</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senest ændret</translation>
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
        <translation>I papirkurven</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Siden {day}</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Ingen samtykker registreret.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>No placements.</source>
        <translation>Ingen forløb.</translation>
    </message>
    <message>
        <source>Placement number</source>
        <translation>Forløbsnummer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Tasks covered</source>
        <translation>Dækkede opgaver</translation>
    </message>
    <message>
        <source>Support and adaptations</source>
        <translation>Støtte og tilpasninger</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>{employer}, from {start}</source>
        <translation>{employer}, fra {start}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due {day}, not yet recorded</source>
        <translation>Forfalder {day}, endnu ikke registreret</translation>
    </message>
    <message>
        <source>{result} (due {due}, recorded {day})</source>
        <translation>{result} (forfalden {due}, registreret {day})</translation>
    </message>
    <message>
        <source>Outcome check after the end</source>
        <translation>Resultatopfølgning efter afslutningen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen notater.</translation>
    </message>
    <message>
        <source>Notes being written, not yet saved</source>
        <translation>Notater under udarbejdelse, endnu ikke gemt</translation>
    </message>
    <message>
        <source>Draft, last typed {moment}</source>
        <translation>Kladde, senest skrevet {moment}</translation>
    </message>
    <message>
        <source>shared with the employer</source>
        <translation>deles med virksomheden</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>internt</translation>
    </message>
    <message>
        <source>in the trash since {day}</source>
        <translation>i papirkurven siden {day}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbagemelding</translation>
    </message>
    <message>
        <source>No feedback.</source>
        <translation>Ingen tilbagemelding.</translation>
    </message>
    <message>
        <source>Could consider hiring</source>
        <translation>Kan overveje at ansætte</translation>
    </message>
    <message>
        <source>To develop</source>
        <translation>Kan udvikles</translation>
    </message>
    <message>
        <source>Documents printed about you</source>
        <translation>Dokumenter udskrevet om dig</translation>
    </message>
    <message>
        <source>None before this extract.</source>
        <translation>Ingen før dette udtræk.</translation>
    </message>
    <message>
        <source>{document}, by {user}</source>
        <translation>{document}, af {user}</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Hvem</translation>
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
        <source>Changes to your records</source>
        <translation>Ændringer i dine oplysninger</translation>
    </message>
    <message>
        <source>No changes are logged.</source>
        <translation>Der er ikke logget nogen ændringer.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Udskrevet {day}</translation>
    </message>
    <message>
        <source>Contains personal data: handle with care, do not pass on.</source>
        <translation>Indeholder personoplysninger – behandles varsomt og må ikke gives videre.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Sted og dato</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Questionnaire for the employer</source>
        <translation>Spørgeskema til virksomheden</translation>
    </message>
    <message>
        <source>Questionnaire for the participant</source>
        <translation>Spørgeskema til deltageren</translation>
    </message>
    <message>
        <source>Questionnaire code</source>
        <translation>Spørgeskemakode</translation>
    </message>
    <message>
        <source>From {start}, no end date set</source>
        <translation>Fra {start}, ingen slutdato angivet</translation>
    </message>
    <message>
        <source>How is the placement going? Your answers help the ambassador support you and the participant, and show how our support works. Put a cross in one box for each statement; leave it empty if you cannot say.</source>
        <translation>Hvordan går forløbet? Jeres svar hjælper ambassadøren med at støtte jer og deltageren og viser, hvordan vores støtte virker. Sæt ét kryds for hvert udsagn; lad rækken stå tom, hvis I ikke kan svare.</translation>
    </message>
    <message>
        <source>How is your placement going? Your answers help the ambassador support you, and show how our support works. Put a cross in one box for each statement; leave it empty if you cannot say.</source>
        <translation>Hvordan går dit forløb? Dine svar hjælper ambassadøren med at støtte dig og viser, hvordan vores støtte virker. Sæt ét kryds for hvert udsagn; lad rækken stå tom, hvis du ikke kan svare.</translation>
    </message>
    <message>
        <source>1 = {low}, 5 = {high}</source>
        <translation>1 = {low}, 5 = {high}</translation>
    </message>
    <message>
        <source>Thank you! Give the questionnaire to the ambassador at the next visit, or send it to {who}.</source>
        <translation>Tak! Giv spørgeskemaet til ambassadøren ved næste besøg, eller send det til {who}.</translation>
    </message>
    <message>
        <source>the ambassador</source>
        <translation>ambassadøren</translation>
    </message>
    <message>
        <source>Questions about the questionnaire: {contact}</source>
        <translation>Spørgsmål om spørgeskemaet: {contact}</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Spørgeskemaer</translation>
    </message>
    <message>
        <source>No questionnaire was sent in the period.</source>
        <translation>Intet spørgeskema blev sendt i perioden.</translation>
    </message>
    <message>
        <source>Questionnaires to</source>
        <translation>Spørgeskemaer til</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation>Følte sig støttet</translation>
    </message>
    <message>
        <source>Targets and headline figures</source>
        <translation>Mål og nøgletal</translation>
    </message>
    <message>
        <source>Each figure of the period beside the target set for {year} in the settings. A count is the period&apos;s; its target is the year&apos;s.</source>
        <translation>Hvert tal for perioden sammenholdt med det mål, der er angivet for {year} i indstillingerne. Et antal gælder perioden; målet for det gælder hele året.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Target {year}</source>
        <translation>Mål {year}</translation>
    </message>
    <message>
        <source>Ended placements that became employment, by type</source>
        <translation>Afsluttede forløb, der blev til ansættelse, efter type</translation>
    </message>
    <message>
        <source>Of the placements of each type that ended in the period, those that ended in employment, with or without a subsidy.</source>
        <translation>Af de forløb af hver type, der blev afsluttet i perioden, dem, der endte i ansættelse, med eller uden tilskud.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>I ansættelse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Outside gender-traditional fields</source>
        <translation>Uden for kønstraditionelle fagområder</translation>
    </message>
    <message>
        <source>Field not known</source>
        <translation>Fagområde ukendt</translation>
    </message>
    <message>
        <source>Placements outside gender-traditional fields</source>
        <translation>Forløb uden for kønstraditionelle fagområder</translation>
    </message>
    <message>
        <source>Placements started in the period. A field is gender-traditional when more than 60 % of those employed in it are of one gender; a woman in a field of mostly men, or a man in one of mostly women, is outside the traditional fields. The field is the category of the placement&apos;s first task; the shares of women per category are set in the settings, by default rounded figures from official statistics. Not known: no task linked, a category without a figure, or another or unstated gender.</source>
        <translation>Forløb startet i perioden. Et fagområde er kønstraditionelt, når mere end 60 % af de beskæftigede i det har samme køn; en kvinde i et fagområde med flest mænd eller en mand i et med flest kvinder er uden for de traditionelle fagområder. Fagområdet er opgaveområdet for forløbets første opgave; andelen af kvinder pr. opgaveområde angives i indstillingerne, som standard afrundede tal fra officiel statistik. Ukendt: ingen tilknyttet opgave, et opgaveområde uden tal eller et andet eller ikke oplyst køn.</translation>
    </message>
    <message>
        <source>Returning employers</source>
        <translation>Tilbagevendende virksomheder</translation>
    </message>
    <message>
        <source>Employers with a placement started in the period</source>
        <translation>Virksomheder med et forløb startet i perioden</translation>
    </message>
    <message>
        <source>Of these, with an earlier placement</source>
        <translation>Heraf med et tidligere forløb</translation>
    </message>
    <message>
        <source>Of these, with two or more started in the period</source>
        <translation>Heraf med to eller flere startet i perioden</translation>
    </message>
    <message>
        <source>{amount} kr</source>
        <translation>{amount} kroner</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost by subsidy type</source>
        <translation>Kommunens udgift efter tilskudstype</translation>
    </message>
    <message>
        <source>The municipality&apos;s own cost a month of each placement, times the months it was active in the period until the day this was printed (within its decision&apos;s dates when they are given): days × 12 / 365.</source>
        <translation>Kommunens egen udgift pr. måned for hvert forløb gange de måneder, det var i gang i perioden frem til udskriftsdagen (inden for afgørelsens datoer, når de er angivet): dage × 12 / 365.</translation>
    </message>
    <message>
        <source>No municipal cost is recorded for the period.</source>
        <translation>Der er ikke registreret nogen kommunal udgift for perioden.</translation>
    </message>
    <message>
        <source>No subsidy type</source>
        <translation>Ingen tilskudstype</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>Trend over the years</source>
        <translation>Udvikling over årene</translation>
    </message>
    <message>
        <source>Each calendar year&apos;s figure as a bar (this year&apos;s so far, lighter), the target as a line where one is set.</source>
        <translation>Hvert kalenderårs tal som en søjle (indeværende års tal indtil nu i en lysere farve), målet som en linje, hvor der er angivet et.</translation>
    </message>
    <message>
        <source>Of the questionnaires printed in the period, answered whenever they came back. Felt supported: a 4 or 5 of 5; the share is of those who answered that question, shown as supported/answered.</source>
        <translation>Spørgeskemaer udskrevet i perioden, besvaret uanset hvornår de kom retur. Følte sig støttet: 4 eller 5 ud af 5; andelen er af dem, der besvarede det spørgsmål, vist som støttet/besvaret.</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Contact with the workplaces: how soon and how often</source>
        <translation>Kontakten med arbejdspladserne: hvor hurtigt og hvor ofte</translation>
    </message>
    <message>
        <source>A workplace contact is a note held with the supervisor, or with the participant and the supervisor together. Days to first contact: the median for the placements started in the month that have had one; those with no workplace contact yet are counted beside it. Time per placement: the minutes written on the month&apos;s notes, over the placements active in it.</source>
        <translation>En arbejdspladskontakt er en kontakt med vejlederen, eller med deltageren og vejlederen sammen, som der er skrevet notat om. Dage til første kontakt: medianen for de forløb, der startede i måneden og har haft en sådan kontakt; dem, der endnu ikke har haft nogen arbejdspladskontakt, tælles ved siden af. Tid pr. forløb: minutterne angivet i månedens notater, fordelt på de forløb, der var aktive i måneden.</translation>
    </message>
    <message>
        <source>No placement in these months.</source>
        <translation>Intet forløb i disse måneder.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Days to first contact</source>
        <translation>Dage til første kontakt</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Ingen kontakt endnu</translation>
    </message>
    <message>
        <source>Placements contacted</source>
        <translation>Forløb med kontakt</translation>
    </message>
    <message>
        <source>Contacts a week</source>
        <translation>Kontakter pr. uge</translation>
    </message>
    <message>
        <source>Time per placement</source>
        <translation>Tid pr. forløb</translation>
    </message>
    <message>
        <source>Contacts a week count the network contacts too, work with an employer alone (a recruitment visit, a network meeting): {count} in these months.</source>
        <translation>Kontakter pr. uge tæller også netværkskontakterne med, dvs. arbejde med en virksomhed alene (et rekrutteringsbesøg, et netværksmøde): {count} i disse måneder.</translation>
    </message>
    <message>
        <source>Guide values from supported employment (IPS), to reflect on, not a verdict: the first workplace contact within {days} days of the start, every active placement contacted each month, about {per_week} employer contacts a week for a full-time employment specialist.</source>
        <translation>Pejlemærker fra IPS (individuelt planlagt job med støtte) til eftertanke, ikke en dom: første arbejdspladskontakt inden for {days} dage fra start, kontakt med hvert aktivt forløb hver måned og omkring {per_week} virksomhedskontakter om ugen for en IPS-konsulent på fuld tid.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} t {minutes} min</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <source>Active: placements under way at some time in the period. Ended: placements that ended in it. A share shows what it rests on: 75 % (3/4) is three of four.</source>
        <translation>Aktive: forløb, der var i gang på et tidspunkt i perioden. Afsluttede: forløb, der blev afsluttet i perioden. En andel viser, hvad den bygger på: 75 % (3/4) er tre ud af fire.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Startede forløb</translation>
    </message>
    <message>
        <source>Placements active</source>
        <translation>Aktive forløb</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>Afsluttede forløb</translation>
    </message>
    <message>
        <source>Into work or education</source>
        <translation>Til arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Afbrudt før tid</translation>
    </message>
    <message>
        <source>Employers who felt supported</source>
        <translation>Virksomheder, der følte sig støttet</translation>
    </message>
    <message>
        <source>Participants who felt supported</source>
        <translation>Deltagere, der følte sig støttet</translation>
    </message>
    <message>
        <source>Felt supported: a 4 or 5 of 5 in the latest answer of the period, one answer per placement.</source>
        <translation>Følte sig støttet: 4 eller 5 ud af 5 i periodens seneste svar, ét svar pr. forløb.</translation>
    </message>
    <message>
        <source>Outcomes of the placements that ended</source>
        <translation>Resultater for de forløb, der blev afsluttet</translation>
    </message>
    <message>
        <source>Reasons for ending early</source>
        <translation>Årsager til afbrydelse før tid</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Ingen årsag angivet</translation>
    </message>
    <message>
        <source>No placement ended early.</source>
        <translation>Intet forløb blev afbrudt før tid.</translation>
    </message>
    <message>
        <source>Employers with placements</source>
        <translation>Virksomheder med forløb</translation>
    </message>
    <message>
        <source>Of these, with more than one</source>
        <translation>Heraf med mere end ét</translation>
    </message>
    <message>
        <source>By placement type</source>
        <translation>Fordelt på forløbstype</translation>
    </message>
    <message>
        <source>By referral source</source>
        <translation>Fordelt på henviser</translation>
    </message>
    <message>
        <source>By employer sector</source>
        <translation>Fordelt på virksomhedens sektor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Placements active in the period; of those that ended in it, how many went on to work or education.</source>
        <translation>Forløb, der var aktive i perioden, og af dem, der blev afsluttet i den, hvor mange der gik videre til arbejde eller uddannelse.</translation>
    </message>
    <message>
        <source>No placement in the period.</source>
        <translation>Intet forløb i perioden.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Ended: into work or education</source>
        <translation>Afsluttet: til arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>Breakdown: {system}</source>
        <translation>Opdeling: {system}</translation>
    </message>
    <message>
        <source>Outcome sentences</source>
        <translation>Resultatsætninger</translation>
    </message>
    <message>
        <source>Ready to publish: placements that ended in the period, by gender, with small numbers protected.</source>
        <translation>Klar til offentliggørelse: forløb, der blev afsluttet i perioden, fordelt på køn, med små tal beskyttet.</translation>
    </message>
    <message>
        <source>What the placements that ended led to after 90 days</source>
        <translation>Hvad de afsluttede forløb førte til efter 90 dage</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projektperiode</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Rapportperiode</translation>
    </message>
    <message>
        <source>Target (people)</source>
        <translation>Mål (personer)</translation>
    </message>
    <message>
        <source>People toward the target</source>
        <translation>Personer i forhold til målet</translation>
    </message>
    <message>
        <source>Share of the target (%)</source>
        <translation>Andel af målet (%)</translation>
    </message>
    <message>
        <source>People started</source>
        <translation>Personer startet</translation>
    </message>
    <message>
        <source>People active</source>
        <translation>Personer aktive</translation>
    </message>
    <message>
        <source>People ended</source>
        <translation>Personer afsluttet</translation>
    </message>
    <message>
        <source>Outcome at the end</source>
        <translation>Resultat ved afslutningen</translation>
    </message>
    <message>
        <source>Due, not yet recorded</source>
        <translation>Forfalden, endnu ikke registreret</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Endnu ikke forfalden</translation>
    </message>
    <message>
        <source>No check scheduled</source>
        <translation>Ingen opfølgning planlagt</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>In work or studies, of those recorded</source>
        <translation>I arbejde eller uddannelse, af de registrerede</translation>
    </message>
    <message>
        <source>The check some days after the end (90 by default) of each placement that ended in the period: what the person was doing then.</source>
        <translation>Opfølgningen nogle dage efter afslutningen (som standard 90) af hvert forløb, der blev afsluttet i perioden: hvad personen lavede på det tidspunkt.</translation>
    </message>
    <message>
        <source>In the categories of {system}</source>
        <translation>I kategorierne for {system}</translation>
    </message>
    <message>
        <source>The placements that ended in the period, each in the category its outcome or early-ending reason is mapped to in the settings; the results 90 days after the end below.</source>
        <translation>De forløb, der blev afsluttet i perioden, hver i den kategori, som dets resultat eller årsag til afbrydelse før tid er knyttet til i indstillingerne; nedenfor resultaterne 90 dage efter afslutningen.</translation>
    </message>
    <message>
        <source>After 90 days</source>
        <translation>Efter 90 dage</translation>
    </message>
    <message>
        <source>No 90-day result is recorded yet.</source>
        <translation>Der er endnu ikke registreret noget resultat efter 90 dage.</translation>
    </message>
    <message>
        <source>Follow-up of placement</source>
        <translation>Opfølgning på forløb</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>Opfølgningskontakter</translation>
    </message>
    <message>
        <source>No follow-up contact yet.</source>
        <translation>Ingen opfølgningskontakt endnu.</translation>
    </message>
    <message>
        <source>When and how we were in touch. What was said stays with the ambassador.</source>
        <translation>Hvornår og hvordan vi har været i kontakt. Hvad der blev sagt, bliver hos ambassadøren.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
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
        <translation>Notater, der deles med jer</translation>
    </message>
    <message>
        <source>No notes are shared.</source>
        <translation>Ingen notater deles.</translation>
    </message>
    <message>
        <source>Your feedback over time</source>
        <translation>Jeres tilbagemeldinger over tid</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Ingen tilbagemeldinger registreret endnu.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Ratings from 1 (low) to 5 (high).</source>
        <translation>Vurderinger fra 1 (lav) til 5 (høj).</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>No check-in is planned yet; the ambassador will be in touch.</source>
        <translation>Der er endnu ikke planlagt nogen opfølgning; ambassadøren kontakter jer.</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Jeres kontaktperson</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>{start} – {end} (ended)</source>
        <translation>{start} – {end} (afsluttet)</translation>
    </message>
    <message>
        <source>{amount} kr a month</source>
        <translation>{amount} kr. om måneden</translation>
    </message>
    <message>
        <source>{percent} % of the wage</source>
        <translation>{percent} % af lønnen</translation>
    </message>
    <message>
        <source>{share}, at most {amount}</source>
        <translation>{share}, højst {amount}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>fra {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>til {end}</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Tilskud</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Form of agreement</source>
        <translation>Aftaleform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formel arbejdsgiver</translation>
    </message>
    <message>
        <source>the unit&apos;s own mentor</source>
        <translation>enhedens egen mentor</translation>
    </message>
    <message>
        <source>{hours} hour a week</source>
        <translation>{hours} time om ugen</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} timer om ugen</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost</source>
        <translation>Kommunens udgift</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>{percent} % of full time</source>
        <translation>{percent} % af fuld tid</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Ikke angivet.</translation>
    </message>
    <message>
        <source>Agreed support and adaptations</source>
        <translation>Aftalt støtte og tilpasninger</translation>
    </message>
    <message>
        <source>Adaptations for the participant</source>
        <translation>Tilpasninger for deltageren</translation>
    </message>
    <message>
        <source>follow-up-placement-{id}.pdf</source>
        <translation>opfoelgning-forloeb-{id}.pdf</translation>
    </message>
    <message>
        <source>agreement-placement-{id}.pdf</source>
        <translation>aftale-forloeb-{id}.pdf</translation>
    </message>
    <message>
        <source>register-extract-participant-{id}.pdf</source>
        <translation>registerudtraek-deltager-{id}.pdf</translation>
    </message>
    <message>
        <source>statistics-{start}-{end}.pdf</source>
        <translation>statistik-{start}-{end}.pdf</translation>
    </message>
    <message>
        <source>Ambassador check-ins</source>
        <translation>Ambassador – opfølgninger</translation>
    </message>
    <message>
        <source>Follow-up: {first_name}, {employer}</source>
        <translation>Opfølgning: {first_name}, {employer}</translation>
    </message>
    <message>
        <source>questionnaire-employer-placement-{id}.pdf</source>
        <translation>spoergeskema-virksomhed-forloeb-{id}.pdf</translation>
    </message>
    <message>
        <source>questionnaire-participant-placement-{id}.pdf</source>
        <translation>spoergeskema-deltager-forloeb-{id}.pdf</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Under 25</translation>
    </message>
    <message>
        <source>25–29</source>
        <translation>25–29</translation>
    </message>
    <message>
        <source>30–54</source>
        <translation>30–54</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 og derover</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Alder ukendt</translation>
    </message>
    <message>
        <source>{people} people; no target set</source>
        <translation>{people} personer; intet mål angivet</translation>
    </message>
    <message>
        <source>{people} of target {target} people ({percent})</source>
        <translation>{people} af målet på {target} personer ({percent})</translation>
    </message>
    <message>
        <source>Counts people, not placements: someone with several placements in the project is one person. Started: their first placement in the project started in the period. Active: a placement of theirs in the project was under way in it. Ended: their last placement in the project ended in the period and none goes on. Age: at their first start in the project. No names: counts only.</source>
        <translation>Tæller personer, ikke forløb: en person med flere forløb i projektet er én person. Startet: personens første forløb i projektet startede i perioden. Aktiv: et af personens forløb i projektet var i gang i perioden. Afsluttet: personens sidste forløb i projektet sluttede i perioden, og intet andet fortsætter. Alder: ved første start i projektet. Ingen navne: kun antal.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Placements: the placements behind the people, started, under way and ended in the period.</source>
        <translation>Forløb: forløbene bag personerne, startet, i gang og afsluttet i perioden.</translation>
    </message>
    <message>
        <source>By age at the first start</source>
        <translation>Efter alder ved første start</translation>
    </message>
    <message>
        <source>Toward the target</source>
        <translation>I forhold til målet</translation>
    </message>
    <message>
        <source>No one left the project in the period.</source>
        <translation>Ingen forlod projektet i perioden.</translation>
    </message>
    <message>
        <source>The people who ended in the period, by the outcome of the placement they left the project with. A share shows what it rests on: 75 % (3/4) is three of four.</source>
        <translation>De personer, der afsluttede i perioden, efter resultatet af det forløb, de forlod projektet med. En andel viser, hvad den bygger på: 75 % (3/4) er tre ud af fire.</translation>
    </message>
    <message>
        <source>The outcome check of the placement each person left the project with: what they were doing some days after the end (90 by default).</source>
        <translation>Resultatopfølgningen for det forløb, hver person forlod projektet med: hvad personen lavede et antal dage efter afslutningen (som standard 90).</translation>
    </message>
    <message>
        <source>project-report-{id}.pdf</source>
        <translation>projektrapport-{id}.pdf</translation>
    </message>
    <message>
        <source>project-report-{id}.xlsx</source>
        <translation>projektrapport-{id}.xlsx</translation>
    </message>
</context>
<context>
    <name>EmployerDetailPane</name>
    <message>
        <source>New &amp;placement…</source>
        <translation>Nyt &amp;forløb…</translation>
    </message>
    <message>
        <source>&amp;Edit employer…</source>
        <translation>&amp;Redigér virksomhed…</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Tilføj kontaktperson…</translation>
    </message>
    <message>
        <source>Edit &amp;contact…</source>
        <translation>Redigér &amp;kontaktperson…</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Flyt til &amp;papirkurven…</translation>
    </message>
    <message>
        <source>The employer stays in the trash for 30 days and can be restored.</source>
        <translation>Virksomheden ligger i papirkurven i 30 dage og kan gendannes.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Average feedback from the employer</source>
        <translation>Gennemsnitlig tilbagemelding fra virksomheden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contacts and supervisors</source>
        <translation>Kontaktpersoner og vejledere</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Tasks on offer</source>
        <translation>Tilbudte opgaver</translation>
    </message>
    <message>
        <source>No tasks listed. Edit the employer to add the tasks it can offer, so participants can be matched to them.</source>
        <translation>Ingen opgaver registreret. Redigér virksomheden, og tilføj de opgaver, den kan tilbyde, så deltagere kan matches med dem.</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om virksomheden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>Netværkslog</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 af %2 pladser besat</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Aftaledato</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Pladser ad gangen</translation>
    </message>
    <message>
        <source>Placements in all</source>
        <translation>Forløb i alt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ingen registreret</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Ingen tilbagemeldinger registreret endnu.</translation>
    </message>
    <message>
        <source>About the tasks</source>
        <translation>Om opgaverne</translation>
    </message>
    <message>
        <source>Delete employer</source>
        <translation>Slet virksomhed</translation>
    </message>
    <message>
        <source>Delete %1? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Vil du slette %1? Virksomheden ligger i papirkurven i 30 dage og kan gendannes derfra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>The employer was not deleted</source>
        <translation>Virksomheden blev ikke slettet</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>Ny virksomhed</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Redigér virksomhed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNNNN</translation>
    </message>
    <message>
        <source>NNNNNNNN</source>
        <translation>NNNNNNNN</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>May be left empty, for example for a unit without its own number.</source>
        <translation>Kan stå tomt, for eksempel for en enhed uden eget nummer.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agreement and places</source>
        <translation>Aftale og pladser</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Aftaledato</translation>
    </message>
    <message>
        <source>Places at once</source>
        <translation>Pladser ad gangen</translation>
    </message>
    <message>
        <source>How many placements the employer can take at the same time.</source>
        <translation>Hvor mange forløb virksomheden kan have på samme tid.</translation>
    </message>
    <message>
        <source>Tasks on offer</source>
        <translation>Tilbudte opgaver</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>Tasks carved out of the regular work. Participants are matched to them by category and requirements.</source>
        <translation>Opgaver, der kan skilles ud fra det almindelige arbejde. Deltagere matches med dem efter område og krav.</translation>
    </message>
    <message>
        <source>About the tasks</source>
        <translation>Om opgaverne</translation>
    </message>
    <message>
        <source>Anything else about the work: hours, place, what a first day is like.</source>
        <translation>Andet om arbejdet: arbejdstider, sted, hvordan en første dag ser ud.</translation>
    </message>
    <message>
        <source>this employer</source>
        <translation>denne virksomhed</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Search name, industry or CVR number</source>
        <translation>Søg navn, branche eller CVR-nummer</translation>
    </message>
    <message>
        <source>Search name, industry or organisation number</source>
        <translation>Søg på navn, branche eller CVR-nummer</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Ny virksomhed</translation>
    </message>
    <message>
        <source>No employers yet. Register the first workplace here or with Ctrl+N.</source>
        <translation>Ingen virksomheder endnu. Registrér den første arbejdsplads her eller med Ctrl+N.</translation>
    </message>
    <message>
        <source>No employers match. Clear the search and filters, or register one with New employer.</source>
        <translation>Ingen virksomheder passer. Ryd søgningen og filtrene, eller registrér en med Ny virksomhed.</translation>
    </message>
    <message>
        <source>Choose an employer to see contacts, placements and feedback.</source>
        <translation>Vælg en virksomhed for at se kontaktpersoner, forløb og tilbagemeldinger.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sektorer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Any agreement</source>
        <translation>Alle aftaler</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>With or without placements</source>
        <translation>Med eller uden forløb</translation>
    </message>
    <message>
        <source>With active placements</source>
        <translation>Med aktive forløb</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n virksomhed</numerusform>
            <numerusform>%n virksomheder</numerusform>
        </translation>
    </message>
    <message>
        <source>Tas&amp;k catalogue…</source>
        <translation>&amp;Opgavekatalog…</translation>
    </message>
    <message>
        <source>Every employer&apos;s tasks in one list, with free places</source>
        <translation>Alle virksomheders opgaver i én liste med ledige pladser</translation>
    </message>
    <message>
        <source>Task catalogue</source>
        <translation>Opgavekatalog</translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <source>Protect the database</source>
        <translation>Beskyt databasen</translation>
    </message>
    <message>
        <source>This is a new database. It will hold notes about people, some of them sensitive. Protect it with a passphrase, so that a lost or stolen laptop gives nothing away? You get a recovery key to keep in a safe place.</source>
        <translation>Dette er en ny database. Den kommer til at indeholde notater om mennesker, nogle af dem følsomme. Vil du beskytte den med en adgangsfrase, så en bortkommen eller stjålet bærbar ikke afslører noget? Du får en gendannelseskode, som du skal opbevare et sikkert sted.</translation>
    </message>
    <message>
        <source>&amp;Choose a passphrase</source>
        <translation>&amp;Vælg en adgangsfrase</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>E&amp;ncrypt the database…</source>
        <translation>K&amp;ryptér databasen…</translation>
    </message>
    <message>
        <source>Choose a passphrase and encrypt the database and its backups</source>
        <translation>Vælg en adgangsfrase, og kryptér databasen og dens sikkerhedskopier</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Skift adgangsfrase…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the database and its backups</source>
        <translation>Vælg en ny adgangsfrase til databasen og dens sikkerhedskopier</translation>
    </message>
    <message>
        <source>Readable c&amp;opies…</source>
        <translation>Læsbare k&amp;opier…</translation>
    </message>
    <message>
        <source>Look for copies of the database made before it was encrypted</source>
        <translation>Søg efter kopier af databasen, der blev lavet, før den blev krypteret</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>Databasen er krypteret.</translation>
    </message>
    <message>
        <source>The file and its backups can be opened only with the passphrase or the recovery key. Keep the recovery key apart from this computer.</source>
        <translation>Filen og dens sikkerhedskopier kan kun åbnes med adgangsfrasen eller gendannelseskoden. Opbevar gendannelseskoden et andet sted end på denne computer.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen er ikke krypteret.</translation>
    </message>
    <message>
        <source>Anyone who gets hold of the file or one of its backups can read it. Encrypting it with a passphrase is recommended; you get a recovery key once, for the day the passphrase is forgotten.</source>
        <translation>Alle, der får fat i filen eller en af dens sikkerhedskopier, kan læse den. Det anbefales at kryptere den med en adgangsfrase; du får én gang en gendannelseskode til den dag, adgangsfrasen bliver glemt.</translation>
    </message>
    <message>
        <source>The window does not lock by itself (see Settings).</source>
        <translation>Vinduet låses ikke af sig selv (se Indstillinger).</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use (see Settings).</source>
        <translation>
            <numerusform>Vinduet låses efter %n minut uden brug (se Indstillinger).</numerusform>
            <numerusform>Vinduet låses efter %n minutter uden brug (se Indstillinger).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once the database is encrypted, the window locks after %n minute(s) without use (see Settings).</source>
        <translation>
            <numerusform>Når databasen er krypteret, låses vinduet efter %n minut uden brug (se Indstillinger).</numerusform>
            <numerusform>Når databasen er krypteret, låses vinduet efter %n minutter uden brug (se Indstillinger).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Kryptér databasen</translation>
    </message>
    <message>
        <source>Choose the passphrase that will open the database from now on. The database and its backups are encrypted; a backup is taken first.</source>
        <translation>Vælg den adgangsfrase, der skal åbne databasen fra nu af. Databasen og dens sikkerhedskopier krypteres; der tages først en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Krypterer databasen og dens sikkerhedskopier…</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptér</translation>
    </message>
    <message>
        <source>Looking for readable copies…</source>
        <translation>Søger efter læsbare kopier…</translation>
    </message>
    <message>
        <source>Readable copies</source>
        <translation>Læsbare kopier</translation>
    </message>
    <message>
        <source>No readable copy of the database was found. The program looked in:
%1

Copies made outside the program (a file copied by hand, sent by e-mail, or on a stick that is not plugged in now) are not known to it.</source>
        <translation>Der blev ikke fundet nogen læsbar kopi af databasen. Programmet søgte i:
%1

Kopier, der er lavet uden for programmet (en fil, der er kopieret manuelt, sendt med e-mail eller ligger på et USB-stik, som ikke er sat i nu), kender programmet ikke til.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangsfrase</translation>
    </message>
    <message>
        <source>Give the passphrase in use now, then the new one twice. The recovery key stays the same.</source>
        <translation>Angiv den nuværende adgangsfrase og derefter den nye to gange. Gendannelseskoden forbliver den samme.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Skifter adgangsfrase…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Adgangsfrasen er skiftet.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <source>End placement</source>
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What the participant goes on to; it counts in the statistics.</source>
        <translation>Hvad deltageren går videre til; det tæller med i statistikken.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Vælg en årsag</translation>
    </message>
    <message>
        <source>Reason for ending early</source>
        <translation>Årsag til afbrydelse før tid</translation>
    </message>
    <message>
        <source>Needed only when the placement ended early; the reasons are reported in the statistics of early endings.</source>
        <translation>Kun nødvendig, når forløbet blev afbrudt før tid; årsagerne indgår i statistikken over afbrudte forløb.</translation>
    </message>
    <message>
        <source>Check-ins still planned are closed: those up to the end that were never recorded are marked missed, later ones cancelled. A closing note can still be written afterwards.</source>
        <translation>Opfølgninger, der stadig er planlagt, lukkes: dem frem til slutdatoen, som aldrig blev registreret, markeres som ikke gennemført, og senere opfølgninger aflyses. Et afsluttende notat kan stadig skrives bagefter.</translation>
    </message>
    <message>
        <source>this placement</source>
        <translation>dette forløb</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase for good</source>
        <translation>Slet endeligt</translation>
    </message>
    <message>
        <source>Erasing removes %1 and everything about them now: placements, notes, check-ins, feedback and consents. It cannot be undone, not even from the trash. The audit log keeps the participant number, the legal basis and its reference, never the name.</source>
        <translation>Sletning fjerner %1 og alt om personen nu: forløb, notater, opfølgninger, tilbagemeldinger og samtykker. Det kan ikke fortrydes, heller ikke fra papirkurven. Revisionsloggen gemmer deltagernummeret, retsgrundlaget og dets reference, aldrig navnet.</translation>
    </message>
    <message>
        <source>For example Dnr 2026/117</source>
        <translation>For eksempel j.nr. 2026/117</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Jeg forstår, at dette ikke kan fortrydes</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Retsgrundlag:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>R&amp;eference:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slet endeligt</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Sletter…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Registrér tilbagemelding</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Besvaret af</translation>
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
        <translation>Hvem hos virksomheden der svarede.</translation>
    </message>
    <message>
        <source>Ratings from 1 (poor) to 5 (very good)</source>
        <translation>Vurderinger fra 1 (dårlig) til 5 (meget god)</translation>
    </message>
    <message>
        <source>Click a number or type 1 to 5. Not asked or not known: leave it blank (click the ticked number again, or type 0, to clear it).</source>
        <translation>Klik på et tal, eller skriv 1 til 5. Ikke spurgt eller ikke kendt: lad feltet stå tomt (klik på det afkrydsede tal igen, eller skriv 0, for at rydde det).</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurgt</translation>
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
        <translation>Kunne overveje at ansætte</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Udviklingsområder</translation>
    </message>
</context>
<context>
    <name>FieldBalancesEditor</name>
    <message>
        <source>Gender balance of the fields</source>
        <translation>Kønsfordeling i fagområderne</translation>
    </message>
    <message>
        <source>The share of women among those employed in each task category. A field is gender-traditional when more than 60 % are of one gender; a placement&apos;s field is the category of its first task. The program&apos;s figures are rounded from official statistics and stand for a group of occupations close to the category: check them against the current publication, or set your own.</source>
        <translation>Andelen af kvinder blandt de beskæftigede inden for hvert opgaveområde. Et fagområde er kønstraditionelt, når mere end 60 % har samme køn; et forløbs fagområde er opgaveområdet for dets første opgave. Programmets tal er afrundet fra officiel statistik og gælder en gruppe af erhverv tæt på opgaveområdet: tjek dem mod den aktuelle udgivelse, eller angiv jeres egne.</translation>
    </message>
    <message>
        <source>Task category</source>
        <translation>Opgaveområde</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinder</translation>
    </message>
    <message>
        <source>Traditional for</source>
        <translation>Traditionelt for</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Gender balance per task category</source>
        <translation>Kønsfordeling pr. opgaveområde</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Andel kvinder</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <source>Share of &amp;women:</source>
        <translation>Andel k&amp;vinder:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>K&amp;ilde:</translation>
    </message>
    <message>
        <source>Save &amp;figure</source>
        <translation>Gem &amp;tal</translation>
    </message>
    <message>
        <source>Use this figure for the category in place of the program&apos;s</source>
        <translation>Brug dette tal for området i stedet for programmets</translation>
    </message>
    <message>
        <source>Use the program&apos;s fi&amp;gure</source>
        <translation>&amp;Brug programmets tal</translation>
    </message>
    <message>
        <source>Put back the program&apos;s figure for the category (or none)</source>
        <translation>Sæt programmets tal for området tilbage (eller intet tal)</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Nulstil til standard</translation>
    </message>
    <message>
        <source>Status of the gender balance</source>
        <translation>Status for kønsfordelingen</translation>
    </message>
    <message>
        <source>No figure: not counted</source>
        <translation>Intet tal: tælles ikke med</translation>
    </message>
    <message>
        <source>Your figure: %1</source>
        <translation>Jeres tal: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mænd</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Choose a category in the table.</source>
        <translation>Vælg et område i tabellen.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>Tallet blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Default figure restored.</source>
        <translation>Standardtallet er sat tilbage.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Keep mine</source>
        <translation>Behold mit</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tag deres</translation>
    </message>
    <message>
        <source>%1: keep mine</source>
        <translation>%1: behold mit</translation>
    </message>
    <message>
        <source>%1: take theirs</source>
        <translation>%1: tag deres</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>Du skrev</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 gemte</translation>
    </message>
    <message>
        <source>Merge: edit the text below</source>
        <translation>Saml: ret teksten herunder</translation>
    </message>
    <message>
        <source>%1: merge by editing</source>
        <translation>%1: saml ved at rette</translation>
    </message>
    <message>
        <source>%1, merged</source>
        <translation>%1, samlet</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Double-click a row or press Enter to open its employer.</source>
        <translation>Dobbeltklik på en række, eller tryk på Enter for at åbne virksomheden.</translation>
    </message>
    <message>
        <source>Record contact…</source>
        <translation>Registrér kontakt…</translation>
    </message>
    <message>
        <source>Record the new contact with the employer; saving it marks this done.</source>
        <translation>Registrér den nye kontakt med virksomheden; når den gemmes, markeres denne som gennemført.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markér som gennemført</translation>
    </message>
    <message>
        <source>Done without a new contact to record.</source>
        <translation>Gennemført uden en ny kontakt at registrere.</translation>
    </message>
    <message>
        <source>The follow-up was not marked done</source>
        <translation>Opfølgningen blev ikke markeret som gennemført</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Forsinket %n dag</numerusform>
            <numerusform>Forsinket %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Forfalder i dag</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Om %n dag</numerusform>
            <numerusform>Om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>* Required</source>
        <translation>* Skal udfyldes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 af 5</translation>
    </message>
</context>
<context>
    <name>HeadlinePanel</name>
    <message>
        <source>Targets and headline figures</source>
        <translation>Mål og nøgletal</translation>
    </message>
    <message>
        <source>Placement type of the conversion</source>
        <translation>Forløbstype for overgang til ansættelse</translation>
    </message>
    <message>
        <source>Placement t&amp;ype:</source>
        <translation>Forløbst&amp;ype:</translation>
    </message>
    <message>
        <source>A field is gender-traditional when more than 60 % of those employed in it are of one gender. The field is the category of the placement&apos;s first task; the shares of women per category are in the settings.</source>
        <translation>Et fagområde er kønstraditionelt, når mere end 60 % af de beskæftigede i det har samme køn. Fagområdet er opgaveområdet for forløbets første opgave; andelen af kvinder pr. opgaveområde findes i indstillingerne.</translation>
    </message>
    <message>
        <source>Measure of the trend</source>
        <translation>Nøgletal for udviklingen</translation>
    </message>
    <message>
        <source>T&amp;rend of:</source>
        <translation>Ud&amp;vikling i:</translation>
    </message>
    <message>
        <source>A bar a calendar year, up to five years ending in the period&apos;s year (this year&apos;s hollow: the year is not over); the dashed line is the target.</source>
        <translation>En søjle pr. kalenderår, op til fem år til og med periodens år (indeværende år er hult: året er ikke slut); den stiplede linje er målet.</translation>
    </message>
    <message>
        <source>Each figure of the period beside the target for %1 (set in the settings). A count is the period&apos;s; its target is the year&apos;s.</source>
        <translation>Hvert tal for perioden sammenholdt med målet for %1 (angivet i indstillingerne). Et antal gælder perioden; målet for det gælder hele året.</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (mål %2)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Ended placements that became employment: none ended in the period.</source>
        <translation>Afsluttede forløb, der blev til ansættelse: ingen forløb blev afsluttet i perioden.</translation>
    </message>
    <message>
        <source>Ended placements that became employment: %1 of %2 (%3)</source>
        <translation>Afsluttede forløb, der blev til ansættelse: %1 af %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message>
        <source>Placements started outside gender-traditional fields: women %1, men %2; field not known: %3</source>
        <translation>Startede forløb uden for kønstraditionelle fagområder: kvinder %1, mænd %2; fagområde ukendt: %3</translation>
    </message>
    <message>
        <source>Employers with a placement started in the period: %1; of these, %2 had one before and %3 took two or more in the period.</source>
        <translation>Virksomheder med et forløb startet i perioden: %1; heraf havde %2 haft et forløb før, og %3 tog imod to eller flere i perioden.</translation>
    </message>
    <message>
        <source>No municipal cost is recorded for the period.</source>
        <translation>Der er ikke registreret nogen kommunal udgift for perioden.</translation>
    </message>
    <message>
        <source>%1 %2 kr</source>
        <translation>%1 %2 kroner</translation>
    </message>
    <message>
        <source>no subsidy type</source>
        <translation>ingen tilskudstype</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost in the period: %1; in all %2 kr</source>
        <translation>Kommunens udgift i perioden: %1; i alt %2 kroner</translation>
    </message>
    <message>
        <source>Trend of %1</source>
        <translation>Udvikling i %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importér fra et regneark</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Windows-1252 (Swedish Excel)</source>
        <translation>Windows-1252 (dansk Excel)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkodning:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <source>Leave &amp;out the refused rows and import the rest</source>
        <translation>&amp;Spring de afviste rækker over, og importér resten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Vælg et regneark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt)</source>
        <translation>Regneark (*.csv *.xlsx *.ods *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <source>Read as an OpenDocument spreadsheet</source>
        <translation>Læst som OpenDocument-regneark</translation>
    </message>
    <message>
        <source>Read as an Excel workbook</source>
        <translation>Læst som Excel-projektmappe</translation>
    </message>
    <message>
        <source>Read as %1, %2</source>
        <translation>Læst som %1, %2</translation>
    </message>
    <message>
        <source>Choose which column holds: %1</source>
        <translation>Vælg, hvilken kolonne der indeholder: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerer rækkerne…</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook (Excel or OpenDocument) with a row of headings. Headings such as Förnamn, Efternamn, Personnummer, Arbetsgivare, Org.nr and Startdatum are recognised; you can say what the others are. Nothing is saved until you press Import.</source>
        <translation>Vælg en CSV-fil eller en projektmappe (Excel eller OpenDocument) med en række overskrifter. Overskrifter som Fornavn, Efternavn, CPR-nummer, Virksomhed, CVR-nummer og Startdato genkendes (også de svenske); hvad de andre er, kan du selv angive. Intet gemmes, før du trykker på Importér.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n allerede registreret</numerusform>
            <numerusform>%n allerede registrerede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n afvist</numerusform>
            <numerusform>%n afviste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n opdateres</numerusform>
            <numerusform>%n opdateres</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Kunne ikke importere</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Importerede %n post.</numerusform>
            <numerusform>Importerede %n poster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With them %n contact(s).</source>
        <translation>
            <numerusform>Desuden %n kontaktperson.</numerusform>
            <numerusform>Desuden %n kontaktpersoner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n afvist række blev sprunget over.</numerusform>
            <numerusform>%n afviste rækker blev sprunget over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyFiguresView</name>
    <message>
        <source>Key figures %1</source>
        <translation>Nøgletal %1</translation>
    </message>
    <message>
        <source>Key figures %1 – %2</source>
        <translation>Nøgletal %1 – %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinder</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mænd</translation>
    </message>
    <message>
        <source>Other or undisclosed</source>
        <translation>Andet eller ikke oplyst</translation>
    </message>
    <message>
        <source>Active during the year</source>
        <translation>Aktive i løbet af året</translation>
    </message>
    <message>
        <source>Active during the period</source>
        <translation>Aktive i løbet af perioden</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Into work or education</source>
        <translation>Til job eller uddannelse</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Afbrudt før tid</translation>
    </message>
    <message>
        <source>Employers who felt supported,
of the placements followed up</source>
        <translation>Virksomheder, der følte sig støttet,
af forløbene med opfølgning</translation>
    </message>
    <message>
        <source>Participants who felt supported,
of the placements followed up</source>
        <translation>Deltagere, der følte sig støttet,
af forløbene med opfølgning</translation>
    </message>
    <message>
        <source>Of the placements whose feedback rated the support during the period (the latest rating of each): how many rated it 4 or 5 of 5.</source>
        <translation>Af de forløb, hvor en tilbagemelding i perioden vurderede støtten (den seneste vurdering for hvert forløb): hvor mange der gav 4 eller 5 ud af 5.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerudtræk</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Gendannet fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Purged by retention</source>
        <translation>Slettet efter opbevaringsfrist</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet endeligt</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Mislykket oplåsning</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Indstillinger ændret</translation>
    </message>
    <message>
        <source>Encryption changed</source>
        <translation>Kryptering ændret</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Database krypteret</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Adgangsfrase skiftet</translation>
    </message>
    <message>
        <source>Readable copies encrypted</source>
        <translation>Læsbare kopier krypteret</translation>
    </message>
    <message>
        <source>Readable copies removed</source>
        <translation>Læsbare kopier fjernet</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <source>Follow-up summary</source>
        <translation>Opsummering af opfølgning</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Forløbsaftale</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistikrapport</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <source>Project report (XLSX)</source>
        <translation>Projektrapport (XLSX)</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Deltagerliste</translation>
    </message>
    <message>
        <source>List of employers</source>
        <translation>Virksomhedsliste</translation>
    </message>
    <message>
        <source>List of placements</source>
        <translation>Forløbsliste</translation>
    </message>
    <message>
        <source>List of check-ins</source>
        <translation>Liste over opfølgninger</translation>
    </message>
    <message>
        <source>Notes of a placement</source>
        <translation>Notater for et forløb</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Koordinatorens navn</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Koordinatorens telefon</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>Koordinatorens e-mail</translation>
    </message>
    <message>
        <source>Default follow-up plan</source>
        <translation>Standardopfølgningsplan</translation>
    </message>
    <message>
        <source>Follow-up plan of a placement type</source>
        <translation>Opfølgningsplan for en forløbstype</translation>
    </message>
    <message>
        <source>Silent after</source>
        <translation>Uden kontakt efter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Antal sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <source>Oldest backup kept</source>
        <translation>Ældste sikkerhedskopi, der gemmes</translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation>Interval for sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lås efter</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation>Opbevaring af afsluttede sager</translation>
    </message>
    <message>
        <source>Decision for closed cases</source>
        <translation>Beslutning for afsluttede sager</translation>
    </message>
    <message>
        <source>Retention of logs</source>
        <translation>Opbevaring af logge</translation>
    </message>
    <message>
        <source>Decision for logs</source>
        <translation>Beslutning for logge</translation>
    </message>
    <message>
        <source>Largest file to import</source>
        <translation>Største fil ved import</translation>
    </message>
    <message>
        <source>Most rows to import</source>
        <translation>Flest rækker ved import</translation>
    </message>
    <message>
        <source>Longest cell to import</source>
        <translation>Længste celle ved import</translation>
    </message>
    <message>
        <source>Largest workbook unpacked</source>
        <translation>Største udpakkede projektmappe</translation>
    </message>
    <message>
        <source>List of placement types</source>
        <translation>Liste over forløbstyper</translation>
    </message>
    <message>
        <source>List of note kinds</source>
        <translation>Liste over notattyper</translation>
    </message>
    <message>
        <source>List of referral sources</source>
        <translation>Liste over henvisende aktører</translation>
    </message>
    <message>
        <source>List of ending reasons</source>
        <translation>Liste over afslutningsårsager</translation>
    </message>
    <message>
        <source>Reporting categories for SUS</source>
        <translation>Rapporteringskategorier for SUS</translation>
    </message>
    <message>
        <source>Reporting categories for the social services</source>
        <translation>Rapporteringskategorier for socialforvaltningen</translation>
    </message>
    <message>
        <source>Reporting categories for ESF</source>
        <translation>Rapporteringskategorier for ESF</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Logposter</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Network contacts</source>
        <translation>Netværkskontakter</translation>
    </message>
    <message>
        <source>Employers&apos; tasks on offer</source>
        <translation>Virksomhedernes tilbudte opgaver</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>hver dag</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>hver {days}. dag</translation>
    </message>
    <message>
        <source>{rhythm} for 1 week</source>
        <translation>{rhythm} i 1 uge</translation>
    </message>
    <message>
        <source>{rhythm} for {weeks} weeks</source>
        <translation>{rhythm} i {weeks} uger</translation>
    </message>
    <message>
        <source>silent after 1 day</source>
        <translation>uden kontakt efter 1 dag</translation>
    </message>
    <message>
        <source>silent after {days} days</source>
        <translation>uden kontakt efter {days} dage</translation>
    </message>
    <message>
        <source>{rhythm}, {silence}</source>
        <translation>{rhythm}, {silence}</translation>
    </message>
    <message>
        <source>{first}; then {rest}</source>
        <translation>{first}; derefter {rest}</translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {phase}</source>
        <translation>Fase {number} af {count}: {phase}</translation>
    </message>
    <message>
        <source>No planned follow-up</source>
        <translation>Ingen planlagt opfølgning</translation>
    </message>
    <message>
        <source>The participant comes to work as agreed.</source>
        <translation>Deltageren møder som aftalt.</translation>
    </message>
    <message>
        <source>The participant manages the work tasks.</source>
        <translation>Deltageren klarer arbejdsopgaverne.</translation>
    </message>
    <message>
        <source>Working together with the participant goes well.</source>
        <translation>Samarbejdet med deltageren går godt.</translation>
    </message>
    <message>
        <source>The participant has developed during the placement.</source>
        <translation>Deltageren har udviklet sig i løbet af forløbet.</translation>
    </message>
    <message>
        <source>I have felt supported by the ambassador.</source>
        <translation>Jeg har følt mig støttet af ambassadøren.</translation>
    </message>
    <message>
        <source>I have been able to be at the workplace as planned.</source>
        <translation>Jeg har kunnet være på arbejdspladsen som planlagt.</translation>
    </message>
    <message>
        <source>I manage the work tasks.</source>
        <translation>Jeg klarer arbejdsopgaverne.</translation>
    </message>
    <message>
        <source>I get on well with my workmates and supervisor.</source>
        <translation>Jeg trives med mine kolleger og min vejleder.</translation>
    </message>
    <message>
        <source>I have learned new things.</source>
        <translation>Jeg har lært nye ting.</translation>
    </message>
    <message>
        <source>I have had the support I needed from the ambassador.</source>
        <translation>Jeg har fået den støtte, jeg havde brug for, fra ambassadøren.</translation>
    </message>
    <message>
        <source>Do not agree at all</source>
        <translation>Helt uenig</translation>
    </message>
    <message>
        <source>Fully agree</source>
        <translation>Helt enig</translation>
    </message>
    <message>
        <source>Could you consider hiring the participant?</source>
        <translation>Kunne I overveje at ansætte deltageren?</translation>
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
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>The participant&apos;s strengths</source>
        <translation>Deltagerens styrker</translation>
    </message>
    <message>
        <source>What the participant could develop</source>
        <translation>Hvad deltageren kan udvikle</translation>
    </message>
    <message>
        <source>What has gone well</source>
        <translation>Hvad der er gået godt</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Hvad der kunne være bedre</translation>
    </message>
    <message>
        <source>{supported} of {rated} respondents ({percent}) felt supported</source>
        <translation>{supported} af {rated} svarpersoner ({percent}) følte sig støttet</translation>
    </message>
    <message>
        <source>{answered} answers of {sent} sent</source>
        <translation>{answered} svar af {sent} sendte</translation>
    </message>
    <message>
        <source>No questionnaire sent in the period</source>
        <translation>Intet spørgeskema sendt i perioden</translation>
    </message>
    <message>
        <source>No answer about the support yet</source>
        <translation>Endnu intet svar om støtten</translation>
    </message>
    <message>
        <source>SUS (coordination associations)</source>
        <translation>SUS (samordningsforbund)</translation>
    </message>
    <message>
        <source>Social services&apos; monthly reporting</source>
        <translation>Socialforvaltningens månedlige indberetning</translation>
    </message>
    <message>
        <source>ESF participant reporting</source>
        <translation>ESF-deltagerindberetning</translation>
    </message>
    <message>
        <source>Follow-up to the region</source>
        <translation>Opfølgning til regionen</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Uden kategori</translation>
    </message>
    <message>
        <source>Request for erasure granted (GDPR art. 17)</source>
        <translation>Anmodning om sletning imødekommet (GDPR art. 17)</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>Registreret ved en fejl</translation>
    </message>
    <message>
        <source>The municipality&apos;s retention decision</source>
        <translation>Kommunens beslutning om opbevaring</translation>
    </message>
    <message>
        <source>Order of a court or supervisory authority</source>
        <translation>Afgørelse fra en domstol eller tilsynsmyndighed</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec.</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Ønsker ikke at oplyse</translation>
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
        <translation>Statslig</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Almennyttig</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Ingen aftale</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Partnerskabsaftale</translation>
    </message>
    <message>
        <source>One-off agreement</source>
        <translation>Enkeltaftale</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Aftale ophørt</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Anden kontakt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Ansættelse</translation>
    </message>
    <message>
        <source>Subsidised employment</source>
        <translation>Job med løntilskud</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Anden indsats</translation>
    </message>
    <message>
        <source>No occupation</source>
        <translation>Ingen beskæftigelse</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Afbrudt før tid</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Deltageren</translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation>Vejlederen</translation>
    </message>
    <message>
        <source>Participant and supervisor</source>
        <translation>Deltageren og vejlederen</translation>
    </message>
    <message>
        <source>An authority</source>
        <translation>En myndighed</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ikke gennemført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>I job</translation>
    </message>
    <message>
        <source>In studies</source>
        <translation>I uddannelse</translation>
    </message>
    <message>
        <source>In another measure</source>
        <translation>I anden indsats</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ingen af disse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbagemelding</translation>
    </message>
    <message>
        <source>Employer&apos;s task</source>
        <translation>Virksomhedens opgave</translation>
    </message>
    <message>
        <source>Outcome check</source>
        <translation>Resultatopfølgning</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Listepost</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Share needs and adaptations with the employer</source>
        <translation>Del behov og tilpasninger med virksomheden</translation>
    </message>
    <message>
        <source>Contact the referring authority</source>
        <translation>Kontakt den henvisende myndighed</translation>
    </message>
    <message>
        <source>Share the follow-up summary with the employer</source>
        <translation>Del opsummeringen af opfølgningen med virksomheden</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Work performance</source>
        <translation>Arbejdsindsats</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Felt supported by the ambassador</source>
        <translation>Følte sig støttet af ambassadøren</translation>
    </message>
    <message>
        <source>Into work or education (%)</source>
        <translation>Til job eller uddannelse (%)</translation>
    </message>
    <message>
        <source>Participants who felt supported (%)</source>
        <translation>Deltagere, der følte sig støttet (%)</translation>
    </message>
    <message>
        <source>Employers who felt supported (%)</source>
        <translation>Virksomheder, der følte sig støttet (%)</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Startede forløb</translation>
    </message>
    <message>
        <source>People started</source>
        <translation>Personer startet</translation>
    </message>
    <message>
        <source>Ended placements that became employment (%)</source>
        <translation>Afsluttede forløb, der blev til ansættelse (%)</translation>
    </message>
    <message>
        <source>Placements outside gender-traditional fields (%)</source>
        <translation>Forløb uden for kønstraditionelle fagområder (%)</translation>
    </message>
    <message>
        <source>Returning employers (%)</source>
        <translation>Tilbagevendende virksomheder (%)</translation>
    </message>
    <message>
        <source>Placements started of a type</source>
        <translation>Startede forløb af en bestemt type</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>Tilføj et punkt til %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Rename the chosen entry</source>
        <translation>Omdøb det valgte punkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the chosen entry</source>
        <translation>Fjern det valgte punkt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move the chosen entry up</source>
        <translation>Flyt det valgte punkt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move the chosen entry down</source>
        <translation>Flyt det valgte punkt ned</translation>
    </message>
</context>
<context>
    <name>ListExportsPanel</name>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV til Excel (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include personal &amp;identity numbers</source>
        <translation>Medtag &amp;CPR-numre</translation>
    </message>
    <message>
        <source>Only when the receiver needs them; the file is logged either way.</source>
        <translation>Kun når modtageren har brug for dem; filen logges under alle omstændigheder.</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Eksportér liste…</translation>
    </message>
    <message>
        <source>Check-ins to &amp;Outlook (.ics)…</source>
        <translation>Opfølgninger til &amp;Outlook (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importér fra et regneark…</translation>
    </message>
    <message>
        <source>A list holds every record of its register; the check-ins list, those of the chosen period. The calendar file has the check-ins of the past month and the coming year, titled with first name and employer only. Every file is logged.</source>
        <translation>En liste indeholder alle poster i sit register; listen over opfølgninger dem i den valgte periode. Kalenderfilen indeholder opfølgningerne fra den seneste måned og det kommende år, kun med fornavn og virksomhed i titlen. Alle filer logges.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The window was locked after a while without use. Enter the passphrase to go on.</source>
        <translation>Vinduet blev låst efter et stykke tid uden brug. Indtast adgangsfrasen for at fortsætte.</translation>
    </message>
    <message>
        <source>Nothing is shown while the window is locked.</source>
        <translation>Intet vises, mens vinduet er låst.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Ambassador – %1</source>
        <translation>Ambassador – %1</translation>
    </message>
    <message>
        <source>encrypted connection</source>
        <translation>krypteret forbindelse</translation>
    </message>
    <message>
        <source>unencrypted connection</source>
        <translation>ukrypteret forbindelse</translation>
    </message>
    <message>
        <source>Ambassador – %1 (%2)</source>
        <translation>Ambassador – %1 (%2)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Åbner databasen…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
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
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>Datasikkerhed</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Vis &amp;logmappen</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Ambassador – %1</source>
        <translation>Ambassador – %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Placements and people of the whole organisation and of each unit. A group of fewer than 5 is not shown, nor another small group wherever it could be worked out from a total. Active: under way at some time in the year; ended: ended in it.</source>
        <translation>Forløb og personer i hele organisationen og i hver enhed. En gruppe på færre end 5 vises ikke, og heller ikke en anden lille gruppe, hvis den kan regnes ud fra en sum. Aktive: i gang på et tidspunkt i løbet af året; afsluttede: afsluttet i løbet af året.</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Suggested employers for %1</source>
        <translation>Foreslåede virksomheder til %1</translation>
    </message>
    <message>
        <source>Employers with a free place and a task in: %1.</source>
        <translation>Virksomheder med en ledig plads og en opgave inden for: %1.</translation>
    </message>
    <message>
        <source>No task interests are recorded, so tasks of every kind are suggested. Tick interests on the participant to narrow the list.</source>
        <translation>Der er ikke registreret interesser for opgaver, så der foreslås opgaver af alle slags. Sæt kryds ved interesser hos deltageren for at indsnævre listen.</translation>
    </message>
    <message>
        <source>Tasks that ask for something the person cannot do are left out.</source>
        <translation>Opgaver, der kræver noget, personen ikke kan, er udeladt.</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Ledige pladser</translation>
    </message>
    <message>
        <source>Tasks that fit</source>
        <translation>Opgaver, der passer</translation>
    </message>
    <message>
        <source>Suggested employers</source>
        <translation>Foreslåede virksomheder</translation>
    </message>
    <message>
        <source>No employer with a free place offers a task that fits. List the tasks each employer can offer under Employers, or tick other interests on the participant.</source>
        <translation>Ingen virksomhed med en ledig plads tilbyder en opgave, der passer. Angiv under Virksomheder, hvilke opgaver hver virksomhed kan tilbyde, eller sæt kryds ved andre interesser hos deltageren.</translation>
    </message>
    <message>
        <source>Start placement</source>
        <translation>Start forløb</translation>
    </message>
    <message>
        <source>A new placement at the chosen employer</source>
        <translation>Et nyt forløb hos den valgte virksomhed</translation>
    </message>
    <message>
        <source>Show employer</source>
        <translation>Vis virksomheden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n ledig plads</numerusform>
            <numerusform>%n ledige pladser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <source>New mentor</source>
        <translation>Ny mentor</translation>
    </message>
    <message>
        <source>Edit mentor</source>
        <translation>Redigér mentor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>The unit (any employer)</source>
        <translation>Enheden (alle virksomheder)</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbejder hos</translation>
    </message>
    <message>
        <source>A mentor at an employer is offered on that employer&apos;s placements; the unit&apos;s own on every placement.</source>
        <translation>En mentor hos en virksomhed tilbydes i virksomhedens forløb; enhedens egne i alle forløb.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>this mentor</source>
        <translation>denne mentor</translation>
    </message>
</context>
<context>
    <name>MentorsGroup</name>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>A mentor guides a participant on a placement, at the employer or from the unit; the placement form names them and their hours a week. Each mentor is saved by their own form.</source>
        <translation>En mentor vejleder en deltager i et forløb, enten i virksomheden eller fra enheden; i forløbets formular angives mentoren og antal timer om ugen. Hver mentor gemmes med sin egen formular.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbejder hos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No mentors yet. Add the unit&apos;s own, or one at an employer, with New mentor.</source>
        <translation>Ingen mentorer endnu. Tilføj enhedens egne eller en hos en virksomhed med Ny mentor.</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Ny mentor…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Edit the chosen mentor</source>
        <translation>Redigér den valgte mentor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the chosen mentor</source>
        <translation>Fjern den valgte mentor</translation>
    </message>
    <message>
        <source>Remove mentor</source>
        <translation>Fjern mentor</translation>
    </message>
    <message>
        <source>Remove %1 from the mentors?</source>
        <translation>Vil du fjerne %1 fra mentorerne?</translation>
    </message>
    <message>
        <source>The mentor was not removed</source>
        <translation>Mentoren blev ikke fjernet</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Enheden</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Give how many placements at once, 0 to 500.</source>
        <translation>Angiv, hvor mange forløb der kan være ad gangen, 0 til 500.</translation>
    </message>
    <message>
        <source>Give the time spent as 0 to 1440 minutes.</source>
        <translation>Angiv tidsforbruget som 0 til 1440 minutter.</translation>
    </message>
    <message>
        <source>A note records what happened; it cannot be later than now.</source>
        <translation>Et notat beskriver noget, der er sket; det kan ikke ligge senere end nu.</translation>
    </message>
    <message>
        <source>Give at least one rating or a comment.</source>
        <translation>Angiv mindst én vurdering eller en kommentar.</translation>
    </message>
    <message>
        <source>Write the personal identity number.</source>
        <translation>Skriv CPR-nummeret.</translation>
    </message>
    <message>
        <source>Write the personal identity number as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation>Skriv CPR-nummeret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number for a typo.</source>
        <translation>Kontrolcifferet passer ikke; tjek nummeret for tastefejl.</translation>
    </message>
    <message>
        <source>The number does not begin with a real date of birth.</source>
        <translation>Nummeret begynder ikke med en gyldig fødselsdato.</translation>
    </message>
    <message>
        <source>The date of birth in the number is in the future.</source>
        <translation>Fødselsdatoen i nummeret ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Write the organisation number.</source>
        <translation>Skriv CVR-nummeret.</translation>
    </message>
    <message>
        <source>Write the organisation number as NNNNNN-NNNN (ten digits).</source>
        <translation>Skriv CVR-nummeret som NNNNNN-NNNN (ti cifre).</translation>
    </message>
    <message>
        <source>The organisation number&apos;s check digit does not match; check it for a typo.</source>
        <translation>CVR-nummerets kontrolciffer passer ikke; tjek det for tastefejl.</translation>
    </message>
    <message>
        <source>This looks like a personal identity number, not an organisation number (the third digit of an organisation number is 2 or higher). A sole trader&apos;s personal identity number is not accepted here.</source>
        <translation>Dette ligner et CPR-nummer, ikke et CVR-nummer (det tredje ciffer i et CVR-nummer er 2 eller højere). En enkeltmandsvirksomheds CPR-nummer accepteres ikke her.</translation>
    </message>
    <message>
        <source>Give a follow-up interval of 1 to 365 days.</source>
        <translation>Angiv et opfølgningsinterval på 1 til 365 dage.</translation>
    </message>
    <message>
        <source>An early ending needs a reason.</source>
        <translation>En afbrydelse før tid kræver en årsag.</translation>
    </message>
    <message>
        <source>A placement cannot end after today.</source>
        <translation>Et forløb kan ikke afsluttes senere end i dag.</translation>
    </message>
    <message>
        <source>This placement has already ended.</source>
        <translation>Forløbet er allerede afsluttet.</translation>
    </message>
    <message>
        <source>Give an amount from 0 to 1,000,000 kronor a month.</source>
        <translation>Angiv et beløb fra 0 til 1.000.000 kr. om måneden.</translation>
    </message>
    <message>
        <source>Give a mentor&apos;s hours from 0 to 60 a week.</source>
        <translation>Angiv mentortimer fra 0 til 60 om ugen.</translation>
    </message>
    <message>
        <source>Choose the subsidy type the amount or share is for.</source>
        <translation>Vælg den tilskudstype, som beløbet eller andelen gælder.</translation>
    </message>
    <message>
        <source>A follow-up plan has 1 to 6 phases.</source>
        <translation>En opfølgningsplan har 1 til 6 faser.</translation>
    </message>
    <message>
        <source>Phase {phase}: give a check-in interval of 1 to 365 days.</source>
        <translation>Fase {phase}: angiv et interval mellem opfølgningerne på 1 til 365 dage.</translation>
    </message>
    <message>
        <source>Phase {phase}: give a length of 1 to 104 weeks.</source>
        <translation>Fase {phase}: angiv en længde på 1 til 104 uger.</translation>
    </message>
    <message>
        <source>The last phase runs until the placement ends; it has no length.</source>
        <translation>Den sidste fase varer, indtil forløbet slutter; den har ingen længde.</translation>
    </message>
    <message>
        <source>Phase {phase}: the silence threshold must be at least the check-in interval, and at most 365 days.</source>
        <translation>Fase {phase}: grænsen for dage uden kontakt skal være mindst lige så lang som intervallet mellem opfølgningerne og højst 365 dage.</translation>
    </message>
    <message>
        <source>The follow-up plan could not be read.</source>
        <translation>Opfølgningsplanen kunne ikke læses.</translation>
    </message>
    <message>
        <source>A questionnaire code is six letters and digits, for example K7M-2QX.</source>
        <translation>En spørgeskemakode består af seks bogstaver og cifre, for eksempel K7M-2QX.</translation>
    </message>
    <message>
        <source>{code} is not a questionnaire code: check it for a mistyped character.</source>
        <translation>{code} er ikke en spørgeskemakode: tjek, om et tegn er tastet forkert.</translation>
    </message>
    <message>
        <source>No questionnaire has the code {code}.</source>
        <translation>Intet spørgeskema har koden {code}.</translation>
    </message>
    <message>
        <source>The questionnaire {code} was already answered on {day}; its answers are saved.</source>
        <translation>Spørgeskemaet {code} blev allerede besvaret {day}; svarene er gemt.</translation>
    </message>
    <message>
        <source>The answers cannot be dated before the questionnaire was sent, {day}.</source>
        <translation>Svarene kan ikke dateres før den dag, spørgeskemaet blev sendt, {day}.</translation>
    </message>
    <message>
        <source>The answers cannot be dated later than today.</source>
        <translation>Svarene kan ikke dateres senere end i dag.</translation>
    </message>
    <message>
        <source>Only the employer&apos;s questionnaire asks about hiring.</source>
        <translation>Det er kun virksomhedens spørgeskema, der spørger om ansættelse.</translation>
    </message>
    <message>
        <source>Give the five answers as digits 1 to 5, a dash for a question left blank, for example 45-54.</source>
        <translation>Angiv de fem svar som cifre fra 1 til 5 og en bindestreg for et spørgsmål uden svar, for eksempel 45-54.</translation>
    </message>
    <message>
        <source>A category may hold at most 200 characters.</source>
        <translation>En kategori må højst indeholde 200 tegn.</translation>
    </message>
    <message>
        <source>This is not an outcome or result of the program.</source>
        <translation>Dette er ikke et resultat, som programmet kender.</translation>
    </message>
    <message>
        <source>Each outcome, reason or result may appear only once.</source>
        <translation>Hvert resultat og hver årsag må kun forekomme én gang.</translation>
    </message>
    <message>
        <source>The reference may hold at most 100 characters.</source>
        <translation>Referencen må højst have 100 tegn.</translation>
    </message>
    <message>
        <source>Give the reference (case or decision number) of the legal basis.</source>
        <translation>Angiv referencen (journal- eller afgørelsesnummer) for retsgrundlaget.</translation>
    </message>
    <message>
        <source>Give a number of days from 1 to 365.</source>
        <translation>Angiv et antal dage fra 1 til 365.</translation>
    </message>
    <message>
        <source>A list needs at least one entry.</source>
        <translation>En liste skal have mindst ét punkt.</translation>
    </message>
    <message>
        <source>Each entry may appear only once.</source>
        <translation>Hvert punkt må kun forekomme én gang.</translation>
    </message>
    <message>
        <source>An entry may hold at most 200 characters.</source>
        <translation>Et punkt må højst indeholde 200 tegn.</translation>
    </message>
    <message>
        <source>Give a number from {low} to {high}.</source>
        <translation>Angiv et tal fra {low} til {high}.</translation>
    </message>
    <message>
        <source>Cite the retention decision this period comes from.</source>
        <translation>Angiv den beslutning om opbevaring, som fristen stammer fra.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Logoet skal være et PNG-billede.</translation>
    </message>
    <message>
        <source>The logo may be at most 1 MB.</source>
        <translation>Logoet må højst fylde 1 MB.</translation>
    </message>
    <message>
        <source>Choose Swedish, English or Danish.</source>
        <translation>Vælg svensk, engelsk eller dansk.</translation>
    </message>
    <message>
        <source>Task {row}: give the task a name.</source>
        <translation>Opgave {row}: giv opgaven et navn.</translation>
    </message>
    <message>
        <source>Task {row}: a task&apos;s name may hold at most {limit} characters.</source>
        <translation>Opgave {row}: en opgaves navn må højst indeholde {limit} tegn.</translation>
    </message>
    <message>
        <source>Task {row}: choose a category from the list in the settings.</source>
        <translation>Opgave {row}: vælg en kategori fra listen i indstillingerne.</translation>
    </message>
    <message>
        <source>Task {row}: choose requirements from the list in the settings.</source>
        <translation>Opgave {row}: vælg krav fra listen i indstillingerne.</translation>
    </message>
    <message>
        <source>An employer may list at most {limit} tasks.</source>
        <translation>En virksomhed kan højst have {limit} opgaver.</translation>
    </message>
    <message>
        <source>Choose only entries of the list in the settings ({label} is not one).</source>
        <translation>Vælg kun punkter fra listen i indstillingerne ({label} er ikke et af dem).</translation>
    </message>
    <message>
        <source>Choose at most {limit} entries.</source>
        <translation>Vælg højst {limit} punkter.</translation>
    </message>
    <message>
        <source>Choose only tasks the placement&apos;s employer offers.</source>
        <translation>Vælg kun opgaver, som forløbets virksomhed tilbyder.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>At most {limit} characters (now {length}).</source>
        <translation>Højst {limit} tegn (nu {length}).</translation>
    </message>
    <message>
        <source>A name may hold letters, spaces, hyphens and apostrophes, not digits or symbols.</source>
        <translation>Et navn kan indeholde bogstaver, mellemrum, bindestreger og apostroffer, men ikke cifre eller andre tegn.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Et navn skal have mindst ét bogstav.</translation>
    </message>
    <message>
        <source>The documents cannot print letters of this script: write the name as the population register does.</source>
        <translation>Dokumenterne kan ikke udskrive bogstaver i denne skrift: skriv navnet, som det står i CPR-registret.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatoen kan ikke ligge før startdatoen.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>En vurdering er et helt tal fra 1 til 5.</translation>
    </message>
    <message>
        <source>Give a share between 1 and 100 per cent.</source>
        <translation>Angiv en andel mellem 1 og 100 procent.</translation>
    </message>
    <message>
        <source>Give between 1 and 60 hours a week.</source>
        <translation>Angiv mellem 1 og 60 timer om ugen.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.se.</source>
        <translation>En e-mailadresse ser sådan ud: navn@eksempel.dk.</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, +, - and parentheses.</source>
        <translation>Et telefonnummer består af cifre, mellemrum, +, - og parenteser.</translation>
    </message>
    <message>
        <source>Write the follow-up plan as a number of days, such as 14, or in words, such as every 7 days for 4 weeks; then every 30 days.</source>
        <translation>Skriv opfølgningsplanen som et antal dage, for eksempel 14, eller med ord, for eksempel hver 7. dag i 4 uger; derefter hver 30. dag.</translation>
    </message>
    <message>
        <source>The cell holds a formula; copy the column and paste it as values.</source>
        <translation>Cellen indeholder en formel; kopiér kolonnen, og indsæt den som værdier.</translation>
    </message>
    <message>
        <source>The cell holds a NUL byte, which no text has: the file is damaged here. Correct the cell in the spreadsheet program, or leave the row out.</source>
        <translation>Cellen indeholder en NUL-byte, som ingen tekst har: filen er beskadiget her. Ret cellen i regnearksprogrammet, eller spring rækken over.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen indeholder ingen rækker.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete; save it again from the spreadsheet program.</source>
        <translation>Filen er beskadiget eller ufuldstændig; gem den igen fra regnearksprogrammet.</translation>
    </message>
    <message>
        <source>The file is neither CSV text nor a workbook (Excel .xlsx or OpenDocument .ods); save it from the spreadsheet program as one of those.</source>
        <translation>Filen er hverken CSV-tekst eller en projektmappe (Excel .xlsx eller OpenDocument .ods); gem den fra regnearksprogrammet i et af disse formater.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls) or one protected by a password; save it as an Excel workbook (.xlsx) without a password, or as CSV.</source>
        <translation>Filen er en ældre Excel-projektmappe (.xls) eller beskyttet med adgangskode; gem den som Excel-projektmappe (.xlsx) uden adgangskode eller som CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet is protected by a password; save it again without one, or as CSV.</source>
        <translation>Regnearket er beskyttet med adgangskode; gem det igen uden adgangskode eller som CSV.</translation>
    </message>
    <message>
        <source>A quotation mark in the file is never closed, so its rows cannot be told apart; open the file in the spreadsheet program and save it again.</source>
        <translation>Et anførselstegn i filen bliver aldrig lukket, så rækkerne kan ikke skelnes fra hinanden; åbn filen i regnearksprogrammet, og gem den igen.</translation>
    </message>
    <message>
        <source>The file cannot be opened; check that it still exists and that you may read it.</source>
        <translation>Filen kan ikke åbnes; tjek, at den stadig findes, og at du har adgang til at læse den.</translation>
    </message>
    <message>
        <source>This is a folder, not a file; choose the spreadsheet file in it.</source>
        <translation>Dette er en mappe, ikke en fil; vælg regnearksfilen i den.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, the most one import reads; split it into smaller files, or raise the limit in the settings (Data safety).</source>
        <translation>Filen er større end {megabytes} MB, som er det meste, en import læser; del den op i mindre filer, eller hæv grænsen i indstillingerne (Datasikkerhed).</translation>
    </message>
    <message>
        <source>The file has more than {rows} rows, the most one import reads; split it into smaller files, or raise the limit in the settings (Data safety).</source>
        <translation>Filen har mere end {rows} rækker, som er det meste, en import læser; del den op i mindre filer, eller hæv grænsen i indstillingerne (Datasikkerhed).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {characters} characters, the most a cell may hold; shorten it, or raise the limit in the settings (Data safety).</source>
        <translation>Række {row} har en celle på mere end {characters} tegn, som er det meste, en celle må indeholde; forkort den, eller hæv grænsen i indstillingerne (Datasikkerhed).</translation>
    </message>
    <message>
        <source>A cell in the file is longer than {characters} characters, the most a cell may hold; shorten it, or raise the limit in the settings (Data safety).</source>
        <translation>En celle i filen har mere end {characters} tegn, som er det meste, en celle må indeholde; forkort den, eller hæv grænsen i indstillingerne (Datasikkerhed).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {megabytes} MB, the most one import reads; it is damaged or holds far more than its rows. Save it again from the spreadsheet program, or raise the limit in the settings (Data safety).</source>
        <translation>Projektmappen fylder mere end {megabytes} MB udpakket, som er det meste, en import læser; den er beskadiget eller indeholder langt mere end sine rækker. Gem den igen fra regnearksprogrammet, eller hæv grænsen i indstillingerne (Datasikkerhed).</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01, 1/3/2026 or 20260301.</source>
        <translation>Skriv datoen som 2026-03-01, 1/3/2026 eller 20260301.</translation>
    </message>
    <message>
        <source>Write a number, such as 20 or 37,5.</source>
        <translation>Skriv et tal, for eksempel 20 eller 37,5.</translation>
    </message>
    <message>
        <source>Write a whole number, such as 14.</source>
        <translation>Skriv et helt tal, for eksempel 14.</translation>
    </message>
    <message>
        <source>Write ja or nej.</source>
        <translation>Skriv ja eller nej.</translation>
    </message>
    <message>
        <source>Write one of: {choices}.</source>
        <translation>Skriv et af følgende: {choices}.</translation>
    </message>
    <message>
        <source>The employer has placements. Delete or move them first; their history must stay whole.</source>
        <translation>Virksomheden har forløb. Slet eller flyt dem først; deres historik skal forblive hel.</translation>
    </message>
    <message>
        <source>Another employer is already registered with this organisation number.</source>
        <translation>En anden virksomhed er allerede registreret med dette CVR-nummer.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>En adgangsfrase skal have mindst {count} tegn.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>Databasen er allerede krypteret.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen er ikke krypteret.</translation>
    </message>
    <message>
        <source>The document could not be written to this file; check the folder and try again.</source>
        <translation>Dokumentet kunne ikke skrives til denne fil; tjek mappen, og prøv igen.</translation>
    </message>
    <message>
        <source>Nothing was written: every document and list is recorded in the database&apos;s export log, and this database is open read-only.</source>
        <translation>Intet blev skrevet: alle dokumenter og lister registreres i databasens eksportlog, og denne database er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Choose a kind of contact from the list.</source>
        <translation>Vælg en kontakttype på listen.</translation>
    </message>
    <message>
        <source>The note&apos;s participant is not the participant of the placement.</source>
        <translation>Notatets deltager er ikke forløbets deltager.</translation>
    </message>
    <message>
        <source>Only a planned check-in can be marked done, missed or cancelled.</source>
        <translation>Kun en planlagt opfølgning kan markeres som gennemført, ikke gennemført eller aflyst.</translation>
    </message>
    <message>
        <source>The placement has ended; nothing more is planned.</source>
        <translation>Forløbet er afsluttet; der planlægges ikke mere.</translation>
    </message>
    <message>
        <source>The respondent must be a contact at the placement&apos;s employer.</source>
        <translation>Den, der svarer, skal være kontaktperson hos forløbets virksomhed.</translation>
    </message>
    <message>
        <source>{count} rows have problems, so nothing was imported. Correct them in the file, or leave them out.</source>
        <translation>{count} rækker har fejl, så intet blev importeret. Ret dem i filen, eller spring dem over.</translation>
    </message>
    <message>
        <source>Already registered with this personal identity number; left as it is.</source>
        <translation>Allerede registreret med dette CPR-nummer; bevares uændret.</translation>
    </message>
    <message>
        <source>A participant with this name is already registered; left as it is.</source>
        <translation>En deltager med dette navn er allerede registreret; bevares uændret.</translation>
    </message>
    <message>
        <source>Already registered with this organisation number; left as it is.</source>
        <translation>Allerede registreret med dette CVR-nummer; bevares uændret.</translation>
    </message>
    <message>
        <source>An employer with this name is already registered; left as it is.</source>
        <translation>En virksomhed med dette navn er allerede registreret; bevares uændret.</translation>
    </message>
    <message>
        <source>This placement (same participant, employer and start) is already registered.</source>
        <translation>Dette forløb (samme deltager, virksomhed og start) er allerede registreret.</translation>
    </message>
    <message>
        <source>The same as row {row} of the file.</source>
        <translation>Det samme som række {row} i filen.</translation>
    </message>
    <message>
        <source>This personal identity number is registered for a participant with another name; check the number and the name.</source>
        <translation>Dette CPR-nummer er registreret for en deltager med et andet navn; tjek nummeret og navnet.</translation>
    </message>
    <message>
        <source>The same personal identity number is on row {rows} of the file too; keep one of the rows.</source>
        <translation>Det samme CPR-nummer står også i række {rows} i filen; behold én af rækkerne.</translation>
    </message>
    <message>
        <source>The same name is on row {rows} of the file too, with no personal identity number to tell them apart; keep one of the rows, or give the numbers.</source>
        <translation>Det samme navn står også i række {rows} i filen, uden CPR-nummer til at skelne dem fra hinanden; behold én af rækkerne, eller angiv numrene.</translation>
    </message>
    <message>
        <source>The same organisation number is on row {rows} of the file with another name; one number is one employer, so correct the number or the name.</source>
        <translation>Det samme CVR-nummer står i række {rows} i filen med et andet navn; ét nummer er én virksomhed, så ret nummeret eller navnet.</translation>
    </message>
    <message>
        <source>The same placement (participant, employer and start) is on row {rows} of the file too; keep one of the rows.</source>
        <translation>Det samme forløb (deltager, virksomhed og start) står også i række {rows} i filen; behold én af rækkerne.</translation>
    </message>
    <message>
        <source>No participant with this name or personal identity number is registered.</source>
        <translation>Der er ikke registreret nogen deltager med dette navn eller CPR-nummer.</translation>
    </message>
    <message>
        <source>Several participants have this name; add a column with the personal identity number.</source>
        <translation>Flere deltagere har dette navn; tilføj en kolonne med CPR-nummeret.</translation>
    </message>
    <message>
        <source>No employer with this name or organisation number is registered.</source>
        <translation>Der er ikke registreret nogen virksomhed med dette navn eller CVR-nummer.</translation>
    </message>
    <message>
        <source>Several employers have this name; add a column with the organisation number.</source>
        <translation>Flere virksomheder har dette navn; tilføj en kolonne med CVR-nummeret.</translation>
    </message>
    <message>
        <source>Not one of the placement types in the settings: {types}.</source>
        <translation>Ikke en af forløbstyperne i indstillingerne: {types}.</translation>
    </message>
    <message>
        <source>The employer has no contact with this name; add the contact first.</source>
        <translation>Virksomheden har ingen kontaktperson med dette navn; tilføj kontaktpersonen først.</translation>
    </message>
    <message>
        <source>Not one of the task categories in the settings: {categories}.</source>
        <translation>Ikke et af opgaveområderne i indstillingerne: {categories}.</translation>
    </message>
    <message>
        <source>Not one of the task requirements in the settings: {requirements}.</source>
        <translation>Ikke et af opgavekravene i indstillingerne: {requirements}.</translation>
    </message>
    <message>
        <source>The employer already lists this task: its category and requirements are updated.</source>
        <translation>Virksomheden har allerede denne opgave: dens område og krav opdateres.</translation>
    </message>
    <message>
        <source>Not one of the ending reasons in the settings: {reasons}.</source>
        <translation>Ikke en af afslutningsårsagerne i indstillingerne: {reasons}.</translation>
    </message>
    <message>
        <source>Not one of the subsidy types in the settings: {types}.</source>
        <translation>Ikke en af tilskudstyperne i indstillingerne: {types}.</translation>
    </message>
    <message>
        <source>Not one of the agreement forms in the settings: {forms}.</source>
        <translation>Ikke en af aftaleformerne i indstillingerne: {forms}.</translation>
    </message>
    <message>
        <source>This outcome check already has a result, recorded on {day}. Nothing was changed.</source>
        <translation>Denne resultatopfølgning har allerede et resultat, registreret {day}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>This outcome check is due on {day}. Its result is what the person is doing then, so it can be recorded from that day.</source>
        <translation>Denne resultatopfølgning forfalder {day}. Resultatet er det, personen laver på det tidspunkt, så det kan registreres fra og med den dag.</translation>
    </message>
    <message>
        <source>This outcome check has no result to take back.</source>
        <translation>Denne resultatopfølgning har intet resultat, der kan trækkes tilbage.</translation>
    </message>
    <message>
        <source>Another participant is already registered with this personal identity number.</source>
        <translation>En anden deltager er allerede registreret med dette CPR-nummer.</translation>
    </message>
    <message>
        <source>Choose the employer the consent concerns.</source>
        <translation>Vælg den virksomhed, samtykket gælder.</translation>
    </message>
    <message>
        <source>Choose a placement type from the list.</source>
        <translation>Vælg en forløbstype på listen.</translation>
    </message>
    <message>
        <source>The supervisor must be a contact at the chosen employer.</source>
        <translation>Vejlederen skal være kontaktperson hos den valgte virksomhed.</translation>
    </message>
    <message>
        <source>The mentor must be the chosen employer&apos;s or the unit&apos;s own.</source>
        <translation>Mentoren skal være den valgte virksomheds eller enhedens egen.</translation>
    </message>
    <message>
        <source>The project is no longer there. Choose another.</source>
        <translation>Projektet findes ikke længere. Vælg et andet.</translation>
    </message>
    <message>
        <source>The participant has another placement in the same period.</source>
        <translation>Deltageren har et andet forløb i samme periode.</translation>
    </message>
    <message>
        <source>Choose an ending reason from the list.</source>
        <translation>Vælg en afslutningsårsag på listen.</translation>
    </message>
    <message>
        <source>The database server&apos;s write-ahead log and IT&apos;s backups of the server still hold the removed records until they age out under IT&apos;s own retention; ask IT how long that is.</source>
        <translation>Databaseserverens transaktionslog og IT&apos;s sikkerhedskopier af serveren indeholder stadig de fjernede oplysninger, indtil de udløber efter IT&apos;s egne opbevaringsregler; spørg IT, hvor længe det er.</translation>
    </message>
    <message>
        <source>The database already holds data; sample data goes into an empty file.</source>
        <translation>Databasen indeholder allerede data; eksempeldata skrives kun til en tom fil.</translation>
    </message>
    <message>
        <source>A password never goes in the server&apos;s address or profile; it is asked for when the program starts</source>
        <translation>En adgangskode skrives aldrig i serverens adresse eller profil; du bliver spurgt om den, når programmet starter</translation>
    </message>
    <message>
        <source>This is not a database server&apos;s address (postgresql://user@host/database)</source>
        <translation>Dette er ikke en databaseservers adresse (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>The server&apos;s address or profile has a setting this program does not know</source>
        <translation>Serverens adresse eller profil har en indstilling, som programmet ikke kender</translation>
    </message>
    <message>
        <source>This server profile cannot be read: it is not a profile Ambassador knows</source>
        <translation>Serverprofilen kan ikke læses: det er ikke en profil, som Ambassador kender</translation>
    </message>
    <message>
        <source>The server&apos;s address does not name a database</source>
        <translation>Serverens adresse angiver ingen database</translation>
    </message>
    <message>
        <source>The backup could not be written to its folder; your data is unchanged.</source>
        <translation>Sikkerhedskopien kunne ikke skrives til sin mappe; dine data er uændrede.</translation>
    </message>
    <message>
        <source>This backup is damaged or not a backup.</source>
        <translation>Sikkerhedskopien er beskadiget eller ikke en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is unchanged.</source>
        <translation>Sikkerhedskopien kunne ikke lægges på plads; databasen er uændret.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it first.</source>
        <translation>Databasen er låst; lås den op først.</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it is unchanged and still readable.</source>
        <translation>Databasen kunne ikke krypteres; den er uændret og kan stadig læses.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>Disken er fuld; intet blev gemt.</translation>
    </message>
    <message>
        <source>The disk is full; the database could not be read.</source>
        <translation>Disken er fuld; databasen kunne ikke læses.</translation>
    </message>
    <message>
        <source>The database is busy in another program; nothing was saved.</source>
        <translation>Databasen er optaget af et andet program; intet blev gemt.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Databasen er optaget af et andet program; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The database could not be written; nothing was saved.</source>
        <translation>Der kunne ikke skrives til databasen; intet blev gemt.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>Databasen kunne ikke læses.</translation>
    </message>
    <message>
        <source>The database is open read-only: it can be read, not changed; nothing was saved.</source>
        <translation>Databasen er åbnet skrivebeskyttet: den kan læses, men ikke ændres; intet blev gemt.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. Try again.</source>
        <translation>Forbindelsen til databaseserveren blev afbrudt; intet blev gemt. Prøv igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Try again.</source>
        <translation>Forbindelsen til databaseserveren blev afbrudt. Prøv igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving; the change may or may not have been saved. Look before trying again.</source>
        <translation>Forbindelsen til databaseserveren blev afbrudt under gemningen; ændringen er måske gemt, måske ikke. Kontrollér, før du prøver igen.</translation>
    </message>
    <message>
        <source>The database server refused the sign-in: the user name or password is wrong</source>
        <translation>Databaseserveren afviste login: brugernavnet eller adgangskoden er forkert</translation>
    </message>
    <message>
        <source>You do not have permission to do this on the database server; nothing was saved.</source>
        <translation>Du har ikke tilladelse til at gøre dette på databaseserveren; intet blev gemt.</translation>
    </message>
    <message>
        <source>You do not have permission to read this on the database server.</source>
        <translation>Du har ikke tilladelse til at læse dette på databaseserveren.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same time; nothing was saved. Try again.</source>
        <translation>En anden ændrede de samme oplysninger samtidig; intet blev gemt. Prøv igen.</translation>
    </message>
    <message>
        <source>Someone else was changing the same records; nothing could be read. Try again.</source>
        <translation>En anden var ved at ændre de samme oplysninger; intet kunne læses. Prøv igen.</translation>
    </message>
    <message>
        <source>A record with the same identity number or other unique detail was saved at the same time; nothing was saved. Look it up before trying again.</source>
        <translation>En post med samme CPR-nummer eller en anden unik oplysning blev gemt samtidig; intet blev gemt. Slå den op, før du prøver igen.</translation>
    </message>
    <message>
        <source>The database server took too long and stopped the work; nothing was saved. Try again.</source>
        <translation>Databaseserveren var for længe om det og stoppede arbejdet; intet blev gemt. Prøv igen.</translation>
    </message>
    <message>
        <source>The database server took too long and stopped reading. Try again.</source>
        <translation>Databaseserveren var for længe om det og stoppede læsningen. Prøv igen.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Adgangsfrasen er forkert.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Gendannelseskoden er forkert.</translation>
    </message>
    <message>
        <source>The key file beside the database is missing or damaged; use the recovery key.</source>
        <translation>Nøglefilen ved siden af databasen mangler eller er beskadiget; brug gendannelseskoden.</translation>
    </message>
    <message>
        <source>The key file could not be written.</source>
        <translation>Nøglefilen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>This file is not an Ambassador database</source>
        <translation>Filen er ikke en Ambassador-database</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program</source>
        <translation>Denne SQLite-fil tilhører et andet program</translation>
    </message>
    <message>
        <source>This file is not an Ambassador database: it holds nothing. A new database is made only where there is no file yet</source>
        <translation>Filen er ikke en Ambassador-database: den er tom. En ny database oprettes kun, hvor der ikke allerede er en fil</translation>
    </message>
    <message>
        <source>This Ambassador database is damaged</source>
        <translation>Denne Ambassador-database er beskadiget</translation>
    </message>
    <message>
        <source>This Ambassador database is damaged: its tables are not those its version must have</source>
        <translation>Denne Ambassador-database er beskadiget: dens tabeller er ikke dem, dens version skal have</translation>
    </message>
    <message>
        <source>There is no such file</source>
        <translation>Filen findes ikke</translation>
    </message>
    <message>
        <source>A file is already there; a new database is never made over a file</source>
        <translation>Der er allerede en fil; en ny database oprettes aldrig oven i en fil</translation>
    </message>
    <message>
        <source>A new database cannot be made here: the folder cannot be written</source>
        <translation>Der kan ikke oprettes en ny database her: der kan ikke skrives i mappen</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Ambassador</source>
        <translation>Databasen er oprettet af en nyere version af Ambassador</translation>
    </message>
    <message>
        <source>This database was made by an earlier version of Ambassador and must be upgraded before this one reads it, which cannot be done while the file is read-only</source>
        <translation>Databasen er oprettet af en tidligere version af Ambassador og skal opgraderes, før denne version kan læse den, og det kan ikke lade sig gøre, så længe filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>This database file is read-only: it can be read, but not changed</source>
        <translation>Databasefilen er skrivebeskyttet: den kan læses, men ikke ændres</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its passphrase.</source>
        <translation>Databasen er krypteret; den kræver sin adgangsfrase.</translation>
    </message>
    <message>
        <source>This key does not open this database.</source>
        <translation>Nøglen åbner ikke denne database.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; check the network and try again</source>
        <translation>Databaseserveren kan ikke nås; tjek netværket, og prøv igen</translation>
    </message>
    <message>
        <source>The database server asks for a password</source>
        <translation>Databaseserveren beder om en adgangskode</translation>
    </message>
    <message>
        <source>The database server&apos;s identity could not be verified (TLS); ask IT for the server&apos;s certificate authority</source>
        <translation>Databaseserverens identitet kunne ikke bekræftes (TLS); bed IT om serverens certifikatudsteder</translation>
    </message>
    <message>
        <source>The database server has no such database</source>
        <translation>Databaseserveren har ingen sådan database</translation>
    </message>
    <message>
        <source>This database on the server is not an Ambassador database; IT makes one with &apos;ambassador init --db ADDRESS&apos;</source>
        <translation>Denne database på serveren er ikke en Ambassador-database; IT opretter en med &apos;ambassador init --db ADDRESS&apos;</translation>
    </message>
    <message>
        <source>This database on the server was made by an earlier version of Ambassador; IT upgrades it with &apos;ambassador server upgrade --db ADDRESS&apos;</source>
        <translation>Denne database på serveren er oprettet af en tidligere version af Ambassador; IT opgraderer den med &apos;ambassador server upgrade --db ADDRESS&apos;</translation>
    </message>
    <message>
        <source>This database on the server was made by a newer version of Ambassador; this program must be updated first</source>
        <translation>Denne database på serveren er oprettet af en nyere version af Ambassador; programmet skal opdateres først</translation>
    </message>
    <message>
        <source>You are signed in to the database server, but not as one of this database&apos;s Ambassador users; IT adds you with &apos;ambassador server add-user&apos;</source>
        <translation>Du er logget ind på databaseserveren, men ikke som en af denne databases Ambassador-brugere; IT tilføjer dig med &apos;ambassador server add-user&apos;</translation>
    </message>
    <message>
        <source>This database on the server already holds tables; a new Ambassador database is made only in an empty one</source>
        <translation>Denne database på serveren indeholder allerede tabeller; en ny Ambassador-database oprettes kun i en tom database</translation>
    </message>
    <message>
        <source>The record is no longer there; it may have been deleted. Close and look again.</source>
        <translation>Posten findes ikke længere; den kan være blevet slettet. Luk, og se efter igen.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so nothing was changed. Look at it again and repeat what you did if it is still needed.</source>
        <translation>En anden gemte oplysningerne, efter at du åbnede dem, så intet blev ændret. Se på dem igen, og gentag det, du gjorde, hvis det stadig er nødvendigt.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>Skriv klokkeslættet som TT:MM, for eksempel 09:30.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 20.</source>
        <translation>Skriv et helt tal, for eksempel 20.</translation>
    </message>
    <message>
        <source>Write a number, for example 20 or 37,5.</source>
        <translation>Skriv et tal, for eksempel 20 eller 37,5.</translation>
    </message>
    <message>
        <source>Choose the gender, or “Prefers not to say” when the person does not say.</source>
        <translation>Vælg køn, eller »Ønsker ikke at oplyse«, hvis personen ikke vil oplyse det.</translation>
    </message>
    <message>
        <source>Choose a participant from the list.</source>
        <translation>Vælg en deltager på listen.</translation>
    </message>
    <message>
        <source>Choose an employer from the list.</source>
        <translation>Vælg en virksomhed på listen.</translation>
    </message>
    <message>
        <source>Choose how the placement ended.</source>
        <translation>Vælg, hvordan forløbet sluttede.</translation>
    </message>
    <message>
        <source>A check-in is planned ahead; choose a time later than now.</source>
        <translation>En opfølgning planlægges frem i tiden; vælg et tidspunkt senere end nu.</translation>
    </message>
    <message>
        <source>A repeating check-in must start on or before the placement&apos;s planned end.</source>
        <translation>En gentagen opfølgning skal starte senest på forløbets planlagte slutdato.</translation>
    </message>
    <message>
        <source>Choose Sweden or Denmark.</source>
        <translation>Vælg Sverige eller Danmark.</translation>
    </message>
    <message>
        <source>Write the CPR number.</source>
        <translation>Skriv CPR-nummeret.</translation>
    </message>
    <message>
        <source>Write the CPR number as DDMMYY-SSSS (ten digits).</source>
        <translation>Skriv CPR-nummeret som DDMMÅÅ-SSSS (ti cifre).</translation>
    </message>
    <message>
        <source>The CPR number does not begin with a real date of birth.</source>
        <translation>CPR-nummeret begynder ikke med en rigtig fødselsdato.</translation>
    </message>
    <message>
        <source>The date of birth in the CPR number is in the future.</source>
        <translation>Fødselsdatoen i CPR-nummeret ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Write the CVR number.</source>
        <translation>Skriv CVR-nummeret.</translation>
    </message>
    <message>
        <source>Write the CVR number as eight digits.</source>
        <translation>Skriv CVR-nummeret som otte cifre.</translation>
    </message>
    <message>
        <source>The CVR number&apos;s check digit does not match; check it for a typo.</source>
        <translation>CVR-nummerets kontrolciffer passer ikke; tjek for tastefejl.</translation>
    </message>
    <message>
        <source>The country cannot be changed once participants or employers are registered: their identity and organisation numbers are the country&apos;s.</source>
        <translation>Landet kan ikke ændres, når der er registreret deltagere eller virksomheder: deres CPR- og CVR-numre hører til landet.</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings and lists are set by its administrator; nothing was saved.</source>
        <translation>Organisationens indstillinger og lister styres af dens administrator; intet blev gemt.</translation>
    </message>
    <message>
        <source>A user&apos;s name may hold lower-case letters a–z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, begins with a letter and is at most 63 characters long</source>
        <translation>En brugers navn må indeholde små bogstaver a–z, cifre, &apos;_&apos;, &apos;.&apos; og &apos;-&apos;, begynder med et bogstav og er højst 63 tegn langt</translation>
    </message>
    <message>
        <source>A unit&apos;s name is 1 to 100 characters long, without spaces at either end</source>
        <translation>En enheds navn er 1 til 100 tegn langt, uden mellemrum i begyndelsen eller slutningen</translation>
    </message>
    <message>
        <source>A database role of that name exists already and is not an Ambassador user (it cannot sign in, owns the database or is a superuser); choose another name</source>
        <translation>Der findes allerede en databaserolle med det navn, som ikke er en Ambassador-bruger (den kan ikke logge ind, ejer databasen eller er superbruger); vælg et andet navn</translation>
    </message>
    <message>
        <source>Users and units are IT&apos;s: run this as the database&apos;s owner, a role with CREATEROLE (see docs/server.md)</source>
        <translation>Brugere og enheder varetages af IT: kør det som databasens ejer, en rolle med CREATEROLE (se docs/server.md)</translation>
    </message>
    <message>
        <source>There is no Ambassador user of that name; &apos;ambassador server users&apos; lists them</source>
        <translation>Der findes ingen Ambassador-bruger med det navn; &apos;ambassador server users&apos; viser dem</translation>
    </message>
    <message>
        <source>There is no unit of that name; &apos;ambassador server units&apos; lists them</source>
        <translation>Der findes ingen enhed med det navn; &apos;ambassador server units&apos; viser dem</translation>
    </message>
    <message>
        <source>Users and units are a server&apos;s; a database file has one user</source>
        <translation>Brugere og enheder findes kun på en server; en databasefil har kun én bruger</translation>
    </message>
    <message>
        <source>Give a share from 0 to 100 per cent.</source>
        <translation>Angiv en andel fra 0 til 100 procent.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the day of the contact.</source>
        <translation>Opfølgningen kan ikke ligge før dagen for kontakten.</translation>
    </message>
    <message>
        <source>A network contact records what happened; it cannot be later than now.</source>
        <translation>En netværkskontakt registrerer, hvad der er sket; den kan ikke ligge senere end nu.</translation>
    </message>
    <message>
        <source>Give the target as a whole number of people, 1 to 100000, or leave it empty.</source>
        <translation>Angiv målet som et helt antal personer fra 1 til 100.000, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>Choose a measure from the list.</source>
        <translation>Vælg et nøgletal fra listen.</translation>
    </message>
    <message>
        <source>Choose the placement type this target counts.</source>
        <translation>Vælg den forløbstype, som målet tæller.</translation>
    </message>
    <message>
        <source>This measure is not set per placement type.</source>
        <translation>Dette nøgletal angives ikke pr. forløbstype.</translation>
    </message>
    <message>
        <source>Give a year from {first} to {last}.</source>
        <translation>Angiv et år fra {first} til {last}.</translation>
    </message>
    <message>
        <source>Give a whole number from 0 to {most}.</source>
        <translation>Angiv et helt tal fra 0 til {most}.</translation>
    </message>
    <message>
        <source>A task&apos;s name may hold at most {limit} characters.</source>
        <translation>En opgaves navn må højst indeholde {limit} tegn.</translation>
    </message>
    <message>
        <source>{count} placements name this mentor. Choose another mentor on them first, so what was agreed stays on record.</source>
        <translation>{count} forløb har denne mentor. Vælg først en anden mentor i dem, så det aftalte forbliver registreret.</translation>
    </message>
    <message>
        <source>Choose a kind of network contact from the list.</source>
        <translation>Vælg en type netværkskontakt fra listen.</translation>
    </message>
    <message>
        <source>{count} placements belong to the project. Take them out of it first; its report must stay whole.</source>
        <translation>{count} forløb hører til projektet. Tag dem først ud af det; projektets rapport skal forblive fuldstændig.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Days of the month</source>
        <translation>Månedens dage</translation>
    </message>
    <message>
        <source>Choose a day to list its check-ins; Enter opens the day&apos;s only check-in.</source>
        <translation>Vælg en dag for at se dens opfølgninger; Enter åbner dagens eneste opfølgning.</translation>
    </message>
    <message>
        <source>Check-ins of the chosen day</source>
        <translation>Den valgte dags opfølgninger</translation>
    </message>
    <message>
        <source>Press Enter or double-click a check-in to open its placement.</source>
        <translation>Tryk på Enter, eller dobbeltklik på en opfølgning for at åbne dens forløb.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Uge %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n opfølgning</numerusform>
            <numerusform>%n opfølgninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Intet planlagt</translation>
    </message>
</context>
<context>
    <name>NetworkContactDialog</name>
    <message>
        <source>Edit network contact</source>
        <translation>Redigér netværkskontakt</translation>
    </message>
    <message>
        <source>Record network contact</source>
        <translation>Registrér netværkskontakt</translation>
    </message>
    <message>
        <source>Follows up %1 at %2, planned for %3. Saving marks that follow-up done.</source>
        <translation>Følger op på %1 hos %2, planlagt til %3. Når du gemmer, markeres den opfølgning som gennemført.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med hvem</translation>
    </message>
    <message>
        <source>Choose one of the employer&apos;s contacts or write a name or role.</source>
        <translation>Vælg en af virksomhedens kontaktpersoner, eller skriv et navn eller en rolle.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>Tidsforbrug (minutter)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Opfølgning den</translation>
    </message>
    <message>
        <source>The Overview lists it from a week before; leave empty when nothing is to be done.</source>
        <translation>Overblik viser den fra en uge før; lad feltet være tomt, når der ikke skal gøres noget.</translation>
    </message>
    <message>
        <source>this network contact</source>
        <translation>denne netværkskontakt</translation>
    </message>
</context>
<context>
    <name>NetworkLogTab</name>
    <message>
        <source>Record &amp;network contact…</source>
        <translation>Registrér &amp;netværkskontakt…</translation>
    </message>
    <message>
        <source>A visit, meeting or call with the employer, not about a participant.</source>
        <translation>Et besøg, møde eller opkald med virksomheden, som ikke handler om en deltager.</translation>
    </message>
    <message>
        <source>Edit network contact…</source>
        <translation>Redigér netværkskontakt…</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Markér opfølgning som gennemført</translation>
    </message>
    <message>
        <source>Move network contact to trash…</source>
        <translation>Flyt netværkskontakt til papirkurven…</translation>
    </message>
    <message>
        <source>It stays in the trash for 30 days and can be restored.</source>
        <translation>Den ligger i papirkurven i 30 dage og kan gendannes.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>Netværkslog</translation>
    </message>
    <message>
        <source>No network contacts yet. Record visits, meetings and calls with the employer here, with a follow-up date when something is to be done.</source>
        <translation>Ingen netværkskontakter endnu. Registrér besøg, møder og opkald med virksomheden her, med en opfølgningsdato, når der skal gøres noget.</translation>
    </message>
    <message>
        <source>The follow-up was not marked done</source>
        <translation>Opfølgningen blev ikke markeret som gennemført</translation>
    </message>
    <message>
        <source>Delete network contact</source>
        <translation>Slet netværkskontakt</translation>
    </message>
    <message>
        <source>Delete this network contact? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Vil du slette denne netværkskontakt? Den ligger i papirkurven i 30 dage og kan gendannes derfra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>The network contact was not deleted</source>
        <translation>Netværkskontakten blev ikke slettet</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Without the passphrase or the recovery key nobody can open the data, not even support.</source>
        <translation>Brug mindst %1 tegn; nogle få ord uden sammenhæng er nemme at huske og svære at gætte. Uden adgangsfrasen eller gendannelseskoden kan ingen åbne dataene, heller ikke support.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuværende adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Gentag adgangsfrasen:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Vis det, jeg skriver</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Vis det, jeg skriver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De to adgangsfraser er forskellige. Skriv den samme adgangsfrase to gange.</translation>
    </message>
    <message>
        <source>The passphrase could not be set.</source>
        <translation>Adgangsfrasen kunne ikke angives.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>New note</source>
        <translation>Nyt notat</translation>
    </message>
    <message>
        <source>Record check-in</source>
        <translation>Registrér opfølgning</translation>
    </message>
    <message>
        <source>Planned for %1.</source>
        <translation>Planlagt til %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med hvem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>Tidsforbrug (minutter)</translation>
    </message>
    <message>
        <source>May be shared with the employer</source>
        <translation>Må deles med virksomheden</translation>
    </message>
    <message>
        <source>Internal notes never reach the employer&apos;s documents; only notes marked here are printed in the summary for the employer.</source>
        <translation>Interne notater kommer aldrig med i virksomhedens dokumenter; kun notater, der er markeret her, udskrives i opsummeringen til virksomheden.</translation>
    </message>
    <message>
        <source>Risk of drop-out</source>
        <translation>Risiko for frafald</translation>
    </message>
    <message>
        <source>An unsaved note from %1 was restored. Save it, or close and discard it.</source>
        <translation>Et ikke-gemt notat fra %1 er blevet gendannet. Gem det, eller luk og kassér det.</translation>
    </message>
</context>
<context>
    <name>OutcomeCheckSection</name>
    <message>
        <source>Choose a row, then what the person is doing now:</source>
        <translation>Vælg en række og derefter, hvad personen laver nu:</translation>
    </message>
    <message>
        <source>Record the outcome check: %1</source>
        <translation>Registrér resultatopfølgningen: %1</translation>
    </message>
    <message>
        <source>Outcome check recorded</source>
        <translation>Resultatopfølgningen er registreret</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Take the recorded outcome back</source>
        <translation>Træk det registrerede resultat tilbage</translation>
    </message>
    <message>
        <source>The outcome check was not recorded</source>
        <translation>Resultatopfølgningen blev ikke registreret</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Registreret for %1: %2.</translation>
    </message>
    <message>
        <source>The outcome was not taken back</source>
        <translation>Resultatet blev ikke trukket tilbage</translation>
    </message>
    <message>
        <source>Taken back: the outcome check for %1 is due again.</source>
        <translation>Trukket tilbage: resultatopfølgningen for %1 forfalder igen.</translation>
    </message>
</context>
<context>
    <name>OutcomeSentencesPanel</name>
    <message>
        <source>&lt;b&gt;Outcome sentences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resultatformuleringer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ready to publish, for the placements that ended in the period. A number under 5 is not shown, nor any number from which one could be worked out.</source>
        <translation>Klar til offentliggørelse for de forløb, der sluttede i perioden. Tal under 5 vises ikke, og heller ikke tal, som de kan regnes ud fra.</translation>
    </message>
    <message>
        <source>Outcome sentences</source>
        <translation>Resultatformuleringer</translation>
    </message>
    <message>
        <source>&amp;Copy sentences</source>
        <translation>&amp;Kopiér formuleringerne</translation>
    </message>
    <message>
        <source>Copy the sentences, to paste them into a report</source>
        <translation>Kopiér formuleringerne for at indsætte dem i en rapport</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopieringsstatus</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopieret.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Check-ins today</source>
        <translation>Opfølgninger i dag</translation>
    </message>
    <message>
        <source>No check-ins planned for today. Schedule one from a placement.</source>
        <translation>Ingen opfølgninger planlagt i dag. Planlæg en fra et forløb.</translation>
    </message>
    <message>
        <source>Check-ins in the next seven days</source>
        <translation>Opfølgninger de næste syv dage</translation>
    </message>
    <message>
        <source>Nothing planned for the coming seven days.</source>
        <translation>Intet planlagt de kommende syv dage.</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Forsinkede opfølgninger</translation>
    </message>
    <message>
        <source>No overdue check-ins. Every planned contact has been recorded.</source>
        <translation>Ingen forsinkede opfølgninger. Alle planlagte kontakter er registreret.</translation>
    </message>
    <message>
        <source>Placements at risk</source>
        <translation>Forløb i risiko</translation>
    </message>
    <message>
        <source>No placement at risk: every active placement has had contact within its phase&apos;s limit, and no recent note is flagged for drop-out risk.</source>
        <translation>Ingen forløb i risiko: alle aktive forløb har haft kontakt inden for grænsen for deres fase, og intet nyligt notat er markeret med risiko for frafald.</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n days</source>
        <translation>
            <numerusform>Slutter inden for %n dag</numerusform>
            <numerusform>Slutter inden for %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement ends within the next two weeks.</source>
        <translation>Intet forløb slutter inden for de næste to uger.</translation>
    </message>
    <message>
        <source>Subsidy decisions ending</source>
        <translation>Tilskudsafgørelser, der udløber</translation>
    </message>
    <message>
        <source>No subsidy decision ends soon. A placement whose decision ends within the days set in Settings, or has ended while the placement goes on, appears here in time to apply for its renewal.</source>
        <translation>Ingen tilskudsafgørelse udløber snart. Et forløb, hvis afgørelse udløber inden for det antal dage, der er angivet i Indstillinger, eller er udløbet, mens forløbet fortsætter, vises her i god tid til at søge om forlængelse.</translation>
    </message>
    <message>
        <source>Feedback not yet collected</source>
        <translation>Manglende tilbagemeldinger</translation>
    </message>
    <message>
        <source>Feedback has been collected for every placement that needs it.</source>
        <translation>Der er indhentet tilbagemelding for alle forløb, der skal have det.</translation>
    </message>
    <message>
        <source>Outcome checks due</source>
        <translation>Forfaldne resultatopfølgninger</translation>
    </message>
    <message>
        <source>No outcome check is due. Some time after a placement ends (90 days unless changed in Settings), the question of what the person is doing then appears here.</source>
        <translation>Ingen resultatopfølgning forfalder nu. Et stykke tid efter, at et forløb er afsluttet (90 dage, medmindre andet er angivet i Indstillinger), vises spørgsmålet om, hvad personen laver på det tidspunkt, her.</translation>
    </message>
    <message>
        <source>Employer follow-ups due</source>
        <translation>Forfaldne virksomhedsopfølgninger</translation>
    </message>
    <message>
        <source>No employer follow-up is due. A network contact with a follow-up date appears here a week before it.</source>
        <translation>Ingen virksomhedsopfølgning er forfalden. En netværkskontakt med en opfølgningsdato vises her en uge før datoen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Slutter snart</translation>
    </message>
    <message>
        <source>Decisions ending</source>
        <translation>Udløbende afgørelser</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I risiko</translation>
    </message>
    <message>
        <source>Outcome checks</source>
        <translation>Resultatopfølgninger</translation>
    </message>
    <message>
        <source>Feedback to collect</source>
        <translation>Tilbagemeldinger at indhente</translation>
    </message>
    <message>
        <source>Employer follow-ups</source>
        <translation>Virksomhedsopfølgninger</translation>
    </message>
    <message>
        <source>Next seven days</source>
        <translation>De næste syv dage</translation>
    </message>
    <message>
        <source>Sections of the overview</source>
        <translation>Overblikkets afsnit</translation>
    </message>
    <message>
        <source>Press Enter to go to the rows of the chosen section.</source>
        <translation>Tryk på Enter for at gå til rækkerne i det valgte afsnit.</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Dagens dato: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>Forsinket i dag</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Forsinket %n dag</numerusform>
            <numerusform>Forsinket %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Decision ends</source>
        <translation>Afgørelse udløber</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Tilskud</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Udløber om %n dag</numerusform>
            <numerusform>Udløber om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Udløber i dag</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Udløb for %n dag siden</numerusform>
            <numerusform>Udløb for %n dage siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Seneste tilbagemelding</translation>
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
        <translation>Klik på en række, eller tryk på Enter for at åbne forløbet.</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open its placement.</source>
        <translation>Dobbeltklik på en række, eller tryk på Enter for at åbne forløbet.</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <source>Show personal identity number</source>
        <translation>Vis CPR-nummer</translation>
    </message>
    <message>
        <source>Show personal identity &amp;number</source>
        <translation>Vis &amp;CPR-nummer</translation>
    </message>
    <message>
        <source>Show CPR &amp;number</source>
        <translation>Vis CPR-&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>&amp;Skriv notat…</translation>
    </message>
    <message>
        <source>A note about the person outside any placement: an intake talk, a call</source>
        <translation>Et notat om personen uden for et forløb: en indskrivningssamtale, et opkald</translation>
    </message>
    <message>
        <source>New &amp;placement…</source>
        <translation>Nyt &amp;forløb…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Redigér deltager…</translation>
    </message>
    <message>
        <source>&amp;Suggest employers…</source>
        <translation>Foreslå &amp;virksomheder…</translation>
    </message>
    <message>
        <source>Employers with a free place and a task that suits the person</source>
        <translation>Virksomheder med en ledig plads og en opgave, der passer til personen</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrér s&amp;amtykke…</translation>
    </message>
    <message>
        <source>W&amp;ithdraw consent</source>
        <translation>&amp;Tilbagekald samtykke</translation>
    </message>
    <message>
        <source>Print register e&amp;xtract…</source>
        <translation>Udskriv register&amp;udtræk…</translation>
    </message>
    <message>
        <source>Everything stored about the person, for the person alone (Ctrl+P)</source>
        <translation>Alt, hvad der er gemt om personen, kun til personen selv (Ctrl+P)</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Flyt til &amp;papirkurven…</translation>
    </message>
    <message>
        <source>The person stays in the trash for 30 days and can be restored.</source>
        <translation>Personen ligger i papirkurven i 30 dage og kan gendannes.</translation>
    </message>
    <message>
        <source>Erase for &amp;good…</source>
        <translation>Slet &amp;endeligt…</translation>
    </message>
    <message>
        <source>Remove everything about the person now, with a recorded legal basis</source>
        <translation>Fjern alt om personen nu med et registreret retsgrundlag</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Sensitive: needs and adaptations</source>
        <translation>Følsomt: behov og tilpasninger</translation>
    </message>
    <message>
        <source>Shown only here. Printed for an employer only where the participant has consented to share it with that employer.</source>
        <translation>Vises kun her. Udskrives kun til en virksomhed, hvis deltageren har givet samtykke til, at det deles med netop den virksomhed.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
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
        <translation>Deltagernr.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Henvisende aktør</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Henvisningsreference</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behov for tolk</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
    <message>
        <source>Would like to work with</source>
        <translation>Vil gerne arbejde med</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov og tilpasninger</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Intet registreret.</translation>
    </message>
    <message>
        <source>Cannot do tasks that need</source>
        <translation>Klarer ikke opgaver, der kræver</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Notes, check-ins and feedback of every placement gather here.</source>
        <translation>Intet registreret endnu. Notater, opfølgninger og tilbagemeldinger fra alle forløb samles her.</translation>
    </message>
    <message>
        <source>No CPR number recorded</source>
        <translation>Intet CPR-nummer registreret</translation>
    </message>
    <message>
        <source>No personal identity number recorded</source>
        <translation>Intet CPR-nummer registreret</translation>
    </message>
    <message>
        <source>Hide CPR number</source>
        <translation>Skjul CPR-nummer</translation>
    </message>
    <message>
        <source>Show CPR number</source>
        <translation>Vis CPR-nummer</translation>
    </message>
    <message>
        <source>Hide personal identity number</source>
        <translation>Skjul CPR-nummer</translation>
    </message>
    <message>
        <source>No employers could be suggested</source>
        <translation>Der kunne ikke foreslås nogen virksomheder</translation>
    </message>
    <message>
        <source>The consent was not withdrawn</source>
        <translation>Samtykket blev ikke tilbagekaldt</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerudtræk</translation>
    </message>
    <message>
        <source>The register extract shows everything stored about %1: internal notes, needs and the full personal identity number included. Give it to %1 only. Print it?</source>
        <translation>Registerudtrækket viser alt, hvad der er gemt om %1, også interne notater, behov og det fulde CPR-nummer. Giv det kun til %1. Vil du udskrive det?</translation>
    </message>
    <message>
        <source>Print extract</source>
        <translation>Udskriv udtrækket</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <source>Delete %1 with their placements and notes? Everything stays in the trash for 30 days and can be restored from there.</source>
        <translation>Vil du slette %1 med forløb og notater? Alt ligger i papirkurven i 30 dage og kan gendannes derfra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>The participant was not deleted</source>
        <translation>Deltageren blev ikke slettet</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Redigér deltager</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Used only for equality statistics.</source>
        <translation>Bruges kun til ligestillingsstatistik.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Henvisende aktør</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Henvisningens reference</translation>
    </message>
    <message>
        <source>The referring authority&apos;s case or reference number, if any.</source>
        <translation>Den henvisende myndigheds sags- eller referencenummer, hvis der er et.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behov for tolk</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Følsomme oplysninger</translation>
    </message>
    <message>
        <source>Shown only here. Never printed or given to an employer unless the participant has consented to sharing it with that employer.</source>
        <translation>Vises kun her. Udskrives aldrig og gives aldrig til en virksomhed, medmindre deltageren har givet samtykke til, at det deles med netop den virksomhed.</translation>
    </message>
    <message>
        <source>Needs and adaptations</source>
        <translation>Behov og tilpasninger</translation>
    </message>
    <message>
        <source>Cannot do tasks that need</source>
        <translation>Klarer ikke opgaver, der kræver</translation>
    </message>
    <message>
        <source>Tick what the person cannot manage. Tasks that need it are left out of the suggested employers; the reason is never shown there.</source>
        <translation>Sæt kryds ved det, personen ikke kan klare. Opgaver, der kræver det, udelades fra de foreslåede virksomheder; årsagen vises aldrig der.</translation>
    </message>
    <message>
        <source>Strengths and goals</source>
        <translation>Styrker og mål</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
    <message>
        <source>Would like to work with</source>
        <translation>Vil gerne arbejde med</translation>
    </message>
    <message>
        <source>The kinds of task to look for. With none ticked, tasks of every kind are suggested.</source>
        <translation>De slags opgaver, der skal ledes efter. Er der ikke sat kryds ved noget, foreslås opgaver af enhver art.</translation>
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
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>CPR number; may be left empty.</source>
        <translation>CPR-nummer; kan stå tomt.</translation>
    </message>
    <message>
        <source>Hide CPR number</source>
        <translation>Skjul CPR-nummer</translation>
    </message>
    <message>
        <source>Show CPR number</source>
        <translation>Vis CPR-nummer</translation>
    </message>
    <message>
        <source>Show personal identity number</source>
        <translation>Vis CPR-nummeret</translation>
    </message>
    <message>
        <source>this participant</source>
        <translation>oplysningerne om denne deltager</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer; may be left empty.</source>
        <translation>CPR-nummer eller koordinationsnummer; kan være tomt.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide personal identity number</source>
        <translation>Skjul CPR-nummeret</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Search name or CPR number</source>
        <translation>Søg navn eller CPR-nummer</translation>
    </message>
    <message>
        <source>Search name or personal identity number</source>
        <translation>Søg på navn eller CPR-nummer</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>No participants yet. Register the first one here or with Ctrl+N.</source>
        <translation>Ingen deltagere endnu. Registrér den første her eller med Ctrl+N.</translation>
    </message>
    <message>
        <source>No participants match. Clear the search and filters, or register someone with New participant.</source>
        <translation>Ingen deltagere matcher. Ryd søgningen og filtrene, eller registrér en deltager med Ny deltager.</translation>
    </message>
    <message>
        <source>Choose a participant to see their profile, placements and timeline.</source>
        <translation>Vælg en deltager for at se profil, forløb og tidslinje.</translation>
    </message>
    <message>
        <source>Placement status</source>
        <translation>Forløbets status</translation>
    </message>
    <message>
        <source>Any placement status</source>
        <translation>Alle forløbsstatusser</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Henvisende aktør</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle deltagere</translation>
    </message>
    <message>
        <source>Placement ending within 14 days</source>
        <translation>Forløb, der slutter inden for 14 dage</translation>
    </message>
    <message>
        <source>Placement at risk</source>
        <translation>Forløb i risikozonen</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Forsinkede opfølgninger</translation>
    </message>
    <message>
        <source>All referral sources</source>
        <translation>Alle henvisende aktører</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodicBackup</name>
    <message>
        <source>Taking a backup…</source>
        <translation>Tager en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>The backup could not be taken</source>
        <translation>Sikkerhedskopien kunne ikke tages</translation>
    </message>
</context>
<context>
    <name>PlacementColumns</name>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>PlacementDetailPane</name>
    <message>
        <source>Participant and employer</source>
        <translation>Deltager og virksomhed</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>&amp;Skriv notat…</translation>
    </message>
    <message>
        <source>&amp;Schedule check-in…</source>
        <translation>&amp;Planlæg opfølgning…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Registrér &amp;tilbagemelding…</translation>
    </message>
    <message>
        <source>&amp;End placement…</source>
        <translation>&amp;Afslut forløb…</translation>
    </message>
    <message>
        <source>E&amp;dit plan…</source>
        <translation>&amp;Redigér plan…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Udskriv opsummering…</translation>
    </message>
    <message>
        <source>The follow-up summary for the employer, as a PDF (Ctrl+P)</source>
        <translation>Opfølgningsopsummeringen til virksomheden som PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print a&amp;greement…</source>
        <translation>Udskriv aftal&amp;e…</translation>
    </message>
    <message>
        <source>E&amp;xport notes…</source>
        <translation>E&amp;ksportér notater…</translation>
    </message>
    <message>
        <source>All notes of the placement as an Excel workbook, internal ones marked.</source>
        <translation>Alle forløbets notater som Excel-projektmappe, med de interne markeret.</translation>
    </message>
    <message>
        <source>Open the p&amp;articipant</source>
        <translation>Åbn &amp;deltageren</translation>
    </message>
    <message>
        <source>Open the empl&amp;oyer</source>
        <translation>Åbn &amp;virksomheden</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>&amp;Flyt til papirkurven…</translation>
    </message>
    <message>
        <source>The placement stays in the trash for 30 days and can be restored.</source>
        <translation>Forløbet bliver i papirkurven i 30 dage og kan gendannes.</translation>
    </message>
    <message>
        <source>&amp;Record check-in…</source>
        <translation>Registrér &amp;opfølgning…</translation>
    </message>
    <message>
        <source>Check-in &amp;missed</source>
        <translation>Opfølgning &amp;misset</translation>
    </message>
    <message>
        <source>Check-in &amp;cancelled</source>
        <translation>Opfølgning afl&amp;yst</translation>
    </message>
    <message>
        <source>De&amp;lete note…</source>
        <translation>S&amp;let notat…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Ikke afholdt</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Forløb</translation>
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
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>ended %1: %2</source>
        <translation>afsluttet %1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add a note after each contact, or schedule a check-in.</source>
        <translation>Intet registreret endnu. Skriv et notat efter hver kontakt, eller planlæg en opfølgning.</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timer om ugen</translation>
    </message>
    <message>
        <source>Starts %1 in phase 1</source>
        <translation>Starter %1 i fase 1</translation>
    </message>
    <message>
        <source>Placement no.</source>
        <translation>Forløb nr.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Opfølgningsplan</translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation>Aktuel fase</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>Tasks covered</source>
        <translation>Dækkede opgaver</translation>
    </message>
    <message>
        <source>Agreed support and adaptations</source>
        <translation>Aftalt støtte og tilpasninger</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Godtgørelse</translation>
    </message>
    <message>
        <source>Ending reason</source>
        <translation>Årsag til afslutning</translation>
    </message>
    <message>
        <source>The check-in was not changed</source>
        <translation>Opfølgningen blev ikke ændret</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Slet notat</translation>
    </message>
    <message>
        <source>Delete the note of %1? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Vil du slette notatet fra %1? Det bliver i papirkurven i 30 dage og kan gendannes derfra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>The note was not deleted</source>
        <translation>Notatet blev ikke slettet</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Slet forløb</translation>
    </message>
    <message>
        <source>Delete the placement of %1 at %2? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Vil du slette forløbet for %1 hos %2? Det bliver i papirkurven i 30 dage og kan gendannes derfra.</translation>
    </message>
    <message>
        <source>The placement was not deleted</source>
        <translation>Forløbet blev ikke slettet</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>New placement</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Redigér forløb</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Skriv en del af navnet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>The workplace within the employer, for example a department.</source>
        <translation>Arbejdsstedet i virksomheden, for eksempel en afdeling.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>A contact at the employer; add contacts on the employer.</source>
        <translation>En kontaktperson i virksomheden; tilføj kontaktpersoner under virksomheden.</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Period and extent</source>
        <translation>Periode og omfang</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planlagt slutdato</translation>
    </message>
    <message>
        <source>May be left empty while the end is not decided.</source>
        <translation>Kan være tom, så længe slutdatoen ikke er fastlagt.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Extent (%)</source>
        <translation>Omfang (%)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbejdsopgaver</translation>
    </message>
    <message>
        <source>Tasks covered</source>
        <translation>Dækkede opgaver</translation>
    </message>
    <message>
        <source>The employer&apos;s tasks on offer that this placement covers.</source>
        <translation>De af virksomhedens tilbudte opgaver, som dette forløb dækker.</translation>
    </message>
    <message>
        <source>Agreed support and adaptations</source>
        <translation>Aftalt støtte og tilpasninger</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Godtgørelse</translation>
    </message>
    <message>
        <source>For example a supervisor allowance or a wage subsidy.</source>
        <translation>For eksempel tilskud til vejleder eller løntilskud.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Ændr plan…</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Ændr plan</translation>
    </message>
    <message>
        <source>Planned check-ins are made from the start date up to the planned end, closer together in the first weeks. A new placement gets its type&apos;s plan.</source>
        <translation>Planlagte opfølgninger lægges ind fra startdatoen til den planlagte slutdato, tættere i de første uger. Et nyt forløb får sin forløbstypes plan.</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Opfølgningsplan</translation>
    </message>
    <message numerus="yes">
        <source>The start date is %n day(s) ago: check-ins since then are due at once.</source>
        <translation>
            <numerusform>Startdatoen var for %n dag siden: opfølgninger siden da forfalder med det samme.</numerusform>
            <numerusform>Startdatoen var for %n dage siden: opfølgninger siden da forfalder med det samme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start in the past?</source>
        <translation>Startdato tilbage i tiden?</translation>
    </message>
    <message numerus="yes">
        <source>The placement starts on %1, %n day(s) ago. Register it as started then?</source>
        <translation>
            <numerusform>Forløbet starter %1, for %n dag siden. Vil du registrere det som startet på den dato?</numerusform>
            <numerusform>Forløbet starter %1, for %n dage siden. Vil du registrere det som startet på den dato?</numerusform>
        </translation>
    </message>
    <message>
        <source>Register with this start</source>
        <translation>Registrér med denne startdato</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>this placement</source>
        <translation>dette forløb</translation>
    </message>
    <message>
        <source>Placement saved</source>
        <translation>Forløbet er gemt</translation>
    </message>
</context>
<context>
    <name>PlacementsScreen</name>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Search participant or employer</source>
        <translation>Søg efter deltager eller virksomhed</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>No placements yet. Register one once its participant and employer are registered.</source>
        <translation>Ingen forløb endnu. Registrér et, når deltageren og virksomheden er registreret.</translation>
    </message>
    <message>
        <source>No placements match. Clear the search and filters, or register a placement with New placement.</source>
        <translation>Ingen forløb matcher. Ryd søgningen og filtrene, eller registrér et forløb med Nyt forløb.</translation>
    </message>
    <message>
        <source>Choose a placement to see its plan and timeline.</source>
        <translation>Vælg et forløb for at se planen og tidslinjen.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sektorer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Alle forløb</translation>
    </message>
    <message>
        <source>Ending within 14 days</source>
        <translation>Slutter inden for 14 dage</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I risikozonen</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Forsinkede opfølgninger</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Alle virksomheder</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n forløb</numerusform>
            <numerusform>%n forløb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainCopiesDialog</name>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backup cut off while written</source>
        <translation>Sikkerhedskopi, der blev afbrudt under skrivning</translation>
    </message>
    <message>
        <source>Kept aside: could not be opened</source>
        <translation>Lagt til side: kunne ikke åbnes</translation>
    </message>
    <message>
        <source>Left by an interrupted encryption</source>
        <translation>Efterladt af en afbrudt kryptering</translation>
    </message>
    <message>
        <source>Each file is overwritten with zeros and then deleted. On an SSD, a USB stick or a journalling file system the drive may keep the old contents in places the program cannot reach until they are reused; only full-disk encryption (BitLocker, FileVault, LUKS) protects those. A removed copy cannot be restored from.</source>
        <translation>Hver fil overskrives med nuller og slettes derefter. På en SSD, et USB-stik eller et journaliserende filsystem kan drevet beholde det gamle indhold på steder, som programmet ikke kan nå, indtil de bliver genbrugt; kun kryptering af hele disken (BitLocker, FileVault, LUKS) beskytter dem. En fjernet kopi kan ikke bruges til gendannelse.</translation>
    </message>
    <message>
        <source>Readable copies of the database</source>
        <translation>Læsbare kopier af databasen</translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted, but %n copy(ies) of it made before can still be read by anyone who gets hold of the file: backups in folders used earlier or taken by hand, and files kept aside. Encrypt them with the same passphrase, or remove them.</source>
        <translation>
            <numerusform>Databasen er krypteret, men %n kopi af den, der er lavet tidligere, kan stadig læses af alle, der får fat i filen: sikkerhedskopier i mapper, der er brugt tidligere, eller som er taget manuelt, og filer, der er lagt til side. Kryptér dem med den samme adgangsfrase, eller fjern dem.</numerusform>
            <numerusform>Databasen er krypteret, men %n kopier af den, der er lavet tidligere, kan stadig læses af alle, der får fat i filen: sikkerhedskopier i mapper, der er brugt tidligere, eller som er taget manuelt, og filer, der er lagt til side. Kryptér dem med den samme adgangsfrase, eller fjern dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Readable copies</source>
        <translation>Læsbare kopier</translation>
    </message>
    <message>
        <source>Copies made outside the program (a file copied by hand, sent by e-mail, or on a stick that is not plugged in now) are not known to it: look for those yourself.</source>
        <translation>Kopier, der er lavet uden for programmet (en fil, der er kopieret manuelt, sendt med e-mail eller ligger på et USB-stik, som ikke er sat i nu), kender programmet ikke: dem må du selv lede efter.</translation>
    </message>
    <message>
        <source>&amp;Encrypt them</source>
        <translation>&amp;Kryptér dem</translation>
    </message>
    <message>
        <source>&amp;Remove them…</source>
        <translation>&amp;Fjern dem…</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behold dem</translation>
    </message>
    <message>
        <source>Encrypting the copies…</source>
        <translation>Krypterer kopierne…</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n readable copy(ies)?</source>
        <translation>
            <numerusform>Vil du fjerne den %n læsbare kopi?</numerusform>
            <numerusform>Vil du fjerne de %n læsbare kopier?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the copies</source>
        <translation>Fjern kopierne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Removing the copies…</source>
        <translation>Fjerner kopierne…</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted: the passphrase or the recovery key opens them now.</source>
        <translation>
            <numerusform>%n kopi krypteret: adgangsfrasen eller gendannelseskoden åbner den nu.</numerusform>
            <numerusform>%n kopier krypteret: adgangsfrasen eller gendannelseskoden åbner dem nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be encrypted (not a whole database, or the folder refused) and can still be read; remove them, or keep them somewhere safe:</source>
        <translation>Disse kunne ikke krypteres (ikke en hel database, eller mappen afviste det) og kan stadig læses; fjern dem, eller opbevar dem et sikkert sted:</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) removed.</source>
        <translation>
            <numerusform>%n kopi fjernet.</numerusform>
            <numerusform>%n kopier fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be removed and can still be read:</source>
        <translation>Disse kunne ikke fjernes og kan stadig læses:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Follow-up plan</source>
        <translation>Opfølgningsplan</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Brug denne plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>No planned follow-up</source>
        <translation>Ingen planlagt opfølgning</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Check-in every (days)</source>
        <translation>Dage mellem opfølgninger</translation>
    </message>
    <message>
        <source>For (weeks)</source>
        <translation>Antal uger</translation>
    </message>
    <message>
        <source>Silent after (days)</source>
        <translation>Stille efter (dage)</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <source>Remove last phase</source>
        <translation>Fjern sidste fase</translation>
    </message>
    <message>
        <source>The plan in words</source>
        <translation>Planen i ord</translation>
    </message>
    <message>
        <source>Check-ins are most frequent early, when most placements that fail end. The placement counts as silent when nobody has been in touch for longer than its phase allows.</source>
        <translation>Opfølgningerne ligger tættest i begyndelsen, hvor de fleste forløb, der mislykkes, bliver afbrudt. Forløbet regnes som stille, når ingen har været i kontakt i længere tid, end fasen tillader.</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>indtil forløbet slutter</translation>
    </message>
    <message>
        <source>Phase %1: days between check-ins</source>
        <translation>Fase %1: dage mellem opfølgninger</translation>
    </message>
    <message>
        <source>Phase %1: length in weeks</source>
        <translation>Fase %1: længde i uger</translation>
    </message>
    <message>
        <source>Phase %1: silent after days</source>
        <translation>Fase %1: stille efter antal dage</translation>
    </message>
    <message>
        <source>No check-ins are planned; schedule them one at a time.</source>
        <translation>Der er ikke planlagt nogen opfølgninger; planlæg dem én ad gangen.</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Allerede registreret</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdateres</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrundelser</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar for Outlook (*.ics)</source>
        <translation>Kalender til Outlook (*.ics)</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Gem dokument</translation>
    </message>
    <message>
        <source>The document is saved as %1. No program to show PDF files was found.</source>
        <translation>Dokumentet er gemt som %1. Der blev ikke fundet noget program, der kan vise PDF-filer.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Kunne ikke udskrive</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Gem fil</translation>
    </message>
    <message>
        <source>Saved as %1. Rows: %2.</source>
        <translation>Gemt som %1. Rækker: %2.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Redigér projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>The funder&apos;s case or project number, as on its decision.</source>
        <translation>Bevillingsgiverens sags- eller projektnummer, som det står i afgørelsen.</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>ESF+, the municipality, …</source>
        <translation>ESF+, kommunen, …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Target (people)</source>
        <translation>Mål (personer)</translation>
    </message>
    <message>
        <source>How many people the project is to reach. People, not placements: someone with two placements counts once.</source>
        <translation>Hvor mange personer projektet skal nå. Personer, ikke forløb: en person med to forløb tælles én gang.</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dette projekt</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>A project is a funded programme (ESF+ and the like) with a period and a target number of people; a placement belongs to one on its form. The project report counts people, not placements, by gender and age band, beside the target.</source>
        <translation>Et projekt er en finansieret indsats (ESF+ og lignende) med en periode og et mål for antal personer; et forløb knyttes til et projekt i forløbets formular. Projektrapporten tæller personer, ikke forløb, efter køn og aldersgruppe, sammenholdt med målet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>People so far</source>
        <translation>Personer indtil nu</translation>
    </message>
    <message>
        <source>No projects yet. Add one with New project to follow its people against its target; then choose it on each placement that belongs to it.</source>
        <translation>Ingen projekter endnu. Tilføj et med Nyt projekt for at følge projektets personer i forhold til målet; vælg det derefter på hvert forløb, der hører til det.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>Print projec&amp;t report…</source>
        <translation>Udskriv projek&amp;trapport…</translation>
    </message>
    <message>
        <source>Export project report (&amp;XLSX)…</source>
        <translation>Eksportér projektrapport (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Edit the chosen project</source>
        <translation>Redigér det valgte projekt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the chosen project</source>
        <translation>Fjern det valgte projekt</translation>
    </message>
    <message>
        <source>For the period chosen above only</source>
        <translation>Kun for den periode, der er valgt ovenfor</translation>
    </message>
    <message>
        <source>Unticked, the report covers the project&apos;s own period.</source>
        <translation>Uden flueben dækker rapporten projektets egen periode.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Fjern projekt</translation>
    </message>
    <message>
        <source>Remove the project %1?</source>
        <translation>Vil du fjerne projektet %1?</translation>
    </message>
    <message>
        <source>The project was not removed</source>
        <translation>Projektet blev ikke fjernet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PurgeTab</name>
    <message>
        <source>A purge removes for good what the retention decisions allow: closed cases with their placements, notes, check-ins and feedback, old log entries and backups older than the oldest kept. It shows what it will remove and asks first, and takes a backup before it starts.</source>
        <translation>En sletning fjerner endeligt det, som beslutningerne om opbevaring tillader: afsluttede sager med deres forløb, notater, opfølgninger og tilbagemeldinger, gamle logposter og sikkerhedskopier, der er ældre end den ældste, der gemmes. Den viser, hvad den vil fjerne, og spørger først, og den tager en sikkerhedskopi, før den går i gang.</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Logposter</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Closed cases:</source>
        <translation>Afsluttede sager:</translation>
    </message>
    <message>
        <source>Log entries:</source>
        <translation>Logposter:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Pre&amp;view purge…</source>
        <translation>Forhånds&amp;vis sletning…</translation>
    </message>
    <message>
        <source>See what a purge would remove, then decide</source>
        <translation>Se, hvad en sletning ville fjerne, og beslut dig derefter</translation>
    </message>
    <message>
        <source>A purge removes for good what the retention decisions allow: closed cases with their placements, notes, check-ins and feedback, and old log entries. It shows what it will remove and asks first.</source>
        <translation>En sletning fjerner endeligt det, som beslutningerne om opbevaring tillader: afsluttede sager med deres forløb, notater, opfølgninger og tilbagemeldinger samt gamle logposter. Den viser, hvad den vil fjerne, og spørger først.</translation>
    </message>
    <message numerus="yes">
        <source>removed %n month(s) after the last activity, by decision %1.</source>
        <translation>
            <numerusform>slettes %n måned efter sidste aktivitet, jf. beslutning %1.</numerusform>
            <numerusform>slettes %n måneder efter sidste aktivitet, jf. beslutning %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed after %n month(s), by decision %1.</source>
        <translation>
            <numerusform>slettes efter %n måned, jf. beslutning %1.</numerusform>
            <numerusform>slettes efter %n måneder, jf. beslutning %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no retention decision recorded: nothing is removed.</source>
        <translation>ingen beslutning om opbevaring registreret: intet slettes.</translation>
    </message>
    <message numerus="yes">
        <source>those older than %n day(s) are removed, except the newest good one.</source>
        <translation>
            <numerusform>de, der er ældre end %n dag, slettes, undtagen den nyeste fejlfri.</numerusform>
            <numerusform>de, der er ældre end %n dage, slettes, undtagen den nyeste fejlfri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>The purge could not be previewed</source>
        <translation>Sletningen kunne ikke vises på forhånd</translation>
    </message>
    <message>
        <source>This removes for good:</source>
        <translation>Dette slettes endeligt:</translation>
    </message>
    <message>
        <source>Records removed cannot be brought back from the trash.</source>
        <translation>Det, der slettes, kan ikke hentes tilbage fra papirkurven.</translation>
    </message>
    <message>
        <source>A backup is taken first. Records removed cannot be brought back from the trash.</source>
        <translation>Der tages først en sikkerhedskopi. Det, der slettes, kan ikke hentes tilbage fra papirkurven.</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Slet endeligt</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Sletter…</translation>
    </message>
    <message>
        <source>Nothing was purged</source>
        <translation>Intet blev slettet</translation>
    </message>
    <message>
        <source>Purged.</source>
        <translation>Slettet.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Fjernet:</translation>
    </message>
    <message>
        <source>The backup taken first (%1) still holds them until it is older than the oldest backup kept.</source>
        <translation>Sikkerhedskopien, der blev taget først (%1), indeholder dem stadig, indtil den er ældre end den ældste sikkerhedskopi, der gemmes.</translation>
    </message>
    <message>
        <source>Nothing is due for removal: no retention period is set, so nothing is ever removed. Set one under Settings, citing the municipality&apos;s decision.</source>
        <translation>Intet skal slettes: der er ikke angivet nogen opbevaringsperiode, så intet bliver nogensinde slettet. Angiv en under Indstillinger med henvisning til kommunens beslutning.</translation>
    </message>
    <message>
        <source>Nothing is due for removal: no closed case or log entry is older than its retention period.</source>
        <translation>Intet skal slettes: ingen afsluttet sag eller logpost er ældre end sin opbevaringsperiode.</translation>
    </message>
    <message>
        <source>Nothing is due for removal: no closed case, log entry or backup is older than its retention period.</source>
        <translation>Intet skal slettes: ingen afsluttet sag, logpost eller sikkerhedskopi er ældre end sin opbevaringsperiode.</translation>
    </message>
    <message>
        <source>An administrator purges the logs.</source>
        <translation>En administrator sletter logposterne.</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s)</source>
        <translation>
            <numerusform>%n afsluttet sag</numerusform>
            <numerusform>%n afsluttede sager</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 placements, %2 notes, %3 check-ins, %4 feedback answers)</source>
        <translation>(%1 forløb, %2 notater, %3 opfølgninger, %4 tilbagemeldinger)</translation>
    </message>
    <message numerus="yes">
        <source>%n log entry(ies)</source>
        <translation>
            <numerusform>%n logpost</numerusform>
            <numerusform>%n logposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s)</source>
        <translation>
            <numerusform>%n gammel sikkerhedskopi</numerusform>
            <numerusform>%n gamle sikkerhedskopier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireButton</name>
    <message>
        <source>Print &amp;questionnaire</source>
        <translation>Udskriv spør&amp;geskema</translation>
    </message>
    <message>
        <source>For the &amp;employer</source>
        <translation>Til &amp;virksomheden</translation>
    </message>
    <message>
        <source>For the &amp;participant</source>
        <translation>Til &amp;deltageren</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Register questionnaire answers</source>
        <translation>Registrér svar på spørgeskema</translation>
    </message>
    <message>
        <source>For example K7M-2QX</source>
        <translation>For eksempel K7M-2QX</translation>
    </message>
    <message>
        <source>Questionnaire code</source>
        <translation>Spørgeskemakode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvaret den</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Besvaret den:</translation>
    </message>
    <message>
        <source>Key each answer as a digit 1–5 (0, - or space for a question left blank); the next question follows by itself. Hiring: 1 yes, 2 no, 3 don&apos;t know.</source>
        <translation>Indtast hvert svar som et tal 1–5 (0, - eller mellemrum for et spørgsmål, der ikke er besvaret); det næste spørgsmål kommer af sig selv. Ansættelse: 1 ja, 2 nej, 3 ved ikke.</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Gem og næste</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Gem og næste</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Type the code printed at the top of the questionnaire.</source>
        <translation>Skriv koden, der står øverst på spørgeskemaet.</translation>
    </message>
    <message>
        <source>Employer&apos;s questionnaire about %1 at %2, sent %3</source>
        <translation>Virksomhedens spørgeskema om %1 hos %2, sendt %3</translation>
    </message>
    <message>
        <source>Participant&apos;s questionnaire: %1 at %2, sent %3</source>
        <translation>Deltagerens spørgeskema: %1 hos %2, sendt %3</translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation>vejleder %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>besvaret %1</translation>
    </message>
    <message>
        <source>Already answered: its answers are saved.</source>
        <translation>Allerede besvaret: svarene er gemt.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Svarene blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved %1 (%2). Questionnaires registered now: %3.</source>
        <translation>Gemt %1 (%2). Spørgeskemaer registreret nu: %3.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePanel</name>
    <message>
        <source>&lt;b&gt;Questionnaires&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spørgeskemaer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Employer questionnaires:</source>
        <translation>Spørgeskemaer til virksomheder:</translation>
    </message>
    <message>
        <source>Participant questionnaires:</source>
        <translation>Spørgeskemaer til deltagere:</translation>
    </message>
    <message>
        <source>Of the questionnaires printed in the period: how many came back, and how many of those who answered felt supported (4 or 5 of 5). The key figures&apos; “felt supported” counts placements instead: every feedback recorded, by questionnaire or not.</source>
        <translation>Af de spørgeskemaer, der blev udskrevet i perioden: hvor mange der kom tilbage, og hvor mange af dem, der svarede, der følte sig støttet (4 eller 5 af 5). Nøgletallenes »følte sig støttet« tæller i stedet forløb: alle registrerede tilbagemeldinger, via spørgeskema eller ej.</translation>
    </message>
    <message>
        <source>&amp;Register questionnaire answers…</source>
        <translation>&amp;Registrér svar på spørgeskema…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E, from any screen</source>
        <translation>Ctrl+Skift+E, fra alle skærmbilleder</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelseskode</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it if the passphrase is forgotten or the key file beside the database is lost. It is shown only this once: write it down or print it, and keep it apart from this computer.</source>
        <translation>Databasen er krypteret. Denne gendannelseskode åbner den, hvis adgangsfrasen bliver glemt, eller nøglefilen ved siden af databasen går tabt. Den vises kun denne ene gang: skriv den ned eller udskriv den, og opbevar den adskilt fra denne computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Kopiér gendannelseskoden</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard</source>
        <translation>Kopiér gendannelseskoden til udklipsholderen</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>Jeg har &amp;gemt gendannelseskoden et sikkert sted</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Jeg har gemt gendannelseskoden et sikkert sted</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopieret.</translation>
    </message>
</context>
<context>
    <name>ReportMappingEditor</name>
    <message>
        <source>Reporting categories</source>
        <translation>Rapporteringskategorier</translation>
    </message>
    <message>
        <source>Reporting system</source>
        <translation>Rapporteringssystem</translation>
    </message>
    <message>
        <source>Reporting s&amp;ystem:</source>
        <translation>Rapporterings&amp;system:</translation>
    </message>
    <message>
        <source>Which category of the system each outcome, early-ending reason and 90-day result counts as. An early ending counts by its reason when the reason has a category, else by its outcome. An empty category means not mapped: the statistics list those endings as “Not mapped”.</source>
        <translation>Hvilken kategori i systemet hvert resultat, hver årsag til tidlig afslutning og hver status efter 90 dage tæller som. En tidlig afslutning tælles efter sin årsag, når årsagen har en kategori, ellers efter sit resultat. En tom kategori betyder, at der ikke er valgt nogen kategori: statistikken viser de afslutninger som »Uden kategori«.</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Tælles ud fra</translation>
    </message>
    <message>
        <source>Outcome, reason or result</source>
        <translation>Resultat, årsag eller status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Save &amp;categories</source>
        <translation>Gem &amp;kategorierne</translation>
    </message>
    <message>
        <source>Save this system&apos;s categories</source>
        <translation>Gem kategorierne for dette system</translation>
    </message>
    <message>
        <source>Restore &amp;default categories</source>
        <translation>Gendan &amp;standardkategorierne</translation>
    </message>
    <message>
        <source>Put back the categories the program ships with for this system</source>
        <translation>Sæt de kategorier, programmet leveres med, tilbage for dette system</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Gendan standard</translation>
    </message>
    <message>
        <source>Status of the reporting categories</source>
        <translation>Status for rapporteringskategorierne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Early-ending reason</source>
        <translation>Årsag til tidlig afslutning</translation>
    </message>
    <message>
        <source>After 90 days</source>
        <translation>Efter 90 dage</translation>
    </message>
    <message>
        <source>Empty: not mapped</source>
        <translation>Tom: uden kategori</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
    <message>
        <source>The categories were not saved</source>
        <translation>Kategorierne blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Unsaved categories</source>
        <translation>Ikke-gemte kategorier</translation>
    </message>
    <message>
        <source>The categories you changed for this system are not saved. Discard them?</source>
        <translation>De kategorier, du har ændret for dette system, er ikke gemt. Vil du kassere ændringerne?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Put back the categories the program ships with for this system? Your own categories for it are replaced.</source>
        <translation>Vil du sætte de kategorier, programmet leveres med, tilbage for dette system? Dine egne kategorier for systemet bliver erstattet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Standardkategorierne er gendannet.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke gemt endnu.</translation>
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
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dette kvartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Sidste kvartal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egen periode</translation>
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
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Udskriv rapport…</translation>
    </message>
    <message>
        <source>Own breakdown</source>
        <translation>Egen opdeling</translation>
    </message>
    <message>
        <source>Breakdown of the printed report</source>
        <translation>Opdeling i den udskrevne rapport</translation>
    </message>
    <message>
        <source>A reporting system adds the endings in its categories, as mapped in the settings</source>
        <translation>Et rapporteringssystem tilføjer afslutningerne i sine kategorier, som de er tilknyttet i indstillingerne</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Opdeling:</translation>
    </message>
    <message>
        <source>The printed report (PDF) has these figures split by gender, placement type, referral source and employer sector, with charts, the outcomes 90 days after the end and the outcome sentences; choose a reporting system to add the endings in its categories.</source>
        <translation>Den udskrevne rapport (PDF) har disse tal opdelt efter køn, forløbstype, henvisende aktør og virksomhedens sektor, med diagrammer, resultaterne 90 dage efter afslutningen og resultatbeskrivelserne; vælg et rapporteringssystem for at tilføje afslutningerne i dets kategorier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists and calendar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lister og kalender&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Ingen årsag angivet</translation>
    </message>
    <message>
        <source>Reasons for ending early: %1</source>
        <translation>Årsager til tidlig afslutning: %1</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message numerus="yes">
        <source>No contact for %n day(s) – contact is due at least once in %1 days</source>
        <translation>
            <numerusform>Ingen kontakt i %n dag – der skal være kontakt mindst én gang på %1 dage</numerusform>
            <numerusform>Ingen kontakt i %n dage – der skal være kontakt mindst én gang på %1 dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) – in phase %2 of the plan contact is due at least once in %1 days</source>
        <translation>
            <numerusform>Ingen kontakt i %n dag – i fase %2 af planen skal der være kontakt mindst én gang på %1 dage</numerusform>
            <numerusform>Ingen kontakt i %n dage – i fase %2 af planen skal der være kontakt mindst én gang på %1 dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) flagged for drop-out risk in the last %1 days</source>
        <translation>
            <numerusform>%n notat markeret med risiko for frafald de seneste %1 dage</numerusform>
            <numerusform>%n notater markeret med risiko for frafald de seneste %1 dage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>Data safety</source>
        <translation>Datasikkerhed</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sikkerhedskopier</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Kryptering</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>S&amp;letning</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Re&amp;visionslog</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Ændringer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
</context>
<context>
    <name>ScheduleCheckInDialog</name>
    <message>
        <source>Schedule check-in</source>
        <translation>Planlæg opfølgning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The placement has no planned end: check-ins are created for half a year ahead.</source>
        <translation>Forløbet har ingen planlagt slutdato: opfølgninger oprettes et halvt år frem.</translation>
    </message>
    <message>
        <source>Check-ins are created up to the planned end, %1.</source>
        <translation>Opfølgninger oprettes frem til den planlagte slutdato, %1.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Hver (antal dage)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation>Søg overalt</translation>
    </message>
    <message>
        <source>Search participants, employers and notes</source>
        <translation>Søg i deltagere, virksomheder og notater</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Søgetekst</translation>
    </message>
    <message>
        <source>Arrow keys choose a result; Enter opens it; Esc closes.</source>
        <translation>Piletasterne vælger et resultat; Enter åbner det; Esc lukker.</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Vis &amp;flere</translation>
    </message>
    <message>
        <source>Show the next %1 older notes.</source>
        <translation>Vis de næste %1 ældre notater.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Ingen resultater for »%1«.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 matches; %2 shown: names first, then the newest notes.</source>
        <translation>
            <numerusform>Flere end %1 resultater; %2 vises: navne først, derefter de nyeste notater.</numerusform>
            <numerusform>Flere end %1 resultater; %2 vises: navne først, derefter de nyeste notater.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches in all; %1 shown: names first, then the newest notes.</source>
        <translation>
            <numerusform>%n resultat i alt; %1 vises: navne først, derefter de nyeste notater.</numerusform>
            <numerusform>%n resultater i alt; %1 vises: navne først, derefter de nyeste notater.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of a name, or a word from a note.</source>
        <translation>Skriv en del af et navn eller et ord fra et notat.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Contact with the workplaces: how soon and how often</source>
        <translation>Kontakten med arbejdspladserne: hvor hurtigt og hvor ofte</translation>
    </message>
    <message>
        <source>A check of your own follow-up against good practice. A workplace contact is a note held with the supervisor, or with the participant and the supervisor together.</source>
        <translation>En kontrol af din egen opfølgning i forhold til god praksis. En arbejdspladskontakt er et notat om en kontakt med vejlederen eller med deltageren og vejlederen sammen.</translation>
    </message>
    <message>
        <source>Nothing to show yet. When placements have started, this shows month by month how many days pass before the first workplace contact, how many active placements had a workplace contact, the workplace contacts a week and the time spent per placement.</source>
        <translation>Intet at vise endnu. Når der er startet forløb, vises her måned for måned, hvor mange dage der går før den første arbejdspladskontakt, hvor mange aktive forløb der har haft en arbejdspladskontakt, arbejdspladskontakterne pr. uge og tidsforbruget pr. forløb.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Guide value</source>
        <translation>Pejlemærke</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Days from start to first workplace contact</source>
        <translation>Dage fra start til første arbejdspladskontakt</translation>
    </message>
    <message>
        <source>Active placements with a workplace contact</source>
        <translation>Aktive forløb med arbejdspladskontakt</translation>
    </message>
    <message>
        <source>Time spent per active placement</source>
        <translation>Tidsforbrug pr. aktivt forløb</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>inden for %1 dage</translation>
    </message>
    <message>
        <source>every placement, every month</source>
        <translation>hvert forløb, hver måned</translation>
    </message>
    <message>
        <source>about %1 a week (full time)</source>
        <translation>ca. %1 om ugen (fuld tid)</translation>
    </message>
    <message>
        <source>no guide value</source>
        <translation>intet pejlemærke</translation>
    </message>
    <message>
        <source>&lt;b&gt;Month by month&lt;/b&gt; (the last twelve)</source>
        <translation>&lt;b&gt;Måned for måned&lt;/b&gt; (de seneste tolv)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Days to first contact, median</source>
        <translation>Dage til første kontakt, median</translation>
    </message>
    <message>
        <source>Placements contacted</source>
        <translation>Forløb med kontakt</translation>
    </message>
    <message>
        <source>Contacts a week</source>
        <translation>Kontakter pr. uge</translation>
    </message>
    <message>
        <source>Time per placement</source>
        <translation>Tid pr. forløb</translation>
    </message>
    <message>
        <source>Self-check month by month</source>
        <translation>Egenkontrol måned for måned</translation>
    </message>
    <message>
        <source>The guide values come from supported employment (IPS): the first contact with the employer within 30 days of the start, every active placement contacted at least once a month, and about six employer contacts a week for a full-time employment specialist. They are something to reflect on, not a verdict: a part-time post or a different caseload meets them differently.</source>
        <translation>Pejlemærkerne kommer fra Supported Employment (IPS): første kontakt med virksomheden inden for 30 dage fra start, kontakt med hvert aktivt forløb mindst én gang om måneden og ca. seks virksomhedskontakter om ugen for en IPS-konsulent på fuld tid. De er noget at reflektere over, ikke en dom: med en deltidsstilling eller en anden slags sager ser det anderledes ud.</translation>
    </message>
    <message>
        <source>This month so far: %1</source>
        <translation>Indtil videre denne måned: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workplace contact(s) in %1 days</source>
        <translation>
            <numerusform>%n arbejdspladskontakt på %1 dage</numerusform>
            <numerusform>%n arbejdspladskontakter på %1 dage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <source>Employer contacts a week</source>
        <translation>Virksomhedskontakter pr. uge</translation>
    </message>
    <message>
        <source>No placement started this month.</source>
        <translation>Intet forløb startede denne måned.</translation>
    </message>
    <message numerus="yes">
        <source>median of %n placement(s) started this month</source>
        <translation>
            <numerusform>median for %n forløb, der startede denne måned</numerusform>
            <numerusform>median for %n forløb, der startede denne måned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no workplace contact yet</source>
        <translation>
            <numerusform>%n uden arbejdspladskontakt endnu</numerusform>
            <numerusform>%n uden arbejdspladskontakt endnu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active placements</source>
        <translation>%1 af %2 aktive forløb</translation>
    </message>
    <message numerus="yes">
        <source>%n paused placement(s) left out</source>
        <translation>
            <numerusform>%n forløb på pause er ikke medregnet</numerusform>
            <numerusform>%n forløb på pause er ikke medregnet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>No notes on active placements this month.</source>
        <translation>Ingen notater om aktive forløb denne måned.</translation>
    </message>
    <message>
        <source>%1 of %2 notes say the time spent</source>
        <translation>%1 af %2 notater angiver tidsforbrug</translation>
    </message>
    <message numerus="yes">
        <source>over %n active placement(s)</source>
        <translation>
            <numerusform>fordelt på %n aktivt forløb</numerusform>
            <numerusform>fordelt på %n aktive forløb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without contact)</source>
        <translation>
            <numerusform>(%n uden kontakt)</numerusform>
            <numerusform>(%n uden kontakt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n employer contact(s) in %1 days, of which %2 network contacts</source>
        <translation>
            <numerusform>%n virksomhedskontakt på %1 dage, heraf %2 netværkskontakter</numerusform>
            <numerusform>%n virksomhedskontakter på %1 dage, heraf %2 netværkskontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s) without time)</source>
        <translation>
            <numerusform>(%n notat uden tid)</numerusform>
            <numerusform>(%n notater uden tid)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Backups and encryption at rest are the server&apos;s, run by IT, so this window has none of its own.</source>
        <translation>Sikkerhedskopier og kryptering af lagrede data på serveren varetages af IT, så de findes ikke i dette vindue.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Logget ind som</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Database revision</source>
        <translation>Databasens revision</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Logget ind som:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Forbindelse:</translation>
    </message>
    <message>
        <source>Database revision:</source>
        <translation>Databasens revision:</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>ikke forbundet</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>krypteret (TLS)</translation>
    </message>
    <message>
        <source>not encrypted: what is sent can be read on the network; ask IT for TLS</source>
        <translation>ikke krypteret: det, der sendes, kan læses på netværket; bed IT om TLS</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Choose logo</source>
        <translation>Vælg logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>The organisation, follow-up, lists and reporting categories are set by your organisation&apos;s administrator; your contact details and language are your own.</source>
        <translation>Organisationen, opfølgningen, listerne og rapporteringskategorierne indstilles af din organisations administrator; dine kontaktoplysninger og dit sprog bestemmer du selv.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Gem indstillingerne</translation>
    </message>
    <message>
        <source>Save the settings and lists</source>
        <translation>Gem indstillingerne og listerne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
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
        <translation>Organisationens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Vælg &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Fjern logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Default follow-up &amp;plan:</source>
        <translation>Standardopfølgnings&amp;plan:</translation>
    </message>
    <message>
        <source>Plan by placement &amp;type:</source>
        <translation>Plan pr. f&amp;orløbstype:</translation>
    </message>
    <message>
        <source>&amp;Silent without a plan after (days):</source>
        <translation>&amp;Stille uden plan efter (dage):</translation>
    </message>
    <message>
        <source>A placement without a follow-up plan counts as silent after this many days without contact; one with a plan, after its phase&apos;s days.</source>
        <translation>Et forløb uden opfølgningsplan regnes som stille efter så mange dage uden kontakt; et forløb med plan efter det antal dage, der gælder for dets fase.</translation>
    </message>
    <message>
        <source>&amp;Outcome check after (days):</source>
        <translation>Resultatopfølgning efter (&amp;dage):</translation>
    </message>
    <message>
        <source>How many days after a placement ends its outcome check falls due: is the person in work, studies, another measure or none? Checks already scheduled keep their day.</source>
        <translation>Hvor mange dage efter et forløbs afslutning resultatopfølgningen forfalder: er personen i arbejde, i uddannelse, i en anden indsats eller ingen af delene? Resultatopfølgninger, der allerede er planlagt, beholder deres dato.</translation>
    </message>
    <message>
        <source>&amp;Warn of a subsidy decision ending (days before):</source>
        <translation>Varsl om &amp;udløb af tilskudsafgørelse (dage før):</translation>
    </message>
    <message>
        <source>Overview lists a placement whose subsidy decision ends within this many days, so its renewal can be applied for in time.</source>
        <translation>Overblik viser et forløb, hvis tilskudsafgørelse udløber inden for så mange dage, så der kan søges om forlængelse i tide.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rog:</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lister</translation>
    </message>
    <message>
        <source>Placement types</source>
        <translation>Forløbstyper</translation>
    </message>
    <message>
        <source>Note kinds</source>
        <translation>Notattyper</translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation>Henvisende aktører</translation>
    </message>
    <message>
        <source>Ending reasons</source>
        <translation>Årsager til afslutning</translation>
    </message>
    <message>
        <source>Task categories</source>
        <translation>Opgaveområder</translation>
    </message>
    <message>
        <source>Task requirements</source>
        <translation>Krav i opgaverne</translation>
    </message>
    <message>
        <source>Subsidy types</source>
        <translation>Tilskudstyper</translation>
    </message>
    <message>
        <source>Agreement forms</source>
        <translation>Aftaleformer</translation>
    </message>
    <message>
        <source>Network contact kinds</source>
        <translation>Typer af netværkskontakt</translation>
    </message>
    <message>
        <source>The entries are named in the window&apos;s language. Renaming one changes its name in this language only; what is already recorded keeps its entry.</source>
        <translation>Punkterne vises på vinduets sprog. Omdøber du et punkt, ændres navnet kun på dette sprog; det, der allerede er registreret, beholder sit punkt.</translation>
    </message>
    <message>
        <source>The country cannot be changed: participants or employers are registered, and their identity and organisation numbers are the country&apos;s.</source>
        <translation>Landet kan ikke ændres: der er registreret deltagere eller virksomheder, og deres CPR- og CVR-numre hører til landet.</translation>
    </message>
    <message>
        <source>The country decides the identity and organisation numbers and the default lists, which take the place of the lists below when it is changed. It can be changed until the first participant or employer is registered.</source>
        <translation>Landet afgør identitets- og virksomhedsnumrene og standardlisterne, som erstatter listerne nedenfor, når det ændres. Det kan ændres, indtil den første deltager eller virksomhed registreres.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct what is marked.</source>
        <translation>Intet blev gemt. Ret det, der er markeret.</translation>
    </message>
    <message>
        <source>The file could not be read as an image.</source>
        <translation>Filen kunne ikke læses som et billede.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Antal sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Antal sikkerhedskopier, der gemmes:</translation>
    </message>
    <message>
        <source>Oldest backup kept, in days</source>
        <translation>Ældste sikkerhedskopi, der gemmes, i dage</translation>
    </message>
    <message>
        <source>&amp;Oldest backup kept (days):</source>
        <translation>Ældste, der gemmes (&amp;dage):</translation>
    </message>
    <message>
        <source>Older backups are removed, except the newest good one.</source>
        <translation>Ældre sikkerhedskopier slettes, undtagen den nyeste fejlfri.</translation>
    </message>
    <message>
        <source>Back up every, in hours</source>
        <translation>Sikkerhedskopiér hver, i timer</translation>
    </message>
    <message>
        <source>Back up e&amp;very (hours):</source>
        <translation>Sikkerhedskopiér &amp;hver (timer):</translation>
    </message>
    <message>
        <source>While the program is open; it also backs up when it closes.</source>
        <translation>Mens programmet er åbent; det tager også en sikkerhedskopi, når det lukkes.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Ved siden af databasen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Choose the folder backups are written to</source>
        <translation>Vælg den mappe, sikkerhedskopierne skrives til</translation>
    </message>
    <message>
        <source>Choose backup folder</source>
        <translation>Vælg mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mappe til sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Empty: the “backups” folder beside the database. A folder on another disk survives the loss of this one.</source>
        <translation>Tom: mappen »backups« ved siden af databasen. En mappe på en anden disk er i behold, hvis denne disk går tabt.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Lås efter (minutter uden brug):</translation>
    </message>
    <message>
        <source>Only an encrypted database can be locked. 0 means never.</source>
        <translation>Kun en krypteret database kan låses. 0 betyder aldrig.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>How much of a file one import reads. A file over a limit is refused before it is read, so a damaged file cannot fill the memory.</source>
        <translation>Hvor meget af en fil én import læser. En fil over en grænse afvises, før den læses, så en beskadiget fil ikke kan fylde hukommelsen.</translation>
    </message>
    <message>
        <source>Largest file, in megabytes</source>
        <translation>Største fil, i megabyte</translation>
    </message>
    <message>
        <source>Largest fil&amp;e (MB):</source>
        <translation>Største &amp;fil (MB):</translation>
    </message>
    <message>
        <source>Most rows in a file</source>
        <translation>Højeste antal rækker i en fil</translation>
    </message>
    <message>
        <source>Most &amp;rows:</source>
        <translation>Højeste antal &amp;rækker:</translation>
    </message>
    <message>
        <source>Longest cell, in characters</source>
        <translation>Længste celle, i tegn</translation>
    </message>
    <message>
        <source>Longest cell (charac&amp;ters):</source>
        <translation>Længste celle (&amp;tegn):</translation>
    </message>
    <message>
        <source>Excel&apos;s own limit is 32,767.</source>
        <translation>Excels egen grænse er 32.767.</translation>
    </message>
    <message>
        <source>Largest workbook unpacked, in megabytes</source>
        <translation>Største projektmappe udpakket, i megabyte</translation>
    </message>
    <message>
        <source>Largest workbook &amp;unpacked (MB):</source>
        <translation>Største projektmappe &amp;udpakket (MB):</translation>
    </message>
    <message>
        <source>A workbook (.xlsx, .ods) is packed; this is what it may hold unpacked.</source>
        <translation>En projektmappe (.xlsx, .ods) er pakket; dette er, hvad den må fylde udpakket.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Records are kept or removed by the municipality&apos;s retention decision (gallringsbeslut). Give the period and cite the decision. 0 months means no decision is recorded, and nothing is removed.</source>
        <translation>Oplysninger opbevares eller slettes efter kommunens beslutning om opbevaring og sletning. Angiv perioden, og henvis til beslutningen. 0 måneder betyder, at der ikke er registreret nogen beslutning, og så slettes intet.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Closed cases removed after, in months</source>
        <translation>Afsluttede sager slettes efter, i måneder</translation>
    </message>
    <message>
        <source>Closed &amp;cases removed after (months):</source>
        <translation>Afsluttede &amp;sager slettes efter (måneder):</translation>
    </message>
    <message>
        <source>Counted from the last activity of a participant with no placement running.</source>
        <translation>Tælles fra den sidste aktivitet for en deltager uden et igangværende forløb.</translation>
    </message>
    <message>
        <source>Decision for closed cases</source>
        <translation>Beslutning for afsluttede sager</translation>
    </message>
    <message>
        <source>For example KS 2025-03-12 § 45</source>
        <translation>For eksempel KB 12.03.2025, pkt. 45</translation>
    </message>
    <message>
        <source>&amp;Decision for cases:</source>
        <translation>&amp;Beslutning for sager:</translation>
    </message>
    <message>
        <source>Log entries removed after, in months</source>
        <translation>Logposter slettes efter, i måneder</translation>
    </message>
    <message>
        <source>Lo&amp;g entries removed after (months):</source>
        <translation>L&amp;ogposter slettes efter (måneder):</translation>
    </message>
    <message>
        <source>Decision for logs</source>
        <translation>Beslutning for logposter</translation>
    </message>
    <message>
        <source>Dec&amp;ision for logs:</source>
        <translation>Beslutning for log&amp;poster:</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s administrator.</source>
        <translation>Indstilles af din organisations administrator.</translation>
    </message>
    <message>
        <source>&amp;Save safety settings</source>
        <translation>&amp;Gem sikkerhedsindstillingerne</translation>
    </message>
    <message>
        <source>Save the safety settings</source>
        <translation>Gem sikkerhedsindstillingerne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct what is marked.</source>
        <translation>Intet blev gemt. Ret det, der er markeret.</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the database server</source>
        <translation>Log ind på databaseserveren</translation>
    </message>
    <message>
        <source>Ambassador&apos;s database is on a server. Enter your password for the server to open the database.</source>
        <translation>Ambassadors database ligger på en server. Indtast din adgangskode til serveren for at åbne databasen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Husk adgangskoden på denne computer</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, so you are not asked at the next start</source>
        <translation>Gemmes i computerens nøglering, så du ikke bliver spurgt ved næste start</translation>
    </message>
    <message>
        <source>Why it did not open</source>
        <translation>Hvorfor den ikke blev åbnet</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Bruger:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Ambassador</source>
        <translation>Velkommen til Ambassador</translation>
    </message>
    <message>
        <source>The register is empty. Start with the employers who take placements and the people you follow, bring in the lists you keep in Excel, or look around in made-up sample data first.</source>
        <translation>Registeret er tomt. Start med de virksomheder, der tager imod forløb, og de personer, du følger, hent de lister ind, du har i Excel, eller se dig først omkring i opdigtede eksempeldata.</translation>
    </message>
    <message>
        <source>Add an employer</source>
        <translation>Tilføj en virksomhed</translation>
    </message>
    <message>
        <source>A workplace that takes placements, with its supervisors and tasks.</source>
        <translation>En arbejdsplads, der tager imod forløb, med sine vejledere og opgaver.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Tilføj en deltager</translation>
    </message>
    <message>
        <source>A person you follow, with their referral, needs and goals.</source>
        <translation>En person, du følger, med henvisning, behov og mål.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importér fra Excel</translation>
    </message>
    <message>
        <source>The participants, employers and placements you already keep in a sheet.</source>
        <translation>De deltagere, virksomheder og forløb, du allerede har i et regneark.</translation>
    </message>
    <message>
        <source>Explore the sample data</source>
        <translation>Udforsk eksempeldata</translation>
    </message>
    <message>
        <source>Made-up people and places, in a window and file of their own.</source>
        <translation>Opdigtede personer og arbejdspladser i et separat vindue og en separat fil.</translation>
    </message>
    <message>
        <source>The organisation is in:</source>
        <translation>Organisationen ligger i:</translation>
    </message>
    <message>
        <source>The country decides the identity and organisation numbers (personnummer or CPR, organisationsnummer or CVR) and the default lists. It can be changed until the first participant or employer is registered; the window&apos;s language is chosen apart from it.</source>
        <translation>Landet afgør identitets- og virksomhedsnumrene (personnummer eller CPR, organisationsnummer eller CVR) og standardlisterne. Det kan ændres, indtil den første deltager eller virksomhed registreres; vinduets sprog vælges for sig.</translation>
    </message>
    <message>
        <source>The sample data opens in a second window, over a file of its own: made-up people, employers and placements to try everything on. Nothing you do there reaches your own register, which stays as it is in this window.</source>
        <translation>Eksempeldata åbnes i et andet vindue med sin egen fil: opdigtede personer, virksomheder og forløb, som du kan prøve alt af på. Intet, du gør der, når ind i dit eget register, som forbliver, som det er, i dette vindue.</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>Åbn eksempeldata</translation>
    </message>
    <message>
        <source>The sample data did not open</source>
        <translation>Eksempeldata blev ikke åbnet</translation>
    </message>
    <message>
        <source>The program could not be started a second time. Try again later.</source>
        <translation>Programmet kunne ikke startes en gang til. Prøv igen senere.</translation>
    </message>
    <message>
        <source>The country was not changed</source>
        <translation>Landet blev ikke ændret</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>%1 could not be read: this user may not read it, or the disk failed.</source>
        <translation>%1 kunne ikke læses: denne bruger må ikke læse den, eller der er fejl på disken.</translation>
    </message>
    <message>
        <source>Ambassador cannot open the database</source>
        <translation>Ambassador kan ikke åbne databasen</translation>
    </message>
    <message>
        <source>No database here</source>
        <translation>Ingen database her</translation>
    </message>
    <message>
        <source>There is no database at %1. Make a new, empty one there?</source>
        <translation>Der er ingen database på %1. Vil du oprette en ny, tom database der?</translation>
    </message>
    <message>
        <source>&amp;Make a new database</source>
        <translation>&amp;Opret en ny database</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>This database is read-only: you can read everything in it, but not change it. Documents and lists cannot be written either, because each must be recorded in the database&apos;s export log.</source>
        <translation>Denne database er skrivebeskyttet: du kan læse alt i den, men ikke ændre noget. Dokumenter og lister kan heller ikke skrives, fordi hvert enkelt skal registreres i databasens eksportlog.</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Databasen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>No backup that passes its check was found.</source>
        <translation>Der blev ikke fundet nogen sikkerhedskopi, der består kontrollen.</translation>
    </message>
    <message>
        <source>The newest backup that passes its check was taken %1. Put it in place? The file that cannot be opened is kept beside it, renamed, and not changed.</source>
        <translation>Den nyeste sikkerhedskopi, der består kontrollen, blev taget %1. Vil du sætte den på plads? Filen, der ikke kan åbnes, gemmes ved siden af med et nyt navn og ændres ikke.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <source>The backup is in place</source>
        <translation>Sikkerhedskopien er sat på plads</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1.</source>
        <translation>Filen, der ikke kunne åbnes, er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>SummaryConsent</name>
    <message>
        <source>No consent is recorded from %1 to share the follow-up summary with %2.

The summary shows the placement, its plan and the notes marked as shareable; it goes to the employer only if %1 has agreed. If %1 has agreed, in writing or orally, record the consent now and the summary is printed next.</source>
        <translation>Der er ikke registreret noget samtykke fra %1 til at dele opfølgningsopsummeringen med %2.

Opsummeringen viser forløbet, dets plan og de notater, der er markeret som delbare; den gives kun til virksomheden, hvis %1 har givet samtykke. Har %1 givet samtykke, skriftligt eller mundtligt, så registrér samtykket nu, og opsummeringen udskrives lige bagefter.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Udskriv opsummering</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrér samtykke…</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Udskriv alligevel</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What the organisation aims for each year: Rapporter and the statistics report show each figure beside its target. A share is given in per cent; a count is the year&apos;s. Choose a placement type for the placements started of a type, or to set the conversion to employment of one type.</source>
        <translation>Det, organisationen sigter mod hvert år: Rapporter og statistikrapporten viser hvert tal sammenholdt med målet. En andel angives i procent; et antal gælder hele året. Vælg en forløbstype for startede forløb af en bestemt type eller for at angive overgangen til ansættelse for én type.</translation>
    </message>
    <message>
        <source>Year of the targets</source>
        <translation>Målenes år</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Targets of the year</source>
        <translation>Årets mål</translation>
    </message>
    <message>
        <source>No target is set for this year.</source>
        <translation>Der er ikke angivet noget mål for dette år.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>N&amp;øgletal:</translation>
    </message>
    <message>
        <source>Placement &amp;type:</source>
        <translation>Forløbst&amp;ype:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Se&amp;t target</source>
        <translation>&amp;Angiv mål</translation>
    </message>
    <message>
        <source>Set this target for the year chosen, in place of any set before</source>
        <translation>Angiv dette mål for det valgte år i stedet for et tidligere angivet</translation>
    </message>
    <message>
        <source>Re&amp;move target</source>
        <translation>Fj&amp;ern mål</translation>
    </message>
    <message>
        <source>Status of the targets</source>
        <translation>Status for målene</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
    <message>
        <source>The target was not saved</source>
        <translation>Målet blev ikke gemt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>The target was not removed</source>
        <translation>Målet blev ikke fjernet</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Fjernet.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>TaskCatalogueDialog</name>
    <message>
        <source>Task catalogue</source>
        <translation>Opgavekatalog</translation>
    </message>
    <message>
        <source>Search task or employer</source>
        <translation>Søg efter opgave eller virksomhed</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sektorer</translation>
    </message>
    <message>
        <source>Only employers with free places</source>
        <translation>Kun virksomheder med ledige pladser</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Ledige pladser</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Tasks of every employer</source>
        <translation>Alle virksomheders opgaver</translation>
    </message>
    <message>
        <source>Show employer</source>
        <translation>Vis virksomheden</translation>
    </message>
    <message>
        <source>Select the task&apos;s employer in the list</source>
        <translation>Vælg opgavens virksomhed i listen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>Any requirements</source>
        <translation>Alle krav</translation>
    </message>
    <message>
        <source>No requirements</source>
        <translation>Ingen krav</translation>
    </message>
    <message>
        <source>Without: %1</source>
        <translation>Uden: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Med: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n opgave</numerusform>
            <numerusform>%n opgaver</numerusform>
        </translation>
    </message>
    <message>
        <source>No employer lists a task yet. Add the tasks each employer can offer in the employer&apos;s form (Edit employer).</source>
        <translation>Ingen virksomhed har registreret opgaver endnu. Tilføj de opgaver, hver virksomhed kan tilbyde, i virksomhedens formular (Redigér virksomhed).</translation>
    </message>
    <message>
        <source>No task matches. Clear the search or choose other filters.</source>
        <translation>Ingen opgaver passer. Ryd søgningen, eller vælg andre filtre.</translation>
    </message>
</context>
<context>
    <name>TasksCovered</name>
    <message>
        <source>Tasks covered</source>
        <translation>Dækkede opgaver</translation>
    </message>
    <message>
        <source>The employer&apos;s tasks this placement covers.</source>
        <translation>De af virksomhedens opgaver, som dette forløb dækker.</translation>
    </message>
    <message>
        <source>Choose an employer to see the tasks it offers.</source>
        <translation>Vælg en virksomhed for at se de opgaver, den tilbyder.</translation>
    </message>
    <message>
        <source>The employer lists no tasks yet. Add them on the employer.</source>
        <translation>Virksomheden har ingen opgaver registreret endnu. Tilføj dem under virksomheden.</translation>
    </message>
</context>
<context>
    <name>TasksEditor</name>
    <message>
        <source>Tasks on offer</source>
        <translation>Opgaver, der tilbydes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>No tasks listed yet. Add each task the employer can offer.</source>
        <translation>Ingen opgaver endnu. Tilføj hver opgave, som virksomheden kan tilbyde.</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Fjern opgave</translation>
    </message>
    <message>
        <source>For example: Pick goods for orders</source>
        <translation>For eksempel: Pluk varer til ordrer</translation>
    </message>
    <message>
        <source>What the task asks of the person doing it.</source>
        <translation>Hvad opgaven kræver af den, der udfører den.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Intet område</translation>
    </message>
</context>
<context>
    <name>TeamStatistics</name>
    <message>
        <source>fewer than 5</source>
        <translation>færre end 5</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Hele organisationen</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Ingen enhed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>People with a placement</source>
        <translation>Personer i et forløb</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Startede forløb</translation>
    </message>
    <message>
        <source>Placements active</source>
        <translation>Aktive forløb</translation>
    </message>
    <message>
        <source>Another type</source>
        <translation>Anden type</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>Afsluttede forløb</translation>
    </message>
    <message>
        <source>Into work or education</source>
        <translation>Til arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>90 days after the end</source>
        <translation>90 dage efter afslutningen</translation>
    </message>
    <message>
        <source>Due, not recorded</source>
        <translation>Forfalden, ikke registreret</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Endnu ikke forfalden</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Ingen opfølgning</translation>
    </message>
    <message>
        <source>Employers&apos; answers on support</source>
        <translation>Virksomhedernes svar om støtten</translation>
    </message>
    <message>
        <source>Of these, felt supported</source>
        <translation>Heraf følte sig støttet</translation>
    </message>
    <message>
        <source>Participants&apos; answers on support</source>
        <translation>Deltagernes svar om støtten</translation>
    </message>
</context>
<context>
    <name>TermsSection</name>
    <message>
        <source>Subsidy and terms</source>
        <translation>Tilskud og vilkår</translation>
    </message>
    <message>
        <source>Shows or hides the subsidy, the decision and the terms of employment.</source>
        <translation>Viser eller skjuler tilskuddet, afgørelsen og ansættelsesvilkårene.</translation>
    </message>
    <message>
        <source>Subsidy type</source>
        <translation>Tilskudstype</translation>
    </message>
    <message>
        <source>Subsidy (kr a month)</source>
        <translation>Tilskud (kr. om måneden)</translation>
    </message>
    <message>
        <source>Subsidy (% of the wage)</source>
        <translation>Tilskud (% af lønnen)</translation>
    </message>
    <message>
        <source>Give the amount, the share, or both for a share up to a ceiling.</source>
        <translation>Angiv beløbet, andelen eller begge for en andel op til et loft.</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Afgørelsesnummer</translation>
    </message>
    <message>
        <source>Decision from</source>
        <translation>Afgørelse fra</translation>
    </message>
    <message>
        <source>Decision until</source>
        <translation>Afgørelse til</translation>
    </message>
    <message>
        <source>Overview warns before this day, in time to apply for the renewal.</source>
        <translation>Overblik advarer før denne dag, i god tid til at søge om forlængelse.</translation>
    </message>
    <message>
        <source>Agreement form</source>
        <translation>Aftaleform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formel arbejdsgiver</translation>
    </message>
    <message>
        <source>Who employs the participant formally, when not the employer.</source>
        <translation>Hvem der formelt ansætter deltageren, når det ikke er virksomheden.</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost (kr a month)</source>
        <translation>Kommunens udgift (kr. om måneden)</translation>
    </message>
    <message>
        <source>Internal: not printed on the agreement.</source>
        <translation>Internt: udskrives ikke på aftalen.</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Ny mentor…</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Ny mentor</translation>
    </message>
    <message>
        <source>Mentor&apos;s hours a week</source>
        <translation>Mentortimer pr. uge</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>The employer&apos;s own mentors and the unit&apos;s; add one here.</source>
        <translation>Virksomhedens egne mentorer og enhedens; tilføj en her.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The projects whose period covers the start date.</source>
        <translation>De projekter, hvis periode omfatter startdatoen.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>%1 (the unit)</source>
        <translation>%1 (enheden)</translation>
    </message>
</context>
<context>
    <name>TermsText</name>
    <message>
        <source>%1 kr a month</source>
        <translation>%1 kr. om måneden</translation>
    </message>
    <message>
        <source>%1 % of the wage</source>
        <translation>%1 % af lønnen</translation>
    </message>
    <message>
        <source>%1, at most %2</source>
        <translation>%1, højst %2</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Tilskud</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Agreement form</source>
        <translation>Aftaleform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formel arbejdsgiver</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost</source>
        <translation>Kommunens udgift</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>enheden</translation>
    </message>
    <message>
        <source>1 hour a week</source>
        <translation>1 time om ugen</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timer om ugen</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Forløb</translation>
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
        <translation>Det valgte punkt i sin helhed</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>Vælg et punkt for at læse det i sin helhed.</translation>
    </message>
    <message numerus="yes">
        <source>%n later planned check-in(s) not shown.</source>
        <translation>
            <numerusform>%n senere planlagt opfølgning vises ikke.</numerusform>
            <numerusform>%n senere planlagte opfølgninger vises ikke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Network contact: %1</source>
        <translation>Netværkskontakt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
    <message>
        <source>Feedback from the employer</source>
        <translation>Tilbagemelding fra virksomheden</translation>
    </message>
    <message>
        <source>Feedback from the participant</source>
        <translation>Tilbagemelding fra deltageren</translation>
    </message>
    <message>
        <source>Outcome check after the end</source>
        <translation>Resultatopfølgning efter afslutningen</translation>
    </message>
    <message>
        <source>Outcome check: %1</source>
        <translation>Resultatopfølgning: %1</translation>
    </message>
    <message>
        <source>Placement ended: %1</source>
        <translation>Forløb afsluttet: %1</translation>
    </message>
    <message>
        <source>Placement started: %1</source>
        <translation>Forløb startet: %1</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Opfølgning forsinket</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Opfølgning %1</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Kan deles</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Risk of drop-out</source>
        <translation>Risiko for frafald</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Forfalder i dag</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalden</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Ikke forfalden endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>Done; its note has been deleted.</source>
        <translation>Gennemført; notatet er slettet.</translation>
    </message>
    <message>
        <source>Due %1: is the person in work, studies, another measure or none? Recorded from the Overview.</source>
        <translation>Forfalder %1: er personen i arbejde, i uddannelse, i en anden indsats eller ingen af delene? Registreres fra Overblik.</translation>
    </message>
    <message>
        <source>Due %1, recorded %2.</source>
        <translation>Planlagt til %1, registreret %2.</translation>
    </message>
    <message>
        <source>Could consider hiring: yes</source>
        <translation>Kunne overveje at ansætte: ja</translation>
    </message>
    <message>
        <source>Could consider hiring: no</source>
        <translation>Kunne overveje at ansætte: nej</translation>
    </message>
    <message>
        <source>Strengths: %1</source>
        <translation>Styrker: %1</translation>
    </message>
    <message>
        <source>To develop: %1</source>
        <translation>Udviklingsområder: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsag: %1</translation>
    </message>
</context>
<context>
    <name>TrashScreen</name>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Network contact</source>
        <translation>Netværkskontakt</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Deleted records stay here for 30 days and can be restored. After that they are removed for good.</source>
        <translation>Slettede poster bliver her i 30 dage og kan gendannes. Derefter slettes de endeligt.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted participants, employers, placements and notes stay here for 30 days.</source>
        <translation>Papirkurven er tom. Slettede deltagere, virksomheder, forløb og notater bliver her i 30 dage.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Removed for good on</source>
        <translation>Slettes endeligt den</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Slettede poster</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Bring the chosen record back (Enter)</source>
        <translation>Hent den valgte post tilbage (Enter)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The record was not restored</source>
        <translation>Posten blev ikke gendannet</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Gendannet: %1.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Udviklingsdiagram</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Ingen tal endnu.</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 indtil nu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, target %3</source>
        <translation>%1: %2, mål %3</translation>
    </message>
</context>
<context>
    <name>TypePlansEditor</name>
    <message>
        <source>Placement type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Uses the default plan</source>
        <translation>Bruger standardplanen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Lås databasen op</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Databasen %1 er krypteret. Indtast dens adgangsfrase for at åbne den.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Brug gendannelseskoden i stedet</translation>
    </message>
    <message>
        <source>Why it did not open</source>
        <translation>Hvorfor den ikke blev åbnet</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelseskode</translation>
    </message>
</context>
<context>
    <name>VersionedFormDialog</name>
    <message>
        <source>this record</source>
        <translation>disse oplysninger</translation>
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
        <source>Another user</source>
        <translation>En anden bruger</translation>
    </message>
    <message>
        <source>%1 removed %2 just now. Your changes cannot be saved to it; saving offers to copy what you typed.</source>
        <translation>%1 har lige slettet %2. Dine ændringer kan ikke gemmes der; når du gemmer, kan du kopiere det, du skrev.</translation>
    </message>
    <message>
        <source>%1 saved changes to %2 just now. Your save will show you what changed.</source>
        <translation>%1 har lige gemt ændringer i %2. Når du gemmer, vises det, der er ændret.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Check-ins of the week</source>
        <translation>Ugens opfølgninger</translation>
    </message>
    <message>
        <source>Press Enter or double-click a check-in to open its placement.</source>
        <translation>Tryk Enter, eller dobbeltklik på en opfølgning for at åbne forløbet.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Intet planlagt</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltager</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>&amp;Virksomhed</translation>
    </message>
    <message>
        <source>P&amp;lacement</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation>&amp;Papirkurv</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Data safety</source>
        <translation>D&amp;atasikkerhed</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <source>New p&amp;articipant…</source>
        <translation>Ny &amp;deltager…</translation>
    </message>
    <message>
        <source>New &amp;employer…</source>
        <translation>Ny &amp;virksomhed…</translation>
    </message>
    <message>
        <source>New p&amp;lacement…</source>
        <translation>Nyt &amp;forløb…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importér fra Excel…</translation>
    </message>
    <message>
        <source>&amp;Print document of the record…</source>
        <translation>&amp;Udskriv postens dokument…</translation>
    </message>
    <message>
        <source>The placement&apos;s summary, or the participant&apos;s register extract</source>
        <translation>Forløbets opsummering eller deltagerens registerudtræk</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Find i listen</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Søg overalt…</translation>
    </message>
    <message>
        <source>&amp;Move to trash…</source>
        <translation>Flyt til &amp;papirkurven…</translation>
    </message>
    <message>
        <source>The record chosen in the list; it asks first</source>
        <translation>Den post, der er valgt i listen; du bliver spurgt først</translation>
    </message>
    <message>
        <source>&amp;Sort list by</source>
        <translation>S&amp;ortér listen efter</translation>
    </message>
    <message>
        <source>&amp;Register questionnaire answers…</source>
        <translation>&amp;Registrér svar på spørgeskema…</translation>
    </message>
    <message>
        <source>&amp;Data safety and backups</source>
        <translation>&amp;Datasikkerhed og sikkerhedskopier</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About Ambassador</source>
        <translation>&amp;Om Ambassador</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Søg overalt (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Søg overalt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Stigende</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Faldende</translation>
    </message>
</context>
</TS>
