<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::server::ClientCache</name>
    <message>
        <source>could not store the assigned documents in the cache %1: %2</source>
        <translation>无法将分配的文档保存到缓存 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the outbox of %1: %2</source>
        <translation>无法读取 %1 的发件箱：%2</translation>
    </message>
    <message>
        <source>the cache %1 has no default annotator</source>
        <translation>缓存 %1 没有默认标注员</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) refused by the team server, e.g.: %1</source>
        <translation>
            <numerusform>团队服务器拒绝了 %n 项编辑，例如：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server has the edits, but the outbox of %1 could not be cleared (they will be sent again, harmlessly): %2</source>
        <translation>服务器已收到这些编辑，但无法清空 %1 的发件箱（它们会被再次发送，不会造成影响）：%2</translation>
    </message>
    <message>
        <source>%1 is the team cache of &quot;%2&quot;, not of &quot;%3&quot;</source>
        <translation>%1 是“%2”的团队缓存，而不是“%3”的</translation>
    </message>
    <message>
        <source>%1 already holds documents and is not a team cache; use a new file for the annotator&apos;s copy</source>
        <translation>%1 已包含文档且不是团队缓存；请为标注员的副本使用一个新文件</translation>
    </message>
</context>
<context>
    <name>kcat::server::ServerAdmin</name>
    <message>
        <source>bad annotator name &quot;%1&quot; (expected a lower-case letter, then lower-case letters, digits or _; not starting with pg_ or kcat_, not &quot;local&quot;)</source>
        <translation>标注员名称“%1”无效（应以小写字母开头，后接小写字母、数字或 _；不能以 pg_ 或 kcat_ 开头，也不能是“local”）</translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; on the team server (add one with `kcat server add-annotator`)</source>
        <translation>团队服务器上没有标注员“%1”（请用 `kcat server add-annotator` 添加）</translation>
    </message>
    <message>
        <source>no published documents in project &quot;%1&quot; (publish it with `kcat server publish`)</source>
        <translation>项目“%1”中没有已发布的文档（请用 `kcat server publish` 发布）</translation>
    </message>
    <message>
        <source>project &quot;%1&quot; has no published document named &quot;%2&quot;</source>
        <translation>项目“%1”中没有名为“%2”的已发布文档</translation>
    </message>
</context>
<context>
    <name>kcat::server::ServerCommand</name>
    <message>
        <source>The team server: &quot;host=H port=P dbname=D user=U&quot; or postgresql://U@H:P/D; the password comes from password=, PGPASSWORD or ~/.pgpass.</source>
        <translation>团队服务器：&quot;host=H port=P dbname=D user=U&quot; 或 postgresql://U@H:P/D；密码取自 password=、PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The workspace (default: the default workspace).</source>
        <translation>工作区（默认：默认工作区）。</translation>
    </message>
    <message>
        <source>Create (or complete) the team schema, the kcat_manager/kcat_annotator roles and the row-level-security policies.</source>
        <translation>创建（或补全）团队数据库模式、kcat_manager/kcat_annotator 角色以及行级安全策略。</translation>
    </message>
    <message>
        <source>Make a login role for an annotator (or a manager with --manager).</source>
        <translation>为标注员创建登录角色（使用 --manager 则创建管理员）。</translation>
    </message>
    <message>
        <source>The login name (lower case).</source>
        <translation>登录名（小写）。</translation>
    </message>
    <message>
        <source>Make a manager: sees and edits everything.</source>
        <translation>创建管理员：可查看和编辑全部内容。</translation>
    </message>
    <message>
        <source>File whose first line is the new login&apos;s password (default: a generated password, printed once).</source>
        <translation>第一行为新登录密码的文件（默认：生成一个密码并只显示一次）。</translation>
    </message>
    <message>
        <source>expected one annotator name, got %1 arguments</source>
        <translation>需要一个标注员名称，实际得到 %1 个参数</translation>
    </message>
    <message>
        <source>Assign a project&apos;s published documents (all, or those named) to an annotator.</source>
        <translation>将项目中已发布的文档（全部或指定的文档）分配给一名标注员。</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>The annotator&apos;s login name.</source>
        <translation>标注员的登录名。</translation>
    </message>
    <message>
        <source>A document&apos;s name (repeatable; default: all).</source>
        <translation>文档名称（可重复；默认：全部）。</translation>
    </message>
    <message>
        <source>Mark the assignments as gold (quality control).</source>
        <translation>将这些分配标记为金标准（用于质量控制）。</translation>
    </message>
    <message>
        <source>Remove the assignments instead.</source>
        <translation>改为移除这些分配。</translation>
    </message>
    <message>
        <source>Push the workspace&apos;s projects, documents, mentions and candidates to the team server.</source>
        <translation>将工作区的项目、文档、提及和候选实体推送到团队服务器。</translation>
    </message>
    <message>
        <source>Only this project.</source>
        <translation>仅此项目。</translation>
    </message>
    <message>
        <source>Bring every annotator&apos;s labels and cost log back into the workspace (per annotator).</source>
        <translation>将每位标注员的标签和成本日志取回到工作区（按标注员分开）。</translation>
    </message>
    <message>
        <source>Annotator&apos;s cache: send the outbox, then fetch the assigned documents and own labels.</source>
        <translation>标注员缓存：发送发件箱，然后获取分配的文档和自己的标签。</translation>
    </message>
    <message>
        <source>Show the login&apos;s role and, for a manager, each annotator&apos;s assignments and labels.</source>
        <translation>显示登录的角色；对管理员还显示每位标注员的分配和标签。</translation>
    </message>
</context>
<context>
    <name>kcat::server::ServerConnection</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is missing; install the Debian package libqt6sql6-psql</source>
        <translation>缺少 Qt PostgreSQL 驱动（QPSQL）；请安装 Debian 软件包 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>(the system user)</source>
        <translation>（系统用户）</translation>
    </message>
    <message>
        <source>the team server at %1 refused the login of %2 (check the user name and password): %3</source>
        <translation>位于 %1 的团队服务器拒绝了 %2 的登录（请检查用户名和密码）：%3</translation>
    </message>
    <message>
        <source>the team server at %1 has no database &quot;%2&quot;: %3</source>
        <translation>位于 %1 的团队服务器上没有数据库“%2”：%3</translation>
    </message>
    <message>
        <source>cannot reach the team server at %1: %2</source>
        <translation>无法连接位于 %1 的团队服务器：%2</translation>
    </message>
    <message>
        <source>lost the connection to the team server at %1: %2</source>
        <translation>与位于 %1 的团队服务器的连接已断开：%2</translation>
    </message>
    <message>
        <source>the team server at %1 refused %2: %3</source>
        <translation>位于 %1 的团队服务器拒绝了 %2：%3</translation>
    </message>
    <message>
        <source>a transaction</source>
        <translation>一个事务</translation>
    </message>
    <message>
        <source>the commit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>kcat::server::ServerSchema</name>
    <message>
        <source>the team server %1 has no KCAT schema yet; the administrator runs `kcat server init`</source>
        <translation>团队服务器 %1 尚无 KCAT 数据库模式；请管理员运行 `kcat server init`</translation>
    </message>
    <message>
        <source>the team server %1 has schema version %2, this program needs %3; the administrator runs `kcat server init` to upgrade it</source>
        <translation>团队服务器 %1 的模式版本为 %2，本程序需要 %3；请管理员运行 `kcat server init` 进行升级</translation>
    </message>
    <message>
        <source>the team server %1 has schema version %2, newer than this program&apos;s %3; update KCAT Studio</source>
        <translation>团队服务器 %1 的模式版本为 %2，比本程序的 %3 更新；请更新 KCAT Studio</translation>
    </message>
</context>
<context>
    <name>kcat::server::ServerSettings</name>
    <message>
        <source>bad port &quot;%1&quot; in the DSN (expected 1–65535)</source>
        <translation>DSN 中的端口“%1”无效（应为 1–65535）</translation>
    </message>
    <message>
        <source>malformed DSN URI &quot;%1&quot;</source>
        <translation>DSN URI“%1”格式错误</translation>
    </message>
    <message>
        <source>empty DSN (expected e.g. &quot;host=HOST port=5432 dbname=kcat user=NAME&quot;)</source>
        <translation>DSN 为空（应类似 &quot;host=HOST port=5432 dbname=kcat user=NAME&quot;）</translation>
    </message>
    <message>
        <source>bad DSN part &quot;%1&quot; (expected key=value)</source>
        <translation>DSN 片段“%1”无效（应为 key=value）</translation>
    </message>
    <message>
        <source>unknown DSN key &quot;%1&quot; (expected host, port, dbname, user or password)</source>
        <translation>未知的 DSN 键“%1”（应为 host、port、dbname、user 或 password）</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>%1:1: empty password file (expected the password on the first line)</source>
        <translation>%1:1：密码文件为空（第一行应为密码）</translation>
    </message>
</context>
<context>
    <name>kcat::server::SyncAgent</name>
    <message>
        <source>Team server %1: every label is saved on the server</source>
        <translation>团队服务器 %1：所有标签均已保存到服务器</translation>
    </message>
    <message numerus="yes">
        <source>Team server %1: sending %n label edit(s)…</source>
        <translation>
            <numerusform>团队服务器 %1：正在发送 %n 项标签编辑…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team server %1 unreachable: %n label edit(s) kept on this computer, retrying</source>
        <translation>
            <numerusform>团队服务器 %1 无法连接：%n 项标签编辑保存在本机，正在重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team server %1 refused the edits (%n waiting): %2</source>
        <translation>
            <numerusform>团队服务器 %1 拒绝了这些编辑（%n 项等待中）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::server::TeamSync</name>
    <message>
        <source>cannot read the workspace %1: %2</source>
        <translation>无法读取工作区 %1：%2</translation>
    </message>
    <message>
        <source>the workspace %1 has no project named &quot;%2&quot;</source>
        <translation>工作区 %1 中没有名为“%2”的项目</translation>
    </message>
    <message>
        <source>published, but could not record the server ids in %1: %2 (publishing again repairs it)</source>
        <translation>已发布，但无法在 %1 中记录服务器 ID：%2（再次发布即可修复）</translation>
    </message>
    <message>
        <source>could not store the pulled labels in %1 (nothing was changed): %2</source>
        <translation>无法将取回的标签保存到 %1（未做任何更改）：%2</translation>
    </message>
    <message>
        <source>cannot read the assignments of %1: %2</source>
        <translation>无法读取 %1 的分配：%2</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed on the server or in the workspace</source>
        <translation>已取消；服务器和工作区均未更改</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; of project &quot;%2&quot; is not on the team server yet; publish the project first</source>
        <translation>项目“%2”的文档“%1”尚未在团队服务器上；请先发布该项目</translation>
    </message>
    <message>
        <source>document %1 is not a published document of project &quot;%2&quot;</source>
        <translation>文档 %1 不是项目“%2”已发布的文档</translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; on the team server at %2 (add one with `kcat server add-annotator`)</source>
        <translation>团队服务器 %2 上没有标注者“%1”（用 `kcat server add-annotator` 添加）</translation>
    </message>
</context>
</TS>
