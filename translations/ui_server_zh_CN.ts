<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::AssignDialog</name>
    <message>
        <source>Blind: an annotator never sees another&apos;s labels</source>
        <translation>盲标：标注者永远看不到他人的标注</translation>
    </message>
    <message>
        <source>Assign on Team Server</source>
        <translation>在团队服务器上分配</translation>
    </message>
    <message>
        <source>Every document goes to this many annotators, the load balanced</source>
        <translation>每篇文档分配给这么多标注者，负载均衡</translation>
    </message>
    <message>
        <source>Documents given to every annotator, for quality control against gold types</source>
        <translation>分配给每位标注者的文档，用于对照金标准类型进行质量控制</translation>
    </message>
    <message>
        <source>Chooses the gold documents and breaks ties of the balancing</source>
        <translation>决定金标准文档，并打破均衡分配中的平局</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Overlap (annotators per document):</source>
        <translation>重叠度（每篇文档的标注者数）：</translation>
    </message>
    <message>
        <source>Gold documents:</source>
        <translation>金标准文档：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
</context>
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
    <name>kcat::ui::TeamServerActions</name>
    <message>
        <source>Publish to Team Server</source>
        <translation>发布到团队服务器</translation>
    </message>
    <message>
        <source>Project to publish:</source>
        <translation>要发布的项目：</translation>
    </message>
    <message>
        <source>&amp;Publish to Team Server…</source>
        <translation>发布到团队服务器(&amp;P)…</translation>
    </message>
    <message>
        <source>Send a project&apos;s documents and mentions to the team server (manager login).</source>
        <translation>将项目的文档和提及发送到团队服务器（需管理员登录）。</translation>
    </message>
    <message>
        <source>&amp;Assign on Team Server…</source>
        <translation>在团队服务器上分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign a project&apos;s documents to the server&apos;s annotators: overlap, blind, gold documents.</source>
        <translation>将项目的文档分配给服务器上的标注者：重叠度、盲标、金标准文档。</translation>
    </message>
    <message>
        <source>P&amp;ull Labels from Team Server…</source>
        <translation>从团队服务器拉取标注(&amp;U)…</translation>
    </message>
    <message>
        <source>Bring every annotator&apos;s labels and cost log into this workspace.</source>
        <translation>将每位标注者的标注和成本日志取回到此工作区。</translation>
    </message>
    <message>
        <source>Team Server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>This workspace has no annotation project.</source>
        <translation>此工作区没有标注项目。</translation>
    </message>
    <message>
        <source>Team Server: Manager Login</source>
        <translation>团队服务器：管理员登录</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was changed on the server or in the workspace.</source>
        <translation>%1：已取消；服务器和工作区均未更改。</translation>
    </message>
</context>
<context>
    <name>kcat::ui::TeamServerJobs</name>
    <message>
        <source>%1 (team server %2): %3</source>
        <translation>%1（团队服务器 %2）：%3</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace %2: %3</source>
        <translation>%1：无法打开工作区 %2：%3</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is an annotator; publishing, assigning and pulling need a manager login (`kcat server add-annotator NAME --manager`)</source>
        <translation>登录名“%1”是标注者；发布、分配和拉取需要管理员登录（`kcat server add-annotator NAME --manager`）</translation>
    </message>
    <message>
        <source>publishing &quot;%1&quot;</source>
        <translation>正在发布“%1”</translation>
    </message>
    <message>
        <source>Publish &quot;%1&quot; to %2</source>
        <translation>将“%1”发布到 %2</translation>
    </message>
    <message>
        <source>Publishing &quot;%1&quot; failed</source>
        <translation>发布“%1”失败</translation>
    </message>
    <message>
        <source>Published &quot;%1&quot; to the team server %2: %3 documents, %4 mentions, %5 assignments (%6 skipped: no login of that name).</source>
        <translation>已将“%1”发布到团队服务器 %2：%3 篇文档，%4 个提及，%5 条分配（跳过 %6 条：没有该名称的登录）。</translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot; on %2</source>
        <translation>在 %2 上分配“%1”</translation>
    </message>
    <message>
        <source>Assigning &quot;%1&quot; failed</source>
        <translation>分配“%1”失败</translation>
    </message>
    <message>
        <source>there are no annotator logins yet (`kcat server add-annotator NAME`)</source>
        <translation>还没有标注者登录（`kcat server add-annotator NAME`）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>assigning %n document(s)</source>
        <translation>
            <numerusform>正在分配 %n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned on the team server %1, but the workspace %2 could not record it (it is unchanged; assigning again repairs it): %3</source>
        <translation>已在团队服务器 %1 上分配，但工作区 %2 无法记录（工作区未更改；再次分配即可修复）：%3</translation>
    </message>
    <message>
        <source>Assigned %1 documents of &quot;%2&quot; to %3 annotators on the team server %4: %5 assignments (overlap %6, %7 gold documents%8).</source>
        <translation>已在团队服务器 %4 上将“%2”的 %1 篇文档分配给 %3 位标注者：%5 条分配（重叠度 %6，%7 篇金标准文档%8）。</translation>
    </message>
    <message>
        <source>, blind</source>
        <translation>，盲标</translation>
    </message>
    <message>
        <source>Pull labels from %1</source>
        <translation>从 %1 拉取标注</translation>
    </message>
    <message>
        <source>Pulling labels failed</source>
        <translation>拉取标注失败</translation>
    </message>
    <message>
        <source>pulling labels</source>
        <translation>正在拉取标注</translation>
    </message>
    <message>
        <source>Pulled from the team server %1: %2 labels of %3 annotators, %4 cost rows (%5 skipped).</source>
        <translation>已从团队服务器 %1 拉取：%3 位标注者的 %2 条标注，%4 条成本记录（跳过 %5 条）。</translation>
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
