<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::AdjudicationView</name>
    <message>
        <source>Only disagreements</source>
        <translation>仅分歧</translation>
    </message>
    <message>
        <source>Only confidence below</source>
        <translation>仅置信度低于</translation>
    </message>
    <message>
        <source>Only undecided</source>
        <translation>仅未裁决</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>标注员：</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Make the suggestion the final types of the selected mentions (Enter)</source>
        <translation>将建议设为所选提及的最终类型（Enter）</translation>
    </message>
    <message>
        <source>Accept all shown</source>
        <translation>接受全部显示项</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>改写…</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>清除裁决</translation>
    </message>
    <message>
        <source>KCAT format</source>
        <translation>KCAT 格式</translation>
    </message>
    <message>
        <source>FIGER JSONL</source>
        <translation>FIGER JSONL</translation>
    </message>
    <message>
        <source>brat standoff</source>
        <translation>brat 标注格式</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Export final layer…</source>
        <translation>导出最终层…</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) shown</source>
        <translation>
            <numerusform>显示 %n 个提及</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>所有标注员</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Export Final Layer Into</source>
        <translation>将最终层导出到</translation>
    </message>
    <message>
        <source>Export Final Layer</source>
        <translation>导出最终层</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the final types of the selected mentions yourself</source>
        <translation>自行选择所选提及的最终类型</translation>
    </message>
    <message>
        <source>The type set “%1” is not available here; the list shows the types used in this project.</source>
        <translation>此处无法使用类型集“%1”；列表显示本项目中用到的类型。</translation>
    </message>
    <message numerus="yes">
        <source>Override Types of %n Mention(s)</source>
        <translation>
            <numerusform>改写 %n 个提及的类型</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcat::ui::ChartPanel</name>
    <message>
        <source>Image…</source>
        <translation>图像…</translation>
    </message>
    <message>
        <source>Export the chart as PNG or SVG</source>
        <translation>将图表导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation>将图表的数据导出为 CSV</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>%1: cannot write the image (use .png or .svg)</source>
        <translation>%1：无法写入图像（请使用 .png 或 .svg）</translation>
    </message>
    <message>
        <source>%1: cannot write the CSV file</source>
        <translation>%1：无法写入 CSV 文件</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kcat::ui::DashboardView</name>
    <message>
        <source>Agreement between annotators (same type set)</source>
        <translation>标注员之间的一致性（类型集相同）</translation>
    </message>
    <message>
        <source>Accuracy per annotator</source>
        <translation>各标注员的准确率</translation>
    </message>
    <message>
        <source>Confusion of top-level types</source>
        <translation>顶层类型混淆</translation>
    </message>
    <message>
        <source>Progress per annotator</source>
        <translation>各标注员的进度</translation>
    </message>
    <message>
        <source>Seconds per mention</source>
        <translation>每个提及的秒数</translation>
    </message>
    <message>
        <source>Type-set-size experiment</source>
        <translation>类型集大小实验</translation>
    </message>
    <message>
        <source>Type confusion pairs</source>
        <translation>类型混淆对</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Share of shared mentions on which two annotators chose the same type set (white 0 → dark blue 1; empty = no shared mention).</source>
        <translation>两名标注员在共同提及上选择相同类型集的比例（白色 0 → 深蓝 1；空白 = 没有共同提及）。</translation>
    </message>
    <message>
        <source>No gold mentions: gold accuracy is not available.</source>
        <translation>没有金标准提及：无法计算金标准准确率。</translation>
    </message>
    <message>
        <source>The cost log of this project is empty.</source>
        <translation>此项目的成本日志为空。</translation>
    </message>
    <message numerus="yes">
        <source>%n cost row(s) have no recorded type-set size and are left out.</source>
        <translation>
            <numerusform>%n 条成本记录没有记录类型集大小，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s); seconds per mention from %1 cost row(s).</source>
        <translation>
            <numerusform>%n 名标注员；每个提及的秒数来自 %1 条成本记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>given by the annotator</source>
        <translation>标注者给出的类型</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Rows: the reference top-level type (gold where there is gold, else the suggestion); columns: the type the annotator gave; each row sums to 1.</source>
        <translation>行：参照的顶层类型（有金标准时用金标准，否则用建议）；列：标注者给出的类型；每行之和为 1。</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ManageCharts</name>
    <message>
        <source>vs gold (exact)</source>
        <translation>对金标准（完全一致）</translation>
    </message>
    <message>
        <source>vs consensus (exact)</source>
        <translation>对共识（完全一致）</translation>
    </message>
    <message>
        <source>vs consensus (Jaccard)</source>
        <translation>对共识（Jaccard）</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>提及数</translation>
    </message>
    <message>
        <source>seconds per mention (bin start)</source>
        <translation>每个提及的秒数（区间起点）</translation>
    </message>
    <message>
        <source>mean seconds per mention</source>
        <translation>每个提及的平均秒数</translation>
    </message>
    <message>
        <source>mean actions per mention</source>
        <translation>每个提及的平均操作数</translation>
    </message>
    <message>
        <source>annotator pairs that disagreed this way</source>
        <translation>以此方式产生分歧的标注员对数</translation>
    </message>
    <message>
        <source>seconds, constrained</source>
        <translation>秒数，有约束</translation>
    </message>
    <message>
        <source>seconds, unconstrained</source>
        <translation>秒数，无约束</translation>
    </message>
    <message>
        <source>actions, constrained</source>
        <translation>操作数，有约束</translation>
    </message>
    <message>
        <source>actions, unconstrained</source>
        <translation>操作数，无约束</translation>
    </message>
    <message>
        <source>types offered (type-set size, log scale)</source>
        <translation>提供的类型数（类型集大小，对数刻度）</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ManagePage</name>
    <message>
        <source>Majority vote</source>
        <translation>多数投票</translation>
    </message>
    <message>
        <source>Dawid–Skene</source>
        <translation>Dawid–Skene</translation>
    </message>
    <message>
        <source>One-coin Dawid–Skene</source>
        <translation>单硬币 Dawid–Skene</translation>
    </message>
    <message>
        <source>GLAD</source>
        <translation>GLAD</translation>
    </message>
    <message>
        <source>MACE</source>
        <translation>MACE</translation>
    </message>
    <message>
        <source>How the suggestions and the consensus are aggregated (per type)</source>
        <translation>建议与共识的聚合方式（按类型）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>聚合：</translation>
    </message>
    <message>
        <source>Team &amp;&amp; Assignments</source>
        <translation>团队与分配</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>裁决</translation>
    </message>
    <message>
        <source>This workspace has no annotation project yet. Import documents on the Annotate page or run `kcat crowd simulate --project …`.</source>
        <translation>此工作区还没有标注项目。请在“标注”页面导入文档，或运行 `kcat crowd simulate --project …`。</translation>
    </message>
    <message>
        <source>Aggregate the crowd&apos;s labels</source>
        <translation>聚合众包标签</translation>
    </message>
    <message>
        <source>type %1 of %2</source>
        <translation>类型 %1 / %2</translation>
    </message>
    <message>
        <source>%1: %2 documents, %3 mentions, %4 annotators, %5 labels; %6 mentions with disagreement.</source>
        <translation>%1：%2 篇文档，%3 个提及，%4 名标注员，%5 个标签；%6 个提及存在分歧。</translation>
    </message>
    <message>
        <source>Aggregation failed: %1</source>
        <translation>聚合失败：%1</translation>
    </message>
    <message>
        <source>Aggregation was cancelled.</source>
        <translation>聚合已取消。</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>正在读取项目…</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>读取项目</translation>
    </message>
    <message numerus="yes">
        <source>aggregating %n label(s)</source>
        <translation>
            <numerusform>聚合 %n 个标注</numerusform>
        </translation>
    </message>
    <message>
        <source>dashboards</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>kcat::ui::TeamPanel</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>New annotator&apos;s name</source>
        <translation>新标注员的名称</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Toggle role</source>
        <translation>切换角色</translation>
    </message>
    <message>
        <source>Make the selected member a manager, or an annotator again</source>
        <translation>将所选成员设为管理员，或改回标注员</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Every document goes to this many annotators; the load is balanced</source>
        <translation>每篇文档分给这么多名标注员；工作量均衡</translation>
    </message>
    <message>
        <source>Blind (annotators never see each other&apos;s labels)</source>
        <translation>盲标（标注员互相看不到对方的标签）</translation>
    </message>
    <message>
        <source>Documents every annotator gets, scored against gold types</source>
        <translation>每名标注员都会拿到、并按金标准类型评分的文档</translation>
    </message>
    <message>
        <source>Assign documents</source>
        <translation>分配文档</translation>
    </message>
    <message>
        <source>Overlap k:</source>
        <translation>重叠 k：</translation>
    </message>
    <message>
        <source>Gold documents:</source>
        <translation>金标准文档：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Progress per annotator</source>
        <translation>各标注员的进度</translation>
    </message>
    <message>
        <source>Progress per document</source>
        <translation>各文档的进度</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>无法添加 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made.</source>
        <translation>
            <numerusform>已完成 %n 项分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning failed.</source>
        <translation>分配失败。</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <source>Gold documents</source>
        <translation>金标准文档</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Seconds per mention</source>
        <translation>每个提及的秒数</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>标注员数</translation>
    </message>
    <message>
        <source>Labels done</source>
        <translation>已完成标签</translation>
    </message>
    <message>
        <source>Labels expected</source>
        <translation>应有标签</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>已裁决</translation>
    </message>
</context>
<context>
    <name>kcat::ui::TypePickerDialog</name>
    <message>
        <source>Override Types</source>
        <translation>改写类型</translation>
    </message>
    <message>
        <source>Filter types (name, path or description)</source>
        <translation>筛选类型（名称、路径或描述）</translation>
    </message>
    <message>
        <source>No type chosen: the mention&apos;s final layer will be untyped.</source>
        <translation>未选择类型：该提及的最终层将没有类型。</translation>
    </message>
    <message>
        <source>Final types: %1</source>
        <translation>最终类型：%1</translation>
    </message>
</context>
</TS>
