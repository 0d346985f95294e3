<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarScreen</name>
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
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>Silent %n day</numerusform>
            <numerusform>Silent %n days</numerusform>
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
    <name>PlacementDetailPane</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message numerus="yes">
        <source>A check-in every %n day(s) after the start, up to the planned end.</source>
        <translation>
            <numerusform>A check-in every day after the start, up to the planned end.</numerusform>
            <numerusform>A check-in every %n days after the start, up to the planned end.</numerusform>
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
    <name>SafetyScreen</name>
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
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
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
