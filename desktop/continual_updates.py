"""Continual learning in the app: offer to update the adapter in use once enough kept results wait,
and, when the user allows it, run the update while Inkstone is idle.

Entry point: :func:`install` (``install(window)``), after the main window is built. It needs from
the window only ``db`` (the database thread), ``message_bar``, ``panels.personalization`` (created
on first use), and ``flow``/``panels`` to tell whether something runs.
The count and the settings come from :mod:`core.training.continual`, as ``inkstone-cli adapters
status`` shows them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

#: How often the count is read (and the idle rule applied).
CHECK_INTERVAL_MS = 5 * 60 * 1000
#: No typing, clicking or scrolling for this long counts as idle.
IDLE_AFTER_S = 3 * 60

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}  # fmt: skip


class IdleWatch(QObject):
    """Seconds since the user last typed, clicked, moved the mouse or scrolled in any window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input


class ContinualUpdates(QObject):
    """Reads the update status now and then; offers the update once per adapter and count; starts
    it by itself when allowed and the app has been idle."""

    status_read = Signal(object)  # core.training.continual.UpdateStatus.to_dict()
    update_started = Signal()

    def __init__(
        self,
        db,
        start_update: Callable[[], bool],
        busy: Callable[[], bool],
        offer: Callable[[str, list], None],
        parent: QObject | None = None,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        idle_after_s: float = IDLE_AFTER_S,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._start_update = start_update
        self._busy = busy
        self._offer = offer
        self.idle_after_s = idle_after_s
        self.idle = IdleWatch(self)
        self.offered: tuple | None = None  # (adapter id, threshold) already offered
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Read the status on the database thread (also call it after a result is accepted)."""

        def work():
            from core.training.continual import status

            return status().to_dict()

        self.db.submit(work, self._on_status, lambda _message: None)  # a missed check is retried next time

    def _on_status(self, status: dict) -> None:
        self.status_read.emit(status)
        if not status.get("due") or self._busy():
            return
        adapter = status["adapter"]
        if status.get("when_idle") and self.idle.idle_seconds() >= self.idle_after_s:
            self.start()
            return
        key = (adapter["id"], status["threshold"])
        if self.offered == key:
            return  # offered once for this adapter; the Adapters tab keeps showing the count
        self.offered = key
        self._offer(
            self.tr("{name} can learn from the {count} results you kept since it was trained.").format(
                name=adapter["name"], count=status["new_examples"]
            ),
            [(self.tr("Update now"), self.start), (self.tr("Not now"), lambda: None)],
        )

    def start(self) -> None:
        if not self._busy() and self._start_update():
            self.update_started.emit()


def _busy(window) -> bool:
    if window.flow.running:
        return True
    panel = window.panels.built_personalization
    return panel is not None and panel.training.running


def install(window) -> ContinualUpdates:
    """Attach continual learning to the main window; returns the controller (kept on the window)."""
    controller = ContinualUpdates(
        window.db,
        start_update=lambda: window.panels.personalization.start_update(),
        busy=lambda: _busy(window),
        offer=window.message_bar.info,
        parent=window,
    )
    QTimer.singleShot(0, controller.check)
    window.continual_updates = controller
    return controller
