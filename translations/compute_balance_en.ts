<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kcat::balance::BalanceRunData</name>
    <message numerus="yes">
        <source>%n sequence(s) per micro-batch</source>
        <translation>
            <numerusform>%n sequence per micro-batch</numerusform>
            <numerusform>%n sequences per micro-batch</numerusform>
        </translation>
    </message>
</context>
</TS>
