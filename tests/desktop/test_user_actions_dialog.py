"""The "Your actions" dialog: an action added there is in the menus at once, refusals show as one
line in the dialog, deleting takes it out again, and the new action runs on the bundled model."""

from __future__ import annotations

from tests.desktop.conftest import flush_db, select

TEXT = "The village library opened in 1952 with three hundred books donated by farmers."


def _texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _context_texts(window) -> list[str]:
    menu = window.documents.context_menu(window.documents.current_tab())
    try:
        return _texts(menu)
    finally:
        menu.deleteLater()


def _fill(dialog, name: str, instruction: str, label: str = "", tokens: int = 0) -> None:
    dialog.name_edit.setText(name)
    dialog.label_edit.setText(label)
    dialog.instruction_edit.setPlainText(instruction)
    dialog.tokens_spin.setValue(tokens)


def _open(qtbot, window):
    flush_db(qtbot, window)
    dialog = window.user_actions.open_dialog()
    flush_db(qtbot, window)
    return dialog


def test_the_dialog_is_in_the_assistant_menu(window):
    window.fill_assistant_menu()
    assert "Your Actions…" in _texts(window.assistant_menu)
    window.commands.user_actions_act.trigger()
    dialog = window.user_actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_an_added_action_appears_in_the_menus_at_once(qtbot, window):
    from core.storage.user_actions import get_user_action

    window.documents.current_tab().set_text(TEXT)
    dialog = _open(qtbot, window)
    assert dialog.names() == []
    dialog.add_button.click()
    _fill(dialog, "make-tweet", "Turn the text into a single tweet.", "Make a tweet", 60)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_button.click()
    assert dialog.error_text == ""
    assert "Make a tweet" in dialog.message.text()
    assert dialog.names() == ["make-tweet"]
    assert "Make a tweet" in _context_texts(window)
    assert "Make a tweet" in _texts(window.assistant_menu)
    stored = get_user_action("make-tweet")
    assert stored["instruction"] == "Turn the text into a single tweet." and stored["output_tokens"] == 60

    # Changing it (label and name) updates the same entry in the menus.
    assert dialog.select("make-tweet") and dialog.name_edit.text() == "make-tweet" and dialog.tokens_spin.value() == 60
    _fill(dialog, "tweet", "Turn the text into a tweet.", "Tweet it")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_button.click()
    assert dialog.names() == ["tweet"] and get_user_action("make-tweet") is None
    texts = _context_texts(window)
    assert "Tweet it" in texts and "Make a tweet" not in texts

    with qtbot.waitSignal(dialog.deleted, timeout=30_000):
        dialog.delete_button.click()
    assert dialog.names() == [] and "Tweet it" not in _context_texts(window)
    assert get_user_action("tweet") is None
    dialog.close()


def test_a_clash_or_bad_name_shows_one_line_in_the_dialog(qtbot, window, inkstone_home):
    (inkstone_home / "actions.toml").write_text(
        '[actions.headline]\nlabel = "Make a headline"\ninstruction = "Write a headline."\n', encoding="utf-8"
    )
    dialog = _open(qtbot, window)
    before = _context_texts(window)
    for name, expected in (
        ("summarize", "'summarize' is a built-in action; choose another name"),
        ("headline", "'headline' is already defined in your actions file"),
        ("My Action", "lowercase letters, digits and hyphens"),
    ):
        dialog.add_button.click()
        _fill(dialog, name, "Do something with the text.")
        with qtbot.waitSignal(dialog.failed, timeout=30_000) as blocker:
            dialog.save_button.click()
        assert expected in blocker.args[0]
        assert dialog.error_text.startswith("Not saved: ") and expected in dialog.error_text
        assert "\n" not in dialog.error_text and "Traceback" not in dialog.error_text
        assert dialog.save_button.isEnabled()
    assert dialog.names() == [] and _context_texts(window) == before

    # An action of the same name as one of the user's own is refused on Add, not overwritten.
    _fill(dialog, "abstract", "Write an abstract.")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_button.click()
    dialog.add_button.click()
    _fill(dialog, "abstract", "Something else.")
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as blocker:
        dialog.save_button.click()
    assert "already have an action named 'abstract'" in blocker.args[0]
    dialog.close()


def test_actions_added_elsewhere_show_up_when_the_window_reads_them_again(qtbot, window):
    from core.storage.user_actions import save_user_action

    flush_db(qtbot, window)
    save_user_action("abstract", "Write an abstract.", label="Write an abstract")  # e.g. inkstone-cli actions add
    with qtbot.waitSignal(window.user_actions.changed, timeout=30_000):
        window.user_actions.refresh()
    window.documents.current_tab().set_text(TEXT)
    assert "Write an abstract" in _context_texts(window)


def test_an_app_action_from_the_menu_runs_on_the_bundled_model(qtbot, make_window):
    window = make_window(max_tokens=0)  # the action's own longest answer applies
    window.show()
    dialog = _open(qtbot, window)
    _fill(dialog, "shout", "Rewrite the text in capital letters.", "Shout", 8)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_button.click()
    dialog.close()
    tab = window.documents.current_tab()
    tab.set_text(TEXT)
    select(tab, 0, len(TEXT))
    menu = window.documents.context_menu(tab)
    entry = next(a for a in menu.actions() if a.text() == "Shout")
    with qtbot.waitSignal(window.menus.chosen, timeout=5_000):
        entry.trigger()
    menu.deleteLater()
    session = window.flow.session
    assert session is not None and session.action == "shout"
    if session.running:
        with qtbot.waitSignal(session.ended, timeout=120_000):
            pass
    assert session.state == "done", session.error
    assert session.result.output.strip() and 0 < session.result.completion_tokens <= 8
    assert window.result_pane.proposal_text() == session.result.output
    flush_db(qtbot, window)


def test_a_stored_action_that_clashes_is_left_out_with_a_message(qtbot, window):
    from core.storage.db import get_db

    flush_db(qtbot, window)
    get_db().execute("INSERT INTO user_actions(name, label, prompt) VALUES ('summarize', 'Hijack', 'Do something else.')")
    with qtbot.waitSignal(window.user_actions.changed, timeout=30_000):
        window.user_actions.refresh()
    window.documents.current_tab().set_text(TEXT)
    texts = _context_texts(window)
    assert "Hijack" not in texts and "Summarize" in texts
    assert "your app action 'summarize' is left out" in window.message_bar.text
    assert window.menus.catalog.get("summarize").builtin
