"""One long-lived worker thread for database work (history, datasets, adapters).

The first database call imports sqlite-utils and opens the file, and a write can wait for another
process's write; neither may happen on the UI thread. Calls run one after another in submission
order on this thread (with its own connection, as the core requires), and each result comes back
to the UI thread through a queued signal to the callback given with it. The thread starts shortly
after the event loop does, once the window is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.workers import _ALL_RUNNING, describe_error

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None


class _Runner(QObject):
    done = Signal(object, object)  # (callback, value)
    failed = Signal(object, str)  # (callback, message)

    @Slot(object)
    def run(self, job) -> None:
        fn, on_done, on_error = job
        try:
            value = fn()
        except Exception as exc:  # every failure becomes a message for the UI
            log.exception("background call failed")
            self.failed.emit(on_error, describe_error(exc))
            return
        self.done.emit(on_done, value)

    @Slot()
    def close(self) -> None:
        try:
            from core.storage.db import close_db

            close_db()
        except Exception:  # closing is best-effort
            log.exception("closing the database failed")
        # Queued behind every submitted call, so the thread ends only once they have all run.
        QThread.currentThread().quit()


class BackgroundCalls(QObject):
    """``submit(fn, on_done, on_error)`` runs ``fn()`` on the database thread."""

    _submit = Signal(object)
    _close = Signal()
    idle = Signal()  # every submitted call has reported back
    error = Signal(str)  # a call failed and had no error callback

    #: The thread starts this long after the event loop does, so that importing sqlite-utils and
    #: opening the database never compete with showing the window; calls submitted before wait.
    START_DELAY_MS = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("inkstone-database")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._close.connect(self._runner.close)
        self._runner.done.connect(self._deliver)
        self._runner.failed.connect(self._deliver_error)
        self.pending = 0
        self._stopped = False
        self._started = False
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(self.START_DELAY_MS)
        self._start_timer.timeout.connect(self._start)
        # Counted from the event loop's first turn, not from here: a slow start-up would eat it.
        QTimer.singleShot(0, self._start_timer, self._start_timer.start)

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        _ALL_RUNNING.add(self._thread)
        self._thread.start()

    def submit(self, fn: Callable[[], Any], on_done: Callback = None, on_error: Callback = None) -> None:
        if self._stopped:
            return
        self.pending += 1
        self._submit.emit((fn, on_done, on_error))

    @Slot(object, object)
    def _deliver(self, callback, value) -> None:
        self.pending -= 1
        try:
            if callback is not None:
                callback(value)
        finally:
            if self.pending == 0:
                self.idle.emit()

    @Slot(object, str)
    def _deliver_error(self, callback, message: str) -> None:
        self.pending -= 1
        try:
            if callback is not None:
                callback(message)
            else:
                self.error.emit(message)
        finally:
            if self.pending == 0:
                self.idle.emit()

    def stop(self, wait_ms: int = 30_000) -> None:
        """Finish the queued calls, close the thread's connection and end the thread."""
        if self._stopped:
            return
        self._stopped = True
        self._start_timer.stop()
        self._start()  # calls submitted before the thread started still run
        self._close.emit()
        self._thread.wait(wait_ms)
        _ALL_RUNNING.discard(self._thread)
