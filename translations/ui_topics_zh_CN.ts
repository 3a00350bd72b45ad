<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::ChartExport</name>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>%1: unknown image type; expected a .png or .svg file name</source>
        <translation>%1：未知的图像类型；文件名应以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ComparisonView</name>
    <message>
        <source>Export Table CSV…</source>
        <translation>导出表格 CSV…</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>将比较导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Retrieval precision at recall (held-out queries)</source>
        <translation>各召回率下的检索精度（留出查询）</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>kcat::ui::DocumentView</name>
    <message>
        <source>Choose a document to see its topics.</source>
        <translation>选择一篇文档以查看其主题。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>topic %1: %2%</source>
        <translation>主题 %1：%2%</translation>
    </message>
    <message>
        <source>Not a training document; mixture inferred with the topics fixed. </source>
        <translation>不是训练文档；主题混合在固定主题下推断。</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>主题 %1</translation>
    </message>
</context>
<context>
    <name>kcat::ui::FitModelDialog</name>
    <message>
        <source>Fit Topic Model</source>
        <translation>拟合主题模型</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1（%n 篇文档）</numerusform>
        </translation>
    </message>
    <message>
        <source>LDA (collapsed Gibbs sampling)</source>
        <translation>LDA（坍缩吉布斯采样）</translation>
    </message>
    <message>
        <source>Replicated Softmax (CD-k)</source>
        <translation>重复 Softmax（CD-k）</translation>
    </message>
    <message>
        <source>Bag of words</source>
        <translation>词袋</translation>
    </message>
    <message>
        <source>Semantic locality (word pairs, two-way TF-IDF, k-means)</source>
        <translation>语义局部性（词对、双向 TF-IDF、k 均值）</translation>
    </message>
    <message>
        <source>Gibbs sweeps for LDA, epochs for Replicated Softmax</source>
        <translation>LDA 为吉布斯扫描次数，重复 Softmax 为训练轮数</translation>
    </message>
    <message>
        <source>Lemmatise with WordNet</source>
        <translation>用 WordNet 词形还原</translation>
    </message>
    <message>
        <source>LDA</source>
        <translation>LDA</translation>
    </message>
    <message>
        <source>Asymmetric α</source>
        <translation>非对称 α</translation>
    </message>
    <message>
        <source>α per topic:</source>
        <translation>每个主题的 α：</translation>
    </message>
    <message>
        <source>β:</source>
        <translation>β：</translation>
    </message>
    <message>
        <source>Replicated Softmax</source>
        <translation>重复 Softmax</translation>
    </message>
    <message>
        <source>Minibatch size:</source>
        <translation>小批量大小：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>CD steps (k):</source>
        <translation>CD 步数（k）：</translation>
    </message>
    <message>
        <source>Semantic locality</source>
        <translation>语义局部性</translation>
    </message>
    <message>
        <source>Word pairs: two content words of one sentence at most this many tokens apart (no dependency parser is available)</source>
        <translation>词对：同一句中相距不超过该词元数的两个实词（没有可用的依存句法分析器）</translation>
    </message>
    <message>
        <source>PPMI + SVD over the corpus</source>
        <translation>基于语料库的 PPMI + SVD</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Append the bag of words</source>
        <translation>附加词袋</translation>
    </message>
    <message>
        <source>Pair window:</source>
        <translation>词对窗口：</translation>
    </message>
    <message>
        <source>Word TF-IDF threshold:</source>
        <translation>词 TF-IDF 阈值：</translation>
    </message>
    <message>
        <source>Pair TF-IDF threshold:</source>
        <translation>词对 TF-IDF 阈值：</translation>
    </message>
    <message>
        <source>K-means clusters:</source>
        <translation>k 均值簇数：</translation>
    </message>
    <message>
        <source>K-means restarts:</source>
        <translation>k 均值重启次数：</translation>
    </message>
    <message>
        <source>Embedding dimensions:</source>
        <translation>嵌入维数：</translation>
    </message>
    <message>
        <source>Word vectors (word2vec/GloVe):</source>
        <translation>词向量（word2vec/GloVe）：</translation>
    </message>
    <message>
        <source>Corpus:</source>
        <translation>语料库：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>特征：</translation>
    </message>
    <message>
        <source>Topics (K):</source>
        <translation>主题数（K）：</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Held-out fraction:</source>
        <translation>留出比例：</translation>
    </message>
    <message>
        <source>Min document frequency:</source>
        <translation>最小文档频率：</translation>
    </message>
    <message>
        <source>Max document fraction:</source>
        <translation>最大文档比例：</translation>
    </message>
    <message>
        <source>Retrieval queries (max):</source>
        <translation>检索查询数（上限）：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>Word Vectors</source>
        <translation>词向量</translation>
    </message>
    <message>
        <source>Held-out perplexity needs the partition function, estimated by annealed importance sampling; 0 skips it</source>
        <translation>留出困惑度需要配分函数，由退火重要性采样估计；0 表示跳过</translation>
    </message>
    <message>
        <source>AIS chains (perplexity):</source>
        <translation>AIS 链数（困惑度）：</translation>
    </message>
    <message>
        <source>AIS temperatures:</source>
        <translation>AIS 温度数：</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ImportCorpusDialog</name>
    <message>
        <source>Import Corpus</source>
        <translation>导入语料库</translation>
    </message>
    <message>
        <source>WordNet noun glosses (built-in demo, labelled by lexicographer file)</source>
        <translation>WordNet 名词释义（内置示例，按词典编纂文件标注）</translation>
    </message>
    <message>
        <source>Folder of .txt files (subfolder name = label)</source>
        <translation>.txt 文件夹（子文件夹名 = 标签）</translation>
    </message>
    <message>
        <source>JSONL file (id, text, optional label)</source>
        <translation>JSONL 文件（id、text，可选 label）</translation>
    </message>
    <message>
        <source>CSV file (choose the columns)</source>
        <translation>CSV 文件（选择列）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>文本列：</translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation>标签列：</translation>
    </message>
    <message>
        <source>Id column:</source>
        <translation>Id 列：</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>the file or folder name</source>
        <translation>文件或文件夹名</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>抽样：</translation>
    </message>
    <message>
        <source>Sample seed:</source>
        <translation>抽样种子：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>WordNet glosses (%1)</source>
        <translation>WordNet 释义（%1）</translation>
    </message>
    <message>
        <source>WordNet glosses</source>
        <translation>WordNet 释义</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Corpus Folder</source>
        <translation>语料库文件夹</translation>
    </message>
    <message>
        <source>Corpus File</source>
        <translation>语料库文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSONL files (*.jsonl *.json)</source>
        <translation>JSONL 文件 (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>(line numbers)</source>
        <translation>（行号）</translation>
    </message>
    <message>
        <source>Choose a file or folder.</source>
        <translation>请选择文件或文件夹。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 has no header row to choose the text column from.</source>
        <translation>%1 没有可用于选择文本列的表头行。</translation>
    </message>
</context>
<context>
    <name>kcat::ui::IntertopicMapView</name>
    <message>
        <source>Intertopic distance map (classical MDS of Jensen–Shannon distances)</source>
        <translation>主题间距离图（Jensen–Shannon 距离的经典 MDS）</translation>
    </message>
    <message>
        <source>Fit or choose a model to see its topics.</source>
        <translation>拟合或选择一个模型以查看其主题。</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>主题 %1</translation>
    </message>
</context>
<context>
    <name>kcat::ui::TopicsPage</name>
    <message>
        <source>Import Corpus…</source>
        <translation>导入语料库…</translation>
    </message>
    <message>
        <source>Fit Model…</source>
        <translation>拟合模型…</translation>
    </message>
    <message>
        <source>Delete Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Search a term or the documents</source>
        <translation>搜索词或文档</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Topics as CSV…</source>
        <translation>主题导出为 CSV…</translation>
    </message>
    <message>
        <source>Topics as JSON…</source>
        <translation>主题导出为 JSON…</translation>
    </message>
    <message>
        <source>Document–Topic Matrix (CSV)…</source>
        <translation>文档–主题矩阵（CSV）…</translation>
    </message>
    <message>
        <source>Distance Map Image (PNG/SVG)…</source>
        <translation>距离图图像（PNG/SVG）…</translation>
    </message>
    <message>
        <source>Precision–Recall Chart (PNG/SVG)…</source>
        <translation>精度–召回率图表（PNG/SVG）…</translation>
    </message>
    <message>
        <source>Model Comparison (CSV)…</source>
        <translation>模型比较（CSV）…</translation>
    </message>
    <message>
        <source>Corpus:</source>
        <translation>语料库：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>λ = 1 ranks terms by p(term | topic); λ = 0 by lift p(term | topic) / p(term)</source>
        <translation>λ = 1 按 p(词 | 主题) 排序；λ = 0 按提升度 p(词 | 主题) / p(词) 排序</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Distance Map</source>
        <translation>距离图</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Topic Documents</source>
        <translation>主题文档</translation>
    </message>
    <message>
        <source>All Documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1（%n 篇文档）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a corpus to start: a folder of text files, JSONL, CSV or the built-in WordNet demo.</source>
        <translation>先导入语料库：文本文件夹、JSONL、CSV 或内置的 WordNet 示例。</translation>
    </message>
    <message>
        <source>Fit a model on a corpus to explore its topics.</source>
        <translation>在语料库上拟合模型以浏览其主题。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was saved.</source>
        <translation>%1：已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Importing corpus %1</source>
        <translation>正在导入语料库 %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Fitting %1…</source>
        <translation>正在拟合 %1…</translation>
    </message>
    <message>
        <source>Fitting topic model %1</source>
        <translation>正在拟合主题模型 %1</translation>
    </message>
    <message>
        <source>Opening topic model</source>
        <translation>正在打开主题模型</translation>
    </message>
    <message>
        <source>%1: %2 on %3, K = %4, %5 training documents, %6 features · mAP %7 · NPMI %8 · UMass %9 · perplexity %10</source>
        <translation>%1：%3 上的 %2，K = %4，%5 篇训练文档，%6 个特征 · mAP %7 · NPMI %8 · UMass %9 · 困惑度 %10</translation>
    </message>
    <message>
        <source>Replicated Softmax</source>
        <translation>重复 Softmax</translation>
    </message>
    <message>
        <source>LDA</source>
        <translation>LDA</translation>
    </message>
    <message>
        <source>bag of words</source>
        <translation>词袋</translation>
    </message>
    <message>
        <source>semantic locality</source>
        <translation>语义局部性</translation>
    </message>
    <message>
        <source>Topic %1 Documents</source>
        <translation>主题 %1 的文档</translation>
    </message>
    <message>
        <source>λ = %1</source>
        <translation>λ = %1</translation>
    </message>
    <message>
        <source>topic %1 (%2%)</source>
        <translation>主题 %1（%2%）</translation>
    </message>
    <message>
        <source>“%1” is a term of the model; on the map, red shows p(topic | term): %2.</source>
        <translation>“%1”是模型中的词；图中红色表示 p(主题 | 词)：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a term of the model; documents containing it:</source>
        <translation>“%1”不是模型中的词；包含它的文档：</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match.</source>
        <translation>
            <numerusform>%n 篇文档匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the topic model &apos;%1&apos; from the workspace?</source>
        <translation>从工作区删除主题模型“%1”？</translation>
    </message>
    <message>
        <source>No model is shown.</source>
        <translation>当前没有显示模型。</translation>
    </message>
    <message>
        <source>Intertopic distance map</source>
        <translation>主题间距离图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export Topics</source>
        <translation>导出主题</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Document–Topic Matrix</source>
        <translation>导出文档–主题矩阵</translation>
    </message>
    <message>
        <source>Export Distance Map</source>
        <translation>导出距离图</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
</context>
</TS>
