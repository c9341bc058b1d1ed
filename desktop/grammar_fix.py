"""Fix spelling & grammar (fast): the checker's corrections shown like a model's proposal.

:class:`GrammarFixSession` is an :class:`~desktop.action_session.ActionSession` whose answer comes
from the offline checker instead of a model: the first suggestion of each spelling and grammar
problem (no style rules, no overlaps), nothing else changed. The window shows it in the result
pane (word-level Changes tab, Replace, one undo step) and records it in history as the
``grammar-check`` action, which datasets and few-shot examples leave out
(:data:`core.grammar.NOT_LEARNED_ACTIONS`).

In a Word document, Replace changes only the corrected words (:meth:`replace_in_place`), so the
formatting of the rest is kept.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from core.grammar import CHECKER_ACTION, FastFix, fast_fix, utf16_len
from desktop.action_session import CANCELLED, DONE, ActionSession, Target

if TYPE_CHECKING:
    from desktop.grammar_controller import GrammarController

CHECKER_MODEL = "Harper"


def fix_target(tab, editor) -> Target:
    """The selection, or the whole document without one (as the model's actions take it)."""
    document = editor.document()
    cursor = editor.textCursor()
    target = QTextCursor(document)
    if cursor.hasSelection():
        target.setPosition(cursor.selectionStart())
        target.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        scope = "selection"
    else:
        target.select(QTextCursor.SelectionType.Document)
        scope = "document"
    text = target.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
    return Target(tab, target, text, scope)


class GrammarFixSession(ActionSession):
    """The fast fix of ``target``'s text, computed on the checker's thread."""

    #: The same text gives the same fixes: the result pane offers no Retry.
    retryable = False

    def __init__(self, controller: GrammarController, target: Target, label: str, markdown: bool = False, parent=None):
        from core.engine import ActionRequest

        request = ActionRequest(action=CHECKER_ACTION, text=target.original, options={"dialect": controller.settings.dialect},
                                model=CHECKER_MODEL, backend="", temperature=0.0)
        super().__init__(request, target, label, pool=None, parent=parent)
        self.controller = controller
        self.markdown = markdown
        self.fix: FastFix | None = None
        self._started = 0.0

    def start(self, manager=None) -> None:
        from core.engine import Routed
        from core.router import Route

        self._started = time.perf_counter()
        text, markdown, ignored = self.target.original, self.markdown, set(self.controller.ignored)
        reason = self.tr("the checker's first suggestion for each spelling and grammar problem; no language model, nothing else changed")
        self.route = Routed(self.tr("Harper spelling and grammar checker"),
                            Route(self.tr("offline rules"), "CPU", reason, "grammar_checker"))
        self.routed.emit(self.route)
        self.controller.call(lambda checker: fast_fix(checker, text, markdown, ignored), self._on_fixed, self._on_error)

    def stop(self) -> None:
        """Nothing to stop: the fix takes milliseconds."""

    def _on_fixed(self, fix: FastFix) -> None:
        from core.engine import ActionResult
        from core.notes import Note

        if self.state != "running":
            return
        self.fix = fix
        counts = fix.counts()
        if fix.fixes:
            note = self.tr("{n} fixes: {spelling} spelling, {grammar} grammar").format(
                n=len(fix.fixes), spelling=counts["spelling"], grammar=counts["grammar"])
        else:
            note = self.tr("no spelling or grammar problems with a suggestion")
        result = ActionResult(
            action=CHECKER_ACTION, options=dict(self.request.options), input=fix.original, output=fix.text,
            model=CHECKER_MODEL, backend="", device="", reason=self.route.reason if self.route else "",
            adapter=None, prompt_tokens=0, completion_tokens=0, ttft_s=None, tokens_per_s=None,
            elapsed_s=time.perf_counter() - self._started, chunks=1, finish_reason="stop",
            notes=[Note("grammar_fixes", note, counts)],
        )
        self.parts = [fix.text]
        self.delta.emit(fix.text)
        self._on_finished(result)

    def _on_error(self, message: str) -> None:
        if self.state == "running":
            super()._on_error(message)

    def replace_in_place(self, text: str) -> bool:
        """Apply the fixes one by one inside the target (the caller's edit block makes them one
        undo step), keeping the formatting around them. False (nothing changed) when the
        proposal was edited or the text moved: the caller then replaces the whole span."""
        fix = self.fix
        if fix is None or text != fix.text or self.state not in (DONE, CANCELLED):
            return False
        if self.target.current_text() != fix.original:
            return False
        base = self.target.cursor.selectionStart()
        document = self.target.cursor.document()
        original = fix.original
        edits = []
        for problem in fix.fixes:
            start = base + utf16_len(original[: problem.start])
            edits.append((start, start + utf16_len(problem.text), problem))
        for start, end, problem in reversed(edits):  # from the end: earlier positions stay valid
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText() != problem.text:
                return False  # cannot happen once current_text() matched; be safe
            cursor.insertText(problem.suggestions[0])  # takes the format of the word it replaces
        return True
