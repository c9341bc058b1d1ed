"""Check document: every spelling and grammar problem of the current document in a side panel.

Click a problem to select it in the editor; Fix puts the first suggestion in (one undo step each);
Fix All fixes every problem of that kind at once (one undo step for all); Ignore hides the problem
for the session. The list is a lazy model, so a document with thousands of problems lists them
without building thousands of widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.grammar_controller import DocumentProblem, GrammarController, same_document
from desktop.grammar_highlighter import COLORS

_PREVIEW = 40


class ProblemListModel(QAbstractListModel):
    """One row per problem: "line 12 · beautifull → beautiful", the message as its tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[DocumentProblem] = []
        self._kind_names: dict[str, str] = {}

    def set_items(self, items: list[DocumentProblem], kind_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.items = items
        self._kind_names = kind_names
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        problem = item.problem
        if role == Qt.ItemDataRole.DisplayRole:
            text = problem.text if len(problem.text) <= _PREVIEW else problem.text[: _PREVIEW - 1] + "…"
            fix = f" → {problem.suggestions[0] or '∅'}" if problem.suggestions else ""
            return f"{item.block_number + 1} · {text}{fix}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._kind_names.get(problem.kind, problem.kind)}: {problem.message}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COLORS.get(problem.kind, COLORS["style"])))
        return None


class CheckPanel(QWidget):
    """The problems of the current tab's document, kept up to date while it is shown."""

    message = Signal(str, str)  # (text, kind)
    fast_fix_requested = Signal()
    refreshed = Signal()

    def __init__(self, controller: GrammarController, current_tab: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.current_tab = current_tab
        self.kind_names = {"spelling": self.tr("Spelling"), "grammar": self.tr("Grammar"), "style": self.tr("Style")}
        self.filter = QComboBox(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = ProblemListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setToolTip(self.tr("Use the first suggestion (one undo step)"))
        self.fix_all_button = QPushButton(self.tr("Fix All"), self)
        self.fix_all_button.setToolTip(self.tr("Use the first suggestion for every problem of this kind (one undo step)"))
        self.ignore_button = QPushButton(self.tr("Ignore"), self)
        self.fast_button = QPushButton(self.tr("Fix Spelling && Grammar (Fast)…"), self)
        self.fast_button.setToolTip(self.tr("Show every spelling and grammar correction as one proposal, with its changes"))

        row = QHBoxLayout()
        for button in (self.fix_button, self.fix_all_button, self.ignore_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.fast_button)

        self._all: list[DocumentProblem] = []
        self._unchecked = 0
        self._document = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.refresh)
        self.filter.currentIndexChanged.connect(self._show_filtered)
        self.list.clicked.connect(self.jump)
        self.list.activated.connect(self.jump)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_all_button.clicked.connect(self.fix_all_of_kind)
        self.ignore_button.clicked.connect(self.ignore_current)
        self.fast_button.clicked.connect(self.fast_fix_requested)
        controller.changed.connect(self._on_changed)
        self._fill_filter({})
        self._update_buttons()

    # -- refreshing -----------------------------------------------------------------------------

    def _on_changed(self, document) -> None:
        if self.isVisible() and (document is None or same_document(document, self._document_now())):
            self._timer.start()

    def _document_now(self):
        tab = self.current_tab()
        return tab.document if tab is not None else None

    def _watch(self, document) -> None:
        if document is self._document:
            return
        if self._document is not None:
            try:
                self._document.contentsChanged.disconnect(self._timer.start)
            except (RuntimeError, TypeError):
                pass
        self._document = document
        if document is not None:
            document.contentsChanged.connect(self._timer.start)

    def refresh(self) -> None:
        """List the current document's problems again (asks for unchecked paragraphs first)."""
        self._timer.stop()
        document = self._document_now()
        self._watch(document)
        if document is None or not self.controller.active:
            self._all, self._unchecked = [], 0
        else:
            self._all, self._unchecked = self.controller.problems_in(document)
        counts = {kind: 0 for kind in self.kind_names}
        for item in self._all:
            counts[item.problem.kind] = counts.get(item.problem.kind, 0) + 1
        self._fill_filter(counts)
        self._show_filtered()
        self.refreshed.emit()

    def _fill_filter(self, counts: dict[str, int]) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All problems ({n})").format(n=sum(counts.values())), None)
        for kind, name in self.kind_names.items():
            self.filter.addItem(self.tr("{kind} ({n})").format(kind=name, n=counts.get(kind, 0)), kind)
        index = self.filter.findData(current)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)

    def _show_filtered(self) -> None:
        kind = self.filter.currentData()
        items = [i for i in self._all if kind is None or i.problem.kind == kind]
        row = self.list.currentIndex().row()
        self.model.set_items(items, self.kind_names)
        if items:
            self.list.setCurrentIndex(self.model.index(min(max(row, 0), len(items) - 1)))
        if not self.controller.loaded:
            text = self.tr("Starting the checker…")
        elif not self.controller.settings.enabled:
            text = self.tr("Checking is off: turn on Review ▸ Check Spelling as You Type.")
        elif self._unchecked:
            text = self.tr("Checking… {n} paragraphs left").format(n=self._unchecked)
        elif not self._all:
            text = self.tr("No problems found.")
        else:
            text = self.tr("{n} problems: click one to select it in the text.").format(n=len(self._all))
        self.status.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.fix_button.setEnabled(item is not None and bool(item.problem.suggestions))
        self.ignore_button.setEnabled(item is not None)
        kind = item.problem.kind if item is not None else self.filter.currentData()
        self.fix_all_button.setEnabled(bool(kind) and any(i.problem.kind == kind and i.problem.suggestions for i in self.model.items))
        self.fix_all_button.setText(self.tr("Fix All {kind}").format(kind=self.kind_names[kind]) if kind else self.tr("Fix All"))

    # -- acting on problems ------------------------------------------------------------------------

    def current_item(self) -> DocumentProblem | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.items):
            return None
        return self.model.items[index.row()]

    def jump(self, index: QModelIndex | QPersistentModelIndex | None = None) -> None:
        """Select the problem's text in the editor."""
        tab = self.current_tab()
        if index is not None and index.isValid():
            self.list.setCurrentIndex(self.model.index(index.row()))
        item = self.current_item()
        if tab is None or item is None:
            return
        cursor = QTextCursor(tab.document)
        cursor.setPosition(min(item.position, tab.document.characterCount() - 1))
        cursor.setPosition(min(item.end, tab.document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        tab.editor.setTextCursor(cursor)
        tab.editor.ensureCursorVisible()

    def fix_current(self) -> bool:
        tab, item = self.current_tab(), self.current_item()
        if tab is None or item is None or not item.problem.suggestions:
            return False
        ok = self.controller.replace(tab.document, item, item.problem.suggestions[0])
        if not ok:
            self.message.emit(self.tr("The text changed; the list was refreshed."), "info")
        self.refresh()
        return ok

    def fix_all_of_kind(self) -> int:
        tab = self.current_tab()
        item = self.current_item()
        kind = item.problem.kind if item is not None else self.filter.currentData()
        if tab is None or not kind:
            return 0
        fixed = self.controller.fix_all(tab.document, [i for i in self._all if i.problem.kind == kind])
        self.message.emit(self.tr("{n} problems fixed; Ctrl+Z undoes them all.").format(n=fixed), "info")
        self.refresh()
        return fixed

    def ignore_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.controller.ignore(item.problem)
            self.refresh()
