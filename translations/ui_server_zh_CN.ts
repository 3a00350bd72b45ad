<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::ConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>e.g. db.lab.example.org</source>
        <translation>例如 db.lab.example.org</translation>
    </message>
    <message>
        <source>your annotator login</source>
        <translation>你的标注员登录名</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Your assigned documents are copied to this computer; every label you set is sent to the team server at once, or kept here until the server is back.</source>
        <translation>分配给你的文档会复制到本机；你设置的每个标签都会立即发送到团队服务器，服务器不可用时则保存在本机，待服务器恢复后再发送。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>kcat::ui::TeamServerAction</name>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Annotate the documents assigned to you on the team&apos;s PostgreSQL server.</source>
        <translation>标注团队 PostgreSQL 服务器上分配给你的文档。</translation>
    </message>
    <message>
        <source>Team Server Unreachable</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <source>The team server cannot be reached, so the copy on this computer was opened. Your labels are kept here and sent when the server is back.</source>
        <translation>无法连接团队服务器，因此打开了本机上的副本。你的标签会保存在本机，待服务器恢复后发送。</translation>
    </message>
</context>
<context>
    <name>kcat::ui::TeamServerSession</name>
    <message>
        <source>Team server %1: connecting…</source>
        <translation>团队服务器 %1：正在连接…</translation>
    </message>
</context>
</TS>
