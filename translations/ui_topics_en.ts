<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::FitModelDialog</name>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1 (%n document)</numerusform>
            <numerusform>%1 (%n documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::ui::TopicsPage</name>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1 (%n document)</numerusform>
            <numerusform>%1 (%n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match.</source>
        <translation>
            <numerusform>%n document matches.</numerusform>
            <numerusform>%n documents match.</numerusform>
        </translation>
    </message>
</context>
</TS>
