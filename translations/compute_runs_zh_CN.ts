<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliRegistry</name>
    <message>
        <source>%1: cannot read the configuration file: %2</source>
        <translation>%1：无法读取配置文件：%2</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of parameters</source>
        <translation>%1：应为参数的 JSON 对象</translation>
    </message>
    <message>
        <source>%1: not valid JSON (byte %2): %3</source>
        <translation>%1：不是有效的 JSON（第 %2 字节）：%3</translation>
    </message>
</context>
<context>
    <name>kcat::core::CliRegistry</name>
    <message>
        <source>Workspace file (default: the default workspace).</source>
        <translation>工作区文件（默认：默认工作区）。</translation>
    </message>
    <message>
        <source>--run: expected a run id (a positive integer), got &apos;%1&apos;</source>
        <translation>--run：应为运行 ID（正整数），实际为“%1”</translation>
    </message>
    <message>
        <source>--rank %1 must be below --world-size %2</source>
        <translation>--rank %1 必须小于 --world-size %2</translation>
    </message>
    <message>
        <source>--master: expected HOST:PORT, got &apos;%1&apos;</source>
        <translation>--master：应为 主机:端口，实际为“%1”</translation>
    </message>
    <message>
        <source>Run an experiment in the foreground (a new run of --kind, or the queued run --run).</source>
        <translation>在前台运行实验（--kind 的新运行，或排队中的运行 --run）。</translation>
    </message>
    <message>
        <source>Run kind, e.g. train.baseline.</source>
        <translation>运行类型，例如 train.baseline。</translation>
    </message>
    <message>
        <source>A parameter (repeatable).</source>
        <translation>一个参数（可重复）。</translation>
    </message>
    <message>
        <source>JSON file with the parameters.</source>
        <translation>包含参数的 JSON 文件。</translation>
    </message>
    <message>
        <source>Name of the new run.</source>
        <translation>新运行的名称。</translation>
    </message>
    <message>
        <source>Tag of the new run (repeatable).</source>
        <translation>新运行的标签（可重复）。</translation>
    </message>
    <message>
        <source>Seed, for kinds without a seed parameter.</source>
        <translation>随机种子，用于没有 seed 参数的类型。</translation>
    </message>
    <message>
        <source>Execute this existing queued run.</source>
        <translation>执行这个已存在的排队运行。</translation>
    </message>
    <message>
        <source>Resume --run from its last checkpoint.</source>
        <translation>从最后一个检查点恢复 --run。</translation>
    </message>
    <message>
        <source>Rank of this process (distributed).</source>
        <translation>本进程的序号（分布式）。</translation>
    </message>
    <message>
        <source>Number of processes (distributed).</source>
        <translation>进程数（分布式）。</translation>
    </message>
    <message>
        <source>Rendezvous address of rank 0.</source>
        <translation>序号 0 的汇合地址。</translation>
    </message>
    <message>
        <source>--run executes a stored run; --kind, --param and --config only apply to a new run</source>
        <translation>--run 执行已保存的运行；--kind、--param 和 --config 仅适用于新运行</translation>
    </message>
    <message>
        <source>--resume needs --run ID</source>
        <translation>--resume 需要 --run ID</translation>
    </message>
    <message>
        <source>expected --kind KIND or --run ID (kinds: %1)</source>
        <translation>应为 --kind 类型 或 --run ID（类型：%1）</translation>
    </message>
    <message>
        <source>unknown run kind &apos;%1&apos; (known: %2)</source>
        <translation>未知的运行类型“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>%1: &quot;parameters&quot; must be a JSON object</source>
        <translation>%1：&quot;parameters&quot; 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>--param: expected NAME=VALUE, got &apos;%1&apos;</source>
        <translation>--param：应为 名称=值，实际为“%1”</translation>
    </message>
    <message>
        <source>List the runs of a workspace.</source>
        <translation>列出工作区中的运行。</translation>
    </message>
    <message>
        <source>Only runs of this kind.</source>
        <translation>仅此类型的运行。</translation>
    </message>
    <message>
        <source>Only runs with this status.</source>
        <translation>仅此状态的运行。</translation>
    </message>
    <message>
        <source>Only runs with this tag.</source>
        <translation>仅带此标签的运行。</translation>
    </message>
    <message>
        <source>--status: expected queued, running, succeeded, failed or cancelled, got &apos;%1&apos;</source>
        <translation>--status：应为 queued、running、succeeded、failed 或 cancelled，实际为“%1”</translation>
    </message>
    <message>
        <source>Show one run: parameters, metrics, tables, logs and artifacts.</source>
        <translation>显示一个运行：参数、指标、表格、日志和产物。</translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation>运行 ID。</translation>
    </message>
    <message>
        <source>run %1 does not exist in %2</source>
        <translation>运行 %1 不存在于 %2 中</translation>
    </message>
    <message>
        <source>Export runs&apos; metrics as CSV or JSON (all runs unless --run is given).</source>
        <translation>将运行的指标导出为 CSV 或 JSON（未给出 --run 时导出全部运行）。</translation>
    </message>
    <message>
        <source>Run id (repeatable).</source>
        <translation>运行 ID（可重复）。</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv 或 json（默认：csv）。</translation>
    </message>
    <message>
        <source>File to write (default: stdout).</source>
        <translation>要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>--format: expected csv or json, got &apos;%1&apos;</source>
        <translation>--format：应为 csv 或 json，实际为“%1”</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>List the run kinds and their parameters.</source>
        <translation>列出运行类型及其参数。</translation>
    </message>
</context>
<context>
    <name>kcat::runs::ParameterSchema</name>
    <message>
        <source>parameter &apos;%1&apos;: %2</source>
        <translation>参数“%1”：%2</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 高于最大值 %2</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>应为有限的数字</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>应为 %1 之一，实际为 %2</translation>
    </message>
    <message>
        <source>expected one of %1, got &apos;%2&apos;</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>parameters must be a JSON object, got %1</source>
        <translation>参数必须是 JSON 对象，实际为 %1</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (known: %2)</source>
        <translation>未知参数“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is required</source>
        <translation>参数“%1”为必填项</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: expected %2, got &apos;%3&apos;</source>
        <translation>参数“%1”：应为 %2，实际为“%3”</translation>
    </message>
</context>
<context>
    <name>kcat::runs::RunExecutor</name>
    <message>
        <source>could not write to the workspace: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <source>run %1 does not exist in %2</source>
        <translation>运行 %1 不存在于 %2 中</translation>
    </message>
    <message>
        <source>run %1 is %2, not queued (use --resume for a failed or cancelled run)</source>
        <translation>运行 %1 的状态为 %2，不是排队中（失败或已取消的运行请使用 --resume）</translation>
    </message>
    <message>
        <source>run %1 has the kind &apos;%2&apos;, which this program does not know (known: %3)</source>
        <translation>运行 %1 的类型为“%2”，本程序不认识该类型（已知：%3）</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>unknown run kind &apos;%1&apos;</source>
        <translation>未知的运行类型“%1”</translation>
    </message>
</context>
<context>
    <name>kcat::runs::RunLauncher</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>运行 %1 不存在。</translation>
    </message>
    <message>
        <source>Run %1 is already running or queued.</source>
        <translation>运行 %1 已在运行或排队中。</translation>
    </message>
    <message>
        <source>Only a failed or cancelled run can be resumed; run %1 is %2.</source>
        <translation>只有失败或已取消的运行可以恢复；运行 %1 的状态为 %2。</translation>
    </message>
    <message>
        <source>Run %1 saved no checkpoint to resume from.</source>
        <translation>运行 %1 没有保存可供恢复的检查点。</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a queued run can be started.</source>
        <translation>运行 %1 的状态为 %2；只有排队中的运行可以启动。</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The run&apos;s process was killed or crashed.</source>
        <translation>运行的进程被终止或崩溃。</translation>
    </message>
    <message>
        <source>The run&apos;s process ended with exit code %1.</source>
        <translation>运行的进程以退出码 %1 结束。</translation>
    </message>
</context>
<context>
    <name>kcat::runs::RunStore</name>
    <message>
        <source>the run&apos;s process ended unexpectedly</source>
        <translation>运行的进程意外结束</translation>
    </message>
    <message>
        <source>run %1 does not exist</source>
        <translation>运行 %1 不存在</translation>
    </message>
    <message>
        <source>run %1 is %2; only failed or cancelled runs can be resumed</source>
        <translation>运行 %1 的状态为 %2；只有失败或已取消的运行可以恢复</translation>
    </message>
    <message>
        <source>run %1 saved no checkpoint to resume from</source>
        <translation>运行 %1 没有保存可供恢复的检查点</translation>
    </message>
</context>
<context>
    <name>kcat::runs::RunTableModel</name>
    <message>
        <source>last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>running (%1%)</source>
        <translation>运行中（%1%）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
</TS>
