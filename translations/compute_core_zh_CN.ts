<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::core::CliRegistry</name>
    <message>
        <source>Usage: kcat &lt;command&gt; [options]</source>
        <translation>用法：kcat &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>The command-line twin of KCAT Studio. Results are JSON on standard output; errors go to standard error with a non-zero exit code (2 for bad usage or input, 1 for other failures).</source>
        <translation>KCAT Studio 的命令行版本。结果以 JSON 输出到标准输出；错误输出到标准错误，并返回非零退出码（用法或输入错误为 2，其他失败为 1）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;kcat &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行“kcat &lt;命令&gt; --help”查看命令的选项。</translation>
    </message>
    <message>
        <source>kcat: &apos;%1&apos; needs a subcommand: %2</source>
        <translation>kcat：“%1”需要子命令：%2</translation>
    </message>
    <message>
        <source>kcat: unknown command &apos;%1&apos;; run &apos;kcat --help&apos; for the list</source>
        <translation>kcat：未知命令“%1”；运行“kcat --help”查看命令列表</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
    <message>
        <source>--%1: expected an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1：应为 %2 到 %3 之间的整数，实际为“%4”</translation>
    </message>
    <message>
        <source>--%1: expected a number from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1：应为 %2 到 %3 之间的数值，实际为“%4”</translation>
    </message>
    <message>
        <source>expected one workspace path, got %1 arguments</source>
        <translation>应给出一个工作区路径，实际给出 %1 个参数</translation>
    </message>
    <message>
        <source>Print the program&apos;s version and its libraries&apos;.</source>
        <translation>显示程序及其依赖库的版本。</translation>
    </message>
    <message>
        <source>Create a new workspace (default: the default workspace).</source>
        <translation>新建工作区（默认：默认工作区）。</translation>
    </message>
    <message>
        <source>Workspace file to create.</source>
        <translation>要创建的工作区文件。</translation>
    </message>
    <message>
        <source>Describe a workspace: schema, modules, tables.</source>
        <translation>描述工作区：模式版本、模块、数据表。</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Check a workspace&apos;s integrity (SQLite quick_check and foreign keys).</source>
        <translation>检查工作区完整性（SQLite quick_check 与外键）。</translation>
    </message>
    <message>
        <source>Run the slower full integrity_check.</source>
        <translation>运行较慢的完整 integrity_check。</translation>
    </message>
</context>
<context>
    <name>kcat::core::JobListModel</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>kcat::core::Translations</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>kcat::core::Workspace</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a file (expected a KCAT Studio workspace)</source>
        <translation>%1：不是文件（应为 KCAT Studio 工作区）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty (expected a KCAT Studio workspace, an SQLite database)</source>
        <translation>%1：文件为空（应为 KCAT Studio 工作区，即 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1: not an SQLite database (expected a KCAT Studio workspace)</source>
        <translation>%1：不是 SQLite 数据库（应为 KCAT Studio 工作区）</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the workspace is damaged (SQLite quick_check: %2). It was left as it is; restore it from a backup.</source>
        <translation>%1：工作区已损坏（SQLite quick_check：%2）。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a KCAT Studio workspace (no kcat_meta table naming the application)</source>
        <translation>%1：是 SQLite 数据库，但不是 KCAT Studio 工作区（没有标明应用程序的 kcat_meta 表）</translation>
    </message>
    <message>
        <source>%1: a KCAT Studio workspace without its migration table</source>
        <translation>%1：KCAT Studio 工作区缺少迁移记录表</translation>
    </message>
    <message>
        <source>%1: made by a newer KCAT Studio (its &apos;%2&apos; data is at schema version %3; this program knows up to version %4). Open it with a newer version.</source>
        <translation>%1：由较新版本的 KCAT Studio 创建（其“%2”数据的模式版本为 %3；本程序最高支持版本 %4）。请使用较新版本打开。</translation>
    </message>
    <message>
        <source>no workspace path given</source>
        <translation>未给出工作区路径</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1：已存在；请换一个名称</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1：无法创建：%2</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1：无法以写入方式打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: upgrading &apos;%2&apos; data to schema version %3 (%4) failed: %5. The workspace was left at the version before.</source>
        <translation>%1：将“%2”数据升级到模式版本 %3（%4）失败：%5。工作区保持在升级前的版本。</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
</context>
</TS>
