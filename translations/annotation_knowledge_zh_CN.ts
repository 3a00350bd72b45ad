<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::annotation::CalibrationCommand</name>
    <message>
        <source>Measure the linker&apos;s calibration on WordNet-labelled mentions and fit its parameters on a separate split.</source>
        <translation>在 WordNet 标注的提及上衡量链接器的校准程度，并在另一半数据上拟合其参数。</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::Knowledge</name>
    <message>
        <source>List the built-in type sets with their sizes and depths.</source>
        <translation>列出内置类型集及其大小和深度。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: expected UTF-8 text</source>
        <translation>%1：应为 UTF-8 文本</translation>
    </message>
    <message>
        <source>Detect and link entity mentions in text; print each with its candidate types.</source>
        <translation>检测并链接文本中的实体提及；输出每个提及及其候选类型。</translation>
    </message>
    <message>
        <source>Type set: figer, ontonotes, coarse, wordnet or a type set file.</source>
        <translation>类型集：figer、ontonotes、coarse、wordnet 或类型集文件。</translation>
    </message>
    <message>
        <source>Knowledge base: wordnet (default) or a JSONL file.</source>
        <translation>知识库：wordnet（默认）或 JSONL 文件。</translation>
    </message>
    <message>
        <source>The text to annotate.</source>
        <translation>要标注的文本。</translation>
    </message>
    <message>
        <source>A UTF-8 text file to annotate.</source>
        <translation>要标注的 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>Candidates per mention (default 5).</source>
        <translation>每个提及的候选数（默认 5）。</translation>
    </message>
    <message>
        <source>expected exactly one of --text and --input</source>
        <translation>--text 和 --input 必须且只能指定一个</translation>
    </message>
    <message>
        <source>unknown type set &quot;%1&quot;; expected figer, ontonotes, coarse, wordnet or a type set file</source>
        <translation>未知类型集“%1”；应为 figer、ontonotes、coarse、wordnet 或类型集文件</translation>
    </message>
    <message>
        <source>%1: no such knowledge base file (expected wordnet or a JSONL file)</source>
        <translation>%1：知识库文件不存在（应为 wordnet 或 JSONL 文件）</translation>
    </message>
    <message>
        <source>%1:%2: type &quot;%3&quot; of entity &quot;%4&quot; is not in the type set &quot;%5&quot;</source>
        <translation>%1:%2：实体“%4”的类型“%3”不在类型集“%5”中</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::KnowledgeBase</name>
    <message>
        <source>invalid JSON (%1); expected one object a line with id, names, description, types</source>
        <translation>JSON 无效（%1）；每行应为一个包含 id、names、description、types 的对象</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected &quot;id&quot;: a string or an integer</source>
        <translation>应有 &quot;id&quot;：字符串或整数</translation>
    </message>
    <message>
        <source>&quot;id&quot; is empty</source>
        <translation>&quot;id&quot; 为空</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>重复的 id“%1”</translation>
    </message>
    <message>
        <source>expected &quot;names&quot;: a non-empty array of strings</source>
        <translation>应有 &quot;names&quot;：非空字符串数组</translation>
    </message>
    <message>
        <source>expected &quot;description&quot;: a string</source>
        <translation>&quot;description&quot; 应为字符串</translation>
    </message>
    <message>
        <source>expected &quot;types&quot;: an array of type paths</source>
        <translation>&quot;types&quot; 应为类型路径数组</translation>
    </message>
    <message>
        <source>expected &quot;types&quot;: an array of type paths such as &quot;/person&quot;</source>
        <translation>&quot;types&quot; 应为类型路径数组，例如 &quot;/person&quot;</translation>
    </message>
    <message>
        <source>expected at least one entity (one JSON object a line)</source>
        <translation>至少应有一个实体（每行一个 JSON 对象）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::TypeSetRegistry</name>
    <message>
        <source>the built-in file is missing from the resources</source>
        <translation>资源中缺少内置文件</translation>
    </message>
    <message>
        <source>the &quot;wordnet&quot; type set needs the WordNet database</source>
        <translation>&quot;wordnet&quot; 类型集需要 WordNet 数据库</translation>
    </message>
    <message>
        <source>unknown type set &quot;%1&quot;; expected one of: %2</source>
        <translation>未知类型集“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in type set; choose another</source>
        <translation>“%1”是内置类型集的名称；请另选一个</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::TypeTaxonomy</name>
    <message>
        <source>expected a type path such as /person/artist, got &quot;%1&quot;</source>
        <translation>应为类型路径（如 /person/artist），实际为“%1”</translation>
    </message>
    <message>
        <source>empty segment in type path &quot;%1&quot;</source>
        <translation>类型路径“%1”中有空段</translation>
    </message>
    <message>
        <source>type path &quot;%1&quot; contains white space or a control character</source>
        <translation>类型路径“%1”包含空白或控制字符</translation>
    </message>
    <message>
        <source>expected at least one type path (one /a/b path a line)</source>
        <translation>至少应有一个类型路径（每行一个 /a/b 路径）</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 无效：%1</translation>
    </message>
    <message>
        <source>expected an object with a &quot;types&quot; array</source>
        <translation>应为包含 &quot;types&quot; 数组的对象</translation>
    </message>
    <message>
        <source>expected a JSON array of types or an object with &quot;types&quot;</source>
        <translation>应为类型的 JSON 数组或包含 &quot;types&quot; 的对象</translation>
    </message>
    <message>
        <source>type %1: expected a path string or an object with a &quot;path&quot; string</source>
        <translation>第 %1 个类型：应为路径字符串或包含 &quot;path&quot; 字符串的对象</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;: descriptions must be strings</source>
        <translation>类型“%1”：描述必须是字符串</translation>
    </message>
    <message>
        <source>expected at least one type</source>
        <translation>至少应有一个类型</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::WordNetDatabase</name>
    <message>
        <source>cannot read the WordNet file (%1); install the Debian package wordnet-base or set KCAT_WORDNET_DIR</source>
        <translation>无法读取 WordNet 文件（%1）；请安装 Debian 软件包 wordnet-base 或设置 KCAT_WORDNET_DIR</translation>
    </message>
    <message>
        <source>malformed noun synset: expected %1</source>
        <translation>名词同义词集格式错误：应为%1</translation>
    </message>
    <message>
        <source>an 8-digit synset offset</source>
        <translation>8 位同义词集偏移量</translation>
    </message>
    <message>
        <source>a lexicographer file number</source>
        <translation>词典编纂文件编号</translation>
    </message>
    <message>
        <source>synset type &quot;n&quot;</source>
        <translation>同义词集类型 &quot;n&quot;</translation>
    </message>
    <message>
        <source>a hexadecimal word count</source>
        <translation>十六进制词数</translation>
    </message>
    <message>
        <source>%1 words with their lex ids</source>
        <translation>%1 个词及其 lex id</translation>
    </message>
    <message>
        <source>a 3-digit pointer count</source>
        <translation>3 位指针计数</translation>
    </message>
    <message>
        <source>%1 pointers (symbol, offset, part of speech, source/target)</source>
        <translation>%1 个指针（符号、偏移量、词性、源/目标）</translation>
    </message>
    <message>
        <source>expected noun synsets, found none</source>
        <translation>应有名词同义词集，但未找到</translation>
    </message>
    <message>
        <source>malformed index entry: expected lemma, pos, counts</source>
        <translation>索引条目格式错误：应为词元、词性、计数</translation>
    </message>
    <message>
        <source>expected %1 synset offsets</source>
        <translation>应有 %1 个同义词集偏移量</translation>
    </message>
</context>
<context>
    <name>kcat::annotation::WordNetTypeMapping</name>
    <message>
        <source>the built-in mapping is missing from the resources</source>
        <translation>资源中缺少内置映射</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 无效：%1</translation>
    </message>
    <message>
        <source>expected an object with a &quot;rules&quot; array</source>
        <translation>应为包含 &quot;rules&quot; 数组的对象</translation>
    </message>
    <message>
        <source>expected every rule to have a &quot;synset&quot; such as &quot;city.n.01&quot;</source>
        <translation>每条规则都应有 &quot;synset&quot;，例如 &quot;city.n.01&quot;</translation>
    </message>
    <message>
        <source>unknown WordNet noun sense &quot;%1&quot;</source>
        <translation>未知的 WordNet 名词义项“%1”</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: an array of type paths</source>
        <translation>&quot;%1&quot; 应为类型路径数组</translation>
    </message>
    <message>
        <source>a second rule for &quot;%1&quot;</source>
        <translation>“%1”的第二条规则</translation>
    </message>
</context>
</TS>
