"""The flow of an action in the window: take the selection (or the whole document; Continue takes
the text up to the cursor), start an :class:`ActionSession` in a worker, show it in the result
pane, apply the accepted answer as one undo step, and record the outcome in history.

Run and Retry start a session through one function, :meth:`ActionFlow.start_session`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QTextCursor

from core.documents.versions import BEFORE_AI
from desktop import store
from desktop.action_session import CANCELLED, DONE, FAILED, ActionSession, Target

if TYPE_CHECKING:
    from core.run import ActionRequest, ActionResult
    from desktop.editor import DocumentTab


class ActionFlow(QObject):
    """Runs the assistant's actions for ``window`` (its documents, result pane and status)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session: ActionSession | None = None

    # -- starting ---------------------------------------------------------------------------

    def _target(self, tab: DocumentTab, action: str) -> tuple[Target, str]:
        """Where ``action``'s answer goes, and the text it works on."""
        document = tab.document
        cursor = tab.editor.textCursor()
        if action == "continue":
            position = cursor.selectionEnd()
            before = QTextCursor(document)
            before.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            text = before.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
            anchor = QTextCursor(document)
            anchor.setPosition(position)
            return Target(tab, anchor, "", "cursor"), text
        if cursor.hasSelection():
            target = QTextCursor(document)
            target.setPosition(cursor.selectionStart())
            target.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            scope = "selection"
        else:
            target = QTextCursor(document)
            target.select(QTextCursor.SelectionType.Document)
            scope = "document"
        text = target.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        return Target(tab, target, text, scope), text

    def _request(self, action: str, text: str, options: dict) -> ActionRequest:
        from core.run import ActionRequest

        prefs = self.window.prefs
        # The preferences come after the action's own settings (core.run.settle).
        fallback = {
            "model": prefs.model or None,
            "backend": prefs.backend,
            "adapter": store.adapter_argument(prefs.adapter),
            **prefs.decoding(),
        }
        return ActionRequest(action=action, text=text, options=dict(options), fallback=fallback)

    @Slot(str, dict, str)
    def run(self, action: str, options: dict, label: str = "") -> ActionSession | None:
        """Start ``action`` on the current tab's selection (or document); show it in the pane."""
        window = self.window
        tab = window.documents.current_tab()
        if tab is None:
            return None
        if self.running:
            window.message_bar.warning(self.tr("The assistant is still working. Stop it (Esc) before starting another action."))
            return None
        if action == "translate" and options.get("lang"):
            window.prefs.translate_lang = options["lang"]
        if action == "rewrite" and options.get("style"):
            window.prefs.rewrite_style = options["style"]
        if action == "summarize" and options.get("length"):
            window.prefs.summary_length = options["length"]
        target, text = self._target(tab, action)
        if not text.strip():
            window.message_bar.info(
                self.tr("Write something first: Continue needs text before the cursor.")
                if action == "continue"
                else self.tr("There is no text to work on: select some text or write in the document.")
            )
            return None
        label = label or window.menus.label(action, options)
        # The catalog the menus show, app actions included: the worker need not read the database.
        return self.start_session(self._request(action, text, options), target, label, window.menus.catalog)

    def retry(self) -> ActionSession | None:
        """Run the current proposal's request again (a new seed), replacing the proposal."""
        from dataclasses import replace

        session = self.session
        if session is None or session.running or session.target.tab not in self.window.documents.document_tabs():
            return None
        return self.start_session(replace(session.request, seed=None), session.target, session.label, session.catalog)

    def rerun_locally(self) -> ActionSession | None:
        """Run the current proposal's request again on this computer (after a remote endpoint)."""
        from dataclasses import replace

        session = self.session
        if session is None or session.running or session.target.tab not in self.window.documents.document_tabs():
            return None
        return self.start_session(replace(session.request, seed=None, local=True), session.target, session.label, session.catalog)

    #: Asks before text first goes unencrypted to another machine (desktop.remote_ui.confirm_send).
    confirm_send = None

    def start_session(self, request: ActionRequest, target: Target, label: str, catalog) -> ActionSession | None:
        """The one way a model's session starts (Run, Retry, re-run locally): build it and
        :meth:`start` it. None when the user declined to send the text to an endpoint over plain
        http."""
        from desktop.remote_ui import confirm_send

        if not confirm_send(self.window, request, self.confirm_send):
            return None
        session = ActionSession(request, target, label, self.window.pool, self, catalog=catalog)
        session.routed.connect(self._on_routed)
        return self.start(session)

    def start(self, session) -> ActionSession | None:
        """Show ``session`` in the result pane, start it, and record its outcome when it ends.

        Also the way in for proposals that do not come from a model (the spelling checker's fast
        fix, :mod:`desktop.grammar_fix`)."""
        window = self.window
        if self.running:
            window.message_bar.warning(self.tr("The assistant is still working. Stop it (Esc) before starting another action."))
            return None
        self.settle("discarded")  # an earlier proposal the user moved past
        session.finished.connect(lambda result, s=session: self._on_finished(s, result))
        session.failed.connect(lambda message, s=session: self._on_failed(s, message))
        self.session = session
        window.result_pane.show_session(session)
        window.result_dock.show()
        window.result_dock.raise_()
        session.start(window.workers)
        window.update_action_state()
        return session

    # -- stopping and dropping ------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.session is not None and self.session.running

    @property
    def ready(self) -> bool:
        """A finished proposal waits for the user's decision."""
        session = self.session
        return session is not None and session.state in (DONE, CANCELLED) and session.outcome not in ("accepted", "edited")

    def stop(self) -> None:
        if self.running:
            self.session.stop()
            self.window.statusBar().showMessage(self.tr("Stopping…"), 2000)

    def escape(self) -> None:
        """Esc: stop a running action, or drop a finished proposal."""
        if self.session is None:
            return
        if self.session.running:
            self.stop()
        else:
            self.discard()

    def discard(self) -> None:
        if self.session is None or self.session.running:
            return
        self.settle("discarded")
        self.session = None
        self.window.result_pane.clear()
        self.window.update_action_state()

    def forget_tab(self, tab) -> None:
        """``tab`` is closing: stop or drop a proposal that belongs to it."""
        session = self.session
        if session is None or session.target.tab is not tab:
            return
        if session.running:
            session.stop()
        else:
            self.settle("discarded")
        if not session.running:
            self.session = None
            self.window.result_pane.clear()

    # -- applying ---------------------------------------------------------------------------

    def apply(self, mode: str) -> bool:
        """Put the proposal into the document as one undo step. ``mode``: "replace" or "insert"."""
        window = self.window
        session = self.session
        if not self.ready:
            return False
        tab = session.target.tab
        if tab not in window.documents.document_tabs():
            window.message_bar.warning(self.tr("The document this proposal belongs to was closed; use Copy instead."))
            return False
        text = window.result_pane.proposal_text()
        if not text.strip():
            return False
        window.recovery.autosave_tab(tab, force=True)  # the state before the change is safe on disk
        window.versions.keep(tab, BEFORE_AI)  # and, for a saved document, kept as a version
        target = session.target
        document = tab.document
        if target.scope == "cursor":
            cursor = QTextCursor(document)
            cursor.setPosition(target.cursor.position())
            text = _joined_continuation(document, cursor.position(), text)
        elif mode == "replace":
            if target.current_text() != target.original:
                window.message_bar.warning(
                    self.tr("The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.")
                )
                return False
            cursor = QTextCursor(target.cursor)
        else:
            cursor = QTextCursor(document)
            cursor.setPosition(target.cursor.selectionEnd())
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            text = ("\n" if tab.kind == "docx" else "\n\n") + text
        start = cursor.selectionStart()
        cursor.beginEditBlock()
        # The checker's fast fix changes only the corrected words (a Word document keeps its formatting).
        in_place = getattr(session, "replace_in_place", None)
        if not (mode == "replace" and in_place is not None and in_place(text)):
            cursor.insertText(text)
        cursor.endEditBlock()
        end = cursor.position()
        shown = QTextCursor(document)
        shown.setPosition(start + (len(text) - len(text.lstrip("\n")) if mode == "insert" else 0))
        shown.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        tab.editor.setTextCursor(shown)
        tab.editor.setFocus()
        result = session.result
        kept = window.result_pane.proposal_text()
        if result is not None and kept == result.output:
            self._record(session, "accepted")
        else:
            self._record(session, "edited", kept)
        # One more kept result: the adapter in use may have enough to learn from now.
        window.continual_updates.check()  # queued after the write on the database thread
        self.session = None
        window.result_pane.clear()
        window.update_action_state()
        window.statusBar().showMessage(self.tr("Applied. Press Ctrl+Z to undo."), 4000)
        return True

    def reapply_text(self, text: str) -> None:
        """Put ``text`` (from history) in place of the current selection, as one undo step."""
        tab = self.window.documents.current_tab()
        if tab is None or not text:
            return
        self.window.recovery.autosave_tab(tab, force=True)
        self.window.versions.keep(tab, BEFORE_AI)
        cursor = tab.editor.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        tab.editor.setTextCursor(cursor)
        tab.editor.setFocus()

    # -- outcomes and history -----------------------------------------------------------------

    @Slot(object)
    def _on_routed(self, routed) -> None:
        self.window.status.show_model(routed.model, routed.backend, routed.device, self.window.prefs.adapter or None)

    def _on_finished(self, session: ActionSession, result: ActionResult | None) -> None:
        window = self.window
        if result is not None:
            window.status.show_speed(result.tokens_per_s)
            if result.backend:
                window.status.show_model(result.model, result.backend, result.device, window.prefs.adapter or None)
        # Record now, so nothing is lost if the app dies before the user decides; the outcome is
        # updated when they accept or edit.
        self._record(session, "cancelled" if session.state == CANCELLED else "pending")
        window.update_action_state()
        if session is not self.session:
            return
        if session.state == DONE and result is not None and not result.output.strip():
            window.message_bar.info(self.tr("The model returned no text. Try Retry, or another model."))

    def _on_failed(self, session: ActionSession, message: str) -> None:
        self._record(session, "failed")
        self.window.update_action_state()
        if session is self.session:
            self.window.message_bar.error(self.tr("{action} failed: {reason}").format(action=session.label, reason=message))

    def _record(self, session: ActionSession, outcome: str, final_text: str | None = None) -> None:
        """Record ``session``'s outcome in history, on the database thread."""
        first = session.outcome is None
        session.outcome = outcome
        ticket = session.ticket
        tab_path = getattr(session.target.tab, "path", None)
        document = str(tab_path) if tab_path else None
        if not first:
            def work():
                store.update_outcome(ticket["id"], outcome, final_text)
        else:
            if outcome == "failed":
                from core.run import failed_result

                route = session.route
                result = failed_result(session.request, session.error or "failed", route, session.partial_text,
                                       model=route.model if route else None)
            else:
                result = session.result

            def work():
                ticket["id"] = store.record_run(result, outcome, document)

        self.window.db.submit(work, on_done=self.window.panels.history_changed, on_error=self._history_failed)

    def _history_failed(self, message: str) -> None:
        self.window.message_bar.warning(self.tr("History could not be saved: {reason}").format(reason=message))

    def settle(self, outcome: str, final_text: str | None = None) -> None:
        """Record the final outcome of the current session's proposal."""
        session = self.session
        if session is None or session.running or session.state == FAILED:
            return
        if session.outcome in ("accepted", "edited", "discarded"):
            return
        if outcome == "discarded" and session.outcome == "cancelled":
            return  # "cancelled" says more about a stopped run the user then dropped
        self._record(session, outcome, final_text)


_WORD_CHAR = re.compile(r"\w", re.UNICODE)


def _joined_continuation(document, position: int, text: str) -> str:
    """Add a space between the text before the cursor and a continuation that starts a new word."""
    if position == 0:
        return text
    before = document.characterAt(position - 1)
    if before.isspace() or text[:1].isspace():
        return text
    if _WORD_CHAR.match(text[:1] or " ") and not _is_cjk(before) and not _is_cjk(text[0]):
        return " " + text
    if before in ".!?;:," and text[:1].isalnum() and not _is_cjk(text[0]):
        return " " + text
    return text


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"
