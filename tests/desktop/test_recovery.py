"""Crash recovery: unsaved text survives the process being killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_unsaved_text_is_restored_after_the_process_is_killed(qtbot, make_window, tmp_path, inkstone_home):
    doc = tmp_path / "story.md"
    doc.write_text("Saved beginning.", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INKSTONE_HOME": str(inkstone_home), "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_child.py")), str(doc)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(REPO), text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "autosaved", child.stderr.read() if child.poll() is not None else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert doc.read_text(encoding="utf-8") == "Saved beginning."  # nothing was saved over the file

    window = make_window(check_recovery=True)
    window.show()
    qtbot.waitUntil(lambda: "Restore" in window.message_bar.button_texts(), timeout=10_000)
    assert "ended unexpectedly (2" in window.message_bar.text
    window.message_bar.press("Restore")
    texts = {tab.display_name(): tab for tab in window.documents.document_tabs()}
    assert set(texts) >= {"story.md"}
    story = texts["story.md"]
    assert story.text() == "Saved beginning. Edited after opening."
    assert story.modified and story.path == doc
    drafts = [t for t in window.documents.document_tabs() if t.path is None]
    assert [t.text() for t in drafts] == ["Unsaved draft: 草稿 — never saved.\nSecond line."]
    # The old session's files are gone: the next start offers nothing.
    assert window.recovery.store.orphans() == []


def test_a_running_instance_is_not_offered_for_recovery(make_window):
    first = make_window()
    first.documents.current_tab().set_text("still being edited")
    first.recovery.autosave_all()
    second = make_window()
    assert second.recovery.store.orphans() == []


def test_clean_exit_leaves_nothing_to_recover(make_window):
    window = make_window()
    window.documents.current_tab().set_text("draft")
    window.recovery.autosave_all()
    assert list(window.recovery.store.folder.glob("*.json"))
    window.shutdown()
    assert not window.recovery.store.folder.exists()
