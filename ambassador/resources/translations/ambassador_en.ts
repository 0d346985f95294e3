<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
