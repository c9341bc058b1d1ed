<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionFlow</name>
    <message>
        <location filename="../../desktop/action_flow.py" line="80" />
        <location filename="../../desktop/action_flow.py" line="140" />
        <source>The assistant is still working. Stop it (Esc) before starting another action.</source>
        <extracomment>Asks before text first goes unencrypted to another machine (desktop.remote_ui.confirm_send).</extracomment>
        <translation>助手仍在工作。请先停止 (Esc) 再开始新的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="91" />
        <source>Write something first: Continue needs text before the cursor.</source>
        <translation>请先写点内容：续写需要光标前有文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="93" />
        <source>There is no text to work on: select some text or write in the document.</source>
        <translation>没有可处理的文字：请选择文字或在文档中写作。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="168" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="210" />
        <source>The document this proposal belongs to was closed; use Copy instead.</source>
        <translation>该建议所属的文档已关闭；请改用复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="226" />
        <source>The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.</source>
        <translation>助手工作期间原文已被修改，因此没有替换。请使用“在下方插入”或“复制”。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="259" />
        <source>Applied. Press Ctrl+Z to undo.</source>
        <translation>已应用。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="295" />
        <source>The model returned no text. Try Retry, or another model.</source>
        <translation>模型没有返回文字。请重试，或换一个模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="301" />
        <source>{action} failed: {reason}</source>
        <translation>{action}失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="329" />
        <source>History could not be saved: {reason}</source>
        <translation>无法保存历史记录：{reason}</translation>
    </message>
</context>
<context>
    <name>ActionMenus</name>
    <message>
        <location filename="../../desktop/action_menus.py" line="51" />
        <location filename="../../desktop/action_menus.py" line="107" />
        <location filename="../../desktop/action_menus.py" line="149" />
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="52" />
        <location filename="../../desktop/action_menus.py" line="108" />
        <location filename="../../desktop/action_menus.py" line="154" />
        <location filename="../../desktop/action_menus.py" line="188" />
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
        <location filename="../../desktop/action_menus.py" line="109" />
        <location filename="../../desktop/action_menus.py" line="160" />
        <location filename="../../desktop/action_menus.py" line="195" />
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
        <location filename="../../desktop/action_menus.py" line="110" />
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
        <location filename="../../desktop/action_menus.py" line="114" />
        <source>{action} into {lang}</source>
        <translation>{action}为{lang}</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="116" />
        <location filename="../../desktop/action_menus.py" line="118" />
        <location filename="../../desktop/action_menus.py" line="120" />
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
        <location filename="../../desktop/action_menus.py" line="31" />
        <source>Short</source>
        <translation>简短</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="32" />
        <source>Medium</source>
        <translation>适中</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="33" />
        <source>Long</source>
        <translation>详细</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="34" />
        <source>Bullet points</source>
        <translation>要点列表</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="159" />
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="165" />
        <source>Custom instruction…</source>
        <translation>自定义指示…</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="188" />
        <source>Target language (pick or type one):</source>
        <translation>目标语言（选择或输入）：</translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="195" />
        <source>How should the text be rewritten? (e.g. "shorter, for a child")</source>
        <translation>要怎样改写？（例如“更短，适合儿童阅读”）</translation>
    </message>
</context>
<context>
    <name>ActionSettingsPage</name>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="26" />
        <source>An action can use its own model, adapter and decoding, in the app and in inkstone-cli. “As in the general settings” leaves a setting to the Model and Generation tabs.</source>
        <translation>每个操作都可以使用自己的模型、适配器和解码设置，在应用和 inkstone-cli 中都有效。选“与常规设置相同”则沿用“模型”和“生成”选项卡中的设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="36" />
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="37" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="38" />
        <source>Adapter:</source>
        <translation>适配器：</translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="66" />
        <location filename="../../desktop/action_settings_page.py" line="69" />
        <source>As in the general settings</source>
        <translation>与常规设置相同</translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="70" />
        <source>No adapter</source>
        <translation>不使用适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="119" />
        <source>Action settings not saved: {reason}</source>
        <translation>操作设置未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>AdapterUpdateBox</name>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="22" />
        <source>Learning from your edits</source>
        <translation>从你的修改中学习</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="25" />
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="27" />
        <source>Teach the adapter the results you kept since it was trained. The current version stays available.</source>
        <translation>让适配器学习自训练以来你保留的结果。当前版本仍可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="29" />
        <location filename="../../desktop/adapter_updates.py" line="74" />
        <source>Roll back</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="30" />
        <source>Update by itself when Inkstone is idle</source>
        <translation>在 Inkstone 空闲时自动更新</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="58" />
        <source>Pick an adapter to use. Inkstone then counts the results you keep, and offers to teach them to it.</source>
        <translation>请选择要使用的适配器。之后 Inkstone 会统计你保留的结果，并提议让适配器学习它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="64" />
        <source>{name} can learn from {count} results you kept since it was trained.</source>
        <translation>{name} 可以学习自训练以来你保留的 {count} 条结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="66" />
        <source>{count} results kept since {name} was trained; an update is offered at {threshold}.</source>
        <translation>自 {name} 训练以来已保留 {count} 条结果；达到 {threshold} 条时会提议更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="71" />
        <source>Roll back to {name}</source>
        <translation>回退到 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="72" />
        <source>Use the previous version again; the newer one stays in the list.</source>
        <translation>重新使用上一个版本；较新的版本仍保留在列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="75" />
        <source>The adapter in use is a first version: there is nothing to roll back to.</source>
        <translation>正在使用的适配器是第一个版本：没有可回退的版本。</translation>
    </message>
</context>
<context>
    <name>AdaptersTab</name>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47" />
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47" />
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47" />
        <source>Eval loss before → after</source>
        <translation>评估损失 训练前 → 训练后</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="50" />
        <source>Use for actions</source>
        <translation>用于操作</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="51" />
        <source>Use no adapter</source>
        <translation>不使用适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="52" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="103" />
        <source>{version} (from {name})</source>
        <translation>{version}（基于 {name}）</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="112" />
        <source>Actions use adapter {name}.</source>
        <translation>操作使用适配器 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="112" />
        <source>Actions use the base model (no adapter).</source>
        <translation>操作使用基础模型（无适配器）。</translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="170" />
        <source>Actions use {name} again.</source>
        <translation>操作重新使用 {name}。</translation>
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
        <location filename="../../desktop/model_catalog_tab.py" line="68" />
        <source>Looking at this computer…</source>
        <translation>正在查看这台电脑…</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77" />
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77" />
        <location filename="../../desktop/model_catalog_tab.py" line="89" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77" />
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77" />
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="90" />
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="143" />
        <source>runs on the graphics card</source>
        <translation>在显卡上运行</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="143" />
        <source>the best fit that still answers at a comfortable pace</source>
        <translation>在回答速度仍然舒适的前提下最合适</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="145" />
        <source>Recommended for this computer ({basis}): &lt;b&gt;{title}&lt;/b&gt;, {where}.</source>
        <translation>推荐这台电脑使用（{basis}）：&lt;b&gt;{title}&lt;/b&gt;，{where}。</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="152" />
        <source>Downloads come from {host}. Inkstone uses the network only for a download you start here.</source>
        <translation>下载来自 {host}。只有你在这里开始下载时，Inkstone 才会使用网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="158" />
        <source>Added as {name}</source>
        <translation>已添加为 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="159" />
        <source>Partly downloaded ({size})</source>
        <translation>已下载一部分（{size}）</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="193" />
        <source>&lt;b&gt;{title}&lt;/b&gt; — {good_for}&lt;br&gt;Languages: {languages}. Context: {context:,} tokens. License: &lt;a href="{url}"&gt;{license}&lt;/a&gt;{note}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {good_for}&lt;br&gt;语言：{languages}。上下文：{context:,} 个词元。许可证：&lt;a href="{url}"&gt;{license}&lt;/a&gt;{note}</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="214" />
        <source>Download a model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="226" />
        <source>Download {title} ({size}) from {host}?

License: {license}
{note}{url}

It is saved in {folder} and needs about {memory:g} GB of memory to run. Inkstone uses the network only for this download.</source>
        <translation>从 {host} 下载 {title}（{size}）吗？

许可证：{license}
{note}{url}

模型将保存在 {folder}，运行时约需 {memory:g} GB 内存。Inkstone 只为这次下载使用网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="245" />
        <source>Connecting to {host}…</source>
        <translation>正在连接 {host}…</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="252" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="259" />
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} / {total} · {speed}/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="263" />
        <source>about {time} left</source>
        <translation>剩余约 {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="267" />
        <source>Checking the file's checksum…</source>
        <translation>正在核对文件校验和…</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="269" />
        <source>Checking the model file…</source>
        <translation>正在检查模型文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="275" />
        <source>Added {name}. Choose it in Preferences ▸ Model.</source>
        <translation>已添加 {name}。请在“首选项 ▸ 模型”中选择它。</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="278" />
        <source>Download cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="286" />
        <source>Download failed: {reason}</source>
        <translation>下载失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="293" />
        <source>The catalog cannot be shown: {reason}</source>
        <translation>无法显示模型目录：{reason}</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="76" />
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="76" />
        <source>Grammar</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="76" />
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="86" />
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="87" />
        <source>Use the first suggestion (one undo step)</source>
        <translation>采用第一条修改建议（一步撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="88" />
        <location filename="../../desktop/grammar_panel.py" line="199" />
        <source>Fix All</source>
        <translation>全部修正</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="89" />
        <source>Use the first suggestion for every problem of this kind (one undo step)</source>
        <translation>对这一类的每个问题都采用第一条修改建议（一步撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="90" />
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="91" />
        <source>Fix Spelling &amp;&amp; Grammar (Fast)…</source>
        <translation>快速修正拼写和语法…</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="92" />
        <source>Show every spelling and grammar correction as one proposal, with its changes</source>
        <translation>把所有拼写和语法修正合为一条建议显示，并标出改动</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="166" />
        <source>All problems ({n})</source>
        <translation>所有问题（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="168" />
        <source>{kind} ({n})</source>
        <translation>{kind}（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="181" />
        <source>Starting the checker…</source>
        <translation>正在启动检查器…</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="183" />
        <source>Checking is off: turn on Review ▸ Check Spelling as You Type.</source>
        <translation>检查已关闭：请打开“审阅 ▸ 输入时检查拼写”。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="185" />
        <source>Checking… {n} paragraphs left</source>
        <translation>正在检查… 还剩 {n} 段</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="187" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="189" />
        <source>{n} problems: click one to select it in the text.</source>
        <translation>{n} 个问题：点击其中一个即可在文中选中它。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="199" />
        <source>Fix All {kind}</source>
        <translation>修正全部{kind}问题</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="229" />
        <source>The text changed; the list was refreshed.</source>
        <translation>文字已更改；列表已刷新。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="240" />
        <source>{n} problems fixed; Ctrl+Z undoes them all.</source>
        <translation>已修正 {n} 个问题；按 Ctrl+Z 可全部撤销。</translation>
    </message>
</context>
<context>
    <name>ContinualUpdates</name>
    <message>
        <location filename="../../desktop/continual_updates.py" line="102" />
        <source>{name} can learn from the {count} results you kept since it was trained.</source>
        <extracomment>How often the count is read (and the idle rule applied). No typing, clicking or scrolling for this long counts as idle.</extracomment>
        <translation>{name} 可以学习自训练以来你保留的 {count} 条结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/continual_updates.py" line="105" />
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <location filename="../../desktop/continual_updates.py" line="105" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>DataclassForm</name>
    <message>
        <location filename="../../desktop/dataclass_form.py" line="75" />
        <location filename="../../desktop/dataclass_form.py" line="83" />
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
    <name>DecodingForm</name>
    <message>
        <location filename="../../desktop/decoding_form.py" line="18" />
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="19" />
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="20" />
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="21" />
        <source>Min-p:</source>
        <translation>Min-p：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="22" />
        <source>Repeat penalty:</source>
        <translation>重复惩罚：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="23" />
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="24" />
        <source>Beams (PyTorch only):</source>
        <translation>束数（仅 PyTorch）：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="25" />
        <source>Examples from your history:</source>
        <translation>历史记录中的示例：</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="28" />
        <source>0 always picks the likeliest word; higher values vary more</source>
        <translation>0 总是选择最可能的词；数值越高变化越多</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="29" />
        <source>Pick only among the likeliest words that together make up this share</source>
        <translation>只在累计概率达到这一比例的最可能的词中选择</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="30" />
        <source>Pick only among this many likeliest words (0: no limit)</source>
        <translation>只在这么多个最可能的词中选择（0：不限制）</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="31" />
        <source>Leave out words less likely than this share of the likeliest one</source>
        <translation>排除概率低于最可能的词的这一比例的词</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="32" />
        <source>Make words used in the last 64 less likely (1: off)</source>
        <translation>降低最近 64 个词中出现过的词的概率（1：关闭）</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="33" />
        <source>The longest answer, in tokens</source>
        <translation>回答的最大长度（词元）</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="34" />
        <source>Search several answers at once and keep the best; the answer then arrives whole</source>
        <translation>同时搜索多个回答并保留最好的一个；回答会一次性完整出现</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="35" />
        <source>Show the model this many of your earlier kept results for the action (0: none)</source>
        <translation>向模型展示你以前为该操作保留的这么多条结果（0：不展示）</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="52" />
        <source>Automatic (depends on the action)</source>
        <translation>自动（取决于操作）</translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="53" />
        <source>Automatic (suits the action and model)</source>
        <translation>自动（适合操作和模型）</translation>
    </message>
</context>
<context>
    <name>DocVersions</name>
    <message>
        <location filename="../../desktop/doc_versions.py" line="63" />
        <source>No version of {name} could be kept: {reason}</source>
        <extracomment>The versions of this tab changed (None: of any document, e.g. after the limits changed).</extracomment>
        <translation>无法保留 {name} 的版本：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="103" />
        <source>The version could not be restored: {reason}</source>
        <translation>无法恢复该版本：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="107" />
        <source>Restored the version of {when}. Save to keep it; Ctrl+Z undoes it.</source>
        <translation>已恢复 {when} 的版本。保存即可保留；按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="123" />
        <source>Restored the version of {when}. Save to keep it; what was shown before is kept in Versions.</source>
        <translation>已恢复 {when} 的版本。保存即可保留；之前显示的内容保存在“版本”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="133" />
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../desktop/editor.py" line="183" />
        <source>{n} paragraph(s) with tracked changes are read-only here; edit them in Word.</source>
        <extracomment>What the new file leaves out compared with the document it came from (Save As only). The Word document as read at open or written at the last save (Word documents only). What the last save left out compared with the document it came from (Save As only). Names this tab's autosave file in the recovery folder. The content hash of the file as Inkstone last read or wrote it (None: unknown), and whether it has since been deleted or moved (see desktop.file_watch). Earlier names of this document (after Save As), whose versions it keeps listing.</extracomment>
        <translation>{n} 个含修订的段落在这里是只读的；请在 Word 中编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="186" />
        <source>{n} object(s) such as notes, equations or text boxes are shown as placeholders and kept as they are.</source>
        <translation>{n} 个注释、公式或文本框等对象以占位符显示，并保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="204" />
        <source>the original could not be recovered, so Inkstone cannot tell what saving would change</source>
        <translation>无法还原原件，Inkstone 无法判断保存会改变什么</translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="262" />
        <source>{name} was not overwritten, because {what}. Use Save As to keep your edits in a new file; the original stays as it is.</source>
        <translation>{name} 没有被覆盖，因为{what}。请用“另存为”把修改保存到新文件；原件保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="324" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents.py" line="93" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="94" />
        <source>Save the changes to {name}?</source>
        <translation>保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="131" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="148" />
        <source>Cannot open {name}: {reason}</source>
        <translation>无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="158" />
        <source>{name} was read as {encoding}; it will be saved as UTF-8.</source>
        <translation>{name} 按 {encoding} 编码读取；保存时将使用 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="175" />
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="238" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="232" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="200" />
        <source>{name} is no longer where it was (deleted or moved by another program). Choose where to save it.</source>
        <translation>{name} 已不在原来的位置（被其他程序删除或移动）。请选择保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="209" />
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="248" />
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="250" />
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="292" />
        <source>Bold, italic and underline are kept in Word (.docx) documents only</source>
        <translation>加粗、倾斜和下划线只在 Word (.docx) 文档中保留</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="83" />
        <source>Run models on a bigger machine: an OpenAI-compatible server such as llama-server, vLLM, SGLang, Ollama or LM Studio. An endpoint is chosen like a model; nothing is sent to it until you choose it.</source>
        <extracomment>A finished check or change, for the status line and tests: (text, kind "info"/"error").</extracomment>
        <translation>在更强的机器上运行模型：使用兼容 OpenAI 的服务器，例如 llama-server、vLLM、SGLang、Ollama 或 LM Studio。端点可以像模型一样选择；在你选择它之前，不会向它发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="89" />
        <source>gpu-box</source>
        <translation>gpu-box</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="93" />
        <source>the model's name on the server</source>
        <translation>模型在服务器上的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="96" />
        <source>optional; kept in the system keyring</source>
        <translation>可选；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="98" />
        <source>or the name of an environment variable holding it</source>
        <translation>或存放密钥的环境变量名</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="102" />
        <source>As the server reports it</source>
        <translation>以服务器报告的为准</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="107" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="108" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="109" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="115" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="116" />
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="117" />
        <source>Server model:</source>
        <translation>服务器模型：</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="118" />
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="119" />
        <source>Key variable:</source>
        <translation>密钥变量：</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="120" />
        <source>Context (tokens):</source>
        <translation>上下文（词元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="152" />
        <source>{name} — {model} at {url}</source>
        <translation>{name} — {model}，位于 {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="154" />
        <source>(unencrypted)</source>
        <translation>（未加密）</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="180" />
        <source>This address is another machine over plain http://: your text would travel unencrypted. Use https:// or an SSH tunnel to localhost where you can.</source>
        <translation>这个地址是另一台机器，且使用普通的 http://：你的文字将以未加密方式传输。请尽量使用 https:// 或通往 localhost 的 SSH 隧道。</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="199" />
        <source>Checking {url}…</source>
        <translation>正在检查 {url}…</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="207" />
        <source>Added endpoint {name}: the server offers {model}; context {context} tokens.</source>
        <translation>已添加端点 {name}：服务器提供 {model}；上下文 {context} 个词元。</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="216" />
        <source>Testing {name}…</source>
        <translation>正在测试 {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="221" />
        <source>counted by the server</source>
        <translation>由服务器计数</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="221" />
        <source>estimated</source>
        <translation>为估算值</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="222" />
        <source>{name} answers: {model}, context {context} tokens, tokens {counting}.</source>
        <translation>{name} 已响应：{model}，上下文 {context} 个词元，词元数{counting}。</translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="233" />
        <source>Removed endpoint {name}.</source>
        <translation>已移除端点 {name}。</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../desktop/file_watch.py" line="128" />
        <source>{name} is back on disk.</source>
        <extracomment>Outcomes of a check (the ``checked`` signal): what was done about the file. Answers to "changed elsewhere" (also the save-time question). What Save does after its check. (tab, outcome) after each check the watcher started.</extracomment>
        <translation>{name} 已重新出现在磁盘上。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="133" />
        <source>{name} was changed by another program and has been reloaded. The text shown before is kept in File ▸ Versions.</source>
        <translation>{name} 被其他程序修改，已重新加载。之前显示的文字保存在“文件 ▸ 版本”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="144" />
        <source>{name} was deleted or moved by another program. Your text is still here; Save will ask where to keep it.</source>
        <translation>{name} 被其他程序删除或移动。你的文字仍在这里；保存时会询问保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="146" />
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="147" />
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="152" />
        <source>{name} was changed by another program, and you have unsaved edits here.</source>
        <translation>{name} 被其他程序修改，而你在这里有未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="153" />
        <location filename="../../desktop/file_watch.py" line="225" />
        <location filename="../../desktop/file_watch.py" line="243" />
        <source>Load Their Version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="154" />
        <location filename="../../desktop/file_watch.py" line="226" />
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="155" />
        <location filename="../../desktop/file_watch.py" line="244" />
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="170" />
        <source>Loaded the other program's version of {name}. Your text is kept in File ▸ Versions (and Ctrl+Z brings it back).</source>
        <translation>已载入其他程序修改后的 {name}。你的文字保存在“文件 ▸ 版本”中（按 Ctrl+Z 也可找回）。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="173" />
        <source>Loaded the other program's version of {name}. Your text is kept in File ▸ Versions.</source>
        <translation>已载入其他程序修改后的 {name}。你的文字保存在“文件 ▸ 版本”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="183" />
        <source>Kept your text of {name}. Saving replaces the other program's version, which is kept in File ▸ Versions.</source>
        <translation>已保留你的 {name} 文字。保存时会替换其他程序的版本，该版本保存在“文件 ▸ 版本”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="199" />
        <source>{name} was changed by another program but cannot be read: {reason}</source>
        <translation>{name} 被其他程序修改，但无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="221" />
        <source>{name}: the file on disk and your text</source>
        <translation>{name}：磁盘上的文件与你的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="222" />
        <source>Struck out in red: only in the file on disk. Green: only in your text here.</source>
        <translation>红色删除线：只在磁盘上的文件中。绿色：只在你这里的文字中。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="237" />
        <source>Changed by another program</source>
        <translation>已被其他程序修改</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="238" />
        <source>{name} was changed by another program since Inkstone last read or saved it. Saving now replaces that version (it is kept in File ▸ Versions).</source>
        <translation>自 Inkstone 上次读取或保存以来，{name} 已被其他程序修改。现在保存将替换那个版本（它会保存在“文件 ▸ 版本”中）。</translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="242" />
        <source>Save Mine</source>
        <translation>保存我的</translation>
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
    <name>GrammarController</name>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="123" />
        <source>Spelling settings could not be read: {reason}</source>
        <extracomment>Time the UI thread spends per event-loop turn drawing results again. Results arrived or what is shown changed (ignore, dictionary); argument: the document concerned, or None for all. ``submit_db(fn, on_done, on_error)`` runs ``fn`` on the database thread. Problems the writer chose to ignore this session: (rule, flagged text). Words added to the dictionary this session: hidden at once, before the re-check.</extracomment>
        <translation>无法读取拼写设置：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="172" />
        <source>Spelling settings were not saved: {reason}</source>
        <translation>拼写设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="271" />
        <source>The spelling and grammar checker stopped: {reason}</source>
        <translation>拼写和语法检查器已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="421" />
        <source>{word} was not added to the dictionary: {reason}</source>
        <translation>{word} 未加入词典：{reason}</translation>
    </message>
</context>
<context>
    <name>GrammarFixSession</name>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="69" />
        <source>the checker's first suggestion for each spelling and grammar problem; no language model, nothing else changed</source>
        <extracomment>The same text gives the same fixes: the result pane offers no Retry.</extracomment>
        <translation>对每个拼写和语法问题采用检查器的第一条修改建议；不使用语言模型，其他内容不做改动</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="70" />
        <source>Harper spelling and grammar checker</source>
        <translation>Harper 拼写和语法检查器</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="71" />
        <source>offline rules</source>
        <translation>离线规则</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="87" />
        <source>{n} fixes: {spelling} spelling, {grammar} grammar</source>
        <translation>{n} 处修正：拼写 {spelling} 处，语法 {grammar} 处</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="90" />
        <source>no spelling or grammar problems with a suggestion</source>
        <translation>没有带修改建议的拼写或语法问题</translation>
    </message>
</context>
<context>
    <name>GrammarSettingsDialog</name>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="37" />
        <source>Spelling &amp; Grammar Settings</source>
        <translation>拼写和语法设置</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="40" />
        <source>American English</source>
        <translation>美式英语</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="41" />
        <source>British English</source>
        <translation>英式英语</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="42" />
        <source>Canadian English</source>
        <translation>加拿大英语</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="43" />
        <source>Australian English</source>
        <translation>澳大利亚英语</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="45" />
        <source>Underline problems as I type</source>
        <translation>输入时为问题加下划线</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="53" />
        <source>Dialect:</source>
        <translation>英语变体：</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="54" />
        <source>Paragraphs that are not in English are skipped. The checker is Harper; it runs on this computer and sends nothing anywhere.</source>
        <translation>非英语段落会被跳过。检查器是 Harper；它在这台电脑上运行，不向任何地方发送内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="61" />
        <source>Find a rule…</source>
        <translation>查找规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="66" />
        <source>Untick a rule to turn it off:</source>
        <translation>取消勾选规则即可关闭它：</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="73" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="75" />
        <source>Words the checker accepts (add them from an underlined word's menu, or with inkstone-cli dictionary add):</source>
        <translation>检查器接受的词（可从带下划线的词的菜单中添加，或使用 inkstone-cli dictionary add）：</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="84" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="85" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="86" />
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="116" />
        <source>The checker is starting; the rules appear in a moment.</source>
        <translation>检查器正在启动；规则稍后显示。</translation>
    </message>
</context>
<context>
    <name>GrammarUI</name>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="50" />
        <source>&amp;Check Document…</source>
        <translation>检查文档(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="52" />
        <source>List every spelling and grammar problem in the document</source>
        <translation>列出文档中的所有拼写和语法问题</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="54" />
        <source>&amp;Fix Spelling &amp;&amp; Grammar (Fast)</source>
        <translation>快速修正拼写和语法(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="56" />
        <source>Propose the checker's corrections for the selection (or the document); no model, nothing else changed</source>
        <translation>为所选文字（或整篇文档）提出检查器的修正；不使用模型，其他内容不做改动</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="58" />
        <source>Check Spelling as You &amp;Type</source>
        <translation>输入时检查拼写(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="62" />
        <source>Spelling &amp;&amp; Grammar &amp;Settings…</source>
        <translation>拼写和语法设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="68" />
        <source>Spelling &amp;&amp; Grammar</source>
        <translation>拼写和语法</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="74" />
        <source>&amp;Spelling &amp;&amp; Grammar Panel</source>
        <translation>拼写和语法面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="102" />
        <source>(remove “{text}”)</source>
        <translation>（删除“{text}”）</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="110" />
        <source>(no suggestions)</source>
        <translation>（无修改建议）</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="112" />
        <source>Ignore “{text}”</source>
        <translation>忽略“{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="115" />
        <source>Add “{word}” to Dictionary</source>
        <translation>将“{word}”加入词典</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="124" />
        <source>The text changed; check the word again.</source>
        <translation>文字已更改；请重新检查这个词。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="182" />
        <source>There is no text to check: select some text or write in the document.</source>
        <translation>没有可检查的文字：请选择文字或在文档中写作。</translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="184" />
        <source>Fix spelling &amp; grammar (fast)</source>
        <translation>快速修正拼写和语法</translation>
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
        <location filename="../../desktop/history_panel.py" line="159" />
        <source>{action} (remote: {endpoint})</source>
        <translation>{action}（远程：{endpoint}）</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="168" />
        <source>Run on remote endpoint {endpoint} at {url}</source>
        <translation>在远程端点 {endpoint}（{url}）上运行</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="183" />
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="184" />
        <source>accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="185" />
        <source>edited</source>
        <translation>修改后采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="186" />
        <source>discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="187" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="188" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="221" />
        <source>Remote endpoint: the text was sent to {url}</source>
        <translation>远程端点：文字已发送到 {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="223" />
        <source>{rate:.0f} tokens/s</source>
        <translation>{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="229" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="230" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="231" />
        <source>Kept (edited)</source>
        <translation>保留的文字（已修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="232" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="269" />
        <source>Add to dataset</source>
        <translation>加入数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="269" />
        <source>Dataset (pick one or type a new name):</source>
        <translation>数据集（选择已有的或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="286" />
        <source>Added to dataset {name} ({n} examples).</source>
        <translation>已加入数据集 {name}（共 {n} 个样本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="288" />
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
        <location filename="../../desktop/app.py" line="183" />
        <source>Something went wrong: {reason} (details in inkstone.log)</source>
        <translation>出错了：{reason}（详情见 inkstone.log）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="70" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="71" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="72" />
        <source>Personalization</source>
        <translation>个性化</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="73" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="178" />
        <source>The new language is used from the next start of Inkstone.</source>
        <translation>新的界面语言将在下次启动 Inkstone 时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185" />
        <source>About Inkstone</source>
        <translation>关于 Inkstone</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186" />
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
        <location filename="../../desktop/model_loader.py" line="57" />
        <location filename="../../desktop/model_loader.py" line="68" />
        <source>default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location filename="../../desktop/model_loader.py" line="100" />
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
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="79" />
        <source>On this computer</source>
        <translation>这台电脑上</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="81" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="82" />
        <source>Your models</source>
        <translation>你的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="97" />
        <source>Models that Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache keep on this computer. Adding one uses the file where it is: nothing is copied or changed.</source>
        <translation>Ollama、LM Studio、GPT4All、Jan、llama.cpp 和 Hugging Face 缓存在这台电脑上保存的模型。添加时直接使用原位置的文件：不会复制或修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109" />
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>Runs on</source>
        <translation>可运行于</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110" />
        <source>In Inkstone</source>
        <translation>在 Inkstone 中</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="116" />
        <source>Search again</source>
        <translation>重新搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="117" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="118" />
        <source>Add all</source>
        <translation>全部添加</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="143" />
        <source>Delete model and file</source>
        <translation>删除模型和文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="144" />
        <source>Only for models Inkstone downloaded: the file is deleted too</source>
        <translation>仅适用于 Inkstone 下载的模型：文件也会被删除</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="145" />
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="146" />
        <source>Inkstone forgets the model; its file stays where it is</source>
        <translation>Inkstone 不再记录该模型；其文件保留在原处</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="179" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="197" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="210" />
        <source>Found {count} model(s) in {apps}.</source>
        <translation>在 {apps} 中找到 {count} 个模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="212" />
        <source>No models found in the folders Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache use.</source>
        <translation>在 Ollama、LM Studio、GPT4All、Jan、llama.cpp 和 Hugging Face 缓存使用的文件夹中没有找到模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="214" />
        <source>{count} file(s) left out (vision projectors, adapters, unfinished downloads).</source>
        <translation>已略过 {count} 个文件（视觉投影器、适配器、未完成的下载）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="221" />
        <source>The search stopped: {reason}</source>
        <translation>搜索已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="270" />
        <source>{label} was not added: {reason}</source>
        <translation>未添加 {label}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="272" />
        <source>Added {name} from {app}.</source>
        <translation>已从 {app} 添加 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="278" />
        <source>Added model {name}; choose it in Preferences ▸ Model.</source>
        <translation>已添加模型 {name}；请在“首选项 ▸ 模型”中选择它。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="294" />
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="295" />
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="295" />
        <source>added by you</source>
        <translation>由你添加</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="322" />
        <source>Delete {name} and its file ({size})? It can be downloaded again later.</source>
        <translation>删除 {name} 及其文件（{size}）吗？以后可以重新下载。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="330" />
        <source>Deleted {name} ({size} freed).</source>
        <translation>已删除 {name}（释放 {size}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="343" />
        <source>Removed {name} from the list; its file stays where it is.</source>
        <translation>已从列表中移除 {name}；其文件保留在原处。</translation>
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
        <source>the model file cannot be read: {error}</source>
        <translation>无法读取模型文件：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="27" />
        <source>CUDA device {name} has {free} free</source>
        <translation>CUDA 设备 {name} 有 {free} 可用</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="28" />
        <source>model has no GGUF file; {why}, so on the CPU</source>
        <translation>模型没有 GGUF 文件；{why}，因此在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="29" />
        <source>GPU out of memory ({error}); re-routed to llama.cpp on the CPU</source>
        <translation>GPU 显存不足（{error}）；已改用 CPU 上的 llama.cpp</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="30" />
        <source>remote endpoint {name} ({via})</source>
        <translation>远程端点 {name}（{via}）</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="32" />
        <source>chosen for this run</source>
        <translation>为本次运行所选</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="33" />
        <source>chosen in this action's settings</source>
        <translation>在此操作的设置中选择</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="34" />
        <source>chosen in Preferences</source>
        <translation>在首选项中选择</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="35" />
        <source>the default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="37" />
        <source>sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower</source>
        <translation>与微调共用 CPU：llama.cpp 使用 {threads} 个线程，因此较慢</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="38" />
        <source>the text is longer than the model's context: continued from its last {kept:,} of {total:,} tokens</source>
        <translation>文本超过模型的上下文长度：从最后 {kept:,} 个词元（共 {total:,} 个）处续写</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="39" />
        <source>the text is longer than the model's context: processed in {parts} parts</source>
        <translation>文本超过模型的上下文长度：分 {parts} 部分处理</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="40" />
        <source>the text is longer than the model's context: summarized {parts} parts, then combined them</source>
        <translation>文本超过模型的上下文长度：先分别总结 {parts} 部分，再合并</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="41" />
        <source>this action's own settings could not be read ({error}); your general settings were used</source>
        <translation>无法读取此操作自己的设置（{error}）；已使用常规设置</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="42" />
        <source>your earlier results could not be read ({error}); no examples were shown</source>
        <translation>无法读取你以前的结果（{error}）；未展示示例</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="43" />
        <source>beam search over {beams} beams runs on PyTorch</source>
        <translation>{beams} 束的束搜索在 PyTorch 上运行</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="44" />
        <source>beam search over {beams} beams runs on PyTorch: llama.cpp has none</source>
        <translation>{beams} 束的束搜索在 PyTorch 上运行：llama.cpp 不支持束搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="45" />
        <source>the first answer was in another language ({found}); asked again for {expected}</source>
        <translation>第一次回答用了其他语言（{found}）；已重新要求用 {expected} 回答</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="46" />
        <source>the model began to repeat itself; the answer ends before the repeat</source>
        <translation>模型开始重复自己的话；回答在重复之前结束</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="47" />
        <source>left out what the model put around the answer: {items}</source>
        <translation>已去掉模型加在回答前后的内容：{items}</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="48" />
        <source>the model reached for numbers your text does not have {count} time(s); it was kept to yours</source>
        <translation>模型有 {count} 次想写出你的文字里没有的数字，已限定为你文字中的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="49" />
        <source>kept your own words in {count} place(s) where the model rewrote more than a correction</source>
        <translation>模型在 {count} 处改写超出了纠错的范围，那里保留了你的原文</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="51" />
        <source>The model returned no text.</source>
        <translation>模型没有返回文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="52" />
        <source>The translation does not read as {target} (it looks like {found}); a larger model translates better.</source>
        <translation>译文看起来不是 {target}（更像 {found}）；更大的模型翻译得更好。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="53" />
        <source>The answer is not in the language of your text (text: {expected}, answer: {found}).</source>
        <translation>回答与你的文字语言不同（文字：{expected}，回答：{found}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="54" />
        <location filename="../../desktop/note_texts.py" line="55" />
        <source>The answer stopped at the token limit and may be cut off; allow more tokens or select less text.</source>
        <translation>回答达到词元上限而停止，可能不完整；请允许更多词元，或选择更少的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="56" />
        <source>The summary is not clearly shorter than the text ({percent}% of its length).</source>
        <translation>总结没有明显短于原文（为原文长度的 {percent}%）。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="57" />
        <source>The summary contains a greeting or sign-off: {items}.</source>
        <translation>总结中含有问候语或结束语：{items}。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="58" />
        <source>The grammar fix changed {percent}% of the words; a grammar fix should change only the mistakes.</source>
        <translation>语法修正改动了 {percent}% 的词；语法修正应只改动错误之处。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="59" />
        <source>The continuation starts by repeating your text ({count} words).</source>
        <translation>续写的开头重复了你的文字（{count} 个词）。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="60" />
        <source>The answer repeats itself ({percent}% repeated phrases).</source>
        <translation>回答自我重复（{percent}% 为重复短语）。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="61" />
        <source>Numbers or dates in the answer are not in your text: {items}. Check them before you use it.</source>
        <translation>回答中的数字或日期不在你的文字中：{items}。使用前请核实。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="62" />
        <source>Names in the answer are not in your text: {items}. Check them before you use it.</source>
        <translation>回答中的名称不在你的文字中：{items}。使用前请核实。</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="63" />
        <source>run on this computer instead of remote endpoint {name}</source>
        <translation>在这台电脑上运行，而不是远程端点 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="64" />
        <source>adapter {adapter} is not applied on remote endpoint {name}; its server would have to serve it</source>
        <translation>适配器 {adapter} 未在远程端点 {name} 上应用；需要由该端点的服务器提供它</translation>
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
        <location filename="../../desktop/personalization_panel.py" line="50" />
        <source>update of the adapter in use</source>
        <translation>更新正在使用的适配器</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="52" />
        <source>A training run is in progress; update the adapter when it has finished.</source>
        <translation>正在进行一次训练；请在训练结束后再更新适配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="62" />
        <source>Training finished. The new model {name} is among your models.</source>
        <translation>训练完成。新模型 {name} 已加入你的模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="64" />
        <source>Your adapter learned from your recent edits; actions now use {name}.</source>
        <translation>你的适配器已从你最近的修改中学习；操作现在使用 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="66" />
        <source>The update finished, but the adapter in use stays: {reason}</source>
        <translation>更新已完成，但仍使用原来的适配器：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="69" />
        <source>Training finished. Pick the new adapter under Adapters to use it.</source>
        <translation>训练完成。在“适配器”中选择新的适配器即可使用。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="39" />
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="57" />
        <source>Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).</source>
        <translation>Inkstone 发现上次意外结束时未保存的文字（{count} 个：{names}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="59" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="60" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="79" />
        <source>Restored {n} document(s); save them to keep them.</source>
        <translation>已恢复 {n} 个文档；请保存以保留它们。</translation>
    </message>
</context>
<context>
    <name>RemoteUi</name>
    <message>
        <location filename="../../desktop/remote_ui.py" line="45" />
        <source>Endpoint {name} is another machine ({host}) reached over plain http://. Your text will travel unencrypted, and anyone on the network between can read it.

Use https:// or an SSH tunnel to localhost where you can. Send the text anyway? (Inkstone asks once for each endpoint.)</source>
        <translation>端点 {name} 是另一台机器（{host}），通过普通的 http:// 连接。你的文字将以未加密方式传输，途经网络上的任何人都能读取。

请尽量使用 https:// 或通往 localhost 的 SSH 隧道。仍要发送文字吗？（Inkstone 对每个端点只询问一次。）</translation>
    </message>
    <message>
        <location filename="../../desktop/remote_ui.py" line="53" />
        <source>Unencrypted connection</source>
        <translation>未加密的连接</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../desktop/result_pane.py" line="64" />
        <source>Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.</source>
        <extracomment>Actions whose proposal is the original text corrected: a Changes tab shows the word-level diff. "grammar-check" is the offline checker's fast fix (desktop.grammar_fix). Run the same request on this computer (shown after a run on a remote endpoint).</extracomment>
        <translation>在编辑器中选中文字后右键，或使用“助手”菜单，即可总结、翻译、改写或续写。未选择文字时，操作作用于整篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="70" />
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="71" />
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="83" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="84" />
        <source>Stop generating (Esc)</source>
        <translation>停止生成 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="85" />
        <location filename="../../desktop/result_pane.py" line="180" />
        <source>Replace selection</source>
        <translation>替换所选</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="87" />
        <source>Put the proposal in place of the original (Ctrl+Return); one undo step</source>
        <translation>用建议替换原文 (Ctrl+Return)；可一步撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="88" />
        <source>Insert below</source>
        <translation>在下方插入</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="89" />
        <source>Add the proposal after the original (Ctrl+Shift+Return)</source>
        <translation>在原文之后插入建议 (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="90" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="91" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="92" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="93" />
        <source>Drop this proposal (Esc)</source>
        <translation>放弃这条建议 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="94" />
        <source>Run on this computer</source>
        <translation>在这台电脑上运行</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="95" />
        <source>Run the same action again on a model on this computer instead of the remote endpoint</source>
        <translation>改用这台电脑上的模型重新运行同一操作，而不用远程端点</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="140" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="160" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="177" />
        <source>Insert at cursor</source>
        <translation>在光标处插入</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="179" />
        <source>Replace document</source>
        <translation>替换整篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="215" />
        <source>{model} · {backend} · {device}</source>
        <translation>{model} · {backend} · {device}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="217" />
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="221" />
        <source>Remote: your text is sent to {device}</source>
        <translation>远程：你的文字会发送到 {device}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="274" />
        <source>{n} tokens at {rate:.0f} tokens/s</source>
        <translation>{n} 个词元，{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="276" />
        <source>{n} tokens</source>
        <translation>{n} 个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="278" />
        <source>{n} parts</source>
        <translation>{n} 个部分</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="280" />
        <source>stopped at the length limit</source>
        <translation>达到长度上限而停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="282" />
        <source>stopped by you</source>
        <translation>已由你停止</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="288" />
        <source>Shown your earlier results as examples: {links}</source>
        <translation>已把你以前的结果作为示例提供给模型：{links}</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="290" />
        <source>A bigger model would do better: find or download one…</source>
        <translation>更大的模型效果会更好：查找或下载一个…</translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="302" />
        <source>Failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
</context>
<context>
    <name>RichEditor</name>
    <message>
        <location filename="../../desktop/word_editor.py" line="67" />
        <location filename="../../desktop/word_editor.py" line="177" />
        <source>This paragraph holds tracked changes; Inkstone keeps it as it is. Edit it in Word.</source>
        <translation>此段落含有修订；Inkstone 会保持原样。请在 Word 中编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/word_editor.py" line="72" />
        <source>This is a field, a tracked change or an object that Inkstone keeps as it is.</source>
        <translation>这是 Inkstone 会保持原样的域、修订或对象。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61" />
        <source>Add GGUF file…</source>
        <translation>添加 GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62" />
        <source>Add Hugging Face folder…</source>
        <translation>添加 Hugging Face 文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="69" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="39" />
        <source>PyTorch on CUDA</source>
        <translation>PyTorch（CUDA 显卡）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38" />
        <source>llama.cpp on the CPU</source>
        <translation>llama.cpp（CPU）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="65" />
        <source>Find or download models…</source>
        <translation>查找或下载模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77" />
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78" />
        <source>Where it runs:</source>
        <translation>运行位置：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="98" />
        <source>Automatic (one per CPU core)</source>
        <translation>自动（每个 CPU 核心一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="99" />
        <source>Threads llama.cpp uses on the CPU; takes effect when the model reloads</source>
        <translation>llama.cpp 在 CPU 上使用的线程数；模型重新加载后生效</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85" />
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="90" />
        <source>Automatic lets each action use what suits it with this model (a low temperature for summaries, some variety for continuing). An action's own settings (Actions tab) come first.</source>
        <translation>“自动”让每个操作使用适合这个模型的值（总结用较低的温度，续写多些变化）。操作自己的设置（“操作”选项卡）优先。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100" />
        <source>CPU threads:</source>
        <translation>CPU 线程：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="104" />
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="109" />
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="114" />
        <source>Keep a history of actions (stored only on this computer)</source>
        <translation>保留操作历史（只存储在这台电脑上）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="116" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="121" />
        <source>Earlier versions kept of each document (File ▸ Versions); the oldest go first</source>
        <translation>每个文档保留的旧版本数（文件 ▸ 版本）；超出时先删除最旧的</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="125" />
        <source>Space all kept versions may take in Inkstone's data folder</source>
        <translation>所有保留的版本在 Inkstone 数据文件夹中最多可占用的空间</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="126" />
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="127" />
        <source>Versions per document:</source>
        <translation>每个文档的版本数：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="128" />
        <source>Space for versions:</source>
        <translation>版本占用空间：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="129" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="130" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="178" />
        <source> (built in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="182" />
        <source>{name} — remote endpoint ({model})</source>
        <translation>{name} — 远程端点（{model}）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217" />
        <source>History setting not saved: {reason}</source>
        <translation>历史记录设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="226" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="240" />
        <source>{backend} on {device} — {reason}</source>
        <translation>{backend}，运行于 {device} — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="251" />
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="251" />
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="256" />
        <source>Add a Hugging Face model folder</source>
        <translation>添加 Hugging Face 模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="287" />
        <source>Model not added: {reason}</source>
        <translation>未添加模型：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="292" />
        <source>Added model {name}.</source>
        <translation>已添加模型 {name}。</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <location filename="../../desktop/settings_problems.py" line="28" />
        <source>Some of your models are left out: {reason}</source>
        <translation>你的部分模型未列出：{reason}</translation>
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
        <location filename="../../desktop/training_tab.py" line="47" />
        <source>Training runs in the background and you can keep writing. Without a GPU, training and actions share the CPU, so both run slower until training ends.</source>
        <translation>训练在后台进行，你可以继续写作。没有 GPU 时，训练和操作共用 CPU，训练结束前两者都会变慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="57" />
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="58" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="59" />
        <source>Resume selected run</source>
        <translation>继续所选的训练</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="61" />
        <source>step %v of %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68" />
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68" />
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="72" />
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="112" />
        <source>Fine-tuning is not part of this installation yet.</source>
        <translation>此安装尚不包含微调功能。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="200" />
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="201" />
        <source>Starting: dataset {name}</source>
        <translation>开始：数据集 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="213" />
        <source>Stopping after the current step; a checkpoint is kept for Resume.</source>
        <translation>将在当前步骤后停止；会保留检查点以便继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="223" />
        <source>ETA {eta}</source>
        <translation>剩余 {eta}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="227" />
        <source>step {step}/{total}</source>
        <translation>第 {step}/{total} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="229" />
        <source>loss {loss:.4f}</source>
        <translation>损失 {loss:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="231" />
        <source>eval loss {loss:.4f}</source>
        <translation>评估损失 {loss:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="233" />
        <source>{rate:.0f} tokens/s</source>
        <translation>{rate:.0f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="244" />
        <source>Training stopped; use Resume to continue.</source>
        <translation>训练已停止；可用“继续”接着训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="246" />
        <source>Training finished.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="250" />
        <source>Eval loss {before:.3f} → {after:.3f}; model {name}</source>
        <translation>评估损失 {before:.3f} → {after:.3f}；模型 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="252" />
        <source>Eval loss {before:.3f} → {after:.3f}; adapter {name}</source>
        <translation>评估损失 {before:.3f} → {after:.3f}；适配器 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="258" />
        <location filename="../../desktop/training_tab.py" line="259" />
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
    <name>VersionsPanel</name>
    <message>
        <location filename="../../desktop/versions_panel.py" line="49" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="49" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="49" />
        <source>Kept because</source>
        <translation>保留原因</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="54" />
        <source>Select a version to see its text.</source>
        <translation>选择一个版本以查看其文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="55" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="56" />
        <source>Compare with Current</source>
        <translation>与当前文字比较</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="57" />
        <source>Struck out in red: only in the version. Green: only in the current text.</source>
        <translation>红色删除线：只在该版本中。绿色：只在当前文字中。</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="58" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="59" />
        <source>Put this version in the editor (Ctrl+Z undoes it); Save keeps it</source>
        <translation>将此版本放入编辑器（按 Ctrl+Z 撤销）；保存即可保留</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="84" />
        <source>Before saving</source>
        <translation>保存前</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="85" />
        <source>Another program's version</source>
        <translation>其他程序的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="86" />
        <source>Before reloading</source>
        <translation>重新加载前</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="87" />
        <source>Your unsaved text</source>
        <translation>你未保存的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="88" />
        <source>Before an assistant result</source>
        <translation>应用助手结果前</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="89" />
        <source>Before restoring</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="113" />
        <source>Versions are kept for saved documents. Save this one to start its history.</source>
        <translation>只有已保存的文档才会保留版本。保存此文档即可开始记录它的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="115" />
        <source>No earlier versions of {name} yet: one is kept each time you save.</source>
        <translation>{name} 还没有旧版本：每次保存时都会保留一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="117" />
        <source>Earlier versions of {name}, newest first.</source>
        <translation>{name} 的旧版本，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="119" />
        <source>All versions take {used} of {limit}; at most {count} per document (Preferences ▸ General).</source>
        <translation>所有版本共占用 {used}（上限 {limit}）；每个文档最多 {count} 个（首选项 ▸ 常规）。</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="148" />
        <source>The version cannot be shown: {reason}</source>
        <translation>无法显示该版本：{reason}</translation>
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
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="50" />
        <source>Earlier versions of this document: view, compare, restore</source>
        <translation>此文档的旧版本：查看、比较、恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="51" />
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="52" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="53" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="54" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="57" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="58" />
        <source>Find and &amp;Replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="59" />
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="60" />
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61" />
        <source>U&amp;nderline</source>
        <translation>下划线(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="62" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="63" />
        <location filename="../../desktop/window_menus.py" line="169" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="63" />
        <source>Stop generating (Esc)</source>
        <translation>停止生成 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="64" />
        <source>&amp;Replace with Proposal</source>
        <translation>用建议替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="65" />
        <source>&amp;Insert Proposal Below</source>
        <translation>在下方插入建议(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="66" />
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="67" />
        <source>Find models other apps keep on this computer, or download a better one</source>
        <translation>查找其他应用在这台电脑上保存的模型，或下载更好的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="68" />
        <source>&amp;Your Actions…</source>
        <translation>我的操作(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="69" />
        <source>Add, change or delete actions of your own</source>
        <translation>添加、修改或删除你自己的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="70" />
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="71" />
        <source>&amp;Personalization</source>
        <translation>个性化(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="72" />
        <source>&amp;Assistant Pane</source>
        <translation>助手面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="89" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="91" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="98" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="103" />
        <source>Format (Word documents)</source>
        <translation>格式（Word 文档）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="108" />
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="112" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="115" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="116" />
        <source>&amp;About Inkstone</source>
        <translation>关于 Inkstone(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="131" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="169" />
        <source>&amp;Discard Proposal</source>
        <translation>放弃建议(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="218" />
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
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