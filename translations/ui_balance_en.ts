<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::ui::BalanceRunView</name>
    <message numerus="yes">
        <source>fit, %n sequence(s)</source>
        <translation>
            <numerusform>fit, %n sequence</numerusform>
            <numerusform>fit, %n sequences</numerusform>
        </translation>
    </message>
</context>
</TS>
