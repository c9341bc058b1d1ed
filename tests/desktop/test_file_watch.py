"""Files changed elsewhere: each test changes an open document from outside (as another editor or a
sync tool would) and waits for the watcher's signal. No local edits: a quiet reload; local edits
too: load theirs (keeping Inkstone's text as a version), keep mine, or compare; a deleted file is
reported and Save asks where to save; Inkstone's own saves are recognised; Save checks the file
again even when the watcher missed the change."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QTextCursor

from core.documents import versions
from desktop import file_watch


def change_outside(path: Path, text: str, atomic: bool = False) -> None:
    """Write ``text`` to ``path`` as another program would: in place, or to a temporary file
    renamed over it (how most editors and sync tools save)."""
    if atomic:
        temporary = path.with_name(f".{path.name}.other-editor")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    else:
        path.write_text(text, encoding="utf-8")


def wait_for(qtbot, window, tab, outcome: str, timeout: int = 10_000):
    """A context manager that waits for the watcher's check of ``tab`` with ``outcome``."""
    return qtbot.waitSignal(window.file_watch.checked, timeout=timeout,
                            check_params_cb=lambda t, o: t is tab and o == outcome)


def type_text(tab, text: str) -> None:
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText(text)


def test_a_change_elsewhere_reloads_an_unedited_document_and_own_saves_are_recognised(qtbot, window, tmp_path):
    path = tmp_path / "chapter.md"
    path.write_text("First paragraph.\n", encoding="utf-8")
    tab = window.documents.open_file(path)

    with wait_for(qtbot, window, tab, file_watch.RELOADED):
        change_outside(path, "First paragraph.\n\nA paragraph from the other editor.\n")
    assert tab.text() == "First paragraph.\n\nA paragraph from the other editor.\n" and not tab.modified
    assert "reloaded" in window.message_bar.text
    kept = window.versions.listed(tab)
    assert [v.reason for v in kept] == [versions.BEFORE_RELOAD]
    assert window.versions.text(kept[0]) == "First paragraph.\n"

    # A save by rename drops the path from Qt's watcher: it is watched again, so this is seen too.
    with wait_for(qtbot, window, tab, file_watch.RELOADED):
        change_outside(path, "Rewritten by a sync tool.\n", atomic=True)
    assert tab.text() == "Rewritten by a sync tool.\n"
    tab.editor.undo()  # the reload is one undo step
    assert tab.text() == "First paragraph.\n\nA paragraph from the other editor.\n"
    tab.editor.redo()

    # Inkstone's own (atomic) save comes back through the watcher and is recognised by its hash.
    window.message_bar.dismiss()
    type_text(tab, "Mine.\n")
    with wait_for(qtbot, window, tab, file_watch.UNCHANGED):
        assert window.documents.save_tab(tab)
    assert path.read_text(encoding="utf-8") == "Rewritten by a sync tool.\nMine.\n"
    assert window.message_bar.text == "" and not tab.modified


def test_both_changed_compare_then_keep_mine(qtbot, window, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The ship left at dawn.\n", encoding="utf-8")
    tab = window.documents.open_file(path)
    type_text(tab, "The crew sang.\n")

    with wait_for(qtbot, window, tab, file_watch.CONFLICT):
        change_outside(path, "The ship left at noon.\n")
    assert tab.text() == "The ship left at dawn.\nThe crew sang.\n" and tab.modified  # nothing of mine is touched
    assert window.message_bar.button_texts() == ["Load Their Version", "Keep Mine", "Compare…"]

    window.message_bar.press("Compare…")
    dialog = window.file_watch.compare_dialog
    assert dialog.isVisible()
    assert ("delete", "noon") in dialog.view.pieces and ("insert", "dawn") in dialog.view.pieces
    dialog.choose("Keep Mine")
    assert not dialog.isVisible()
    assert tab.text() == "The ship left at dawn.\nThe crew sang.\n" and tab.modified
    (theirs,) = window.versions.listed(tab)
    assert theirs.reason == versions.OUTSIDE and window.versions.text(theirs) == "The ship left at noon.\n"

    # Save replaces their version without asking again (it was answered), keeping nothing twice.
    window.file_watch.ask_conflict = lambda tab: (_ for _ in ()).throw(AssertionError("asked twice"))
    with wait_for(qtbot, window, tab, file_watch.UNCHANGED):
        assert window.documents.save_tab(tab)
    assert path.read_text(encoding="utf-8") == "The ship left at dawn.\nThe crew sang.\n"
    assert [v.reason for v in window.versions.listed(tab)] == [versions.OUTSIDE]


def test_both_changed_load_theirs_keeps_my_text_as_a_version(qtbot, window, tmp_path):
    path = tmp_path / "letter.md"
    path.write_text("Dear Ana,\n", encoding="utf-8")
    tab = window.documents.open_file(path)
    type_text(tab, "Thank you for the book.\n")
    with wait_for(qtbot, window, tab, file_watch.CONFLICT):
        change_outside(path, "Dear Ana and Luis,\n", atomic=True)

    window.message_bar.press("Load Their Version")
    assert tab.text() == "Dear Ana and Luis,\n" and not tab.modified
    assert "Your text is kept" in window.message_bar.text
    (mine,) = window.versions.listed(tab)
    assert mine.reason == versions.UNSAVED and window.versions.text(mine) == "Dear Ana,\nThank you for the book.\n"
    tab.editor.undo()
    assert tab.text() == "Dear Ana,\nThank you for the book.\n"


def test_save_checks_the_file_even_when_the_watcher_missed_the_change(qtbot, window, tmp_path):
    path = tmp_path / "synced.txt"
    path.write_text("Version one.\n", encoding="utf-8")
    tab = window.documents.open_file(path)
    # A network drive or sync folder whose change never reaches the watcher.
    window.file_watch.watcher.blockSignals(True)
    change_outside(path, "Version two, from a laptop.\n")
    type_text(tab, "Edited here.\n")
    asked = []
    window.file_watch.ask_conflict = lambda tab: asked.append(tab) or file_watch.CANCEL
    assert not window.documents.save_tab(tab)
    assert asked == [tab] and path.read_text(encoding="utf-8") == "Version two, from a laptop.\n"

    window.file_watch.ask_conflict = lambda tab: file_watch.KEEP_MINE
    assert window.documents.save_tab(tab)
    assert path.read_text(encoding="utf-8") == "Version one.\nEdited here.\n"
    assert [window.versions.text(v) for v in window.versions.listed(tab)] == ["Version two, from a laptop.\n"]
    window.file_watch.watcher.blockSignals(False)


def test_a_deleted_file_is_reported_and_save_asks_where(qtbot, window, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Shopping list.\n", encoding="utf-8")
    tab = window.documents.open_file(path)
    with wait_for(qtbot, window, tab, file_watch.MISSING):
        path.unlink()
    assert "deleted or moved" in window.message_bar.text and tab.disk_missing
    assert window.message_bar.button_texts() == ["Save As…", "Close Tab"]
    assert tab.text() == "Shopping list.\n"  # the text stays

    type_text(tab, "Milk.\n")
    asked = []
    elsewhere = tmp_path / "kept" / "notes.md"
    elsewhere.parent.mkdir()
    window.documents.ask_save_path = lambda tab: asked.append(tab) or str(elsewhere)
    assert window.documents.save_tab(tab)
    assert asked == [tab] and not path.exists()  # not silently recreated
    assert elsewhere.read_text(encoding="utf-8") == "Shopping list.\nMilk.\n" and tab.path == elsewhere

    # Cancelling the question saves nothing.
    window.documents.ask_save_path = lambda tab: ""
    with wait_for(qtbot, window, tab, file_watch.MISSING):
        elsewhere.unlink()
    type_text(tab, "Eggs.\n")
    assert not window.documents.save_tab(tab) and not elsewhere.exists() and tab.modified
