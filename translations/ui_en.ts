<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) are still running.</source>
        <translation>
            <numerusform>%n background job is still running.</numerusform>
            <numerusform>%n background jobs are still running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment run(s) can keep running without KCAT Studio: they go on writing into the workspace, and you see their results when you open it again. Other jobs stop.</source>
        <translation>
            <numerusform>%n experiment run can keep running without KCAT Studio: it goes on writing into the workspace, and you see its results when you open it again. Other jobs stop.</numerusform>
            <numerusform>%n experiment runs can keep running without KCAT Studio: they go on writing into the workspace, and you see their results when you open it again. Other jobs stop.</numerusform>
        </translation>
    </message>
</context>
</TS>
