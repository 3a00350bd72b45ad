<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::CompareView</name>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Relative time (s)</source>
        <translation>相对时间（秒）</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>挂钟时间</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>At most this many points per line (LTTB downsampling keeps the peaks).</source>
        <translation>每条曲线最多绘制的点数（LTTB 降采样会保留峰值）。</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>点数：</translation>
    </message>
    <message>
        <source>Seconds since the run&apos;s first point</source>
        <translation>自运行第一个点起的秒数</translation>
    </message>
    <message>
        <source>%1 (smoothed)</source>
        <translation>%1（平滑）</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>%1: cannot write the image (use .png or .svg)</source>
        <translation>%1：无法写入图像（请使用 .png 或 .svg）</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ExperimentsPage</name>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>parameter=value</source>
        <translation>参数=值</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>搜索名称</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>New Run…</source>
        <translation>新建运行…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its details.</source>
        <translation>选择一个运行以查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n runs selected.</source>
        <translation>
            <numerusform>已选择 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>新建运行</translation>
    </message>
    <message>
        <source>Could not launch the run: %1</source>
        <translation>无法启动运行：%1</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Run %1 is still running; cancel it first.</source>
        <translation>运行 %1 仍在运行；请先取消它。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) and their metrics?</source>
        <translation>
            <numerusform>删除 %n 个运行及其指标？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Export Runs as CSV</source>
        <translation>将运行导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>导出运行</translation>
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
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>kcat::ui::LaunchDialog</name>
    <message>
        <source>New Run</source>
        <translation>新建运行</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>%1 (clone)</source>
        <translation>%1（克隆）</translation>
    </message>
    <message>
        <source>No run kinds are available.</source>
        <translation>没有可用的运行类型。</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>（默认值）</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Could not save the preset: %1</source>
        <translation>无法保存预设：%1</translation>
    </message>
</context>
<context>
    <name>kcat::ui::LayerBarsView</name>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>%1 per layer (last step)</source>
        <translation>每层的 %1（最后一步）</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ParallelCoordinatesView</name>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>scaled to [0, 1]</source>
        <translation>缩放到 [0, 1]</translation>
    </message>
    <message>
        <source>Parameters against %1</source>
        <translation>参数与 %1 的关系</translation>
    </message>
</context>
<context>
    <name>kcat::ui::ScatterView</name>
    <message>
        <source>X metric:</source>
        <translation>X 指标：</translation>
    </message>
    <message>
        <source>Y metric:</source>
        <translation>Y 指标：</translation>
    </message>
    <message>
        <source>%1 against %2 (last values)</source>
        <translation>%1 对 %2（最新值）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
</context>
</TS>
