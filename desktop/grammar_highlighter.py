"""Wavy underlines under spelling and grammar problems, on any QTextDocument.

A :class:`ProblemHighlighter` is a QSyntaxHighlighter: Qt calls :meth:`highlightBlock` for each
paragraph (block) whose text changed, and only for those. The highlighter never checks text
itself: it looks the paragraph's text up in the controller's results and, on a miss, asks the
controller to have it checked off the UI thread; when the result arrives the controller calls
:meth:`deliver` and the paragraph is drawn again. It works on the plain editor's document and on a
rich-text one alike: the underline is layered over the text's own formats, never stored in them
(no undo step, no "modified").

While a paragraph is being edited its last problems stay drawn where their text is unchanged, so
the underlines do not flicker as the writer types; the paragraph is checked once typing pauses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from core.grammar import Problem, is_fence, utf16_len

if TYPE_CHECKING:
    from desktop.grammar_controller import GrammarController

Key = tuple[str, bool]

#: Typing: a paragraph is checked once the writer has paused this long.
TYPING_PAUSE_MS = 300
#: A change touching at most this many paragraphs counts as typing.
TYPING_LINES = 3
_IN_FENCE = 1  # block state: inside a Markdown code block

COLORS = {"spelling": "#d32f2f", "grammar": "#1e63c4", "style": "#8a8f98"}


def problem_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    style = QTextCharFormat.UnderlineStyle.DotLine if kind == "style" else QTextCharFormat.UnderlineStyle.WaveUnderline
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(COLORS.get(kind, COLORS["style"])))
    return fmt


def qt_span(text: str, problem: Problem) -> tuple[int, int]:
    """``problem``'s start and length in Qt's UTF-16 positions within ``text``."""
    if text.isascii():
        return problem.start, problem.end - problem.start
    start = utf16_len(text[: problem.start])
    return start, utf16_len(text[problem.start : problem.end])


def carried_over(old_text: str, problems: tuple[Problem, ...], text: str) -> list[Problem]:
    """The problems of ``old_text`` whose flagged text is still in place in ``text``: at the same
    offset (before the edit) or shifted by the change in length (after it)."""
    delta = len(text) - len(old_text)
    kept = []
    for p in problems:
        if text[p.start : p.end] == p.text:
            kept.append(p)
        elif delta and text[p.start + delta : p.end + delta] == p.text and p.start + delta >= 0:
            kept.append(p.shifted(delta))
    return kept


class ProblemHighlighter(QSyntaxHighlighter):
    """Underlines the problems the controller knows for each paragraph of ``document``."""

    def __init__(self, controller: GrammarController, document: QTextDocument, markdown: bool = False,
                 visible_blocks=None) -> None:
        super().__init__(document)
        self.controller = controller
        self.markdown = markdown
        #: () -> (first, last) block numbers on screen; checked first when a document opens.
        self.visible_blocks = visible_blocks
        self._formats = {kind: problem_format(kind) for kind in COLORS}
        self._pending: dict[Key, list[QTextCursor]] = {}
        # Paragraphs wanted since the last flush: block fragment index -> its latest text's key.
        self._fresh: dict[int, Key] = {}
        # Last problems drawn per block (by the block's fragment index, which survives edits).
        self._last: dict[int, tuple[str, tuple[Problem, ...]]] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._flush)
        self._due = 0  # 0: no flush due, 1: after the typing pause, 2: at once

    # -- Qt's callback -----------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        # Called for every block of a document as it opens: keep the path of a miss short.
        if self.markdown:
            inside = self.previousBlockState() == _IN_FENCE
            if is_fence(text):
                self.setCurrentBlockState(0 if inside else _IN_FENCE)
                return
            self.setCurrentBlockState(_IN_FENCE if inside else 0)
            if inside:
                return
        if not text or not self.controller.active or text.isspace():
            if self._last:
                self._last.pop(self.currentBlock().fragmentIndex(), None)
            return
        block = self.currentBlock()
        fragment = block.fragmentIndex()
        key = (text, self.markdown)
        problems = self.controller.lookup(key)
        if problems is None:
            self._want(key, block, fragment)
            last = self._last.get(fragment)
            if last is None:
                return
            shown = carried_over(last[0], last[1], text)
        else:
            if problems:
                self._last[fragment] = (text, problems)
            elif self._last:
                self._last.pop(fragment, None)
            shown = problems
        visible = self.controller.visible
        for problem in shown:
            if visible(problem):
                start, length = qt_span(text, problem)
                self.setFormat(start, length, self._formats.get(problem.kind, self._formats["style"]))

    # -- requests and results -----------------------------------------------------------------

    def _want(self, key: Key, block: QTextBlock, fragment: int) -> None:
        previous = self._fresh.get(fragment)
        if previous is not None and previous != key:
            self._drop(previous, block)  # typed over before it was sent: only the latest text counts
        cursors = self._pending.get(key)
        if cursors is None:
            self._pending[key] = [QTextCursor(block)]
        elif not any(c.block() == block for c in cursors):
            cursors.append(QTextCursor(block))
        self._fresh[fragment] = key
        # A few paragraphs: typing, checked once it pauses. Many: a document opened, checked now.
        due = 2 if len(self._fresh) > TYPING_LINES else 1
        if due == 1:
            self.controller.typing()
        if due > self._due or due == 1:
            self._due = due
            self._flush_timer.start(0 if due == 2 else TYPING_PAUSE_MS)

    def _drop(self, key: Key, block: QTextBlock) -> None:
        cursors = [c for c in self._pending.get(key, ()) if c.block() != block]
        if cursors:
            self._pending[key] = cursors
        else:
            self._pending.pop(key, None)

    def _flush(self) -> None:
        """Send the paragraphs wanted since the last flush; those on screen first."""
        fresh, self._fresh, self._due = list(dict.fromkeys(self._fresh.values())), {}, 0
        typing = len(fresh) <= TYPING_LINES
        first, last = self.visible_blocks() if (self.visible_blocks and not typing) else (-1, -1)
        urgent, on_screen_keys, background = [], [], []
        for key in fresh:
            cursors = [c for c in self._pending.get(key, ()) if c.block().isValid() and c.block().text() == key[0]]
            if not cursors:
                self._pending.pop(key, None)  # edited again since: its new text was asked for
                continue
            self._pending[key] = cursors
            if typing:
                urgent.append(key)
            elif any(first <= c.blockNumber() <= last for c in cursors):
                on_screen_keys.append(key)
            else:
                background.append(key)
        self.controller.request(urgent, urgent=True)
        self.controller.request(on_screen_keys, first=True)
        self.controller.request(background)

    def deliver(self, key: Key, problems: tuple[Problem, ...]) -> list[QTextBlock]:
        """The blocks to draw again now that ``key`` has been checked."""
        blocks = []
        for cursor in self._pending.pop(key, ()):
            block = cursor.block()
            if block.isValid() and block.text() == key[0] and (problems or block.fragmentIndex() in self._last):
                blocks.append(block)
        return blocks

    def wanted(self) -> list[Key]:
        """The paragraph texts asked for and not yet delivered (a Python-side list: safe to read
        while the document is being destroyed)."""
        return list(self._pending)

    def waiting(self) -> int:
        """Paragraphs asked for and not yet delivered."""
        return len(self._pending)

    def forget(self) -> None:
        """Drop every request and remembered result (new settings: all is checked again)."""
        self._pending.clear()
        self._fresh.clear()
        self._last.clear()
        self._flush_timer.stop()
        self._due = 0

    def set_markdown(self, markdown: bool) -> None:
        if markdown != self.markdown:
            self.markdown = markdown
            self.forget()
            self.controller.redraw(self)
