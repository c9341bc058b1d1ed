"""Run core generators off the UI thread.

A :class:`GeneratorWorker` is a QObject moved to its own QThread. It pulls items from a core
generator (an action run, a training loop), emits each one through ``yielded``, and ends with
``finished`` (the final value) or ``errored`` (a one-line message). Every result reaches the UI
thread through those queued signals; a worker never touches a widget.

Stop is cooperative: :meth:`GeneratorWorker.stop` sets a flag the worker checks before each
``next()`` and calls the generator's own cancel hook (``ActionRun.cancel``), which the backend's
stopping criteria read between two tokens.

Every started thread is tracked until it has finished, so the window can wait for them on close
and tests can assert that none is left running.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)

_NOT_SET = object()


def describe_error(exc: BaseException) -> str:
    """One line for the message bar: the core's own message, or the exception's type and text."""
    from core.errors import InkstoneError

    if isinstance(exc, InkstoneError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("workers", "out of memory; close other programs or choose a smaller model")
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class GeneratorWorker(QObject):
    """Pull items from ``factory()`` in a worker thread and emit them.

    Connect the signals to bound methods of objects that live on the UI thread: those calls are
    queued to the UI thread. PySide6 calls a lambda or plain function in the emitting (worker)
    thread, where it must not touch a widget.

    ``factory`` builds the iterable inside the worker thread (so slow setup such as loading a model
    happens off the UI thread too). ``result`` maps the iterable to the value ``finished`` carries
    once iteration ends (default: a generator's return value). ``cancel`` is called, from the
    thread that calls :meth:`stop`, to make the iterable stop between two items; it must be
    thread-safe.
    """

    yielded = Signal(object)
    finished = Signal(object)
    errored = Signal(str)

    def __init__(
        self,
        factory: Callable[[], Iterable[Any]],
        result: Callable[[Iterable[Any]], Any] | None = None,
        cancel: Callable[[Iterable[Any]], None] | None = None,
    ) -> None:
        super().__init__()
        self._factory = factory
        self._result = result
        self._cancel = cancel
        self._abort = threading.Event()
        self._lock = threading.Lock()
        self._source: Iterable[Any] | None = None
        self.thread_: QThread | None = None
        self.done = False

    @property
    def stopped(self) -> bool:
        return self._abort.is_set()

    def stop(self) -> None:
        """Ask the worker to stop (any thread); it stops between two items."""
        self._abort.set()
        with self._lock:
            source = self._source
        if source is not None and self._cancel is not None:
            try:
                self._cancel(source)
            except Exception:  # a failing cancel hook must not take the UI down
                log.exception("cancel hook failed")

    @Slot()
    def run(self) -> None:
        try:
            source = self._factory()
            with self._lock:
                self._source = source
            if self._abort.is_set() and self._cancel is not None:
                self._cancel(source)
            iterator = iter(source)
            value: Any = _NOT_SET
            while True:
                # Checked before each next(). With a cancel hook the source is told to stop and is
                # drained: it ends within an item and still closes its resources (an action run
                # releases its backend and fills in its result). Without one, the loop ends here.
                if self._abort.is_set() and self._cancel is None:
                    close = getattr(iterator, "close", None)
                    if close is not None:
                        close()
                    break
                try:
                    item = next(iterator)
                except StopIteration as stop:
                    value = stop.value
                    break
                self.yielded.emit(item)
            if self._result is not None:
                value = self._result(source)
            self.finished.emit(None if value is _NOT_SET else value)
        except Exception as exc:  # every failure becomes a message, never a traceback dialog
            log.exception("worker failed")
            self.errored.emit(describe_error(exc))
        finally:
            self.done = True


class WorkerManager(QObject):
    """Starts workers on their own threads and keeps them alive until their thread has ended."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[QThread, GeneratorWorker] = {}
        self._closed = False

    def start(self, worker: GeneratorWorker) -> GeneratorWorker:
        if self._closed:
            # Shutting down: a timer that fires late (e.g. the background model load) must not
            # start a thread nobody will wait for; Qt aborts when it is destroyed running.
            log.info("not starting a worker: the window is closing")
            return worker
        thread = QThread()
        thread.setObjectName(f"inkstone-worker-{id(worker):x}")
        worker.moveToThread(thread)
        worker.thread_ = thread
        thread.started.connect(worker.run)
        # The thread ends its event loop once the worker is done. Direct: quit() is thread-safe,
        # and a queued call would wait for the UI thread, which may be blocked in stop_all().
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.errored.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._reap)
        self._running[thread] = worker
        _ALL_RUNNING.add(thread)
        thread.start()
        return worker

    @Slot()
    def _reap(self) -> None:
        for thread in [t for t in self._running if t.isFinished()]:
            thread.wait()
            self._running.pop(thread, None)
            _ALL_RUNNING.discard(thread)

    @property
    def busy(self) -> bool:
        return any(not t.isFinished() for t in self._running)

    def stop_all(self) -> None:
        """Stop every worker and wait until their threads have ended.

        There is no time limit: a thread cannot be killed safely, and destroying a running
        QThread aborts the process. Stop reaches generation and training between two steps; a
        model load in progress is waited for."""
        self._closed = True
        for worker in list(self._running.values()):
            worker.stop()
        for thread in list(self._running):
            thread.wait()
        self._reap()


# Every thread any manager started and has not yet reaped (tests check it is empty).
_ALL_RUNNING: set[QThread] = set()


def running_threads() -> list[QThread]:
    """Worker threads started and not yet reaped."""
    return list(_ALL_RUNNING)
