"""Version history in the app: versions kept before each save, before a change made elsewhere is
loaded and before an assistant result is applied; the limits honoured; File ▸ Versions views,
compares and restores (one undo step for text; a Word version reloads the document, byte for
byte); a Word document that cannot be saved in place keeps its versions after Save As."""

from __future__ import annotations

import os
import shutil

from PySide6.QtGui import QTextCursor

from core.documents import versions
from desktop import file_watch
from tests.desktop.conftest import run_and_wait, select
from tests.desktop.test_file_watch import change_outside, type_text, wait_for


def test_restore_is_one_undo_step_and_the_limit_per_document_holds(qtbot, window, tmp_path):
    window.prefs.versions_per_document = 3
    window.versions.apply_limits()
    path = tmp_path / "poem.txt"
    path.write_text("Draft 0\n", encoding="utf-8")
    tab = window.documents.open_file(path)
    for i in range(1, 5):
        with wait_for(qtbot, window, tab, file_watch.RELOADED):
            change_outside(path, f"Draft {i}\n", atomic=i % 2 == 0)
    # Each reload kept the text shown before it (drafts 0-3); three per document are kept.
    assert [window.versions.text(v) for v in window.versions.listed(tab)] == ["Draft 3\n", "Draft 2\n", "Draft 1\n"]

    type_text(tab, "My line.\n")
    with wait_for(qtbot, window, tab, file_watch.UNCHANGED):
        assert window.documents.save_tab(tab)
    listed = window.versions.listed(tab)
    assert [window.versions.text(v) for v in listed] == ["Draft 4\n", "Draft 3\n", "Draft 2\n"]
    assert listed[0].reason == versions.SAVED
    with wait_for(qtbot, window, tab, file_watch.UNCHANGED):
        assert window.documents.save_tab(tab)  # nothing replaced: no version
    assert window.versions.listed(tab) == listed

    window.commands.versions_act.trigger()  # File ▸ Versions
    panel = window.panels.versions
    assert window.versions_dock.isVisible() and panel.list.topLevelItemCount() == 3
    assert "poem.txt" in panel.title.text() and "at most 3 per document" in panel.usage.text()
    panel.select(2)
    assert panel.viewer.toPlainText() == "Draft 2\n"
    panel.compare_selected()
    assert panel.viewer.pieces == [("equal", "Draft "), ("delete", "2"), ("insert", "4"), ("equal", "\n"), ("insert", "My line.\n")]

    assert panel.restore_selected()
    assert tab.text() == "Draft 2\n" and tab.modified and "Ctrl+Z" in window.message_bar.text
    tab.editor.undo()
    assert tab.text() == "Draft 4\nMy line.\n" and not tab.modified


def test_word_versions_are_whole_files_and_restoring_one_reloads_it(qtbot, window, tmp_path):
    from docx import Document

    def write(target, *paragraphs):
        document = Document()
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(target)

    path = tmp_path / "report.docx"
    write(path, "Quarterly report", "Sales rose.")
    original = path.read_bytes()
    tab = window.documents.open_file(path)
    other = tmp_path / "from-word.docx"
    write(other, "Quarterly report", "Sales fell.")
    with wait_for(qtbot, window, tab, file_watch.RELOADED):
        os.replace(other, path)
    assert "Sales fell." in tab.text() and not tab.modified
    (kept,) = window.versions.listed(tab)
    assert kept.kind == "docx" and window.versions.store.read(kept) == original

    window.panels.show_versions()
    panel = window.panels.versions
    panel.select(0)
    assert panel.viewer.toPlainText() == "Quarterly report\n\nSales rose."
    assert panel.restore_selected()
    assert "Sales rose." in tab.text() and tab.modified
    with wait_for(qtbot, window, tab, file_watch.UNCHANGED):
        assert window.documents.save_tab(tab)
    assert path.read_bytes() == original  # the version comes back byte for byte
    reasons = [v.reason for v in window.versions.listed(tab)]
    assert reasons[0] == versions.BEFORE_RESTORE and reasons[-1] == versions.BEFORE_RELOAD


def test_a_word_document_that_cannot_be_saved_in_place_keeps_its_versions(qtbot, window, tmp_path):
    from tests.desktop.test_word_editor import cursor_at, tables
    from tests.docx_tools import CORPUS_DIR

    path = tmp_path / "python-docx.docx"
    shutil.copy(CORPUS_DIR / path.name, path)
    tab = window.documents.open_file(path)
    first = path.read_bytes()
    tab.editor.setTextCursor(cursor_at(tab, "North", end=True))
    tab.editor.insertPlainText("-east")
    with wait_for(qtbot, window, tab, file_watch.UNCHANGED):
        assert window.documents.save_tab(tab)
    (table,) = tables(tab)
    cursor = QTextCursor(tab.document)
    cursor.setPosition(table.firstPosition() - 2)
    cursor.setPosition(table.lastPosition() + 2, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    saved = path.read_bytes()
    assert not window.documents.save_tab(tab) and path.read_bytes() == saved  # refused, untouched
    assert len(window.versions.listed(tab)) == 1  # a refused save keeps no version

    copy = tmp_path / "report-edited.docx"
    assert window.documents.save_tab_as(tab, copy)
    (earlier,) = window.versions.listed(tab)
    assert earlier.document == str(path.resolve()) and window.versions.store.read(earlier) == first
    assert tab.earlier_paths == [path]
    window.panels.show_versions()
    panel = window.panels.versions
    assert panel.list.topLevelItemCount() == 1 and "report-edited.docx" in panel.title.text()


def test_a_version_is_kept_before_an_assistant_result_is_applied(qtbot, make_window, tmp_path):
    window = make_window(max_tokens=8)
    window.show()
    path = tmp_path / "harbour.md"
    path.write_text("The harbour was quiet. Boats rocked gently at their moorings.\n", encoding="utf-8")
    tab = window.documents.open_file(path)
    type_text(tab, "Unsaved line.\n")
    select(tab, 0, len("The harbour was quiet."))
    session = run_and_wait(qtbot, window, "summarize", {"length": "short"})
    assert session.state == "done", session.error
    window.result_pane.proposal.setPlainText("A quiet harbour.")
    assert window.flow.apply("insert")
    (kept,) = window.versions.listed(tab)
    assert kept.reason == versions.BEFORE_AI
    assert window.versions.text(kept) == "The harbour was quiet. Boats rocked gently at their moorings.\nUnsaved line.\n"
