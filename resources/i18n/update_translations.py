"""Refresh Inkstone's Qt translations: extract strings, fill known Chinese ones, compile .qm.

Run from the repository root with the project's virtual environment:

    python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string in desktop/ into the .ts files
   (kept translations stay; new strings arrive marked unfinished).
2. Unfinished entries get a translation of the same source text the .ts file already had (in any
   context: code moved between classes keeps its translations), else the one in :data:`ZH_CN`.
   Translators can instead edit ``inkstone_zh_CN.ts`` in Qt Linguist (``pyside6-linguist``); the
   .ts file is the source of truth, this table only seeds it.
3. ``pyside6-lrelease`` compiles the .qm files the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
LANGUAGES = ("en", "zh_CN")

ZH_CN = {
    "Summarize": "总结",
    "Translate": "翻译",
    "Translate to…": "翻译为…",
    "Rewrite": "改写",
    "Rewrite with instruction…": "按指示改写…",
    "Continue": "续写",
    "Summarize the selection, or the whole document (F5)": "总结所选文字，未选择时总结整篇文档 (F5)",
    "Continue writing from the cursor (F8)": "从光标处接着写 (F8)",
    "{action} into {lang}": "{action}为{lang}",
    "{action}: {detail}": "{action}：{detail}",
    "Formal": "正式",
    "Casual": "随意",
    "Concise": "简洁",
    "Friendly": "友好",
    "Fix grammar": "修正语法",
    "Other…": "其他…",
    "Custom instruction…": "自定义指示…",
    "Target language (pick or type one):": "目标语言（选择或输入）：",
    'How should the text be rewritten? (e.g. "shorter, for a child")': "要怎样改写？（例如“更短，适合儿童阅读”）",
    "Adapter": "适配器",
    "Base model": "基础模型",
    "Eval loss before → after": "评估损失 训练前 → 训练后",
    "Created": "创建时间",
    "Use for actions": "用于操作",
    "Use no adapter": "不使用适配器",
    "Delete": "删除",
    "Actions use adapter {name}.": "操作使用适配器 {name}。",
    "Actions use the base model (no adapter).": "操作使用基础模型（无适配器）。",
    "New dataset from history": "从历史记录新建数据集",
    "New dataset from documents": "从文档新建数据集",
    "e.g. my-style": "例如 my-style",
    "All actions": "所有操作",
    "No documents chosen": "尚未选择文档",
    "Choose files…": "选择文件…",
    "Choose a folder…": "选择文件夹…",
    "Name:": "名称：",
    "Action:": "操作：",
    "Documents:": "文档：",
    "Your documents": "你的文档",
    "Documents (*.txt *.md *.markdown *.docx)": "文档 (*.txt *.md *.markdown *.docx)",
    "A folder of your documents": "存放你文档的文件夹",
    "auto": "自动",
    "Dataset": "数据集",
    "Examples": "样本数",
    "Train / eval": "训练 / 评估",
    "Source": "来源",
    "Split": "划分",
    "Prompt": "提示",
    "Answer": "回答",
    "Select an example to see its answer": "选择一个样本查看其回答",
    "Save example": "保存样本",
    "Delete example": "删除样本",
    "From history…": "从历史记录…",
    "From documents…": "从文档…",
    "Import JSONL…": "导入 JSONL…",
    "Export JSONL…": "导出 JSONL…",
    "Delete dataset": "删除数据集",
    "Editing single examples needs a newer Inkstone core": "编辑单个样本需要更新版本的 Inkstone 核心",
    "Dataset {name}: {n} examples ({train} train, {eval} eval).": "数据集 {name}：{n} 个样本（训练 {train}，评估 {eval}）。",
    "Import a JSONL dataset": "导入 JSONL 数据集",
    "JSON Lines (*.jsonl *.json)": "JSON Lines (*.jsonl *.json)",
    "Imported {n} examples into {name}.": "已向 {name} 导入 {n} 个样本。",
    "Export as JSONL": "导出为 JSONL",
    "JSON Lines (*.jsonl)": "JSON Lines (*.jsonl)",
    "Exported {n} examples to {path}.": "已导出 {n} 个样本到 {path}。",
    "Untitled": "未命名",
    "Find": "查找",
    "Replace with": "替换为",
    "Match case": "区分大小写",
    "Whole words": "全词匹配",
    "Previous": "上一个",
    "Next": "下一个",
    "Replace": "替换",
    "Replace all": "全部替换",
    "Close (Esc)": "关闭 (Esc)",
    "Not found": "未找到",
    "%n replaced": "已替换 %n 处",
    "Search history…": "搜索历史记录…",
    "All documents": "所有文档",
    "When": "时间",
    "Action": "操作",
    "Outcome": "结果",
    "Text": "文字",
    "Copy": "复制",
    "Re-apply to selection": "重新应用到所选文字",
    "Put the kept text in place of the editor's selection (one undo step)": "用保留的文字替换编辑器中的所选内容（一步撤销）",
    "Add to dataset…": "加入数据集…",
    "History: {reason}": "历史记录：{reason}",
    "pending": "待定",
    "accepted": "已采纳",
    "edited": "修改后采纳",
    "discarded": "已放弃",
    "cancelled": "已取消",
    "failed": "失败",
    "{rate:.0f} tokens/s": "{rate:.0f} 词元/秒",
    "Input": "输入",
    "Output": "输出",
    "Kept (edited)": "保留的文字（已修改）",
    "Error": "错误",
    "Add to dataset": "加入数据集",
    "Dataset (pick one or type a new name):": "数据集（选择已有的或输入新名称）：",
    "Added to dataset {name} ({n} examples).": "已加入数据集 {name}（共 {n} 个样本）。",
    "Dataset {name} already holds this example.": "数据集 {name} 已包含这个样本。",
    "Loss": "损失",
    "training": "训练",
    "evaluation": "评估",
    "step": "步数",
    "Assistant": "助手",
    "History": "历史记录",
    "Personalization": "个性化",
    "&New": "新建(&N)",
    "&Open…": "打开(&O)…",
    "&Save": "保存(&S)",
    "Save &As…": "另存为(&A)…",
    "&Close Tab": "关闭标签页(&C)",
    "&Quit": "退出(&Q)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Find…": "查找(&F)…",
    "Find and &Replace…": "查找和替换(&R)…",
    "&Bold": "加粗(&B)",
    "&Italic": "倾斜(&I)",
    "U&nderline": "下划线(&N)",
    "&Preferences…": "首选项(&P)…",
    "&Stop": "停止(&S)",
    "Stop generating (Esc)": "停止生成 (Esc)",
    "&Replace with Proposal": "用建议替换(&R)",
    "&Insert Proposal Below": "在下方插入建议(&I)",
    "&History": "历史记录(&H)",
    "&Personalization": "个性化(&P)",
    "&Assistant Pane": "助手面板(&A)",
    "&File": "文件(&F)",
    "Open &Recent": "最近打开(&R)",
    "&Edit": "编辑(&E)",
    "Format (Word documents)": "格式（Word 文档）",
    "&Assistant": "助手(&A)",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "&About Inkstone": "关于 Inkstone(&A)",
    "Main": "主工具栏",
    "Clear Recent Files": "清除最近文件",
    "No recent files": "没有最近文件",
    "Open": "打开",
    "Cannot open {name}: {reason}": "无法打开 {name}：{reason}",
    "{name} was read as {encoding}; it will be saved as UTF-8.": "{name} 按 {encoding} 编码读取；保存时将使用 UTF-8。",
    "Inkstone edits the text of Word documents: {details}. Save under a new name to keep the original.":
        "Inkstone 只编辑 Word 文档中的文字：{details}。如需保留原件，请另存为新文件。",
    "Save As": "另存为",
    "Not saved: {reason}": "未保存：{reason}",
    "Saved {name}": "已保存 {name}",
    "Unsaved changes": "未保存的更改",
    "Save the changes to {name}?": "保存对 {name} 的更改吗？",
    "Bold, italic and underline are kept in Word (.docx) documents only": "加粗、倾斜和下划线只在 Word (.docx) 文档中保留",
    "The assistant is still working. Stop it (Esc) before starting another action.": "助手仍在工作。请先停止 (Esc) 再开始新的操作。",
    "Write something first: Continue needs text before the cursor.": "请先写点内容：续写需要光标前有文字。",
    "There is no text to work on: select some text or write in the document.": "没有可处理的文字：请选择文字或在文档中写作。",
    "Stopping…": "正在停止…",
    "The model returned no text. Try Retry, or another model.": "模型没有返回文字。请重试，或换一个模型。",
    "{action} failed: {reason}": "{action}失败：{reason}",
    "History could not be saved: {reason}": "无法保存历史记录：{reason}",
    "The document this proposal belongs to was closed; use Copy instead.": "该建议所属的文档已关闭；请改用复制。",
    "The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.":
        "助手工作期间原文已被修改，因此没有替换。请使用“在下方插入”或“复制”。",
    "Applied. Press Ctrl+Z to undo.": "已应用。按 Ctrl+Z 撤销。",
    "&Discard Proposal": "放弃建议(&D)",
    "default model": "默认模型",
    "The model could not be loaded: {reason}": "无法加载模型：{reason}",
    "The new language is used from the next start of Inkstone.": "新的界面语言将在下次启动 Inkstone 时生效。",
    "Autosave failed: {reason}": "自动保存失败：{reason}",
    "Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).":
        "Inkstone 发现上次意外结束时未保存的文字（{count} 个：{names}）。",
    "Restore": "恢复",
    "Discard": "丢弃",
    "Restored {n} document(s); save them to keep them.": "已恢复 {n} 个文档；请保存以保留它们。",
    "About Inkstone": "关于 Inkstone",
    "Inkstone {version}\nA local-first writing assistant. Your text never leaves this computer.":
        "Inkstone {version}\n本地优先的写作助手。你的文字不会离开这台电脑。",
    "Close this message": "关闭此消息",
    "Datasets": "数据集",
    "Training": "训练",
    "Adapters": "适配器",
    "Training finished. Pick the new adapter under Adapters to use it.": "训练完成。在“适配器”中选择新的适配器即可使用。",
    "Select text in the editor and right-click it, or use the Assistant menu, to summarize, translate, rewrite or continue it. Without a selection an action works on the whole document.":
        "在编辑器中选中文字后右键，或使用“助手”菜单，即可总结、翻译、改写或续写。未选择文字时，操作作用于整篇文档。",
    "Proposal": "建议",
    "Changes": "改动",
    "Stop": "停止",
    "Replace selection": "替换所选",
    "Put the proposal in place of the original (Ctrl+Return); one undo step": "用建议替换原文 (Ctrl+Return)；可一步撤销",
    "Insert below": "在下方插入",
    "Add the proposal after the original (Ctrl+Shift+Return)": "在原文之后插入建议 (Ctrl+Shift+Return)",
    "Retry": "重试",
    "Drop this proposal (Esc)": "放弃这条建议 (Esc)",
    "Loading model…": "正在加载模型…",
    "Insert at cursor": "在光标处插入",
    "Replace document": "替换整篇文档",
    "{model} · {backend} · {device}": "{model} · {backend} · {device}",
    "Why: {reason}": "原因：{reason}",
    "{n} tokens at {rate:.0f} tokens/s": "{n} 个词元，{rate:.0f} 词元/秒",
    "{n} tokens": "{n} 个词元",
    "{n} parts": "{n} 个部分",
    "stopped at the length limit": "达到长度上限而停止",
    "stopped by you": "已由你停止",
    "Failed: {message}": "失败：{message}",
    "Preferences": "首选项",
    "Add GGUF file…": "添加 GGUF 文件…",
    "Add Hugging Face folder…": "添加 Hugging Face 文件夹…",
    "Automatic": "自动",
    "PyTorch on CUDA": "PyTorch（CUDA 显卡）",
    "llama.cpp on the CPU": "llama.cpp（CPU）",
    "Model:": "模型：",
    "Backend:": "后端：",
    "Where it runs:": "运行位置：",
    "Model": "模型",
    "0 always picks the likeliest word; higher values vary more": "0 总是选择最可能的词；数值越高变化越多",
    "Automatic (depends on the action)": "自动（取决于操作）",
    "Automatic (one per CPU core)": "自动（每个 CPU 核心一个）",
    "Threads llama.cpp uses on the CPU; takes effect when the model reloads": "llama.cpp 在 CPU 上使用的线程数；模型重新加载后生效",
    "Temperature:": "温度：",
    "Top-p:": "Top-p：",
    "Longest answer (tokens):": "最长回答（词元）：",
    "CPU threads:": "CPU 线程：",
    "Generation": "生成",
    "Keep a history of actions (stored only on this computer)": "保留操作历史（只存储在这台电脑上）",
    "System language": "跟随系统",
    "History:": "历史记录：",
    "Interface language:": "界面语言：",
    "General": "常规",
    " (built in)": "（内置）",
    "History setting not saved: {reason}": "历史记录设置未保存：{reason}",
    "Checking…": "正在检查…",
    "{backend} on {device} — {reason}": "{backend}，运行于 {device} — {reason}",
    "Add a GGUF model": "添加 GGUF 模型",
    "GGUF models (*.gguf)": "GGUF 模型 (*.gguf)",
    "Add a Hugging Face model folder": "添加 Hugging Face 模型文件夹",
    "Model not added: {reason}": "未添加模型：{reason}",
    "Added model {name}.": "已添加模型 {name}。",
    "Training %p%": "训练 %p%",
    "Loading model {model}…": "正在加载模型 {model}…",
    "adapter {name}": "适配器 {name}",
    "Model not loaded": "模型未加载",
    "Selection: {words} words, {chars} characters": "所选：{words} 词，{chars} 字符",
    "{words} words, {chars} characters": "{words} 词，{chars} 字符",
    "Training runs in the background and you can keep writing. Without a GPU, training and actions share the CPU, so both run slower until training ends.":
        "训练在后台进行，你可以继续写作。没有 GPU 时，训练和操作共用 CPU，训练结束前两者都会变慢。",
    "Start training": "开始训练",
    "Resume selected run": "继续所选的训练",
    "step %v of %m": "第 %v / %m 步",
    "Run": "训练",
    "Status": "状态",
    "Step": "步数",
    "Dataset:": "数据集：",
    "Fine-tuning is not part of this installation yet.": "此安装尚不包含微调功能。",
    "Preparing…": "正在准备…",
    "Starting: dataset {name}": "开始：数据集 {name}",
    "Stopping after the current step; a checkpoint is kept for Resume.": "将在当前步骤后停止；会保留检查点以便继续。",
    "ETA {eta}": "剩余 {eta}",
    "step {step}/{total}": "第 {step}/{total} 步",
    "loss {loss:.4f}": "损失 {loss:.4f}",
    "eval loss {loss:.4f}": "评估损失 {loss:.4f}",
    "Training stopped; use Resume to continue.": "训练已停止；可用“继续”接着训练。",
    "Training finished.": "训练完成。",
    "Eval loss {before:.3f} → {after:.3f}; adapter {name}": "评估损失 {before:.3f} → {after:.3f}；适配器 {name}",
    "Training failed: {reason}": "训练失败：{reason}",
    "Something went wrong: {reason} (details in inkstone.log)": "出错了：{reason}（详情见 inkstone.log）",
    "out of memory; close other programs or choose a smaller model": "内存不足；请关闭其他程序或选择更小的模型",
    "&Your Actions…": "我的操作(&Y)…",
    "Add, change or delete actions of your own": "添加、修改或删除你自己的操作",
    "Your actions could not be read: {reason}": "无法读取你的操作：{reason}",
    "Your actions": "我的操作",
    "Actions you add here appear in the right-click menu and in the Assistant menu, and run from the terminal with inkstone-cli run NAME. Actions in your actions.toml file are changed in that file.":
        "在这里添加的操作会出现在右键菜单和“助手”菜单中，也可以在终端用 inkstone-cli run 名称 运行。actions.toml 文件中的操作请在该文件中修改。",
    "Add": "添加",
    "e.g. make-tweet": "例如 make-tweet",
    "Lowercase letters, digits and hyphens; inkstone-cli run uses this name": "小写字母、数字和连字符；inkstone-cli run 使用这个名称",
    "Menu text (default: from the name)": "菜单中显示的文字（默认由名称生成）",
    "What should the model do with the text? e.g. Turn the text into a single tweet.": "模型应该如何处理这段文字？例如：把这段文字改写成一条推文。",
    "Longest answer in tokens; Automatic allows 256": "最长回答的词元数；“自动”为 256",
    "Save": "保存",
    "Label:": "标签：",
    "Instruction:": "指示：",
    "Saved. “{label}” is in the right-click menu and the Assistant menu.": "已保存。“{label}”已出现在右键菜单和“助手”菜单中。",
    "Deleted {name}.": "已删除 {name}。",
    "Not deleted: {reason}": "未删除：{reason}",
    # core notes and route reasons (desktop/note_texts.py)
    "requested": "按你的选择",
    "GPU busy with fine-tuning": "GPU 正在用于微调",
    "no CUDA device": "没有 CUDA 设备",
    "CUDA disabled by INKSTONE_DISABLE_CUDA": "CUDA 已被 INKSTONE_DISABLE_CUDA 关闭",
    "PyTorch is not installed": "未安装 PyTorch",
    "not enough free GPU memory ({free} free, ~{needed} needed)": "GPU 可用显存不足（可用 {free}，约需 {needed}）",
    "transformers cannot load GGUF architecture {architecture!r}": "transformers 无法加载 GGUF 架构 {architecture!r}",
    "CUDA device {name} has {free} free": "CUDA 设备 {name} 有 {free} 可用",
    "model has no GGUF file; {why}, so on the CPU": "模型没有 GGUF 文件；{why}，因此在 CPU 上运行",
    "GPU out of memory ({error}); re-routed to llama.cpp on the CPU": "GPU 显存不足（{error}）；已改用 CPU 上的 llama.cpp",
    "sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower": "与微调共用 CPU：llama.cpp 使用 {threads} 个线程，因此较慢",
    "the text is longer than the model's context: continued from its last {kept:,} of {total:,} tokens": "文本超过模型的上下文长度：从最后 {kept:,} 个词元（共 {total:,} 个）处续写",
    "the text is longer than the model's context: processed in {parts} parts": "文本超过模型的上下文长度：分 {parts} 部分处理",
    "the text is longer than the model's context: summarized {parts} parts, then combined them": "文本超过模型的上下文长度：先分别总结 {parts} 部分，再合并",
    "this action's own settings could not be read ({error}); your general settings were used": "无法读取此操作自己的设置（{error}）；已使用常规设置",
    "⚠ {split}": "⚠ {split}",
    "Cannot be used for training: {problem}": "不能用于训练：{problem}",
}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def fill(ts_file: Path, table: dict[str, str]) -> tuple[int, list[str]]:
    """Fill unfinished entries of ``ts_file`` from ``table``; return (filled, still missing)."""
    tree = ET.parse(ts_file)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None) or (translation.text and translation.get("type") is None):
            continue
        if message.get("numerus") == "yes":
            text = table.get(source)
            if text is None:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        elif source in table:
            translation.text = table[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled, missing


def finished_translations(ts_file: Path) -> dict[str, str]:
    """Source text -> translation of every finished, singular entry in ``ts_file``, any context."""
    if not ts_file.is_file():
        return {}
    known = {}
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" or translation is None or translation.get("type") or not translation.text:
            continue
        known[message.findtext("source") or ""] = translation.text
    return known


def main() -> int:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "desktop").glob("*.py"))
    for lang in LANGUAGES:
        ts_file = HERE / f"inkstone_{lang}.ts"
        known = finished_translations(ts_file)
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts_file)], cwd=REPO, check=True)
        if lang == "zh_CN":
            filled, missing = fill(ts_file, {**ZH_CN, **known})
            print(f"{ts_file.name}: filled {filled}; untranslated: {len(missing)}")
            for source in missing:
                print(f"  missing: {source!r}")
        subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(HERE / f"inkstone_{lang}.qm")], cwd=REPO, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
