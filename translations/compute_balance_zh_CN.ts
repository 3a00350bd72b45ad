<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::balance::BalanceFitCommand</name>
    <message>
        <source>Fit the cost coefficients a, b, c to measured micro-batch timings by least squares.</source>
        <translation>用最小二乘法将代价系数 a、b、c 拟合到实测的微批次计时。</translation>
    </message>
    <message>
        <source>File with one &apos;len1,len2,...&lt;TAB&gt;seconds&apos; line per micro-batch.</source>
        <translation>每个微批次一行“长度1,长度2,...&lt;TAB&gt;秒数”的文件。</translation>
    </message>
    <message>
        <source>expected one timings file, got %1 arguments</source>
        <translation>应提供一个计时文件，实际有 %1 个参数</translation>
    </message>
</context>
<context>
    <name>kcat::balance::BalanceSimulateCommand</name>
    <message>
        <source>Simulate variable-length training batches: two-stage assignment on heterogeneous strategies against the baselines.</source>
        <translation>模拟变长序列训练批次：在异构并行策略上的两阶段分配与各基线方法对比。</translation>
    </message>
    <message>
        <source>Simulated GPUs.</source>
        <translation>模拟的 GPU 数量。</translation>
    </message>
    <message>
        <source>Tokens per global batch.</source>
        <translation>每个全局批次的词元数。</translation>
    </message>
    <message>
        <source>Iterations to simulate.</source>
        <translation>要模拟的迭代次数。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>Built-in lengths: %1.</source>
        <translation>内置长度分布：%1。</translation>
    </message>
    <message>
        <source>Lognormal lengths instead: median, sigma, cap.</source>
        <translation>改用对数正态长度：中位数、sigma、上限。</translation>
    </message>
    <message>
        <source>A file of lengths instead: one per line, or length&lt;TAB&gt;count.</source>
        <translation>改用长度文件：每行一个长度，或“长度&lt;TAB&gt;数量”。</translation>
    </message>
    <message>
        <source>Cost preset: %1.</source>
        <translation>代价预设：%1。</translation>
    </message>
    <message>
        <source>Stage-1 greedy rounds per iteration.</source>
        <translation>每次迭代第一阶段贪心的轮数。</translation>
    </message>
    <message>
        <source>Time limit of one micro-batch MILP, milliseconds.</source>
        <translation>单个微批次 MILP 的时间上限（毫秒）。</translation>
    </message>
    <message>
        <source>Pack micro-batches greedily only.</source>
        <translation>仅用贪心法打包微批次。</translation>
    </message>
    <message>
        <source>Also print every iteration&apos;s metrics.</source>
        <translation>同时输出每次迭代的指标。</translation>
    </message>
</context>
<context>
    <name>kcat::balance::CostModel</name>
    <message>
        <source>unknown cost preset &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的代价预设“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>fitting a, b, c needs at least 3 timings, got %1</source>
        <translation>拟合 a、b、c 至少需要 3 个计时，实际只有 %1 个</translation>
    </message>
    <message>
        <source>the timings cannot determine a, b and c (all lengths are zero)</source>
        <translation>这些计时无法确定 a、b 和 c（所有长度均为零）</translation>
    </message>
    <message>
        <source>the timings cannot determine a, b and c: use at least three different sequence lengths</source>
        <translation>这些计时无法确定 a、b 和 c：请至少使用三种不同的序列长度</translation>
    </message>
    <message>
        <source>cannot read the timings file %1: %2</source>
        <translation>无法读取计时文件 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: expected &apos;len1,len2,...&lt;TAB&gt;seconds&apos;, got %3 fields</source>
        <translation>%1:%2：应为“长度1,长度2,...&lt;TAB&gt;秒数”，实际有 %3 个字段</translation>
    </message>
    <message>
        <source>%1:%2: expected positive whole sequence lengths, got &apos;%3&apos;</source>
        <translation>%1:%2：序列长度应为正整数，实际为“%3”</translation>
    </message>
    <message>
        <source>%1:%2: expected seconds (a number &gt;= 0), got &apos;%3&apos;</source>
        <translation>%1:%2：应为秒数（&gt;= 0 的数），实际为“%3”</translation>
    </message>
    <message>
        <source>%1:%2: expected at least one sequence length</source>
        <translation>%1:%2：应至少有一个序列长度</translation>
    </message>
</context>
<context>
    <name>kcat::balance::LengthDistribution</name>
    <message>
        <source>unknown length distribution &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的长度分布“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>lognormal lengths need median &gt; 0, sigma &gt; 0 and 1 &lt;= minimum &lt;= cap; got median %1, sigma %2, cap %3</source>
        <translation>对数正态长度要求中位数 &gt; 0、sigma &gt; 0 且 1 &lt;= 最小值 &lt;= 上限；实际中位数 %1、sigma %2、上限 %3</translation>
    </message>
    <message>
        <source>cannot read the lengths file %1: %2</source>
        <translation>无法读取长度文件 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: expected a length or &apos;length&lt;TAB&gt;count&apos;, got %3 fields</source>
        <translation>%1:%2：应为一个长度或“长度&lt;TAB&gt;数量”，实际有 %3 个字段</translation>
    </message>
    <message>
        <source>%1:%2: expected a positive whole number of tokens, got &apos;%3&apos;</source>
        <translation>%1:%2：应为正整数个词元，实际为“%3”</translation>
    </message>
    <message>
        <source>%1:%2: expected a count (a whole number &gt;= 0), got &apos;%3&apos;</source>
        <translation>%1:%2：应为数量（&gt;= 0 的整数），实际为“%3”</translation>
    </message>
    <message>
        <source>%1: no sequence lengths found (expected one length per line, or &apos;length&lt;TAB&gt;count&apos;)</source>
        <translation>%1：未找到任何序列长度（应每行一个长度，或“长度&lt;TAB&gt;数量”）</translation>
    </message>
</context>
<context>
    <name>kcat::balance::SimulateRunKind</name>
    <message>
        <source>Training-balance simulation</source>
        <translation>训练负载均衡模拟</translation>
    </message>
    <message>
        <source>Samples variable-length batches and plans them with two-stage assignment on heterogeneous parallel strategies, against padding, unbalanced, greedy and first-fit-decreasing packing.</source>
        <translation>采样变长序列批次，用异构并行策略上的两阶段分配进行规划，并与填充、不均衡打包、贪心打包和首次适应递减打包对比。</translation>
    </message>
    <message>
        <source>Iteration time (s)</source>
        <translation>迭代时间（秒）</translation>
    </message>
    <message>
        <source>Speed-up over greedy packing</source>
        <translation>相对贪心打包的加速比</translation>
    </message>
    <message>
        <source>Imbalance (max/mean)</source>
        <translation>不均衡度（最大/平均）</translation>
    </message>
    <message>
        <source>Packing efficiency</source>
        <translation>打包效率</translation>
    </message>
    <message>
        <source>Planner time per iteration (ms)</source>
        <translation>每次迭代的规划时间（毫秒）</translation>
    </message>
    <message>
        <source>lengths: %1</source>
        <translation>长度：%1</translation>
    </message>
    <message>
        <source>cost preset: %1 (%2)</source>
        <translation>代价预设：%1（%2）</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>第 %1 次迭代，共 %2 次</translation>
    </message>
</context>
<context>
    <name>kcat::balance::SimulationSetup</name>
    <message>
        <source>lognormal: expected MEDIAN,SIGMA,CAP (e.g. 700,1.3,32768), got &apos;%1&apos;</source>
        <translation>对数正态：应为 中位数,SIGMA,上限（例如 700,1.3,32768），实际为“%1”</translation>
    </message>
</context>
<context>
    <name>kcat::balance::Simulator</name>
    <message>
        <source>no parallel strategy with at most %1 GPUs holds the model states of &apos;%2&apos;</source>
        <translation>没有任何最多使用 %1 个 GPU 的并行策略能容纳“%2”的模型状态</translation>
    </message>
    <message>
        <source>no parallel strategy with at most %1 GPUs holds a %2-token sequence</source>
        <translation>没有任何最多使用 %1 个 GPU 的并行策略能容纳长度为 %2 个词元的序列</translation>
    </message>
    <message>
        <source>iteration %1: no candidate strategy set can hold the batch</source>
        <translation>第 %1 次迭代：没有候选策略组合能容纳该批次</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>Simulated GPUs</source>
        <translation>模拟的 GPU 数量</translation>
    </message>
    <message>
        <source>Tokens per global batch</source>
        <translation>每个全局批次的词元数</translation>
    </message>
    <message>
        <source>Iterations to simulate</source>
        <translation>要模拟的迭代次数</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Built-in sequence-length distribution</source>
        <translation>内置序列长度分布</translation>
    </message>
    <message>
        <source>Lognormal lengths instead: MEDIAN,SIGMA,CAP (empty: not used)</source>
        <translation>改用对数正态长度：中位数,SIGMA,上限（留空：不使用）</translation>
    </message>
    <message>
        <source>File of lengths instead: one per line or length&lt;TAB&gt;count (empty: not used)</source>
        <translation>改用长度文件：每行一个长度或“长度&lt;TAB&gt;数量”（留空：不使用）</translation>
    </message>
    <message>
        <source>Model and GPU cost preset</source>
        <translation>模型与 GPU 代价预设</translation>
    </message>
    <message>
        <source>Stage-1 greedy rounds per iteration</source>
        <translation>每次迭代第一阶段贪心的轮数</translation>
    </message>
    <message>
        <source>Time limit of one micro-batch MILP, milliseconds</source>
        <translation>单个微批次 MILP 的时间上限（毫秒）</translation>
    </message>
    <message>
        <source>Pack micro-batches with the CBC MILP (else greedily)</source>
        <translation>用 CBC MILP 打包微批次（否则用贪心法）</translation>
    </message>
</context>
</TS>
