"""Documents: open, save and reopen .txt/.md/.docx; encodings; refused files; atomic save; title;
find/replace; counts; closing with unsaved changes."""

from __future__ import annotations


import pytest
from PySide6.QtGui import QTextCursor

from tests.desktop.conftest import select

TEXT = "First line — naïve café.\n\n第二段：中文文本。\n\nLast line 😀\n"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_text_save_and_reopen_round_trip(window, tmp_path, suffix):
    tab = window.documents.current_tab()
    tab.set_text(TEXT)
    path = tmp_path / f"notes{suffix}"
    assert window.documents.save_tab_as(tab, path)
    assert path.read_text(encoding="utf-8") == TEXT
    assert not tab.modified
    window.documents.close_tab(tab)
    reopened = window.documents.open_file(path)
    assert reopened.text() == TEXT and not reopened.modified
    assert str(path.resolve()) in window.prefs.recent_files


def test_crlf_line_endings_are_kept(window, tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"one\r\ntwo\r\n")
    tab = window.documents.open_file(path)
    assert tab.text() == "one\ntwo\n"
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("three\n")
    assert window.documents.save_tab(tab)
    assert path.read_bytes() == b"one\r\ntwo\r\nthree\r\n"


@pytest.mark.parametrize(
    "encoding,text",
    [
        ("latin-1", "Café au lait, déjà vu, naïve façade. " * 4),
        ("gbk", "村里的图书馆建于1952年，最初只有农民捐赠的三百本书。几十年来，它成为小镇的中心。"),
        ("utf-16", "Straße und Größe — UTF-16 text."),
    ],
)
def test_other_encodings_are_detected(window, tmp_path, encoding, text):
    path = tmp_path / f"legacy-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    tab = window.documents.open_file(path)
    assert tab is not None, window.message_bar.text
    assert tab.text() == text


def test_docx_round_trip_keeps_paragraphs_headings_bold_and_italic(window, tmp_path):
    from docx import Document

    source = tmp_path / "report.docx"
    document = Document()
    document.add_heading("Quarterly report", 1)
    paragraph = document.add_paragraph("Sales rose ")
    paragraph.add_run("sharply").bold = True
    paragraph.add_run(" in the ")
    paragraph.add_run("north").italic = True
    paragraph.add_run(".")
    document.add_heading("Outlook", 2)
    document.add_paragraph("Steady growth is expected.")
    document.save(source)

    tab = window.documents.open_file(source)
    assert tab.text() == "Quarterly report\nSales rose sharply in the north.\nOutlook\nSteady growth is expected."
    # Edit the last paragraph only; everything else must survive as it was.
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Costs fall.")
    target = tmp_path / "report-2.docx"
    assert window.documents.save_tab_as(tab, target)

    saved = Document(str(target))
    paragraphs = [(p.style.name, p.text) for p in saved.paragraphs]
    assert paragraphs == [
        ("Heading 1", "Quarterly report"),
        ("Normal", "Sales rose sharply in the north."),
        ("Heading 2", "Outlook"),
        ("Normal", "Steady growth is expected. Costs fall."),
    ]
    runs = [(r.text, r.bold, r.italic) for r in saved.paragraphs[1].runs]
    assert ("sharply", True, None) in runs and ("north", None, True) in runs
    assert all(r.bold is None for r in saved.paragraphs[0].runs)  # the heading's style makes it bold, not the run
    window.documents.close_tab(tab)
    again = window.documents.open_file(target)
    assert again.text().endswith("Steady growth is expected. Costs fall.")


def test_bold_shortcut_in_a_word_document(window, tmp_path):
    from docx import Document

    source = tmp_path / "plain.docx"
    document = Document()
    document.add_paragraph("make this bold")
    document.save(source)
    tab = window.documents.open_file(source)
    select(tab, 10, 14)
    window.commands.bold_act.trigger()
    window.documents.save_tab(tab)
    runs = [(r.text, r.bold) for r in Document(str(source)).paragraphs[0].runs]
    assert runs == [("make this ", None), ("bold", True)]


def test_binary_oversize_and_missing_files_are_refused(window, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert window.documents.open_file(binary) is None
    assert "binary" in window.message_bar.text and window.message_bar.kind == "error"
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert window.documents.open_file(big) is None
    assert "MB" in window.message_bar.text
    assert window.documents.open_file(tmp_path / "missing.md") is None
    assert "not found" in window.message_bar.text
    not_docx = tmp_path / "fake.docx"
    not_docx.write_text("hello", encoding="utf-8")
    assert window.documents.open_file(not_docx) is None
    assert "not a valid .docx" in window.message_bar.text
    assert window.tabs.count() == 1  # only the blank start tab


def test_a_failed_save_leaves_the_old_file_intact(window, tmp_path):
    path = tmp_path / "keep.md"
    path.write_text("original", encoding="utf-8")
    tab = window.documents.open_file(path)
    tab.editor.insertPlainText("changed ")
    # A 253-byte name: the file itself can exist, but the atomic save's temporary name beside it
    # (the name plus a suffix) is longer than any file system allows, so the save fails for
    # every user, root included (a read-only folder would not stop root, and CI runs as root).
    target = tmp_path / ("k" * 250 + ".md")
    target.write_text("old copy", encoding="utf-8")
    assert not window.documents.save_tab_as(tab, target)
    assert "Not saved" in window.message_bar.text
    assert target.read_text(encoding="utf-8") == "old copy"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in (path.name, target.name, "inkstone-home")]
    assert not leftovers  # no temporary file left behind


def test_atomic_save_never_truncates_in_place(window, tmp_path, monkeypatch):
    from PySide6.QtCore import QSaveFile

    path = tmp_path / "safe.txt"
    path.write_text("old content", encoding="utf-8")
    tab = window.documents.open_file(path)
    tab.editor.insertPlainText("new ")
    # A crash between writing and committing: the target still holds the old content.
    monkeypatch.setattr(QSaveFile, "commit", lambda self: False)
    assert not window.documents.save_tab(tab)
    assert path.read_text(encoding="utf-8") == "old content"


def test_window_title_names_the_document_and_marks_changes(window, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("hello", encoding="utf-8")
    tab = window.documents.open_file(path)
    assert window.windowTitle() == "Inkstone — notes.md[*]"
    assert not window.isWindowModified()
    tab.editor.insertPlainText("x")
    assert window.isWindowModified()
    assert window.tabs.tabText(window.tabs.indexOf(tab)).startswith("● ")
    window.documents.save_tab(tab)
    assert not window.isWindowModified()


def test_find_and_replace_all_is_one_undo_step(window):
    tab = window.documents.current_tab()
    tab.set_text("cat dog cat bird cat")
    bar = tab.find_bar
    window.commands.replace_act.trigger()
    assert bar.isVisible()
    bar.find_edit.setText("cat")
    assert bar.find_next()
    assert tab.editor.textCursor().selectedText() == "cat"
    bar.replace_edit.setText("fox")
    assert bar.replace_all() == 3
    assert tab.text() == "fox dog fox bird fox"
    tab.editor.undo()
    assert tab.text() == "cat dog cat bird cat"


def test_word_and_character_counts_count_cjk_by_character(qtbot, window):
    from desktop.text_stats import count_chars, count_words

    assert count_words("Hello, wonderful world!") == 3
    assert count_words("我喜欢写作") == 5
    assert count_words("Inkstone 帮我写作 well-known") == 6
    assert count_chars("ab\ncd") == 4
    tab = window.documents.current_tab()
    tab.set_text("我喜欢写作 and English")
    qtbot.waitUntil(lambda: "7 words" in window.status.count_label.text(), timeout=5_000)
    select(tab, 0, 2)
    qtbot.waitUntil(lambda: "Selection: 2 words" in window.status.count_label.text(), timeout=5_000)


def test_closing_with_unsaved_changes_asks(window, tmp_path):
    tab = window.documents.current_tab()
    tab.set_text("unsaved words")
    window.documents.ask_save = lambda t: "cancel"
    assert not window.documents.close_tab(tab)
    assert window.tabs.count() == 1
    saved = tmp_path / "kept.md"
    window.documents.ask_save = lambda t: "save"
    save_as = window.documents.save_tab_as
    window.documents.save_tab_as = lambda t, path=None: save_as(t, saved)  # instead of the file dialog
    assert window.documents.close_tab(tab)
    assert saved.read_text(encoding="utf-8") == "unsaved words"
