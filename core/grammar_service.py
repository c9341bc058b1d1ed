"""Checking as the writer types: a queue of lines in front of one :class:`~core.grammar.Checker`.

The desktop runs :meth:`CheckService.run` (a generator) in a worker thread for the window's
life. The UI thread hands it lines with :meth:`CheckService.submit` (the paragraph being typed as
``urgent``; a newly opened document's in the background, those on screen first) and receives
:class:`Checked`
batches of results through the worker's signal. Harper releases Python's interpreter lock while
it lints, so the window keeps running meanwhile.

Lines are keys ``(text, markdown)``: a result belongs to any paragraph with that text, wherever
it is now. :meth:`CheckService.configure` (new dialect, rules or words) bumps ``epoch``;
results of an older epoch are stale.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from core.grammar import Checker, CheckSettings, Problem

Line = tuple[str, bool]  # (text, markdown)

#: Results are handed over at least this often while a long queue is worked through, so the
#: first underlines of a big document appear at once and urgent lines are never stuck behind it.
BATCH_SECONDS = 0.05
BATCH_LINES = 500
#: Background lines wait this long after the writer's last keystroke (:meth:`CheckService.hold`):
#: on a small machine, checking a whole document competes with the window for the cores.
HOLD_SECONDS = 1.0


@dataclass(frozen=True)
class Checked:
    """Problems of some lines, checked under settings ``epoch``; ``remaining``: lines queued."""

    epoch: int
    results: tuple[tuple[Line, tuple[Problem, ...]], ...]
    remaining: int


@dataclass(frozen=True)
class Ready:
    """The checker is built (``rules``: every rule, as :meth:`Checker.rules` gives them)."""

    epoch: int
    rules: dict


@dataclass(frozen=True)
class JobDone:
    """A :meth:`CheckService.call` finished: its ``value``, or ``error`` (an exception)."""

    ticket: int
    value: Any = None
    error: BaseException | None = None


class CheckService:
    """Queues of lines (urgent first) and jobs, served by one checker on the thread that
    iterates :meth:`run`. Every other method may be called from any thread."""

    def __init__(self, settings: CheckSettings | None = None) -> None:
        self._settings = settings or CheckSettings()
        self._lock = threading.Condition()
        self._urgent: deque[Line] = deque()
        self._background: deque[Line] = deque()
        self._queued: set[Line] = set()
        self._jobs: deque[tuple[int, Callable[[Checker], Any]]] = deque()
        self._new_settings: CheckSettings | None = None
        self._hold_until = 0.0  # time.monotonic() before which background lines wait
        self._stopped = False
        self._tickets = 0
        self.epoch = 0

    # -- from any thread ---------------------------------------------------------------------

    def submit(self, lines: Iterable[Line], urgent: bool = False, first: bool = False) -> None:
        """Queue ``lines`` for checking. ``urgent``: the paragraphs being typed, checked at once
        even while :meth:`hold` is on; ``first``: ahead of the other background lines (the
        paragraphs on screen). A line already queued moves up when asked for more urgently."""
        with self._lock:
            ahead = []
            for line in lines:
                if line in self._queued:
                    if not (urgent or first) or (line in self._urgent):
                        continue
                    try:
                        self._background.remove(line)
                    except ValueError:
                        continue
                self._queued.add(line)
                if urgent:
                    self._urgent.append(line)
                elif first:
                    ahead.append(line)
                else:
                    self._background.append(line)
            self._background.extendleft(reversed(ahead))  # in the order given
            self._lock.notify()

    def withdraw(self, lines: Iterable[Line]) -> None:
        """Forget queued ``lines`` nobody needs any more (their document was closed)."""
        with self._lock:
            gone = set(lines) & self._queued
            if gone:
                self._background = deque(line for line in self._background if line not in gone)
                self._urgent = deque(line for line in self._urgent if line not in gone)
                self._queued -= gone

    def clear(self) -> None:
        """Forget every queued line (checking was turned off)."""
        with self._lock:
            self._urgent.clear()
            self._background.clear()
            self._queued.clear()

    def configure(self, settings: CheckSettings) -> int:
        """Use ``settings`` from now on; drop the queue (its results would be stale). Returns
        the new epoch."""
        with self._lock:
            self._new_settings = settings.check()
            self.epoch += 1
            self._urgent.clear()
            self._background.clear()
            self._queued.clear()
            self._lock.notify()
            return self.epoch

    def call(self, fn: Callable[[Checker], Any]) -> int:
        """Run ``fn(checker)`` on the service's thread before any queued line; the result comes
        back as a :class:`JobDone` with the returned ticket."""
        with self._lock:
            self._tickets += 1
            self._jobs.append((self._tickets, fn))
            self._lock.notify()
            return self._tickets

    def hold(self, seconds: float = HOLD_SECONDS) -> None:
        """The writer is typing: check only urgent lines (the typed paragraph) for ``seconds``
        from now; background lines, those on screen included, wait."""
        with self._lock:
            self._hold_until = time.monotonic() + seconds

    def stop(self) -> None:
        """End :meth:`run` (between two lines)."""
        with self._lock:
            self._stopped = True
            self._lock.notify()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queued)

    # -- on the service's thread ---------------------------------------------------------------

    def run(self) -> Iterator[Checked | Ready | JobDone]:
        """Serve until :meth:`stop`. Builds the checker first (about a second, once per process)."""
        with self._lock:
            settings, epoch = self._settings, self.epoch
        checker = Checker(settings)
        try:
            yield Ready(epoch, checker.rules())
            while True:
                with self._lock:
                    while (delay := self._idle_for()) != 0:
                        self._lock.wait(delay)
                    if self._stopped:
                        return
                    settings, self._new_settings = self._new_settings, None
                    epoch = self.epoch
                    job = self._jobs.popleft() if self._jobs else None
                if settings is not None:
                    checker.configure(settings)
                    yield Ready(epoch, checker.rules())
                    continue
                if job is not None:
                    yield self._run_job(checker, *job)
                    continue
                batch = self._check_batch(checker, epoch)
                if batch is not None:
                    yield batch
        finally:
            checker.close()

    def _idle_for(self) -> float | None:
        """How long to wait before there is work (None: until notified); under the lock."""
        if self._stopped or self._jobs or self._new_settings or self._urgent:
            return 0
        if self._background:
            return max(0.0, self._hold_until - time.monotonic())
        return None

    @staticmethod
    def _run_job(checker: Checker, ticket: int, fn: Callable[[Checker], Any]) -> JobDone:
        try:
            return JobDone(ticket, fn(checker))
        except Exception as exc:  # the caller decides what the user sees
            return JobDone(ticket, error=exc)

    def _check_batch(self, checker: Checker, epoch: int) -> Checked | None:
        """Check queued lines for up to :data:`BATCH_SECONDS`; once an urgent line is done and no
        other is waiting, hand the batch over at once."""
        results: list[tuple[Line, tuple[Problem, ...]]] = []
        started = time.perf_counter()
        had_urgent = False
        while len(results) < BATCH_LINES:
            with self._lock:
                if self.epoch != epoch or self._stopped or self._jobs:
                    break
                if self._urgent:
                    line, had_urgent = self._urgent.popleft(), True
                elif self._background and not had_urgent and time.monotonic() >= self._hold_until:
                    line = self._background.popleft()
                else:
                    break
            results.append((line, checker.check_line(*line)))
            with self._lock:
                self._queued.discard(line)
            if time.perf_counter() - started > BATCH_SECONDS:
                break
        if not results:
            return None
        with self._lock:
            if self.epoch != epoch:
                return None
            remaining = len(self._queued)
        return Checked(epoch, tuple(results), remaining)
