<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
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
        <translation>Uppföljning av arbetsprövningar, praktikplatser och subventionerade anställningar för en arbetsmarknadskoordinator. Allt stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Komponenter och licenser</translation>
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
        <translation>Qt for Python används under GNU Lesser General Public License 3.0 och kan bytas mot en annan byggning av samma version. Typsnittens licenstexter finns i %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>sample data</source>
        <translation>exempeldata</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage:</source>
        <translation>användning:</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälptexten och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: fel: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ett värde väntades</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>högst ett värde väntades</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>minst ett värde väntades</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s värde väntades</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s värden väntades</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>värdet %r användes inte</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde av typen %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>går inte att kombinera med argumentet %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>okänt kommando %(parser_name)r (välj bland: %(choices)s)</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan inte öppna &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placering</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>arbetsgivare</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>What left the program or changed for good: prints, exports, extracts, backups, restores, purges, erasures, failed unlocks and changed settings. Records appear by number only, never by name. Newest first.</source>
        <translation>Det som lämnat programmet eller ändrats för gott: utskrifter, exporter, registerutdrag, säkerhetskopior, återställningar, gallringar, raderingar, misslyckade upplåsningar och ändrade inställningar. Poster visas bara med nummer, aldrig med namn. Nyaste först.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Inget har loggats ännu.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Taken by hand</source>
        <translation>Tagen för hand</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Before a purge</source>
        <translation>Före en gallring</translation>
    </message>
    <message>
        <source>Before encryption</source>
        <translation>Före kryptering</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopia</translation>
    </message>
    <message>
        <source>When backups are taken</source>
        <translation>När säkerhetskopior tas</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Senaste säkerhetskopia:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>There are no backups yet. Back up now to take the first one.</source>
        <translation>Det finns inga säkerhetskopior ännu. Säkerhetskopiera nu för att ta den första.</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>Take a checked copy of the database now</source>
        <translation>Ta en kontrollerad kopia av databasen nu</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Å&amp;terställ vald…</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the database</source>
        <translation>Lägg den valda säkerhetskopian i databasens ställe</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Backups are taken every %1 hours while the program is open, when it closes, and before a restore, a purge, encryption or an upgrade. The newest %2 are kept, and none older than %3 days except the newest good one.</source>
        <translation>Säkerhetskopior tas var %1:e timme medan programmet är öppet, när det stängs och före en återställning, en gallring, kryptering eller en uppgradering. De %2 nyaste sparas, och ingen äldre än %3 dagar utom den nyaste hela.</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>Tar en säkerhetskopia…</translation>
    </message>
    <message>
        <source>No backup was taken</source>
        <translation>Ingen säkerhetskopia togs</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Säkerhetskopian skrevs till %1.</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Säkerhetskopia tagen</translation>
    </message>
    <message>
        <source>The backup is written to %1.</source>
        <translation>Säkerhetskopian är skriven till %1.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore the backup taken %1?

Everything recorded since then is replaced by the backup. A safety copy of the database as it is now is taken first, so this can be undone by restoring that copy.</source>
        <translation>Återställa säkerhetskopian från %1?

Allt som registrerats sedan dess ersätts av säkerhetskopian. En säkerhetskopia av databasen som den är nu tas först, så detta kan ångras genom att återställa den.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <source>Restored the backup taken %1.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <source>The backup taken %1 is in place. The database as it was before is kept as %2.</source>
        <translation>Säkerhetskopian från %1 är på plats. Databasen som den var innan sparas som %2.</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
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
        <translation>&amp;Föregående period</translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation>Föregående vecka eller månad</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>I &amp;dag</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Nästa period</translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation>Nästa vecka eller månad</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
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
        <source>Period shown</source>
        <translation>Visad period</translation>
    </message>
    <message>
        <source>Show a &amp;week</source>
        <translation>Visa en &amp;vecka</translation>
    </message>
    <message>
        <source>Show a &amp;month</source>
        <translation>Visa en &amp;månad</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>To &amp;Outlook…</source>
        <translation>Till &amp;Outlook…</translation>
    </message>
    <message>
        <source>Save the check-ins as a calendar file (.ics) for Outlook: the past month and the coming year, titled with first name and employer only.</source>
        <translation>Spara avstämningarna som en kalenderfil (.ics) för Outlook: den senaste månaden och det kommande året, med bara förnamn och arbetsgivare i rubriken.</translation>
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
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <source>Every record added, changed or removed: when, by whom, which kind of record and its number, never what it holds. The database itself writes it. Newest first.</source>
        <translation>Varje post som lagts till, ändrats eller tagits bort: när, av vem, vilken sorts post och dess nummer, aldrig vad den innehåller. Databasen skriver loggen själv. Nyaste först.</translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation>Ändringar av</translation>
    </message>
    <message>
        <source>Changes &amp;by:</source>
        <translation>Ändringar &amp;av:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
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
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>No changes are logged.</source>
        <translation>Inga ändringar är loggade.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>CheckInLook</name>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sample data written to {path} in {seconds} s: {participants} participants, {employers} employers, {placements} placements, {notes} notes, {check_ins} check-ins, {feedback} feedback answers.</source>
        <translation>Exempeldata skrevs till {path} på {seconds} s: {participants} deltagare, {employers} arbetsgivare, {placements} placeringar, {notes} anteckningar, {check_ins} avstämningar, {feedback} återkopplingar.</translation>
    </message>
    <message>
        <source>write sample data into an empty database (on a server, one made with &apos;ambassador init&apos;)</source>
        <translation>skriv exempeldata i en tom databas (på en server, en som skapats med &apos;ambassador init&apos;)</translation>
    </message>
    <message>
        <source>how much: small (30 participants over 2 years), decade (3,000 over 10 years) or stress (30,000)</source>
        <translation>hur mycket: small (30 deltagare under 2 år), decade (3 000 under 10 år) eller stress (30 000)</translation>
    </message>
    <message>
        <source>another number gives other people and places (default: 1)</source>
        <translation>ett annat tal ger andra personer och platser (standard: 1)</translation>
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
        <translation>Skapad av en tidigare version: IT uppgraderar den till revision {head} med &apos;ambassador server upgrade&apos;. Inget ändrades nu.</translation>
    </message>
    <message>
        <source>Read without changing anything. The integrity of the server&apos;s files and its backups are the server&apos;s, run by IT (see docs/server.md).</source>
        <translation>Läst utan att något ändrades. Serverns filer och deras säkerhetskopior sköts av servern, som IT driver (se docs/server.md).</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>Schemarevision:</translation>
    </message>
    <message>
        <source>Made by an earlier version: opening it in this one upgrades it to revision {head}, after a backup. Nothing was changed now.</source>
        <translation>Gjord av en tidigare version: när den här versionen öppnar filen uppgraderas den till revision {head}, efter en säkerhetskopia. Ingenting ändrades nu.</translation>
    </message>
    <message>
        <source>Made by a newer version of Ambassador: this version does not open it.</source>
        <translation>Gjord av en nyare version av Ambassador: den här versionen öppnar den inte.</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>The file is undamaged: SQLite&apos;s integrity check found no errors in it, and its tables, indexes and search tables are those of its schema revision.</source>
        <translation>Filen är oskadd: SQLite:s integritetskontroll hittade inga fel i den, och dess tabeller, index och söktabeller är de som dess schemarevision ska ha.</translation>
    </message>
    <message>
        <source>Missing table: {name}</source>
        <translation>Tabell saknas: {name}</translation>
    </message>
    <message>
        <source>Missing column: {name}</source>
        <translation>Kolumn saknas: {name}</translation>
    </message>
    <message>
        <source>Missing index: {name}</source>
        <translation>Index saknas: {name}</translation>
    </message>
    <message>
        <source>A table its revision does not have: {name}</source>
        <translation>En tabell som revisionen inte har: {name}</translation>
    </message>
    <message>
        <source>A column its revision does not have: {name}</source>
        <translation>En kolumn som revisionen inte har: {name}</translation>
    </message>
    <message>
        <source>An index its revision does not have: {name}</source>
        <translation>Ett index som revisionen inte har: {name}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Contacts at employers</source>
        <translation>Kontaktpersoner hos arbetsgivare</translation>
    </message>
    <message>
        <source>Tasks on offer</source>
        <translation>Uppgifter som erbjuds</translation>
    </message>
    <message>
        <source>Network contacts with employers</source>
        <translation>Nätverkskontakter med arbetsgivare</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <source>Recurring check-ins</source>
        <translation>Återkommande avstämningar</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Återkopplingar</translation>
    </message>
    <message>
        <source>Drafts of notes being written</source>
        <translation>Utkast till anteckningar</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>Tasks covered by placements</source>
        <translation>Uppgifter som ingår i placeringar</translation>
    </message>
    <message>
        <source>Outcome checks</source>
        <translation>Uppföljningar efter avslut</translation>
    </message>
    <message>
        <source>Follow-up plans of placement types</source>
        <translation>Uppföljningsplaner för placeringstyper</translation>
    </message>
    <message>
        <source>Reporting categories</source>
        <translation>Rapportkategorier</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Gender balance of fields</source>
        <translation>Könsfördelning per område</translation>
    </message>
    <message>
        <source>Entries in the editable lists</source>
        <translation>Poster i de redigerbara listorna</translation>
    </message>
    <message>
        <source>Names of the list entries by language</source>
        <translation>Listornas poster, namn per språk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Users&apos; own settings</source>
        <translation>Användarnas egna inställningar</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Users (staff)</source>
        <translation>Användare (personal)</translation>
    </message>
    <message>
        <source>Export log entries</source>
        <translation>Poster i exportloggen</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation>Poster i ändringsloggen</translation>
    </message>
    <message>
        <source>check a database and show what it holds</source>
        <translation>kontrollera en databas och visa vad den innehåller</translation>
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
        <source>{count} summaries written to {folder} in {seconds} s ({each} ms each).</source>
        <translation>{count} uppföljningar skrivna till {folder} på {seconds} s ({each} ms styck).</translation>
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
        <source>The statistics report needs --from, --to and --out (the period and the PDF file).</source>
        <translation>Statistikrapporten behöver --from, --to och --out (perioden och PDF-filen).</translation>
    </message>
    <message>
        <source>A manager&apos;s figures are printed, not written to a file; leave out --out (and give --year for another year).</source>
        <translation>En chefs siffror skrivs ut i terminalen, inte till en fil; utelämna --out (och ange --year för ett annat år).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>the placement&apos;s number</source>
        <translation>placeringens nummer</translation>
    </message>
    <message>
        <source>the participant&apos;s number</source>
        <translation>deltagarens nummer</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <source>the first day of the period</source>
        <translation>periodens första dag</translation>
    </message>
    <message>
        <source>the last day of the period</source>
        <translation>periodens sista dag</translation>
    </message>
    <message>
        <source>write a document or a figure</source>
        <translation>skriv ett dokument eller en sammanställning</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOKUMENT</translation>
    </message>
    <message>
        <source>the follow-up summary for the employer, as PDF</source>
        <translation>uppföljningen för arbetsgivaren, som PDF</translation>
    </message>
    <message>
        <source>the placement agreement, as PDF</source>
        <translation>överenskommelsen om placeringen, som PDF</translation>
    </message>
    <message>
        <source>the register extract of everything about a person, as PDF</source>
        <translation>registerutdraget med allt om en person, som PDF</translation>
    </message>
    <message>
        <source>the statistics report for a period, as PDF; a manager on a server gets the organisation&apos;s figures of a year printed</source>
        <translation>statistikrapporten för en period, som PDF; en chef på en server får organisationens siffror för ett år utskrivna</translation>
    </message>
    <message>
        <source>a manager&apos;s figures: the year (default: the year of --from, else this year)</source>
        <translation>en chefs siffror: året (standard: året för --from, annars i år)</translation>
    </message>
    <message>
        <source>also break the endings down in this reporting system&apos;s categories</source>
        <translation>dela också upp avsluten i det här rapporteringssystemets kategorier</translation>
    </message>
    <message>
        <source>print the outcome sentences of a period, ready to publish</source>
        <translation>skriv ut resultatmeningarna för en period, färdiga att publicera</translation>
    </message>
    <message>
        <source>one summary per active placement, as PDF</source>
        <translation>en uppföljning per aktiv placering, som PDF</translation>
    </message>
    <message>
        <source>of the placements active today</source>
        <translation>för placeringarna som är aktiva i dag</translation>
    </message>
    <message>
        <source>the folder to write them in (made when missing)</source>
        <translation>mappen de ska skrivas i (skapas om den saknas)</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Det finns ingen databas på {path}.</translation>
    </message>
    <message>
        <source>Password for {user}@{server}: </source>
        <translation>Lösenord för {user}@{server}: </translation>
    </message>
    <message>
        <source>The database server asks for a password and it could not be asked for: there is no terminal to type it at.</source>
        <translation>Databasservern begär ett lösenord och det kunde inte efterfrågas: det finns ingen terminal att skriva det i.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; is for a database file. On a server, backups and encryption at rest are the server&apos;s, run by IT (see docs/server.md).</source>
        <translation>&apos;{command}&apos; gäller en databasfil. På en server sköts säkerhetskopior och kryptering av lagrad data av servern, som IT driver (se docs/server.md).</translation>
    </message>
    <message>
        <source>{problem}: {path}. The newest backup that passes its check was taken {taken}: {backup}. To put it in place, keeping the damaged file beside it under a new name: ambassador restore {backup} --db {path}</source>
        <translation>{problem}: {path}. Den nyaste säkerhetskopian som klarar kontrollen togs {taken}: {backup}. Så läggs den på plats, med den skadade filen kvar bredvid under ett nytt namn: ambassador restore {backup} --db {path}</translation>
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
        <source>Passphrase for {name}: </source>
        <translation>Lösenfras för {name}: </translation>
    </message>
    <message>
        <source>Backup written: {path} ({kilobytes} kB)</source>
        <translation>Säkerhetskopia skriven: {path} ({kilobytes} kB)</translation>
    </message>
    <message>
        <source>Restored from {backup}. The database as it was is kept as {kept}.</source>
        <translation>Återställd från {backup}. Databasen som den var sparas som {kept}.</translation>
    </message>
    <message>
        <source>Nothing to purge: no retention period with its decision is set, or nothing has passed it.</source>
        <translation>Inget att gallra: ingen gallringsfrist med beslut är angiven, eller inget har passerat den.</translation>
    </message>
    <message>
        <source>To purge: {participants} closed cases ({placements} placements, {notes} notes, {check_ins} check-ins, {feedback} feedback answers), {log_entries} log entries, {backups} backups past their maximum age.</source>
        <translation>Att gallra: {participants} avslutade ärenden ({placements} placeringar, {notes} anteckningar, {check_ins} avstämningar, {feedback} återkopplingar), {log_entries} loggposter, {backups} säkerhetskopior äldre än högsta ålder.</translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation>Provkörning: inget togs bort.</translation>
    </message>
    <message>
        <source>Purged. A backup was taken first: {backup}</source>
        <translation>Gallrat. En säkerhetskopia togs först: {backup}</translation>
    </message>
    <message>
        <source>Purged. {held}</source>
        <translation>Rensat. {held}</translation>
    </message>
    <message>
        <source>write a checked backup of a database</source>
        <translation>skriv en kontrollerad säkerhetskopia av en databas</translation>
    </message>
    <message>
        <source>the folder to write it in (default: as in the settings)</source>
        <translation>mappen den ska skrivas i (standard: som i inställningarna)</translation>
    </message>
    <message>
        <source>put a backup in place of a database (what was there is kept, not deleted)</source>
        <translation>sätt en säkerhetskopia i en databas ställe (det som fanns där sparas, tas inte bort)</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SÄKERHETSKOPIA</translation>
    </message>
    <message>
        <source>the backup file to put in place</source>
        <translation>säkerhetskopian som ska sättas på plats</translation>
    </message>
    <message>
        <source>remove what is past its retention period</source>
        <translation>ta bort det som har passerat sin gallringsfrist</translation>
    </message>
    <message>
        <source>only show what would be removed</source>
        <translation>visa bara vad som skulle tas bort</translation>
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
    <message>
        <source>There is no outcome check number {id}.</source>
        <translation>Det finns ingen uppföljning efter avslut med nummer {id}.</translation>
    </message>
    <message>
        <source>There is no record number {id}.</source>
        <translation>Det finns ingen post med nummer {id}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>A part of {path} is a file, not a folder.</source>
        <translation>En del av {path} är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>Det finns ingen fil eller mapp {path}.</translation>
    </message>
    <message>
        <source>You are not allowed to read or write {path}.</source>
        <translation>Du har inte behörighet att läsa eller skriva {path}.</translation>
    </message>
    <message>
        <source>{path} is on a disk that can only be read.</source>
        <translation>{path} ligger på en disk som bara kan läsas.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Disken är full: {path} kunde inte skrivas.</translation>
    </message>
    <message>
        <source>{path} is there already.</source>
        <translation>{path} finns redan.</translation>
    </message>
    <message>
        <source>{path} could not be read or written: {reason}.</source>
        <translation>{path} kunde inte läsas eller skrivas: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>En fil kunde inte läsas eller skrivas: {reason}.</translation>
    </message>
    <message>
        <source>The database is encrypted and its passphrase could not be asked for: there is no terminal to type it at.</source>
        <translation>Databasen är krypterad och lösenfrasen kunde inte efterfrågas: det finns ingen terminal att skriva den i.</translation>
    </message>
    <message>
        <source>{text!r}: expected a date as YYYY-MM-DD</source>
        <translation>{text!r}: ett datum som ÅÅÅÅ-MM-DD väntades</translation>
    </message>
    <message>
        <source>{text!r}: expected a whole number</source>
        <translation>{text!r}: ett heltal väntades</translation>
    </message>
    <message>
        <source>{text!r}: expected {least} to {most}</source>
        <translation>{text!r}: {least} till {most} väntades</translation>
    </message>
    <message>
        <source>The file has no column for: {missing}. Its headers are: {headers}.</source>
        <translation>Filen saknar kolumn för: {missing}. Dess rubriker är: {headers}.</translation>
    </message>
    <message>
        <source>Read {rows} rows; columns: {columns}; not read: {ignored}.</source>
        <translation>Läste {rows} rader; kolumner: {columns}; lästes inte: {ignored}.</translation>
    </message>
    <message>
        <source>Row {row}: already registered, left as it is: {label}</source>
        <translation>Rad {row}: redan registrerad, lämnas som den är: {label}</translation>
    </message>
    <message>
        <source>Row {row}: refused: {reasons}</source>
        <translation>Rad {row}: avvisad: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}: already registered, updated: {label}</source>
        <translation>Rad {row}: redan registrerad, uppdaterad: {label}</translation>
    </message>
    <message>
        <source>{updated} already registered will be updated.</source>
        <translation>{updated} som redan är registrerade kommer att uppdateras.</translation>
    </message>
    <message>
        <source>… and {count} more rows already registered or refused, not shown one by one.</source>
        <translation>… och {count} rader till som redan är registrerade eller avvisade, som inte visas var för sig.</translation>
    </message>
    <message>
        <source>{new} new, {existing} already registered, {bad} refused.</source>
        <translation>{new} nya, {existing} redan registrerade, {bad} avvisade.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the refused rows in the file and import it again.</source>
        <translation>Inget importerades: rätta de avvisade raderna i filen och importera den igen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Provkörning: inget importerades.</translation>
    </message>
    <message>
        <source>Imported {added} records and {contacts} contacts.</source>
        <translation>Importerade {added} poster och {contacts} kontakter.</translation>
    </message>
    <message>
        <source>Written: {path} ({rows} rows)</source>
        <translation>Skrevs: {path} ({rows} rader)</translation>
    </message>
    <message>
        <source>The notes list needs --placement NUMBER.</source>
        <translation>Anteckningslistan behöver --placement NUMMER.</translation>
    </message>
    <message>
        <source>import participants, employers, placements or tasks from CSV, XLSX or ODS</source>
        <translation>importera deltagare, arbetsgivare, placeringar eller uppgifter från CSV, XLSX eller ODS</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>vad filen innehåller</translation>
    </message>
    <message>
        <source>the CSV, XLSX or ODS file to read</source>
        <translation>CSV-, XLSX- eller ODS-filen som ska läsas</translation>
    </message>
    <message>
        <source>only show what would happen</source>
        <translation>visa bara vad som skulle hända</translation>
    </message>
    <message>
        <source>a CSV file&apos;s encoding (default: detected)</source>
        <translation>en CSV-fils teckenkodning (standard: känns igen)</translation>
    </message>
    <message>
        <source>a CSV file&apos;s delimiter (default: detected)</source>
        <translation>en CSV-fils avgränsare (standard: känns igen)</translation>
    </message>
    <message>
        <source>write a list as CSV or XLSX</source>
        <translation>skriv en lista som CSV eller XLSX</translation>
    </message>
    <message>
        <source>which list</source>
        <translation>vilken lista</translation>
    </message>
    <message>
        <source>the kind of file (default: csv)</source>
        <translation>filtypen (standard: csv)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <source>include personal identity numbers (participants and placements)</source>
        <translation>ta med personnummer (deltagare och placeringar)</translation>
    </message>
    <message>
        <source>the placement whose notes to list (notes only)</source>
        <translation>placeringen vars anteckningar ska listas (bara anteckningar)</translation>
    </message>
    <message>
        <source>write the check-ins as an .ics calendar file</source>
        <translation>skriv avstämningarna som en .ics-kalenderfil</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FIL.ics</translation>
    </message>
    <message>
        <source>the calendar file to write</source>
        <translation>kalenderfilen som ska skrivas</translation>
    </message>
    <message>
        <source>the first day (default: as in the window)</source>
        <translation>första dagen (standard: som i fönstret)</translation>
    </message>
    <message>
        <source>the last day (default: as in the window)</source>
        <translation>sista dagen (standard: som i fönstret)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>No outcome check is due.</source>
        <translation>Ingen uppföljning efter avslut behöver göras nu.</translation>
    </message>
    <message>
        <source>Outcome checks due: {count} (number, due, ended, participant, employer)</source>
        <translation>Uppföljningar efter avslut att göra: {count} (nummer, ska göras, avslutad, deltagare, arbetsgivare)</translation>
    </message>
    <message>
        <source>Outcome check {id} recorded: {result}.</source>
        <translation>Uppföljning efter avslut {id} registrerad: {result}.</translation>
    </message>
    <message>
        <source>the outcome checks after placements have ended</source>
        <translation>uppföljningarna efter att placeringar har avslutats</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ÅTGÄRD</translation>
    </message>
    <message>
        <source>the checks due today or earlier, oldest first</source>
        <translation>uppföljningarna att göra i dag eller tidigare, äldst först</translation>
    </message>
    <message>
        <source>record what the person is doing now</source>
        <translation>registrera vad personen gör nu</translation>
    </message>
    <message>
        <source>the outcome check&apos;s number, as the list shows it</source>
        <translation>uppföljningens nummer, som listan visar det</translation>
    </message>
    <message>
        <source>what the person is doing now</source>
        <translation>vad personen gör nu</translation>
    </message>
    <message>
        <source>replace a result recorded earlier</source>
        <translation>ersätt ett resultat som registrerats tidigare</translation>
    </message>
    <message>
        <source>Questionnaire {code} for placement {id} written: {path} ({kilobytes} kB)</source>
        <translation>Enkät {code} för placering {id} skrevs: {path} ({kilobytes} kB)</translation>
    </message>
    <message>
        <source>The answers to questionnaire {code} are recorded as feedback on placement {id}.</source>
        <translation>Svaren på enkät {code} är registrerade som återkoppling på placering {id}.</translation>
    </message>
    <message>
        <source>print a questionnaire, or key in a returned one&apos;s answers</source>
        <translation>skriv ut en enkät, eller för in svaren från en som kommit tillbaka</translation>
    </message>
    <message>
        <source>issue a questionnaire and write it as PDF</source>
        <translation>lämna ut en enkät och skriv den som PDF</translation>
    </message>
    <message>
        <source>who answers it (default: employer)</source>
        <translation>vem som svarar (standard: employer)</translation>
    </message>
    <message>
        <source>record a returned questionnaire&apos;s answers by its code</source>
        <translation>registrera svaren från en återlämnad enkät med dess kod</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>the code printed on the questionnaire, such as ABC-DEF</source>
        <translation>koden som står på enkäten, till exempel ABC-DEF</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>SVAR</translation>
    </message>
    <message>
        <source>the five answers, 1 to 5, &apos;-&apos; for one left blank: 4 5 3 5 4 or 45354</source>
        <translation>de fem svaren, 1 till 5, &apos;-&apos; för ett som lämnats tomt: 4 5 3 5 4 eller 45354</translation>
    </message>
    <message>
        <source>could the employer consider hiring</source>
        <translation>kan arbetsgivaren tänka sig att anställa</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>the first comment box</source>
        <translation>den första kommentarsrutan</translation>
    </message>
    <message>
        <source>the second comment box</source>
        <translation>den andra kommentarsrutan</translation>
    </message>
    <message>
        <source>the day it was answered (default: today)</source>
        <translation>dagen den besvarades (standard: i dag)</translation>
    </message>
    <message>
        <source>Contact with the workplaces: how soon and how often, {months} months up to and including {today}</source>
        <translation>Kontakten med arbetsplatserna: hur snart och hur ofta, {months} månader till och med {today}</translation>
    </message>
    <message>
        <source>A workplace contact is a note held with the supervisor, or with the participant and the supervisor together.</source>
        <translation>En arbetsplatskontakt är en antecknad kontakt med handledaren, eller med deltagaren och handledaren tillsammans.</translation>
    </message>
    <message>
        <source>No placement was active in these months: when placements have started, this shows how soon and how often their workplaces are contacted.</source>
        <translation>Ingen placering var aktiv under de här månaderna. När placeringar har startat visas här hur snart och hur ofta deras arbetsplatser kontaktas.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktade</translation>
    </message>
    <message>
        <source>A week</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Utan tid</translation>
    </message>
    <message>
        <source>Started: placements started in the month. First contact: the median of their days from the start to the first workplace contact; None yet: those with no workplace contact so far. Contacted: active placements with a workplace contact in the month. A week: workplace contacts a week. Time: minutes written on the month&apos;s notes per active placement; No time: notes that do not say their minutes.</source>
        <translation>Startade: placeringar som startade under månaden. Första kontakt: medianen av deras dagar från start till första arbetsplatskontakt; Ingen ännu: de som inte har haft någon arbetsplatskontakt ännu. Kontaktade: aktiva placeringar med en arbetsplatskontakt under månaden. Per vecka: arbetsplatskontakter per vecka. Tid: minuter som angetts i månadens anteckningar, per aktiv placering; Utan tid: anteckningar som inte anger några minuter.</translation>
    </message>
    <message>
        <source>{percent} ({part} of {whole})</source>
        <translation>{percent} ({part} av {whole})</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>A week counts the network contacts too, work with an employer alone (a recruitment visit, a network meeting): {count} in these months, {current} this month.</source>
        <translation>Kontakter per vecka räknar även med nätverkskontakterna, arbete med enbart en arbetsgivare (ett rekryteringsbesök, ett nätverksmöte): {count} under dessa månader, {current} den här månaden.</translation>
    </message>
    <message>
        <source>This month, {count} paused placements are left out of the placements contacted.</source>
        <translation>Den här månaden räknas {count} pausade placeringar inte med bland de kontaktade placeringarna.</translation>
    </message>
    <message>
        <source>Guide values from supported employment (IPS), to reflect on, not a verdict: the first workplace contact within {days} days of the start, every active placement contacted each month, about {per_week} employer contacts a week for a full-time employment specialist.</source>
        <translation>Riktvärden från Supported Employment (IPS), att reflektera över och inte ett omdöme: första arbetsplatskontakten inom {days} dagar från start, kontakt med varje aktiv placering varje månad och omkring {per_week} arbetsgivarkontakter i veckan för en arbetsspecialist på heltid.</translation>
    </message>
    <message>
        <source>print contact with the workplaces (how soon and how often), month by month</source>
        <translation>skriv ut kontakten med arbetsplatserna (hur snart och hur ofta), månad för månad</translation>
    </message>
    <message>
        <source>how many months, up to and including this one (default: %(default)s)</source>
        <translation>hur många månader, till och med den här (standard: %(default)s)</translation>
    </message>
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
        <translation>MAPP</translation>
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
        <translation>PLACERING</translation>
    </message>
    <message>
        <source>PARTICIPANT</source>
        <translation>DELTAGARE</translation>
    </message>
    <message>
        <source>the database: a file, a server&apos;s address (postgresql://user@host/database) or profile</source>
        <translation>databasen: en fil, en servers adress (postgresql://användare@värd/databas) eller profil</translation>
    </message>
    <message>
        <source>the database: a file, a server&apos;s address (postgresql://user@host/database) or profile (default: the file in your data folder)</source>
        <translation>databasen: en fil, en servers adress (postgresql://användare@värd/databas) eller profil (standard: filen i din datamapp)</translation>
    </message>
    <message>
        <source>the organisation&apos;s country, which decides the identity and organisation numbers and the default lists: se (Sweden) or dk (Denmark); it cannot be changed once anyone is registered</source>
        <translation>organisationens land, som avgör person- och organisationsnumren och standardlistorna: se (Sverige) eller dk (Danmark); det kan inte ändras när någon är registrerad</translation>
    </message>
    <message>
        <source>the language to write in (default: the database&apos;s, else Swedish)</source>
        <translation>språket att skriva på (standard: databasens, annars svenska)</translation>
    </message>
    <message>
        <source>Follow-up of work placements. Without a command, opens the window.</source>
        <translation>Uppföljning av arbetsplaceringar. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 refused, and why is on standard error; 2 a mistake in the command line; 70 an unexpected error, written to the log; 130 interrupted.</source>
        <translation>Slutkoder: 0 klart; 1 avvisat, och varför står på standard error; 2 ett fel i kommandoraden; 70 ett oväntat fel, skrivet till loggen; 130 avbrutet.</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>visa programmets version och avsluta</translation>
    </message>
    <message>
        <source>the database the window opens, or a command&apos;s: a file, a server&apos;s address or profile (default: the file in your data folder)</source>
        <translation>databasen som fönstret öppnar, eller ett kommandos: en fil, en servers adress eller profil (standard: filen i din datamapp)</translation>
    </message>
    <message>
        <source>open the window on sample data, apart from your own</source>
        <translation>öppna fönstret med exempeldata, skilda från dina egna</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; nothing that was saved has been lost. The details are in the log: {path}</source>
        <translation>Ett oväntat fel stoppade kommandot; inget som sparats har gått förlorat. Detaljer finns i loggen: {path}</translation>
    </message>
    <message>
        <source>The window cannot open: this system lacks libraries that Qt needs. On Debian or Ubuntu, install them with: sudo apt-get install {packages}</source>
        <translation>Fönstret kan inte öppnas: systemet saknar bibliotek som Qt behöver. På Debian eller Ubuntu installerar du dem med: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>The window cannot open: Qt could not be loaded ({detail}).</source>
        <translation>Fönstret kan inte öppnas: Qt kunde inte läsas in ({detail}).</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; nothing that was saved has been lost. The log could not be written.</source>
        <translation>Ett oväntat fel stoppade kommandot; inget som sparats har gått förlorat. Loggen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>A new, empty database was made: {path}</source>
        <translation>En ny, tom databas skapades: {path}</translation>
    </message>
    <message>
        <source>make a new, empty database: a file (never over one that is already there) or in an empty database on a server</source>
        <translation>skapa en ny, tom databas: en fil (aldrig över en som redan finns) eller i en tom databas på en server</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>arbetsgivare</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>Nothing matches {text!r}.</source>
        <translation>Inget matchar {text!r}.</translation>
    </message>
    <message>
        <source>{shown} of {total} matches shown; --limit shows more.</source>
        <translation>{shown} av {total} träffar visas; --limit visar fler.</translation>
    </message>
    <message>
        <source>{shown} of more than {total} matches shown; --limit shows more.</source>
        <translation>{shown} av fler än {total} träffar visas; --limit visar fler.</translation>
    </message>
    <message>
        <source>search names and note text as the window does: names best first, then notes newest first</source>
        <translation>sök i namn och anteckningstext som i fönstret: bästa namnträffarna först, sedan anteckningar, nyaste först</translation>
    </message>
    <message>
        <source>the words to look for (the start of a word is enough)</source>
        <translation>orden att leta efter (början av ett ord räcker)</translation>
    </message>
    <message>
        <source>at most this many names, and as many notes (default: 50, as the window)</source>
        <translation>högst så här många namn, och lika många anteckningar (standard: 50, som i fönstret)</translation>
    </message>
    <message>
        <source>Upgraded {server}: revision {before} → {after}.</source>
        <translation>Uppgraderade {server}: revision {before} → {after}.</translation>
    </message>
    <message>
        <source>{server} is up to date: revision {after}.</source>
        <translation>{server} är aktuell: revision {after}.</translation>
    </message>
    <message>
        <source>&apos;server upgrade&apos; is for a database on a server; a database file is upgraded when the program opens it, after a backup.</source>
        <translation>&apos;server upgrade&apos; gäller en databas på en server; en databasfil uppgraderas när programmet öppnar den, efter en säkerhetskopia.</translation>
    </message>
    <message>
        <source>look after a database on a server (for IT)</source>
        <translation>sköt en databas på en server (för IT)</translation>
    </message>
    <message>
        <source>upgrade the server&apos;s database to this version&apos;s revision (run it as the database&apos;s owner, after the server&apos;s backup)</source>
        <translation>uppgradera serverns databas till den här versionens revision (kör som databasens ägare, efter serverns säkerhetskopia)</translation>
    </message>
    <message>
        <source>&apos;server {command}&apos; is for a database on a server; a database file has one user.</source>
        <translation>&apos;server {command}&apos; gäller en databas på en server; en databasfil har bara en användare.</translation>
    </message>
    <message>
        <source>A coordinator or an admin works in a unit: give it with --unit UNIT.</source>
        <translation>En samordnare eller en administratör arbetar i en enhet: ange den med --unit ENHET.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ENHET</translation>
    </message>
    <message>
        <source>NUMBERS</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>{name} is now an Ambassador user: {role} in {unit}.</source>
        <translation>{name} är nu Ambassador-användare: {role} i {unit}.</translation>
    </message>
    <message>
        <source>{name} is now an Ambassador user: {role}.</source>
        <translation>{name} är nu Ambassador-användare: {role}.</translation>
    </message>
    <message>
        <source>{name} is now {role} in {unit}.</source>
        <translation>{name} är nu {role} i {unit}.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} är nu {role}.</translation>
    </message>
    <message>
        <source>Made the database role {name}, which signs in {how}.</source>
        <translation>Skapade databasrollen {name}, som loggar in {how}.</translation>
    </message>
    <message>
        <source>with the password given</source>
        <translation>med det angivna lösenordet</translation>
    </message>
    <message>
        <source>by Kerberos, or with a password IT sets later (psql: \password NAME)</source>
        <translation>med Kerberos, eller med ett lösenord som IT anger senare (psql: \password NAMN)</translation>
    </message>
    <message>
        <source>Made the unit {unit}.</source>
        <translation>Skapade enheten {unit}.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Lösenord för {name}: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Samma lösenord igen: </translation>
    </message>
    <message>
        <source>The two passwords typed differ; nothing was changed.</source>
        <translation>De två lösenorden du skrev är olika; inget ändrades.</translation>
    </message>
    <message>
        <source>An empty password is no password; nothing was changed.</source>
        <translation>Ett tomt lösenord är inget lösenord; inget ändrades.</translation>
    </message>
    <message>
        <source>No Ambassador users yet: &apos;ambassador server add-user&apos; makes one.</source>
        <translation>Inga Ambassador-användare ännu: &apos;ambassador server add-user&apos; lägger till en.</translation>
    </message>
    <message>
        <source>No units yet: &apos;ambassador server add-user NAME --unit UNIT&apos; makes one.</source>
        <translation>Inga enheter ännu: &apos;ambassador server add-user NAMN --unit ENHET&apos; skapar en.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <source>Moved {count} participants into {unit}.</source>
        <translation>Flyttade {count} deltagare till {unit}.</translation>
    </message>
    <message>
        <source>{name} is no longer an Ambassador user; the logs keep their name. The database role itself stays: IT drops it (DROP ROLE) when nothing else uses it.</source>
        <translation>{name} är inte längre Ambassador-användare; namnet finns kvar i loggarna. Själva databasrollen finns kvar: IT tar bort den (DROP ROLE) när inget annat använder den.</translation>
    </message>
    <message>
        <source>make a database role an Ambassador user in a unit, the role and the unit made if new (run it as the database&apos;s owner, a role with CREATEROLE)</source>
        <translation>gör en databasroll till Ambassador-användare i en enhet; rollen och enheten skapas om de är nya (kör som databasens ägare, en roll med CREATEROLE)</translation>
    </message>
    <message>
        <source>the person&apos;s database role, the name they sign in with (e.g. anna.berg)</source>
        <translation>personens databasroll, namnet personen loggar in med (t.ex. anna.berg)</translation>
    </message>
    <message>
        <source>the unit they work in, made if new (a manager needs none)</source>
        <translation>enheten personen arbetar i, skapas om den är ny (en chef behöver ingen)</translation>
    </message>
    <message>
        <source>coordinator: their unit&apos;s people (the default); admin: also the organisation&apos;s lists and settings; manager: statistics only</source>
        <translation>coordinator (samordnare): personerna i den egna enheten (standard); admin (administratör): även organisationens listor och inställningar; manager (chef): bara statistik</translation>
    </message>
    <message>
        <source>ask for the role&apos;s password (without it the role gets none: Kerberos, a .pgpass or IT sets one)</source>
        <translation>fråga efter rollens lösenord (annars får rollen inget: Kerberos, en .pgpass eller IT anger ett)</translation>
    </message>
    <message>
        <source>list the Ambassador users: unit and role</source>
        <translation>lista Ambassador-användarna: enhet och roll</translation>
    </message>
    <message>
        <source>list the units with their users and participants</source>
        <translation>lista enheterna med deras användare och deltagare</translation>
    </message>
    <message>
        <source>move participants into a unit, with everything about them (how a server one coordinator used becomes a team&apos;s)</source>
        <translation>flytta deltagare till en enhet, med allt om dem (så kan ett team ta över en server som en enda samordnare har använt)</translation>
    </message>
    <message>
        <source>the unit to move them into (&apos;server units&apos; lists them)</source>
        <translation>enheten de ska flyttas till (&apos;server units&apos; listar dem)</translation>
    </message>
    <message>
        <source>the participants&apos; numbers, separated by commas</source>
        <translation>deltagarnas nummer, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>every participant in no unit yet</source>
        <translation>alla deltagare som ännu inte hör till någon enhet</translation>
    </message>
    <message>
        <source>take a user out of the team (their database role stays, and the logs keep their name)</source>
        <translation>ta bort en användare ur teamet (databasrollen finns kvar, och namnet finns kvar i loggarna)</translation>
    </message>
    <message>
        <source>the person&apos;s database role</source>
        <translation>personens databasroll</translation>
    </message>
    <message>
        <source>Statistics {year}: {scope}</source>
        <translation>Statistik {year}: {scope}</translation>
    </message>
    <message>
        <source>There are no figures for {year}.</source>
        <translation>Det finns inga siffror för {year}.</translation>
    </message>
    <message>
        <source>A group of fewer than 5 is not shown, nor another small group wherever it could be worked out from a total.</source>
        <translation>En grupp med färre än 5 visas inte, och inte heller en annan liten grupp där den skulle kunna räknas fram ur en summa.</translation>
    </message>
    <message>
        <source>Targets and headline figures, {start} – {end}:</source>
        <translation>Mål och nyckeltal, {start} – {end}:</translation>
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
        <translation>Avslutade placeringar som ledde till anställning, per typ:</translation>
    </message>
    <message>
        <source>{type}: {part} of {whole} ({share})</source>
        <translation>{type}: {part} av {whole} ({share})</translation>
    </message>
    <message>
        <source>Placements started whose field is not known (no task, no figure, gender): {count}</source>
        <translation>Startade placeringar där området är okänt (ingen uppgift, ingen andel, kön): {count}</translation>
    </message>
    <message>
        <source>Employers with a placement started: {employers}; with an earlier placement: {returning}; with two or more started: {several}</source>
        <translation>Arbetsgivare med en startad placering: {employers}; med en tidigare placering: {returning}; med två eller fler startade: {several}</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost by subsidy type:</source>
        <translation>Kommunens kostnad per stödtyp:</translation>
    </message>
    <message>
        <source>{type}: {amount} kr ({placements} placements)</source>
        <translation>{type}: {amount} kr ({placements} placeringar)</translation>
    </message>
    <message>
        <source>Total: {amount} kr</source>
        <translation>Totalt: {amount} kr</translation>
    </message>
    <message>
        <source>No municipal cost is recorded for the period.</source>
        <translation>Ingen kommunal kostnad är registrerad för perioden.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>There is no project {id}; the projects are: {projects}.</source>
        <translation>Det finns inget projekt {id}; projekten är: {projects}.</translation>
    </message>
    <message>
        <source>There is no project {id}; no project is registered.</source>
        <translation>Det finns inget projekt {id}; inget projekt är registrerat.</translation>
    </message>
    <message>
        <source>No project is registered. A project is a funded programme (ESF+ and the like) with a period and a target number of people; add one on Rapporter.</source>
        <translation>Inget projekt är registrerat. Ett projekt är en finansierad satsning (ESF+ och liknande) med en period och ett mål för antalet personer; lägg till ett under Rapporter.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither.</source>
        <translation>Ange både --from och --to, eller ingen av dem.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <source>{people} of {target} ({percent})</source>
        <translation>{people} av {target} ({percent})</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>People so far of the target</source>
        <translation>Personer hittills av målet</translation>
    </message>
    <message>
        <source>the project report: the people in a project by gender and age band, beside its target, as PDF (or XLSX)</source>
        <translation>projektrapporten: personerna i ett projekt per kön och åldersgrupp, bredvid målet, som PDF (eller XLSX)</translation>
    </message>
    <message>
        <source>the project&apos;s number (`ambassador report projects` lists them)</source>
        <translation>projektets nummer (`ambassador report projects` listar dem)</translation>
    </message>
    <message>
        <source>pdf or xlsx (default: by the file&apos;s ending; else pdf)</source>
        <translation>pdf eller xlsx (standard: efter filändelsen, annars pdf)</translation>
    </message>
    <message>
        <source>the first day of the period (default: the project&apos;s period)</source>
        <translation>periodens första dag (standard: projektets period)</translation>
    </message>
    <message>
        <source>print the projects: number, name, period, funding and people beside target</source>
        <translation>skriv ut projekten: nummer, namn, period, finansiering och personer jämfört med målet</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Första raden</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importera %1 som</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
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
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remittent</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <source>Referral reference</source>
        <translation>Remissreferens</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolkbehov</translation>
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
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Org.nr</translation>
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
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
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
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Kontaktens roll</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktens telefon</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
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
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Extent (%)</source>
        <translation>Omfattning (%)</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Uppföljningsplan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason for ending early</source>
        <translation>Avbrottsorsak</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
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
        <translation>Stödtyp</translation>
    </message>
    <message>
        <source>Subsidy (kr a month)</source>
        <translation>Stöd (kr per månad)</translation>
    </message>
    <message>
        <source>Subsidy (% of the wage)</source>
        <translation>Stöd (% av lönen)</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Beslutsnummer</translation>
    </message>
    <message>
        <source>Decision from</source>
        <translation>Beslut från</translation>
    </message>
    <message>
        <source>Decision until</source>
        <translation>Beslut till</translation>
    </message>
    <message>
        <source>Agreement form</source>
        <translation>Avtalsform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formell arbetsgivare</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost (kr a month)</source>
        <translation>Kommunens kostnad (kr per månad)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor&apos;s hours a week</source>
        <translation>Mentorns timmar per vecka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active placements</source>
        <translation>Pågående placeringar</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nästa avstämning</translation>
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
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Shared with the employer</source>
        <translation>Delas med arbetsgivaren</translation>
    </message>
    <message>
        <source>Risk of dropping out</source>
        <translation>Risk för avbrott</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Placements that covered it</source>
        <translation>Placeringar med uppgiften</translation>
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
        <translation>En annan användare</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>%1 saved changes to %2 after you opened the form. Your changes have not been saved yet.</source>
        <translation>%1 sparade ändringar i %2 efter att du öppnade formuläret. Dina ändringar är inte sparade än.</translation>
    </message>
    <message>
        <source>Choose, for each field you both changed, what to keep; then save.</source>
        <translation>Välj för varje fält som ni båda ändrat vad som ska gälla, och spara sedan.</translation>
    </message>
    <message>
        <source>%1 changed these and you did not: they are kept as saved.</source>
        <translation>%1 ändrade de här och du gjorde det inte: de behålls som de sparades.</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>Spara sammanslaget</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Back to the form, with everything you typed in it.</source>
        <translation>Tillbaka till formuläret, med allt du skrivit kvar.</translation>
    </message>
    <message>
        <source>%1 removed %2 after you opened the form, so your changes cannot be saved. Copy what you typed if you want to keep it.</source>
        <translation>%1 tog bort %2 efter att du öppnade formuläret, så dina ändringar kan inte sparas. Kopiera det du skrev om du vill behålla det.</translation>
    </message>
    <message>
        <source>What you typed</source>
        <translation>Det du skrev</translation>
    </message>
    <message>
        <source>Copy my text</source>
        <translation>Kopiera min text</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tillbaka till formuläret</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Discard the merged text?</source>
        <translation>Släng den sammanslagna texten?</translation>
    </message>
    <message>
        <source>The text you merged here is lost. Your form keeps what you typed in it.</source>
        <translation>Texten du slog ihop här försvinner. Formuläret behåller det du skrev i det.</translation>
    </message>
    <message>
        <source>Discard merged text</source>
        <translation>Släng sammanslagen text</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The employer may be given the printed follow-up summary: the placement, its plan and the notes marked as shareable. Needs and adaptations are left out of it unless they may be shared too.</source>
        <translation>Arbetsgivaren får den utskrivna uppföljningssammanfattningen: placeringen, dess plan och de anteckningar som får delas. Behov och anpassningar finns inte med om inte också de får delas.</translation>
    </message>
    <message>
        <source>The employer may be told what the participant needs and which adaptations help, in the summary and the agreement. Without it these are left out of every document.</source>
        <translation>Arbetsgivaren får veta vad deltagaren behöver och vilka anpassningar som hjälper, i sammanfattningen och överenskommelsen. Utan detta samtycke lämnas de utanför alla dokument.</translation>
    </message>
    <message>
        <source>You may contact the authority that referred the participant (for example the employment service) about how the placement goes.</source>
        <translation>Du får kontakta den aktör som remitterade deltagaren (till exempel Arbetsförmedlingen) om hur placeringen går.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Vad det innebär</translation>
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
    <message>
        <source>this contact</source>
        <translation>den här kontaktpersonen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>An unexpected error stopped what you were doing. Nothing you had saved was lost: every change is saved whole or not at all. The window is read again from the database when you close this message; if something you had typed but not saved is missing, please type it again.

The error is written to the log in %1 (without names or other personal data). If it happens again, send the details below to your IT support.</source>
        <translation>Ett oväntat fel avbröt det du gjorde. Inget du hade sparat har gått förlorat: varje ändring sparas hel eller inte alls. Fönstret läses in på nytt från databasen när du stänger det här meddelandet; om något du hade skrivit men inte sparat saknas, skriv det igen.

Felet är skrivet i loggen i %1 (utan namn eller andra personuppgifter). Om det händer igen, skicka detaljerna nedan till din IT-support.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detaljer om felet</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Visa &amp;loggmappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CrashNet</name>
    <message>
        <source>This could not be done</source>
        <translation>Det gick inte att göra</translation>
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
        <translation>Till exempel 2026-12-07, 20261207, 7/12 eller 7 dec. Alt+Nedpil: kalender.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
        <source>For example 07.12.2026, 7. dec. 2026, 7/12 or 7 dec. Alt+Down: calendar.</source>
        <translation>Till exempel 07.12.2026, 7. dec. 2026, 7/12 eller 7 dec. Alt+Nedpil: kalender.</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Välj i kalendern (Alt+Nedpil)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Välj i kalendern</translation>
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
        <translation>Tid</translation>
    </message>
    <message>
        <source>%1, time</source>
        <translation>%1, klockslag</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Spara ändringarna?</translation>
    </message>
    <message>
        <source>Save the changes in “%1”?</source>
        <translation>Spara ändringarna i ”%1”?</translation>
    </message>
    <message>
        <source>If you discard them, what was typed in the form is lost.</source>
        <translation>Om du slänger dem går det du skrivit i formuläret förlorat.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
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
        <source>From {start}</source>
        <translation>Från {start}</translation>
    </message>
    <message>
        <source>The ambassador checks in with the participant and the supervisor, at the workplace or by phone: most often in the first weeks, when support matters most, and then less often.</source>
        <translation>Ambassadören stämmer av med deltagaren och handledaren, på arbetsplatsen eller per telefon: oftast under de första veckorna, när stödet behövs mest, och sedan mer sällan.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
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
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Task requirements to avoid</source>
        <translation>Krav i uppgifter att undvika</translation>
    </message>
    <message>
        <source>Task areas of interest</source>
        <translation>Intressanta uppgiftsområden</translation>
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
        <source>Tasks covered</source>
        <translation>Uppgifter som ingår</translation>
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
        <source>Due {day}, not yet recorded</source>
        <translation>Ska göras {day}, inte registrerad ännu</translation>
    </message>
    <message>
        <source>{result} (due {due}, recorded {day})</source>
        <translation>{result} (planerad {due}, registrerad {day})</translation>
    </message>
    <message>
        <source>Outcome check after the end</source>
        <translation>Uppföljning efter avslut</translation>
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
        <source>Notes being written, not yet saved</source>
        <translation>Anteckningar som håller på att skrivas, inte sparade än</translation>
    </message>
    <message>
        <source>Draft, last typed {moment}</source>
        <translation>Utkast, senast skrivet {moment}</translation>
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
        <source>{document}, by {user}</source>
        <translation>{document}, av {user}</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Vem</translation>
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
        <translation>Ändringar i dina uppgifter</translation>
    </message>
    <message>
        <source>No changes are logged.</source>
        <translation>Inga ändringar är loggade.</translation>
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
        <translation>Ändring</translation>
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
        <source>Breakdown: {system}</source>
        <translation>Uppdelning: {system}</translation>
    </message>
    <message>
        <source>Outcome sentences</source>
        <translation>Resultatformuleringar</translation>
    </message>
    <message>
        <source>Ready to publish: placements that ended in the period, by gender, with small numbers protected.</source>
        <translation>Klara att publicera: placeringar som avslutades under perioden, per kön, med små tal skyddade.</translation>
    </message>
    <message>
        <source>What the placements that ended led to after 90 days</source>
        <translation>Vad de avslutade placeringarna ledde till efter 90 dagar</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Projektrapport</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Projektperiod</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Rapportperiod</translation>
    </message>
    <message>
        <source>Target (people)</source>
        <translation>Mål (personer)</translation>
    </message>
    <message>
        <source>People toward the target</source>
        <translation>Personer som räknas mot målet</translation>
    </message>
    <message>
        <source>Share of the target (%)</source>
        <translation>Andel av målet (%)</translation>
    </message>
    <message>
        <source>People started</source>
        <translation>Personer som startat</translation>
    </message>
    <message>
        <source>People active</source>
        <translation>Aktiva personer</translation>
    </message>
    <message>
        <source>People ended</source>
        <translation>Personer som avslutat</translation>
    </message>
    <message>
        <source>Outcome at the end</source>
        <translation>Utfall vid avslut</translation>
    </message>
    <message>
        <source>Due, not yet recorded</source>
        <translation>Ska göras, inte registrerad ännu</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Inte dags ännu</translation>
    </message>
    <message>
        <source>No check scheduled</source>
        <translation>Ingen uppföljning planerad</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>In work or studies, of those recorded</source>
        <translation>I arbete eller studier, av de registrerade</translation>
    </message>
    <message>
        <source>The check some days after the end (90 by default) of each placement that ended in the period: what the person was doing then.</source>
        <translation>Uppföljningen en tid efter avslutet (90 dagar om inget annat anges) av varje placering som avslutades under perioden: vad personen gjorde då.</translation>
    </message>
    <message>
        <source>In the categories of {system}</source>
        <translation>I kategorierna för {system}</translation>
    </message>
    <message>
        <source>The placements that ended in the period, each in the category its outcome or early-ending reason is mapped to in the settings; the results 90 days after the end below.</source>
        <translation>Placeringarna som avslutades under perioden, var och en i den kategori som dess utfall eller avbrottsorsak är kopplad till i inställningarna; nedan resultaten 90 dagar efter avslut.</translation>
    </message>
    <message>
        <source>After 90 days</source>
        <translation>Efter 90 dagar</translation>
    </message>
    <message>
        <source>No 90-day result is recorded yet.</source>
        <translation>Inget resultat efter 90 dagar är registrerat ännu.</translation>
    </message>
    <message>
        <source>No placement ended in the period.</source>
        <translation>Ingen placering avslutades under perioden.</translation>
    </message>
    <message>
        <source>Fewer than 5 placements ended in the period, too few to show their outcomes.</source>
        <translation>Färre än 5 placeringar avslutades under perioden, för få för att visa deras utfall.</translation>
    </message>
    <message>
        <source>{ended} placements ended in the period, of which {count} led to employment ({percent}){genders}.</source>
        <translation>{ended} placeringar avslutades under perioden, varav {count} ledde till anställning ({percent}){genders}.</translation>
    </message>
    <message>
        <source>{ended} placements ended in the period; how many led to employment is not shown, to protect numbers under 5.</source>
        <translation>{ended} placeringar avslutades under perioden; hur många som ledde till anställning visas inte, för att skydda tal under 5.</translation>
    </message>
    <message>
        <source>{count} of the {ended} placements led to work or education ({percent}).</source>
        <translation>{count} av de {ended} placeringarna ledde till arbete eller studier ({percent}).</translation>
    </message>
    <message>
        <source>How many of the {ended} placements led to work or education is not shown, to protect numbers under 5.</source>
        <translation>Hur många av de {ended} placeringarna som ledde till arbete eller studier visas inte, för att skydda tal under 5.</translation>
    </message>
    <message>
        <source>No check 90 days after the end is recorded yet for these placements.</source>
        <translation>Ingen uppföljning 90 dagar efter avslut är registrerad ännu för de här placeringarna.</translation>
    </message>
    <message>
        <source>Of the {checked} checked 90 days after the end, {count} were in work or studies ({percent}){genders}.</source>
        <translation>Av de {checked} som följdes upp 90 dagar efter avslut var {count} i arbete eller studier ({percent}){genders}.</translation>
    </message>
    <message>
        <source>{checked} were checked 90 days after the end; how many were in work or studies is not shown, to protect numbers under 5.</source>
        <translation>{checked} följdes upp 90 dagar efter avslut; hur många som var i arbete eller studier visas inte, för att skydda tal under 5.</translation>
    </message>
    <message>
        <source>90 days after the end, {count} of the {ended} were in work or studies{genders}; not every check is recorded yet.</source>
        <translation>90 dagar efter avslut var {count} av de {ended} i arbete eller studier{genders}; alla uppföljningar är inte registrerade ännu.</translation>
    </message>
    <message>
        <source>The results 90 days after the end are not shown, to protect numbers under 5.</source>
        <translation>Resultaten 90 dagar efter avslut visas inte, för att skydda tal under 5.</translation>
    </message>
    <message>
        <source>: {women} women, {men} men</source>
        <translation>: {women} kvinnor, {men} män</translation>
    </message>
    <message>
        <source>; not shown by gender, to protect numbers under 5</source>
        <translation>; visas inte per kön, för att skydda tal under 5</translation>
    </message>
    <message>
        <source>A number under 5 is not shown, nor any number from which one could be worked out.</source>
        <translation>Tal under 5 visas inte, och inte heller tal som de skulle kunna räknas fram ur.</translation>
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
        <source>Questionnaires</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>No questionnaire was sent in the period.</source>
        <translation>Ingen enkät skickades under perioden.</translation>
    </message>
    <message>
        <source>Questionnaires to</source>
        <translation>Enkäter till</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation>Kände sig stöttade</translation>
    </message>
    <message>
        <source>Targets and headline figures</source>
        <translation>Mål och nyckeltal</translation>
    </message>
    <message>
        <source>Each figure of the period beside the target set for {year} in the settings. A count is the period&apos;s; its target is the year&apos;s.</source>
        <translation>Varje nyckeltal för perioden bredvid målet för {year} i inställningarna. Ett antal gäller perioden; dess mål gäller året.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Target {year}</source>
        <translation>Mål {year}</translation>
    </message>
    <message>
        <source>Ended placements that became employment, by type</source>
        <translation>Avslutade placeringar som ledde till anställning, per typ</translation>
    </message>
    <message>
        <source>Of the placements of each type that ended in the period, those that ended in employment, with or without a subsidy.</source>
        <translation>Av placeringarna av varje typ som avslutades under perioden, de som ledde till anställning, med eller utan stöd.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>Till anställning</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Outside gender-traditional fields</source>
        <translation>Utanför könstraditionella områden</translation>
    </message>
    <message>
        <source>Field not known</source>
        <translation>Okänt område</translation>
    </message>
    <message>
        <source>Placements outside gender-traditional fields</source>
        <translation>Placeringar utanför könstraditionella områden</translation>
    </message>
    <message>
        <source>Placements started in the period. A field is gender-traditional when more than 60 % of those employed in it are of one gender; a woman in a field of mostly men, or a man in one of mostly women, is outside the traditional fields. The field is the category of the placement&apos;s first task; the shares of women per category are set in the settings, by default rounded figures from official statistics. Not known: no task linked, a category without a figure, or another or unstated gender.</source>
        <translation>Placeringar som startade under perioden. Ett område är könstraditionellt när mer än 60 % av de anställda inom det är av ett kön; en kvinna inom ett område med mest män, eller en man inom ett med mest kvinnor, är utanför de traditionella områdena. Området är uppgiftsområdet för placeringens första uppgift; andelen kvinnor per uppgiftsområde anges i inställningarna, som standard avrundade värden från officiell statistik. Okänt: ingen uppgift kopplad, ett uppgiftsområde utan värde, eller annat eller ej angivet kön.</translation>
    </message>
    <message>
        <source>Returning employers</source>
        <translation>Återkommande arbetsgivare</translation>
    </message>
    <message>
        <source>Employers with a placement started in the period</source>
        <translation>Arbetsgivare med en placering som startade under perioden</translation>
    </message>
    <message>
        <source>Of these, with an earlier placement</source>
        <translation>Av dessa, med en tidigare placering</translation>
    </message>
    <message>
        <source>Of these, with two or more started in the period</source>
        <translation>Av dessa, med två eller fler som startade under perioden</translation>
    </message>
    <message>
        <source>{amount} kr</source>
        <translation>{amount} kr</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost by subsidy type</source>
        <translation>Kommunens kostnad per stödtyp</translation>
    </message>
    <message>
        <source>The municipality&apos;s own cost a month of each placement, times the months it was active in the period until the day this was printed (within its decision&apos;s dates when they are given): days × 12 / 365.</source>
        <translation>Kommunens egen kostnad per månad för varje placering, gånger de månader den pågick under perioden fram till utskriftsdagen (inom beslutets datum när de är angivna): dagar × 12 / 365.</translation>
    </message>
    <message>
        <source>No municipal cost is recorded for the period.</source>
        <translation>Ingen kommunal kostnad är registrerad för perioden.</translation>
    </message>
    <message>
        <source>No subsidy type</source>
        <translation>Ingen stödtyp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Trend over the years</source>
        <translation>Utveckling över åren</translation>
    </message>
    <message>
        <source>Each calendar year&apos;s figure as a bar (this year&apos;s so far, lighter), the target as a line where one is set.</source>
        <translation>Varje kalenderårs värde som en stapel (årets hittills i ljusare färg), målet som en linje där ett mål är satt.</translation>
    </message>
    <message>
        <source>Of the questionnaires printed in the period, answered whenever they came back. Felt supported: a 4 or 5 of 5; the share is of those who answered that question, shown as supported/answered.</source>
        <translation>Enkäter som skrevs ut under perioden, besvarade oavsett när de kom tillbaka. Kände sig stöttade: 4 eller 5 av 5; andelen räknas på dem som besvarade den frågan och visas som stöttade/svarande.</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
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
        <source>Questionnaire for the employer</source>
        <translation>Enkät till arbetsgivaren</translation>
    </message>
    <message>
        <source>Questionnaire for the participant</source>
        <translation>Enkät till deltagaren</translation>
    </message>
    <message>
        <source>Questionnaire code</source>
        <translation>Enkätkod</translation>
    </message>
    <message>
        <source>From {start}, no end date set</source>
        <translation>Från {start}, inget slutdatum satt</translation>
    </message>
    <message>
        <source>How is the placement going? Your answers help the ambassador support you and the participant, and show how our support works. Put a cross in one box for each statement; leave it empty if you cannot say.</source>
        <translation>Hur går placeringen? Era svar hjälper ambassadören att stötta er och deltagaren, och visar hur vårt stöd fungerar. Sätt ett kryss i en ruta för varje påstående; lämna raden tom om ni inte kan svara.</translation>
    </message>
    <message>
        <source>How is your placement going? Your answers help the ambassador support you, and show how our support works. Put a cross in one box for each statement; leave it empty if you cannot say.</source>
        <translation>Hur går din placering? Dina svar hjälper ambassadören att stötta dig, och visar hur vårt stöd fungerar. Sätt ett kryss i en ruta för varje påstående; lämna raden tom om du inte kan svara.</translation>
    </message>
    <message>
        <source>1 = {low}, 5 = {high}</source>
        <translation>1 = {low}, 5 = {high}</translation>
    </message>
    <message>
        <source>Thank you! Give the questionnaire to the ambassador at the next visit, or send it to {who}.</source>
        <translation>Tack! Lämna enkäten till ambassadören vid nästa besök, eller skicka den till {who}.</translation>
    </message>
    <message>
        <source>the ambassador</source>
        <translation>ambassadören</translation>
    </message>
    <message>
        <source>Questions about the questionnaire: {contact}</source>
        <translation>Frågor om enkäten: {contact}</translation>
    </message>
    <message>
        <source>{amount} kr a month</source>
        <translation>{amount} kr per månad</translation>
    </message>
    <message>
        <source>{percent} % of the wage</source>
        <translation>{percent} % av lönen</translation>
    </message>
    <message>
        <source>{share}, at most {amount}</source>
        <translation>{share}, högst {amount}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>från {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>till och med {end}</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Form of agreement</source>
        <translation>Avtalsform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formell arbetsgivare</translation>
    </message>
    <message>
        <source>the unit&apos;s own mentor</source>
        <translation>enhetens egen mentor</translation>
    </message>
    <message>
        <source>{hours} hour a week</source>
        <translation>{hours} timme i veckan</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} timmar i veckan</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost</source>
        <translation>Kommunens kostnad</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
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
    <message>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>arbetsgivare</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placeringar</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>avstamningar</translation>
    </message>
    <message>
        <source>notes-placement-{id}</source>
        <translation>anteckningar-placering-{id}</translation>
    </message>
    <message>
        <source>network-contacts</source>
        <translation>natverkskontakter</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>uppgifter</translation>
    </message>
    <message>
        <source>check-ins.ics</source>
        <translation>avstamningar.ics</translation>
    </message>
    <message>
        <source>Ambassador check-ins</source>
        <translation>Ambassador – avstämningar</translation>
    </message>
    <message>
        <source>Follow-up: {first_name}, {employer}</source>
        <translation>Uppföljning: {first_name}, {employer}</translation>
    </message>
    <message>
        <source>Contact with the workplaces: how soon and how often</source>
        <translation>Kontakten med arbetsplatserna: hur snart och hur ofta</translation>
    </message>
    <message>
        <source>A workplace contact is a note held with the supervisor, or with the participant and the supervisor together. Days to first contact: the median for the placements started in the month that have had one; those with no workplace contact yet are counted beside it. Time per placement: the minutes written on the month&apos;s notes, over the placements active in it.</source>
        <translation>En arbetsplatskontakt är en antecknad kontakt med handledaren, eller med deltagaren och handledaren tillsammans. Dagar till första kontakt: medianen för de placeringar som startade under månaden och har haft en sådan kontakt; de som inte har haft någon arbetsplatskontakt ännu räknas för sig. Tid per placering: minuterna i månadens anteckningar, fördelade på de placeringar som var aktiva under månaden.</translation>
    </message>
    <message>
        <source>No placement in these months.</source>
        <translation>Ingen placering under de här månaderna.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <source>Days to first contact</source>
        <translation>Dagar till första kontakt</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Ingen kontakt ännu</translation>
    </message>
    <message>
        <source>Placements contacted</source>
        <translation>Placeringar med kontakt</translation>
    </message>
    <message>
        <source>Contacts a week</source>
        <translation>Kontakter per vecka</translation>
    </message>
    <message>
        <source>Time per placement</source>
        <translation>Tid per placering</translation>
    </message>
    <message>
        <source>Contacts a week count the network contacts too, work with an employer alone (a recruitment visit, a network meeting): {count} in these months.</source>
        <translation>Kontakter per vecka räknar även med nätverkskontakterna, arbete med enbart en arbetsgivare (ett rekryteringsbesök, ett nätverksmöte): {count} under dessa månader.</translation>
    </message>
    <message>
        <source>Guide values from supported employment (IPS), to reflect on, not a verdict: the first workplace contact within {days} days of the start, every active placement contacted each month, about {per_week} employer contacts a week for a full-time employment specialist.</source>
        <translation>Riktvärden från Supported Employment (IPS), att reflektera över och inte ett omdöme: första arbetsplatskontakten inom {days} dagar från start, kontakt med varje aktiv placering varje månad och omkring {per_week} arbetsgivarkontakter i veckan för en arbetsspecialist på heltid.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>questionnaire-employer-placement-{id}.pdf</source>
        <translation>enkat-arbetsgivare-placering-{id}.pdf</translation>
    </message>
    <message>
        <source>questionnaire-participant-placement-{id}.pdf</source>
        <translation>enkat-deltagare-placering-{id}.pdf</translation>
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
        <translation>55 och äldre</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Okänd ålder</translation>
    </message>
    <message>
        <source>{people} people; no target set</source>
        <translation>{people} personer; inget mål satt</translation>
    </message>
    <message>
        <source>{people} of target {target} people ({percent})</source>
        <translation>{people} av målet {target} personer ({percent})</translation>
    </message>
    <message>
        <source>Counts people, not placements: someone with several placements in the project is one person. Started: their first placement in the project started in the period. Active: a placement of theirs in the project was under way in it. Ended: their last placement in the project ended in the period and none goes on. Age: at their first start in the project. No names: counts only.</source>
        <translation>Räknar personer, inte placeringar: den som har flera placeringar i projektet räknas som en person. Startade: personens första placering i projektet startade under perioden. Aktiva: någon av personens placeringar i projektet pågick under perioden. Avslutade: personens sista placering i projektet avslutades under perioden och ingen pågår. Ålder: vid första starten i projektet. Inga namn: bara antal.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Placements: the placements behind the people, started, under way and ended in the period.</source>
        <translation>Placeringar: placeringarna bakom personerna, som startade, pågick och avslutades under perioden.</translation>
    </message>
    <message>
        <source>By age at the first start</source>
        <translation>Efter ålder vid första starten</translation>
    </message>
    <message>
        <source>Toward the target</source>
        <translation>Mot målet</translation>
    </message>
    <message>
        <source>No one left the project in the period.</source>
        <translation>Ingen lämnade projektet under perioden.</translation>
    </message>
    <message>
        <source>The people who ended in the period, by the outcome of the placement they left the project with. A share shows what it rests on: 75 % (3/4) is three of four.</source>
        <translation>Personerna som avslutade under perioden, efter utfallet för den placering de lämnade projektet med. En andel visar vad den bygger på: 75 % (3/4) är tre av fyra.</translation>
    </message>
    <message>
        <source>The outcome check of the placement each person left the project with: what they were doing some days after the end (90 by default).</source>
        <translation>Uppföljningen efter avslut för den placering som varje person lämnade projektet med: vad personen gjorde några dagar efter slutet (90 som standard).</translation>
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
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
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
        <source>No tasks listed. Edit the employer to add the tasks it can offer, so participants can be matched to them.</source>
        <translation>Inga uppgifter inlagda. Redigera arbetsgivaren och lägg till de uppgifter den kan erbjuda, så att deltagare kan matchas mot dem.</translation>
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
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>Nätverkslogg</translation>
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
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
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
        <translation>Uppgifter som erbjuds</translation>
    </message>
    <message>
        <source>New &amp;placement…</source>
        <translation>Ny &amp;placering…</translation>
    </message>
    <message>
        <source>&amp;Edit employer…</source>
        <translation>&amp;Redigera arbetsgivare…</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ny kontaktperson…</translation>
    </message>
    <message>
        <source>Edit &amp;contact…</source>
        <translation>Redigera &amp;kontaktperson…</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>F&amp;lytta till papperskorgen…</translation>
    </message>
    <message>
        <source>The employer stays in the trash for 30 days and can be restored.</source>
        <translation>Arbetsgivaren ligger kvar i papperskorgen i 30 dagar och kan återställas.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
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
        <source>About the tasks</source>
        <translation>Om uppgifterna</translation>
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
        <source>NNNNNNNN</source>
        <translation>NNNNNNNN</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
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
        <source>Agreement date</source>
        <translation>Datum för överenskommelse</translation>
    </message>
    <message>
        <source>Tasks on offer</source>
        <translation>Uppgifter som erbjuds</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Tasks carved out of the regular work. Participants are matched to them by category and requirements.</source>
        <translation>Uppgifter som kan brytas ut ur det ordinarie arbetet. Deltagare matchas mot dem efter område och krav.</translation>
    </message>
    <message>
        <source>About the tasks</source>
        <translation>Om uppgifterna</translation>
    </message>
    <message>
        <source>Anything else about the work: hours, place, what a first day is like.</source>
        <translation>Annat om arbetet: arbetstider, plats, hur en första dag ser ut.</translation>
    </message>
    <message>
        <source>this employer</source>
        <translation>den här arbetsgivaren</translation>
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
        <source>Search name, industry or CVR number</source>
        <translation>Sök namn, bransch eller CVR-nummer</translation>
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
    <message>
        <source>Tas&amp;k catalogue…</source>
        <translation>&amp;Uppgiftskatalog…</translation>
    </message>
    <message>
        <source>Every employer&apos;s tasks in one list, with free places</source>
        <translation>Alla arbetsgivares uppgifter i en lista, med lediga platser</translation>
    </message>
    <message>
        <source>Task catalogue</source>
        <translation>Uppgiftskatalog</translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <source>Protect the database</source>
        <translation>Skydda databasen</translation>
    </message>
    <message>
        <source>This is a new database. It will hold notes about people, some of them sensitive. Protect it with a passphrase, so that a lost or stolen laptop gives nothing away? You get a recovery key to keep in a safe place.</source>
        <translation>Det här är en ny databas. Den kommer att innehålla anteckningar om människor, en del av dem känsliga. Vill du skydda den med en lösenfras, så att en borttappad eller stulen dator inte lämnar ut något? Du får en återställningsnyckel att förvara på ett säkert ställe.</translation>
    </message>
    <message>
        <source>&amp;Choose a passphrase</source>
        <translation>&amp;Välj lösenfras</translation>
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
        <translation>Kr&amp;yptera databasen…</translation>
    </message>
    <message>
        <source>Choose a passphrase and encrypt the database and its backups</source>
        <translation>Välj en lösenfras och kryptera databasen och dess säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the database and its backups</source>
        <translation>Välj en ny lösenfras för databasen och dess säkerhetskopior</translation>
    </message>
    <message>
        <source>Readable c&amp;opies…</source>
        <translation>&amp;Läsbara kopior…</translation>
    </message>
    <message>
        <source>Look for copies of the database made before it was encrypted</source>
        <translation>Leta efter kopior av databasen som gjordes innan den krypterades</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>Databasen är krypterad.</translation>
    </message>
    <message>
        <source>The file and its backups can be opened only with the passphrase or the recovery key. Keep the recovery key apart from this computer.</source>
        <translation>Filen och dess säkerhetskopior kan bara öppnas med lösenfrasen eller återställningsnyckeln. Förvara återställningsnyckeln åtskild från den här datorn.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen är inte krypterad.</translation>
    </message>
    <message>
        <source>Anyone who gets hold of the file or one of its backups can read it. Encrypting it with a passphrase is recommended; you get a recovery key once, for the day the passphrase is forgotten.</source>
        <translation>Den som kommer åt filen eller en av dess säkerhetskopior kan läsa den. Att kryptera den med en lösenfras rekommenderas; du får en återställningsnyckel en gång, för den dag lösenfrasen glöms.</translation>
    </message>
    <message>
        <source>The window does not lock by itself (see Settings).</source>
        <translation>Fönstret låses inte av sig självt (se Inställningar).</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use (see Settings).</source>
        <translation>
            <numerusform>Fönstret låses efter %n minut utan användning (se Inställningar).</numerusform>
            <numerusform>Fönstret låses efter %n minuter utan användning (se Inställningar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once the database is encrypted, the window locks after %n minute(s) without use (see Settings).</source>
        <translation>
            <numerusform>När databasen är krypterad låses fönstret efter %n minut utan användning (se Inställningar).</numerusform>
            <numerusform>När databasen är krypterad låses fönstret efter %n minuter utan användning (se Inställningar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Kryptera databasen</translation>
    </message>
    <message>
        <source>Choose the passphrase that will open the database from now on. The database and its backups are encrypted; a backup is taken first.</source>
        <translation>Välj lösenfrasen som öppnar databasen från och med nu. Databasen och dess säkerhetskopior krypteras; en säkerhetskopia tas först.</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Krypterar databasen och dess säkerhetskopior…</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptera</translation>
    </message>
    <message>
        <source>Looking for readable copies…</source>
        <translation>Letar efter läsbara kopior…</translation>
    </message>
    <message>
        <source>Readable copies</source>
        <translation>Läsbara kopior</translation>
    </message>
    <message>
        <source>No readable copy of the database was found. The program looked in:
%1

Copies made outside the program (a file copied by hand, sent by e-mail, or on a stick that is not plugged in now) are not known to it.</source>
        <translation>Ingen läsbar kopia av databasen hittades. Programmet letade i:
%1

Kopior som gjorts utanför programmet (en fil som kopierats för hand, skickats med e-post eller ligger på ett minne som inte är anslutet nu) känner programmet inte till.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Give the passphrase in use now, then the new one twice. The recovery key stays the same.</source>
        <translation>Ange lösenfrasen som gäller nu och sedan den nya två gånger. Återställningsnyckeln är densamma.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Byter lösenfras…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Lösenfrasen är bytt.</translation>
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
    <message>
        <source>Check-ins still planned are closed: those up to the end that were never recorded are marked missed, later ones cancelled. A closing note can still be written afterwards.</source>
        <translation>Avstämningar som fortfarande är planerade stängs: de fram till slutet som aldrig registrerades markeras som missade, senare ställs in. En avslutande anteckning kan skrivas efteråt.</translation>
    </message>
    <message>
        <source>this placement</source>
        <translation>den här placeringen</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <source>Erasing removes %1 and everything about them now: placements, notes, check-ins, feedback and consents. It cannot be undone, not even from the trash. The audit log keeps the participant number, the legal basis and its reference, never the name.</source>
        <translation>Radering tar bort %1 och allt om personen nu: placeringar, anteckningar, avstämningar, återkopplingar och samtycken. Det går inte att ångra, inte ens från papperskorgen. Granskningsloggen behåller deltagarnumret, den rättsliga grunden och dess referens, aldrig namnet.</translation>
    </message>
    <message>
        <source>For example Dnr 2026/117</source>
        <translation>Till exempel Dnr 2026/117</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Jag förstår att detta inte går att ångra</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Rättslig &amp;grund:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referens:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Radera för gott</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
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
        <source>Click a number or type 1 to 5. Not asked or not known: leave it blank (click the ticked number again, or type 0, to clear it).</source>
        <translation>Klicka på en siffra eller skriv 1–5. Inte frågat eller vet ej: lämna tomt (klicka på den ikryssade siffran igen, eller skriv 0, för att tömma).</translation>
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
    <name>FieldBalancesEditor</name>
    <message>
        <source>Gender balance of the fields</source>
        <translation>Könsfördelning inom områdena</translation>
    </message>
    <message>
        <source>The share of women among those employed in each task category. A field is gender-traditional when more than 60 % are of one gender; a placement&apos;s field is the category of its first task. The program&apos;s figures are rounded from official statistics and stand for a group of occupations close to the category: check them against the current publication, or set your own.</source>
        <translation>Andelen kvinnor bland de anställda inom varje uppgiftsområde. Ett område är könstraditionellt när mer än 60 % är av ett kön; en placerings område är uppgiftsområdet för dess första uppgift. Programmets värden är avrundade från officiell statistik och gäller en grupp yrken som ligger nära uppgiftsområdet: jämför dem med den senaste publiceringen, eller ange egna.</translation>
    </message>
    <message>
        <source>Task category</source>
        <translation>Uppgiftsområde</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Traditional for</source>
        <translation>Traditionellt för</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Gender balance per task category</source>
        <translation>Könsfördelning per uppgiftsområde</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Andel kvinnor</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <source>Share of &amp;women:</source>
        <translation>Andel kv&amp;innor:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>K&amp;älla:</translation>
    </message>
    <message>
        <source>Save &amp;figure</source>
        <translation>Spara &amp;värdet</translation>
    </message>
    <message>
        <source>Use this figure for the category in place of the program&apos;s</source>
        <translation>Använd det här värdet för området i stället för programmets</translation>
    </message>
    <message>
        <source>Use the program&apos;s fi&amp;gure</source>
        <translation>Använd pr&amp;ogrammets värde</translation>
    </message>
    <message>
        <source>Put back the program&apos;s figure for the category (or none)</source>
        <translation>Återställ programmets värde för området (eller inget värde)</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Återställ standard</translation>
    </message>
    <message>
        <source>Status of the gender balance</source>
        <translation>Status för könsfördelningen</translation>
    </message>
    <message>
        <source>No figure: not counted</source>
        <translation>Inget värde: räknas inte</translation>
    </message>
    <message>
        <source>Your figure: %1</source>
        <translation>Ditt värde: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Varken eller</translation>
    </message>
    <message>
        <source>Choose a category in the table.</source>
        <translation>Välj ett område i tabellen.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>Värdet sparades inte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Default figure restored.</source>
        <translation>Standardvärdet är återställt.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Keep mine</source>
        <translation>Behåll mitt</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>%1: keep mine</source>
        <translation>%1: behåll mitt</translation>
    </message>
    <message>
        <source>%1: take theirs</source>
        <translation>%1: ta deras</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>Du skrev</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 sparade</translation>
    </message>
    <message>
        <source>Merge: edit the text below</source>
        <translation>Slå ihop: redigera texten nedan</translation>
    </message>
    <message>
        <source>%1: merge by editing</source>
        <translation>%1: slå ihop genom att redigera</translation>
    </message>
    <message>
        <source>%1, merged</source>
        <translation>%1, sammanslaget</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Double-click a row or press Enter to open its employer.</source>
        <translation>Dubbelklicka på en rad eller tryck Retur för att öppna arbetsgivaren.</translation>
    </message>
    <message>
        <source>Record contact…</source>
        <translation>Registrera kontakt…</translation>
    </message>
    <message>
        <source>Record the new contact with the employer; saving it marks this done.</source>
        <translation>Registrera den nya kontakten med arbetsgivaren; när den sparas markeras uppföljningen som klar.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Done without a new contact to record.</source>
        <translation>Klar utan någon ny kontakt att registrera.</translation>
    </message>
    <message>
        <source>The follow-up was not marked done</source>
        <translation>Uppföljningen markerades inte som klar</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Försenad %n dag</numerusform>
            <numerusform>Försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>I dag</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Om %n dag</numerusform>
            <numerusform>Om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>* Required</source>
        <translation>* Obligatoriskt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 av 5</translation>
    </message>
</context>
<context>
    <name>HeadlinePanel</name>
    <message>
        <source>Targets and headline figures</source>
        <translation>Mål och nyckeltal</translation>
    </message>
    <message>
        <source>Placement type of the conversion</source>
        <translation>Placeringstyp för övergången till anställning</translation>
    </message>
    <message>
        <source>Placement t&amp;ype:</source>
        <translation>Placeringst&amp;yp:</translation>
    </message>
    <message>
        <source>A field is gender-traditional when more than 60 % of those employed in it are of one gender. The field is the category of the placement&apos;s first task; the shares of women per category are in the settings.</source>
        <translation>Ett område är könstraditionellt när mer än 60 % av de anställda inom det är av ett kön. Området är uppgiftsområdet för placeringens första uppgift; andelen kvinnor per uppgiftsområde finns i inställningarna.</translation>
    </message>
    <message>
        <source>Measure of the trend</source>
        <translation>Mått för trenden</translation>
    </message>
    <message>
        <source>T&amp;rend of:</source>
        <translation>Tren&amp;d för:</translation>
    </message>
    <message>
        <source>A bar a calendar year, up to five years ending in the period&apos;s year (this year&apos;s hollow: the year is not over); the dashed line is the target.</source>
        <translation>En stapel per kalenderår, upp till fem år fram till periodens år (årets ofylld: året är inte slut); den streckade linjen är målet.</translation>
    </message>
    <message>
        <source>Each figure of the period beside the target for %1 (set in the settings). A count is the period&apos;s; its target is the year&apos;s.</source>
        <translation>Varje nyckeltal för perioden bredvid målet för %1 (anges i inställningarna). Ett antal gäller perioden; dess mål gäller året.</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (mål %2)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Ended placements that became employment: none ended in the period.</source>
        <translation>Avslutade placeringar som ledde till anställning: ingen avslutades under perioden.</translation>
    </message>
    <message>
        <source>Ended placements that became employment: %1 of %2 (%3)</source>
        <translation>Avslutade placeringar som ledde till anställning: %1 av %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <source>Placements started outside gender-traditional fields: women %1, men %2; field not known: %3</source>
        <translation>Startade placeringar utanför könstraditionella områden: kvinnor %1, män %2; okänt område: %3</translation>
    </message>
    <message>
        <source>Employers with a placement started in the period: %1; of these, %2 had one before and %3 took two or more in the period.</source>
        <translation>Arbetsgivare med en placering som startade under perioden: %1; av dessa hade %2 haft en placering tidigare och %3 tog emot två eller fler under perioden.</translation>
    </message>
    <message>
        <source>No municipal cost is recorded for the period.</source>
        <translation>Ingen kommunal kostnad är registrerad för perioden.</translation>
    </message>
    <message>
        <source>%1 %2 kr</source>
        <translation>%1 %2 kr</translation>
    </message>
    <message>
        <source>no subsidy type</source>
        <translation>ingen stödtyp</translation>
    </message>
    <message>
        <source>The municipality&apos;s cost in the period: %1; in all %2 kr</source>
        <translation>Kommunens kostnad under perioden: %1; totalt %2 kr</translation>
    </message>
    <message>
        <source>Trend of %1</source>
        <translation>Trend för %1</translation>
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
        <translation>tabb</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importera från ett kalkylark</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Windows-1252 (Swedish Excel)</source>
        <translation>Windows-1252 (svenskt Excel)</translation>
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
        <translation>Tabb</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolumner</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisning</translation>
    </message>
    <message>
        <source>Leave &amp;out the refused rows and import the rest</source>
        <translation>&amp;Hoppa över de avvisade raderna och importera resten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Välj ett kalkylark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt)</source>
        <translation>Kalkylark (*.csv *.xlsx *.ods *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Read as an OpenDocument spreadsheet</source>
        <translation>Läst som OpenDocument-kalkylark</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook (Excel or OpenDocument) with a row of headings. Headings such as Förnamn, Efternamn, Personnummer, Arbetsgivare, Org.nr and Startdatum are recognised; you can say what the others are. Nothing is saved until you press Import.</source>
        <translation>Välj en CSV-fil eller en arbetsbok (Excel eller OpenDocument) med en rubrikrad. Rubriker som Förnamn, Efternamn, Personnummer, Arbetsgivare, Org.nr och Startdatum känns igen; vad de andra är kan du ange själv. Inget sparas förrän du trycker Importera.</translation>
    </message>
    <message>
        <source>Read as an Excel workbook</source>
        <translation>Läst som Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Read as %1, %2</source>
        <translation>Läst som %1, %2</translation>
    </message>
    <message>
        <source>Choose which column holds: %1</source>
        <translation>Välj vilken kolumn som innehåller: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n redan registrerad</numerusform>
            <numerusform>%n redan registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n att uppdatera</numerusform>
            <numerusform>%n att uppdatera</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Kunde inte importera</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Importerade %n post.</numerusform>
            <numerusform>Importerade %n poster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With them %n contact(s).</source>
        <translation>
            <numerusform>Med dem %n kontakt.</numerusform>
            <numerusform>Med dem %n kontakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n avvisad rad hoppades över.</numerusform>
            <numerusform>%n avvisade rader hoppades över.</numerusform>
        </translation>
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
        <source>Employers who felt supported,
of the placements followed up</source>
        <translation>Arbetsgivare som känt sig stöttade,
av de uppföljda placeringarna</translation>
    </message>
    <message>
        <source>Participants who felt supported,
of the placements followed up</source>
        <translation>Deltagare som känt sig stöttade,
av de uppföljda placeringarna</translation>
    </message>
    <message>
        <source>Of the placements whose feedback rated the support during the period (the latest rating of each): how many rated it 4 or 5 of 5.</source>
        <translation>Av placeringarna där återkopplingen under perioden bedömde stödet (den senaste bedömningen för varje): hur många som gav 4 eller 5 av 5.</translation>
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
        <translation>Avslutad</translation>
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
        <source>In work</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>In studies</source>
        <translation>Studerar</translation>
    </message>
    <message>
        <source>In another measure</source>
        <translation>I annan insats</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ingen av dessa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
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
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
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
        <source>Check-in</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Employer&apos;s task</source>
        <translation>Arbetsgivarens uppgift</translation>
    </message>
    <message>
        <source>Outcome check</source>
        <translation>Uppföljning efter avslut</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Listpost</translation>
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
    <message>
        <source>Printed</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <source>Purged by retention</source>
        <translation>Gallrat enligt beslut</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Misslyckad upplåsning</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningar ändrade</translation>
    </message>
    <message>
        <source>Encryption changed</source>
        <translation>Kryptering ändrad</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Databasen krypterad</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfrasen bytt</translation>
    </message>
    <message>
        <source>Readable copies encrypted</source>
        <translation>Läsbara kopior krypterade</translation>
    </message>
    <message>
        <source>Readable copies removed</source>
        <translation>Läsbara kopior borttagna</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Tagen för hand</translation>
    </message>
    <message>
        <source>Follow-up summary</source>
        <translation>Uppföljning av placering</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistikrapport</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Enkät</translation>
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
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>List of employers</source>
        <translation>Arbetsgivarlista</translation>
    </message>
    <message>
        <source>List of placements</source>
        <translation>Placeringslista</translation>
    </message>
    <message>
        <source>List of check-ins</source>
        <translation>Avstämningslista</translation>
    </message>
    <message>
        <source>Notes of a placement</source>
        <translation>Anteckningar för en placering</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Samordnarens namn</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Samordnarens telefon</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>Samordnarens e-post</translation>
    </message>
    <message>
        <source>Default follow-up plan</source>
        <translation>Standardplan för uppföljning</translation>
    </message>
    <message>
        <source>Follow-up plan of a placement type</source>
        <translation>Uppföljningsplan för en placeringstyp</translation>
    </message>
    <message>
        <source>Silent after</source>
        <translation>Tyst efter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Säkerhetskopior att spara</translation>
    </message>
    <message>
        <source>Oldest backup kept</source>
        <translation>Äldsta säkerhetskopia som sparas</translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation>Intervall för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lås efter</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation>Gallring av avslutade ärenden</translation>
    </message>
    <message>
        <source>Decision for closed cases</source>
        <translation>Beslut för avslutade ärenden</translation>
    </message>
    <message>
        <source>Retention of logs</source>
        <translation>Gallring av loggar</translation>
    </message>
    <message>
        <source>Decision for logs</source>
        <translation>Beslut för loggar</translation>
    </message>
    <message>
        <source>Largest file to import</source>
        <translation>Största fil att importera</translation>
    </message>
    <message>
        <source>Most rows to import</source>
        <translation>Flest rader att importera</translation>
    </message>
    <message>
        <source>Longest cell to import</source>
        <translation>Längsta cell att importera</translation>
    </message>
    <message>
        <source>Largest workbook unpacked</source>
        <translation>Största uppackade arbetsbok</translation>
    </message>
    <message>
        <source>List of placement types</source>
        <translation>Lista över placeringstyper</translation>
    </message>
    <message>
        <source>List of note kinds</source>
        <translation>Lista över anteckningstyper</translation>
    </message>
    <message>
        <source>List of referral sources</source>
        <translation>Lista över remittenter</translation>
    </message>
    <message>
        <source>List of ending reasons</source>
        <translation>Lista över avslutsorsaker</translation>
    </message>
    <message>
        <source>Reporting categories for SUS</source>
        <translation>Rapportkategorier för SUS</translation>
    </message>
    <message>
        <source>Reporting categories for the social services</source>
        <translation>Rapportkategorier för socialtjänsten</translation>
    </message>
    <message>
        <source>Reporting categories for ESF</source>
        <translation>Rapportkategorier för ESF</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Request for erasure granted (GDPR art. 17)</source>
        <translation>Begäran om radering beviljad (GDPR art. 17)</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>Registrerad av misstag</translation>
    </message>
    <message>
        <source>The municipality&apos;s retention decision</source>
        <translation>Kommunens gallringsbeslut</translation>
    </message>
    <message>
        <source>Order of a court or supervisory authority</source>
        <translation>Beslut av domstol eller tillsynsmyndighet</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Avstämningar</translation>
    </message>
    <message>
        <source>Network contacts</source>
        <translation>Nätverkskontakter</translation>
    </message>
    <message>
        <source>Employers&apos; tasks on offer</source>
        <translation>Arbetsgivarnas uppgifter</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>varje dag</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>var {nth} dag</translation>
    </message>
    <message>
        <source>{rhythm} for 1 week</source>
        <translation>{rhythm} i 1 vecka</translation>
    </message>
    <message>
        <source>{rhythm} for {weeks} weeks</source>
        <translation>{rhythm} i {weeks} veckor</translation>
    </message>
    <message>
        <source>silent after 1 day</source>
        <translation>tyst efter 1 dag</translation>
    </message>
    <message>
        <source>silent after {days} days</source>
        <translation>tyst efter {days} dagar</translation>
    </message>
    <message>
        <source>{rhythm}, {silence}</source>
        <translation>{rhythm}, {silence}</translation>
    </message>
    <message>
        <source>{first}; then {rest}</source>
        <translation>{first}; sedan {rest}</translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {phase}</source>
        <translation>Fas {number} av {count}: {phase}</translation>
    </message>
    <message>
        <source>No planned follow-up</source>
        <translation>Ingen planerad uppföljning</translation>
    </message>
    <message>
        <source>The participant comes to work as agreed.</source>
        <translation>Deltagaren har kommit som överenskommet.</translation>
    </message>
    <message>
        <source>The participant manages the work tasks.</source>
        <translation>Deltagaren klarar arbetsuppgifterna.</translation>
    </message>
    <message>
        <source>Working together with the participant goes well.</source>
        <translation>Samarbetet med deltagaren fungerar.</translation>
    </message>
    <message>
        <source>The participant has developed during the placement.</source>
        <translation>Deltagaren har utvecklats under placeringen.</translation>
    </message>
    <message>
        <source>I have felt supported by the ambassador.</source>
        <translation>Jag har känt mig stöttad av ambassadören.</translation>
    </message>
    <message>
        <source>I have been able to be at the workplace as planned.</source>
        <translation>Jag har kunnat vara på arbetsplatsen som planerat.</translation>
    </message>
    <message>
        <source>I manage the work tasks.</source>
        <translation>Jag klarar arbetsuppgifterna.</translation>
    </message>
    <message>
        <source>I get on well with my workmates and supervisor.</source>
        <translation>Jag trivs med arbetskamrater och handledare.</translation>
    </message>
    <message>
        <source>I have learned new things.</source>
        <translation>Jag har lärt mig nya saker.</translation>
    </message>
    <message>
        <source>I have had the support I needed from the ambassador.</source>
        <translation>Jag har fått det stöd jag behövt av ambassadören.</translation>
    </message>
    <message>
        <source>Do not agree at all</source>
        <translation>Instämmer inte alls</translation>
    </message>
    <message>
        <source>Fully agree</source>
        <translation>Instämmer helt</translation>
    </message>
    <message>
        <source>Could you consider hiring the participant?</source>
        <translation>Skulle ni kunna tänka er att anställa deltagaren?</translation>
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
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>The participant&apos;s strengths</source>
        <translation>Deltagarens styrkor</translation>
    </message>
    <message>
        <source>What the participant could develop</source>
        <translation>Vad deltagaren kan utveckla</translation>
    </message>
    <message>
        <source>What has gone well</source>
        <translation>Vad har fungerat bra</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Vad kan bli bättre</translation>
    </message>
    <message>
        <source>{supported} of {rated} respondents ({percent}) felt supported</source>
        <translation>{supported} av {rated} svarande ({percent}) kände sig stöttade</translation>
    </message>
    <message>
        <source>{answered} answers of {sent} sent</source>
        <translation>{answered} svar av {sent} skickade</translation>
    </message>
    <message>
        <source>No questionnaire sent in the period</source>
        <translation>Ingen enkät skickad under perioden</translation>
    </message>
    <message>
        <source>No answer about the support yet</source>
        <translation>Inget svar om stödet ännu</translation>
    </message>
    <message>
        <source>SUS (coordination associations)</source>
        <translation>SUS (samordningsförbund)</translation>
    </message>
    <message>
        <source>Social services&apos; monthly reporting</source>
        <translation>Socialtjänstens månadsrapportering</translation>
    </message>
    <message>
        <source>ESF participant reporting</source>
        <translation>ESF:s deltagarrapportering</translation>
    </message>
    <message>
        <source>Follow-up to the region</source>
        <translation>Uppföljning till regionen</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Utan kategori</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>Into work or education (%)</source>
        <translation>Till arbete eller studier (%)</translation>
    </message>
    <message>
        <source>Participants who felt supported (%)</source>
        <translation>Deltagare som kände sig stöttade (%)</translation>
    </message>
    <message>
        <source>Employers who felt supported (%)</source>
        <translation>Arbetsgivare som kände sig stöttade (%)</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Startade placeringar</translation>
    </message>
    <message>
        <source>People started</source>
        <translation>Personer som startat</translation>
    </message>
    <message>
        <source>Ended placements that became employment (%)</source>
        <translation>Avslutade placeringar som ledde till anställning (%)</translation>
    </message>
    <message>
        <source>Placements outside gender-traditional fields (%)</source>
        <translation>Placeringar utanför könstraditionella områden (%)</translation>
    </message>
    <message>
        <source>Returning employers (%)</source>
        <translation>Återkommande arbetsgivare (%)</translation>
    </message>
    <message>
        <source>Placements started of a type</source>
        <translation>Startade placeringar av en typ</translation>
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
    <name>ListExportsPanel</name>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV för Excel (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include personal &amp;identity numbers</source>
        <translation>Ta med &amp;personnummer</translation>
    </message>
    <message>
        <source>Only when the receiver needs them; the file is logged either way.</source>
        <translation>Bara när mottagaren behöver dem; filen loggas i vilket fall.</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exportera lista…</translation>
    </message>
    <message>
        <source>Check-ins to &amp;Outlook (.ics)…</source>
        <translation>Avstämningar till &amp;Outlook (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importera från kalkylark…</translation>
    </message>
    <message>
        <source>A list holds every record of its register; the check-ins list, those of the chosen period. The calendar file has the check-ins of the past month and the coming year, titled with first name and employer only. Every file is logged.</source>
        <translation>En lista tar med alla poster i sitt register; avstämningslistan de under vald period. Kalenderfilen har avstämningarna från den senaste månaden och det kommande året, med bara förnamn och arbetsgivare i rubriken. Varje fil loggas.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The window was locked after a while without use. Enter the passphrase to go on.</source>
        <translation>Fönstret låstes efter en stund utan användning. Skriv lösenfrasen för att fortsätta.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Nothing is shown while the window is locked.</source>
        <translation>Ingenting visas medan fönstret är låst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ambassador – %1</source>
        <translation>Ambassador – %1</translation>
    </message>
    <message>
        <source>encrypted connection</source>
        <translation>krypterad anslutning</translation>
    </message>
    <message>
        <source>unencrypted connection</source>
        <translation>okrypterad anslutning</translation>
    </message>
    <message>
        <source>Ambassador – %1 (%2)</source>
        <translation>Ambassador – %1 (%2)</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Visa &amp;loggmappen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
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
        <source>Data safety</source>
        <translation>Datasäkerhet</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
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
        <translation>Placeringar och personer i hela organisationen och i varje enhet. En grupp med färre än 5 visas inte, och inte heller en annan liten grupp där den skulle kunna räknas fram ur en summa. Aktiva: pågick någon gång under året; avslutade: avslutades under året.</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Suggested employers for %1</source>
        <translation>Föreslagna arbetsgivare för %1</translation>
    </message>
    <message>
        <source>Employers with a free place and a task in: %1.</source>
        <translation>Arbetsgivare med en ledig plats och en uppgift inom: %1.</translation>
    </message>
    <message>
        <source>No task interests are recorded, so tasks of every kind are suggested. Tick interests on the participant to narrow the list.</source>
        <translation>Inga intressen för uppgifter är registrerade, så uppgifter av alla slag föreslås. Kryssa i intressen hos deltagaren för att begränsa listan.</translation>
    </message>
    <message>
        <source>Tasks that ask for something the person cannot do are left out.</source>
        <translation>Uppgifter som kräver något som personen inte klarar tas inte med.</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Tasks that fit</source>
        <translation>Uppgifter som passar</translation>
    </message>
    <message>
        <source>Suggested employers</source>
        <translation>Föreslagna arbetsgivare</translation>
    </message>
    <message>
        <source>No employer with a free place offers a task that fits. List the tasks each employer can offer under Employers, or tick other interests on the participant.</source>
        <translation>Ingen arbetsgivare med ledig plats erbjuder en uppgift som passar. Lägg in de uppgifter som varje arbetsgivare kan erbjuda under Arbetsgivare, eller kryssa i andra intressen hos deltagaren.</translation>
    </message>
    <message>
        <source>Start placement</source>
        <translation>Starta placering</translation>
    </message>
    <message>
        <source>A new placement at the chosen employer</source>
        <translation>En ny placering hos den valda arbetsgivaren</translation>
    </message>
    <message>
        <source>Show employer</source>
        <translation>Visa arbetsgivaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n ledig plats</numerusform>
            <numerusform>%n lediga platser</numerusform>
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
        <translation>Redigera mentor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>The unit (any employer)</source>
        <translation>Enheten (alla arbetsgivare)</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbetar hos</translation>
    </message>
    <message>
        <source>A mentor at an employer is offered on that employer&apos;s placements; the unit&apos;s own on every placement.</source>
        <translation>En mentor hos en arbetsgivare erbjuds på den arbetsgivarens placeringar; enhetens egna på alla placeringar.</translation>
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
        <source>this mentor</source>
        <translation>den här mentorn</translation>
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
        <translation>En mentor handleder en deltagare under en placering, hos arbetsgivaren eller från enheten; i placeringens formulär anges mentorn och mentorns timmar per vecka. Varje mentor sparas i sitt eget formulär.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbetar hos</translation>
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
        <source>No mentors yet. Add the unit&apos;s own, or one at an employer, with New mentor.</source>
        <translation>Inga mentorer ännu. Lägg till enhetens egna, eller en hos en arbetsgivare, med Ny mentor.</translation>
    </message>
    <message>
        <source>New mentor…</source>
        <translation>Ny mentor…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the chosen mentor</source>
        <translation>Redigera den valda mentorn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen mentor</source>
        <translation>Ta bort den valda mentorn</translation>
    </message>
    <message>
        <source>Remove mentor</source>
        <translation>Ta bort mentor</translation>
    </message>
    <message>
        <source>Remove %1 from the mentors?</source>
        <translation>Ta bort %1 från mentorerna?</translation>
    </message>
    <message>
        <source>The mentor was not removed</source>
        <translation>Mentorn togs inte bort</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Enheten</translation>
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
        <source>Give an amount from 0 to 1,000,000 kronor a month.</source>
        <translation>Ange ett belopp från 0 till 1 000 000 kronor per månad.</translation>
    </message>
    <message>
        <source>Give a mentor&apos;s hours from 0 to 60 a week.</source>
        <translation>Ange mentorns timmar från 0 till 60 per vecka.</translation>
    </message>
    <message>
        <source>Choose the subsidy type the amount or share is for.</source>
        <translation>Välj den stödtyp som beloppet eller andelen gäller.</translation>
    </message>
    <message>
        <source>Give a number of days from 1 to 365.</source>
        <translation>Ange ett antal dagar från 1 till 365.</translation>
    </message>
    <message>
        <source>Give a number from {low} to {high}.</source>
        <translation>Ange ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <source>Cite the retention decision this period comes from.</source>
        <translation>Ange vilket gallringsbeslut fristen kommer från.</translation>
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
        <source>Choose Swedish, English or Danish.</source>
        <translation>Välj svenska, engelska eller danska.</translation>
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
        <source>A name needs at least one letter.</source>
        <translation>Ett namn behöver minst en bokstav.</translation>
    </message>
    <message>
        <source>The documents cannot print letters of this script: write the name as the population register does.</source>
        <translation>Dokumenten kan inte skriva ut bokstäver i den här skriften: skriv namnet som folkbokföringen gör.</translation>
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
        <source>The mentor must be the chosen employer&apos;s or the unit&apos;s own.</source>
        <translation>Mentorn måste vara den valda arbetsgivarens eller enhetens egen.</translation>
    </message>
    <message>
        <source>The project is no longer there. Choose another.</source>
        <translation>Projektet finns inte längre. Välj ett annat.</translation>
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
        <source>The disk is full; the database could not be read.</source>
        <translation>Disken är full; databasen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The database is busy in another program; nothing was saved.</source>
        <translation>Databasen används av ett annat program; inget sparades.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Databasen används av ett annat program; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database could not be written; nothing was saved.</source>
        <translation>Det gick inte att skriva till databasen; inget sparades.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>Det gick inte att läsa databasen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. Try again.</source>
        <translation>Anslutningen till databasservern bröts; inget sparades. Försök igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Try again.</source>
        <translation>Anslutningen till databasservern bröts. Försök igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving; the change may or may not have been saved. Look before trying again.</source>
        <translation>Anslutningen till databasservern bröts medan ändringen sparades; den kan ha sparats eller inte. Kontrollera innan du försöker igen.</translation>
    </message>
    <message>
        <source>The database server refused the sign-in: the user name or password is wrong</source>
        <translation>Databasservern nekade inloggningen: användarnamnet eller lösenordet är fel</translation>
    </message>
    <message>
        <source>You do not have permission to do this on the database server; nothing was saved.</source>
        <translation>Du har inte behörighet att göra detta på databasservern; inget sparades.</translation>
    </message>
    <message>
        <source>You do not have permission to read this on the database server.</source>
        <translation>Du har inte behörighet att läsa detta på databasservern.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same time; nothing was saved. Try again.</source>
        <translation>Någon annan ändrade samma uppgifter samtidigt; inget sparades. Försök igen.</translation>
    </message>
    <message>
        <source>Someone else was changing the same records; nothing could be read. Try again.</source>
        <translation>Någon annan ändrade samma uppgifter; inget kunde läsas. Försök igen.</translation>
    </message>
    <message>
        <source>A record with the same identity number or other unique detail was saved at the same time; nothing was saved. Look it up before trying again.</source>
        <translation>En post med samma personnummer eller annan unik uppgift sparades samtidigt; inget sparades. Sök upp den innan du försöker igen.</translation>
    </message>
    <message>
        <source>The database server took too long and stopped the work; nothing was saved. Try again.</source>
        <translation>Databasservern tog för lång tid och avbröt arbetet; inget sparades. Försök igen.</translation>
    </message>
    <message>
        <source>The database server took too long and stopped reading. Try again.</source>
        <translation>Databasservern tog för lång tid och avbröt läsningen. Försök igen.</translation>
    </message>
    <message>
        <source>The database is locked; unlock it first.</source>
        <translation>Databasen är låst; lås upp den först.</translation>
    </message>
    <message>
        <source>The database is open read-only: it can be read, not changed; nothing was saved.</source>
        <translation>Databasen är öppnad skrivskyddad: den kan läsas men inte ändras; inget sparades.</translation>
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
        <source>This file is not an Ambassador database: it holds nothing. A new database is made only where there is no file yet</source>
        <translation>Filen är inte en Ambassador-databas: den är tom. En ny databas skapas bara där det inte redan finns en fil</translation>
    </message>
    <message>
        <source>This Ambassador database is damaged</source>
        <translation>Ambassador-databasen är skadad</translation>
    </message>
    <message>
        <source>This Ambassador database is damaged: its tables are not those its version must have</source>
        <translation>Ambassador-databasen är skadad: dess tabeller är inte de som dess version ska ha</translation>
    </message>
    <message>
        <source>There is no such file</source>
        <translation>Filen finns inte</translation>
    </message>
    <message>
        <source>A file is already there; a new database is never made over a file</source>
        <translation>Det finns redan en fil där; en ny databas skapas aldrig över en fil</translation>
    </message>
    <message>
        <source>A new database cannot be made here: the folder cannot be written</source>
        <translation>En ny databas kan inte skapas här: det går inte att skriva i mappen</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Ambassador</source>
        <translation>Databasen är skapad av en nyare version av Ambassador</translation>
    </message>
    <message>
        <source>This database was made by an earlier version of Ambassador and must be upgraded before this one reads it, which cannot be done while the file is read-only</source>
        <translation>Databasen är skapad av en tidigare version av Ambassador och måste uppgraderas innan den här versionen kan läsa den, vilket inte går så länge filen är skrivskyddad</translation>
    </message>
    <message>
        <source>This database file is read-only: it can be read, but not changed</source>
        <translation>Databasfilen är skrivskyddad: den kan läsas men inte ändras</translation>
    </message>
    <message>
        <source>This database is encrypted; it needs its passphrase.</source>
        <translation>Databasen är krypterad; den behöver sin lösenfras.</translation>
    </message>
    <message>
        <source>This key does not open this database.</source>
        <translation>Nyckeln öppnar inte den här databasen.</translation>
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
        <source>Someone else saved this record after you opened it, so nothing was changed. Look at it again and repeat what you did if it is still needed.</source>
        <translation>Någon annan sparade uppgifterna efter att du öppnade dem, så inget ändrades. Titta på dem igen och gör om det du gjorde om det fortfarande behövs.</translation>
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
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>Skriv klockslaget som TT:MM, till exempel 09:30.</translation>
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
    <message>
        <source>Nothing was written: every document and list is recorded in the database&apos;s export log, and this database is open read-only.</source>
        <translation>Inget skrevs: varje dokument och lista förs in i databasens exportlogg, och databasen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>The reference may hold at most 100 characters.</source>
        <translation>Referensen får ha högst 100 tecken.</translation>
    </message>
    <message>
        <source>Give the reference (case or decision number) of the legal basis.</source>
        <translation>Ange referensen (diarie- eller beslutsnummer) för den rättsliga grunden.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>En lösenfras behöver minst {count} tecken.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>Databasen är redan krypterad.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen är inte krypterad.</translation>
    </message>
    <message>
        <source>The backup could not be written to its folder; your data is unchanged.</source>
        <translation>Säkerhetskopian kunde inte skrivas till sin mapp; dina uppgifter är oförändrade.</translation>
    </message>
    <message>
        <source>This backup is damaged or not a backup.</source>
        <translation>Säkerhetskopian är skadad eller ingen säkerhetskopia.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is unchanged.</source>
        <translation>Säkerhetskopian kunde inte läggas på plats; databasen är oförändrad.</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it is unchanged and still readable.</source>
        <translation>Databasen kunde inte krypteras; den är oförändrad och går fortfarande att läsa.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Lösenfrasen stämmer inte.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>Återställningsnyckeln stämmer inte.</translation>
    </message>
    <message>
        <source>The key file beside the database is missing or damaged; use the recovery key.</source>
        <translation>Nyckelfilen bredvid databasen saknas eller är skadad; använd återställningsnyckeln.</translation>
    </message>
    <message>
        <source>The key file could not be written.</source>
        <translation>Nyckelfilen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>Write the follow-up plan as a number of days, such as 14, or in words, such as every 7 days for 4 weeks; then every 30 days.</source>
        <translation>Skriv uppföljningsplanen som ett antal dagar, till exempel 14, eller i ord, till exempel var 7:e dag i 4 veckor; sedan var 30:e dag.</translation>
    </message>
    <message>
        <source>The cell holds a formula; copy the column and paste it as values.</source>
        <translation>Cellen innehåller en formel; kopiera kolumnen och klistra in den som värden.</translation>
    </message>
    <message>
        <source>The cell holds a NUL byte, which no text has: the file is damaged here. Correct the cell in the spreadsheet program, or leave the row out.</source>
        <translation>Cellen innehåller en NUL-byte, som ingen text har: filen är skadad här. Rätta cellen i kalkylprogrammet, eller lämna raden utanför.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen innehåller inga rader.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete; save it again from the spreadsheet program.</source>
        <translation>Filen är skadad eller ofullständig; spara den igen från kalkylprogrammet.</translation>
    </message>
    <message>
        <source>The file is neither CSV text nor a workbook (Excel .xlsx or OpenDocument .ods); save it from the spreadsheet program as one of those.</source>
        <translation>Filen är varken CSV-text eller en arbetsbok (Excel .xlsx eller OpenDocument .ods); spara den från kalkylprogrammet som något av dem.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls) or one protected by a password; save it as an Excel workbook (.xlsx) without a password, or as CSV.</source>
        <translation>Filen är en äldre Excel-arbetsbok (.xls) eller skyddad med lösenord; spara den som Excel-arbetsbok (.xlsx) utan lösenord, eller som CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet is protected by a password; save it again without one, or as CSV.</source>
        <translation>Kalkylarket är skyddat med lösenord; spara det igen utan lösenord, eller som CSV.</translation>
    </message>
    <message>
        <source>A quotation mark in the file is never closed, so its rows cannot be told apart; open the file in the spreadsheet program and save it again.</source>
        <translation>Ett citattecken i filen stängs aldrig, så raderna går inte att skilja åt; öppna filen i kalkylprogrammet och spara den igen.</translation>
    </message>
    <message>
        <source>The file cannot be opened; check that it still exists and that you may read it.</source>
        <translation>Filen kan inte öppnas; kontrollera att den finns kvar och att du får läsa den.</translation>
    </message>
    <message>
        <source>This is a folder, not a file; choose the spreadsheet file in it.</source>
        <translation>Det här är en mapp, inte en fil; välj kalkylarksfilen i den.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, the most one import reads; split it into smaller files, or raise the limit in the settings (Data safety).</source>
        <translation>Filen är större än {megabytes} MB, det mesta en import läser; dela upp den i mindre filer, eller höj gränsen i inställningarna (Datasäkerhet).</translation>
    </message>
    <message>
        <source>The file has more than {rows} rows, the most one import reads; split it into smaller files, or raise the limit in the settings (Data safety).</source>
        <translation>Filen har fler än {rows} rader, det mesta en import läser; dela upp den i mindre filer, eller höj gränsen i inställningarna (Datasäkerhet).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {characters} characters, the most a cell may hold; shorten it, or raise the limit in the settings (Data safety).</source>
        <translation>Rad {row} har en cell med fler än {characters} tecken, det mesta en cell får rymma; korta den, eller höj gränsen i inställningarna (Datasäkerhet).</translation>
    </message>
    <message>
        <source>A cell in the file is longer than {characters} characters, the most a cell may hold; shorten it, or raise the limit in the settings (Data safety).</source>
        <translation>En cell i filen har fler än {characters} tecken, det mesta en cell får rymma; korta den, eller höj gränsen i inställningarna (Datasäkerhet).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {megabytes} MB, the most one import reads; it is damaged or holds far more than its rows. Save it again from the spreadsheet program, or raise the limit in the settings (Data safety).</source>
        <translation>Arbetsboken packas upp till mer än {megabytes} MB, det mesta en import läser; den är skadad eller rymmer långt mer än sina rader. Spara den igen från kalkylprogrammet, eller höj gränsen i inställningarna (Datasäkerhet).</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01, 1/3/2026 or 20260301.</source>
        <translation>Skriv datumet som 2026-03-01, 1/3/2026 eller 20260301.</translation>
    </message>
    <message>
        <source>Write a number, such as 20 or 37,5.</source>
        <translation>Skriv ett tal, till exempel 20 eller 37,5.</translation>
    </message>
    <message>
        <source>Write a whole number, such as 14.</source>
        <translation>Skriv ett heltal, till exempel 14.</translation>
    </message>
    <message>
        <source>Write ja or nej.</source>
        <translation>Skriv ja eller nej.</translation>
    </message>
    <message>
        <source>Write one of: {choices}.</source>
        <translation>Skriv något av: {choices}.</translation>
    </message>
    <message>
        <source>{count} rows have problems, so nothing was imported. Correct them in the file, or leave them out.</source>
        <translation>{count} rader har fel, så inget importerades. Rätta dem i filen, eller hoppa över dem.</translation>
    </message>
    <message>
        <source>Already registered with this personal identity number; left as it is.</source>
        <translation>Redan registrerad med detta personnummer; lämnas som den är.</translation>
    </message>
    <message>
        <source>A participant with this name is already registered; left as it is.</source>
        <translation>En deltagare med detta namn är redan registrerad; lämnas som den är.</translation>
    </message>
    <message>
        <source>Already registered with this organisation number; left as it is.</source>
        <translation>Redan registrerad med detta organisationsnummer; lämnas som den är.</translation>
    </message>
    <message>
        <source>An employer with this name is already registered; left as it is.</source>
        <translation>En arbetsgivare med detta namn är redan registrerad; lämnas som den är.</translation>
    </message>
    <message>
        <source>This placement (same participant, employer and start) is already registered.</source>
        <translation>Placeringen (samma deltagare, arbetsgivare och start) är redan registrerad.</translation>
    </message>
    <message>
        <source>The same as row {row} of the file.</source>
        <translation>Samma som rad {row} i filen.</translation>
    </message>
    <message>
        <source>This personal identity number is registered for a participant with another name; check the number and the name.</source>
        <translation>Personnumret är registrerat för en deltagare med ett annat namn; kontrollera numret och namnet.</translation>
    </message>
    <message>
        <source>The same personal identity number is on row {rows} of the file too; keep one of the rows.</source>
        <translation>Samma personnummer finns också på rad {rows} i filen; behåll en av raderna.</translation>
    </message>
    <message>
        <source>The same name is on row {rows} of the file too, with no personal identity number to tell them apart; keep one of the rows, or give the numbers.</source>
        <translation>Samma namn finns också på rad {rows} i filen, utan personnummer som skiljer dem åt; behåll en av raderna, eller ange numren.</translation>
    </message>
    <message>
        <source>The same organisation number is on row {rows} of the file with another name; one number is one employer, so correct the number or the name.</source>
        <translation>Samma organisationsnummer finns på rad {rows} i filen med ett annat namn; ett nummer är en arbetsgivare, så rätta numret eller namnet.</translation>
    </message>
    <message>
        <source>The same placement (participant, employer and start) is on row {rows} of the file too; keep one of the rows.</source>
        <translation>Samma placering (deltagare, arbetsgivare och start) finns också på rad {rows} i filen; behåll en av raderna.</translation>
    </message>
    <message>
        <source>No participant with this name or personal identity number is registered.</source>
        <translation>Ingen deltagare med detta namn eller personnummer är registrerad.</translation>
    </message>
    <message>
        <source>Several participants have this name; add a column with the personal identity number.</source>
        <translation>Flera deltagare har detta namn; lägg till en kolumn med personnumret.</translation>
    </message>
    <message>
        <source>No employer with this name or organisation number is registered.</source>
        <translation>Ingen arbetsgivare med detta namn eller organisationsnummer är registrerad.</translation>
    </message>
    <message>
        <source>Several employers have this name; add a column with the organisation number.</source>
        <translation>Flera arbetsgivare har detta namn; lägg till en kolumn med organisationsnumret.</translation>
    </message>
    <message>
        <source>Not one of the placement types in the settings: {types}.</source>
        <translation>Inte en av placeringstyperna i inställningarna: {types}.</translation>
    </message>
    <message>
        <source>The employer has no contact with this name; add the contact first.</source>
        <translation>Arbetsgivaren har ingen kontakt med detta namn; lägg till kontakten först.</translation>
    </message>
    <message>
        <source>Not one of the task categories in the settings: {categories}.</source>
        <translation>Finns inte bland uppgiftsområdena i inställningarna: {categories}.</translation>
    </message>
    <message>
        <source>Not one of the task requirements in the settings: {requirements}.</source>
        <translation>Finns inte bland kraven i inställningarna: {requirements}.</translation>
    </message>
    <message>
        <source>The employer already lists this task: its category and requirements are updated.</source>
        <translation>Arbetsgivaren har redan den här uppgiften: dess område och krav uppdateras.</translation>
    </message>
    <message>
        <source>Not one of the ending reasons in the settings: {reasons}.</source>
        <translation>Inte en av avbrottsorsakerna i inställningarna: {reasons}.</translation>
    </message>
    <message>
        <source>Not one of the subsidy types in the settings: {types}.</source>
        <translation>Finns inte bland stödtyperna i inställningarna: {types}.</translation>
    </message>
    <message>
        <source>Not one of the agreement forms in the settings: {forms}.</source>
        <translation>Finns inte bland avtalsformerna i inställningarna: {forms}.</translation>
    </message>
    <message>
        <source>A follow-up plan has 1 to 6 phases.</source>
        <translation>En uppföljningsplan har 1 till 6 faser.</translation>
    </message>
    <message>
        <source>Phase {phase}: give a check-in interval of 1 to 365 days.</source>
        <translation>Fas {phase}: ange 1 till 365 dagar mellan avstämningarna.</translation>
    </message>
    <message>
        <source>Phase {phase}: give a length of 1 to 104 weeks.</source>
        <translation>Fas {phase}: ange en längd på 1 till 104 veckor.</translation>
    </message>
    <message>
        <source>The last phase runs until the placement ends; it has no length.</source>
        <translation>Den sista fasen pågår tills placeringen slutar; den har ingen längd.</translation>
    </message>
    <message>
        <source>Phase {phase}: the silence threshold must be at least the check-in interval, and at most 365 days.</source>
        <translation>Fas {phase}: gränsen för tyst placering måste vara minst lika många dagar som mellan avstämningarna, och högst 365 dagar.</translation>
    </message>
    <message>
        <source>The follow-up plan could not be read.</source>
        <translation>Uppföljningsplanen gick inte att läsa.</translation>
    </message>
    <message>
        <source>A questionnaire code is six letters and digits, for example K7M-2QX.</source>
        <translation>En enkätkod består av sex bokstäver och siffror, till exempel K7M-2QX.</translation>
    </message>
    <message>
        <source>{code} is not a questionnaire code: check it for a mistyped character.</source>
        <translation>{code} är ingen enkätkod: kontrollera att inget tecken är felskrivet.</translation>
    </message>
    <message>
        <source>No questionnaire has the code {code}.</source>
        <translation>Ingen enkät har koden {code}.</translation>
    </message>
    <message>
        <source>The questionnaire {code} was already answered on {day}; its answers are saved.</source>
        <translation>Enkät {code} besvarades redan {day}; svaren är sparade.</translation>
    </message>
    <message>
        <source>The answers cannot be dated before the questionnaire was sent, {day}.</source>
        <translation>Svaren kan inte dateras före den dag enkäten skickades, {day}.</translation>
    </message>
    <message>
        <source>The answers cannot be dated later than today.</source>
        <translation>Svaren kan inte dateras senare än i dag.</translation>
    </message>
    <message>
        <source>Only the employer&apos;s questionnaire asks about hiring.</source>
        <translation>Det är bara arbetsgivarens enkät som frågar om anställning.</translation>
    </message>
    <message>
        <source>Give the five answers as digits 1 to 5, a dash for a question left blank, for example 45-54.</source>
        <translation>Ange de fem svaren som siffror 1 till 5 och ett bindestreck för en fråga som lämnats tom, till exempel 45-54.</translation>
    </message>
    <message>
        <source>A category may hold at most 200 characters.</source>
        <translation>En kategori får innehålla högst 200 tecken.</translation>
    </message>
    <message>
        <source>This is not an outcome or result of the program.</source>
        <translation>Det här är inget utfall eller resultat i programmet.</translation>
    </message>
    <message>
        <source>Each outcome, reason or result may appear only once.</source>
        <translation>Varje utfall, orsak eller resultat får bara förekomma en gång.</translation>
    </message>
    <message>
        <source>Task {row}: give the task a name.</source>
        <translation>Uppgift {row}: ge uppgiften ett namn.</translation>
    </message>
    <message>
        <source>Task {row}: a task&apos;s name may hold at most {limit} characters.</source>
        <translation>Uppgift {row}: en uppgifts namn får innehålla högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Task {row}: choose a category from the list in the settings.</source>
        <translation>Uppgift {row}: välj ett område ur listan i inställningarna.</translation>
    </message>
    <message>
        <source>Task {row}: choose requirements from the list in the settings.</source>
        <translation>Uppgift {row}: välj krav ur listan i inställningarna.</translation>
    </message>
    <message>
        <source>An employer may list at most {limit} tasks.</source>
        <translation>En arbetsgivare kan ha högst {limit} uppgifter.</translation>
    </message>
    <message>
        <source>Choose only entries of the list in the settings ({label} is not one).</source>
        <translation>Välj bara alternativ ur listan i inställningarna ({label} finns inte där).</translation>
    </message>
    <message>
        <source>Choose at most {limit} entries.</source>
        <translation>Välj högst {limit} alternativ.</translation>
    </message>
    <message>
        <source>Choose only tasks the placement&apos;s employer offers.</source>
        <translation>Välj bara uppgifter som placeringens arbetsgivare erbjuder.</translation>
    </message>
    <message>
        <source>This outcome check already has a result, recorded on {day}. Nothing was changed.</source>
        <translation>Den här uppföljningen efter avslut har redan ett resultat, registrerat {day}. Inget ändrades.</translation>
    </message>
    <message>
        <source>This outcome check is due on {day}. Its result is what the person is doing then, so it can be recorded from that day.</source>
        <translation>Den här uppföljningen efter avslut ska göras {day}. Resultatet är vad personen gör då, så det kan registreras från och med den dagen.</translation>
    </message>
    <message>
        <source>This outcome check has no result to take back.</source>
        <translation>Den här uppföljningen efter avslut har inget resultat att ta tillbaka.</translation>
    </message>
    <message>
        <source>Choose the gender, or “Prefers not to say” when the person does not say.</source>
        <translation>Välj kön, eller ”Vill ej uppge” när personen inte vill säga.</translation>
    </message>
    <message>
        <source>The database server&apos;s write-ahead log and IT&apos;s backups of the server still hold the removed records until they age out under IT&apos;s own retention; ask IT how long that is.</source>
        <translation>Databasserverns transaktionslogg och IT:s säkerhetskopior av servern innehåller de borttagna uppgifterna tills de gallras enligt IT:s egna regler; fråga IT hur länge det är.</translation>
    </message>
    <message>
        <source>A password never goes in the server&apos;s address or profile; it is asked for when the program starts</source>
        <translation>Ett lösenord skrivs aldrig i serverns adress eller profil; det efterfrågas när programmet startar</translation>
    </message>
    <message>
        <source>This is not a database server&apos;s address (postgresql://user@host/database)</source>
        <translation>Det här är inte en databasservers adress (postgresql://användare@värd/databas)</translation>
    </message>
    <message>
        <source>The server&apos;s address or profile has a setting this program does not know</source>
        <translation>Serverns adress eller profil har en inställning som programmet inte känner till</translation>
    </message>
    <message>
        <source>This server profile cannot be read: it is not a profile Ambassador knows</source>
        <translation>Serverprofilen kan inte läsas: det är inte en profil som Ambassador känner till</translation>
    </message>
    <message>
        <source>The server&apos;s address does not name a database</source>
        <translation>Serverns adress anger ingen databas</translation>
    </message>
    <message>
        <source>The database server cannot be reached; check the network and try again</source>
        <translation>Det går inte att nå databasservern; kontrollera nätverket och försök igen</translation>
    </message>
    <message>
        <source>The database server asks for a password</source>
        <translation>Databasservern begär ett lösenord</translation>
    </message>
    <message>
        <source>The database server&apos;s identity could not be verified (TLS); ask IT for the server&apos;s certificate authority</source>
        <translation>Databasserverns identitet kunde inte bekräftas (TLS); be IT om serverns certifikatutfärdare</translation>
    </message>
    <message>
        <source>The database server has no such database</source>
        <translation>Databasservern har ingen sådan databas</translation>
    </message>
    <message>
        <source>This database on the server is not an Ambassador database; IT makes one with &apos;ambassador init --db ADDRESS&apos;</source>
        <translation>Den här databasen på servern är inte en Ambassador-databas; IT skapar en med &apos;ambassador init --db ADRESS&apos;</translation>
    </message>
    <message>
        <source>This database on the server was made by an earlier version of Ambassador; IT upgrades it with &apos;ambassador server upgrade --db ADDRESS&apos;</source>
        <translation>Den här databasen på servern skapades av en tidigare version av Ambassador; IT uppgraderar den med &apos;ambassador server upgrade --db ADRESS&apos;</translation>
    </message>
    <message>
        <source>This database on the server was made by a newer version of Ambassador; this program must be updated first</source>
        <translation>Den här databasen på servern skapades av en nyare version av Ambassador; programmet måste uppdateras först</translation>
    </message>
    <message>
        <source>You are signed in to the database server, but not as one of this database&apos;s Ambassador users; IT adds you with &apos;ambassador server add-user&apos;</source>
        <translation>Du är inloggad på databasservern, men inte som någon av den här databasens Ambassador-användare; IT lägger till dig med &apos;ambassador server add-user&apos;</translation>
    </message>
    <message>
        <source>This database on the server already holds tables; a new Ambassador database is made only in an empty one</source>
        <translation>Den här databasen på servern innehåller redan tabeller; en ny Ambassador-databas skapas bara i en tom databas</translation>
    </message>
    <message>
        <source>Choose Sweden or Denmark.</source>
        <translation>Välj Sverige eller Danmark.</translation>
    </message>
    <message>
        <source>Write the CPR number.</source>
        <translation>Skriv CPR-numret.</translation>
    </message>
    <message>
        <source>Write the CPR number as DDMMYY-SSSS (ten digits).</source>
        <translation>Skriv CPR-numret som DDMMÅÅ-SSSS (tio siffror).</translation>
    </message>
    <message>
        <source>The CPR number does not begin with a real date of birth.</source>
        <translation>CPR-numret börjar inte med ett verkligt födelsedatum.</translation>
    </message>
    <message>
        <source>The date of birth in the CPR number is in the future.</source>
        <translation>Födelsedatumet i CPR-numret ligger i framtiden.</translation>
    </message>
    <message>
        <source>Write the CVR number.</source>
        <translation>Skriv CVR-numret.</translation>
    </message>
    <message>
        <source>Write the CVR number as eight digits.</source>
        <translation>Skriv CVR-numret som åtta siffror.</translation>
    </message>
    <message>
        <source>The CVR number&apos;s check digit does not match; check it for a typo.</source>
        <translation>CVR-numrets kontrollsiffra stämmer inte; kontrollera att inget är felskrivet.</translation>
    </message>
    <message>
        <source>The country cannot be changed once participants or employers are registered: their identity and organisation numbers are the country&apos;s.</source>
        <translation>Landet kan inte ändras när deltagare eller arbetsgivare är registrerade: deras person- och organisationsnummer hör till landet.</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings and lists are set by its administrator; nothing was saved.</source>
        <translation>Organisationens inställningar och listor ställs in av dess administratör; inget sparades.</translation>
    </message>
    <message>
        <source>A user&apos;s name may hold lower-case letters a–z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, begins with a letter and is at most 63 characters long</source>
        <translation>En användares namn får innehålla små bokstäver a–z, siffror, &apos;_&apos;, &apos;.&apos; och &apos;-&apos;, börjar med en bokstav och är högst 63 tecken långt</translation>
    </message>
    <message>
        <source>A unit&apos;s name is 1 to 100 characters long, without spaces at either end</source>
        <translation>En enhets namn är 1 till 100 tecken långt, utan mellanslag i början eller slutet</translation>
    </message>
    <message>
        <source>A database role of that name exists already and is not an Ambassador user (it cannot sign in, owns the database or is a superuser); choose another name</source>
        <translation>Det finns redan en databasroll med det namnet som inte är en Ambassador-användare (den kan inte logga in, äger databasen eller är superanvändare); välj ett annat namn</translation>
    </message>
    <message>
        <source>Users and units are IT&apos;s: run this as the database&apos;s owner, a role with CREATEROLE (see docs/server.md)</source>
        <translation>Användare och enheter sköts av IT: kör detta som databasens ägare, en roll med CREATEROLE (se docs/server.md)</translation>
    </message>
    <message>
        <source>There is no Ambassador user of that name; &apos;ambassador server users&apos; lists them</source>
        <translation>Det finns ingen Ambassador-användare med det namnet; &apos;ambassador server users&apos; listar dem</translation>
    </message>
    <message>
        <source>There is no unit of that name; &apos;ambassador server units&apos; lists them</source>
        <translation>Det finns ingen enhet med det namnet; &apos;ambassador server units&apos; listar dem</translation>
    </message>
    <message>
        <source>Users and units are a server&apos;s; a database file has one user</source>
        <translation>Användare och enheter finns bara på en server; en databasfil har bara en användare</translation>
    </message>
    <message>
        <source>Give a share from 0 to 100 per cent.</source>
        <translation>Ange en andel från 0 till 100 procent.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the day of the contact.</source>
        <translation>Uppföljningen kan inte ligga före dagen för kontakten.</translation>
    </message>
    <message>
        <source>A network contact records what happened; it cannot be later than now.</source>
        <translation>En nätverkskontakt registrerar det som har hänt; den kan inte vara senare än nu.</translation>
    </message>
    <message>
        <source>Give the target as a whole number of people, 1 to 100000, or leave it empty.</source>
        <translation>Ange målet som ett heltal personer, 1 till 100 000, eller lämna det tomt.</translation>
    </message>
    <message>
        <source>Choose a measure from the list.</source>
        <translation>Välj ett mått i listan.</translation>
    </message>
    <message>
        <source>Choose the placement type this target counts.</source>
        <translation>Välj den placeringstyp som målet räknar.</translation>
    </message>
    <message>
        <source>This measure is not set per placement type.</source>
        <translation>Det här måttet anges inte per placeringstyp.</translation>
    </message>
    <message>
        <source>Give a year from {first} to {last}.</source>
        <translation>Ange ett år från {first} till {last}.</translation>
    </message>
    <message>
        <source>Give a whole number from 0 to {most}.</source>
        <translation>Ange ett heltal från 0 till {most}.</translation>
    </message>
    <message>
        <source>A task&apos;s name may hold at most {limit} characters.</source>
        <translation>En uppgifts namn får innehålla högst {limit} tecken.</translation>
    </message>
    <message>
        <source>{count} placements name this mentor. Choose another mentor on them first, so what was agreed stays on record.</source>
        <translation>{count} placeringar anger den här mentorn. Välj först en annan mentor för dem, så att det som avtalades finns kvar.</translation>
    </message>
    <message>
        <source>Choose a kind of network contact from the list.</source>
        <translation>Välj en typ av nätverkskontakt i listan.</translation>
    </message>
    <message>
        <source>{count} placements belong to the project. Take them out of it first; its report must stay whole.</source>
        <translation>{count} placeringar hör till projektet. Ta först bort dem ur projektet; dess rapport måste vara fullständig.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
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
        <source>Press Enter or double-click a check-in to open its placement.</source>
        <translation>Tryck Enter eller dubbelklicka på en avstämning för att öppna dess placering.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
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
    <message>
        <source>Nothing planned</source>
        <translation>Inget planerat</translation>
    </message>
</context>
<context>
    <name>NetworkContactDialog</name>
    <message>
        <source>Edit network contact</source>
        <translation>Redigera nätverkskontakt</translation>
    </message>
    <message>
        <source>Record network contact</source>
        <translation>Registrera nätverkskontakt</translation>
    </message>
    <message>
        <source>Follows up %1 at %2, planned for %3. Saving marks that follow-up done.</source>
        <translation>Följer upp %1 hos %2, planerad till %3. När kontakten sparas markeras den uppföljningen som klar.</translation>
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
        <source>Choose one of the employer&apos;s contacts or write a name or role.</source>
        <translation>Välj en av arbetsgivarens kontaktpersoner eller skriv ett namn eller en roll.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>Tidsåtgång (minuter)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>The Overview lists it from a week before; leave empty when nothing is to be done.</source>
        <translation>Översikt visar den från en vecka innan; lämna tomt när inget ska göras.</translation>
    </message>
    <message>
        <source>this network contact</source>
        <translation>den här nätverkskontakten</translation>
    </message>
</context>
<context>
    <name>NetworkLogTab</name>
    <message>
        <source>Record &amp;network contact…</source>
        <translation>Registrera nät&amp;verkskontakt…</translation>
    </message>
    <message>
        <source>A visit, meeting or call with the employer, not about a participant.</source>
        <translation>Ett besök, möte eller samtal med arbetsgivaren som inte gäller en deltagare.</translation>
    </message>
    <message>
        <source>Edit network contact…</source>
        <translation>Redigera nätverkskontakt…</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Markera uppföljningen som klar</translation>
    </message>
    <message>
        <source>Move network contact to trash…</source>
        <translation>Flytta nätverkskontakten till papperskorgen…</translation>
    </message>
    <message>
        <source>It stays in the trash for 30 days and can be restored.</source>
        <translation>Den ligger kvar i papperskorgen i 30 dagar och kan återställas.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>Nätverkslogg</translation>
    </message>
    <message>
        <source>No network contacts yet. Record visits, meetings and calls with the employer here, with a follow-up date when something is to be done.</source>
        <translation>Inga nätverkskontakter ännu. Registrera besök, möten och samtal med arbetsgivaren här, med ett uppföljningsdatum när något ska göras.</translation>
    </message>
    <message>
        <source>The follow-up was not marked done</source>
        <translation>Uppföljningen markerades inte som klar</translation>
    </message>
    <message>
        <source>Delete network contact</source>
        <translation>Ta bort nätverkskontakt</translation>
    </message>
    <message>
        <source>Delete this network contact? It stays in the trash for 30 days and can be restored from there.</source>
        <translation>Ta bort den här nätverkskontakten? Den ligger kvar i papperskorgen i 30 dagar och kan återställas därifrån.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The network contact was not deleted</source>
        <translation>Nätverkskontakten togs inte bort</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Without the passphrase or the recovery key nobody can open the data, not even support.</source>
        <translation>Använd minst %1 tecken; några orelaterade ord är lätta att minnas och svåra att gissa. Utan lösenfrasen eller återställningsnyckeln kan ingen öppna uppgifterna, inte ens supporten.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Visa det jag skriver</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Visa det jag skriver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De två lösenfraserna skiljer sig åt. Skriv samma lösenfras två gånger.</translation>
    </message>
    <message>
        <source>The passphrase could not be set.</source>
        <translation>Lösenfrasen kunde inte sättas.</translation>
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
        <source>Planned for %1.</source>
        <translation>Planerad till %1.</translation>
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
    <message>
        <source>An unsaved note from %1 was restored. Save it, or close and discard it.</source>
        <translation>En osparad anteckning från %1 har återställts. Spara den, eller stäng och kasta den.</translation>
    </message>
</context>
<context>
    <name>OutcomeCheckSection</name>
    <message>
        <source>Choose a row, then what the person is doing now:</source>
        <translation>Välj en rad och sedan vad personen gör nu:</translation>
    </message>
    <message>
        <source>Record the outcome check: %1</source>
        <translation>Registrera uppföljningen efter avslut: %1</translation>
    </message>
    <message>
        <source>Outcome check recorded</source>
        <translation>Uppföljningen efter avslut är registrerad</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Take the recorded outcome back</source>
        <translation>Ta tillbaka det registrerade resultatet</translation>
    </message>
    <message>
        <source>The outcome check was not recorded</source>
        <translation>Uppföljningen efter avslut registrerades inte</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Registrerat för %1: %2.</translation>
    </message>
    <message>
        <source>The outcome was not taken back</source>
        <translation>Resultatet togs inte tillbaka</translation>
    </message>
    <message>
        <source>Taken back: the outcome check for %1 is due again.</source>
        <translation>Ångrat: uppföljningen efter avslut för %1 ska göras igen.</translation>
    </message>
</context>
<context>
    <name>OutcomeSentencesPanel</name>
    <message>
        <source>&lt;b&gt;Outcome sentences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resultatformuleringar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ready to publish, for the placements that ended in the period. A number under 5 is not shown, nor any number from which one could be worked out.</source>
        <translation>Klara att publicera, för placeringarna som avslutades under perioden. Tal under 5 visas inte, och inte heller tal som de skulle kunna räknas fram ur.</translation>
    </message>
    <message>
        <source>Outcome sentences</source>
        <translation>Resultatformuleringar</translation>
    </message>
    <message>
        <source>&amp;Copy sentences</source>
        <translation>&amp;Kopiera formuleringarna</translation>
    </message>
    <message>
        <source>Copy the sentences, to paste them into a report</source>
        <translation>Kopiera formuleringarna för att klistra in dem i en rapport</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopieringsstatus</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopierat.</translation>
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
        <source>Subsidy decisions ending</source>
        <translation>Stödbeslut som löper ut</translation>
    </message>
    <message>
        <source>No subsidy decision ends soon. A placement whose decision ends within the days set in Settings, or has ended while the placement goes on, appears here in time to apply for its renewal.</source>
        <translation>Inget stödbeslut löper ut snart. En placering vars beslut löper ut inom det antal dagar som anges i Inställningar, eller har löpt ut medan placeringen pågår, visas här i tid för att ansöka om förlängning.</translation>
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
        <source>Outcome checks due</source>
        <translation>Dags för uppföljning efter avslut</translation>
    </message>
    <message>
        <source>No outcome check is due. Some time after a placement ends (90 days unless changed in Settings), the question of what the person is doing then appears here.</source>
        <translation>Ingen uppföljning efter avslut behöver göras nu. En tid efter att en placering har avslutats (90 dagar om inget annat anges i Inställningar) visas frågan om vad personen gör då här.</translation>
    </message>
    <message>
        <source>Employer follow-ups due</source>
        <translation>Uppföljningar av arbetsgivare att göra</translation>
    </message>
    <message>
        <source>No employer follow-up is due. A network contact with a follow-up date appears here a week before it.</source>
        <translation>Ingen uppföljning av arbetsgivare behöver göras nu. En nätverkskontakt med ett uppföljningsdatum visas här en vecka innan.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Slutar snart</translation>
    </message>
    <message>
        <source>Decisions ending</source>
        <translation>Beslut som löper ut</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Outcome checks</source>
        <translation>Uppföljningar efter avslut</translation>
    </message>
    <message>
        <source>Feedback to collect</source>
        <translation>Återkoppling att samla in</translation>
    </message>
    <message>
        <source>Employer follow-ups</source>
        <translation>Arbetsgivaruppföljningar</translation>
    </message>
    <message>
        <source>Next seven days</source>
        <translation>Kommande sju dagar</translation>
    </message>
    <message>
        <source>Sections of the overview</source>
        <translation>Översiktens delar</translation>
    </message>
    <message>
        <source>Press Enter to go to the rows of the chosen section.</source>
        <translation>Tryck Enter för att gå till raderna i den valda delen.</translation>
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
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ska göras</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Placements at risk</source>
        <translation>Placeringar i riskzonen</translation>
    </message>
    <message>
        <source>No placement at risk: every active placement has had contact within its phase&apos;s limit, and no recent note is flagged for drop-out risk.</source>
        <translation>Ingen placering i riskzonen: alla aktiva placeringar har haft kontakt inom gränsen för sin fas, och ingen ny anteckning är markerad med risk för avbrott.</translation>
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
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Decision ends</source>
        <translation>Beslutet löper ut</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Stöd</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Löper ut om %n dag</numerusform>
            <numerusform>Löper ut om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Löper ut i dag</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Löpte ut för %n dag sedan</numerusform>
            <numerusform>Löpte ut för %n dagar sedan</numerusform>
        </translation>
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
    <message>
        <source>Double-click a row or press Enter to open its placement.</source>
        <translation>Dubbelklicka på en rad eller tryck Retur för att öppna placeringen.</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <source>Show personal identity number</source>
        <translation>Visa personnumret</translation>
    </message>
    <message>
        <source>Employers with a free place and a task that suits the person</source>
        <translation>Arbetsgivare med en ledig plats och en uppgift som passar personen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove everything about the person now, with a recorded legal basis</source>
        <translation>Ta bort allt om personen nu, med en registrerad rättslig grund</translation>
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
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Show CPR &amp;number</source>
        <translation>Visa CPR-&amp;nummer</translation>
    </message>
    <message>
        <source>Show personal identity &amp;number</source>
        <translation>Visa person&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>&amp;Skriv anteckning…</translation>
    </message>
    <message>
        <source>A note about the person outside any placement: an intake talk, a call</source>
        <translation>En anteckning om personen utanför en placering: ett inskrivningssamtal, ett telefonsamtal</translation>
    </message>
    <message>
        <source>New &amp;placement…</source>
        <translation>Ny &amp;placering…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Redigera deltagare…</translation>
    </message>
    <message>
        <source>&amp;Suggest employers…</source>
        <translation>&amp;Föreslå arbetsgivare…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrera s&amp;amtycke…</translation>
    </message>
    <message>
        <source>W&amp;ithdraw consent</source>
        <translation>&amp;Återkalla samtycke</translation>
    </message>
    <message>
        <source>Print register e&amp;xtract…</source>
        <translation>Skriv ut register&amp;utdrag…</translation>
    </message>
    <message>
        <source>Everything stored about the person, for the person alone (Ctrl+P)</source>
        <translation>Allt som finns lagrat om personen, bara till personen själv (Ctrl+P)</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>F&amp;lytta till papperskorgen…</translation>
    </message>
    <message>
        <source>The person stays in the trash for 30 days and can be restored.</source>
        <translation>Personen ligger kvar i papperskorgen i 30 dagar och kan återställas.</translation>
    </message>
    <message>
        <source>Erase for &amp;good…</source>
        <translation>Radera för &amp;gott…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
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
        <source>Would like to work with</source>
        <translation>Vill gärna arbeta med</translation>
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
        <source>Cannot do tasks that need</source>
        <translation>Klarar inte uppgifter som kräver</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Notes, check-ins and feedback of every placement gather here.</source>
        <translation>Inget registrerat ännu. Anteckningar, avstämningar och återkoppling från alla placeringar samlas här.</translation>
    </message>
    <message>
        <source>No CPR number recorded</source>
        <translation>Inget CPR-nummer registrerat</translation>
    </message>
    <message>
        <source>No personal identity number recorded</source>
        <translation>Inget personnummer registrerat</translation>
    </message>
    <message>
        <source>Hide CPR number</source>
        <translation>Dölj CPR-nummer</translation>
    </message>
    <message>
        <source>Show CPR number</source>
        <translation>Visa CPR-nummer</translation>
    </message>
    <message>
        <source>Hide personal identity number</source>
        <translation>Dölj personnumret</translation>
    </message>
    <message>
        <source>No employers could be suggested</source>
        <translation>Inga arbetsgivare kunde föreslås</translation>
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
        <source>Choose…</source>
        <translation>Välj…</translation>
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
        <source>Cannot do tasks that need</source>
        <translation>Klarar inte uppgifter som kräver</translation>
    </message>
    <message>
        <source>Tick what the person cannot manage. Tasks that need it are left out of the suggested employers; the reason is never shown there.</source>
        <translation>Kryssa i det som personen inte klarar. Uppgifter som kräver det tas inte med bland de föreslagna arbetsgivarna; skälet visas aldrig där.</translation>
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
        <source>Would like to work with</source>
        <translation>Vill gärna arbeta med</translation>
    </message>
    <message>
        <source>The kinds of task to look for. With none ticked, tasks of every kind are suggested.</source>
        <translation>Vilka slags uppgifter att leta efter. Är inget ikryssat föreslås uppgifter av alla slag.</translation>
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
        <translation>Visa</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>CPR number; may be left empty.</source>
        <translation>CPR-nummer; kan lämnas tomt.</translation>
    </message>
    <message>
        <source>Hide CPR number</source>
        <translation>Dölj CPR-nummer</translation>
    </message>
    <message>
        <source>Show CPR number</source>
        <translation>Visa CPR-nummer</translation>
    </message>
    <message>
        <source>Show personal identity number</source>
        <translation>Visa personnumret</translation>
    </message>
    <message>
        <source>this participant</source>
        <translation>uppgifterna om den här deltagaren</translation>
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
        <source>Search name or CPR number</source>
        <translation>Sök namn eller CPR-nummer</translation>
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
        <source>Placement at risk</source>
        <translation>Placering i riskzonen</translation>
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
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
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
    <name>PeriodicBackup</name>
    <message>
        <source>Taking a backup…</source>
        <translation>Tar en säkerhetskopia…</translation>
    </message>
    <message>
        <source>The backup could not be taken</source>
        <translation>Säkerhetskopian kunde inte tas</translation>
    </message>
</context>
<context>
    <name>PlacementColumns</name>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
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
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>E&amp;xport notes…</source>
        <translation>E&amp;xportera anteckningar…</translation>
    </message>
    <message>
        <source>All notes of the placement as an Excel workbook, internal ones marked.</source>
        <translation>Alla placeringens anteckningar som Excel-arbetsbok, de interna markerade.</translation>
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
    <message>
        <source>Starts %1 in phase 1</source>
        <translation>Börjar %1 i fas 1</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Uppföljningsplan</translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation>Fas nu</translation>
    </message>
    <message>
        <source>Placement no.</source>
        <translation>Placering nr</translation>
    </message>
    <message>
        <source>Participant and employer</source>
        <translation>Deltagare och arbetsgivare</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>&amp;Skriv anteckning…</translation>
    </message>
    <message>
        <source>&amp;Schedule check-in…</source>
        <translation>&amp;Boka avstämning…</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Registrera åter&amp;koppling…</translation>
    </message>
    <message>
        <source>&amp;End placement…</source>
        <translation>&amp;Avsluta placering…</translation>
    </message>
    <message>
        <source>E&amp;dit plan…</source>
        <translation>Ä&amp;ndra plan…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Skriv &amp;ut sammanfattning…</translation>
    </message>
    <message>
        <source>The follow-up summary for the employer, as a PDF (Ctrl+P)</source>
        <translation>Uppföljningssammanfattningen till arbetsgivaren, som PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print a&amp;greement…</source>
        <translation>Skriv ut &amp;överenskommelse…</translation>
    </message>
    <message>
        <source>Open the p&amp;articipant</source>
        <translation>Öppna &amp;deltagaren</translation>
    </message>
    <message>
        <source>Open the empl&amp;oyer</source>
        <translation>Öppna arbetsgi&amp;varen</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>F&amp;lytta till papperskorgen…</translation>
    </message>
    <message>
        <source>The placement stays in the trash for 30 days and can be restored.</source>
        <translation>Placeringen ligger kvar i papperskorgen i 30 dagar och kan återställas.</translation>
    </message>
    <message>
        <source>&amp;Record check-in…</source>
        <translation>&amp;Registrera avstämning…</translation>
    </message>
    <message>
        <source>Check-in &amp;missed</source>
        <translation>Avstämning &amp;missad</translation>
    </message>
    <message>
        <source>Check-in &amp;cancelled</source>
        <translation>Avstämning &amp;inställd</translation>
    </message>
    <message>
        <source>De&amp;lete note…</source>
        <translation>&amp;Ta bort anteckning…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Blev inte av</translation>
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
        <source>Tasks covered</source>
        <translation>Uppgifter som ingår</translation>
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
        <source>Tasks covered</source>
        <translation>Uppgifter som ingår</translation>
    </message>
    <message>
        <source>The employer&apos;s tasks on offer that this placement covers.</source>
        <translation>De av arbetsgivarens erbjudna uppgifter som den här placeringen omfattar.</translation>
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
        <source>Change plan…</source>
        <translation>Ändra plan…</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Ändra plan</translation>
    </message>
    <message>
        <source>Planned check-ins are made from the start date up to the planned end, closer together in the first weeks. A new placement gets its type&apos;s plan.</source>
        <translation>Planerade avstämningar läggs in från startdatum till planerat slut, tätare under de första veckorna. En ny placering får sin placeringstyps plan.</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Uppföljningsplan</translation>
    </message>
    <message numerus="yes">
        <source>The start date is %n day(s) ago: check-ins since then are due at once.</source>
        <translation>
            <numerusform>Startdatumet var för %n dag sedan: avstämningar sedan dess behövs genast.</numerusform>
            <numerusform>Startdatumet var för %n dagar sedan: avstämningar sedan dess behövs genast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start in the past?</source>
        <translation>Start bakåt i tiden?</translation>
    </message>
    <message numerus="yes">
        <source>The placement starts on %1, %n day(s) ago. Register it as started then?</source>
        <translation>
            <numerusform>Placeringen startar %1, för %n dag sedan. Registrera den som startad då?</numerusform>
            <numerusform>Placeringen startar %1, för %n dagar sedan. Registrera den som startad då?</numerusform>
        </translation>
    </message>
    <message>
        <source>Register with this start</source>
        <translation>Registrera med detta startdatum</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>this placement</source>
        <translation>den här placeringen</translation>
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
        <source>At risk</source>
        <translation>I riskzonen</translation>
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
    <name>PlainCopiesDialog</name>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Backup cut off while written</source>
        <translation>Säkerhetskopia som avbröts medan den skrevs</translation>
    </message>
    <message>
        <source>Kept aside: could not be opened</source>
        <translation>Undanlagd: kunde inte öppnas</translation>
    </message>
    <message>
        <source>Left by an interrupted encryption</source>
        <translation>Kvar efter en avbruten kryptering</translation>
    </message>
    <message>
        <source>Each file is overwritten with zeros and then deleted. On an SSD, a USB stick or a journalling file system the drive may keep the old contents in places the program cannot reach until they are reused; only full-disk encryption (BitLocker, FileVault, LUKS) protects those. A removed copy cannot be restored from.</source>
        <translation>Varje fil skrivs över med nollor och tas sedan bort. På en SSD, ett USB-minne eller ett journalförande filsystem kan enheten behålla det gamla innehållet på ställen som programmet inte når, tills de används på nytt; bara kryptering av hela disken (BitLocker, FileVault, LUKS) skyddar dem. En borttagen kopia går inte att återställa från.</translation>
    </message>
    <message>
        <source>Readable copies of the database</source>
        <translation>Läsbara kopior av databasen</translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted, but %n copy(ies) of it made before can still be read by anyone who gets hold of the file: backups in folders used earlier or taken by hand, and files kept aside. Encrypt them with the same passphrase, or remove them.</source>
        <translation>
            <numerusform>Databasen är krypterad, men %n kopia av den som gjordes tidigare kan fortfarande läsas av den som får tag i filen: säkerhetskopior i mappar som använts tidigare eller som tagits för hand, och filer som lagts undan. Kryptera dem med samma lösenfras eller ta bort dem.</numerusform>
            <numerusform>Databasen är krypterad, men %n kopior av den som gjordes tidigare kan fortfarande läsas av den som får tag i filen: säkerhetskopior i mappar som använts tidigare eller som tagits för hand, och filer som lagts undan. Kryptera dem med samma lösenfras eller ta bort dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Readable copies</source>
        <translation>Läsbara kopior</translation>
    </message>
    <message>
        <source>Copies made outside the program (a file copied by hand, sent by e-mail, or on a stick that is not plugged in now) are not known to it: look for those yourself.</source>
        <translation>Kopior som gjorts utanför programmet (en fil som kopierats för hand, skickats med e-post eller ligger på ett minne som inte är anslutet nu) känner programmet inte till: leta efter dem själv.</translation>
    </message>
    <message>
        <source>&amp;Encrypt them</source>
        <translation>&amp;Kryptera dem</translation>
    </message>
    <message>
        <source>&amp;Remove them…</source>
        <translation>&amp;Ta bort dem…</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behåll dem</translation>
    </message>
    <message>
        <source>Encrypting the copies…</source>
        <translation>Krypterar kopiorna…</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n readable copy(ies)?</source>
        <translation>
            <numerusform>Ta bort den %n läsbara kopian?</numerusform>
            <numerusform>Ta bort de %n läsbara kopiorna?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the copies</source>
        <translation>Ta bort kopiorna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Removing the copies…</source>
        <translation>Tar bort kopiorna…</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted: the passphrase or the recovery key opens them now.</source>
        <translation>
            <numerusform>%n kopia krypterad: lösenfrasen eller återställningsnyckeln öppnar den nu.</numerusform>
            <numerusform>%n kopior krypterade: lösenfrasen eller återställningsnyckeln öppnar dem nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be encrypted (not a whole database, or the folder refused) and can still be read; remove them, or keep them somewhere safe:</source>
        <translation>Dessa kunde inte krypteras (inte en hel databas, eller så vägrade mappen) och kan fortfarande läsas; ta bort dem eller förvara dem på ett säkert ställe:</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) removed.</source>
        <translation>
            <numerusform>%n kopia borttagen.</numerusform>
            <numerusform>%n kopior borttagna.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be removed and can still be read:</source>
        <translation>Dessa kunde inte tas bort och kan fortfarande läsas:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Follow-up plan</source>
        <translation>Uppföljningsplan</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Använd den här planen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>No planned follow-up</source>
        <translation>Ingen planerad uppföljning</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Check-in every (days)</source>
        <translation>Dagar mellan avstämningar</translation>
    </message>
    <message>
        <source>For (weeks)</source>
        <translation>Antal veckor</translation>
    </message>
    <message>
        <source>Silent after (days)</source>
        <translation>Tyst efter (dagar)</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Remove last phase</source>
        <translation>Ta bort sista fasen</translation>
    </message>
    <message>
        <source>The plan in words</source>
        <translation>Planen i ord</translation>
    </message>
    <message>
        <source>Check-ins are most frequent early, when most placements that fail end. The placement counts as silent when nobody has been in touch for longer than its phase allows.</source>
        <translation>Avstämningarna är tätast i början, när de flesta placeringar som misslyckas avbryts. Placeringen räknas som tyst när ingen har hörts av på längre tid än fasen tillåter.</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>till slutet</translation>
    </message>
    <message>
        <source>Phase %1: days between check-ins</source>
        <translation>Fas %1: dagar mellan avstämningar</translation>
    </message>
    <message>
        <source>Phase %1: length in weeks</source>
        <translation>Fas %1: längd i veckor</translation>
    </message>
    <message>
        <source>Phase %1: silent after days</source>
        <translation>Fas %1: tyst efter antal dagar</translation>
    </message>
    <message>
        <source>No check-ins are planned; schedule them one at a time.</source>
        <translation>Inga avstämningar planeras; boka dem en i taget.</translation>
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
        <translation>Redan registrerad</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Skäl</translation>
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
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar for Outlook (*.ics)</source>
        <translation>Kalender för Outlook (*.ics)</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Spara dokument</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Det gick inte att skriva ut</translation>
    </message>
    <message>
        <source>The document is saved as %1. No program to show PDF files was found.</source>
        <translation>Dokumentet är sparat som %1. Inget program för att visa PDF-filer hittades.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Spara fil</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Saved as %1. Rows: %2.</source>
        <translation>Sparad som %1. Rader: %2.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Redigera projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>The funder&apos;s case or project number, as on its decision.</source>
        <translation>Finansiärens diarie- eller projektnummer, som i beslutet.</translation>
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
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Target (people)</source>
        <translation>Mål (personer)</translation>
    </message>
    <message>
        <source>How many people the project is to reach. People, not placements: someone with two placements counts once.</source>
        <translation>Hur många personer projektet ska nå. Personer, inte placeringar: den som har två placeringar räknas en gång.</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>det här projektet</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>A project is a funded programme (ESF+ and the like) with a period and a target number of people; a placement belongs to one on its form. The project report counts people, not placements, by gender and age band, beside the target.</source>
        <translation>Ett projekt är en finansierad satsning (ESF+ och liknande) med en period och ett mål för antalet personer; en placering kopplas till ett projekt i sitt formulär. Projektrapporten räknar personer, inte placeringar, per kön och åldersgrupp, bredvid målet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
        <translation>Personer hittills</translation>
    </message>
    <message>
        <source>No projects yet. Add one with New project to follow its people against its target; then choose it on each placement that belongs to it.</source>
        <translation>Inga projekt ännu. Lägg till ett med Nytt projekt för att följa dess personer mot målet; välj det sedan på varje placering som hör till det.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>Print projec&amp;t report…</source>
        <translation>Skriv ut projek&amp;trapport…</translation>
    </message>
    <message>
        <source>Export project report (&amp;XLSX)…</source>
        <translation>Exportera projektrapport (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the chosen project</source>
        <translation>Redigera det valda projektet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen project</source>
        <translation>Ta bort det valda projektet</translation>
    </message>
    <message>
        <source>For the period chosen above only</source>
        <translation>Bara för perioden som valts ovan</translation>
    </message>
    <message>
        <source>Unticked, the report covers the project&apos;s own period.</source>
        <translation>Utan bock omfattar rapporten projektets egen period.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Ta bort projekt</translation>
    </message>
    <message>
        <source>Remove the project %1?</source>
        <translation>Ta bort projektet %1?</translation>
    </message>
    <message>
        <source>The project was not removed</source>
        <translation>Projektet togs inte bort</translation>
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
        <translation>En gallring tar bort för gott det som gallringsbesluten medger: avslutade ärenden med deras placeringar, anteckningar, avstämningar och återkopplingar, gamla loggposter och säkerhetskopior äldre än den äldsta som sparas. Den visar vad den kommer att ta bort och frågar först, och tar en säkerhetskopia innan den börjar.</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Closed cases:</source>
        <translation>Avslutade ärenden:</translation>
    </message>
    <message>
        <source>Log entries:</source>
        <translation>Loggposter:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <source>Pre&amp;view purge…</source>
        <translation>Förhands&amp;granska gallring…</translation>
    </message>
    <message>
        <source>See what a purge would remove, then decide</source>
        <translation>Se vad en gallring skulle ta bort, och bestäm sedan</translation>
    </message>
    <message>
        <source>A purge removes for good what the retention decisions allow: closed cases with their placements, notes, check-ins and feedback, and old log entries. It shows what it will remove and asks first.</source>
        <translation>En gallring tar bort för gott det som gallringsbesluten medger: avslutade ärenden med deras placeringar, anteckningar, avstämningar och återkopplingar, och gamla loggposter. Den visar vad den kommer att ta bort och frågar först.</translation>
    </message>
    <message numerus="yes">
        <source>removed %n month(s) after the last activity, by decision %1.</source>
        <translation>
            <numerusform>gallras %n månad efter sista aktiviteten, enligt beslut %1.</numerusform>
            <numerusform>gallras %n månader efter sista aktiviteten, enligt beslut %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed after %n month(s), by decision %1.</source>
        <translation>
            <numerusform>gallras efter %n månad, enligt beslut %1.</numerusform>
            <numerusform>gallras efter %n månader, enligt beslut %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no retention decision recorded: nothing is removed.</source>
        <translation>inget gallringsbeslut angivet: inget tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>those older than %n day(s) are removed, except the newest good one.</source>
        <translation>
            <numerusform>de som är äldre än %n dag tas bort, utom den nyaste hela.</numerusform>
            <numerusform>de som är äldre än %n dagar tas bort, utom den nyaste hela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>The purge could not be previewed</source>
        <translation>Gallringen kunde inte förhandsgranskas</translation>
    </message>
    <message>
        <source>This removes for good:</source>
        <translation>Det här tas bort för gott:</translation>
    </message>
    <message>
        <source>Records removed cannot be brought back from the trash.</source>
        <translation>Det som tas bort kan inte hämtas tillbaka ur papperskorgen.</translation>
    </message>
    <message>
        <source>A backup is taken first. Records removed cannot be brought back from the trash.</source>
        <translation>En säkerhetskopia tas först. Det som tas bort kan inte hämtas tillbaka ur papperskorgen.</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Ta bort för gott</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Gallrar…</translation>
    </message>
    <message>
        <source>Nothing was purged</source>
        <translation>Inget gallrades</translation>
    </message>
    <message>
        <source>Purged.</source>
        <translation>Gallrat.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Borttaget:</translation>
    </message>
    <message>
        <source>The backup taken first (%1) still holds them until it is older than the oldest backup kept.</source>
        <translation>Säkerhetskopian som togs först (%1) innehåller dem tills den är äldre än den äldsta som sparas.</translation>
    </message>
    <message>
        <source>Nothing is due for removal: no retention period is set, so nothing is ever removed. Set one under Settings, citing the municipality&apos;s decision.</source>
        <translation>Inget ska tas bort: ingen gallringsfrist är angiven, så inget tas någonsin bort. Ange en under Inställningar, med hänvisning till kommunens beslut.</translation>
    </message>
    <message>
        <source>Nothing is due for removal: no closed case or log entry is older than its retention period.</source>
        <translation>Inget ska tas bort: inget avslutat ärende och ingen loggpost är äldre än sin frist.</translation>
    </message>
    <message>
        <source>Nothing is due for removal: no closed case, log entry or backup is older than its retention period.</source>
        <translation>Inget ska tas bort: inget avslutat ärende, ingen loggpost och ingen säkerhetskopia är äldre än sin frist.</translation>
    </message>
    <message>
        <source>An administrator purges the logs.</source>
        <translation>En administratör gallrar loggposterna.</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s)</source>
        <translation>
            <numerusform>%n avslutat ärende</numerusform>
            <numerusform>%n avslutade ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 placements, %2 notes, %3 check-ins, %4 feedback answers)</source>
        <translation>(%1 placeringar, %2 anteckningar, %3 avstämningar, %4 återkopplingar)</translation>
    </message>
    <message numerus="yes">
        <source>%n log entry(ies)</source>
        <translation>
            <numerusform>%n loggpost</numerusform>
            <numerusform>%n loggposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s)</source>
        <translation>
            <numerusform>%n gammal säkerhetskopia</numerusform>
            <numerusform>%n gamla säkerhetskopior</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireButton</name>
    <message>
        <source>Print &amp;questionnaire</source>
        <translation>Skriv ut enk&amp;ät</translation>
    </message>
    <message>
        <source>For the &amp;employer</source>
        <translation>Till &amp;arbetsgivaren</translation>
    </message>
    <message>
        <source>For the &amp;participant</source>
        <translation>Till &amp;deltagaren</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Register questionnaire answers</source>
        <translation>Registrera enkätsvar</translation>
    </message>
    <message>
        <source>For example K7M-2QX</source>
        <translation>Till exempel K7M-2QX</translation>
    </message>
    <message>
        <source>Questionnaire code</source>
        <translation>Enkätkod</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvarad den</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Besvarad den:</translation>
    </message>
    <message>
        <source>Key each answer as a digit 1–5 (0, - or space for a question left blank); the next question follows by itself. Hiring: 1 yes, 2 no, 3 don&apos;t know.</source>
        <translation>Skriv varje svar som en siffra 1–5 (0, - eller mellanslag för en fråga som lämnats tom); nästa fråga kommer av sig själv. Anställning: 1 ja, 2 nej, 3 vet inte.</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Spara och nästa</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Spara och nästa</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Type the code printed at the top of the questionnaire.</source>
        <translation>Skriv koden som står överst på enkäten.</translation>
    </message>
    <message>
        <source>Employer&apos;s questionnaire about %1 at %2, sent %3</source>
        <translation>Arbetsgivarens enkät om %1 på %2, skickad %3</translation>
    </message>
    <message>
        <source>Participant&apos;s questionnaire: %1 at %2, sent %3</source>
        <translation>Deltagarens enkät: %1 på %2, skickad %3</translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation>handledare %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>besvarad %1</translation>
    </message>
    <message>
        <source>Already answered: its answers are saved.</source>
        <translation>Redan besvarad: svaren är sparade.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Svaren sparades inte</translation>
    </message>
    <message>
        <source>Saved %1 (%2). Questionnaires registered now: %3.</source>
        <translation>Sparade %1 (%2). Enkäter registrerade nu: %3.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePanel</name>
    <message>
        <source>&lt;b&gt;Questionnaires&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enkäter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Employer questionnaires:</source>
        <translation>Enkäter till arbetsgivare:</translation>
    </message>
    <message>
        <source>Participant questionnaires:</source>
        <translation>Enkäter till deltagare:</translation>
    </message>
    <message>
        <source>Of the questionnaires printed in the period: how many came back, and how many of those who answered felt supported (4 or 5 of 5). The key figures&apos; “felt supported” counts placements instead: every feedback recorded, by questionnaire or not.</source>
        <translation>Av enkäterna som skrevs ut under perioden: hur många som kom tillbaka, och hur många av de svarande som kände sig stöttade (4 eller 5 av 5). Nyckeltalens ”känt sig stöttade” räknar i stället placeringar: all återkoppling som registrerats, via enkät eller inte.</translation>
    </message>
    <message>
        <source>&amp;Register questionnaire answers…</source>
        <translation>&amp;Registrera enkätsvar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E, from any screen</source>
        <translation>Ctrl+Skift+E, från vilken vy som helst</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it if the passphrase is forgotten or the key file beside the database is lost. It is shown only this once: write it down or print it, and keep it apart from this computer.</source>
        <translation>Databasen är krypterad. Den här återställningsnyckeln öppnar den om lösenfrasen glöms eller nyckelfilen bredvid databasen går förlorad. Den visas bara den här gången: skriv ner den eller skriv ut den, och förvara den åtskild från den här datorn.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Kopiera återställningsnyckeln</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard</source>
        <translation>Kopiera återställningsnyckeln till urklipp</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>Jag har &amp;förvarat återställningsnyckeln på ett säkert ställe</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Jag har förvarat återställningsnyckeln på ett säkert ställe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopierad.</translation>
    </message>
</context>
<context>
    <name>ReportMappingEditor</name>
    <message>
        <source>Reporting categories</source>
        <translation>Rapportkategorier</translation>
    </message>
    <message>
        <source>Reporting system</source>
        <translation>Rapporteringssystem</translation>
    </message>
    <message>
        <source>Reporting s&amp;ystem:</source>
        <translation>&amp;Rapporteringssystem:</translation>
    </message>
    <message>
        <source>Which category of the system each outcome, early-ending reason and 90-day result counts as. An early ending counts by its reason when the reason has a category, else by its outcome. An empty category means not mapped: the statistics list those endings as “Not mapped”.</source>
        <translation>Vilken kategori i systemet som varje utfall, avbrottsorsak och resultat efter 90 dagar räknas som. Ett avbrott räknas efter sin orsak när orsaken har en kategori, annars efter sitt utfall. En tom kategori betyder att ingen kategori är vald: statistiken redovisar de avsluten som ”Utan kategori”.</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Räknas utifrån</translation>
    </message>
    <message>
        <source>Outcome, reason or result</source>
        <translation>Utfall, orsak eller resultat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Save this system&apos;s categories</source>
        <translation>Spara kategorierna för det här systemet</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Återställ standard</translation>
    </message>
    <message>
        <source>Put back the categories the program ships with for this system</source>
        <translation>Återställ programmets ursprungliga kategorier för det här systemet</translation>
    </message>
    <message>
        <source>Save &amp;categories</source>
        <translation>Spara &amp;kategorierna</translation>
    </message>
    <message>
        <source>Restore &amp;default categories</source>
        <translation>Åt&amp;erställ standardkategorierna</translation>
    </message>
    <message>
        <source>Status of the reporting categories</source>
        <translation>Status för rapportkategorierna</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Early-ending reason</source>
        <translation>Avbrottsorsak</translation>
    </message>
    <message>
        <source>After 90 days</source>
        <translation>Efter 90 dagar</translation>
    </message>
    <message>
        <source>Empty: not mapped</source>
        <translation>Tom: utan kategori</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message>
        <source>The categories were not saved</source>
        <translation>Kategorierna sparades inte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Unsaved categories</source>
        <translation>Osparade kategorier</translation>
    </message>
    <message>
        <source>The categories you changed for this system are not saved. Discard them?</source>
        <translation>Kategorierna du har ändrat för det här systemet är inte sparade. Vill du slänga ändringarna?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Put back the categories the program ships with for this system? Your own categories for it are replaced.</source>
        <translation>Återställa programmets ursprungliga kategorier för det här systemet? Dina egna kategorier för systemet ersätts.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Standardkategorierna är återställda.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Inte sparat ännu.</translation>
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
        <source>&amp;Print report…</source>
        <translation>&amp;Skriv ut rapport…</translation>
    </message>
    <message>
        <source>Own breakdown</source>
        <translation>Egen uppdelning</translation>
    </message>
    <message>
        <source>Breakdown of the printed report</source>
        <translation>Uppdelning i den utskrivna rapporten</translation>
    </message>
    <message>
        <source>A reporting system adds the endings in its categories, as mapped in the settings</source>
        <translation>Ett rapporteringssystem lägger till avsluten i sina kategorier, så som de är kopplade i inställningarna</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Uppdelning:</translation>
    </message>
    <message>
        <source>The printed report (PDF) has these figures split by gender, placement type, referral source and employer sector, with charts, the outcomes 90 days after the end and the outcome sentences; choose a reporting system to add the endings in its categories.</source>
        <translation>Den utskrivna rapporten (PDF) har de här siffrorna uppdelade per kön, placeringstyp, remittent och arbetsgivarens sektor, med diagram, utfallen 90 dagar efter avslut och resultatformuleringarna; välj ett rapporteringssystem för att lägga till avsluten i dess kategorier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lists and calendar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listor och kalender&lt;/b&gt;</translation>
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
    <name>RiskWords</name>
    <message numerus="yes">
        <source>No contact for %n day(s) – contact is due at least once in %1 days</source>
        <translation>
            <numerusform>Ingen kontakt på %n dag – kontakt behövs minst en gång på %1 dagar</numerusform>
            <numerusform>Ingen kontakt på %n dagar – kontakt behövs minst en gång på %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) – in phase %2 of the plan contact is due at least once in %1 days</source>
        <translation>
            <numerusform>Ingen kontakt på %n dag – i fas %2 av planen behövs kontakt minst en gång på %1 dagar</numerusform>
            <numerusform>Ingen kontakt på %n dagar – i fas %2 av planen behövs kontakt minst en gång på %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) flagged for drop-out risk in the last %1 days</source>
        <translation>
            <numerusform>%n anteckning om avbrottsrisk senaste %1 dagarna</numerusform>
            <numerusform>%n anteckningar om avbrottsrisk senaste %1 dagarna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>Data safety</source>
        <translation>Datasäkerhet</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Kryptering</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Gallring</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Gran&amp;skningslogg</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Ändringar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
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
        <source>Show &amp;more</source>
        <translation>Visa &amp;fler</translation>
    </message>
    <message>
        <source>Show the next %1 older notes.</source>
        <translation>Visa nästa %1 äldre anteckningar.</translation>
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
    <message numerus="yes">
        <source>More than %1 matches; %2 shown: names first, then the newest notes.</source>
        <translation>
            <numerusform>Fler än %1 träffar; %2 visas: namn först, sedan de senaste anteckningarna.</numerusform>
            <numerusform>Fler än %1 träffar; %2 visas: namn först, sedan de senaste anteckningarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches in all; %1 shown: names first, then the newest notes.</source>
        <translation>
            <numerusform>%n träff totalt; %1 visas: namn först, sedan de senaste anteckningarna.</numerusform>
            <numerusform>%n träffar totalt; %1 visas: namn först, sedan de senaste anteckningarna.</numerusform>
        </translation>
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
    <name>SelfCheckPanel</name>
    <message>
        <source>Contact with the workplaces: how soon and how often</source>
        <translation>Kontakten med arbetsplatserna: hur snart och hur ofta</translation>
    </message>
    <message>
        <source>A check of your own follow-up against good practice. A workplace contact is a note held with the supervisor, or with the participant and the supervisor together.</source>
        <translation>En egen kontroll av uppföljningen mot god praxis. En arbetsplatskontakt är en anteckning om ett möte med handledaren, eller med deltagaren och handledaren tillsammans.</translation>
    </message>
    <message>
        <source>Nothing to show yet. When placements have started, this shows month by month how many days pass before the first workplace contact, how many active placements had a workplace contact, the workplace contacts a week and the time spent per placement.</source>
        <translation>Inget att visa ännu. När placeringar har startat visas här månad för månad hur många dagar det tar till första arbetsplatskontakten, hur många aktiva placeringar som har haft en arbetsplatskontakt, arbetsplatskontakterna per vecka och tiden per placering.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Guide value</source>
        <translation>Riktvärde</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Days from start to first workplace contact</source>
        <translation>Dagar från start till första arbetsplatskontakt</translation>
    </message>
    <message>
        <source>Active placements with a workplace contact</source>
        <translation>Aktiva placeringar med arbetsplatskontakt</translation>
    </message>
    <message>
        <source>Time spent per active placement</source>
        <translation>Tid per aktiv placering</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>inom %1 dagar</translation>
    </message>
    <message>
        <source>every placement, every month</source>
        <translation>varje placering, varje månad</translation>
    </message>
    <message>
        <source>about %1 a week (full time)</source>
        <translation>omkring %1 i veckan (heltid)</translation>
    </message>
    <message>
        <source>no guide value</source>
        <translation>inget riktvärde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Month by month&lt;/b&gt; (the last twelve)</source>
        <translation>&lt;b&gt;Månad för månad&lt;/b&gt; (de senaste tolv)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <source>Days to first contact, median</source>
        <translation>Dagar till första kontakt, median</translation>
    </message>
    <message>
        <source>Placements contacted</source>
        <translation>Placeringar med kontakt</translation>
    </message>
    <message>
        <source>Contacts a week</source>
        <translation>Kontakter per vecka</translation>
    </message>
    <message>
        <source>Time per placement</source>
        <translation>Tid per placering</translation>
    </message>
    <message>
        <source>Self-check month by month</source>
        <translation>Egenkontroll månad för månad</translation>
    </message>
    <message>
        <source>The guide values come from supported employment (IPS): the first contact with the employer within 30 days of the start, every active placement contacted at least once a month, and about six employer contacts a week for a full-time employment specialist. They are something to reflect on, not a verdict: a part-time post or a different caseload meets them differently.</source>
        <translation>Riktvärdena kommer från Supported Employment (IPS): första kontakten med arbetsgivaren inom 30 dagar från start, kontakt med varje aktiv placering minst en gång i månaden och omkring sex arbetsgivarkontakter i veckan för en arbetsspecialist på heltid. De är något att reflektera över, inte ett omdöme: med en deltidstjänst eller en annan sorts ärenden ser det annorlunda ut.</translation>
    </message>
    <message>
        <source>This month so far: %1</source>
        <translation>Hittills den här månaden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workplace contact(s) in %1 days</source>
        <translation>
            <numerusform>%n arbetsplatskontakt på %1 dagar</numerusform>
            <numerusform>%n arbetsplatskontakter på %1 dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>Employer contacts a week</source>
        <translation>Arbetsgivarkontakter per vecka</translation>
    </message>
    <message>
        <source>No placement started this month.</source>
        <translation>Ingen placering startade den här månaden.</translation>
    </message>
    <message numerus="yes">
        <source>median of %n placement(s) started this month</source>
        <translation>
            <numerusform>median för %n placering som startade den här månaden</numerusform>
            <numerusform>median för %n placeringar som startade den här månaden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no workplace contact yet</source>
        <translation>
            <numerusform>%n utan arbetsplatskontakt ännu</numerusform>
            <numerusform>%n utan arbetsplatskontakt ännu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active placements</source>
        <translation>%1 av %2 aktiva placeringar</translation>
    </message>
    <message numerus="yes">
        <source>%n paused placement(s) left out</source>
        <translation>
            <numerusform>%n pausad placering räknas inte med</numerusform>
            <numerusform>%n pausade placeringar räknas inte med</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No notes on active placements this month.</source>
        <translation>Inga anteckningar om aktiva placeringar den här månaden.</translation>
    </message>
    <message>
        <source>%1 of %2 notes say the time spent</source>
        <translation>%1 av %2 anteckningar anger tidsåtgång</translation>
    </message>
    <message numerus="yes">
        <source>over %n active placement(s)</source>
        <translation>
            <numerusform>fördelat på %n aktiv placering</numerusform>
            <numerusform>fördelat på %n aktiva placeringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without contact)</source>
        <translation>
            <numerusform>(%n utan kontakt)</numerusform>
            <numerusform>(%n utan kontakt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n employer contact(s) in %1 days, of which %2 network contacts</source>
        <translation>
            <numerusform>%n arbetsgivarkontakt på %1 dagar, varav %2 nätverkskontakter</numerusform>
            <numerusform>%n arbetsgivarkontakter på %1 dagar, varav %2 nätverkskontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s) without time)</source>
        <translation>
            <numerusform>(%n anteckning utan tid)</numerusform>
            <numerusform>(%n anteckningar utan tid)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Backups and encryption at rest are the server&apos;s, run by IT, so this window has none of its own.</source>
        <translation>Säkerhetskopior och kryptering av lagrade data sköts av IT på servern, så det här fönstret har inga egna.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
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
        <translation>Inloggad som:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Anslutning:</translation>
    </message>
    <message>
        <source>Database revision:</source>
        <translation>Databasens revision:</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>inte ansluten</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>krypterad (TLS)</translation>
    </message>
    <message>
        <source>not encrypted: what is sent can be read on the network; ask IT for TLS</source>
        <translation>inte krypterad: det som skickas kan läsas på nätverket; be IT om TLS</translation>
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
        <source>Default follow-up &amp;plan:</source>
        <translation>Standardplan för &amp;uppföljning:</translation>
    </message>
    <message>
        <source>Plan by placement &amp;type:</source>
        <translation>Plan per pla&amp;ceringstyp:</translation>
    </message>
    <message>
        <source>A placement without a follow-up plan counts as silent after this many days without contact; one with a plan, after its phase&apos;s days.</source>
        <translation>En placering utan uppföljningsplan räknas som tyst efter så här många dagar utan kontakt; en placering med plan efter det antal dagar som gäller för dess fas.</translation>
    </message>
    <message>
        <source>&amp;Outcome check after (days):</source>
        <translation>&amp;Dagar till uppföljning efter avslut:</translation>
    </message>
    <message>
        <source>How many days after a placement ends its outcome check falls due: is the person in work, studies, another measure or none? Checks already scheduled keep their day.</source>
        <translation>Hur många dagar efter att en placering har avslutats som uppföljningen efter avslut ska göras: är personen i arbete, i studier, i en annan insats eller inget av dessa? Uppföljningar som redan är planerade behåller sin dag.</translation>
    </message>
    <message>
        <source>&amp;Silent without a plan after (days):</source>
        <translation>T&amp;yst utan plan efter (dagar):</translation>
    </message>
    <message>
        <source>The organisation, follow-up, lists and reporting categories are set by your organisation&apos;s administrator; your contact details and language are your own.</source>
        <translation>Organisationen, uppföljningen, listorna och rapportkategorierna ställs in av din organisations administratör; dina kontaktuppgifter och ditt språk bestämmer du själv.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Spara inställningarna</translation>
    </message>
    <message>
        <source>Save the settings and lists</source>
        <translation>Spara inställningarna och listorna</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Ta bort logotyp</translation>
    </message>
    <message>
        <source>&amp;Warn of a subsidy decision ending (days before):</source>
        <translation>Varna när ett stödbeslut löper ut (dagar &amp;före):</translation>
    </message>
    <message>
        <source>Overview lists a placement whose subsidy decision ends within this many days, so its renewal can be applied for in time.</source>
        <translation>Översikt visar en placering vars stödbeslut löper ut inom så här många dagar, så att förlängning kan sökas i tid.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
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
        <source>Task categories</source>
        <translation>Uppgiftsområden</translation>
    </message>
    <message>
        <source>Task requirements</source>
        <translation>Krav i uppgifterna</translation>
    </message>
    <message>
        <source>Subsidy types</source>
        <translation>Stödtyper</translation>
    </message>
    <message>
        <source>Agreement forms</source>
        <translation>Avtalsformer</translation>
    </message>
    <message>
        <source>Network contact kinds</source>
        <translation>Typer av nätverkskontakter</translation>
    </message>
    <message>
        <source>The entries are named in the window&apos;s language. Renaming one changes its name in this language only; what is already recorded keeps its entry.</source>
        <translation>Posterna visas på fönstrets språk. Byter du namn på en post ändras namnet bara på det här språket; det som redan är registrerat behåller sin post.</translation>
    </message>
    <message>
        <source>The country cannot be changed: participants or employers are registered, and their identity and organisation numbers are the country&apos;s.</source>
        <translation>Landet kan inte ändras: deltagare eller arbetsgivare är registrerade, och deras person- och organisationsnummer hör till landet.</translation>
    </message>
    <message>
        <source>The country decides the identity and organisation numbers and the default lists, which take the place of the lists below when it is changed. It can be changed until the first participant or employer is registered.</source>
        <translation>Landet avgör person- och organisationsnumren och standardlistorna, som ersätter listorna nedan när det ändras. Det kan ändras tills den första deltagaren eller arbetsgivaren registreras.</translation>
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
    <name>SettingsTab</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Säkerhetskopior att spara</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Säkerhetskopior att &amp;spara:</translation>
    </message>
    <message>
        <source>Oldest backup kept, in days</source>
        <translation>Äldsta säkerhetskopia som sparas, i dagar</translation>
    </message>
    <message>
        <source>&amp;Oldest backup kept (days):</source>
        <translation>&amp;Äldsta som sparas (dagar):</translation>
    </message>
    <message>
        <source>Older backups are removed, except the newest good one.</source>
        <translation>Äldre säkerhetskopior tas bort, utom den nyaste hela.</translation>
    </message>
    <message>
        <source>Back up every, in hours</source>
        <translation>Säkerhetskopiera var, i timmar</translation>
    </message>
    <message>
        <source>Back up e&amp;very (hours):</source>
        <translation>Säkerhetskopiera &amp;var (timmar):</translation>
    </message>
    <message>
        <source>While the program is open; it also backs up when it closes.</source>
        <translation>Medan programmet är öppet; det säkerhetskopierar också när det stängs.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Bredvid databasen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;älj…</translation>
    </message>
    <message>
        <source>Choose the folder backups are written to</source>
        <translation>Välj mappen som säkerhetskopior skrivs till</translation>
    </message>
    <message>
        <source>Choose backup folder</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>Empty: the “backups” folder beside the database. A folder on another disk survives the loss of this one.</source>
        <translation>Tom: mappen ”backups” bredvid databasen. En mapp på en annan disk klarar att den här går förlorad.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minuter utan användning</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use):</source>
        <translation>&amp;Lås efter (minuter utan användning):</translation>
    </message>
    <message>
        <source>Only an encrypted database can be locked. 0 means never.</source>
        <translation>Bara en krypterad databas kan låsas. 0 betyder aldrig.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>How much of a file one import reads. A file over a limit is refused before it is read, so a damaged file cannot fill the memory.</source>
        <translation>Hur mycket av en fil en import läser. En fil över en gräns avvisas innan den läses, så att en skadad fil inte kan fylla minnet.</translation>
    </message>
    <message>
        <source>Largest file, in megabytes</source>
        <translation>Största fil, i megabyte</translation>
    </message>
    <message>
        <source>Largest fil&amp;e (MB):</source>
        <translation>Största &amp;fil (MB):</translation>
    </message>
    <message>
        <source>Most rows in a file</source>
        <translation>Flest rader i en fil</translation>
    </message>
    <message>
        <source>Most &amp;rows:</source>
        <translation>Flest ra&amp;der:</translation>
    </message>
    <message>
        <source>Longest cell, in characters</source>
        <translation>Längsta cell, i tecken</translation>
    </message>
    <message>
        <source>Longest cell (charac&amp;ters):</source>
        <translation>Längsta cell (&amp;tecken):</translation>
    </message>
    <message>
        <source>Excel&apos;s own limit is 32,767.</source>
        <translation>Excels egen gräns är 32 767.</translation>
    </message>
    <message>
        <source>Largest workbook unpacked, in megabytes</source>
        <translation>Största arbetsbok uppackad, i megabyte</translation>
    </message>
    <message>
        <source>Largest workbook &amp;unpacked (MB):</source>
        <translation>Största arbetsbok u&amp;ppackad (MB):</translation>
    </message>
    <message>
        <source>A workbook (.xlsx, .ods) is packed; this is what it may hold unpacked.</source>
        <translation>En arbetsbok (.xlsx, .ods) är packad; detta är vad den får rymma uppackad.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Records are kept or removed by the municipality&apos;s retention decision (gallringsbeslut). Give the period and cite the decision. 0 months means no decision is recorded, and nothing is removed.</source>
        <translation>Uppgifter bevaras eller gallras enligt kommunens gallringsbeslut. Ange fristen och hänvisa till beslutet. 0 månader betyder att inget beslut är angivet, och då tas inget bort.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source>Closed cases removed after, in months</source>
        <translation>Avslutade ärenden gallras efter, i månader</translation>
    </message>
    <message>
        <source>Closed &amp;cases removed after (months):</source>
        <translation>Avslutade ä&amp;renden gallras efter (månader):</translation>
    </message>
    <message>
        <source>Counted from the last activity of a participant with no placement running.</source>
        <translation>Räknas från sista aktiviteten för en deltagare utan pågående placering.</translation>
    </message>
    <message>
        <source>Decision for closed cases</source>
        <translation>Beslut för avslutade ärenden</translation>
    </message>
    <message>
        <source>For example KS 2025-03-12 § 45</source>
        <translation>Till exempel KS 2025-03-12 § 45</translation>
    </message>
    <message>
        <source>&amp;Decision for cases:</source>
        <translation>&amp;Beslut för ärenden:</translation>
    </message>
    <message>
        <source>Log entries removed after, in months</source>
        <translation>Loggposter gallras efter, i månader</translation>
    </message>
    <message>
        <source>Lo&amp;g entries removed after (months):</source>
        <translation>Lo&amp;ggposter gallras efter (månader):</translation>
    </message>
    <message>
        <source>Decision for logs</source>
        <translation>Beslut för loggar</translation>
    </message>
    <message>
        <source>Dec&amp;ision for logs:</source>
        <translation>Besl&amp;ut för loggar:</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s administrator.</source>
        <translation>Ställs in av din organisations administratör.</translation>
    </message>
    <message>
        <source>&amp;Save safety settings</source>
        <translation>&amp;Spara säkerhetsinställningarna</translation>
    </message>
    <message>
        <source>Save the safety settings</source>
        <translation>Spara säkerhetsinställningarna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct what is marked.</source>
        <translation>Inget sparades. Rätta det som är markerat.</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the database server</source>
        <translation>Logga in på databasservern</translation>
    </message>
    <message>
        <source>Ambassador&apos;s database is on a server. Enter your password for the server to open the database.</source>
        <translation>Ambassadors databas finns på en server. Skriv ditt lösenord till servern för att öppna databasen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, so you are not asked at the next start</source>
        <translation>Sparas i datorns nyckelring, så att du inte behöver skriva det nästa gång</translation>
    </message>
    <message>
        <source>Why it did not open</source>
        <translation>Varför den inte öppnades</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Ambassador</source>
        <translation>Välkommen till Ambassador</translation>
    </message>
    <message>
        <source>The register is empty. Start with the employers who take placements and the people you follow, bring in the lists you keep in Excel, or look around in made-up sample data first.</source>
        <translation>Registret är tomt. Börja med arbetsgivarna som tar emot placeringar och personerna du följer, hämta in listorna du har i Excel, eller se dig först omkring bland påhittade exempeldata.</translation>
    </message>
    <message>
        <source>Add an employer</source>
        <translation>Lägg till en arbetsgivare</translation>
    </message>
    <message>
        <source>A workplace that takes placements, with its supervisors and tasks.</source>
        <translation>En arbetsplats som tar emot placeringar, med handledare och arbetsuppgifter.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Lägg till en deltagare</translation>
    </message>
    <message>
        <source>A person you follow, with their referral, needs and goals.</source>
        <translation>En person du följer, med remiss, behov och mål.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <source>The participants, employers and placements you already keep in a sheet.</source>
        <translation>Deltagarna, arbetsgivarna och placeringarna du redan har i ett kalkylark.</translation>
    </message>
    <message>
        <source>Explore the sample data</source>
        <translation>Utforska exempeldata</translation>
    </message>
    <message>
        <source>Made-up people and places, in a window and file of their own.</source>
        <translation>Påhittade personer och arbetsplatser, i ett eget fönster och en egen fil.</translation>
    </message>
    <message>
        <source>The organisation is in:</source>
        <translation>Organisationen finns i:</translation>
    </message>
    <message>
        <source>The country decides the identity and organisation numbers (personnummer or CPR, organisationsnummer or CVR) and the default lists. It can be changed until the first participant or employer is registered; the window&apos;s language is chosen apart from it.</source>
        <translation>Landet avgör person- och organisationsnumren (personnummer eller CPR, organisationsnummer eller CVR) och standardlistorna. Det kan ändras tills den första deltagaren eller arbetsgivaren registreras; fönstrets språk väljs för sig.</translation>
    </message>
    <message>
        <source>The sample data opens in a second window, over a file of its own: made-up people, employers and placements to try everything on. Nothing you do there reaches your own register, which stays as it is in this window.</source>
        <translation>Exempeldata öppnas i ett andra fönster, i en egen fil: påhittade personer, arbetsgivare och placeringar att pröva allt på. Inget du gör där når ditt eget register, som förblir som det är i det här fönstret.</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>Öppna exempeldata</translation>
    </message>
    <message>
        <source>The sample data did not open</source>
        <translation>Exempeldata öppnades inte</translation>
    </message>
    <message>
        <source>The program could not be started a second time. Try again later.</source>
        <translation>Programmet kunde inte startas en gång till. Försök igen senare.</translation>
    </message>
    <message>
        <source>The country was not changed</source>
        <translation>Landet ändrades inte</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No database here</source>
        <translation>Ingen databas här</translation>
    </message>
    <message>
        <source>There is no database at %1. Make a new, empty one there?</source>
        <translation>Det finns ingen databas på %1. Skapa en ny, tom databas där?</translation>
    </message>
    <message>
        <source>&amp;Make a new database</source>
        <translation>&amp;Skapa en ny databas</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>This database is read-only: you can read everything in it, but not change it. Documents and lists cannot be written either, because each must be recorded in the database&apos;s export log.</source>
        <translation>Databasen är skrivskyddad: du kan läsa allt i den men inte ändra något. Dokument och listor kan inte heller skrivas, eftersom vart och ett måste föras in i databasens exportlogg.</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Databasen är skrivskyddad</translation>
    </message>
    <message>
        <source>Ambassador cannot open the database</source>
        <translation>Ambassador kan inte öppna databasen</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>%1 could not be read: this user may not read it, or the disk failed.</source>
        <translation>%1 gick inte att läsa: användaren får inte läsa den, eller så har disken fel.</translation>
    </message>
    <message>
        <source>No backup that passes its check was found.</source>
        <translation>Ingen säkerhetskopia som klarar kontrollen hittades.</translation>
    </message>
    <message>
        <source>The newest backup that passes its check was taken %1. Put it in place? The file that cannot be opened is kept beside it, renamed, and not changed.</source>
        <translation>Den nyaste säkerhetskopian som klarar kontrollen togs %1. Lägga den på plats? Filen som inte går att öppna sparas bredvid, med nytt namn, och ändras inte.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>The backup is in place</source>
        <translation>Säkerhetskopian är på plats</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1.</source>
        <translation>Filen som inte kunde öppnas sparas som %1.</translation>
    </message>
</context>
<context>
    <name>SummaryConsent</name>
    <message>
        <source>No consent is recorded from %1 to share the follow-up summary with %2.

The summary shows the placement, its plan and the notes marked as shareable; it goes to the employer only if %1 has agreed. If %1 has agreed, in writing or orally, record the consent now and the summary is printed next.</source>
        <translation>Inget samtycke finns registrerat från %1 att dela uppföljningssammanfattningen med %2.

Sammanfattningen visar placeringen, dess plan och de anteckningar som får delas; den går till arbetsgivaren bara om %1 har samtyckt. Har %1 samtyckt, skriftligt eller muntligt, registrera samtycket nu så skrivs sammanfattningen ut direkt efteråt.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Skriv ut uppföljning</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Skriv ut ändå</translation>
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
        <translation>Det som verksamheten siktar på varje år: Rapporter och statistikrapporten visar varje nyckeltal bredvid sitt mål. En andel anges i procent; ett antal gäller året. Välj en placeringstyp för startade placeringar av en typ, eller för att ange övergången till anställning för en typ.</translation>
    </message>
    <message>
        <source>Year of the targets</source>
        <translation>Målens år</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
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
        <translation>Inget mål är satt för det här året.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>Placement &amp;type:</source>
        <translation>Placer&amp;ingstyp:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>Se&amp;t target</source>
        <translation>An&amp;ge mål</translation>
    </message>
    <message>
        <source>Set this target for the year chosen, in place of any set before</source>
        <translation>Sätt det här målet för det valda året, i stället för ett som satts tidigare</translation>
    </message>
    <message>
        <source>Re&amp;move target</source>
        <translation>Ta &amp;bort mål</translation>
    </message>
    <message>
        <source>Status of the targets</source>
        <translation>Status för målen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message>
        <source>The target was not saved</source>
        <translation>Målet sparades inte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The target was not removed</source>
        <translation>Målet togs inte bort</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Borttaget.</translation>
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
        <translation>Uppgiftskatalog</translation>
    </message>
    <message>
        <source>Search task or employer</source>
        <translation>Sök uppgift eller arbetsgivare</translation>
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
        <translation>Alla sektorer</translation>
    </message>
    <message>
        <source>Only employers with free places</source>
        <translation>Bara arbetsgivare med lediga platser</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Tasks of every employer</source>
        <translation>Alla arbetsgivares uppgifter</translation>
    </message>
    <message>
        <source>Show employer</source>
        <translation>Visa arbetsgivaren</translation>
    </message>
    <message>
        <source>Select the task&apos;s employer in the list</source>
        <translation>Markera uppgiftens arbetsgivare i listan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Any requirements</source>
        <translation>Alla krav</translation>
    </message>
    <message>
        <source>No requirements</source>
        <translation>Inga krav</translation>
    </message>
    <message>
        <source>Without: %1</source>
        <translation>Utan: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Med: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n uppgift</numerusform>
            <numerusform>%n uppgifter</numerusform>
        </translation>
    </message>
    <message>
        <source>No employer lists a task yet. Add the tasks each employer can offer in the employer&apos;s form (Edit employer).</source>
        <translation>Ingen arbetsgivare har lagt in någon uppgift ännu. Lägg in de uppgifter som varje arbetsgivare kan erbjuda i arbetsgivarens formulär (Redigera arbetsgivare).</translation>
    </message>
    <message>
        <source>No task matches. Clear the search or choose other filters.</source>
        <translation>Ingen uppgift matchar. Rensa sökningen eller välj andra filter.</translation>
    </message>
</context>
<context>
    <name>TasksCovered</name>
    <message>
        <source>Tasks covered</source>
        <translation>Uppgifter som ingår</translation>
    </message>
    <message>
        <source>The employer&apos;s tasks this placement covers.</source>
        <translation>Arbetsgivarens uppgifter som den här placeringen omfattar.</translation>
    </message>
    <message>
        <source>Choose an employer to see the tasks it offers.</source>
        <translation>Välj en arbetsgivare för att se uppgifterna den erbjuder.</translation>
    </message>
    <message>
        <source>The employer lists no tasks yet. Add them on the employer.</source>
        <translation>Arbetsgivaren har inga uppgifter inlagda ännu. Lägg till dem hos arbetsgivaren.</translation>
    </message>
</context>
<context>
    <name>TasksEditor</name>
    <message>
        <source>Tasks on offer</source>
        <translation>Uppgifter som erbjuds</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
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
        <translation>Inga uppgifter inlagda ännu. Lägg till varje uppgift som arbetsgivaren kan erbjuda.</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Lägg till uppgift</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Ta bort uppgift</translation>
    </message>
    <message>
        <source>For example: Pick goods for orders</source>
        <translation>Till exempel: Plocka varor till beställningar</translation>
    </message>
    <message>
        <source>What the task asks of the person doing it.</source>
        <translation>Vad uppgiften kräver av den som gör den.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Inget område</translation>
    </message>
</context>
<context>
    <name>TeamStatistics</name>
    <message>
        <source>fewer than 5</source>
        <translation>färre än 5</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Hela organisationen</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>People with a placement</source>
        <translation>Personer med en placering</translation>
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
        <source>Another type</source>
        <translation>Annan typ</translation>
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
        <source>90 days after the end</source>
        <translation>90 dagar efter avslut</translation>
    </message>
    <message>
        <source>Due, not recorded</source>
        <translation>Ska göras, inte registrerad</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Inte dags ännu</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Ingen uppföljning</translation>
    </message>
    <message>
        <source>Employers&apos; answers on support</source>
        <translation>Arbetsgivarnas svar om stödet</translation>
    </message>
    <message>
        <source>Of these, felt supported</source>
        <translation>Av dem kände sig stöttade</translation>
    </message>
    <message>
        <source>Participants&apos; answers on support</source>
        <translation>Deltagarnas svar om stödet</translation>
    </message>
</context>
<context>
    <name>TermsSection</name>
    <message>
        <source>Subsidy and terms</source>
        <translation>Stöd och villkor</translation>
    </message>
    <message>
        <source>Shows or hides the subsidy, the decision and the terms of employment.</source>
        <translation>Visar eller döljer stödet, beslutet och anställningsvillkoren.</translation>
    </message>
    <message>
        <source>Subsidy type</source>
        <translation>Stödtyp</translation>
    </message>
    <message>
        <source>Subsidy (kr a month)</source>
        <translation>Stöd (kr per månad)</translation>
    </message>
    <message>
        <source>Subsidy (% of the wage)</source>
        <translation>Stöd (% av lönen)</translation>
    </message>
    <message>
        <source>Give the amount, the share, or both for a share up to a ceiling.</source>
        <translation>Ange beloppet, andelen, eller båda för en andel upp till ett tak.</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Beslutsnummer</translation>
    </message>
    <message>
        <source>Decision from</source>
        <translation>Beslut från</translation>
    </message>
    <message>
        <source>Decision until</source>
        <translation>Beslut till</translation>
    </message>
    <message>
        <source>Overview warns before this day, in time to apply for the renewal.</source>
        <translation>Översikt varnar före den här dagen, i tid för att ansöka om förlängning.</translation>
    </message>
    <message>
        <source>Agreement form</source>
        <translation>Avtalsform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formell arbetsgivare</translation>
    </message>
    <message>
        <source>Who employs the participant formally, when not the employer.</source>
        <translation>Vem som formellt anställer deltagaren, när det inte är arbetsgivaren.</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost (kr a month)</source>
        <translation>Kommunens kostnad (kr per månad)</translation>
    </message>
    <message>
        <source>Internal: not printed on the agreement.</source>
        <translation>Internt: skrivs inte ut på överenskommelsen.</translation>
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
        <translation>Mentorns timmar per vecka</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>The employer&apos;s own mentors and the unit&apos;s; add one here.</source>
        <translation>Arbetsgivarens egna mentorer och enhetens; lägg till en här.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The projects whose period covers the start date.</source>
        <translation>Projekten vars period omfattar startdatumet.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>%1 (the unit)</source>
        <translation>%1 (enheten)</translation>
    </message>
</context>
<context>
    <name>TermsText</name>
    <message>
        <source>%1 kr a month</source>
        <translation>%1 kr per månad</translation>
    </message>
    <message>
        <source>%1 % of the wage</source>
        <translation>%1 % av lönen</translation>
    </message>
    <message>
        <source>%1, at most %2</source>
        <translation>%1, högst %2</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Agreement form</source>
        <translation>Avtalsform</translation>
    </message>
    <message>
        <source>Employer of record</source>
        <translation>Formell arbetsgivare</translation>
    </message>
    <message>
        <source>Municipality&apos;s cost</source>
        <translation>Kommunens kostnad</translation>
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
        <translation>enheten</translation>
    </message>
    <message>
        <source>1 hour a week</source>
        <translation>1 timme i veckan</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timmar i veckan</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Network contact: %1</source>
        <translation>Nätverkskontakt: %1</translation>
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
        <source>Outcome check after the end</source>
        <translation>Uppföljning efter avslut</translation>
    </message>
    <message>
        <source>Outcome check: %1</source>
        <translation>Uppföljning efter avslut: %1</translation>
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
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Uppföljning försenad</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Följ upp %1</translation>
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
    <message>
        <source>Due today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ska göras</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Inte dags ännu</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Done; its note has been deleted.</source>
        <translation>Genomförd; anteckningen är borttagen.</translation>
    </message>
    <message>
        <source>Due %1: is the person in work, studies, another measure or none? Recorded from the Overview.</source>
        <translation>Ska göras %1: är personen i arbete, i studier, i en annan insats eller inget av dessa? Registreras från Översikt.</translation>
    </message>
    <message>
        <source>Due %1, recorded %2.</source>
        <translation>Planerad %1, registrerad %2.</translation>
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
        <source>Network contact</source>
        <translation>Nätverkskontakt</translation>
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
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagram</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Inga värden ännu.</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hittills</translation>
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
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>Uses the default plan</source>
        <translation>Använder standardplanen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Lås upp databasen</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>Databasen %1 är krypterad. Skriv dess lösenfras för att öppna den.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Använd återställningsnyckeln i stället</translation>
    </message>
    <message>
        <source>Why it did not open</source>
        <translation>Varför den inte öppnades</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
</context>
<context>
    <name>VersionedFormDialog</name>
    <message>
        <source>this record</source>
        <translation>de här uppgifterna</translation>
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
        <translation>En annan användare</translation>
    </message>
    <message>
        <source>%1 removed %2 just now. Your changes cannot be saved to it; saving offers to copy what you typed.</source>
        <translation>%1 tog nyss bort %2. Dina ändringar kan inte sparas där; när du sparar får du kopiera det du skrev.</translation>
    </message>
    <message>
        <source>%1 saved changes to %2 just now. Your save will show you what changed.</source>
        <translation>%1 sparade nyss ändringar i %2. När du sparar visas vad som ändrats.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Check-ins of the week</source>
        <translation>Veckans avstämningar</translation>
    </message>
    <message>
        <source>Press Enter or double-click a check-in to open its placement.</source>
        <translation>Tryck Enter eller dubbelklicka på en avstämning för att öppna dess placering.</translation>
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
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>Arbets&amp;givare</translation>
    </message>
    <message>
        <source>P&amp;lacement</source>
        <translation>&amp;Placering</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation>&amp;Papperskorg</translation>
    </message>
    <message>
        <source>&amp;Data safety</source>
        <translation>&amp;Datasäkerhet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Verk&amp;tyg</translation>
    </message>
    <message>
        <source>New p&amp;articipant…</source>
        <translation>Ny &amp;deltagare…</translation>
    </message>
    <message>
        <source>New &amp;employer…</source>
        <translation>Ny &amp;arbetsgivare…</translation>
    </message>
    <message>
        <source>New p&amp;lacement…</source>
        <translation>Ny p&amp;lacering…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importera från Excel…</translation>
    </message>
    <message>
        <source>&amp;Print document of the record…</source>
        <translation>Skriv &amp;ut postens dokument…</translation>
    </message>
    <message>
        <source>The placement&apos;s summary, or the participant&apos;s register extract</source>
        <translation>Placeringens sammanfattning eller deltagarens registerutdrag</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Sök i listan</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>Sök &amp;överallt…</translation>
    </message>
    <message>
        <source>&amp;Move to trash…</source>
        <translation>Flytta till &amp;papperskorgen…</translation>
    </message>
    <message>
        <source>The record chosen in the list; it asks first</source>
        <translation>Posten som är vald i listan; du får frågan först</translation>
    </message>
    <message>
        <source>&amp;Sort list by</source>
        <translation>S&amp;ortera listan efter</translation>
    </message>
    <message>
        <source>&amp;Register questionnaire answers…</source>
        <translation>&amp;Registrera enkätsvar…</translation>
    </message>
    <message>
        <source>&amp;Data safety and backups</source>
        <translation>&amp;Datasäkerhet och säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Ambassador</source>
        <translation>&amp;Om Ambassador</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Sök överallt (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Sök överallt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Stigande</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Fallande</translation>
    </message>
</context>
</TS>
