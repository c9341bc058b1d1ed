<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionFlow</name>
    <message>
        <location filename="../../desktop/action_flow.py" line="81" />
        <source>The assistant is still working. Stop it (Esc) before starting another action.</source>
        <translation>助手仍在工作。请先停止 (Esc) 再开始新的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="90" />
        <source>Write something first: Continue needs text before the cursor.</source>
        <translation>请先写点内容：续写需要光标前有文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="92" />
        <source>There is no text to work on: select some text or write in the document.</source>
        <translation>没有可处理的文字：请选择文字或在文档中写作。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="140" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="182" />
        <source>The document this proposal belongs to was closed; use Copy instead.</source>
        <translation>该建议所属的文档已关闭；请改用复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="197" />
        <source>The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.</source>
        <translation>助手工作期间原文已被修改，因此没有替换。请使用“在下方插入”或“复制”。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="225" />
        <source>Applied. Press Ctrl+Z to undo.</source>
        <translation>已应用。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="260" />
        <source>The model returned no text. Try Retry, or another model.</source>
        <translation>模型没有返回文字。请重试，或换一个模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="266" />
        <source>{action} failed: {reason}</source>
        <translation>{action}失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="294" />
        <source>History could not be saved: {reason}</source>
        <translation>无法保存历史记录：{reason}</translation>
    </message>
</context>
<context>
    <name>ActionMenus</name>
    <message>
        <location filename="../../desktop/action_menus.py" line="47" />
        <location filename="../../desktop/action_menus.py" line="102" />
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="48" />
        <location filename="../../desktop/action_menus.py" line="103" />
        <location filename="../../desktop/action_menus.py" line="139" />
        <location filename="../../desktop/action_menus.py" line="169" />
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="49" />
        <source>Translate to…</source>
        <translation>翻译为…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="50" />
        <location filename="../../desktop/action_menus.py" line="104" />
        <location filename="../../desktop/action_menus.py" line="145" />
        <location filename="../../desktop/action_menus.py" line="176" />
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="51" />
        <source>Rewrite with instruction…</source>
        <translation>按指示改写…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="52" />
        <location filename="../../desktop/action_menus.py" line="105" />
        <source>Continue</source>
        <translation>续写</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="53" />
        <source>Summarize the selection, or the whole document (F5)</source>
        <translation>总结所选文字，未选择时总结整篇文档 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="54" />
        <source>Continue writing from the cursor (F8)</source>
        <translation>从光标处接着写 (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="109" />
        <source>{action} into {lang}</source>
        <translation>{action}为{lang}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="111" />
        <location filename="../../desktop/action_menus.py" line="113" />
        <source>{action}: {detail}</source>
        <translation>{action}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="26" />
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="27" />
        <source>Casual</source>
        <translation>随意</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="28" />
        <source>Concise</source>
        <translation>简洁</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="29" />
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="30" />
        <source>Fix grammar</source>
        <translation>修正语法</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="144" />
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="150" />
        <source>Custom instruction…</source>
        <translation>自定义指示…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="169" />
        <source>Target language (pick or type one):</source>
        <translation>目标语言（选择或输入）：</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="176" />
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
    <name>CatalogTab</name>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="79" />
        <source>Looking at this computer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88" />
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88" />
        <location filename="../../desktop/model_catalog_tab.py" line="100" />
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88" />
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88" />
        <source>License</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="101" />
        <source>Cancel download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="154" />
        <source>runs on the graphics card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="154" />
        <source>the best fit that still answers at a comfortable pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="156" />
        <source>Recommended for this computer ({basis}): &lt;b&gt;{title}&lt;/b&gt;, {where}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="163" />
        <source>Downloads come from {host}. Inkstone uses the network only for a download you start here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="169" />
        <source>Added as {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="170" />
        <source>Partly downloaded ({size})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="204" />
        <source>&lt;b&gt;{title}&lt;/b&gt; — {good_for}&lt;br&gt;Languages: {languages}. Context: {context:,} tokens. License: &lt;a href="{url}"&gt;{license}&lt;/a&gt;{note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="225" />
        <source>Download a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="237" />
        <source>Download {title} ({size}) from {host}?

License: {license}
{note}{url}

It is saved in {folder} and needs about {memory:g} GB of memory to run. Inkstone uses the network only for this download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="256" />
        <source>Connecting to {host}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="263" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="270" />
        <source>{done} of {total} · {speed}/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="274" />
        <source>about {time} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="278" />
        <source>Checking the file's checksum…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="280" />
        <source>Checking the model file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="286" />
        <source>Added {name}. Choose it in Preferences ▸ Model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="289" />
        <source>Download cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="297" />
        <source>Download failed: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="304" />
        <source>The catalog cannot be shown: {reason}</source>
        <translation type="unfinished" />
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
        <location filename="../../desktop/datasets_tab.py" line="215" />
        <source>⚠ {split}</source>
        <translation>⚠ {split}</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="216" />
        <source>Cannot be used for training: {problem}</source>
        <translation>不能用于训练：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="283" />
        <source>Dataset {name}: {n} examples ({train} train, {eval} eval).</source>
        <translation>数据集 {name}：{n} 个样本（训练 {train}，评估 {eval}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="305" />
        <source>Import a JSONL dataset</source>
        <translation>导入 JSONL 数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="305" />
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="318" />
        <source>Imported {n} examples into {name}.</source>
        <translation>已向 {name} 导入 {n} 个样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="327" />
        <source>Export as JSONL</source>
        <translation>导出为 JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="327" />
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="339" />
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
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents.py" line="80" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="81" />
        <source>Save the changes to {name}?</source>
        <translation>保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="117" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="134" />
        <source>Cannot open {name}: {reason}</source>
        <translation>无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="144" />
        <source>{name} was read as {encoding}; it will be saved as UTF-8.</source>
        <translation>{name} 按 {encoding} 编码读取；保存时将使用 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="146" />
        <source>Inkstone edits the text of Word documents: {details}. Save under a new name to keep the original.</source>
        <translation>Inkstone 只编辑 Word 文档中的文字：{details}。如需保留原件，请另存为新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="164" />
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="179" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="183" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="193" />
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="195" />
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="237" />
        <source>Bold, italic and underline are kept in Word (.docx) documents only</source>
        <translation>加粗、倾斜和下划线只在 Word (.docx) 文档中保留</translation>
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
        <location filename="../../desktop/loss_chart.py" line="31" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="38" />
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="40" />
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="45" />
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
        <location filename="../../desktop/main_window.py" line="66" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="67" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="68" />
        <source>Personalization</source>
        <translation>个性化</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146" />
        <source>The new language is used from the next start of Inkstone.</source>
        <translation>新的界面语言将在下次启动 Inkstone 时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153" />
        <source>About Inkstone</source>
        <translation>关于 Inkstone</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="154" />
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
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/model_loader.py" line="55" />
        <location filename="../../desktop/model_loader.py" line="66" />
        <source>default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location filename="../../desktop/model_loader.py" line="98" />
        <source>The model could not be loaded: {reason}</source>
        <translation>无法加载模型：{reason}</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/models_dialog.py" line="67" />
        <location filename="../../desktop/models_dialog.py" line="314" />
        <source>Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="79" />
        <source>On this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="81" />
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="82" />
        <source>Your models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="97" />
        <source>Models that Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache keep on this computer. Adding one uses the file where it is: nothing is copied or changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Quantization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>Architecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>Runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>In Inkstone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="116" />
        <source>Search again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="117" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="118" />
        <source>Add all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="143" />
        <source>Delete model and file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="144" />
        <source>Only for models Inkstone downloaded: the file is deleted too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="145" />
        <source>Remove from list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="146" />
        <source>Inkstone forgets the model; its file stays where it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="179" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="197" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="210" />
        <source>Found {count} model(s) in {apps}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="212" />
        <source>No models found in the folders Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="214" />
        <source>{count} file(s) left out (vision projectors, adapters, unfinished downloads).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="221" />
        <source>The search stopped: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="270" />
        <source>{label} was not added: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="272" />
        <source>Added {name} from {app}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="278" />
        <source>Added model {name}; choose it in Preferences ▸ Model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="294" />
        <source>built in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="295" />
        <source>downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="295" />
        <source>added by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="322" />
        <source>Delete {name} and its file ({size})? It can be downloaded again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="330" />
        <source>Deleted {name} ({size} freed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="343" />
        <source>Removed {name} from the list; its file stays where it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../desktop/note_texts.py" line="19" />
        <source>requested</source>
        <translation>按你的选择</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="20" />
        <source>GPU busy with fine-tuning</source>
        <translation>GPU 正在用于微调</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="21" />
        <source>no CUDA device</source>
        <translation>没有 CUDA 设备</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="22" />
        <source>CUDA disabled by INKSTONE_DISABLE_CUDA</source>
        <translation>CUDA 已被 INKSTONE_DISABLE_CUDA 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="23" />
        <source>PyTorch is not installed</source>
        <translation>未安装 PyTorch</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="24" />
        <source>not enough free GPU memory ({free} free, ~{needed} needed)</source>
        <translation>GPU 可用显存不足（可用 {free}，约需 {needed}）</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="25" />
        <source>transformers cannot load GGUF architecture {architecture!r}</source>
        <translation>transformers 无法加载 GGUF 架构 {architecture!r}</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="26" />
        <source>CUDA device {name} has {free} free</source>
        <translation>CUDA 设备 {name} 有 {free} 可用</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="27" />
        <source>model has no GGUF file; {why}, so on the CPU</source>
        <translation>模型没有 GGUF 文件；{why}，因此在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="28" />
        <source>GPU out of memory ({error}); re-routed to llama.cpp on the CPU</source>
        <translation>GPU 显存不足（{error}）；已改用 CPU 上的 llama.cpp</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="30" />
        <source>sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower</source>
        <translation>与微调共用 CPU：llama.cpp 使用 {threads} 个线程，因此较慢</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="31" />
        <source>the text is longer than the model's context: continued from its last {kept:,} of {total:,} tokens</source>
        <translation>文本超过模型的上下文长度：从最后 {kept:,} 个词元（共 {total:,} 个）处续写</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="32" />
        <source>the text is longer than the model's context: processed in {parts} parts</source>
        <translation>文本超过模型的上下文长度：分 {parts} 部分处理</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="33" />
        <source>the text is longer than the model's context: summarized {parts} parts, then combined them</source>
        <translation>文本超过模型的上下文长度：先分别总结 {parts} 部分，再合并</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="34" />
        <source>this action's own settings could not be read ({error}); your general settings were used</source>
        <translation>无法读取此操作自己的设置（{error}）；已使用常规设置</translation>
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
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="51" />
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="69" />
        <source>Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).</source>
        <translation>Inkstone 发现上次意外结束时未保存的文字（{count} 个：{names}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="71" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="72" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="101" />
        <source>Restored {n} document(s); save them to keep them.</source>
        <translation>已恢复 {n} 个文档；请保存以保留它们。</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../desktop/result_pane.py" line="57" />
        <source>Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.</source>
        <translation>在编辑器中选中文字后右键，或使用“助手”菜单，即可总结、翻译、改写或续写。未选择文字时，操作作用于整篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="63" />
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="64" />
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="71" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="72" />
        <source>Stop generating (Esc)</source>
        <translation>停止生成 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="73" />
        <location filename="../../desktop/result_pane.py" line="159" />
        <source>Replace selection</source>
        <translation>替换所选</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="75" />
        <source>Put the proposal in place of the original (Ctrl+Return); one undo step</source>
        <translation>用建议替换原文 (Ctrl+Return)；可一步撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="76" />
        <source>Insert below</source>
        <translation>在下方插入</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="77" />
        <source>Add the proposal after the original (Ctrl+Shift+Return)</source>
        <translation>在原文之后插入建议 (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="78" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="79" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="80" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="81" />
        <source>Drop this proposal (Esc)</source>
        <translation>放弃这条建议 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="122" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="140" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="156" />
        <source>Insert at cursor</source>
        <translation>在光标处插入</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="158" />
        <source>Replace document</source>
        <translation>替换整篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="185" />
        <source>{model} · {backend} · {device}</source>
        <translation>{model} · {backend} · {device}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="187" />
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="220" />
        <source>{n} tokens at {rate:.0f} tokens/s</source>
        <translation>{n} 个词元，{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="222" />
        <source>{n} tokens</source>
        <translation>{n} 个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="224" />
        <source>{n} parts</source>
        <translation>{n} 个部分</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="226" />
        <source>stopped at the length limit</source>
        <translation>达到长度上限而停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="228" />
        <source>stopped by you</source>
        <translation>已由你停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="241" />
        <source>Failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="60" />
        <source>Add GGUF file…</source>
        <translation>添加 GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61" />
        <source>Add Hugging Face folder…</source>
        <translation>添加 Hugging Face 文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38" />
        <source>PyTorch on CUDA</source>
        <translation>PyTorch（CUDA 显卡）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="37" />
        <source>llama.cpp on the CPU</source>
        <translation>llama.cpp（CPU）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="64" />
        <source>Find or download models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="76" />
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77" />
        <source>Where it runs:</source>
        <translation>运行位置：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86" />
        <source>0 always picks the likeliest word; higher values vary more</source>
        <translation>0 总是选择最可能的词；数值越高变化越多</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="92" />
        <source>Automatic (depends on the action)</source>
        <translation>自动（取决于操作）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95" />
        <source>Automatic (one per CPU core)</source>
        <translation>自动（每个 CPU 核心一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="96" />
        <source>Threads llama.cpp uses on the CPU; takes effect when the model reloads</source>
        <translation>llama.cpp 在 CPU 上使用的线程数；模型重新加载后生效</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="97" />
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="98" />
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="99" />
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100" />
        <source>CPU threads:</source>
        <translation>CPU 线程：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="101" />
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106" />
        <source>Keep a history of actions (stored only on this computer)</source>
        <translation>保留操作历史（只存储在这台电脑上）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="108" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="111" />
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="112" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="113" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="160" />
        <source> (built in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="195" />
        <source>History setting not saved: {reason}</source>
        <translation>历史记录设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="203" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217" />
        <source>{backend} on {device} — {reason}</source>
        <translation>{backend}，运行于 {device} — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="228" />
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="228" />
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="233" />
        <source>Add a Hugging Face model folder</source>
        <translation>添加 Hugging Face 模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="264" />
        <source>Model not added: {reason}</source>
        <translation>未添加模型：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="269" />
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
        <location filename="../../desktop/training_tab.py" line="202" />
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="203" />
        <source>Starting: dataset {name}</source>
        <translation>开始：数据集 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="215" />
        <source>Stopping after the current step; a checkpoint is kept for Resume.</source>
        <translation>将在当前步骤后停止；会保留检查点以便继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="225" />
        <source>ETA {eta}</source>
        <translation>剩余 {eta}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="229" />
        <source>step {step}/{total}</source>
        <translation>第 {step}/{total} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="231" />
        <source>loss {loss:.4f}</source>
        <translation>损失 {loss:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="233" />
        <source>eval loss {loss:.4f}</source>
        <translation>评估损失 {loss:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="235" />
        <source>{rate:.0f} tokens/s</source>
        <translation>{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="246" />
        <source>Training stopped; use Resume to continue.</source>
        <translation>训练已停止；可用“继续”接着训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="248" />
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
        <location filename="../../desktop/user_actions_dialog.py" line="42" />
        <source>Your actions</source>
        <translation>我的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="49" />
        <source>Actions you add here appear in the right-click menu and in the Assistant menu, and run from the terminal with inkstone-cli run NAME. Actions in your actions.toml file are changed in that file.</source>
        <translation>在这里添加的操作会出现在右键菜单和“助手”菜单中，也可以在终端用 inkstone-cli run 名称 运行。actions.toml 文件中的操作请在该文件中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="58" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="59" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="61" />
        <source>e.g. make-tweet</source>
        <translation>例如 make-tweet</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="62" />
        <source>Lowercase letters, digits and hyphens; inkstone-cli run uses this name</source>
        <translation>小写字母、数字和连字符；inkstone-cli run 使用这个名称</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="64" />
        <source>Menu text (default: from the name)</source>
        <translation>菜单中显示的文字（默认由名称生成）</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="66" />
        <source>What should the model do with the text? e.g. Turn the text into a single tweet.</source>
        <translation>模型应该如何处理这段文字？例如：把这段文字改写成一条推文。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="70" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="71" />
        <source>Longest answer in tokens; Automatic allows 256</source>
        <translation>最长回答的词元数；“自动”为 256</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="72" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="90" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="91" />
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="92" />
        <source>Instruction:</source>
        <translation>指示：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="93" />
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="210" />
        <source>Saved. “{label}” is in the right-click menu and the Assistant menu.</source>
        <translation>已保存。“{label}”已出现在右键菜单和“助手”菜单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="213" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="232" />
        <source>Deleted {name}.</source>
        <translation>已删除 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="235" />
        <source>Not deleted: {reason}</source>
        <translation>未删除：{reason}</translation>
    </message>
</context>
<context>
    <name>UserActionsSync</name>
    <message>
        <location filename="../../desktop/user_actions_sync.py" line="46" />
        <source>Your actions could not be read: {reason}</source>
        <translation>无法读取你的操作：{reason}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/window_menus.py" line="45" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="46" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="47" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="48" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="49" />
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="50" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="51" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="52" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="55" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="56" />
        <source>Find and &amp;Replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="57" />
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="58" />
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="59" />
        <source>U&amp;nderline</source>
        <translation>下划线(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="60" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61" />
        <location filename="../../desktop/window_menus.py" line="165" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61" />
        <source>Stop generating (Esc)</source>
        <translation>停止生成 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="62" />
        <source>&amp;Replace with Proposal</source>
        <translation>用建议替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="63" />
        <source>&amp;Insert Proposal Below</source>
        <translation>在下方插入建议(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="64" />
        <source>&amp;Your Actions…</source>
        <translation>我的操作(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="65" />
        <source>Add, change or delete actions of your own</source>
        <translation>添加、修改或删除你自己的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="66" />
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="67" />
        <source>&amp;Personalization</source>
        <translation>个性化(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="68" />
        <source>&amp;Assistant Pane</source>
        <translation>助手面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="85" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="87" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="94" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="99" />
        <source>Format (Word documents)</source>
        <translation>格式（Word 文档）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="104" />
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="108" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="111" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="112" />
        <source>&amp;About Inkstone</source>
        <translation>关于 Inkstone(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="127" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="165" />
        <source>&amp;Discard Proposal</source>
        <translation>放弃建议(&amp;D)</translation>
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