"""The app as a whole: launch with a file, start-up time, the model loading in the background, the
Qt binding, preferences, UI language."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _launch(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", "--measure-startup", *args],
        capture_output=True, text=True, env=env, cwd=str(REPO), timeout=120,
    )


def test_inkstone_path_opens_the_file_and_shows_the_window_quickly(tmp_path):
    doc = tmp_path / "chapter.md"
    doc.write_text("# Chapter one\n\nIt was a dark and stormy night.", encoding="utf-8")
    _launch(str(doc))  # warm the file cache and bytecode, as any second start would be
    bare = subprocess.run(
        [sys.executable, "-c", "import time; t = time.perf_counter();"
         "from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication([]); w = QMainWindow(); w.show();"
         "app.processEvents(); print(time.perf_counter() - t)"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )
    started = time.perf_counter()
    result = _launch(str(doc))
    wall = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    shown = float(re.search(r"window shown ([\d.]+) s", result.stdout).group(1))
    assert "title 'Inkstone — chapter.md[*]'" in result.stdout
    # Neither the model runtime nor torch is imported before the window is up.
    assert "heavy modules loaded: none" in result.stdout, result.stdout
    baseline = float(bare.stdout.strip() or "nan")
    print(f"\nstart-up: window shown {shown:.2f} s after process start (bare PySide6 window: {baseline:.2f} s of "
          f"imports and setup; process wall time {wall:.2f} s)")
    assert shown < 5.0  # the goal is 1.5 s on an idle 2-core machine; shared CI machines are noisier


def test_the_window_shows_a_loading_state_then_the_model(qtbot, make_window):
    window = make_window(preload=True)
    window.show()
    qtbot.waitUntil(lambda: window.model.loader is not None, timeout=5_000)  # started right after the window shows
    assert "Loading model" in window.status.model_label.text() or window.model.loader.done
    # The window's own slots run on the UI thread after the worker's signal; wait for their effect.
    qtbot.waitUntil(lambda: window.model.state is not None, timeout=120_000)
    assert window.model.state is not None and window.model.state.stage == "loaded"
    assert "llama.cpp" in window.status.model_label.text() and "cpu" in window.status.model_label.text()


def test_a_model_that_cannot_load_is_reported_in_the_window(qtbot, make_window):
    from desktop.preferences import Preferences

    prefs = Preferences()
    prefs.model = "/nowhere/missing.gguf"
    window = make_window(prefs=prefs, preload=True)
    qtbot.waitUntil(lambda: window.model.loader is not None, timeout=5_000)
    qtbot.waitUntil(lambda: "could not be loaded" in window.message_bar.text, timeout=60_000)
    assert "could not be loaded" in window.message_bar.text and "not found" in window.message_bar.text
    assert window.status.model_label.text() == "Model not loaded"


def test_qt_binding_keeps_reference_counts():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; a long session
    then aborts with "deallocating None". Catch such a binding before users do."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) - before > -100, "this PySide6 build loses references; install PySide6<6.12 on Python 3.11"
    from desktop.app import binding_problem

    assert binding_problem() is None


def test_missing_x11_libraries_give_install_instructions(monkeypatch):
    from desktop import app

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    import ctypes

    def missing(name, *args, **kwargs):
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    message = app._platform_problem()
    assert "libxcb-cursor0" in message and "apt-get install" in message


def test_preferences_dialog_shows_the_route_and_saves_values(qtbot, window):
    from desktop.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "llama.cpp" in dialog.route_label.text(), timeout=30_000)
    assert "cpu" in dialog.route_label.text()
    assert dialog.model_combo.count() >= 1 and "built in" in dialog.model_combo.itemText(0)
    temperature = dialog.decoding.boxes["temperature"]
    assert temperature.value() == 0.0  # the test window's greedy preference
    temperature.setValue(temperature.minimum())
    assert temperature.text() == "Automatic (suits the action and model)" and dialog.decoding.values()["temperature"] is None
    temperature.setValue(0.3)
    dialog.threads.setValue(1)
    dialog.history_box.setChecked(False)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    assert (dialog.versions_per_document.value(), dialog.versions_total_mb.value()) == (50, 500)  # the defaults
    dialog.versions_per_document.setValue(7)
    dialog.versions_total_mb.setValue(20)
    changed = dialog.apply()
    assert {"temperature", "threads", "history", "language", "versions_per_document", "versions_total_mb"} <= changed
    assert window.prefs.temperature == 0.3 and window.prefs.threads == 1 and window.prefs.language == "zh_CN"
    assert window.versions.limits().per_document == 7 and window.versions.limits().total_bytes == 20 * 2**20
    from core.storage.settings import history_enabled

    assert history_enabled() is False
    window.prefs.threads = 0


def test_adding_a_bad_model_file_is_refused_with_a_message(qtbot, window, tmp_path):
    from desktop.settings_dialog import SettingsDialog

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 20)
    dialog = SettingsDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    messages = []
    dialog.message.connect(lambda text, kind: messages.append((kind, text)))
    with qtbot.waitSignal(dialog.message, timeout=30_000):
        dialog.add_model(str(bad))
    assert messages and messages[-1][0] == "error" and "Model not added" in messages[-1][1]


def test_chinese_interface(qtbot, make_window):
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_translators

    app = QApplication.instance()
    assert install_translators(app, "zh_CN") == "zh_CN"
    try:
        window = make_window()
        menus = [a.text() for a in window.menuBar().actions()]
        assert "文件(&F)" in menus and "助手(&A)" in menus, menus
        tab = window.documents.current_tab()
        tab.set_text("一些文字")
        menu = window.documents.context_menu(tab)
        texts = [a.text() for a in menu.actions()]
        assert "总结" in texts and "翻译" in texts and "改写" in texts and "续写" in texts, texts
        menu.deleteLater()
    finally:
        install_translators(app, "en")


def test_menus_and_preferences_follow_the_registries(qtbot, window, monkeypatch, tmp_path):
    """A style, a language or a backend is one edit: the menus and Preferences fill themselves
    from the action catalog and the backend registry."""
    import shutil

    from core.backends import base
    from core.paths import resources_dir
    from desktop.settings_dialog import SettingsDialog

    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    toml = resources / "actions.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'friendly = { label = "Friendly"', 'poetic = { label = "Poetic", text = "as a short poem" }\nfriendly = { label = "Friendly"'
    )
    toml.write_text(text + '\n[languages."Welsh (Cymraeg)"]\ncode = "cy"\nmenu = "Cymraeg"\nnames = ["cy", "welsh"]\n', encoding="utf-8")
    monkeypatch.setenv("INKSTONE_RESOURCES", str(resources))
    window.menus.load()
    tab = window.documents.current_tab()
    tab.set_text("Some words.")
    menu = window.documents.context_menu(tab)
    submenus = {a.text(): a.menu() for a in menu.actions() if a.menu() is not None}
    assert "Poetic" in [a.text() for a in submenus["Rewrite"].actions()]
    assert "Cymraeg" in [a.text() for a in submenus["Translate"].actions()]
    menu.deleteLater()

    base.register_backend("test-engine", ("gguf",), lambda: None, "Test engine on the CPU")
    try:
        dialog = SettingsDialog(window.prefs, window)
        qtbot.addWidget(dialog)
        items = {dialog.backend_combo.itemData(i): dialog.backend_combo.itemText(i) for i in range(dialog.backend_combo.count())}
        assert items["test-engine"] == "Test engine on the CPU" and items["llama.cpp"] == "llama.cpp on the CPU"
        qtbot.waitUntil(lambda: dialog.route_label.text() != dialog.tr("Checking…"), timeout=30_000)
    finally:
        base._REGISTRY.pop("test-engine")


def test_chinese_interface_shows_reasons_and_notes_in_chinese(qtbot, make_window):
    """The core hands over codes; the Chinese interface words them (the CLI keeps English)."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_translators
    from tests.desktop.conftest import run_and_wait

    app = QApplication.instance()
    assert install_translators(app, "zh_CN") == "zh_CN"
    try:
        window = make_window()
        window.show()
        window.documents.current_tab().set_text("村里的图书馆建于1952年，最初只有六百多本书。")
        session = run_and_wait(qtbot, window, "summarize", {"length": "short"})
        assert session.state == "done", session.error
        shown = window.result_pane.route_label.text()
        assert session.route.reason == "no CUDA device"  # what the core said, in English
        assert "没有 CUDA 设备" in shown and "no CUDA device" not in shown, shown
        from core.notes import note
        from desktop.note_texts import note_text

        worded = note_text(note("long_input_parts", "the text is longer than the model's context: processed in {parts} parts", parts=3))
        assert worded == "文本超过模型的上下文长度：分 3 部分处理"
    finally:
        install_translators(app, "en")


def test_preferences_give_an_action_its_own_model_and_decoding(qtbot, window, bundled_model_path):
    """Preferences ▸ Actions writes the same per-action settings the CLI uses."""
    from core.models import add_model
    from core.storage.action_settings import get_action_settings
    from desktop.settings_dialog import SettingsDialog
    from tests.desktop.conftest import flush_db

    add_model(bundled_model_path, name="tiny")
    dialog = SettingsDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    page = dialog.actions_page
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    page.select_action("translate")
    page.model_combo.setCurrentIndex(page.model_combo.findData("tiny"))
    page.decoding.boxes["temperature"].setValue(0.1)
    page.select_action("summarize")  # the edits of the action shown before are kept
    page.adapter_combo.setCurrentIndex(page.adapter_combo.findData("none"))
    assert {"action:translate", "action:summarize"} <= dialog.apply()
    flush_db(qtbot, window)
    assert get_action_settings("translate") == {"model": "tiny", "temperature": 0.1}
    assert get_action_settings("summarize") == {"adapter": "none"}
    qtbot.waitUntil(lambda: dialog.route_label.text() != dialog.tr("Checking…"), timeout=30_000)
