<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounterPlurals</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire(s) on {day}</source>
        <translation>
            <numerusform>%n expires on {day}</numerusform>
            <numerusform>%n expire on {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <source>{amount} earns %n point(s)</source>
        <translation>
            <numerusform>{amount} earns %n point</numerusform>
            <numerusform>{amount} earns %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked {amount}: +%n point(s). New balance: {balance}.</source>
        <translation>
            <numerusform>Booked {amount}: +%n point. New balance: {balance}.</numerusform>
            <numerusform>Booked {amount}: +%n points. New balance: {balance}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message numerus="yes">
        <source>Only %n reward(s) handed out in this period: too few to judge the balance.</source>
        <translation>
            <numerusform>Only %n reward handed out in this period: too few to judge the balance.</numerusform>
            <numerusform>Only %n rewards handed out in this period: too few to judge the balance.</numerusform>
        </translation>
    </message>
</context>
</TS>
