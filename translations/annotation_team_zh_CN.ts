<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::team::AddMemberCommand</name>
    <message>
        <source>Add %1 to the team</source>
        <translation>将 %1 加入团队</translation>
    </message>
</context>
<context>
    <name>kcat::team::AdjudicateCommand</name>
    <message>
        <source>Override types</source>
        <translation>改写类型</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>接受 %n 条建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::team::AssignDocumentsCommand</name>
    <message>
        <source>Assign documents (overlap %1)</source>
        <translation>分配文档（重叠 %1）</translation>
    </message>
</context>
<context>
    <name>kcat::team::AssignmentPlanner</name>
    <message>
        <source>The team has no annotators to assign documents to.</source>
        <translation>团队中没有可分配文档的标注员。</translation>
    </message>
    <message>
        <source>Overlap %1: expected 1 to %2 (the number of annotators).</source>
        <translation>重叠 %1：应为 1 到 %2（标注员人数）。</translation>
    </message>
    <message>
        <source>Gold documents %1: expected 0 to %2 (the number of documents).</source>
        <translation>金标准文档 %1：应为 0 到 %2（文档数）。</translation>
    </message>
</context>
<context>
    <name>kcat::team::CurationModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <source>Suggestion (%1)</source>
        <translation>建议（%1）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
</context>
<context>
    <name>kcat::team::ProjectSimulation</name>
    <message>
        <source>Project %1 does not exist in %2.</source>
        <translation>%2 中不存在项目 %1。</translation>
    </message>
    <message>
        <source>Type set &apos;%1&apos; of the project is not known to the knowledge base: %2</source>
        <translation>知识库不认识项目的类型集“%1”：%2</translation>
    </message>
    <message>
        <source>Simulate at least one annotator.</source>
        <translation>至少模拟一名标注员。</translation>
    </message>
    <message>
        <source>Project %1 has no documents to simulate labels for.</source>
        <translation>项目 %1 没有可模拟标签的文档。</translation>
    </message>
    <message>
        <source>No mention of project %1 is linked to an entity with types in &apos;%2&apos;; nothing to simulate against.</source>
        <translation>项目 %1 中没有提及链接到在“%2”中有类型的实体；没有可用于模拟的金标准。</translation>
    </message>
    <message>
        <source>An annotator named %1 is already in the team; choose another --prefix.</source>
        <translation>团队中已有名为 %1 的标注员；请换一个 --prefix。</translation>
    </message>
    <message>
        <source>simulated: accuracy %1, %2</source>
        <translation>模拟：准确率 %1，%2</translation>
    </message>
</context>
<context>
    <name>kcat::team::ProjectSnapshot</name>
    <message>
        <source>Project %1 does not exist in %2.</source>
        <translation>%2 中不存在项目 %1。</translation>
    </message>
</context>
<context>
    <name>kcat::team::ReadConnection</name>
    <message>
        <source>%1: cannot be opened for reading: %2</source>
        <translation>%1：无法以只读方式打开：%2</translation>
    </message>
</context>
<context>
    <name>kcat::team::SetRoleCommand</name>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
</context>
<context>
    <name>kcat::team::TeamCommands</name>
    <message>
        <source>Simulate into this workspace project (its mentions&apos; KB types are the gold).</source>
        <translation>模拟写入此工作区项目（以其提及在知识库中的类型为金标准）。</translation>
    </message>
    <message>
        <source>The workspace (default: the default workspace).</source>
        <translation>工作区（默认：默认工作区）。</translation>
    </message>
    <message>
        <source>With --project: annotators per document (default 3).</source>
        <translation>配合 --project：每篇文档的标注员人数（默认 3）。</translation>
    </message>
    <message>
        <source>With --project: documents given to everyone as gold (default 10% of them).</source>
        <translation>配合 --project：作为金标准分给所有人的文档数（默认为文档的 10%）。</translation>
    </message>
    <message>
        <source>With --project: annotators never see each other&apos;s labels.</source>
        <translation>配合 --project：标注员互相看不到对方的标签。</translation>
    </message>
    <message>
        <source>With --project: write no simulated cost-log rows.</source>
        <translation>配合 --project：不写入模拟的成本日志行。</translation>
    </message>
    <message>
        <source>With --project: name prefix of the simulated annotators (default sim).</source>
        <translation>配合 --project：模拟标注员的名称前缀（默认 sim）。</translation>
    </message>
    <message>
        <source>--project: no project named &apos;%1&apos; in %2</source>
        <translation>--project：%2 中没有名为“%1”的项目</translation>
    </message>
    <message>
        <source>Export a project&apos;s adjudicated final layer in a document format.</source>
        <translation>以某种文档格式导出项目经裁决的最终层。</translation>
    </message>
    <message>
        <source>The annotation project&apos;s name.</source>
        <translation>标注项目的名称。</translation>
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
        <source>--format: expected kcat, jsonl, brat or text, got &apos;%1&apos;</source>
        <translation>--format：应为 kcat、jsonl、brat 或 text，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>kcat::team::TeamMemberModel</name>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>kcat::team::TeamStore</name>
    <message>
        <source>An annotator needs a name.</source>
        <translation>标注员需要一个名称。</translation>
    </message>
    <message>
        <source>%1 is already in the team.</source>
        <translation>%1 已在团队中。</translation>
    </message>
    <message numerus="yes">
        <source>The annotator still has %n assignment(s); reassign the documents first.</source>
        <translation>
            <numerusform>该标注员仍有 %n 项分配；请先重新分配文档。</numerusform>
        </translation>
    </message>
</context>
</TS>
