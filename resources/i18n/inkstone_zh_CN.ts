<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionMenus</name>
    <message>
        <location filename="../../desktop/action_menus.py" line="51" />
        <location filename="../../desktop/action_menus.py" line="106" />
        <source>Summarize</source>
        <extracomment>Translate targets offered directly: (menu text in the language itself, name the core knows).</extracomment>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="52" />
        <location filename="../../desktop/action_menus.py" line="107" />
        <location filename="../../desktop/action_menus.py" line="142" />
        <location filename="../../desktop/action_menus.py" line="172" />
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="53" />
        <source>Translate to…</source>
        <translation>翻译为…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="54" />
        <location filename="../../desktop/action_menus.py" line="108" />
        <location filename="../../desktop/action_menus.py" line="148" />
        <location filename="../../desktop/action_menus.py" line="179" />
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="55" />
        <source>Rewrite with instruction…</source>
        <translation>按指示改写…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="56" />
        <location filename="../../desktop/action_menus.py" line="109" />
        <source>Continue</source>
        <translation>续写</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="57" />
        <source>Summarize the selection, or the whole document (F5)</source>
        <translation>总结所选文字，未选择时总结整篇文档 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="58" />
        <source>Continue writing from the cursor (F8)</source>
        <translation>从光标处接着写 (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="113" />
        <source>{action} into {lang}</source>
        <translation>{action}为{lang}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="115" />
        <location filename="../../desktop/action_menus.py" line="117" />
        <source>{action}: {detail}</source>
        <translation>{action}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="122" />
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="123" />
        <source>Casual</source>
        <translation>随意</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="124" />
        <source>Concise</source>
        <translation>简洁</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="125" />
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="126" />
        <source>Fix grammar</source>
        <translation>修正语法</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="147" />
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="153" />
        <source>Custom instruction…</source>
        <translation>自定义指示…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="172" />
        <source>Target language (pick or type one):</source>
        <translation>目标语言（选择或输入）：</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="179" />
        <source>How should the text be rewritten? (e.g. "shorter, for a child")</source>
        <translation>要怎样改写？（例如“更短，适合儿童阅读”）</translation>
    </message>
</context>
<context>
    <name>AdaptersTab</name>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22" />
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22" />
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22" />
        <source>Eval loss before → after</source>
        <translation>评估损失 训练前 → 训练后</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="25" />
        <source>Use for actions</source>
        <translation>用于操作</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="26" />
        <source>Use no adapter</source>
        <translation>不使用适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="27" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="68" />
        <source>Actions use adapter {name}.</source>
        <translation>操作使用适配器 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="68" />
        <source>Actions use the base model (no adapter).</source>
        <translation>操作使用基础模型（无适配器）。</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="38" />
        <source>New dataset from history</source>
        <translation>从历史记录新建数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="38" />
        <source>New dataset from documents</source>
        <translation>从文档新建数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="40" />
        <source>e.g. my-style</source>
        <translation>例如 my-style</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="42" />
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="46" />
        <source>No documents chosen</source>
        <translation>尚未选择文档</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="48" />
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="49" />
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="54" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="56" />
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="61" />
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="72" />
        <source>Your documents</source>
        <translation>你的文档</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="72" />
        <source>Documents (*.txt *.md *.markdown *.docx)</source>
        <translation>文档 (*.txt *.md *.markdown *.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="77" />
        <source>A folder of your documents</source>
        <translation>存放你文档的文件夹</translation>
    </message>
</context>
<context>
    <name>DataclassForm</name>
    <message>
        <location filename="../../desktop/dataclass_form.py" line="65" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>DatasetsTab</name>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98" />
        <source>Examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98" />
        <source>Train / eval</source>
        <translation>训练 / 评估</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="101" />
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="101" />
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="101" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="104" />
        <source>Select an example to see its answer</source>
        <translation>选择一个样本查看其回答</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="105" />
        <source>Save example</source>
        <translation>保存样本</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="106" />
        <source>Delete example</source>
        <translation>删除样本</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="108" />
        <source>From history…</source>
        <translation>从历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="109" />
        <source>From documents…</source>
        <translation>从文档…</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="110" />
        <source>Import JSONL…</source>
        <translation>导入 JSONL…</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="111" />
        <source>Export JSONL…</source>
        <translation>导出 JSONL…</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="112" />
        <source>Delete dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="271" />
        <source>Dataset {name}: {n} examples ({train} train, {eval} eval).</source>
        <translation>数据集 {name}：{n} 个样本（训练 {train}，评估 {eval}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="294" />
        <source>Import a JSONL dataset</source>
        <translation>导入 JSONL 数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="294" />
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="307" />
        <source>Imported {n} examples into {name}.</source>
        <translation>已向 {name} 导入 {n} 个样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="316" />
        <source>Export as JSONL</source>
        <translation>导出为 JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="316" />
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="328" />
        <source>Exported {n} examples to {path}.</source>
        <translation>已导出 {n} 个样本到 {path}。</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../desktop/editor.py" line="140" />
        <source>Untitled</source>
        <extracomment>Names this tab's autosave file in the recovery folder.</extracomment>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/find_bar.py" line="26" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="29" />
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="30" />
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="31" />
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="32" />
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="33" />
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="34" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="35" />
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="40" />
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="107" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/find_bar.py" line="148" />
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/history_panel.py" line="46" />
        <source>Search history…</source>
        <translation>搜索历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="49" />
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="51" />
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="52" />
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="53" />
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="54" />
        <source>Continue</source>
        <translation>续写</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="58" />
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="69" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="70" />
        <source>Re-apply to selection</source>
        <translation>重新应用到所选文字</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="71" />
        <source>Put the kept text in place of the editor's selection (one undo step)</source>
        <translation>用保留的文字替换编辑器中的所选内容（一步撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="72" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="73" />
        <source>Add to dataset…</source>
        <translation>加入数据集…</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="132" />
        <source>History: {reason}</source>
        <translation>历史记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="178" />
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="179" />
        <source>accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="180" />
        <source>edited</source>
        <translation>修改后采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="181" />
        <source>discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="182" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="183" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="216" />
        <source>{rate:.0f} tokens/s</source>
        <translation>{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="222" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="223" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="224" />
        <source>Kept (edited)</source>
        <translation>保留的文字（已修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="225" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="262" />
        <source>Add to dataset</source>
        <translation>加入数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="262" />
        <source>Dataset (pick one or type a new name):</source>
        <translation>数据集（选择已有的或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="279" />
        <source>Added to dataset {name} ({n} examples).</source>
        <translation>已加入数据集 {name}（共 {n} 个样本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="281" />
        <source>Dataset {name} already holds this example.</source>
        <translation>数据集 {name} 已包含这个样本。</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../desktop/loss_chart.py" line="14" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="21" />
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="23" />
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="28" />
        <source>step</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/app.py" line="177" />
        <source>Something went wrong: {reason} (details in inkstone.log)</source>
        <translation>出错了：{reason}（详情见 inkstone.log）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="112" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="113" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Personalization</source>
        <translation>个性化</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="196" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="197" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198" />
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="199" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="200" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="204" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="205" />
        <source>Find and &amp;Replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206" />
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="207" />
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208" />
        <source>U&amp;nderline</source>
        <translation>下划线(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="209" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210" />
        <location filename="../../desktop/main_window.py" line="900" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210" />
        <source>Stop generating (Esc)</source>
        <translation>停止生成 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211" />
        <source>&amp;Replace with Proposal</source>
        <translation>用建议替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="212" />
        <source>&amp;Insert Proposal Below</source>
        <translation>在下方插入建议(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="213" />
        <source>&amp;Your Actions…</source>
        <translation>我的操作(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="214" />
        <source>Add, change or delete actions of your own</source>
        <translation>添加、修改或删除你自己的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216" />
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="219" />
        <source>&amp;Personalization</source>
        <translation>个性化(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222" />
        <source>&amp;Assistant Pane</source>
        <translation>助手面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="246" />
        <source>Format (Word documents)</source>
        <translation>格式（Word 文档）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="251" />
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="255" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259" />
        <source>&amp;About Inkstone</source>
        <translation>关于 Inkstone(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="289" />
        <source>Your actions could not be read: {reason}</source>
        <translation>无法读取你的操作：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="329" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="368" />
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="370" />
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="445" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461" />
        <source>Cannot open {name}: {reason}</source>
        <translation>无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="472" />
        <source>{name} was read as {encoding}; it will be saved as UTF-8.</source>
        <translation>{name} 按 {encoding} 编码读取；保存时将使用 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="474" />
        <source>Inkstone edits the text of Word documents: {details}. Save under a new name to keep the original.</source>
        <translation>Inkstone 只编辑 Word 文档中的文字：{details}。如需保留原件，请另存为新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="492" />
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="506" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="511" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="518" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="519" />
        <source>Save the changes to {name}?</source>
        <translation>保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="595" />
        <source>Bold, italic and underline are kept in Word (.docx) documents only</source>
        <translation>加粗、倾斜和下划线只在 Word (.docx) 文档中保留</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="679" />
        <source>The assistant is still working. Stop it (Esc) before starting another action.</source>
        <translation>助手仍在工作。请先停止 (Esc) 再开始新的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="688" />
        <source>Write something first: Continue needs text before the cursor.</source>
        <translation>请先写点内容：续写需要光标前有文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="690" />
        <source>There is no text to work on: select some text or write in the document.</source>
        <translation>没有可处理的文字：请选择文字或在文档中写作。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="711" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="768" />
        <source>The model returned no text. Try Retry, or another model.</source>
        <translation>模型没有返回文字。请重试，或换一个模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="774" />
        <source>{action} failed: {reason}</source>
        <translation>{action}失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="816" />
        <source>History could not be saved: {reason}</source>
        <translation>无法保存历史记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="836" />
        <source>The document this proposal belongs to was closed; use Copy instead.</source>
        <translation>该建议所属的文档已关闭；请改用复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="851" />
        <source>The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.</source>
        <translation>助手工作期间原文已被修改，因此没有替换。请使用“在下方插入”或“复制”。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="879" />
        <source>Applied. Press Ctrl+Z to undo.</source>
        <translation>已应用。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="900" />
        <source>&amp;Discard Proposal</source>
        <translation>放弃建议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="916" />
        <location filename="../../desktop/main_window.py" line="924" />
        <source>default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="956" />
        <source>The model could not be loaded: {reason}</source>
        <translation>无法加载模型：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="973" />
        <source>The new language is used from the next start of Inkstone.</source>
        <translation>新的界面语言将在下次启动 Inkstone 时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1003" />
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1016" />
        <source>Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).</source>
        <translation>Inkstone 发现上次意外结束时未保存的文字（{count} 个：{names}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1018" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1019" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1049" />
        <source>Restored {n} document(s); save them to keep them.</source>
        <translation>已恢复 {n} 个文档；请保存以保留它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1094" />
        <source>About Inkstone</source>
        <translation>关于 Inkstone</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1095" />
        <source>Inkstone {version}
A local-first writing assistant. Your text never leaves this computer.</source>
        <translation>Inkstone {version}
本地优先的写作助手。你的文字不会离开这台电脑。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/message_bar.py" line="39" />
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>PersonalizationPanel</name>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="26" />
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="27" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="28" />
        <source>Adapters</source>
        <translation>适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="48" />
        <source>Training finished. Pick the new adapter under Adapters to use it.</source>
        <translation>训练完成。在“适配器”中选择新的适配器即可使用。</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../desktop/result_pane.py" line="56" />
        <source>Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.</source>
        <translation>在编辑器中选中文字后右键，或使用“助手”菜单，即可总结、翻译、改写或续写。未选择文字时，操作作用于整篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="62" />
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="63" />
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="70" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="71" />
        <source>Stop generating (Esc)</source>
        <translation>停止生成 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="72" />
        <location filename="../../desktop/result_pane.py" line="158" />
        <source>Replace selection</source>
        <translation>替换所选</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="74" />
        <source>Put the proposal in place of the original (Ctrl+Return); one undo step</source>
        <translation>用建议替换原文 (Ctrl+Return)；可一步撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="75" />
        <source>Insert below</source>
        <translation>在下方插入</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="76" />
        <source>Add the proposal after the original (Ctrl+Shift+Return)</source>
        <translation>在原文之后插入建议 (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="77" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="78" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="79" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="80" />
        <source>Drop this proposal (Esc)</source>
        <translation>放弃这条建议 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="121" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="139" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="155" />
        <source>Insert at cursor</source>
        <translation>在光标处插入</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="157" />
        <source>Replace document</source>
        <translation>替换整篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="184" />
        <source>{model} · {backend} · {device}</source>
        <translation>{model} · {backend} · {device}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="186" />
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="219" />
        <source>{n} tokens at {rate:.0f} tokens/s</source>
        <translation>{n} 个词元，{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="221" />
        <source>{n} tokens</source>
        <translation>{n} 个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="223" />
        <source>{n} parts</source>
        <translation>{n} 个部分</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="225" />
        <source>stopped at the length limit</source>
        <translation>达到长度上限而停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="227" />
        <source>stopped by you</source>
        <translation>已由你停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="240" />
        <source>Failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="50" />
        <source>Add GGUF file…</source>
        <translation>添加 GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51" />
        <source>Add Hugging Face folder…</source>
        <translation>添加 Hugging Face 文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="56" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="57" />
        <source>PyTorch on CUDA</source>
        <translation>PyTorch（CUDA 显卡）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="58" />
        <source>llama.cpp on the CPU</source>
        <translation>llama.cpp（CPU）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="64" />
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="65" />
        <source>Where it runs:</source>
        <translation>运行位置：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74" />
        <source>0 always picks the likeliest word; higher values vary more</source>
        <translation>0 总是选择最可能的词；数值越高变化越多</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="80" />
        <source>Automatic (depends on the action)</source>
        <translation>自动（取决于操作）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83" />
        <source>Automatic (one per CPU core)</source>
        <translation>自动（每个 CPU 核心一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="84" />
        <source>Threads llama.cpp uses on the CPU; takes effect when the model reloads</source>
        <translation>llama.cpp 在 CPU 上使用的线程数；模型重新加载后生效</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85" />
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86" />
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="87" />
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="88" />
        <source>CPU threads:</source>
        <translation>CPU 线程：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="89" />
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94" />
        <source>Keep a history of actions (stored only on this computer)</source>
        <translation>保留操作历史（只存储在这台电脑上）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="96" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="99" />
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="101" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="147" />
        <source> (built in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="182" />
        <source>History setting not saved: {reason}</source>
        <translation>历史记录设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="190" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="206" />
        <source>{backend} on {device} — {reason}</source>
        <translation>{backend}，运行于 {device} — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217" />
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217" />
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="222" />
        <source>Add a Hugging Face model folder</source>
        <translation>添加 Hugging Face 模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="241" />
        <source>Model not added: {reason}</source>
        <translation>未添加模型：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="246" />
        <source>Added model {name}.</source>
        <translation>已添加模型 {name}。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="18" />
        <source>Training %p%</source>
        <translation>训练 %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="29" />
        <source>Loading model {model}…</source>
        <translation>正在加载模型 {model}…</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="33" />
        <source>{model} · {backend} · {device}</source>
        <translation>{model} · {backend} · {device}</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="35" />
        <source>adapter {name}</source>
        <translation>适配器 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="40" />
        <source>Model not loaded</source>
        <translation>模型未加载</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="44" />
        <source>{rate:.0f} tokens/s</source>
        <translation>{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="48" />
        <source>Selection: {words} words, {chars} characters</source>
        <translation>所选：{words} 词，{chars} 字符</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="50" />
        <source>{words} words, {chars} characters</source>
        <translation>{words} 词，{chars} 字符</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../desktop/training_tab.py" line="56" />
        <source>Training runs in the background and you can keep writing. Without a GPU, training and actions share the CPU, so both run slower until training ends.</source>
        <translation>训练在后台进行，你可以继续写作。没有 GPU 时，训练和操作共用 CPU，训练结束前两者都会变慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="66" />
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="67" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68" />
        <source>Resume selected run</source>
        <translation>继续所选的训练</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="70" />
        <source>step %v of %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77" />
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77" />
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="81" />
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="121" />
        <source>Fine-tuning is not part of this installation yet.</source>
        <translation>此安装尚不包含微调功能。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="201" />
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="202" />
        <source>Starting: dataset {name}</source>
        <translation>开始：数据集 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="214" />
        <source>Stopping after the current step; a checkpoint is kept for Resume.</source>
        <translation>将在当前步骤后停止；会保留检查点以便继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="224" />
        <source>ETA {eta}</source>
        <translation>剩余 {eta}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="228" />
        <source>step {step}/{total}</source>
        <translation>第 {step}/{total} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="230" />
        <source>loss {loss:.4f}</source>
        <translation>损失 {loss:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="232" />
        <source>eval loss {loss:.4f}</source>
        <translation>评估损失 {loss:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="234" />
        <source>{rate:.0f} tokens/s</source>
        <translation>{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="245" />
        <source>Training stopped; use Resume to continue.</source>
        <translation>训练已停止；可用“继续”接着训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="247" />
        <source>Training finished.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="251" />
        <source>Eval loss {before:.3f} → {after:.3f}; adapter {name}</source>
        <translation>评估损失 {before:.3f} → {after:.3f}；适配器 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="257" />
        <location filename="../../desktop/training_tab.py" line="258" />
        <source>Training failed: {reason}</source>
        <translation>训练失败：{reason}</translation>
    </message>
</context>
<context>
    <name>UserActionsDialog</name>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="43" />
        <source>Your actions</source>
        <translation>我的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="50" />
        <source>Actions you add here appear in the right-click menu and in the Assistant menu, and run from the terminal with inkstone-cli run NAME. Actions in your actions.toml file are changed in that file.</source>
        <translation>在这里添加的操作会出现在右键菜单和“助手”菜单中，也可以在终端用 inkstone-cli run 名称 运行。actions.toml 文件中的操作请在该文件中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="59" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="60" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="62" />
        <source>e.g. make-tweet</source>
        <translation>例如 make-tweet</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="63" />
        <source>Lowercase letters, digits and hyphens; inkstone-cli run uses this name</source>
        <translation>小写字母、数字和连字符；inkstone-cli run 使用这个名称</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="65" />
        <source>Menu text (default: from the name)</source>
        <translation>菜单中显示的文字（默认由名称生成）</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="67" />
        <source>What should the model do with the text? e.g. Turn the text into a single tweet.</source>
        <translation>模型应该如何处理这段文字？例如：把这段文字改写成一条推文。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="71" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="72" />
        <source>Longest answer in tokens; Automatic allows 256</source>
        <translation>最长回答的词元数；“自动”为 256</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="73" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="91" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="92" />
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="93" />
        <source>Instruction:</source>
        <translation>指示：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="94" />
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="211" />
        <source>Saved. “{label}” is in the right-click menu and the Assistant menu.</source>
        <translation>已保存。“{label}”已出现在右键菜单和“助手”菜单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="214" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="233" />
        <source>Deleted {name}.</source>
        <translation>已删除 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="236" />
        <source>Not deleted: {reason}</source>
        <translation>未删除：{reason}</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../desktop/workers.py" line="37" />
        <source>out of memory; close other programs or choose a smaller model</source>
        <translation>内存不足；请关闭其他程序或选择更小的模型</translation>
    </message>
</context>
</TS>