<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionFlow</name>
    <message>
        <location filename="../../desktop/action_flow.py" line="80"/>
        <location filename="../../desktop/action_flow.py" line="140"/>
        <source>The assistant is still working. Stop it (Esc) before starting another action.</source>
        <extracomment>Asks before text first goes unencrypted to another machine (desktop.remote_ui.confirm_send).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="91"/>
        <source>Write something first: Continue needs text before the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="93"/>
        <source>There is no text to work on: select some text or write in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="168"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="210"/>
        <source>The document this proposal belongs to was closed; use Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="226"/>
        <source>The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="259"/>
        <source>Applied. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="295"/>
        <source>The model returned no text. Try Retry, or another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="301"/>
        <source>{action} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="329"/>
        <source>History could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionMenus</name>
    <message>
        <location filename="../../desktop/action_menus.py" line="51"/>
        <location filename="../../desktop/action_menus.py" line="107"/>
        <location filename="../../desktop/action_menus.py" line="149"/>
        <source>Summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="52"/>
        <location filename="../../desktop/action_menus.py" line="108"/>
        <location filename="../../desktop/action_menus.py" line="154"/>
        <location filename="../../desktop/action_menus.py" line="188"/>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="53"/>
        <source>Translate to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="54"/>
        <location filename="../../desktop/action_menus.py" line="109"/>
        <location filename="../../desktop/action_menus.py" line="160"/>
        <location filename="../../desktop/action_menus.py" line="195"/>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="55"/>
        <source>Rewrite with instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="56"/>
        <location filename="../../desktop/action_menus.py" line="110"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="57"/>
        <source>Summarize the selection, or the whole document (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="58"/>
        <source>Continue writing from the cursor (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="114"/>
        <source>{action} into {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="116"/>
        <location filename="../../desktop/action_menus.py" line="118"/>
        <location filename="../../desktop/action_menus.py" line="120"/>
        <source>{action}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="26"/>
        <source>Formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="27"/>
        <source>Casual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="28"/>
        <source>Concise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="29"/>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="30"/>
        <source>Fix grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="31"/>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="32"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="33"/>
        <source>Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="34"/>
        <source>Bullet points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="159"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="165"/>
        <source>Custom instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="188"/>
        <source>Target language (pick or type one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="195"/>
        <source>How should the text be rewritten? (e.g. &quot;shorter, for a child&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionSettingsPage</name>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="26"/>
        <source>An action can use its own model, adapter and decoding, in the app and in inkstone-cli. “As in the general settings” leaves a setting to the Model and Generation tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="36"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="37"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="38"/>
        <source>Adapter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="66"/>
        <location filename="../../desktop/action_settings_page.py" line="69"/>
        <source>As in the general settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="70"/>
        <source>No adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_settings_page.py" line="119"/>
        <source>Action settings not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdapterUpdateBox</name>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="22"/>
        <source>Learning from your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="25"/>
        <source>Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="27"/>
        <source>Teach the adapter the results you kept since it was trained. The current version stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="29"/>
        <location filename="../../desktop/adapter_updates.py" line="74"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="30"/>
        <source>Update by itself when Inkstone is idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="58"/>
        <source>Pick an adapter to use. Inkstone then counts the results you keep, and offers to teach them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="64"/>
        <source>{name} can learn from {count} results you kept since it was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="66"/>
        <source>{count} results kept since {name} was trained; an update is offered at {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="71"/>
        <source>Roll back to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="72"/>
        <source>Use the previous version again; the newer one stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapter_updates.py" line="75"/>
        <source>The adapter in use is a first version: there is nothing to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdaptersTab</name>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47"/>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47"/>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47"/>
        <source>Eval loss before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="47"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="50"/>
        <source>Use for actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="51"/>
        <source>Use no adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="52"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="103"/>
        <source>{version} (from {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="112"/>
        <source>Actions use adapter {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="112"/>
        <source>Actions use the base model (no adapter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="170"/>
        <source>Actions use {name} again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="38"/>
        <source>New dataset from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="38"/>
        <source>New dataset from documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="40"/>
        <source>e.g. my-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="42"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="46"/>
        <source>No documents chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="48"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="49"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="54"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="56"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="61"/>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="72"/>
        <source>Your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="72"/>
        <source>Documents (*.txt *.md *.markdown *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="77"/>
        <source>A folder of your documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="68"/>
        <source>Looking at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77"/>
        <location filename="../../desktop/model_catalog_tab.py" line="89"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="90"/>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="143"/>
        <source>runs on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="143"/>
        <source>the best fit that still answers at a comfortable pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="145"/>
        <source>Recommended for this computer ({basis}): &lt;b&gt;{title}&lt;/b&gt;, {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="152"/>
        <source>Downloads come from {host}. Inkstone uses the network only for a download you start here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="158"/>
        <source>Added as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="159"/>
        <source>Partly downloaded ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="193"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {good_for}&lt;br&gt;Languages: {languages}. Context: {context:,} tokens. License: &lt;a href=&quot;{url}&quot;&gt;{license}&lt;/a&gt;{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="214"/>
        <source>Download a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="226"/>
        <source>Download {title} ({size}) from {host}?

License: {license}
{note}{url}

It is saved in {folder} and needs about {memory:g} GB of memory to run. Inkstone uses the network only for this download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="245"/>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="252"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="259"/>
        <source>{done} of {total} · {speed}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="263"/>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="267"/>
        <source>Checking the file&apos;s checksum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="269"/>
        <source>Checking the model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="275"/>
        <source>Added {name}. Choose it in Preferences ▸ Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="278"/>
        <source>Download cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="286"/>
        <source>Download failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="293"/>
        <source>The catalog cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="76"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="76"/>
        <source>Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="76"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="86"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="87"/>
        <source>Use the first suggestion (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="88"/>
        <location filename="../../desktop/grammar_panel.py" line="199"/>
        <source>Fix All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="89"/>
        <source>Use the first suggestion for every problem of this kind (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="90"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="91"/>
        <source>Fix Spelling &amp;&amp; Grammar (Fast)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="92"/>
        <source>Show every spelling and grammar correction as one proposal, with its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="166"/>
        <source>All problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="168"/>
        <source>{kind} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="181"/>
        <source>Starting the checker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="183"/>
        <source>Checking is off: turn on Review ▸ Check Spelling as You Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="185"/>
        <source>Checking… {n} paragraphs left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="187"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="189"/>
        <source>{n} problems: click one to select it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="199"/>
        <source>Fix All {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="229"/>
        <source>The text changed; the list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_panel.py" line="240"/>
        <source>{n} problems fixed; Ctrl+Z undoes them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContinualUpdates</name>
    <message>
        <location filename="../../desktop/continual_updates.py" line="102"/>
        <source>{name} can learn from the {count} results you kept since it was trained.</source>
        <extracomment>How often the count is read (and the idle rule applied). No typing, clicking or scrolling for this long counts as idle.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/continual_updates.py" line="105"/>
        <source>Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/continual_updates.py" line="105"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataclassForm</name>
    <message>
        <location filename="../../desktop/dataclass_form.py" line="75"/>
        <location filename="../../desktop/dataclass_form.py" line="83"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetsTab</name>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98"/>
        <source>Train / eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="98"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="101"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="101"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="101"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="104"/>
        <source>Select an example to see its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="105"/>
        <source>Save example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="106"/>
        <source>Delete example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="108"/>
        <source>From history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="109"/>
        <source>From documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="110"/>
        <source>Import JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="111"/>
        <source>Export JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="112"/>
        <source>Delete dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="215"/>
        <source>⚠ {split}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="216"/>
        <source>Cannot be used for training: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="283"/>
        <source>Dataset {name}: {n} examples ({train} train, {eval} eval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="305"/>
        <source>Import a JSONL dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="305"/>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="318"/>
        <source>Imported {n} examples into {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="327"/>
        <source>Export as JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="327"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="339"/>
        <source>Exported {n} examples to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodingForm</name>
    <message>
        <location filename="../../desktop/decoding_form.py" line="18"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="19"/>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="20"/>
        <source>Top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="21"/>
        <source>Min-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="22"/>
        <source>Repeat penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="23"/>
        <source>Longest answer (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="24"/>
        <source>Beams (PyTorch only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="25"/>
        <source>Examples from your history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="28"/>
        <source>0 always picks the likeliest word; higher values vary more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="29"/>
        <source>Pick only among the likeliest words that together make up this share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="30"/>
        <source>Pick only among this many likeliest words (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="31"/>
        <source>Leave out words less likely than this share of the likeliest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="32"/>
        <source>Make words used in the last 64 less likely (1: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="33"/>
        <source>The longest answer, in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="34"/>
        <source>Search several answers at once and keep the best; the answer then arrives whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="35"/>
        <source>Show the model this many of your earlier kept results for the action (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="52"/>
        <source>Automatic (depends on the action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/decoding_form.py" line="53"/>
        <source>Automatic (suits the action and model)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocVersions</name>
    <message>
        <location filename="../../desktop/doc_versions.py" line="63"/>
        <source>No version of {name} could be kept: {reason}</source>
        <extracomment>The versions of this tab changed (None: of any document, e.g. after the limits changed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="103"/>
        <source>The version could not be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="107"/>
        <source>Restored the version of {when}. Save to keep it; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="123"/>
        <source>Restored the version of {when}. Save to keep it; what was shown before is kept in Versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/doc_versions.py" line="133"/>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../desktop/editor.py" line="183"/>
        <source>{n} paragraph(s) with tracked changes are read-only here; edit them in Word.</source>
        <extracomment>What the new file leaves out compared with the document it came from (Save As only). The Word document as read at open or written at the last save (Word documents only). What the last save left out compared with the document it came from (Save As only). Names this tab&apos;s autosave file in the recovery folder. The content hash of the file as Inkstone last read or wrote it (None: unknown), and whether it has since been deleted or moved (see desktop.file_watch). Earlier names of this document (after Save As), whose versions it keeps listing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="186"/>
        <source>{n} object(s) such as notes, equations or text boxes are shown as placeholders and kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="204"/>
        <source>the original could not be recovered, so Inkstone cannot tell what saving would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="262"/>
        <source>{name} was not overwritten, because {what}. Use Save As to keep your edits in a new file; the original stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/editor.py" line="324"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents.py" line="93"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="94"/>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="131"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="148"/>
        <source>Cannot open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="158"/>
        <source>{name} was read as {encoding}; it will be saved as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="175"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="238"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="232"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="200"/>
        <source>{name} is no longer where it was (deleted or moved by another program). Choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="209"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="248"/>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="250"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="292"/>
        <source>Bold, italic and underline are kept in Word (.docx) documents only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="83"/>
        <source>Run models on a bigger machine: an OpenAI-compatible server such as llama-server, vLLM, SGLang, Ollama or LM Studio. An endpoint is chosen like a model; nothing is sent to it until you choose it.</source>
        <extracomment>A finished check or change, for the status line and tests: (text, kind &quot;info&quot;/&quot;error&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="89"/>
        <source>gpu-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="93"/>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="96"/>
        <source>optional; kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="98"/>
        <source>or the name of an environment variable holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="102"/>
        <source>As the server reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="107"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="108"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="109"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="115"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="116"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="117"/>
        <source>Server model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="118"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="119"/>
        <source>Key variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="120"/>
        <source>Context (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="152"/>
        <source>{name} — {model} at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="154"/>
        <source>(unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="180"/>
        <source>This address is another machine over plain http://: your text would travel unencrypted. Use https:// or an SSH tunnel to localhost where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="199"/>
        <source>Checking {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="207"/>
        <source>Added endpoint {name}: the server offers {model}; context {context} tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="216"/>
        <source>Testing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="221"/>
        <source>counted by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="221"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="222"/>
        <source>{name} answers: {model}, context {context} tokens, tokens {counting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/endpoints_page.py" line="233"/>
        <source>Removed endpoint {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../desktop/file_watch.py" line="128"/>
        <source>{name} is back on disk.</source>
        <extracomment>Outcomes of a check (the ``checked`` signal): what was done about the file. Answers to &quot;changed elsewhere&quot; (also the save-time question). What Save does after its check. (tab, outcome) after each check the watcher started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="133"/>
        <source>{name} was changed by another program and has been reloaded. The text shown before is kept in File ▸ Versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="144"/>
        <source>{name} was deleted or moved by another program. Your text is still here; Save will ask where to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="146"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="147"/>
        <source>Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="152"/>
        <source>{name} was changed by another program, and you have unsaved edits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="153"/>
        <location filename="../../desktop/file_watch.py" line="225"/>
        <location filename="../../desktop/file_watch.py" line="243"/>
        <source>Load Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="154"/>
        <location filename="../../desktop/file_watch.py" line="226"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="155"/>
        <location filename="../../desktop/file_watch.py" line="244"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="170"/>
        <source>Loaded the other program&apos;s version of {name}. Your text is kept in File ▸ Versions (and Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="173"/>
        <source>Loaded the other program&apos;s version of {name}. Your text is kept in File ▸ Versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="183"/>
        <source>Kept your text of {name}. Saving replaces the other program&apos;s version, which is kept in File ▸ Versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="199"/>
        <source>{name} was changed by another program but cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="221"/>
        <source>{name}: the file on disk and your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="222"/>
        <source>Struck out in red: only in the file on disk. Green: only in your text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="237"/>
        <source>Changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="238"/>
        <source>{name} was changed by another program since Inkstone last read or saved it. Saving now replaces that version (it is kept in File ▸ Versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_watch.py" line="242"/>
        <source>Save Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/find_bar.py" line="26"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="29"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="30"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="31"/>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="32"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="33"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="34"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="35"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="40"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_bar.py" line="107"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/find_bar.py" line="148"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammarController</name>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="123"/>
        <source>Spelling settings could not be read: {reason}</source>
        <extracomment>Time the UI thread spends per event-loop turn drawing results again. Results arrived or what is shown changed (ignore, dictionary); argument: the document concerned, or None for all. ``submit_db(fn, on_done, on_error)`` runs ``fn`` on the database thread. Problems the writer chose to ignore this session: (rule, flagged text). Words added to the dictionary this session: hidden at once, before the re-check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="172"/>
        <source>Spelling settings were not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="271"/>
        <source>The spelling and grammar checker stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_controller.py" line="421"/>
        <source>{word} was not added to the dictionary: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrammarFixSession</name>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="69"/>
        <source>the checker&apos;s first suggestion for each spelling and grammar problem; no language model, nothing else changed</source>
        <extracomment>The same text gives the same fixes: the result pane offers no Retry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="70"/>
        <source>Harper spelling and grammar checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="71"/>
        <source>offline rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="87"/>
        <source>{n} fixes: {spelling} spelling, {grammar} grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_fix.py" line="90"/>
        <source>no spelling or grammar problems with a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrammarSettingsDialog</name>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="37"/>
        <source>Spelling &amp; Grammar Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="40"/>
        <source>American English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="41"/>
        <source>British English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="42"/>
        <source>Canadian English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="43"/>
        <source>Australian English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="45"/>
        <source>Underline problems as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="53"/>
        <source>Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="54"/>
        <source>Paragraphs that are not in English are skipped. The checker is Harper; it runs on this computer and sends nothing anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="61"/>
        <source>Find a rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="66"/>
        <source>Untick a rule to turn it off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="73"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="75"/>
        <source>Words the checker accepts (add them from an underlined word&apos;s menu, or with inkstone-cli dictionary add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="84"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="85"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="86"/>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_settings.py" line="116"/>
        <source>The checker is starting; the rules appear in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrammarUI</name>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="50"/>
        <source>&amp;Check Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="52"/>
        <source>List every spelling and grammar problem in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="54"/>
        <source>&amp;Fix Spelling &amp;&amp; Grammar (Fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="56"/>
        <source>Propose the checker&apos;s corrections for the selection (or the document); no model, nothing else changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="58"/>
        <source>Check Spelling as You &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="62"/>
        <source>Spelling &amp;&amp; Grammar &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="68"/>
        <source>Spelling &amp;&amp; Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="74"/>
        <source>&amp;Spelling &amp;&amp; Grammar Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="102"/>
        <source>(remove “{text}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="110"/>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="112"/>
        <source>Ignore “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="115"/>
        <source>Add “{word}” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="124"/>
        <source>The text changed; check the word again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="182"/>
        <source>There is no text to check: select some text or write in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="184"/>
        <source>Fix spelling &amp; grammar (fast)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/history_panel.py" line="46"/>
        <source>Search history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="49"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="51"/>
        <source>Summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="52"/>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="53"/>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="54"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="58"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="62"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="69"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="70"/>
        <source>Re-apply to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="71"/>
        <source>Put the kept text in place of the editor&apos;s selection (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="72"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="73"/>
        <source>Add to dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="132"/>
        <source>History: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="159"/>
        <source>{action} (remote: {endpoint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="168"/>
        <source>Run on remote endpoint {endpoint} at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="183"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="184"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="185"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="186"/>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="187"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="188"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="221"/>
        <source>Remote endpoint: the text was sent to {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="223"/>
        <source>{rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="229"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="230"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="231"/>
        <source>Kept (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="232"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="269"/>
        <source>Add to dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="269"/>
        <source>Dataset (pick one or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="286"/>
        <source>Added to dataset {name} ({n} examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="288"/>
        <source>Dataset {name} already holds this example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../desktop/loss_chart.py" line="31"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="38"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="40"/>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="45"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/app.py" line="183"/>
        <source>Something went wrong: {reason} (details in inkstone.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="70"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="71"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="72"/>
        <source>Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="73"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="178"/>
        <source>The new language is used from the next start of Inkstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>About Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186"/>
        <source>Inkstone {version}
A local-first writing assistant. Your text never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/message_bar.py" line="39"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/model_loader.py" line="57"/>
        <location filename="../../desktop/model_loader.py" line="68"/>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_loader.py" line="100"/>
        <source>The model could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/models_dialog.py" line="67"/>
        <location filename="../../desktop/models_dialog.py" line="314"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="79"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="81"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="82"/>
        <source>Your models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="97"/>
        <source>Models that Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache keep on this computer. Adding one uses the file where it is: nothing is copied or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="109"/>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110"/>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="110"/>
        <source>In Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="116"/>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="117"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="118"/>
        <source>Add all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="141"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="143"/>
        <source>Delete model and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="144"/>
        <source>Only for models Inkstone downloaded: the file is deleted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="145"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="146"/>
        <source>Inkstone forgets the model; its file stays where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="179"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="197"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="210"/>
        <source>Found {count} model(s) in {apps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="212"/>
        <source>No models found in the folders Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="214"/>
        <source>{count} file(s) left out (vision projectors, adapters, unfinished downloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="221"/>
        <source>The search stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="270"/>
        <source>{label} was not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="272"/>
        <source>Added {name} from {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="278"/>
        <source>Added model {name}; choose it in Preferences ▸ Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="294"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="295"/>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="295"/>
        <source>added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="322"/>
        <source>Delete {name} and its file ({size})? It can be downloaded again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="330"/>
        <source>Deleted {name} ({size} freed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models_dialog.py" line="343"/>
        <source>Removed {name} from the list; its file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../desktop/note_texts.py" line="19"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="20"/>
        <source>GPU busy with fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="21"/>
        <source>no CUDA device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="22"/>
        <source>CUDA disabled by INKSTONE_DISABLE_CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="23"/>
        <source>PyTorch is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="24"/>
        <source>not enough free GPU memory ({free} free, ~{needed} needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="25"/>
        <source>transformers cannot load GGUF architecture {architecture!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="26"/>
        <source>the model file cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="27"/>
        <source>CUDA device {name} has {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="28"/>
        <source>model has no GGUF file; {why}, so on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="29"/>
        <source>GPU out of memory ({error}); re-routed to llama.cpp on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="30"/>
        <source>remote endpoint {name} ({via})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="32"/>
        <source>chosen for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="33"/>
        <source>chosen in this action&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="34"/>
        <source>chosen in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="35"/>
        <source>the default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="37"/>
        <source>sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="38"/>
        <source>the text is longer than the model&apos;s context: continued from its last {kept:,} of {total:,} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="39"/>
        <source>the text is longer than the model&apos;s context: processed in {parts} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="40"/>
        <source>the text is longer than the model&apos;s context: summarized {parts} parts, then combined them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="41"/>
        <source>this action&apos;s own settings could not be read ({error}); your general settings were used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="42"/>
        <source>your earlier results could not be read ({error}); no examples were shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="43"/>
        <source>beam search over {beams} beams runs on PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="44"/>
        <source>beam search over {beams} beams runs on PyTorch: llama.cpp has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="45"/>
        <source>the first answer was in another language ({found}); asked again for {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="46"/>
        <source>the model began to repeat itself; the answer ends before the repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="47"/>
        <source>left out what the model put around the answer: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="48"/>
        <source>the model reached for numbers your text does not have {count} time(s); it was kept to yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="49"/>
        <source>kept your own words in {count} place(s) where the model rewrote more than a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="51"/>
        <source>The model returned no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="52"/>
        <source>The translation does not read as {target} (it looks like {found}); a larger model translates better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="53"/>
        <source>The answer is not in the language of your text (text: {expected}, answer: {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="54"/>
        <location filename="../../desktop/note_texts.py" line="55"/>
        <source>The answer stopped at the token limit and may be cut off; allow more tokens or select less text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="56"/>
        <source>The summary is not clearly shorter than the text ({percent}% of its length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="57"/>
        <source>The summary contains a greeting or sign-off: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="58"/>
        <source>The grammar fix changed {percent}% of the words; a grammar fix should change only the mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="59"/>
        <source>The continuation starts by repeating your text ({count} words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="60"/>
        <source>The answer repeats itself ({percent}% repeated phrases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="61"/>
        <source>Numbers or dates in the answer are not in your text: {items}. Check them before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="62"/>
        <source>Names in the answer are not in your text: {items}. Check them before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="63"/>
        <source>run on this computer instead of remote endpoint {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="64"/>
        <source>adapter {adapter} is not applied on remote endpoint {name}; its server would have to serve it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalizationPanel</name>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="26"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="27"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="28"/>
        <source>Adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="50"/>
        <source>update of the adapter in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="52"/>
        <source>A training run is in progress; update the adapter when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="62"/>
        <source>Training finished. The new model {name} is among your models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="64"/>
        <source>Your adapter learned from your recent edits; actions now use {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="66"/>
        <source>The update finished, but the adapter in use stays: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/personalization_panel.py" line="69"/>
        <source>Training finished. Pick the new adapter under Adapters to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="39"/>
        <source>Autosave failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="57"/>
        <source>Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="59"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="60"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="79"/>
        <source>Restored {n} document(s); save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteUi</name>
    <message>
        <location filename="../../desktop/remote_ui.py" line="45"/>
        <source>Endpoint {name} is another machine ({host}) reached over plain http://. Your text will travel unencrypted, and anyone on the network between can read it.

Use https:// or an SSH tunnel to localhost where you can. Send the text anyway? (Inkstone asks once for each endpoint.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/remote_ui.py" line="53"/>
        <source>Unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../desktop/result_pane.py" line="64"/>
        <source>Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.</source>
        <extracomment>Actions whose proposal is the original text corrected: a Changes tab shows the word-level diff. &quot;grammar-check&quot; is the offline checker&apos;s fast fix (desktop.grammar_fix). Run the same request on this computer (shown after a run on a remote endpoint).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="70"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="71"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="83"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="84"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="85"/>
        <location filename="../../desktop/result_pane.py" line="180"/>
        <source>Replace selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="87"/>
        <source>Put the proposal in place of the original (Ctrl+Return); one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="88"/>
        <source>Insert below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="89"/>
        <source>Add the proposal after the original (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="90"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="91"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="92"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="93"/>
        <source>Drop this proposal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="94"/>
        <source>Run on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="95"/>
        <source>Run the same action again on a model on this computer instead of the remote endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="140"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="160"/>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="177"/>
        <source>Insert at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="179"/>
        <source>Replace document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="215"/>
        <source>{model} · {backend} · {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="217"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="221"/>
        <source>Remote: your text is sent to {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="274"/>
        <source>{n} tokens at {rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="276"/>
        <source>{n} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="278"/>
        <source>{n} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="280"/>
        <source>stopped at the length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="282"/>
        <source>stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="288"/>
        <source>Shown your earlier results as examples: {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="290"/>
        <source>A bigger model would do better: find or download one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="302"/>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichEditor</name>
    <message>
        <location filename="../../desktop/word_editor.py" line="67"/>
        <location filename="../../desktop/word_editor.py" line="177"/>
        <source>This paragraph holds tracked changes; Inkstone keeps it as it is. Edit it in Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/word_editor.py" line="72"/>
        <source>This is a field, a tracked change or an object that Inkstone keeps as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>Add GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62"/>
        <source>Add Hugging Face folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="69"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="39"/>
        <source>PyTorch on CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38"/>
        <source>llama.cpp on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="65"/>
        <source>Find or download models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78"/>
        <source>Where it runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="79"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="98"/>
        <source>Automatic (one per CPU core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="99"/>
        <source>Threads llama.cpp uses on the CPU; takes effect when the model reloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="90"/>
        <source>Automatic lets each action use what suits it with this model (a low temperature for summaries, some variety for continuing). An action&apos;s own settings (Actions tab) come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100"/>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="104"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="109"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="114"/>
        <source>Keep a history of actions (stored only on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="116"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="121"/>
        <source>Earlier versions kept of each document (File ▸ Versions); the oldest go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="125"/>
        <source>Space all kept versions may take in Inkstone&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="126"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="127"/>
        <source>Versions per document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="128"/>
        <source>Space for versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="129"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="130"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="178"/>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="182"/>
        <source>{name} — remote endpoint ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217"/>
        <source>History setting not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="226"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="240"/>
        <source>{backend} on {device} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="251"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="251"/>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="256"/>
        <source>Add a Hugging Face model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="287"/>
        <source>Model not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="292"/>
        <source>Added model {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <location filename="../../desktop/settings_problems.py" line="28"/>
        <source>Some of your models are left out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="18"/>
        <source>Training %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="29"/>
        <source>Loading model {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="33"/>
        <source>{model} · {backend} · {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="35"/>
        <source>adapter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="40"/>
        <source>Model not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="44"/>
        <source>{rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="48"/>
        <source>Selection: {words} words, {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="50"/>
        <source>{words} words, {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../desktop/training_tab.py" line="47"/>
        <source>Training runs in the background and you can keep writing. Without a GPU, training and actions share the CPU, so both run slower until training ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="57"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="58"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="59"/>
        <source>Resume selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="61"/>
        <source>step %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="72"/>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="112"/>
        <source>Fine-tuning is not part of this installation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="200"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="201"/>
        <source>Starting: dataset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="213"/>
        <source>Stopping after the current step; a checkpoint is kept for Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="223"/>
        <source>ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="227"/>
        <source>step {step}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="229"/>
        <source>loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="231"/>
        <source>eval loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="233"/>
        <source>{rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="244"/>
        <source>Training stopped; use Resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="246"/>
        <source>Training finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="250"/>
        <source>Eval loss {before:.3f} → {after:.3f}; model {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="252"/>
        <source>Eval loss {before:.3f} → {after:.3f}; adapter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="258"/>
        <location filename="../../desktop/training_tab.py" line="259"/>
        <source>Training failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActionsDialog</name>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="42"/>
        <source>Your actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="49"/>
        <source>Actions you add here appear in the right-click menu and in the Assistant menu, and run from the terminal with inkstone-cli run NAME. Actions in your actions.toml file are changed in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="58"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="59"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="61"/>
        <source>e.g. make-tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="62"/>
        <source>Lowercase letters, digits and hyphens; inkstone-cli run uses this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="64"/>
        <source>Menu text (default: from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="66"/>
        <source>What should the model do with the text? e.g. Turn the text into a single tweet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="70"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="71"/>
        <source>Longest answer in tokens; Automatic allows 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="72"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="90"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="91"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="92"/>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="93"/>
        <source>Longest answer (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="210"/>
        <source>Saved. “{label}” is in the right-click menu and the Assistant menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="213"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="232"/>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="235"/>
        <source>Not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActionsSync</name>
    <message>
        <location filename="../../desktop/user_actions_sync.py" line="46"/>
        <source>Your actions could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../desktop/versions_panel.py" line="49"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="49"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="49"/>
        <source>Kept because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="54"/>
        <source>Select a version to see its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="55"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="56"/>
        <source>Compare with Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="57"/>
        <source>Struck out in red: only in the version. Green: only in the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="58"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="59"/>
        <source>Put this version in the editor (Ctrl+Z undoes it); Save keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="84"/>
        <source>Before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="85"/>
        <source>Another program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="86"/>
        <source>Before reloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="87"/>
        <source>Your unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="88"/>
        <source>Before an assistant result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="89"/>
        <source>Before restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="113"/>
        <source>Versions are kept for saved documents. Save this one to start its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="115"/>
        <source>No earlier versions of {name} yet: one is kept each time you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="117"/>
        <source>Earlier versions of {name}, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="119"/>
        <source>All versions take {used} of {limit}; at most {count} per document (Preferences ▸ General).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_panel.py" line="148"/>
        <source>The version cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/window_menus.py" line="45"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="46"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="47"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="48"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="49"/>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="50"/>
        <source>Earlier versions of this document: view, compare, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="51"/>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="53"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="54"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="57"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="58"/>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="59"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="60"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61"/>
        <source>U&amp;nderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="62"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="63"/>
        <location filename="../../desktop/window_menus.py" line="169"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="63"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="64"/>
        <source>&amp;Replace with Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="65"/>
        <source>&amp;Insert Proposal Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="66"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="67"/>
        <source>Find models other apps keep on this computer, or download a better one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="68"/>
        <source>&amp;Your Actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="69"/>
        <source>Add, change or delete actions of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="70"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="71"/>
        <source>&amp;Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="72"/>
        <source>&amp;Assistant Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="91"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="98"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="103"/>
        <source>Format (Word documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="108"/>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="112"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="115"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="116"/>
        <source>&amp;About Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="131"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="169"/>
        <source>&amp;Discard Proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <location filename="../../desktop/grammar_ui.py" line="218"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../desktop/workers.py" line="37"/>
        <source>out of memory; close other programs or choose a smaller model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
