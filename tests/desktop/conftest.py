"""Fixtures for the desktop tests: a main window on the shared model pool, and a check that no
worker thread outlives its test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest.importorskip("PySide6.QtWidgets")
pytest.importorskip("pytestqt")


@pytest.fixture(scope="session", autouse=True)
def llama_threads():
    """One llama.cpp thread unless INKSTONE_THREADS says otherwise: the test machines are shared,
    and two spinning llama.cpp threads on two busy cores slow generation ten-fold."""
    previous = os.environ.get("INKSTONE_THREADS")
    os.environ.setdefault("INKSTONE_THREADS", "1")
    yield os.environ["INKSTONE_THREADS"]
    if previous is None:
        os.environ.pop("INKSTONE_THREADS", None)


@pytest.fixture(autouse=True)
def no_running_worker_threads(qtbot):
    """Fail a test that leaves a worker QThread running (napari's _dangling_qthreads idea).

    QThreads are not in ``threading.enumerate()``, so the top-level check cannot see them."""
    yield
    from desktop.workers import running_threads

    try:
        qtbot.waitUntil(lambda: not running_threads(), timeout=15_000)
    except AssertionError:
        names = [t.objectName() for t in running_threads()]
        pytest.fail(f"test left worker threads running: {names}")


@pytest.fixture
def make_window(qtbot, shared_pool):
    """Build main windows that use the session's model pool and never ask modal questions."""
    from desktop.main_window import MainWindow
    from desktop.preferences import Preferences

    windows = []

    def make(**kwargs):
        kwargs.setdefault("pool", shared_pool)
        kwargs.setdefault("preload", False)
        kwargs.setdefault("check_recovery", False)
        prefs = kwargs.pop("prefs", None) or Preferences()
        prefs.temperature = 0.0
        prefs.max_tokens = kwargs.pop("max_tokens", 24)
        window = MainWindow(prefs=prefs, **kwargs)
        window.documents.ask_save = lambda tab: "discard"
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()


@pytest.fixture
def window(make_window):
    win = make_window()
    win.show()
    return win


def select(tab, start: int, end: int) -> None:
    """Select characters ``start``..``end`` of ``tab``'s text."""
    from PySide6.QtGui import QTextCursor

    cursor = tab.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)


def run_and_wait(qtbot, window, action: str, options: dict | None = None, timeout: int = 120_000):
    """Start ``action`` and wait for its session to finish or fail; return the session."""
    session = window.flow.run(action, options or {}, "")
    assert session is not None, window.message_bar.text
    if session.running:
        with qtbot.waitSignal(session.ended, timeout=timeout):
            pass
    return session


def flush_db(qtbot, window, timeout: int = 30_000) -> None:
    """Wait until every call queued on the window's database thread has reported back."""
    if window.db.pending:
        with qtbot.waitSignal(window.db.idle, timeout=timeout):
            pass
