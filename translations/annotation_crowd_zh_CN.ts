<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrowdCommands</name>
    <message>
        <source>%1: item &apos;%2&apos; has %3 gold labels; single-label aggregation needs one (use --multilabel)</source>
        <translation>%1：条目“%2”有 %3 个金标准标签；单标签聚合只需要一个（标签集请用 --multilabel）</translation>
    </message>
</context>
<context>
    <name>kcat::crowd::Agreement</name>
    <message>
        <source>no item has labels from two annotators</source>
        <translation>没有任何条目同时有两位标注者的标签</translation>
    </message>
</context>
<context>
    <name>kcat::crowd::CrowdCommands</name>
    <message>
        <source>Turn many annotators&apos; labels into one label per item, with annotator skills.</source>
        <translation>把多位标注者的标签聚合为每个条目一个标签，并给出各标注者的能力估计。</translation>
    </message>
    <message>
        <source>Long-format TSV: item&lt;TAB&gt;annotator&lt;TAB&gt;label[&lt;TAB&gt;time].</source>
        <translation>长格式 TSV：条目&lt;TAB&gt;标注者&lt;TAB&gt;标签[&lt;TAB&gt;时间]。</translation>
    </message>
    <message>
        <source>mv, ds (Dawid-Skene, default), onecoin, glad or mace.</source>
        <translation>mv、ds（Dawid-Skene，默认）、onecoin、glad 或 mace。</translation>
    </message>
    <message>
        <source>Gold labels TSV: item&lt;TAB&gt;label.</source>
        <translation>金标准标签 TSV：条目&lt;TAB&gt;标签。</translation>
    </message>
    <message>
        <source>Label sets: binary relevance per label, closed under ancestors.</source>
        <translation>标签集：逐标签二元相关聚合，结果对祖先类型封闭。</translation>
    </message>
    <message>
        <source>Parent map TSV label&lt;TAB&gt;parent for --multilabel.</source>
        <translation>供 --multilabel 使用的父类型映射 TSV：标签&lt;TAB&gt;父标签。</translation>
    </message>
    <message>
        <source>EM stops when no posterior moves more (default 1e-6).</source>
        <translation>当所有后验概率的变化都不超过此值时 EM 停止（默认 1e-6）。</translation>
    </message>
    <message>
        <source>EM iteration cap (default 100).</source>
        <translation>EM 迭代次数上限（默认 100）。</translation>
    </message>
    <message>
        <source>Seed of MACE&apos;s random restarts (default 1).</source>
        <translation>MACE 随机重启的种子（默认 1）。</translation>
    </message>
    <message>
        <source>MACE&apos;s random restarts (default 5).</source>
        <translation>MACE 的随机重启次数（默认 5）。</translation>
    </message>
    <message>
        <source>--parents needs --multilabel</source>
        <translation>--parents 需要与 --multilabel 一起使用</translation>
    </message>
    <message>
        <source>Inter-annotator agreement of a label file (item, annotator, label TSV).</source>
        <translation>计算标签文件（条目、标注者、标签 TSV）的标注者间一致性。</translation>
    </message>
    <message>
        <source>percent, cohen, fleiss or krippendorff (default).</source>
        <translation>percent、cohen、fleiss 或 krippendorff（默认）。</translation>
    </message>
    <message>
        <source>Distance between label sets: nominal (default), masi or jaccard.</source>
        <translation>标签集之间的距离：nominal（默认）、masi 或 jaccard。</translation>
    </message>
    <message>
        <source>Also break the value down: label, document, time (comma-separated).</source>
        <translation>同时按以下维度分解结果：label、document、time（逗号分隔）。</translation>
    </message>
    <message>
        <source>Number of time windows for --by time (default 10).</source>
        <translation>--by time 使用的时间窗口数（默认 10）。</translation>
    </message>
    <message>
        <source>--by: expected label, document or time, got &apos;%1&apos;</source>
        <translation>--by：应为 label、document 或 time，实际为“%1”</translation>
    </message>
    <message>
        <source>--metric fleiss is nominal only; use krippendorff or cohen with --distance %1</source>
        <translation>--metric fleiss 只支持名义距离；请用 krippendorff 或 cohen 搭配 --distance %1</translation>
    </message>
    <message>
        <source>%1: agreement needs at least two annotators; the file has only one (&apos;%2&apos;)</source>
        <translation>%1：计算一致性至少需要两位标注者；该文件只有一位（“%2”）</translation>
    </message>
    <message>
        <source>%1: agreement is undefined: %2</source>
        <translation>%1：一致性无定义：%2</translation>
    </message>
    <message>
        <source>--%1: expected one of %2, got &apos;%3&apos;</source>
        <translation>--%1：应为 %2 之一，实际为“%3”</translation>
    </message>
    <message>
        <source>Number of annotators.</source>
        <translation>标注者人数。</translation>
    </message>
    <message>
        <source>Accuracy of every annotator, or one per annotator (comma-separated).</source>
        <translation>所有标注者的准确率，或为每位标注者分别给出（逗号分隔）。</translation>
    </message>
    <message>
        <source>How many of the annotators (the last ones) answer at random.</source>
        <translation>随机作答的标注者人数（取最后几位）。</translation>
    </message>
    <message>
        <source>Errors: uniform (default) or sibling (towards labels with the same parent).</source>
        <translation>错误模式：uniform（默认）或 sibling（错向同一父类型下的兄弟标签）。</translation>
    </message>
    <message>
        <source>Parent map TSV label&lt;TAB&gt;parent (default: from /path/like names).</source>
        <translation>父类型映射 TSV：标签&lt;TAB&gt;父标签（默认：由 /路径式 名称推出）。</translation>
    </message>
    <message>
        <source>Chance that an annotator labels an item (default 1).</source>
        <translation>标注者标注某个条目的概率（默认 1）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>--accuracy: expected one value or %1 comma-separated values, got %2</source>
        <translation>--accuracy：应为一个值或 %1 个逗号分隔的值，实际为 %2 个</translation>
    </message>
    <message>
        <source>--accuracy: expected numbers from 0 to 1, got &apos;%1&apos;</source>
        <translation>--accuracy：应为 0 到 1 之间的数，实际为“%1”</translation>
    </message>
    <message>
        <source>Simulate crowd labels over gold labels (a label TSV on stdout), or into a workspace project with --project.</source>
        <translation>在金标准标签上模拟众包标签（在标准输出写出标签 TSV），或用 --project 写入工作区项目。</translation>
    </message>
</context>
<context>
    <name>kcat::crowd::CrowdLabels</name>
    <message>
        <source>annotator &apos;%1&apos; gave %2 labels to item &apos;%3&apos;; single-label aggregation needs one (use --multilabel for label sets)</source>
        <translation>标注者“%1”给条目“%3”标了 %2 个标签；单标签聚合只需要一个（标签集请用 --multilabel）</translation>
    </message>
</context>
<context>
    <name>kcat::crowd::LabelTable</name>
    <message>
        <source>%1: file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1:%2: expected 3 or 4 tab-separated columns (item, annotator, label[, time]), got %3</source>
        <translation>%1:%2：应为 3 或 4 个以制表符分隔的列（条目、标注者、标签[、时间]），实际为 %3 列</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 columns like the lines before, got %4</source>
        <translation>%1:%2：应与前面的行一样有 %3 列，实际为 %4 列</translation>
    </message>
    <message>
        <source>%1:%2: the item and the annotator must not be empty</source>
        <translation>%1:%2：条目和标注者不能为空</translation>
    </message>
    <message>
        <source>%1:%2: expected a number (the time) in column 4, got &apos;%3&apos;</source>
        <translation>%1:%2：第 4 列应为数字（时间），实际为“%3”</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected lines item&lt;TAB&gt;annotator&lt;TAB&gt;label</source>
        <translation>%1：文件为空；应为“条目&lt;TAB&gt;标注者&lt;TAB&gt;标签”格式的行</translation>
    </message>
    <message>
        <source>%1: annotator &apos;%2&apos; has no labels (every line of theirs has an empty label column)</source>
        <translation>%1：标注者“%2”没有任何标签（其所有行的标签列都为空）</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected lines item&lt;TAB&gt;gold label</source>
        <translation>%1：文件为空；应为“条目&lt;TAB&gt;金标准标签”格式的行</translation>
    </message>
    <message>
        <source>%1:%2: expected 2 tab-separated columns (%3), got %4</source>
        <translation>%1:%2：应为 2 个以制表符分隔的列（%3），实际为 %4 列</translation>
    </message>
    <message>
        <source>item, gold label</source>
        <translation>条目, 标准标签</translation>
    </message>
</context>
<context>
    <name>kcat::crowd::TypeHierarchy</name>
    <message>
        <source>label, parent</source>
        <translation>标签, 父标签</translation>
    </message>
</context>
</TS>
