"""Word documents in the app: the rich editor shows tables, pictures and lists; a cell edit saves as
only that change; Save never overwrites a document it would damage; tracked changes are read-only;
an applied result is one undo step and keeps the replaced text's format; recovery keeps the
original."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextListFormat, QTextTable

from desktop.word_editor import RichEditor
from tests.desktop.conftest import run_and_wait
from tests.docx_tools import CORPUS_DIR, c14n, paragraphs_xml, parts, w


def open_copy(window, tmp_path, name: str = "python-docx.docx"):
    path = tmp_path / name
    shutil.copy(CORPUS_DIR / name, path)
    tab = window.documents.open_file(path)
    assert tab is not None, window.message_bar.text
    return path, tab


def cursor_at(tab, text: str, end: bool = False) -> QTextCursor:
    found = tab.document.find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), text
    cursor = QTextCursor(tab.document)
    cursor.setPosition(found.selectionEnd() if end else found.selectionStart())
    return cursor


def tables(tab) -> list[QTextTable]:
    found, iterator = [], tab.document.rootFrame().begin()
    while not iterator.atEnd():
        if isinstance(iterator.currentFrame(), QTextTable):
            found.append(iterator.currentFrame())
        iterator += 1
    return found


def test_tables_pictures_lists_and_headings_are_shown(window, tmp_path):
    _path, tab = open_copy(window, tmp_path)
    assert isinstance(tab.editor, RichEditor) and tab.editor.rich
    (table,) = tables(tab)
    assert (table.rows(), table.columns()) == (2, 2)
    cell = table.cellAt(1, 1)
    assert cell.firstCursorPosition().block().text() == "Up 12%"
    bullet = cursor_at(tab, "First bullet").block().textList()
    number = cursor_at(tab, "Second numbered").block().textList()
    assert bullet.format().style() == QTextListFormat.Style.ListDisc
    assert number.format().style() == QTextListFormat.Style.ListDecimal and number.itemText(cursor_at(tab, "Second numbered").block()) == "2."
    assert cursor_at(tab, "Quarterly report").block().blockFormat().headingLevel() == 1
    picture = cursor_at(tab, "\ufffc", end=True).charFormat()
    assert picture.isImageFormat()
    image = tab.document.resource(QTextDocument.ResourceType.ImageResource, picture.toImageFormat().name())
    assert not image.isNull() and image.width() == 24
    assert "read-only" in window.message_bar.text and tab.in_place_problems() == []


def test_editing_a_cell_saves_only_that_paragraph(window, tmp_path):
    path, tab = open_copy(window, tmp_path)
    original = path.read_bytes()
    cursor = cursor_at(tab, "North", end=True)
    tab.editor.setTextCursor(cursor)
    tab.editor.insertPlainText("-east")
    assert tab.modified and window.documents.save_tab(tab)
    saved = path.read_bytes()
    for (name, old), (_, new) in zip(parts(original), parts(saved)):
        assert name == "word/document.xml" or old == new, name
    old_ps, new_ps = paragraphs_xml(original)[1], paragraphs_xml(saved)[1]
    changed = [i for i, (a, b) in enumerate(zip(old_ps, new_ps)) if c14n(a) != c14n(b)]
    assert ["".join(new_ps[i].itertext()) for i in changed] == ["North-east"]
    # Saving again without a change writes the same bytes.
    tab.editor.insertPlainText("!")
    tab.editor.undo()
    assert window.documents.save_tab(tab) and path.read_bytes() == saved


def test_save_never_overwrites_a_document_it_would_damage(make_window, tmp_path):
    from desktop import autosave

    window = make_window()
    path, tab = open_copy(window, tmp_path)
    original = path.read_bytes()
    (table,) = tables(tab)
    cursor = QTextCursor(tab.document)
    cursor.setPosition(table.firstPosition() - 2)
    cursor.setPosition(table.lastPosition() + 2, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # an applied result or a big deletion takes the table with it
    assert not tables(tab)
    problems = tab.in_place_problems()
    assert problems and "table" in problems[0]
    assert not window.documents.save_tab(tab)
    assert path.read_bytes() == original
    assert "was not overwritten" in window.message_bar.text and "table" in window.message_bar.text
    assert window.message_bar.button_texts() == ["Save As…"]
    # After a crash, the restored document is still refused in place: autosave kept the original.
    window.recovery.autosave_all()
    folder = window.recovery.store.folder
    snapshots = [autosave.Snapshot.from_json(f.read_bytes()) for f in folder.glob("*.json")]
    (restored,) = make_window().recovery.restore([autosave.OrphanSession(folder, snapshots)])
    assert restored.in_place_problems() == problems
    copy = tmp_path / "report-edited.docx"
    assert window.documents.save_tab_as(tab, copy)
    assert path.read_bytes() == original and b"<w:tbl>" not in dict(parts(copy.read_bytes()))["word/document.xml"]
    assert tab.path == copy and tab.dropped and tab.in_place_problems() == []


def test_paragraphs_with_tracked_changes_are_read_only(qtbot, window, tmp_path):
    _path, tab = open_copy(window, tmp_path)
    tab.editor.setTextCursor(cursor_at(tab, "Edit here", end=True))
    with qtbot.waitSignal(tab.editor.refused, timeout=2000):
        qtbot.keyClicks(tab.editor, "xyz")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Backspace)
    assert cursor_at(tab, "Edit here").block().text().startswith("Edit here: see the project site")
    assert not tab.modified
    # Enter at its end starts a new, editable paragraph.
    tab.editor.setTextCursor(cursor_at(tab, "with words Ann added.", end=True))
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor, "A new paragraph.")
    assert tab.in_place_problems() == []


def test_an_applied_result_keeps_the_format_and_undoes_in_one_step(qtbot, window, tmp_path):
    path, tab = open_copy(window, tmp_path)
    before = tab.text()
    found = tab.document.find("sharply")
    tab.editor.setTextCursor(found)
    run_and_wait(qtbot, window, "rewrite", {"style": "formal"})
    assert window.flow.apply("replace")
    assert tab.text() != before
    applied = tab.editor.textCursor()
    assert applied.hasSelection() and applied.charFormat().fontWeight() >= 600  # bold, like "sharply"
    assert window.documents.save_tab(tab)
    first_line = applied.selectedText().split("\u2029")[0].strip()
    runs = [r for p in paragraphs_xml(path.read_bytes())[1] for r in p.iter(w("r")) if first_line in "".join(r.itertext())]
    assert runs and all(r.find(f"{w('rPr')}/{w('b')}") is not None for r in runs)
    tab.editor.undo()
    assert tab.text() == before


def test_recovery_restores_a_word_document_that_can_still_be_saved_in_place(make_window, tmp_path):
    from desktop import autosave

    first = make_window()
    path, tab = open_copy(first, tmp_path)
    original = path.read_bytes()
    tab.editor.setTextCursor(cursor_at(tab, "Up 12%", end=True))
    tab.editor.insertPlainText(" (est.)")
    first.recovery.autosave_all()
    folder = first.recovery.store.folder
    snapshots = [autosave.Snapshot.from_json(f.read_bytes()) for f in folder.glob("*.json")]
    assert (folder / f"{tab.recovery_id}.docx").read_bytes() == original

    second = make_window()
    (restored,) = second.recovery.restore([autosave.OrphanSession(folder, snapshots)])
    assert isinstance(restored.editor, RichEditor) and restored.modified and restored.path == path
    assert tables(restored) and "Up 12% (est.)" in restored.text()
    assert second.documents.save_tab(restored)
    old_ps, new_ps = paragraphs_xml(original)[1], paragraphs_xml(path.read_bytes())[1]
    assert ["".join(b.itertext()) for a, b in zip(old_ps, new_ps) if c14n(a) != c14n(b)] == ["Up 12% (est.)"]


def test_enter_after_a_heading_starts_body_text(qtbot, window, tmp_path):
    path, tab = open_copy(window, tmp_path)
    tab.editor.setTextCursor(cursor_at(tab, "Quarterly report", end=True))
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.editor, "Written in Inkstone.")
    assert tab.editor.textCursor().block().blockFormat().headingLevel() == 0
    assert window.documents.save_tab(tab)
    heading, body = paragraphs_xml(path.read_bytes())[1][:2]
    assert "".join(body.itertext()) == "Written in Inkstone." and body.find(f".//{w('pStyle')}") is None
    assert heading.find(f".//{w('pStyle')}").get(w("val")) == "Heading1"


def test_bold_italic_underline_toggle_on_the_selection_and_only_in_word_documents(window, tmp_path):
    from PySide6.QtGui import QFont

    plain = window.documents.current_tab()
    plain.set_text("plain words")
    cursor = plain.editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    plain.editor.setTextCursor(cursor)
    plain.editor.toggle_format("bold")  # a text file has no bold: nothing changes
    assert plain.editor.textCursor().charFormat().fontWeight() < QFont.Weight.DemiBold
    _path, tab = open_copy(window, tmp_path)
    cursor = cursor_at(tab, "North", end=True)
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len("North"))
    tab.editor.setTextCursor(cursor)
    tab.editor.toggle_format("bold")
    tab.editor.toggle_format("italic")
    tab.editor.toggle_format("underline")
    shown = cursor_at(tab, "North", end=True).charFormat()
    assert shown.fontWeight() >= QFont.Weight.Bold and shown.fontItalic() and shown.fontUnderline()
    tab.editor.toggle_format("bold")  # again: off
    assert cursor_at(tab, "North", end=True).charFormat().fontWeight() < QFont.Weight.DemiBold
