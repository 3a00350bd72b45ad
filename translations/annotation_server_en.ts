<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::server::ClientCache</name>
    <message numerus="yes">
        <source>%n edit(s) refused by the team server, e.g.: %1</source>
        <translation>
            <numerusform>%n edit refused by the team server, e.g.: %1</numerusform>
            <numerusform>%n edits refused by the team server, e.g.: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::server::SyncAgent</name>
    <message numerus="yes">
        <source>Team server %1: sending %n label edit(s)…</source>
        <translation>
            <numerusform>Team server %1: sending %n label edit…</numerusform>
            <numerusform>Team server %1: sending %n label edits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team server %1 unreachable: %n label edit(s) kept on this computer, retrying</source>
        <translation>
            <numerusform>Team server %1 unreachable: %n label edit kept on this computer, retrying</numerusform>
            <numerusform>Team server %1 unreachable: %n label edits kept on this computer, retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team server %1 refused the edits (%n waiting): %2</source>
        <translation>
            <numerusform>Team server %1 refused the edits (%n waiting): %2</numerusform>
            <numerusform>Team server %1 refused the edits (%n waiting): %2</numerusform>
        </translation>
    </message>
</context>
</TS>
