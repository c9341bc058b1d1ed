"""The app with broken settings files and unexpected errors (issue #17): it starts on its
built-ins, says why in the message bar, and an unexpected error reaches the bar too."""

from __future__ import annotations

import stat
import sys


def test_an_unexpected_error_reaches_the_message_bar(window, monkeypatch):
    from desktop.app import _route_uncaught_errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    _route_uncaught_errors(window)
    sys.excepthook(ValueError, ValueError("something odd"), None)
    assert "Something went wrong: ValueError: something odd" in window.message_bar.text


def test_the_app_starts_with_the_built_in_actions_when_actions_toml_is_not_text(make_window, inkstone_home):
    (inkstone_home / "actions.toml").write_bytes(b"[actions.caf\xe9]\ninstruction = 1\n")
    window = make_window()
    window.show()
    assert "is not UTF-8 text" in window.message_bar.text
    assert {"summarize", "translate", "rewrite", "continue"} <= set(window.menus.catalog.actions)


def test_the_app_says_what_is_wrong_in_models_json(make_window, inkstone_home):
    from desktop.settings_problems import show_settings_problems

    (inkstone_home / "models.json").write_text('{"models": 5}', encoding="utf-8")
    window = make_window()
    window.show()
    window.message_bar.dismiss()
    shown = show_settings_problems(window)
    assert shown and '"models" entry is a number' in window.message_bar.text


def test_recovery_files_are_private(make_window, inkstone_home):
    from desktop.autosave import RecoveryStore, Snapshot

    store = RecoveryStore()
    store.save(Snapshot("tab-1", "my unsaved text"))
    saved = next(store.folder.glob("*.json"))
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    store.close()
