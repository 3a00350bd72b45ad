<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::ExperimentsPage</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs selected.</source>
        <translation>
            <numerusform>%n run selected.</numerusform>
            <numerusform>%n runs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) and their metrics?</source>
        <translation>
            <numerusform>Delete %n run and its metrics?</numerusform>
            <numerusform>Delete %n runs and their metrics?</numerusform>
        </translation>
    </message>
</context>
</TS>
