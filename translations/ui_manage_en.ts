<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::AdjudicationView</name>
    <message numerus="yes">
        <source>%n mention(s) shown</source>
        <translation>
            <numerusform>%n mention shown</numerusform>
            <numerusform>%n mentions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Override Types of %n Mention(s)</source>
        <translation>
            <numerusform>Override Types of %n Mention</numerusform>
            <numerusform>Override Types of %n Mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::ui::DashboardView</name>
    <message numerus="yes">
        <source>%n cost row(s) have no recorded type-set size and are left out.</source>
        <translation>
            <numerusform>%n cost row has no recorded type-set size and is left out.</numerusform>
            <numerusform>%n cost rows have no recorded type-set size and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); seconds per mention from %1 cost row(s).</source>
        <translation>
            <numerusform>%n annotator; seconds per mention from %1 cost row(s).</numerusform>
            <numerusform>%n annotators; seconds per mention from %1 cost row(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::ui::ManagePage</name>
    <message numerus="yes">
        <source>aggregating %n label(s)</source>
        <translation>
            <numerusform>aggregating %n label</numerusform>
            <numerusform>aggregating %n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::ui::TeamPanel</name>
    <message numerus="yes">
        <source>%n assignment(s) made.</source>
        <translation>
            <numerusform>%n assignment made.</numerusform>
            <numerusform>%n assignments made.</numerusform>
        </translation>
    </message>
</context>
</TS>
