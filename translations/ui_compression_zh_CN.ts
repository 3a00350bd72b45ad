<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::CompressionRunView</name>
    <message>
        <source>Export Model…</source>
        <translation>导出模型…</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Weight histograms</source>
        <translation>权重直方图</translation>
    </message>
    <message>
        <source>ρ and residual</source>
        <translation>ρ 与残差</translation>
    </message>
    <message>
        <source>Storage vs latency</source>
        <translation>存储与延迟</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <source>Sparsity per layer</source>
        <translation>各层稀疏度</translation>
    </message>
    <message>
        <source>Weight bits per layer</source>
        <translation>各层权重位宽</translation>
    </message>
    <message>
        <source>No weight histograms in this run</source>
        <translation>此运行没有权重直方图</translation>
    </message>
    <message>
        <source>Weights of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>No ρ or residual series in this run</source>
        <translation>此运行没有 ρ 或残差序列</translation>
    </message>
    <message>
        <source>ρ and residual ‖W − Z‖ (log scale)</source>
        <translation>ρ 与残差 ‖W − Z‖（对数刻度）</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>test accuracy %1 %</source>
        <translation>测试准确率 %1 %</translation>
    </message>
    <message>
        <source>compression %1×</source>
        <translation>压缩 %1 倍</translation>
    </message>
    <message>
        <source>%1 non-zero weights</source>
        <translation>%1 个非零权重</translation>
    </message>
    <message>
        <source>No accounting table in this run</source>
        <translation>此运行没有核算表</translation>
    </message>
    <message>
        <source>Storage against measured CPU latency</source>
        <translation>存储与实测 CPU 延迟</translation>
    </message>
    <message>
        <source>storage (KB)</source>
        <translation>存储（KB）</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>No finished compression runs with compression_rate and test_accuracy</source>
        <translation>没有带 compression_rate 和 test_accuracy 的已完成压缩运行</translation>
    </message>
    <message>
        <source>Compression rate against test accuracy (all compression runs)</source>
        <translation>压缩率与测试准确率（所有压缩运行）</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>运行 #%1</translation>
    </message>
    <message>
        <source>compression rate (×)</source>
        <translation>压缩率（倍）</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>No run is selected.</source>
        <translation>未选择运行。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Run #%1 recorded no model artifact.</source>
        <translation>运行 #%1 没有记录模型产物。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the model to</source>
        <translation>将模型导出到</translation>
    </message>
    <message>
        <source>Export the report to</source>
        <translation>将报告导出到</translation>
    </message>
    <message>
        <source>Export Model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
</context>
</TS>
