<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionFlow</name>
    <message>
        <location filename="../../desktop/action_flow.py" line="81"/>
        <source>The assistant is still working. Stop it (Esc) before starting another action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="90"/>
        <source>Write something first: Continue needs text before the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="92"/>
        <source>There is no text to work on: select some text or write in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="140"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="182"/>
        <source>The document this proposal belongs to was closed; use Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="197"/>
        <source>The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="225"/>
        <source>Applied. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="260"/>
        <source>The model returned no text. Try Retry, or another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="266"/>
        <source>{action} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_flow.py" line="294"/>
        <source>History could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionMenus</name>
    <message>
        <location filename="../../desktop/action_menus.py" line="47"/>
        <location filename="../../desktop/action_menus.py" line="102"/>
        <source>Summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="48"/>
        <location filename="../../desktop/action_menus.py" line="103"/>
        <location filename="../../desktop/action_menus.py" line="139"/>
        <location filename="../../desktop/action_menus.py" line="169"/>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="49"/>
        <source>Translate to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="50"/>
        <location filename="../../desktop/action_menus.py" line="104"/>
        <location filename="../../desktop/action_menus.py" line="145"/>
        <location filename="../../desktop/action_menus.py" line="176"/>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="51"/>
        <source>Rewrite with instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="52"/>
        <location filename="../../desktop/action_menus.py" line="105"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="53"/>
        <source>Summarize the selection, or the whole document (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="54"/>
        <source>Continue writing from the cursor (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="109"/>
        <source>{action} into {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="111"/>
        <location filename="../../desktop/action_menus.py" line="113"/>
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
        <location filename="../../desktop/action_menus.py" line="144"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="150"/>
        <source>Custom instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="169"/>
        <source>Target language (pick or type one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="176"/>
        <source>How should the text be rewritten? (e.g. &quot;shorter, for a child&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdaptersTab</name>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22"/>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22"/>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22"/>
        <source>Eval loss before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="22"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="25"/>
        <source>Use for actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="26"/>
        <source>Use no adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="27"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="68"/>
        <source>Actions use adapter {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/adapters_tab.py" line="68"/>
        <source>Actions use the base model (no adapter).</source>
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
        <location filename="../../desktop/model_catalog_tab.py" line="79"/>
        <source>Looking at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88"/>
        <location filename="../../desktop/model_catalog_tab.py" line="100"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="101"/>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="154"/>
        <source>runs on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="154"/>
        <source>the best fit that still answers at a comfortable pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="156"/>
        <source>Recommended for this computer ({basis}): &lt;b&gt;{title}&lt;/b&gt;, {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="163"/>
        <source>Downloads come from {host}. Inkstone uses the network only for a download you start here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="169"/>
        <source>Added as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="170"/>
        <source>Partly downloaded ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="204"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {good_for}&lt;br&gt;Languages: {languages}. Context: {context:,} tokens. License: &lt;a href=&quot;{url}&quot;&gt;{license}&lt;/a&gt;{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="225"/>
        <source>Download a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="237"/>
        <source>Download {title} ({size}) from {host}?

License: {license}
{note}{url}

It is saved in {folder} and needs about {memory:g} GB of memory to run. Inkstone uses the network only for this download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="256"/>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="263"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="270"/>
        <source>{done} of {total} · {speed}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="274"/>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="278"/>
        <source>Checking the file&apos;s checksum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="280"/>
        <source>Checking the model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="286"/>
        <source>Added {name}. Choose it in Preferences ▸ Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="289"/>
        <source>Download cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="297"/>
        <source>Download failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_catalog_tab.py" line="304"/>
        <source>The catalog cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataclassForm</name>
    <message>
        <location filename="../../desktop/dataclass_form.py" line="65"/>
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
    <name>DocumentTab</name>
    <message>
        <location filename="../../desktop/editor.py" line="140"/>
        <source>Untitled</source>
        <extracomment>Names this tab&apos;s autosave file in the recovery folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents.py" line="80"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="81"/>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="117"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="134"/>
        <source>Cannot open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="144"/>
        <source>{name} was read as {encoding}; it will be saved as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="146"/>
        <source>Inkstone edits the text of Word documents: {details}. Save under a new name to keep the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="164"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="179"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="183"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="193"/>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="195"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="237"/>
        <source>Bold, italic and underline are kept in Word (.docx) documents only</source>
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
        <location filename="../../desktop/history_panel.py" line="178"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="179"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="180"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="181"/>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="182"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="183"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="216"/>
        <source>{rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="222"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="223"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="224"/>
        <source>Kept (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="225"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="262"/>
        <source>Add to dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="262"/>
        <source>Dataset (pick one or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="279"/>
        <source>Added to dataset {name} ({n} examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/history_panel.py" line="281"/>
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
        <location filename="../../desktop/app.py" line="177"/>
        <source>Something went wrong: {reason} (details in inkstone.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="66"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="67"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="68"/>
        <source>Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146"/>
        <source>The new language is used from the next start of Inkstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>About Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="154"/>
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
        <location filename="../../desktop/model_loader.py" line="55"/>
        <location filename="../../desktop/model_loader.py" line="66"/>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/model_loader.py" line="98"/>
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
        <source>CUDA device {name} has {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="27"/>
        <source>model has no GGUF file; {why}, so on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="28"/>
        <source>GPU out of memory ({error}); re-routed to llama.cpp on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="30"/>
        <source>sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="31"/>
        <source>the text is longer than the model&apos;s context: continued from its last {kept:,} of {total:,} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="32"/>
        <source>the text is longer than the model&apos;s context: processed in {parts} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="33"/>
        <source>the text is longer than the model&apos;s context: summarized {parts} parts, then combined them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/note_texts.py" line="34"/>
        <source>this action&apos;s own settings could not be read ({error}); your general settings were used</source>
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
        <location filename="../../desktop/personalization_panel.py" line="48"/>
        <source>Training finished. Pick the new adapter under Adapters to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="51"/>
        <source>Autosave failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="69"/>
        <source>Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="71"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="72"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="101"/>
        <source>Restored {n} document(s); save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../desktop/result_pane.py" line="57"/>
        <source>Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="63"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="64"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="71"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="72"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="73"/>
        <location filename="../../desktop/result_pane.py" line="159"/>
        <source>Replace selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="75"/>
        <source>Put the proposal in place of the original (Ctrl+Return); one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="76"/>
        <source>Insert below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="77"/>
        <source>Add the proposal after the original (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="78"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="79"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="80"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="81"/>
        <source>Drop this proposal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="122"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="140"/>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="156"/>
        <source>Insert at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="158"/>
        <source>Replace document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="185"/>
        <source>{model} · {backend} · {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="187"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="220"/>
        <source>{n} tokens at {rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="222"/>
        <source>{n} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="224"/>
        <source>{n} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="226"/>
        <source>stopped at the length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="228"/>
        <source>stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="241"/>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="60"/>
        <source>Add GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>Add Hugging Face folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38"/>
        <source>PyTorch on CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="37"/>
        <source>llama.cpp on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="64"/>
        <source>Find or download models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="76"/>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>Where it runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86"/>
        <source>0 always picks the likeliest word; higher values vary more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="92"/>
        <source>Automatic (depends on the action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="95"/>
        <source>Automatic (one per CPU core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="96"/>
        <source>Threads llama.cpp uses on the CPU; takes effect when the model reloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="97"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="98"/>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="99"/>
        <source>Longest answer (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100"/>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="101"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106"/>
        <source>Keep a history of actions (stored only on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="108"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="111"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="112"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="113"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="160"/>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="195"/>
        <source>History setting not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="203"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217"/>
        <source>{backend} on {device} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="228"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="228"/>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="233"/>
        <source>Add a Hugging Face model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="264"/>
        <source>Model not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="269"/>
        <source>Added model {name}.</source>
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
        <location filename="../../desktop/training_tab.py" line="56"/>
        <source>Training runs in the background and you can keep writing. Without a GPU, training and actions share the CPU, so both run slower until training ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="66"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="67"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="68"/>
        <source>Resume selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="70"/>
        <source>step %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="77"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="81"/>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="121"/>
        <source>Fine-tuning is not part of this installation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="202"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="203"/>
        <source>Starting: dataset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="215"/>
        <source>Stopping after the current step; a checkpoint is kept for Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="225"/>
        <source>ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="229"/>
        <source>step {step}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="231"/>
        <source>loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="233"/>
        <source>eval loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="235"/>
        <source>{rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="246"/>
        <source>Training stopped; use Resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="248"/>
        <source>Training finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="251"/>
        <source>Eval loss {before:.3f} → {after:.3f}; adapter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="257"/>
        <location filename="../../desktop/training_tab.py" line="258"/>
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
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="51"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="52"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="55"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="56"/>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="57"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="58"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="59"/>
        <source>U&amp;nderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="60"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61"/>
        <location filename="../../desktop/window_menus.py" line="165"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="62"/>
        <source>&amp;Replace with Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="63"/>
        <source>&amp;Insert Proposal Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="64"/>
        <source>&amp;Your Actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="65"/>
        <source>Add, change or delete actions of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="66"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="67"/>
        <source>&amp;Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="68"/>
        <source>&amp;Assistant Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="85"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="87"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="99"/>
        <source>Format (Word documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="104"/>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="108"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="112"/>
        <source>&amp;About Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="127"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="165"/>
        <source>&amp;Discard Proposal</source>
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
