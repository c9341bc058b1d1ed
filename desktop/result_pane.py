"""The assistant's answer, streaming live, with the choices that follow it.

While the model works the pane shows which model, backend and device run the action and why the
router chose them, then the text token by token, with Stop. Afterwards: Replace selection, Insert
below, Copy, Retry, Discard. The proposal can be edited before it is accepted; for rewrites a
"Changes" tab shows a word-level diff against the original.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.grammar import CHECKER_ACTION
from desktop.action_session import CANCELLED, DONE, FAILED, RUNNING, ActionSession
from desktop.diff_view import DiffView
from desktop.note_texts import BIGGER_MODEL_HELPS, note_text, route_reason

#: Actions whose proposal is the original text corrected: a Changes tab shows the word-level diff.
#: "grammar-check" is the offline checker's fast fix (desktop.grammar_fix).
DIFF_ACTIONS = ("rewrite", CHECKER_ACTION)


class ResultPane(QWidget):
    stop_requested = Signal()
    replace_requested = Signal()
    insert_requested = Signal()
    retry_requested = Signal()
    discard_requested = Signal()
    history_entry_requested = Signal(int)  # a past result shown to the model as an example
    models_requested = Signal()  # the answer looks poor and a bigger model would help
    #: Run the same request on this computer (shown after a run on a remote endpoint).
    rerun_local_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ActionSession | None = None
        self.title = QLabel(self)
        self.title.setObjectName("ResultTitle")
        self.route_label = QLabel(self)
        self.route_label.setObjectName("RouteLabel")
        self.route_label.setWordWrap(True)
        self.route_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(14)
        self.progress.hide()

        self.proposal = QPlainTextEdit(self)
        self.proposal.setObjectName("Proposal")
        self.proposal.setReadOnly(True)
        self.proposal.setPlaceholderText(
            self.tr("Select text in the editor and right-click it, or use the Assistant menu, to summarize, "
                    "translate, rewrite or continue it. Without a selection an action works on the whole document.")
        )
        self.diff = DiffView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.proposal, self.tr("Proposal"))
        self.tabs.addTab(self.diff, self.tr("Changes"))
        self.tabs.setTabVisible(1, False)

        self.stats = QLabel(self)
        self.stats.setObjectName("ResultStats")
        self.stats.setWordWrap(True)
        self.examples_label = QLabel(self)
        self.examples_label.setObjectName("ResultStats")
        self.examples_label.setWordWrap(True)
        self.examples_label.setTextFormat(Qt.TextFormat.RichText)
        self.examples_label.linkActivated.connect(self._on_link)

        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop generating (Esc)"))
        self.replace_button = QPushButton(self.tr("Replace selection"), self)
        self.replace_button.setDefault(True)
        self.replace_button.setToolTip(self.tr("Put the proposal in place of the original (Ctrl+Return); one undo step"))
        self.insert_button = QPushButton(self.tr("Insert below"), self)
        self.insert_button.setToolTip(self.tr("Add the proposal after the original (Ctrl+Shift+Return)"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setToolTip(self.tr("Drop this proposal (Esc)"))
        self.local_button = QPushButton(self.tr("Run on this computer"), self)
        self.local_button.setToolTip(self.tr("Run the same action again on a model on this computer instead of the remote endpoint"))
        for button in (self.replace_button, self.insert_button, self.copy_button, self.retry_button, self.local_button,
                       self.discard_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.insert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.local_button)
        buttons.addWidget(self.discard_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.route_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.stats)
        layout.addWidget(self.examples_label)
        layout.addLayout(buttons)

        self.stop_button.clicked.connect(self.stop_requested)
        self.replace_button.clicked.connect(self.replace_requested)
        self.insert_button.clicked.connect(self.insert_requested)
        self.copy_button.clicked.connect(self.copy_proposal)
        self.retry_button.clicked.connect(self.retry_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.local_button.clicked.connect(self.rerun_local_requested)
        self._diff_timer = QTimer(self)
        self._diff_timer.setSingleShot(True)
        self._diff_timer.setInterval(300)
        self._diff_timer.timeout.connect(self._refresh_diff)
        self.proposal.textChanged.connect(self._proposal_edited)
        self._streaming = False
        self.clear()

    # -- state -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.session = None
        self.title.setText(self.tr("Assistant"))
        self.route_label.clear()
        self.route_label.setProperty("remote", False)
        self.progress.hide()
        self._streaming = True
        self.proposal.clear()
        self._streaming = False
        self.proposal.setReadOnly(True)
        self.diff.clear()
        self.tabs.setTabVisible(1, False)
        self.tabs.setCurrentIndex(0)
        self.stats.clear()
        self.examples_label.clear()
        self._set_buttons(None)

    def show_session(self, session: ActionSession) -> None:
        """Start showing ``session`` (which has just started running)."""
        self.clear()
        self.session = session
        self.title.setText(session.label)
        self.route_label.setText(self.tr("Loading model…"))
        self.progress.setRange(0, 0)  # busy until the first token
        self.progress.setFormat("")
        self.progress.show()
        self.replace_button.setText(self._replace_caption(session))
        self.insert_button.setVisible(session.target.scope != "cursor")
        self.tabs.setTabVisible(1, session.action in DIFF_ACTIONS)
        session.routed.connect(self._on_routed)
        session.restarted.connect(self._on_restarted)
        session.delta.connect(self._on_delta)
        session.progress.connect(self._on_progress)
        session.finished.connect(self._on_finished)
        session.failed.connect(self._on_failed)
        self._set_buttons(RUNNING)

    def _replace_caption(self, session: ActionSession) -> str:
        if session.target.scope == "cursor":
            return self.tr("Insert at cursor")
        if session.target.scope == "document":
            return self.tr("Replace document")
        return self.tr("Replace selection")

    def _set_buttons(self, state: str | None) -> None:
        running = state == RUNNING
        has_text = state in (DONE, CANCELLED) and bool(self.proposal_text().strip())
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.replace_button.setEnabled(has_text)
        self.insert_button.setEnabled(has_text)
        self.copy_button.setEnabled(bool(self.proposal_text().strip()) and not running)
        self.retry_button.setEnabled(state in (DONE, CANCELLED, FAILED))
        # The offline checker's fast fix gives the same answer every time: no Retry.
        self.retry_button.setVisible(getattr(self.session, "retryable", True))
        self.local_button.setVisible(self.is_remote and state in (DONE, CANCELLED, FAILED))
        self.discard_button.setEnabled(state in (DONE, CANCELLED, FAILED))
        self.proposal.setReadOnly(state not in (DONE, CANCELLED))

    @property
    def is_remote(self) -> bool:
        """Whether the shown session runs (or ran) on a remote endpoint."""
        route = self.session.route if self.session is not None else None
        return route is not None and route.backend == "remote"

    @property
    def state(self) -> str | None:
        return self.session.state if self.session else None

    def proposal_text(self) -> str:
        return self.proposal.toPlainText()

    # -- session events --------------------------------------------------------------------

    @Slot(object)
    def _on_routed(self, routed) -> None:
        text = (
            self.tr("{model} · {backend} · {device}").format(model=routed.model, backend=routed.backend, device=routed.device)
            + "\n"
            + self.tr("Why: {reason}").format(reason=route_reason(routed))
        )
        remote = routed.backend == "remote"
        if remote:  # the text leaves this computer: say so plainly, first
            text = self.tr("Remote: your text is sent to {device}").format(device=routed.device) + "\n" + text
        self.route_label.setText(text)
        self.route_label.setProperty("remote", remote)
        self.route_label.style().unpolish(self.route_label)
        self.route_label.style().polish(self.route_label)

    @Slot(str)
    def _on_delta(self, text: str) -> None:
        if self.progress.maximum() == 0:
            self.progress.hide()
        self._streaming = True
        cursor = self.proposal.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self._streaming = False
        self.proposal.ensureCursorVisible()

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "history":
            self.history_entry_requested.emit(int(value))
        elif kind == "models":
            self.models_requested.emit()

    @Slot(object)
    def _on_restarted(self, restart) -> None:
        # The answer came back in another language: the retry's answer replaces it.
        self._streaming = True
        self.proposal.clear()
        self._streaming = False
        self.stats.setText(note_text(restart.why))

    @Slot(object)
    def _on_progress(self, progress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(progress.message)
        self.progress.show()

    @Slot(object)
    def _on_finished(self, result) -> None:
        self.progress.hide()
        session = self.session
        if session is None:
            return
        if result is not None:
            self._streaming = True
            self.proposal.setPlainText(result.output)
            self._streaming = False
            parts = []
            if result.action == CHECKER_ACTION:
                pass  # not a model's answer but the checker's fast fix: its notes say what it did
            elif result.tokens_per_s:
                parts.append(self.tr("{n} tokens at {rate:.0f} tokens/s").format(n=result.completion_tokens, rate=result.tokens_per_s))
            else:
                parts.append(self.tr("{n} tokens").format(n=result.completion_tokens))
            if result.chunks > 1:
                parts.append(self.tr("{n} parts").format(n=result.chunks))
            if result.finish_reason == "length":
                parts.append(self.tr("stopped at the length limit"))
            elif result.finish_reason == "cancelled":
                parts.append(self.tr("stopped by you"))
            parts.extend(note_text(note) for note in result.notes)
            self.stats.setText(" · ".join(parts))
            lines = []
            if result.few_shot_ids:
                links = ", ".join(f'<a href="history:{i}">#{i}</a>' for i in result.few_shot_ids)
                lines.append(self.tr("Shown your earlier results as examples: {links}").format(links=links))
            if any(getattr(n, "code", None) in BIGGER_MODEL_HELPS for n in result.notes):
                lines.append('<a href="models:">' + self.tr("A bigger model would do better: find or download one…") + "</a>")
            self.examples_label.setText("<br/>".join(lines))
        if session.action in DIFF_ACTIONS and self.proposal_text().strip():
            self._refresh_diff()
            self.tabs.setCurrentIndex(1)
        self._set_buttons(session.state)
        if session.state == DONE:
            self.replace_button.setFocus()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.stats.setText(self.tr("Failed: {message}").format(message=message))
        if self.session is not None:
            self._set_buttons(self.session.state)

    # -- editing and diff ------------------------------------------------------------------

    def _proposal_edited(self) -> None:
        if self._streaming or self.session is None:
            return
        if self.session.action in DIFF_ACTIONS:
            self._diff_timer.start()
        self._set_buttons(self.session.state)

    def _refresh_diff(self) -> None:
        if self.session is not None:
            self.diff.show_diff(self.session.target.original, self.proposal_text())

    def copy_proposal(self) -> None:
        QGuiApplication.clipboard().setText(self.proposal_text())
