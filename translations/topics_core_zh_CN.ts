<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::topics::CorpusDocumentModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>kcat::topics::CorpusImporter</name>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <source>%1:%2: invalid UTF-8; expected UTF-8 text</source>
        <translation>%1:%2：无效的 UTF-8；应为 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1: not a folder; expected a folder of .txt files</source>
        <translation>%1：不是文件夹；应为包含 .txt 文件的文件夹</translation>
    </message>
    <message>
        <source>%1: empty corpus; expected .txt files in the folder or its subfolders</source>
        <translation>%1：语料为空；文件夹或其子文件夹中应有 .txt 文件</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3); expected one JSON object per line</source>
        <translation>%1:%2：不是有效的 JSON（%3）；应为每行一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1:%2: expected an object with a string &quot;text&quot;</source>
        <translation>%1:%2：应为带有字符串字段 &quot;text&quot; 的对象</translation>
    </message>
    <message>
        <source>%1: empty corpus; expected at least one JSON line with &quot;text&quot;</source>
        <translation>%1：语料为空；应至少有一行带 &quot;text&quot; 的 JSON</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed; expected a closing &apos;&quot;&apos;</source>
        <translation>%1:%2：带引号的字段没有结束；应有收尾的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>%1: empty file; expected a header row and data rows</source>
        <translation>%1：文件为空；应有表头行和数据行</translation>
    </message>
    <message>
        <source>%1:1: no column named &apos;%2&apos;; the header has: %3</source>
        <translation>%1:1：没有名为“%2”的列；表头包含：%3</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields; expected %4 as in the header</source>
        <translation>%1:%2：有 %3 个字段；应与表头一样为 %4 个</translation>
    </message>
    <message>
        <source>%1: empty corpus; expected data rows after the header</source>
        <translation>%1：语料为空；表头之后应有数据行</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: cannot tell the format; expected a folder, .jsonl or .csv (or give the format)</source>
        <translation>%1：无法判断格式；应为文件夹、.jsonl 或 .csv（或指定格式）</translation>
    </message>
    <message>
        <source>%1: missing; the WordNet demo corpus needs the Debian package wordnet-base</source>
        <translation>%1：缺失；WordNet 示例语料需要 Debian 软件包 wordnet-base</translation>
    </message>
    <message>
        <source>%1:%2: expected a WordNet synset line &apos;offset lex_filenum ss_type ... | gloss&apos;</source>
        <translation>%1:%2：应为 WordNet 同义词集行“offset lex_filenum ss_type ... | gloss”</translation>
    </message>
    <message>
        <source>%1: no synsets found</source>
        <translation>%1：未找到同义词集</translation>
    </message>
</context>
<context>
    <name>kcat::topics::CorpusStore</name>
    <message>
        <source>%1: the corpus is empty; expected at least one document</source>
        <translation>%1：语料库为空；至少需要一篇文档</translation>
    </message>
    <message>
        <source>%1: could not save the corpus &apos;%2&apos;: %3</source>
        <translation>%1：无法保存语料库“%2”：%3</translation>
    </message>
    <message>
        <source>%1: no corpus with id %2</source>
        <translation>%1：没有 id 为 %2 的语料库</translation>
    </message>
    <message>
        <source>%1: cannot read corpus %2: %3</source>
        <translation>%1：无法读取语料库 %2：%3</translation>
    </message>
    <message>
        <source>%1: could not delete corpus %2: %3</source>
        <translation>%1：无法删除语料库 %2：%3</translation>
    </message>
</context>
<context>
    <name>kcat::topics::IntertopicMapModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>PC1</source>
        <translation>主坐标 1</translation>
    </message>
    <message>
        <source>PC2</source>
        <translation>主坐标 2</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>流行度</translation>
    </message>
</context>
<context>
    <name>kcat::topics::ModelComparisonModel</name>
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
        <source>semantic locality + words</source>
        <translation>语义局部性 + 词</translation>
    </message>
    <message>
        <source>semantic locality</source>
        <translation>语义局部性</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <source>NPMI</source>
        <translation>NPMI</translation>
    </message>
    <message>
        <source>UMass</source>
        <translation>UMass</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>Train s</source>
        <translation>训练秒数</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicDocumentModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicListModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Most relevant terms</source>
        <translation>最相关的词</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicModelStore</name>
    <message>
        <source>%1: could not save topic model &apos;%2&apos;: %3</source>
        <translation>%1：无法保存主题模型“%2”：%3</translation>
    </message>
    <message>
        <source>%1: no topic model with id %2</source>
        <translation>%1：没有 id 为 %2 的主题模型</translation>
    </message>
    <message>
        <source>%1: topic model &apos;%2&apos; was saved without its topic matrix (by an older version); fit it again to explore it</source>
        <translation>%1：主题模型“%2”保存时没有主题矩阵（由旧版本保存）；请重新拟合后再浏览</translation>
    </message>
    <message>
        <source>%1: the matrices of topic model &apos;%2&apos; are damaged (expected %3 x %4)</source>
        <translation>%1：主题模型“%2”的矩阵已损坏（应为 %3 x %4）</translation>
    </message>
    <message>
        <source>%1: could not delete topic model %2: %3</source>
        <translation>%1：无法删除主题模型 %2：%3</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicPipeline</name>
    <message>
        <source>%1: no word is left after stop words and document-frequency filtering (min %2 documents, max %3 of them); expected a larger corpus or looser limits</source>
        <translation>%1：去除停用词并按文档频率过滤（最少 %2 篇文档，最多占 %3）后没有剩下任何词；需要更大的语料或更宽松的限制</translation>
    </message>
    <message>
        <source>%1: every training document is empty after feature extraction</source>
        <translation>%1：特征提取后所有训练文档都为空</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicTermModel</name>
    <message>
        <source>Term</source>
        <translation>词项</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>p(term | topic)</source>
        <translation>p(词项 | 主题)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
</context>
<context>
    <name>kcat::topics::TopicsCommand</name>
    <message>
        <source>Fit a topic model (LDA or Replicated Softmax) and print its metrics.</source>
        <translation>拟合主题模型（LDA 或 Replicated Softmax）并输出其指标。</translation>
    </message>
    <message>
        <source>Corpus file or folder, or &apos;wordnet&apos; for the demo.</source>
        <translation>语料文件或文件夹，或用“wordnet”表示示例语料。</translation>
    </message>
    <message>
        <source>jsonl, csv or folder (default: from the path).</source>
        <translation>jsonl、csv 或 folder（默认：根据路径判断）。</translation>
    </message>
    <message>
        <source>CSV column holding the text.</source>
        <translation>存放文本的 CSV 列。</translation>
    </message>
    <message>
        <source>CSV column holding the label.</source>
        <translation>存放标签的 CSV 列。</translation>
    </message>
    <message>
        <source>lda or rsm.</source>
        <translation>lda 或 rsm。</translation>
    </message>
    <message>
        <source>bow or semantic-locality.</source>
        <translation>bow 或 semantic-locality。</translation>
    </message>
    <message>
        <source>Number of topics (hidden units for rsm).</source>
        <translation>主题数（rsm 为隐藏单元数）。</translation>
    </message>
    <message>
        <source>Gibbs sweeps (lda) or epochs (rsm).</source>
        <translation>Gibbs 采样轮数（lda）或训练轮数（rsm）。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>Share of documents held out.</source>
        <translation>留出文档的比例。</translation>
    </message>
    <message>
        <source>Minimum document frequency of a word.</source>
        <translation>词的最小文档频率。</translation>
    </message>
    <message>
        <source>Maximum document fraction of a word.</source>
        <translation>词出现的文档比例上限。</translation>
    </message>
    <message>
        <source>Map words to WordNet base forms.</source>
        <translation>将词还原为 WordNet 原形。</translation>
    </message>
    <message>
        <source>LDA document-topic prior per topic.</source>
        <translation>LDA 每个主题的文档-主题先验。</translation>
    </message>
    <message>
        <source>Asymmetric prior, alpha_k ~ 1/(k+sqrt(K)).</source>
        <translation>非对称先验，alpha_k ~ 1/(k+sqrt(K))。</translation>
    </message>
    <message>
        <source>LDA topic-word prior.</source>
        <translation>LDA 主题-词先验。</translation>
    </message>
    <message>
        <source>RSM learning rate.</source>
        <translation>RSM 学习率。</translation>
    </message>
    <message>
        <source>RSM minibatch size.</source>
        <translation>RSM 小批量大小。</translation>
    </message>
    <message>
        <source>RSM contrastive-divergence steps.</source>
        <translation>RSM 对比散度步数。</translation>
    </message>
    <message>
        <source>Word-pair window inside a sentence.</source>
        <translation>句内词对窗口大小。</translation>
    </message>
    <message>
        <source>K-means clusters of word embeddings.</source>
        <translation>词向量的 K 均值聚类数。</translation>
    </message>
    <message>
        <source>Word-level TF-IDF threshold.</source>
        <translation>词级 TF-IDF 阈值。</translation>
    </message>
    <message>
        <source>Pair-level TF-IDF threshold.</source>
        <translation>词对级 TF-IDF 阈值。</translation>
    </message>
    <message>
        <source>word2vec or GloVe vectors instead of PPMI + SVD.</source>
        <translation>使用 word2vec 或 GloVe 向量代替 PPMI + SVD。</translation>
    </message>
    <message>
        <source>Append the bag of words to the semantic-locality features.</source>
        <translation>在语义局部性特征后拼接词袋特征。</translation>
    </message>
    <message>
        <source>Held-out documents used as retrieval queries.</source>
        <translation>用作检索查询的留出文档数。</translation>
    </message>
    <message>
        <source>Save the fitted model in the workspace under this name.</source>
        <translation>以此名称将拟合的模型保存到工作区。</translation>
    </message>
    <message>
        <source>Workspace file (default: the default workspace).</source>
        <translation>工作区文件（默认：默认工作区）。</translation>
    </message>
    <message>
        <source>--model: expected lda or rsm, got &apos;%1&apos;</source>
        <translation>--model：应为 lda 或 rsm，实际为“%1”</translation>
    </message>
    <message>
        <source>--features: expected bow or semantic-locality, got &apos;%1&apos;</source>
        <translation>--features：应为 bow 或 semantic-locality，实际为“%1”</translation>
    </message>
    <message>
        <source>--format: expected jsonl, csv or folder, got &apos;%1&apos;</source>
        <translation>--format：应为 jsonl、csv 或 folder，实际为“%1”</translation>
    </message>
    <message>
        <source>RSM perplexity: annealed importance sampling chains per document length (0: none).</source>
        <translation>RSM 困惑度：每种文档长度的退火重要性采样链数（0：不计算）。</translation>
    </message>
    <message>
        <source>RSM perplexity: inverse temperatures of each AIS chain.</source>
        <translation>RSM 困惑度：每条 AIS 链的逆温度个数。</translation>
    </message>
</context>
<context>
    <name>kcat::topics::WordEmbeddingsLoader</name>
    <message>
        <source>%1: cannot read the vectors (%2)</source>
        <translation>%1：无法读取词向量（%2）</translation>
    </message>
    <message>
        <source>%1: vector %2 is truncated; expected %3 floats</source>
        <translation>%1：第 %2 个向量被截断；应有 %3 个浮点数</translation>
    </message>
    <message>
        <source>%1:%2: %3 numbers; expected %4</source>
        <translation>%1:%2：有 %3 个数；应为 %4 个</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a number</source>
        <translation>%1:%2：“%3”不是数字</translation>
    </message>
    <message>
        <source>%1: no vectors found; expected word2vec or GloVe format</source>
        <translation>%1：未找到向量；应为 word2vec 或 GloVe 格式</translation>
    </message>
</context>
</TS>
