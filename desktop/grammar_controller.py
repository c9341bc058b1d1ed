"""The app's spelling and grammar checking: one checker thread, results, settings, highlighters.

:class:`GrammarController` runs :class:`core.grammar_service.CheckService` in a worker thread for
the window's life and keeps every result it sends back, by paragraph text, for all open
documents. Each document gets a :class:`~desktop.grammar_highlighter.ProblemHighlighter`
(:meth:`attach`); the context menu, the Check-document panel and the fast fix ask the controller
for the problems at a place or in a document.

Everything here runs on the UI thread except the service. Results arrive in batches; drawing
them again is spread over event-loop turns (a few milliseconds each), so a large document being
checked never holds the window up.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from core.grammar import CheckSettings, Problem, is_fence
from core.grammar_service import Checked, CheckService, JobDone, Ready
from desktop.grammar_highlighter import ProblemHighlighter, qt_span
from desktop.workers import GeneratorWorker, WorkerManager

log = logging.getLogger(__name__)

Key = tuple[str, bool]
#: Time the UI thread spends per event-loop turn drawing results again.
SLICE_SECONDS = 0.006
_MAX_RESULTS = 200_000


def _key(document: QTextDocument) -> int:
    """A document's identity while it exists: its C++ address (Python wrappers come and go)."""
    return shiboken6.getCppPointer(document)[0]


def same_document(a: QTextDocument | None, b: QTextDocument | None) -> bool:
    return a is not None and b is not None and _key(a) == _key(b)


class DocumentProblem:
    """A problem placed in a document: Qt positions of its span, its block, and the problem."""

    __slots__ = ("position", "end", "block_number", "problem")

    def __init__(self, position: int, end: int, block_number: int, problem: Problem) -> None:
        self.position, self.end, self.block_number, self.problem = position, end, block_number, problem


class GrammarController(QObject):
    #: Results arrived or what is shown changed (ignore, dictionary); argument: the document
    #: concerned, or None for all.
    changed = Signal(object)
    settings_changed = Signal(object)  # CheckSettings
    ready = Signal()  # the checker is built (rules known)
    message = Signal(str, str)  # (text, kind: "info", "warning" or "error"), as MessageBar.show_message takes

    def __init__(self, workers: WorkerManager, submit_db: Callable | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        #: ``submit_db(fn, on_done, on_error)`` runs ``fn`` on the database thread.
        self._submit_db = submit_db
        self.settings = CheckSettings()
        self.loaded = False  # settings read from the database
        self.rules: dict = {}
        self.service = CheckService(self.settings)
        self.epoch = 0
        self._worker: GeneratorWorker | None = None
        self._results: OrderedDict[Key, tuple[Problem, ...]] = OrderedDict()
        self._highlighters: dict[int, ProblemHighlighter] = {}  # the document's C++ address -> highlighter
        self._jobs: dict[int, tuple[Callable, Callable]] = {}
        # What to draw again: a block (a cursor on it), or a whole document from block number N on.
        self._redraw: deque[tuple[ProblemHighlighter, QTextCursor | int]] = deque()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._redraw_slice)
        self._changed_docs: set[int] = set()
        #: Problems the writer chose to ignore this session: (rule, flagged text).
        self.ignored: set[tuple[str, str]] = set()
        #: Words added to the dictionary this session: hidden at once, before the re-check.
        self._accepted_words: set[str] = set()
        self._last_hold = 0.0

    # -- lifetime ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the checker thread (idempotent)."""
        if self._worker is not None:
            return
        service = self.service

        worker = GeneratorWorker(factory=service.run, cancel=lambda _run: service.stop())
        worker.yielded.connect(self._on_event)
        worker.errored.connect(self._on_error)
        self._worker = worker
        self.workers.start(worker)

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def load_settings(self) -> None:
        """Read the settings and the personal dictionary on the database thread, then start."""
        def work():
            from core.storage.dictionary import load_check_settings

            return load_check_settings()

        if self._submit_db is None:
            self.set_settings(self.settings)
            return
        self._submit_db(work, self.set_settings, self._settings_failed)

    def _settings_failed(self, message: str) -> None:
        self.message.emit(self.tr("Spelling settings could not be read: {reason}").format(reason=message), "warning")
        self.set_settings(self.settings)

    # -- settings -------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether underlines are drawn (checking as you type is on)."""
        return self.settings.enabled and self.loaded

    def set_settings(self, settings: CheckSettings) -> None:
        """Use ``settings`` (as read or saved); re-check everything when the checking changed."""
        first = not self.loaded
        old, self.settings, self.loaded = self.settings, settings, True
        if first or replace(old, enabled=True) != replace(settings, enabled=True):
            self.epoch = self.service.configure(settings)
            self._results.clear()
            self._accepted_words.clear()
            for highlighter in list(self._highlighters.values()):
                highlighter.forget()
        elif not settings.enabled and old.enabled:
            self.service.clear()  # nothing is underlined now: what was waiting need not be checked
            for highlighter in list(self._highlighters.values()):
                highlighter.forget()
        self.start()
        if first or old != settings:
            for highlighter in list(self._highlighters.values()):
                self.redraw(highlighter)
            self.settings_changed.emit(settings)
            self.changed.emit(None)

    def save_settings(self, settings: CheckSettings, removed_words: list[str] = ()) -> None:
        """Store ``settings`` (and drop ``removed_words`` from the dictionary), then apply them."""
        settings = settings.check()

        def work():
            from core.storage.dictionary import load_check_settings, remove_words, save_check_settings

            if removed_words:
                remove_words(removed_words)
            save_check_settings(settings)
            return load_check_settings()

        if self._submit_db is None:
            self.set_settings(replace(settings, words=tuple(w for w in settings.words if w not in removed_words)))
            return
        self._submit_db(work, self.set_settings, self._save_failed)

    def _save_failed(self, message: str) -> None:
        self.message.emit(self.tr("Spelling settings were not saved: {reason}").format(reason=message), "error")

    # -- documents --------------------------------------------------------------------------------

    def attach(self, document: QTextDocument, markdown: bool = False, visible_blocks=None) -> ProblemHighlighter:
        """Underline problems in ``document`` from now on; returns its highlighter."""
        existing = self._highlighters.get(_key(document))
        if existing is not None:
            existing.set_markdown(markdown)
            return existing
        highlighter = ProblemHighlighter(self, document, markdown, visible_blocks)
        self._highlighters[_key(document)] = highlighter
        document.destroyed.connect(lambda _obj=None, key=_key(document): self._forget_document(key))
        return highlighter

    def _forget_document(self, key: int) -> None:
        """A document was closed: drop its highlighter, and the paragraphs only it was waiting for."""
        highlighter = self._highlighters.pop(key, None)
        if highlighter is None:
            return
        wanted = set(highlighter.wanted())
        for other in self._highlighters.values():
            wanted.difference_update(other.wanted())
        self.service.withdraw(wanted)

    def detach(self, document: QTextDocument) -> None:
        highlighter = self._highlighters.pop(_key(document), None)
        if highlighter is not None:
            highlighter.forget()
            highlighter.setDocument(None)
            highlighter.deleteLater()

    def highlighter(self, document: QTextDocument) -> ProblemHighlighter | None:
        return self._highlighters.get(_key(document))

    # -- results ------------------------------------------------------------------------------------

    def lookup(self, key: Key) -> tuple[Problem, ...] | None:
        return self._results.get(key)

    def visible(self, problem: Problem) -> bool:
        """Whether ``problem`` is shown (not ignored, not a word just added to the dictionary)."""
        if (problem.rule, problem.text) in self.ignored:
            return False
        return not (problem.kind == "spelling" and problem.text in self._accepted_words)

    @property
    def busy(self) -> bool:
        """Whether paragraphs are still waiting to be checked or drawn."""
        return bool(self._redraw) or self.service.pending > 0 or any(h.waiting() for h in self._highlighters.values())

    def typing(self) -> None:
        """The writer is typing: whole-document checking waits (the window gets the cores)."""
        now = time.monotonic()
        if now - self._last_hold > 0.2:  # at most a few calls per second reach the service's lock
            self._last_hold = now
            self.service.hold()

    def request(self, keys: list[Key], urgent: bool = False, first: bool = False) -> None:
        """Have ``keys`` checked: ``urgent`` (being typed) or ``first`` (on screen) or after the rest."""
        if keys:
            self.service.submit(keys, urgent=urgent, first=first)

    @Slot(object)
    def _on_event(self, event) -> None:
        if isinstance(event, Checked):
            if event.epoch != self.epoch:
                return
            highlighters = list(self._highlighters.values())
            for key, problems in event.results:
                self._results[key] = problems
                for highlighter in highlighters:
                    for block in highlighter.deliver(key, problems):
                        self._redraw.append((highlighter, QTextCursor(block)))
            while len(self._results) > _MAX_RESULTS:
                self._results.popitem(last=False)
            self._changed_docs.update(_key(h.document()) for h in highlighters)
            self._redraw_timer.start()
        elif isinstance(event, Ready):
            self.rules = event.rules
            self.ready.emit()
        elif isinstance(event, JobDone):
            callbacks = self._jobs.pop(event.ticket, None)
            if callbacks is None:
                return
            on_done, on_error = callbacks
            if event.error is None:
                on_done(event.value)
            else:
                from desktop.workers import describe_error

                on_error(describe_error(event.error))

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self._worker = None
        for _done, on_error in self._jobs.values():
            on_error(message)
        self._jobs.clear()
        self.message.emit(self.tr("The spelling and grammar checker stopped: {reason}").format(reason=message), "error")

    def redraw(self, highlighter: ProblemHighlighter, block: QTextBlock | None = None) -> None:
        """Draw ``block`` (default: every block) of ``highlighter``'s document again, in slices."""
        self._redraw.append((highlighter, QTextCursor(block) if block is not None else 0))
        self._redraw_timer.start()

    def _redraw_slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._redraw and time.perf_counter() < deadline:
            highlighter, where = self._redraw.popleft()
            if not shiboken6.isValid(highlighter):
                continue  # its document was closed
            document = highlighter.document()
            if document is None or self._highlighters.get(_key(document)) is not highlighter:
                continue  # detached
            if isinstance(where, int):  # a whole document, from block number ``where`` on
                block = document.findBlockByNumber(where)
                while block.isValid() and time.perf_counter() < deadline:
                    highlighter.rehighlightBlock(block)
                    block = block.next()
                if block.isValid():
                    self._redraw.appendleft((highlighter, block.blockNumber()))
                self._changed_docs.add(_key(document))
                continue
            block = where.block()
            if block.isValid():
                highlighter.rehighlightBlock(block)
        if self._redraw:
            self._redraw_timer.start()
        elif self._changed_docs:
            docs, self._changed_docs = self._changed_docs, set()
            for doc_id in docs:
                highlighter = self._highlighters.get(doc_id)
                if highlighter is not None and shiboken6.isValid(highlighter):
                    self.changed.emit(highlighter.document())

    def _redraw_matching(self, wanted: Callable[[Problem], bool]) -> None:
        """Draw again the blocks (of every document) holding a problem ``wanted`` selects."""
        for highlighter in list(self._highlighters.values()):
            block = highlighter.document().firstBlock()
            markdown = highlighter.markdown
            while block.isValid():
                problems = self._results.get((block.text(), markdown))
                if problems and any(wanted(p) for p in problems):
                    self._redraw.append((highlighter, QTextCursor(block)))
                block = block.next()
            self._changed_docs.add(_key(highlighter.document()))
        self._redraw_timer.start()

    # -- problems in a document ---------------------------------------------------------------------

    def problems_in(self, document: QTextDocument) -> tuple[list[DocumentProblem], int]:
        """Every shown problem of ``document`` in order, and how many paragraphs are unchecked."""
        highlighter = self._highlighters.get(_key(document))
        markdown = highlighter.markdown if highlighter else False
        found: list[DocumentProblem] = []
        unchecked = 0
        inside = False
        block = document.firstBlock()
        visible = self.visible
        while block.isValid():
            text = block.text()
            if markdown and is_fence(text):
                inside = not inside
            elif not inside and text.strip():
                problems = self._results.get((text, markdown))
                if problems is None:
                    unchecked += 1
                else:
                    base = block.position()
                    for problem in problems:
                        if visible(problem):
                            start, length = qt_span(text, problem)
                            found.append(DocumentProblem(base + start, base + start + length, block.blockNumber(), problem))
            block = block.next()
        return found, unchecked

    def problem_at(self, document: QTextDocument, position: int) -> DocumentProblem | None:
        """The shown problem whose span holds ``position`` (a Qt position), if any."""
        block = document.findBlock(position)
        if not block.isValid():
            return None
        highlighter = self._highlighters.get(_key(document))
        text = block.text()
        problems = self._results.get((text, highlighter.markdown if highlighter else False)) or ()
        base = block.position()
        for problem in problems:
            if not self.visible(problem):
                continue
            start, length = qt_span(text, problem)
            if base + start <= position <= base + start + length:
                return DocumentProblem(base + start, base + start + length, block.blockNumber(), problem)
        return None

    # -- what the writer does with a problem ------------------------------------------------------

    def replace(self, document: QTextDocument, placed: DocumentProblem, replacement: str, cursor: QTextCursor | None = None) -> bool:
        """Put ``replacement`` in place of ``placed``'s text, if that text is still there. Joins
        the edit block ``cursor`` is in, if given; else it is an undo step of its own."""
        check = QTextCursor(document)
        check.setPosition(placed.position)
        check.setPosition(placed.end, QTextCursor.MoveMode.KeepAnchor)
        if check.selectedText() != placed.problem.text:
            return False
        if cursor is None:
            check.beginEditBlock()
            check.insertText(replacement)
            check.endEditBlock()
        else:
            check.insertText(replacement)
        return True

    def fix_all(self, document: QTextDocument, placed: list[DocumentProblem]) -> int:
        """Apply the first suggestion of each problem (overlaps skipped) as one undo step;
        returns how many were fixed."""
        chosen, end = [], -1
        for item in sorted(placed, key=lambda d: (d.position, d.end)):
            if item.problem.suggestions and item.position >= end:
                chosen.append(item)
                end = item.end
        if not chosen:
            return 0
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        fixed = 0
        for item in reversed(chosen):  # from the end: earlier positions stay valid
            fixed += self.replace(document, item, item.problem.suggestions[0], cursor)
        cursor.endEditBlock()
        return fixed

    def ignore(self, problem: Problem) -> None:
        """Stop showing this problem (same rule, same text) in every document, this session."""
        key = (problem.rule, problem.text)
        self.ignored.add(key)
        self._redraw_matching(lambda p: (p.rule, p.text) == key)

    def add_word(self, word: str) -> None:
        """Add ``word`` to the personal dictionary (the database, shared with the CLI)."""
        self._accepted_words.add(word)
        self._redraw_matching(lambda p: p.kind == "spelling" and p.text == word)
        self.service.call(lambda checker: checker.add_words([word]))
        self.settings = replace(self.settings, words=tuple(dict.fromkeys((*self.settings.words, word))))

        def work():
            from core.storage.dictionary import add_words

            return add_words([word])

        def failed(message: str) -> None:
            self.message.emit(self.tr("{word} was not added to the dictionary: {reason}").format(word=word, reason=message), "error")

        if self._submit_db is not None:
            self._submit_db(work, None, failed)

    # -- jobs on the checker's thread ------------------------------------------------------------

    def call(self, fn: Callable, on_done: Callable, on_error: Callable) -> int:
        """Run ``fn(checker)`` on the checker's thread; ``on_done(value)`` or ``on_error(message)``
        on the UI thread."""
        ticket = self.service.call(fn)
        self._jobs[ticket] = (on_done, on_error)
        self.start()
        return ticket
