<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n background job(s) are still running. Stop them and quit?</source>
        <translation>
            <numerusform>%n background job is still running. Stop it and quit?</numerusform>
            <numerusform>%n background jobs are still running. Stop them and quit?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
</context>
</TS>
