"""One run of a writing action from the editor: request, target text, worker, result, outcome.

The session remembers *where* its answer belongs with a QTextCursor over the original selection;
Qt keeps that cursor in step with edits made while the model works, so accepting replaces the
right text even if the user kept typing elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QTextCursor

from desktop.workers import GeneratorWorker, WorkerManager

if TYPE_CHECKING:  # the engine is imported on first use, keeping start-up light
    from core.actions import ActionCatalog
    from core.engine import ActionRequest, ActionResult, Routed

RUNNING, DONE, CANCELLED, FAILED = "running", "done", "cancelled", "failed"


@dataclass
class Target:
    """Where the answer goes: ``cursor`` spans the original text (collapsed for Continue)."""

    tab: object  # DocumentTab
    cursor: QTextCursor
    original: str
    #: "selection", "document" (no selection) or "cursor" (Continue inserts at the cursor).
    scope: str

    def current_text(self) -> str:
        return self.cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")


class ActionSession(QObject):
    """Drives one :class:`~core.engine.ActionRun` in a worker and keeps its state for the UI."""

    routed = Signal(object)  # core.engine.Routed
    delta = Signal(str)
    restarted = Signal(object)  # core.engine.Restart: the text so far is dropped, a new answer follows
    progress = Signal(object)  # core.engine.Progress
    finished = Signal(object)  # ActionResult
    failed = Signal(str)
    ended = Signal()  # after finished or failed

    def __init__(self, request: ActionRequest, target: Target, label: str, pool=None, parent: QObject | None = None,
                 catalog: ActionCatalog | None = None):
        super().__init__(parent)
        self.request = request
        #: The actions to run from (None: the engine loads them, reading the database in the worker).
        self.catalog = catalog
        self.target = target
        self.label = label
        self.pool = pool
        self.state = RUNNING
        self.route: Routed | None = None
        self.result: ActionResult | None = None
        self.error: str | None = None
        self.parts: list[str] = []
        #: The history entry's id, filled in on the database thread once recorded.
        self.ticket: dict = {"id": None}
        #: What history says so far: pending, accepted, edited, discarded, cancelled, failed.
        self.outcome: str | None = None
        self.worker: GeneratorWorker | None = None

    @property
    def history_id(self) -> int | None:
        return self.ticket["id"]

    @property
    def action(self) -> str:
        return self.request.action

    @property
    def partial_text(self) -> str:
        return "".join(self.parts)

    def start(self, manager: WorkerManager) -> None:
        from core.engine import run_action

        request, pool, catalog = self.request, self.pool, self.catalog
        # The run is built in the worker: validation reads the model file and the router may
        # probe CUDA (importing torch on a GPU machine), neither of which belongs on the UI thread.
        self.worker = GeneratorWorker(
            factory=lambda: run_action(request, pool=pool, catalog=catalog),
            result=lambda run: run.result,
            cancel=lambda run: run.cancel(),
        )
        self.worker.yielded.connect(self._on_event)
        self.worker.finished.connect(self._on_finished)
        self.worker.errored.connect(self._on_error)
        manager.start(self.worker)

    def stop(self) -> None:
        if self.state == RUNNING and self.worker is not None:
            self.worker.stop()

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    @Slot(object)
    def _on_event(self, event) -> None:
        from core.engine import Delta, Progress, Restart, Routed

        if isinstance(event, Delta):
            self.parts.append(event.text)
            self.delta.emit(event.text)
        elif isinstance(event, Restart):
            self.parts.clear()
            self.restarted.emit(event)
        elif isinstance(event, Routed):
            self.route = event
            self.routed.emit(event)
        elif isinstance(event, Progress):
            self.progress.emit(event)

    @Slot(object)
    def _on_finished(self, result: ActionResult | None) -> None:
        self.result = result
        if result is None or result.finish_reason == "cancelled":
            self.state = CANCELLED
        else:
            self.state = DONE
        self.finished.emit(result)
        self.ended.emit()

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.error = message
        self.state = FAILED
        self.failed.emit(message)
        self.ended.emit()
