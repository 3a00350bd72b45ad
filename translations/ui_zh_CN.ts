<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::JobIndicator</name>
    <message>
        <source>Background jobs: %1 running. Click to open the job list.</source>
        <translation>后台任务：%1 个运行中。点击打开任务列表。</translation>
    </message>
    <message>
        <source>No background jobs</source>
        <translation>没有后台任务</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 个）</translation>
    </message>
</context>
<context>
    <name>kcat::ui::JobListDialog</name>
    <message>
        <source>Background Jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>清除已结束(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>kcat::ui::MainWindow</name>
    <message>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Type entity mentions with fine-grained types (FIGER, OntoNotes, WordNet). Each mention is linked to a knowledge base, and only the types its entity can have are offered. Keyboard first, with undo.</source>
        <translation>为实体提及标注细粒度类型（FIGER、OntoNotes、WordNet）。每个提及都链接到知识库，只提供其实体可能具有的类型。以键盘操作为主，支持撤销。</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Run a team of annotators: assignments with overlap, agreement (Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha), label aggregation (Dawid-Skene, GLAD, MACE), adjudication, and a shared PostgreSQL team server.</source>
        <translation>管理标注团队：带重叠的任务分配、一致性（Cohen 与 Fleiss kappa、Krippendorff alpha）、标签聚合（Dawid-Skene、GLAD、MACE）、裁决，以及共享的 PostgreSQL 团队服务器。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Explore the topics of a corpus: semantic-locality features, LDA and Replicated Softmax models, an intertopic distance map, retrieval mAP and coherence.</source>
        <translation>探索语料库的主题：语义局部性特征、LDA 与 Replicated Softmax 模型、主题间距离图、检索 mAP 与一致性。</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Launch, watch and compare experiment runs: model compression, spiking networks and training-balance planning, with live charts and every metric kept in the workspace.</source>
        <translation>启动、监视并比较实验运行：模型压缩、脉冲神经网络与训练负载均衡规划，提供实时图表，所有指标均保存在工作区中。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Background &amp;Jobs…</source>
        <translation>后台任务(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Check Workspace Integrity</source>
        <translation>检查工作区完整性(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About KCAT Studio</source>
        <translation>关于 KCAT Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Background Jobs Running</source>
        <translation>后台任务正在运行</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>KCAT Studio workspaces (*.kcat)</source>
        <translation>KCAT Studio 工作区 (*.kcat)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>KCAT Studio workspaces (*.kcat);;All files (*)</source>
        <translation>KCAT Studio 工作区 (*.kcat);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <source>%1 — KCAT Studio</source>
        <translation>%1 — KCAT Studio</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>KCAT Studio</source>
        <translation>KCAT Studio</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：未发现问题。</translation>
    </message>
    <message>
        <source>Workspace Problems</source>
        <translation>工作区问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace Check Failed</source>
        <translation>工作区检查失败</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>显示“%1”页面</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About KCAT Studio</source>
        <translation>关于 KCAT Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KCAT Studio %1&lt;/h3&gt;&lt;p&gt;Knowledge-constrained fine-grained entity typing, crowd annotation management, topic exploration and machine-learning experiment runs in one desktop application.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KCAT Studio %1&lt;/h3&gt;&lt;p&gt;知识约束的细粒度实体类型标注、众包标注管理、主题探索与机器学习实验运行，集于一个桌面应用。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) are still running.</source>
        <translation>
            <numerusform>仍有 %n 个后台任务在运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment run(s) can keep running without KCAT Studio: they go on writing into the workspace, and you see their results when you open it again. Other jobs stop.</source>
        <translation>
            <numerusform>有 %n 个实验运行可以在 KCAT Studio 退出后继续：它们会继续写入工作区，再次打开工作区时即可看到结果。其他任务将停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them and Quit</source>
        <translation>停止并退出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Runs Going and Quit</source>
        <translation>让运行继续并退出(&amp;K)</translation>
    </message>
</context>
<context>
    <name>kcat::ui::PlaceholderPage</name>
    <message>
        <source>This workspace view is being built; nothing here is shown until it works.</source>
        <translation>此工作区视图正在开发中；在其可用之前这里不显示任何内容。</translation>
    </message>
</context>
<context>
    <name>kcat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Settings apply at once and are kept for the next start.</source>
        <translation>设置立即生效，并在下次启动时保留。</translation>
    </message>
</context>
<context>
    <name>kcat::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
</TS>
