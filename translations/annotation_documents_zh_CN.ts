<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TypingCostModel</name>
    <message>
        <source>no project named &quot;%1&quot; in %2</source>
        <translation>%2 中没有名为“%1”的项目</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::AddMentionCommand</name>
    <message>
        <source>Add mention</source>
        <translation>添加提及</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::AdjustSpanCommand</name>
    <message>
        <source>Adjust mention span</source>
        <translation>调整提及范围</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::BratFormat</name>
    <message>
        <source>expected &quot;T&lt;n&gt;&lt;TAB&gt;TYPE START END&lt;TAB&gt;TEXT&quot; with one continuous span</source>
        <translation>应为 &quot;T&lt;n&gt;&lt;TAB&gt;类型 起点 终点&lt;TAB&gt;文本&quot;，且只有一个连续范围</translation>
    </message>
    <message>
        <source>annotation id %1 is used twice (expected unique ids)</source>
        <translation>标注编号 %1 出现了两次（编号应唯一）</translation>
    </message>
    <message>
        <source>the text at %1-%2 is &quot;%3&quot; (expected the annotation&apos;s text &quot;%4&quot;)</source>
        <translation>%1-%2 处的文本是 &quot;%3&quot;（应为标注中的文本 &quot;%4&quot;）</translation>
    </message>
    <message>
        <source>expected &quot;N&lt;n&gt;&lt;TAB&gt;Reference T&lt;n&gt; KB:ENTITY&lt;TAB&gt;NAME&quot;</source>
        <translation>应为 &quot;N&lt;n&gt;&lt;TAB&gt;Reference T&lt;n&gt; KB:实体&lt;TAB&gt;名称&quot;</translation>
    </message>
    <message>
        <source>%1 is not an earlier text-bound annotation (expected T lines first)</source>
        <translation>%1 不是前面出现过的文本标注（T 行应在前）</translation>
    </message>
    <message>
        <source>expected &quot;A&lt;n&gt;&lt;TAB&gt;Flagged T&lt;n&gt;&quot; (the only attribute KCAT uses)</source>
        <translation>应为 &quot;A&lt;n&gt;&lt;TAB&gt;Flagged T&lt;n&gt;&quot;（KCAT 只使用这一属性）</translation>
    </message>
    <message>
        <source>unsupported annotation &quot;%1&quot; (expected T, N, A or # lines)</source>
        <translation>不支持的标注 &quot;%1&quot;（应为 T、N、A 或 # 行）</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::DemoProject</name>
    <message>
        <source>Demo: WordNet glosses</source>
        <translation>演示：WordNet 释义</translation>
    </message>
    <message>
        <source>a project named &quot;%1&quot; exists already</source>
        <translation>名为“%1”的项目已存在</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::DocumentCommand</name>
    <message>
        <source>The workspace (default: the default workspace).</source>
        <translation>工作区（默认：默认工作区）。</translation>
    </message>
    <message>
        <source>The annotation project&apos;s name.</source>
        <translation>标注项目的名称。</translation>
    </message>
    <message>
        <source>Import document files (.kcat, .jsonl, brat .txt+.ann, plain .txt) into a project.</source>
        <translation>将文档文件（.kcat、.jsonl、brat .txt+.ann、纯文本 .txt）导入项目。</translation>
    </message>
    <message>
        <source>Type set of a new project: figer, ontonotes or coarse (default figer).</source>
        <translation>新项目的类型集：figer、ontonotes 或 coarse（默认 figer）。</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>expected at least one file to import</source>
        <translation>应至少指定一个要导入的文件</translation>
    </message>
    <message>
        <source>Export a project&apos;s documents in one of the document formats.</source>
        <translation>以一种文档格式导出项目的文档。</translation>
    </message>
    <message>
        <source>kcat, jsonl, brat or text.</source>
        <translation>kcat、jsonl、brat 或 text。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>写入的文件夹。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected kcat, jsonl, brat or text)</source>
        <translation>未知格式 &quot;%1&quot;（应为 kcat、jsonl、brat 或 text）</translation>
    </message>
    <message>
        <source>no project named &quot;%1&quot; in %2</source>
        <translation>%2 中没有名为 &quot;%1&quot; 的项目</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::DocumentImporter</name>
    <message>
        <source>cannot be read: %1 (expected a readable file)</source>
        <translation>无法读取：%1（应为可读文件）</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::DocumentListModel</name>
    <message>
        <source>%1 of %2 mentions typed</source>
        <translation>%2 个提及中已标注类型 %1 个</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>已标注</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::DocumentStore</name>
    <message>
        <source>span %1-%2 is outside the text (expected 0 &lt;= start &lt; end &lt;= %3)</source>
        <translation>范围 %1-%2 超出文本（应满足 0 &lt;= 起点 &lt; 终点 &lt;= %3）</translation>
    </message>
    <message>
        <source>span %1-%2 crosses the mention at %3-%4 (expected nested or disjoint spans)</source>
        <translation>范围 %1-%2 与 %3-%4 处的提及交叉（范围应嵌套或不相交）</translation>
    </message>
    <message>
        <source>span %1-%2 is already a mention</source>
        <translation>范围 %1-%2 已是一个提及</translation>
    </message>
    <message>
        <source>document %1 does not exist</source>
        <translation>文档 %1 不存在</translation>
    </message>
    <message>
        <source>mention %1 does not exist</source>
        <translation>提及 %1 不存在</translation>
    </message>
    <message>
        <source>nothing to restore for mention %1</source>
        <translation>提及 %1 没有可恢复的内容</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::FigerJsonlFormat</name>
    <message>
        <source>expected a JSON object with &quot;tokens&quot; and &quot;mentions&quot;</source>
        <translation>应为包含 &quot;tokens&quot; 和 &quot;mentions&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>expected &quot;tokens&quot;: an array of strings</source>
        <translation>&quot;tokens&quot; 应为字符串数组</translation>
    </message>
    <message>
        <source>token &quot;%1&quot; is empty or holds whitespace (expected one word)</source>
        <translation>词元 &quot;%1&quot; 为空或含有空白（应为一个词）</translation>
    </message>
    <message>
        <source>expected &quot;mentions&quot;: an array of objects</source>
        <translation>&quot;mentions&quot; 应为对象数组</translation>
    </message>
    <message>
        <source>expected each mention to have integer &quot;start&quot; and &quot;end&quot; token offsets</source>
        <translation>每个提及应有整数形式的 &quot;start&quot; 和 &quot;end&quot; 词元偏移</translation>
    </message>
    <message>
        <source>mention tokens %1-%2 are out of range (expected 0 &lt;= start &lt; end &lt;= %3)</source>
        <translation>提及词元 %1-%2 超出范围（应满足 0 &lt;= 起点 &lt; 终点 &lt;= %3）</translation>
    </message>
    <message>
        <source>expected &quot;labels&quot;: an array of type paths</source>
        <translation>&quot;labels&quot; 应为类型路径数组</translation>
    </message>
    <message>
        <source>expected &quot;entity&quot;: a string, or null for NIL</source>
        <translation>&quot;entity&quot; 应为字符串，NIL 时为 null</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::FlagMentionCommand</name>
    <message>
        <source>Flag mention</source>
        <translation>标记提及</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>清除标记</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::ImportChecks</name>
    <message>
        <source>invalid UTF-8 byte 0x%1 at byte %2 (expected text encoded as UTF-8)</source>
        <translation>第 %2 字节处有无效的 UTF-8 字节 0x%1（文本应为 UTF-8 编码）</translation>
    </message>
    <message>
        <source>malformed type &quot;%1&quot; (expected a path like /person/artist)</source>
        <translation>类型 &quot;%1&quot; 格式错误（应为类似 /person/artist 的路径）</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (expected a type of the project&apos;s type set)</source>
        <translation>未知类型 &quot;%1&quot;（应为项目类型集中的类型）</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::KcatDocumentFormat</name>
    <message>
        <source>expected a line %1 after the text</source>
        <translation>文本之后应有一行 %1</translation>
    </message>
    <message>
        <source>span %1-%2 repeats an earlier line with a different entity (expected the same entity on every line of one mention)</source>
        <translation>范围 %1-%2 与前面某行重复但实体不同（同一提及的每一行应为同一实体）</translation>
    </message>
    <message>
        <source>expected start&lt;TAB&gt;end&lt;TAB&gt;entity[&lt;TAB&gt;type][&lt;TAB&gt;flagged] with integer offsets, found &quot;%1&quot;</source>
        <translation>应为 start&lt;TAB&gt;end&lt;TAB&gt;entity[&lt;TAB&gt;type][&lt;TAB&gt;flagged]，偏移量为整数，实际为“%1”</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; or nothing in the fifth field, found &quot;%2&quot;</source>
        <translation>第五个字段应为“%1”或为空，实际为“%2”</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::MentionListModel</name>
    <message>
        <source>NIL</source>
        <translation>NIL（无对应实体）</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::ProjectStore</name>
    <message>
        <source>a project named &quot;%1&quot; exists already</source>
        <translation>名为 &quot;%1&quot; 的项目已存在</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::RemoveMentionCommand</name>
    <message>
        <source>Remove mention</source>
        <translation>删除提及</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::SetLinkCommand</name>
    <message>
        <source>Set link to NIL</source>
        <translation>链接设为 NIL</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>链接到 %1</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::SetTypeCommand</name>
    <message>
        <source>Set type %1</source>
        <translation>设置类型 %1</translation>
    </message>
    <message>
        <source>Unset type %1</source>
        <translation>取消类型 %1</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::TypingCostModel</name>
    <message>
        <source>Fewest keystrokes to type the demo mentions&apos; gold types, with or without the knowledge constraint.</source>
        <translation>在有或没有知识约束的情况下，为示例提及标注其标准类型所需的最少按键数。</translation>
    </message>
    <message>
        <source>Type set: figer, ontonotes, coarse or wordnet.</source>
        <translation>类型集：figer、ontonotes、coarse 或 wordnet。</translation>
    </message>
    <message>
        <source>Offer every type (no knowledge constraint).</source>
        <translation>提供全部类型（不使用知识约束）。</translation>
    </message>
    <message>
        <source>How many gloss documents (default 200, the demo project).</source>
        <translation>使用多少篇释义文档（默认 200，即示例项目）。</translation>
    </message>
    <message>
        <source>Also summarise this workspace&apos;s cost log (with --project).</source>
        <translation>同时汇总该工作区的成本日志（需配合 --project）。</translation>
    </message>
    <message>
        <source>The project whose cost log to summarise.</source>
        <translation>要汇总其成本日志的项目。</translation>
    </message>
    <message>
        <source>unknown type set &quot;%1&quot;; expected figer, ontonotes, coarse or wordnet</source>
        <translation>未知的类型集“%1”；应为 figer、ontonotes、coarse 或 wordnet</translation>
    </message>
    <message>
        <source>expected --workspace and --project together</source>
        <translation>--workspace 与 --project 应同时给出</translation>
    </message>
</context>
</TS>
