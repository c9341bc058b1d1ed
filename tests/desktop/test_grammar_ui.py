"""Spelling and grammar in the window: underlines, the right-click menu, the Check-document panel,
the fast fix, rich text, settings."""

from __future__ import annotations

import re
import threading

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest

from tests.desktop.conftest import flush_db, select
from tests.fixtures import prose

UNDERLINES = (QTextCharFormat.UnderlineStyle.WaveUnderline, QTextCharFormat.UnderlineStyle.DotLine)


def wait_checked(qtbot, window, timeout: int = 30_000) -> None:
    controller = window.grammar.controller
    qtbot.waitUntil(lambda: bool(controller.loaded and controller.rules) and not controller.busy, timeout=timeout)


def underlined(document) -> list[str]:
    """The texts under a spelling or grammar underline, in document order."""
    found = []
    block = document.firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() in UNDERLINES:
                found.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return found


def menu_texts(menu) -> list[str]:
    """Entry texts as shown: "&&" is a literal "&", a single "&" marks the shortcut letter."""
    return [re.sub("&(.)", r"\1", a.text()) for a in menu.actions()]


def position_of(tab, word: str) -> int:
    return tab.text().index(word) + 1


def test_underlines_are_computed_off_the_ui_thread_one_changed_paragraph_at_a_time(qtbot, window, monkeypatch):
    from core import grammar

    linted: list[tuple[bool, str]] = []
    original = grammar.Checker._lint

    def recording(self, line, markdown):
        linted.append((threading.current_thread() is threading.main_thread(), line))
        return original(self, line, markdown)

    monkeypatch.setattr(grammar.Checker, "_lint", recording)
    tab = window.documents.current_tab()
    text = prose.with_mistakes(prose.document(1500), every=3)
    tab.set_text(text, modified=False)
    wait_checked(qtbot, window)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    assert sorted(line for _, line in linted) == sorted(paragraphs)  # each once
    assert not any(on_main for on_main, _ in linted)
    misspelled = [w for w in prose.MISSPELLINGS.values() if w in text]
    shown = underlined(tab.document)
    assert shown and set(shown) <= set(misspelled) and len(shown) == sum(text.count(f" {w} ") for w in misspelled)
    assert not tab.document.isUndoAvailable() and not tab.modified  # underlines are not edits

    # Typing in one paragraph: the others keep their underlines and are not checked again.
    block = tab.document.findBlockByNumber(4)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    tab.editor.setTextCursor(cursor)
    before = len(linted)
    QTest.keyClicks(tab.editor, " Then teh end")
    assert underlined(tab.document) == shown  # carried over while typing, nothing new yet
    wait_checked(qtbot, window)
    assert [line for _, line in linted[before:]] == [tab.document.findBlockByNumber(4).text()]
    assert len(underlined(tab.document)) == len(shown) + 1 and "teh" in underlined(tab.document)

    # A document closed while it is being checked: what it still waited for is not checked.
    other = window.documents.new_document()
    window.grammar.controller.service.hold(30)  # keep its paragraphs queued until it is closed
    other.set_text(prose.document(800, seed=4), modified=False)
    qtbot.waitUntil(lambda: window.grammar.controller.service.pending > 5)
    window.documents.close_tab(other)
    qtbot.waitUntil(lambda: window.grammar.controller.service.pending == 0)
    window.grammar.controller.service.hold(0)


def test_right_click_offers_suggestions_ignore_and_add_to_dictionary(qtbot, window):
    from core.storage.dictionary import list_words

    tab = window.documents.current_tab()
    tab.set_text("I recieved teh parcel.\nInkstone opened it.")
    wait_checked(qtbot, window)
    assert underlined(tab.document) == ["recieved", "teh", "Inkstone"]
    menu = window.documents.context_menu(tab, tab.editor.cursorRect(_cursor_at(tab, position_of(tab, "recieved"))).center())
    texts = menu_texts(menu)
    assert texts[:8] == ["Did you mean to spell “recieved” this way?", "received", "relieved", "receive", "",
                         "Ignore “recieved”", "Add “recieved” to Dictionary", ""]
    assert texts[8] == "Fix Spelling & Grammar (Fast)" and "Summarize" in texts and "Copy\tCtrl+C" in texts
    assert not menu.actions()[0].isEnabled()
    menu.actions()[1].trigger()
    assert tab.text().startswith("I received teh parcel.")
    tab.editor.undo()
    assert tab.text().startswith("I recieved teh")  # one undo step
    tab.editor.redo()
    wait_checked(qtbot, window)

    ignore = [a for a in _menu_at(window, tab, "teh").actions() if a.text().startswith("Ignore")][0]
    ignore.trigger()
    qtbot.waitUntil(lambda: underlined(tab.document) == ["Inkstone"])
    add = [a for a in _menu_at(window, tab, "Inkstone").actions() if a.text().startswith("Add")][0]
    add.trigger()
    qtbot.waitUntil(lambda: underlined(tab.document) == [])
    flush_db(qtbot, window)
    assert list_words() == ["Inkstone"]
    menu = window.documents.context_menu(tab, tab.editor.cursorRect(_cursor_at(tab, position_of(tab, "opened"))).center())
    assert menu_texts(menu)[0] == "Fix Spelling & Grammar (Fast)"  # no problem there: no suggestions


def _cursor_at(tab, position: int) -> QTextCursor:
    cursor = QTextCursor(tab.document)
    cursor.setPosition(position)
    return cursor


def _menu_at(window, tab, word):
    return window.documents.context_menu(tab, tab.editor.cursorRect(_cursor_at(tab, position_of(tab, word))).center())


def test_check_panel_lists_jumps_and_fixes_with_one_undo_step_each(qtbot, window):
    tab = window.documents.current_tab()
    tab.set_text("I recieved teh parcel.\n\nShe don't know. This is the end...\n\nIt was beautifull.")
    window.grammar.show_panel()
    panel = window.grammar.panel
    wait_checked(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert [i.problem.text for i in panel.model.items] == ["recieved", "teh", "don't", "...", "beautifull"]
    assert panel.filter.itemText(1) == "Spelling (3)"
    panel.jump(panel.model.index(2))
    assert tab.editor.textCursor().selectedText() == "don't"
    assert panel.fix_current()
    assert "She doesn't know." in tab.text()
    tab.editor.undo()
    assert "She don't know." in tab.text()
    panel.refresh()
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.fix_all_of_kind() == 3
    assert tab.text() == "I received the parcel.\n\nShe don't know. This is the end...\n\nIt was beautiful."
    tab.editor.undo()
    assert "I recieved teh parcel." in tab.text() and "beautifull" in tab.text()  # Fix all: one undo step

    # Thousands of problems (identical lines: Harper checks one, the panel lists them all).
    tab.set_text("I recieved teh parcel.\n" * 1500)
    wait_checked(qtbot, window)
    panel.refresh()
    assert panel.model.rowCount() == 3000
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.fix_all_of_kind() == 3000
    assert tab.text() == "I received the parcel.\n" * 1500
    tab.editor.undo()
    assert tab.text() == "I recieved teh parcel.\n" * 1500

    tab.set_text("")
    panel.refresh()
    assert panel.model.rowCount() == 0 and panel.status.text() == "No problems found."


def test_fast_fix_is_a_proposal_with_changes_replace_one_undo_and_its_own_history(qtbot, window):
    from core.storage import history

    tab = window.documents.current_tab()
    original = "The the report was late. She don't mind.\n\nIt is a very beautifull garden... Nothing else."
    tab.set_text(original)
    session = window.grammar.fast_fix()
    assert session is not None
    if session.running:
        with qtbot.waitSignal(session.ended, timeout=30_000):
            pass
    pane = window.result_pane
    expected = "The report was late. She doesn't mind.\n\nIt is a very beautiful garden... Nothing else."
    assert pane.proposal_text() == expected  # style ("..." -> "…") left alone
    assert pane.tabs.isTabVisible(1) and pane.tabs.currentIndex() == 1  # word-level changes
    assert not pane.retry_button.isVisible() and pane.replace_button.isEnabled()
    assert "3 fixes" in pane.stats.text()
    assert window.flow.apply("replace")
    assert tab.text() == expected
    tab.editor.undo()
    assert tab.text() == original
    flush_db(qtbot, window)
    [entry] = history.list_history()
    assert (entry["action"], entry["outcome"], entry["model"]) == ("grammar-check", "accepted", "Harper")

    select(tab, 0, 24)  # the selection only
    session = window.grammar.fast_fix()
    if session.running:
        with qtbot.waitSignal(session.ended, timeout=30_000):
            pass
    assert pane.proposal_text() == "The report was late."
    window.flow.discard()
    tab.set_text("")
    assert window.grammar.fast_fix() is None and "no text to check" in window.message_bar.text


def test_rich_text_keeps_its_formatting(qtbot, window):
    from PySide6.QtWidgets import QTextEdit

    # A QTextEdit's document (the rich-text editor Word documents get) is underlined the same way.
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setHtml("<p>Plain and <b>bold recieved</b> text.</p><p>Fine.</p>")
    window.grammar.controller.attach(edit.document())
    wait_checked(qtbot, window)
    assert underlined(edit.document()) == ["recieved"]
    assert not edit.document().isUndoAvailable()

    # The fast fix changes only the corrected words: the bold run stays bold.
    tab = window.documents.current_tab()
    cursor = QTextCursor(tab.document)
    cursor.insertText("Plain start, ")
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    cursor.insertText("bold recieved words", bold)
    cursor.insertText(" and teh end.", QTextCharFormat())
    session = window.grammar.fast_fix()
    if session.running:
        with qtbot.waitSignal(session.ended, timeout=30_000):
            pass
    assert window.flow.apply("replace")
    assert tab.text() == "Plain start, bold received words and the end."
    check = QTextCursor(tab.document)
    check.setPosition(tab.text().index("received") + 2)
    assert check.charFormat().fontWeight() == QFont.Weight.Bold
    check.setPosition(tab.text().index("the end") + 2)
    assert check.charFormat().fontWeight() != QFont.Weight.Bold
    tab.editor.undo()
    assert tab.text() == "Plain start, bold recieved words and teh end."


def test_settings_are_saved_for_the_cli_and_checking_can_be_turned_off(qtbot, window):
    from PySide6.QtCore import Qt

    from core.storage.dictionary import load_check_settings

    tab = window.documents.current_tab()
    tab.set_text("The colour of teh sea.")
    wait_checked(qtbot, window)
    assert underlined(tab.document) == ["colour", "teh"]
    dialog = window.grammar.open_settings()
    items = {dialog.rule_list.item(i).text(): dialog.rule_list.item(i) for i in range(dialog.rule_list.count())}
    items["The"].setCheckState(Qt.CheckState.Unchecked)
    items["SpellCheck"].setCheckState(Qt.CheckState.Unchecked)
    dialog.dialect.setCurrentIndex(dialog.dialect.findData("british"))
    dialog.accept()
    flush_db(qtbot, window)
    stored = load_check_settings()
    assert stored.dialect == "british" and {"The", "SpellCheck"} <= set(stored.disabled_rules)
    wait_checked(qtbot, window)
    assert underlined(tab.document) == []

    window.grammar.as_you_type_act.setChecked(False)
    flush_db(qtbot, window)
    assert load_check_settings().enabled is False
    window.grammar.controller.set_settings(load_check_settings().__class__(enabled=True))
    wait_checked(qtbot, window)
    assert underlined(tab.document) == ["colour", "teh"] or underlined(tab.document) == ["teh"]
    window.grammar.as_you_type_act.setChecked(False)
    qtbot.waitUntil(lambda: underlined(tab.document) == [])
