<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::team::AdjudicateCommand</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::team::TeamStore</name>
    <message numerus="yes">
        <source>The annotator still has %n assignment(s); reassign the documents first.</source>
        <translation>
            <numerusform>The annotator still has %n assignment; reassign the documents first.</numerusform>
            <numerusform>The annotator still has %n assignments; reassign the documents first.</numerusform>
        </translation>
    </message>
</context>
</TS>
