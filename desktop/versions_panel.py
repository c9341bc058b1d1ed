"""File ▸ Versions: the earlier versions of the current document, with when and why each was kept
and its size; each can be viewed, compared with the current text in the word-level diff view, and
restored. Also the compare dialog for a file changed elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.documents import versions
from core.documents.versions import Version
from desktop.diff_view import DiffView


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024**2:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024**2:.1f} MB"


class VersionsPanel(QWidget):
    """Lists ``window.versions.listed(current tab)``; buttons act on the selected version."""

    shown = Signal(str)  # what the viewer shows now: "text" or "diff"

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.versions: list[Version] = []
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Size"), self.tr("Kept because")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.viewer = DiffView(self)
        self.viewer.setPlaceholderText(self.tr("Select a version to see its text."))
        self.view_button = QPushButton(self.tr("View"), self)
        self.compare_button = QPushButton(self.tr("Compare with Current"), self)
        self.compare_button.setToolTip(self.tr("Struck out in red: only in the version. Green: only in the current text."))
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Put this version in the editor (Ctrl+Z undoes it); Save keeps it"))
        self.usage = QLabel(self)
        self.usage.setWordWrap(True)
        self.usage.setObjectName("VersionsUsage")

        buttons = QHBoxLayout()
        for button in (self.view_button, self.compare_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.usage)

        self.list.itemSelectionChanged.connect(self._on_selection)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.compare_selected())
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self._reasons = {
            versions.SAVED: self.tr("Before saving"),
            versions.OUTSIDE: self.tr("Another program's version"),
            versions.BEFORE_RELOAD: self.tr("Before reloading"),
            versions.UNSAVED: self.tr("Your unsaved text"),
            versions.BEFORE_AI: self.tr("Before an assistant result"),
            versions.BEFORE_RESTORE: self.tr("Before restoring"),
        }
        self._on_selection()

    def refresh(self) -> None:
        controller = self.window.versions
        tab = self.window.documents.current_tab()
        selected = self.selected()
        self.versions = controller.listed(tab)
        self.list.clear()
        names = {v.document for v in self.versions}
        for version in self.versions:
            reason = self._reasons.get(version.reason, version.reason)
            if len(names) > 1:
                reason += f" ({Path(version.document).name})"
            item = QTreeWidgetItem([controller.when(version), size_text(version.size), reason])
            item.setData(0, Qt.ItemDataRole.UserRole, version.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if selected is not None and version.id == selected.id:
                item.setSelected(True)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        if tab is None or tab.path is None:
            self.title.setText(self.tr("Versions are kept for saved documents. Save this one to start its history."))
        elif not self.versions:
            self.title.setText(self.tr("No earlier versions of {name} yet: one is kept each time you save.").format(name=tab.display_name()))
        else:
            self.title.setText(self.tr("Earlier versions of {name}, newest first.").format(name=tab.display_name()))
        limits = controller.store.limits
        self.usage.setText(self.tr("All versions take {used} of {limit}; at most {count} per document (Preferences ▸ General).")
                           .format(used=size_text(controller.store.usage()), limit=size_text(limits.total_bytes), count=limits.per_document))
        if self.selected() is None:
            self.viewer.clear()
        self._on_selection()

    def selected(self) -> Version | None:
        items = self.list.selectedItems()
        if not items:
            return None
        wanted = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((v for v in self.versions if v.id == wanted), None)

    def select(self, index: int) -> None:
        self.list.setCurrentItem(self.list.topLevelItem(index))

    def _on_selection(self) -> None:
        has = self.selected() is not None
        for button in (self.view_button, self.compare_button, self.restore_button):
            button.setEnabled(has)
        if has:
            self.view_selected()

    def _text(self, version: Version) -> str | None:
        try:
            return self.window.versions.text(version)
        except Exception as exc:
            from desktop.workers import describe_error

            self.window.message_bar.error(self.tr("The version cannot be shown: {reason}").format(reason=describe_error(exc)))
            return None

    def view_selected(self) -> None:
        version = self.selected()
        text = self._text(version) if version is not None else None
        if text is not None:
            self.viewer.pieces = []
            self.viewer.setPlainText(text)
            self.shown.emit("text")

    def compare_selected(self) -> None:
        version = self.selected()
        tab = self.window.documents.current_tab()
        text = self._text(version) if version is not None and tab is not None else None
        if text is not None:
            self.viewer.show_diff(text, self.window.versions.text_for_compare(tab))
            self.shown.emit("diff")

    def restore_selected(self) -> bool:
        version = self.selected()
        tab = self.window.documents.current_tab()
        if version is None or tab is None:
            return False
        return self.window.versions.restore(tab, version)


class CompareDialog(QDialog):
    """Two texts in the word-level diff view, with choices below (each closes the dialog once it
    has done its work)."""

    def __init__(self, title: str, legend: str, original: str, current: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 520)
        self.view = DiffView(self)
        self.view.show_diff(original, current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(legend, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def add_choice(self, caption: str, callback: Callable[[], bool]) -> QPushButton:
        button = self.buttons.addButton(caption, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.accept() if callback() else None)
        return button

    def choose(self, caption: str) -> None:
        """Press the choice labelled ``caption`` (tests, keyboard users)."""
        for button in self.buttons.buttons():
            if button.text() == caption:
                button.click()
                return
        raise KeyError(caption)
