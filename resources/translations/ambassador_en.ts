<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EmployersScreen</name>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use (see Settings).</source>
        <translation>
            <numerusform>The window locks after %n minute without use (see Settings).</numerusform>
            <numerusform>The window locks after %n minutes without use (see Settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once the database is encrypted, the window locks after %n minute(s) without use (see Settings).</source>
        <translation>
            <numerusform>Once the database is encrypted, the window locks after %n minute without use (see Settings).</numerusform>
            <numerusform>Once the database is encrypted, the window locks after %n minutes without use (see Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n already registered</numerusform>
            <numerusform>%n already registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With them %n contact(s).</source>
        <translation>
            <numerusform>With them %n contact.</numerusform>
            <numerusform>With them %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n refused row left out.</numerusform>
            <numerusform>%n refused rows left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n free place</numerusform>
            <numerusform>%n free places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message numerus="yes">
        <source>Ending within %n days</source>
        <translation>
            <numerusform>Ending within %n day</numerusform>
            <numerusform>Ending within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message numerus="yes">
        <source>The start date is %n day(s) ago: check-ins since then are due at once.</source>
        <translation>
            <numerusform>The start date is %n day ago: check-ins since then are due at once.</numerusform>
            <numerusform>The start date is %n days ago: check-ins since then are due at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The placement starts on %1, %n day(s) ago. Register it as started then?</source>
        <translation>
            <numerusform>The placement starts on %1, %n day ago. Register it as started then?</numerusform>
            <numerusform>The placement starts on %1, %n days ago. Register it as started then?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementsScreen</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainCopiesDialog</name>
    <message numerus="yes">
        <source>The database is encrypted, but %n copy(ies) of it made before can still be read by anyone who gets hold of the file: backups in folders used earlier or taken by hand, and files kept aside. Encrypt them with the same passphrase, or remove them.</source>
        <translation>
            <numerusform>The database is encrypted, but %n copy of it made before can still be read by anyone who gets hold of the file: backups in folders used earlier or taken by hand, and files kept aside. Encrypt them with the same passphrase, or remove them.</numerusform>
            <numerusform>The database is encrypted, but %n copies of it made before can still be read by anyone who gets hold of the file: backups in folders used earlier or taken by hand, and files kept aside. Encrypt them with the same passphrase, or remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n readable copy(ies)?</source>
        <translation>
            <numerusform>Remove the %n readable copy?</numerusform>
            <numerusform>Remove the %n readable copies?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted: the passphrase or the recovery key opens them now.</source>
        <translation>
            <numerusform>%n copy encrypted: the passphrase or the recovery key opens it now.</numerusform>
            <numerusform>%n copies encrypted: the passphrase or the recovery key opens them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) removed.</source>
        <translation>
            <numerusform>%n copy removed.</numerusform>
            <numerusform>%n copies removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeTab</name>
    <message numerus="yes">
        <source>removed %n month(s) after the last activity, by decision %1.</source>
        <translation>
            <numerusform>removed %n month after the last activity, by decision %1.</numerusform>
            <numerusform>removed %n months after the last activity, by decision %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed after %n month(s), by decision %1.</source>
        <translation>
            <numerusform>removed after %n month, by decision %1.</numerusform>
            <numerusform>removed after %n months, by decision %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>those older than %n day(s) are removed, except the newest good one.</source>
        <translation>
            <numerusform>those older than %n day are removed, except the newest good one.</numerusform>
            <numerusform>those older than %n days are removed, except the newest good one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s)</source>
        <translation>
            <numerusform>%n closed case</numerusform>
            <numerusform>%n closed cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log entry(ies)</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s)</source>
        <translation>
            <numerusform>%n old backup</numerusform>
            <numerusform>%n old backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message numerus="yes">
        <source>No contact for %n day(s) – contact is due at least once in %1 days</source>
        <translation>
            <numerusform>No contact for %n day – contact is due at least once in %1 days</numerusform>
            <numerusform>No contact for %n days – contact is due at least once in %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) – in phase %2 of the plan contact is due at least once in %1 days</source>
        <translation>
            <numerusform>No contact for %n day – in phase %2 of the plan contact is due at least once in %1 days</numerusform>
            <numerusform>No contact for %n days – in phase %2 of the plan contact is due at least once in %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) flagged for drop-out risk in the last %1 days</source>
        <translation>
            <numerusform>%n note flagged for drop-out risk in the last %1 days</numerusform>
            <numerusform>%n notes flagged for drop-out risk in the last %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 matches; %2 shown: names first, then the newest notes.</source>
        <translation>
            <numerusform>More than %1 match; %2 shown: names first, then the newest notes.</numerusform>
            <numerusform>More than %1 matches; %2 shown: names first, then the newest notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches in all; %1 shown: names first, then the newest notes.</source>
        <translation>
            <numerusform>%n match in all; %1 shown: names first, then the newest notes.</numerusform>
            <numerusform>%n matches in all; %1 shown: names first, then the newest notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message numerus="yes">
        <source>%n workplace contact(s) in %1 days</source>
        <translation>
            <numerusform>%n workplace contact in %1 days</numerusform>
            <numerusform>%n workplace contacts in %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median of %n placement(s) started this month</source>
        <translation>
            <numerusform>median of %n placement started this month</numerusform>
            <numerusform>median of %n placements started this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no workplace contact yet</source>
        <translation>
            <numerusform>%n with no workplace contact yet</numerusform>
            <numerusform>%n with no workplace contact yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused placement(s) left out</source>
        <translation>
            <numerusform>%n paused placement left out</numerusform>
            <numerusform>%n paused placements left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n active placement(s)</source>
        <translation>
            <numerusform>over %n active placement</numerusform>
            <numerusform>over %n active placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without contact)</source>
        <translation>
            <numerusform>(%n without contact)</numerusform>
            <numerusform>(%n without contact)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employer contact(s) in %1 days, of which %2 network contacts</source>
        <translation>
            <numerusform>%n employer contact in %1 days, of which %2 network contacts</numerusform>
            <numerusform>%n employer contacts in %1 days, of which %2 network contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s) without time)</source>
        <translation>
            <numerusform>(%n note without time)</numerusform>
            <numerusform>(%n notes without time)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCatalogueDialog</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n later planned check-in(s) not shown.</source>
        <translation>
            <numerusform>%n later planned check-in not shown.</numerusform>
            <numerusform>%n later planned check-ins not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
