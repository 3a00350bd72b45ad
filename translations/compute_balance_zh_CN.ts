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
    <name>kcat::balance::BalanceMeasureWorkerCommand</name>
    <message>
        <source>One rank of a balance.measure micro-run (started by the run itself).</source>
        <translation>balance.measure 微型运行中的一个进程（由运行自身启动）。</translation>
    </message>
    <message>
        <source>The micro-run plan (JSON).</source>
        <translation>微型运行计划（JSON）。</translation>
    </message>
    <message>
        <source>This process&apos;s rank.</source>
        <translation>本进程的序号（rank）。</translation>
    </message>
    <message>
        <source>Number of ranks.</source>
        <translation>进程（rank）数。</translation>
    </message>
    <message>
        <source>Rendezvous address of rank 0.</source>
        <translation>rank 0 的汇合地址。</translation>
    </message>
    <message>
        <source>Where to write this rank&apos;s timings (JSON).</source>
        <translation>本 rank 计时结果的写入位置（JSON）。</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>缺少 --%1</translation>
    </message>
</context>
<context>
    <name>kcat::balance::BalanceRunData</name>
    <message>
        <source>two-stage</source>
        <translation>两阶段</translation>
    </message>
    <message>
        <source>greedy packing</source>
        <translation>贪心打包</translation>
    </message>
    <message>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>all-reduce wait</source>
        <translation>all-reduce 等待</translation>
    </message>
    <message>
        <source>rank %1 measured</source>
        <translation>rank %1 实测</translation>
    </message>
    <message>
        <source>rank %1 predicted</source>
        <translation>rank %1 预测</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 实测</translation>
    </message>
    <message>
        <source>%1 predicted</source>
        <translation>%1 预测</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) per micro-batch</source>
        <translation>
            <numerusform>每个微批次 %n 条序列</numerusform>
        </translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
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
    <message>
        <source>Per-layer coefficients measured by balance.calibrate (its coefficients.json) instead of the preset&apos;s analytic ones.</source>
        <translation>使用 balance.calibrate 测得的每层系数（其 coefficients.json）代替预设的解析系数。</translation>
    </message>
</context>
<context>
    <name>kcat::balance::CalibrateRunKind</name>
    <message>
        <source>Training-balance calibration</source>
        <translation>训练均衡校准</translation>
    </message>
    <message>
        <source>Times forward + backward of a small transformer in LibTorch over a sweep of sequence lengths and fits the cost model a·Σs² + b·Σs + c by least squares.</source>
        <translation>在一组序列长度上用 LibTorch 计时小型 Transformer 的前向 + 反向传播，并用最小二乘拟合代价模型 a·Σs² + b·Σs + c。</translation>
    </message>
    <message>
        <source>Fit R²</source>
        <translation>拟合 R²</translation>
    </message>
    <message>
        <source>Measured micro-batch time (s)</source>
        <translation>实测微批次时间（秒）</translation>
    </message>
    <message>
        <source>Fitted micro-batch time (s)</source>
        <translation>拟合微批次时间（秒）</translation>
    </message>
    <message>
        <source>max_length (%1) must be larger than min_length (%2)</source>
        <translation>max_length（%1）必须大于 min_length（%2）</translation>
    </message>
    <message>
        <source>timing %1 micro-batch shapes of a %2-layer transformer (hidden %3, %4 heads), %5 thread(s)</source>
        <translation>计时 %2 层 Transformer（隐藏维度 %3，%4 个注意力头）的 %1 种微批次形状，%5 个线程</translation>
    </message>
    <message>
        <source>point %1 of %2</source>
        <translation>第 %1 个点，共 %2 个</translation>
    </message>
    <message>
        <source>fitted a, b, c (whole model and per layer) for balance.simulate/measure</source>
        <translation>拟合得到的 a、b、c（整个模型及每层），供 balance.simulate/measure 使用</translation>
    </message>
    <message>
        <source>a = %1 s/token², b = %2 s/token, c = %3 s per micro-batch, R² = %4</source>
        <translation>a = %1 秒/词元²，b = %2 秒/词元，c = 每个微批次 %3 秒，R² = %4</translation>
    </message>
</context>
<context>
    <name>kcat::balance::CalibratedCoefficients</name>
    <message>
        <source>%1: expected an object &apos;%2&apos; with numbers a, b, c</source>
        <translation>%1：应为包含数值 a、b、c 的对象“%2”</translation>
    </message>
    <message>
        <source>%1: expected a number &apos;%2.%3&apos;</source>
        <translation>%1：“%2.%3”应为数值</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of calibrated coefficients</source>
        <translation>%1：应为校准系数的 JSON 对象</translation>
    </message>
    <message>
        <source>cannot read calibration file %1: %2</source>
        <translation>无法读取校准文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (byte %2): %3</source>
        <translation>%1：不是有效的 JSON（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>cannot write calibration file %1: %2</source>
        <translation>无法写入校准文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: simulating needs per-layer coefficients a &gt;= 0 and b &gt; 0, got a = %2, b = %3 (calibrate over longer sequences)</source>
        <translation>%1：模拟需要每层系数满足 a &gt;= 0 且 b &gt; 0，实际为 a = %2，b = %3（请在更长的序列上校准）</translation>
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
    <message>
        <source>calibration needs at least one repeat</source>
        <translation>校准至少需要重复一次</translation>
    </message>
    <message>
        <source>calibration cancelled</source>
        <translation>校准已取消</translation>
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
    <name>kcat::balance::MeasureRunKind</name>
    <message>
        <source>Training-balance micro-run</source>
        <translation>训练均衡微型运行</translation>
    </message>
    <message>
        <source>Trains a small transformer data-parallel in N processes (Gloo on 127.0.0.1) on the same variable-length batches with two-stage assignment and with greedy packing, and compares measured times and imbalance with the simulator&apos;s prediction.</source>
        <translation>在 N 个进程中（127.0.0.1 上的 Gloo）以数据并行方式训练小型 Transformer，对相同的变长批次分别采用两阶段分配和贪心打包，并将实测时间和不均衡度与模拟器的预测进行比较。</translation>
    </message>
    <message>
        <source>Measured speed-up over greedy packing</source>
        <translation>相对贪心打包的实测加速比</translation>
    </message>
    <message>
        <source>Predicted speed-up over greedy packing</source>
        <translation>相对贪心打包的预测加速比</translation>
    </message>
    <message>
        <source>Imbalance: |measured − predicted| / predicted</source>
        <translation>不均衡度：|实测 − 预测| / 预测</translation>
    </message>
    <message>
        <source>lengths: %1</source>
        <translation>长度：%1</translation>
    </message>
    <message>
        <source>%1 ranks, %2 global batches × 2 policies, model of %3 layers (hidden %4)</source>
        <translation>%1 个 rank，%2 个全局批次 × 2 种策略，%3 层模型（隐藏维度 %4）</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>第 %1 次迭代，共 %2 次</translation>
    </message>
    <message>
        <source>%1 was calibrated on model %2, this run trains %3: calibrate the same model</source>
        <translation>%1 是在模型 %2 上校准的，而本次运行训练的是 %3：请校准相同的模型</translation>
    </message>
    <message>
        <source>coefficients from %1</source>
        <translation>系数来自 %1</translation>
    </message>
    <message>
        <source>calibrating the model first (one process, %1 shapes)</source>
        <translation>先校准模型（单进程，%1 种形状）</translation>
    </message>
    <message>
        <source>calibration point %1 of %2</source>
        <translation>校准点 %1，共 %2 个</translation>
    </message>
    <message>
        <source>coefficients the prediction used</source>
        <translation>预测所用的系数</translation>
    </message>
    <message>
        <source>measured speed-up %1× (predicted %2×); imbalance two-stage measured %3 vs predicted %4, greedy packing measured %5 vs predicted %6</source>
        <translation>实测加速比 %1×（预测 %2×）；不均衡度：两阶段实测 %3，预测 %4；贪心打包实测 %5，预测 %6</translation>
    </message>
</context>
<context>
    <name>kcat::balance::MeasureText</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>no free TCP port on 127.0.0.1 for the Gloo group</source>
        <translation>127.0.0.1 上没有可供 Gloo 进程组使用的空闲 TCP 端口</translation>
    </message>
    <message>
        <source>micro-run cancelled</source>
        <translation>微型运行已取消</translation>
    </message>
    <message>
        <source>rank %1 of the micro-run failed (%2): %3</source>
        <translation>微型运行的 rank %1 失败（%2）：%3</translation>
    </message>
    <message>
        <source>rank %1 wrote no timings to %2</source>
        <translation>rank %1 未向 %2 写入计时结果</translation>
    </message>
    <message>
        <source>%1: %2 iterations, expected %3</source>
        <translation>%1：%2 次迭代，应为 %3 次</translation>
    </message>
    <message>
        <source>%1: unreadable timings: %2</source>
        <translation>%1：无法读取计时结果：%2</translation>
    </message>
    <message>
        <source>cannot read the micro-run plan %1: %2</source>
        <translation>无法读取微型运行计划 %1：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>rank %1 of %2 does not fit a plan for %3 ranks</source>
        <translation>%2 个中的 rank %1 与为 %3 个 rank 制定的计划不符</translation>
    </message>
    <message>
        <source>--master: expected HOST:PORT, got &apos;%1&apos;</source>
        <translation>--master：应为 HOST:PORT，实际为“%1”</translation>
    </message>
    <message>
        <source>a %1-token sequence does not fit a micro-batch of %2 tokens</source>
        <translation>长度为 %1 个词元的序列放不进容量为 %2 个词元的微批次</translation>
    </message>
    <message>
        <source>step %1: two-stage assignment found no plan</source>
        <translation>第 %1 步：两阶段分配未找到可行方案</translation>
    </message>
    <message>
        <source>a micro-run needs at least one rank and one step</source>
        <translation>微型运行至少需要一个 rank 和一步</translation>
    </message>
    <message>
        <source>sequences up to %1 tokens do not fit a micro-batch of %2 tokens: raise the capacity or lower the distribution&apos;s cap</source>
        <translation>最长 %1 个词元的序列放不进容量为 %2 个词元的微批次：请提高容量或降低分布的上限</translation>
    </message>
    <message>
        <source>%1: iteration %2 plans %3 ranks, expected %4</source>
        <translation>%1：第 %2 次迭代规划了 %3 个 rank，应为 %4 个</translation>
    </message>
    <message>
        <source>%1: not a micro-run plan: %2</source>
        <translation>%1：不是微型运行计划：%2</translation>
    </message>
</context>
<context>
    <name>kcat::balance::RunKindSupport</name>
    <message>
        <source>Hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>Transformer layers</source>
        <translation>Transformer 层数</translation>
    </message>
    <message>
        <source>Vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>calibration: run %1 has no coefficients.json (%2): is it a finished balance.calibrate run of this workspace?</source>
        <translation>校准：运行 %1 没有 coefficients.json（%2）：它是本工作区中已完成的 balance.calibrate 运行吗？</translation>
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
    <message>
        <source>measured coefficients from %1: a = %2, b = %3, c = %4 (whole model, one GPU)</source>
        <translation>实测系数来自 %1：a = %2，b = %3，c = %4（整个模型，单 GPU）</translation>
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
    <name>kcat::balance::TransformerShape</name>
    <message>
        <source>model shape: expected a whole number &apos;%1&apos;</source>
        <translation>模型形状：“%1”应为整数</translation>
    </message>
    <message>
        <source>model shape: hidden size %1 must be 4..4096 and a multiple of the head count %2</source>
        <translation>模型形状：隐藏维度 %1 必须在 4..4096 之间，且为注意力头数 %2 的倍数</translation>
    </message>
    <message>
        <source>model shape: layers must be 1..64, got %1</source>
        <translation>模型形状：层数必须在 1..64 之间，实际为 %1</translation>
    </message>
    <message>
        <source>model shape: vocabulary must be 2..65536, got %1</source>
        <translation>模型形状：词表大小必须在 2..65536 之间，实际为 %1</translation>
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
    <message>
        <source>Shortest swept micro-batch, tokens</source>
        <translation>扫描的最短微批次（词元）</translation>
    </message>
    <message>
        <source>Longest swept micro-batch, tokens</source>
        <translation>扫描的最长微批次（词元）</translation>
    </message>
    <message>
        <source>Swept lengths</source>
        <translation>扫描的长度个数</translation>
    </message>
    <message>
        <source>Each length also timed as this many equal sequences</source>
        <translation>每个长度另外按此数量的等长序列计时</translation>
    </message>
    <message>
        <source>Timed repeats per point (median kept)</source>
        <translation>每个点计时重复次数（取中位数）</translation>
    </message>
    <message>
        <source>Untimed runs per point first</source>
        <translation>每个点先运行的不计时次数</translation>
    </message>
    <message>
        <source>LibTorch intra-op threads</source>
        <translation>LibTorch 算子内线程数</translation>
    </message>
    <message>
        <source>Processes (replicas)</source>
        <translation>进程数（副本数）</translation>
    </message>
    <message>
        <source>Global batches (each trained once per policy)</source>
        <translation>全局批次数（每种策略各训练一次）</translation>
    </message>
    <message>
        <source>Tokens per micro-batch (memory bound)</source>
        <translation>每个微批次的词元数（内存上限）</translation>
    </message>
    <message>
        <source>Lognormal lengths MEDIAN,SIGMA,CAP (empty: use distribution)</source>
        <translation>对数正态长度 MEDIAN,SIGMA,CAP（留空：使用分布）</translation>
    </message>
    <message>
        <source>Built-in lengths when lognormal and lengths_file are empty</source>
        <translation>lognormal 和 lengths_file 均为空时使用的内置长度分布</translation>
    </message>
    <message>
        <source>File of lengths instead: one per line or length&lt;TAB&gt;count</source>
        <translation>改用长度文件：每行一个长度，或 长度&lt;TAB&gt;次数</translation>
    </message>
    <message>
        <source>LibTorch intra-op threads per process</source>
        <translation>每个进程的 LibTorch 算子内线程数</translation>
    </message>
    <message>
        <source>SGD learning rate</source>
        <translation>SGD 学习率</translation>
    </message>
    <message>
        <source>balance.calibrate run id or coefficients.json of the same model (empty: calibrate first in this run)</source>
        <translation>同一模型的 balance.calibrate 运行编号或 coefficients.json（留空：在本次运行中先校准）</translation>
    </message>
    <message>
        <source>Timed repeats per point when calibrating first</source>
        <translation>先行校准时每个点的计时重复次数</translation>
    </message>
    <message>
        <source>Global batches left out of the means</source>
        <translation>不计入均值的全局批次数</translation>
    </message>
    <message>
        <source>Measured coefficients instead of the preset&apos;s: a balance.calibrate run id or a coefficients.json file (empty: not used)</source>
        <translation>用实测系数代替预设系数：balance.calibrate 运行编号或 coefficients.json 文件（留空：不使用）</translation>
    </message>
    <message>
        <source>Iterations whose replica × micro-batch plan is recorded (table schedule)</source>
        <translation>记录副本 × 微批次方案的迭代数（表 schedule）</translation>
    </message>
</context>
</TS>
