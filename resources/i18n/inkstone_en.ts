<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionMenus</name>
    <message>
        <location filename="../../desktop/action_menus.py" line="51"/>
        <location filename="../../desktop/action_menus.py" line="106"/>
        <source>Summarize</source>
        <extracomment>Translate targets offered directly: (menu text in the language itself, name the core knows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="52"/>
        <location filename="../../desktop/action_menus.py" line="107"/>
        <location filename="../../desktop/action_menus.py" line="142"/>
        <location filename="../../desktop/action_menus.py" line="172"/>
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
        <location filename="../../desktop/action_menus.py" line="108"/>
        <location filename="../../desktop/action_menus.py" line="148"/>
        <location filename="../../desktop/action_menus.py" line="179"/>
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
        <location filename="../../desktop/action_menus.py" line="109"/>
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
        <location filename="../../desktop/action_menus.py" line="113"/>
        <source>{action} into {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="115"/>
        <location filename="../../desktop/action_menus.py" line="117"/>
        <source>{action}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="122"/>
        <source>Formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="123"/>
        <source>Casual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="124"/>
        <source>Concise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="125"/>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="126"/>
        <source>Fix grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="147"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="153"/>
        <source>Custom instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="172"/>
        <source>Target language (pick or type one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/action_menus.py" line="179"/>
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
        <location filename="../../desktop/datasets_tab.py" line="271"/>
        <source>Dataset {name}: {n} examples ({train} train, {eval} eval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="294"/>
        <source>Import a JSONL dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="294"/>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="307"/>
        <source>Imported {n} examples into {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="316"/>
        <source>Export as JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="316"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasets_tab.py" line="328"/>
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
        <location filename="../../desktop/loss_chart.py" line="14"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="21"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="23"/>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/loss_chart.py" line="28"/>
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
        <location filename="../../desktop/main_window.py" line="112"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="113"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114"/>
        <source>Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="196"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="197"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198"/>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="199"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="200"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="204"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="205"/>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="207"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208"/>
        <source>U&amp;nderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="209"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210"/>
        <location filename="../../desktop/main_window.py" line="900"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211"/>
        <source>&amp;Replace with Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="212"/>
        <source>&amp;Insert Proposal Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="213"/>
        <source>&amp;Your Actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="214"/>
        <source>Add, change or delete actions of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="219"/>
        <source>&amp;Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222"/>
        <source>&amp;Assistant Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="246"/>
        <source>Format (Word documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="251"/>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="255"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259"/>
        <source>&amp;About Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="289"/>
        <source>Your actions could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="329"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="368"/>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="370"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="445"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="461"/>
        <source>Cannot open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="472"/>
        <source>{name} was read as {encoding}; it will be saved as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="474"/>
        <source>Inkstone edits the text of Word documents: {details}. Save under a new name to keep the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="492"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="506"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="511"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="518"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="519"/>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="595"/>
        <source>Bold, italic and underline are kept in Word (.docx) documents only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="679"/>
        <source>The assistant is still working. Stop it (Esc) before starting another action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="688"/>
        <source>Write something first: Continue needs text before the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="690"/>
        <source>There is no text to work on: select some text or write in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="711"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="768"/>
        <source>The model returned no text. Try Retry, or another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="774"/>
        <source>{action} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="816"/>
        <source>History could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="836"/>
        <source>The document this proposal belongs to was closed; use Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="851"/>
        <source>The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="879"/>
        <source>Applied. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="900"/>
        <source>&amp;Discard Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="916"/>
        <location filename="../../desktop/main_window.py" line="924"/>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="956"/>
        <source>The model could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="973"/>
        <source>The new language is used from the next start of Inkstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1003"/>
        <source>Autosave failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1016"/>
        <source>Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1018"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1019"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1049"/>
        <source>Restored {n} document(s); save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1094"/>
        <source>About Inkstone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1095"/>
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
    <name>ResultPane</name>
    <message>
        <location filename="../../desktop/result_pane.py" line="56"/>
        <source>Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="62"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="63"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="70"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="71"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="72"/>
        <location filename="../../desktop/result_pane.py" line="158"/>
        <source>Replace selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="74"/>
        <source>Put the proposal in place of the original (Ctrl+Return); one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="75"/>
        <source>Insert below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="76"/>
        <source>Add the proposal after the original (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="77"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="78"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="79"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="80"/>
        <source>Drop this proposal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="121"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="139"/>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="155"/>
        <source>Insert at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="157"/>
        <source>Replace document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="184"/>
        <source>{model} · {backend} · {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="186"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="219"/>
        <source>{n} tokens at {rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="221"/>
        <source>{n} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="223"/>
        <source>{n} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="225"/>
        <source>stopped at the length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="227"/>
        <source>stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/result_pane.py" line="240"/>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="50"/>
        <source>Add GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>Add Hugging Face folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="56"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="57"/>
        <source>PyTorch on CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="58"/>
        <source>llama.cpp on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="64"/>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="65"/>
        <source>Where it runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>0 always picks the likeliest word; higher values vary more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="80"/>
        <source>Automatic (depends on the action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="83"/>
        <source>Automatic (one per CPU core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="84"/>
        <source>Threads llama.cpp uses on the CPU; takes effect when the model reloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="86"/>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="87"/>
        <source>Longest answer (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="88"/>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="89"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="94"/>
        <source>Keep a history of actions (stored only on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="96"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="99"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="100"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="101"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="147"/>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="182"/>
        <source>History setting not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="190"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="206"/>
        <source>{backend} on {device} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="217"/>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="222"/>
        <source>Add a Hugging Face model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="241"/>
        <source>Model not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="246"/>
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
        <location filename="../../desktop/training_tab.py" line="201"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="202"/>
        <source>Starting: dataset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="214"/>
        <source>Stopping after the current step; a checkpoint is kept for Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="224"/>
        <source>ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="228"/>
        <source>step {step}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="230"/>
        <source>loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="232"/>
        <source>eval loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="234"/>
        <source>{rate:.0f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="245"/>
        <source>Training stopped; use Resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/training_tab.py" line="247"/>
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
        <location filename="../../desktop/user_actions_dialog.py" line="43"/>
        <source>Your actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="50"/>
        <source>Actions you add here appear in the right-click menu and in the Assistant menu, and run from the terminal with inkstone-cli run NAME. Actions in your actions.toml file are changed in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="59"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="60"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="62"/>
        <source>e.g. make-tweet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="63"/>
        <source>Lowercase letters, digits and hyphens; inkstone-cli run uses this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="65"/>
        <source>Menu text (default: from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="67"/>
        <source>What should the model do with the text? e.g. Turn the text into a single tweet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="71"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="72"/>
        <source>Longest answer in tokens; Automatic allows 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="73"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="91"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="92"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="93"/>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="94"/>
        <source>Longest answer (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="211"/>
        <source>Saved. “{label}” is in the right-click menu and the Assistant menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="214"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="233"/>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/user_actions_dialog.py" line="236"/>
        <source>Not deleted: {reason}</source>
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
