<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::ui::AnnotatePage</name>
    <message>
        <source>&lt;b&gt;Entity&lt;/b&gt;</source>
        <translation>&lt;b&gt;实体&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Types&lt;/b&gt;</source>
        <translation>&lt;b&gt;类型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选实体</translation>
    </message>
    <message>
        <source>List the linker&apos;s top candidates compatible with the chosen coarse type (L); then 1–9 picks one</source>
        <translation>列出与已选粗类型相容的链接候选（L）；再按 1–9 选择其一</translation>
    </message>
    <message>
        <source>NIL</source>
        <translation>NIL</translation>
    </message>
    <message>
        <source>The mention&apos;s entity is not in the knowledge base (N); releases the constraint</source>
        <translation>该提及的实体不在知识库中（N）；解除约束</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Flag the mention for review (F)</source>
        <translation>标记该提及以待复核（F）</translation>
    </message>
    <message>
        <source>Show all types</source>
        <translation>显示全部类型</translation>
    </message>
    <message>
        <source>Release the knowledge constraint for this mention (A)</source>
        <translation>为该提及解除知识约束（A）</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>平铺</translation>
    </message>
    <message>
        <source>Coarse→Fine</source>
        <translation>由粗到细</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Typing view (V cycles the views)</source>
        <translation>类型视图（V 切换视图）</translation>
    </message>
    <message>
        <source>Search types (/)</source>
        <translation>搜索类型（/）</translation>
    </message>
    <message>
        <source>Incremental search over names and descriptions (/); Enter takes the first match</source>
        <translation>在名称和描述中增量搜索（/）；回车选取第一个匹配</translation>
    </message>
    <message>
        <source>1–9 choose the n-th visible type; Backspace goes up in Coarse→Fine</source>
        <translation>1–9 选择第 n 个可见类型；在由粗到细视图中退格返回上一层</translation>
    </message>
    <message>
        <source>Confirm and next (Enter)</source>
        <translation>确认并下一个（回车）</translation>
    </message>
    <message>
        <source>Confirm the mention&apos;s types and move to the next mention (Enter)</source>
        <translation>确认该提及的类型并转到下一个提及（回车）</translation>
    </message>
    <message>
        <source>Documents with typed / total mentions</source>
        <translation>文档及其已标注 / 全部提及数</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous mention</source>
        <translation>下一个 / 上一个提及</translation>
    </message>
    <message>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <source>choose the n-th visible type (again: unset it)</source>
        <translation>选择第 n 个可见类型（再按一次取消）</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>search types; Enter takes the first match, Esc returns</source>
        <translation>搜索类型；回车选取第一个匹配，Esc 返回</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>confirm the mention and move on</source>
        <translation>确认该提及并继续</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
    <message>
        <source>Coarse→Fine: up one level</source>
        <translation>由粗到细：返回上一层</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>cycle Flatten / Coarse→Fine / Tree</source>
        <translation>切换 平铺 / 由粗到细 / 树</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>list candidate entities; then 1 – 9 links one</source>
        <translation>列出候选实体；再按 1 – 9 链接其一</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>link to NIL (releases the constraint)</source>
        <translation>链接到 NIL（解除约束）</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>show all types</source>
        <translation>显示全部类型</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>flag / unflag the mention</source>
        <translation>标记 / 取消标记该提及</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>add a mention over the selected text</source>
        <translation>在选中文本上添加提及</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>remove the mention</source>
        <translation>删除该提及</translation>
    </message>
    <message>
        <source>Alt+←/→, Alt+Shift+←/→</source>
        <translation>Alt+←/→、Alt+Shift+←/→</translation>
    </message>
    <message>
        <source>move the mention&apos;s end / start</source>
        <translation>移动提及的终点 / 起点</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>show / hide this help</source>
        <translation>显示 / 隐藏本帮助</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotate: keyboard&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;标注：键盘操作&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Loading the knowledge base and building the demo project…</source>
        <translation>正在加载知识库并构建演示项目…</translation>
    </message>
    <message>
        <source>Loading the knowledge base…</source>
        <translation>正在加载知识库…</translation>
    </message>
    <message>
        <source>Build the demo project</source>
        <translation>构建演示项目</translation>
    </message>
    <message>
        <source>Load the knowledge base</source>
        <translation>加载知识库</translation>
    </message>
    <message>
        <source>WordNet</source>
        <translation>WordNet</translation>
    </message>
    <message>
        <source>demo documents</source>
        <translation>演示文档</translation>
    </message>
    <message>
        <source>The demo project could not be stored: %1</source>
        <translation>无法保存演示项目：%1</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded: %1</source>
        <translation>无法加载知识库：%1</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>No annotation project in this workspace.</source>
        <translation>此工作区中没有标注项目。</translation>
    </message>
    <message>
        <source>Type set &quot;%1&quot; is not available: %2</source>
        <translation>类型集 &quot;%1&quot; 不可用：%2</translation>
    </message>
    <message>
        <source>%1 of %2 mentions typed in this document</source>
        <translation>本文档 %2 个提及中已标注 %1 个</translation>
    </message>
    <message>
        <source>candidates %1 of %2 types (%3%)</source>
        <translation>候选类型 %1 / %2（%3%）</translation>
    </message>
    <message>
        <source>constraint released</source>
        <translation>约束已解除</translation>
    </message>
    <message>
        <source>&lt;i&gt;No mention selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未选择提及。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Mention: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>提及：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Linked to &lt;b&gt;NIL&lt;/b&gt; (not in the knowledge base)</source>
        <translation>链接到 &lt;b&gt;NIL&lt;/b&gt;（不在知识库中）</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>尚未链接</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Types: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>top</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>No compatible candidate: N links to NIL.</source>
        <translation>没有相容的候选：按 N 链接到 NIL。</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: next / previous mention. Select text and press M (or release the mouse) to add a mention; drag a mention&apos;s edge (or Alt+arrows) to adjust it; Delete removes one</source>
        <translation>Tab / Shift+Tab：下一个 / 上一个提及。选中文本后按 M（或松开鼠标）添加提及；拖动提及的边缘（或 Alt+方向键）调整其范围；Delete 删除提及</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>select text to add a mention; drag a mention&apos;s edge to move it</source>
        <translation>选中文本以添加提及；拖动提及的边缘以移动它</translation>
    </message>
    <message>
        <source>Annotating as:</source>
        <translation>标注身份：</translation>
    </message>
    <message>
        <source>The team member whose labels you see and edit; the cost log records them</source>
        <translation>您查看和编辑其标注的团队成员；成本日志记录在该成员名下</translation>
    </message>
    <message>
        <source>My assignments</source>
        <translation>我的分配</translation>
    </message>
    <message>
        <source>Show only the documents assigned to this member</source>
        <translation>只显示分配给该成员的文档</translation>
    </message>
    <message>
        <source>The linker&apos;s suggestion (L revises it, N sets NIL)</source>
        <translation>链接器的建议（L 修改，N 设为 NIL）</translation>
    </message>
    <message>
        <source>%1 (team server %2)</source>
        <translation>%1（团队服务器 %2）</translation>
    </message>
    <message>
        <source>My queue: %1 of %2 documents done, %3 of %4 mentions typed</source>
        <translation>我的队列：%2 篇文档中已完成 %1 篇，%4 个提及中已标类型 %3 个</translation>
    </message>
    <message>
        <source>blind: only your own labels are shown</source>
        <translation>盲标：只显示您自己的标注</translation>
    </message>
    <message>
        <source>(flagged)</source>
        <translation>（已标记）</translation>
    </message>
    <message>
        <source>Other annotators: %1</source>
        <translation>其他标注者：%1</translation>
    </message>
    <message>
        <source>This mention comes from the team server and only the manager can remove it: flag it (F) for review instead.</source>
        <translation>此提及来自团队服务器，只有管理者可以删除：请改为标记（F）以供审阅。</translation>
    </message>
    <message>
        <source>Other annotators have labelled this mention; removing it would delete their labels: flag it (F) for the manager instead.</source>
        <translation>其他标注者已标注此提及，删除会连同他们的标注一起删除：请改为标记（F）交由管理者处理。</translation>
    </message>
</context>
</TS>
