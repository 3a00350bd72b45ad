<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::TeamServerJobs</name>
    <message numerus="yes">
        <source>assigning %n document(s)</source>
        <translation>
            <numerusform>assigning %n document</numerusform>
            <numerusform>assigning %n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
