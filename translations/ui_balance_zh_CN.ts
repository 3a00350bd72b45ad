<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::BalanceRunView</name>
    <message>
        <source>Gantt of one iteration</source>
        <translation>单次迭代的甘特图</translation>
    </message>
    <message>
        <source>Sequence lengths</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>Imbalance over iterations</source>
        <translation>各次迭代的不均衡度</translation>
    </message>
    <message>
        <source>Speed-up per baseline</source>
        <translation>相对各基线的加速比</translation>
    </message>
    <message>
        <source>Predicted vs measured</source>
        <translation>预测与实测</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Iteration:</source>
        <translation>迭代：</translation>
    </message>
    <message>
        <source>This run recorded no replica × micro-batch plan (balance.simulate records one for its first gantt_iterations iterations, balance.measure for every iteration).</source>
        <translation>此运行未记录副本 × 微批次方案（balance.simulate 为前 gantt_iterations 次迭代记录，balance.measure 为每次迭代记录）。</translation>
    </message>
    <message>
        <source>micro-batch %1</source>
        <translation>微批次 %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1, iteration %2: %3 replicas, iteration %4 s</source>
        <translation>%1，第 %2 次迭代：%3 个副本，迭代耗时 %4 秒</translation>
    </message>
    <message>
        <source>%1, iteration %2 (%3): measured and predicted per rank</source>
        <translation>%1，第 %2 次迭代（%3）：各 rank 的实测与预测</translation>
    </message>
    <message>
        <source>None of the selected runs recorded a length histogram.</source>
        <translation>所选运行均未记录长度直方图。</translation>
    </message>
    <message>
        <source>% of sequences</source>
        <translation>序列占比（%）</translation>
    </message>
    <message>
        <source>Sampled sequence lengths</source>
        <translation>采样得到的序列长度</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>max / mean over replicas</source>
        <translation>各副本的最大值 / 平均值</translation>
    </message>
    <message>
        <source>None of the selected runs recorded imbalance per iteration.</source>
        <translation>所选运行均未记录每次迭代的不均衡度。</translation>
    </message>
    <message>
        <source>Imbalance over iterations (1 = perfectly balanced)</source>
        <translation>各次迭代的不均衡度（1 = 完全均衡）</translation>
    </message>
    <message>
        <source>None of the selected runs has finished with speed-ups (balance.simulate and balance.measure report them at the end).</source>
        <translation>所选运行均未完成并给出加速比（balance.simulate 和 balance.measure 在结束时报告）。</translation>
    </message>
    <message>
        <source>speed-up of two-stage assignment (×)</source>
        <translation>两阶段分配的加速比（×）</translation>
    </message>
    <message>
        <source>Speed-up over each baseline (iteration time of the baseline / two-stage)</source>
        <translation>相对各基线的加速比（基线迭代时间 / 两阶段迭代时间）</translation>
    </message>
    <message>
        <source>This run has no predicted and measured times (balance.calibrate and balance.measure record them).</source>
        <translation>此运行没有预测与实测时间（由 balance.calibrate 和 balance.measure 记录）。</translation>
    </message>
    <message>
        <source>tokens in the micro-batch</source>
        <translation>微批次中的词元数</translation>
    </message>
    <message>
        <source>predicted seconds</source>
        <translation>预测秒数</translation>
    </message>
    <message>
        <source>measured seconds</source>
        <translation>实测秒数</translation>
    </message>
    <message>
        <source>%1 (warm-up)</source>
        <translation>%1（预热）</translation>
    </message>
    <message numerus="yes">
        <source>fit, %n sequence(s)</source>
        <translation>
            <numerusform>拟合，%n 条序列</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration: a = %1 s/token², b = %2 s/token, c = %3 s</source>
        <translation>校准：a = %1 秒/词元²，b = %2 秒/词元，c = %3 秒</translation>
    </message>
    <message>
        <source>measured = predicted</source>
        <translation>实测 = 预测</translation>
    </message>
    <message>
        <source>Slowest rank&apos;s compute per iteration: measured vs predicted</source>
        <translation>每次迭代最慢 rank 的计算时间：实测与预测</translation>
    </message>
    <message>
        <source>Training balance</source>
        <translation>训练均衡</translation>
    </message>
    <message>
        <source>sequence length (tokens, ranges from lo up to below hi)</source>
        <translation>序列长度（词元；区间含下界、不含上界）</translation>
    </message>
</context>
</TS>
