<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>打开工作区文件 PATH。</translation>
    </message>
    <message>
        <source>Render the window, save it as the PNG FILE and exit.</source>
        <translation>绘制窗口，保存为 PNG 文件 FILE 后退出。</translation>
    </message>
    <message>
        <source>Show PAGE first: annotate, manage, topics or experiments.</source>
        <translation>首先显示页面 PAGE：annotate、manage、topics 或 experiments。</translation>
    </message>
    <message>
        <source>Use the interface language LANG (en or zh_CN) for this run.</source>
        <translation>本次运行使用界面语言 LANG（en 或 zh_CN）。</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (expected annotate, manage, topics or experiments)</source>
        <translation>未知页面“%1”（应为 annotate、manage、topics 或 experiments）</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
</TS>
