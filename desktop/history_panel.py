"""History: every action run, newest first, with full-text search and filters.

Opening an entry shows its input and output; it can be copied, re-applied to the current
selection, deleted, or added to a personal dataset. All queries run on the database thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import store

PAGE = 200
OUTCOME_NAMES = ("pending", "accepted", "edited", "discarded", "cancelled", "failed")


class HistoryPanel(QWidget):
    reapply_requested = Signal(str)
    message = Signal(str, str)  # (text, kind)
    refreshed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.db = window.db
        self.entries: list[dict] = []
        self.current: dict | None = None
        self._generation = 0  # drops answers to queries that a newer one replaced

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search history…"))
        self.search.setClearButtonEnabled(True)
        self.action_filter = QComboBox(self)
        self.action_filter.addItem(self.tr("All actions"), None)
        for name, label in (
            ("summarize", self.tr("Summarize")),
            ("translate", self.tr("Translate")),
            ("rewrite", self.tr("Rewrite")),
            ("continue", self.tr("Continue")),
        ):
            self.action_filter.addItem(label, name)
        self.document_filter = QComboBox(self)
        self.document_filter.addItem(self.tr("All documents"), None)
        self.document_filter.setMinimumContentsLength(12)

        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("Outcome"), self.tr("Text")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)

        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.reapply_button = QPushButton(self.tr("Re-apply to selection"), self)
        self.reapply_button.setToolTip(self.tr("Put the kept text in place of the editor's selection (one undo step)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.dataset_button = QPushButton(self.tr("Add to dataset…"), self)

        filters = QHBoxLayout()
        filters.addWidget(self.action_filter)
        filters.addWidget(self.document_filter, 1)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.reapply_button, self.delete_button, self.dataset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.action_filter.currentIndexChanged.connect(self.refresh)
        self.document_filter.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.reapply_button.clicked.connect(self.reapply_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.dataset_button.clicked.connect(self.add_current_to_dataset)
        self._update_buttons()

    # -- queries ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Query again with the current search text and filters."""
        self.db.submit(store.history_documents, self._fill_documents, self._failed)
        self._generation += 1
        generation = self._generation
        query = self.search.text().strip()
        action = self.action_filter.currentData()
        document = self.document_filter.currentData()

        def work():
            from core.storage import history

            if query:
                entries = history.search_history(query, limit=PAGE, action=action, prefix=True)
                if document is not None:
                    entries = [e for e in entries if e["document"] == document]
                return entries
            return history.list_history(limit=PAGE, action=action, document=document)

        self.db.submit(work, lambda entries: self._fill(generation, entries), self._failed)

    def _failed(self, message: str) -> None:
        self.message.emit(self.tr("History: {reason}").format(reason=message), "error")

    def _fill_documents(self, documents: list[dict]) -> None:
        current = self.document_filter.currentData()
        self.document_filter.blockSignals(True)
        while self.document_filter.count() > 1:
            self.document_filter.removeItem(1)
        for path in documents:
            self.document_filter.addItem(path.rsplit("/", 1)[-1] or path, path)
            self.document_filter.setItemData(self.document_filter.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        index = self.document_filter.findData(current)
        self.document_filter.setCurrentIndex(max(index, 0))
        self.document_filter.blockSignals(False)

    def _fill(self, generation: int, entries: list[dict]) -> None:
        if generation != self._generation:
            return
        selected = self.current["id"] if self.current else None
        self.entries = entries
        self.list.clear()
        outcome_names = self._outcome_names()
        for entry in entries:
            text = entry.get("snippet") or entry["kept_text"] or entry["input"]
            remote = entry.get("backend") == "remote"  # text that went to another machine is marked
            item = QTreeWidgetItem(
                [
                    _when(entry["created_at"]),
                    self.tr("{action} (remote: {endpoint})").format(action=entry["action"], endpoint=entry.get("model"))
                    if remote else entry["action"],
                    outcome_names.get(entry["outcome"], entry["outcome"]),
                    " ".join(text.split())[:160],
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry["id"])
            item.setToolTip(3, text[:600])
            if remote:
                item.setToolTip(1, self.tr("Run on remote endpoint {endpoint} at {url}").format(
                    endpoint=entry.get("model"), url=entry.get("device")))
            self.list.addTopLevelItem(item)
            if entry["id"] == selected:
                self.list.setCurrentItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if self.list.currentItem() is None:
            self.current = None
            self.detail.clear()
        self._update_buttons()
        self.refreshed.emit()

    def _outcome_names(self) -> dict[str, str]:
        return {
            "pending": self.tr("pending"),
            "accepted": self.tr("accepted"),
            "edited": self.tr("edited"),
            "discarded": self.tr("discarded"),
            "cancelled": self.tr("cancelled"),
            "failed": self.tr("failed"),
        }

    # -- the selected entry ------------------------------------------------------------------------

    def _show_current(self, item, _previous=None) -> None:
        if item is None:
            self.current = None
            self.detail.clear()
            self._update_buttons()
            return
        entry_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.current = next((e for e in self.entries if e["id"] == entry_id), None)
        self.detail.setHtml(self._entry_html(self.current) if self.current else "")
        self._update_buttons()

    def select_entry(self, entry_id: int) -> bool:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == entry_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _entry_html(self, entry: dict) -> str:
        def block(title: str, text: str | None) -> str:
            if not text:
                return ""
            body = html.escape(text).replace("\n", "<br/>")
            return f"<h4>{html.escape(title)}</h4><div>{body}</div>"

        meta = " · ".join(str(x) for x in (entry.get("model"), entry.get("backend"), entry.get("device")) if x)
        if entry.get("backend") == "remote":
            meta = self.tr("Remote endpoint: the text was sent to {url}").format(url=entry.get("device")) + " · " + meta
        if entry.get("tokens_per_s"):
            meta += " · " + self.tr("{rate:.0f} tokens/s").format(rate=entry["tokens_per_s"])
        parts = [
            f"<p><b>{html.escape(entry['action'])}</b> · {html.escape(self._outcome_names().get(entry['outcome'], entry['outcome']))}"
            f" · {html.escape(_when(entry['created_at']))}</p>",
            f"<p style='color:gray'>{html.escape(meta)}</p>" if meta else "",
            f"<p style='color:gray'>{html.escape(entry['document'])}</p>" if entry.get("document") else "",
            block(self.tr("Input"), entry["input"]),
            block(self.tr("Output"), entry["output"]),
            block(self.tr("Kept (edited)"), entry["final_text"]) if entry.get("final_text") is not None else "",
            block(self.tr("Error"), entry.get("error")),
        ]
        return "".join(parts)

    def _update_buttons(self) -> None:
        has = self.current is not None
        kept = has and bool((self.current["kept_text"] or "").strip())
        self.copy_button.setEnabled(kept)
        self.reapply_button.setEnabled(kept)
        self.delete_button.setEnabled(has)
        self.dataset_button.setEnabled(kept)

    def copy_current(self) -> None:
        if self.current:
            QGuiApplication.clipboard().setText(self.current["kept_text"])

    def reapply_current(self) -> None:
        if self.current and self.current["kept_text"]:
            self.reapply_requested.emit(self.current["kept_text"])

    def delete_current(self) -> None:
        if not self.current:
            return
        entry_id = self.current["id"]

        def work():
            from core.storage import history

            return history.delete_entry(entry_id)

        self.current = None
        self.db.submit(work, lambda _ok: self.refresh(), self._failed)

    def ask_dataset_name(self) -> str | None:
        """Which dataset to add to (tests replace this)."""
        names = [d["name"] for d in getattr(self, "_dataset_names", [])]
        name, ok = QInputDialog.getItem(
            self, self.tr("Add to dataset"), self.tr("Dataset (pick one or type a new name):"), names or ["my-style"], 0, True
        )
        return name.strip() if ok and name.strip() else None

    def add_current_to_dataset(self) -> None:
        if not self.current:
            return
        entry_id = self.current["id"]

        def names_loaded(datasets):
            self._dataset_names = datasets
            name = self.ask_dataset_name()
            if not name:
                return
            self.db.submit(
                lambda: store.add_entry_to_dataset(entry_id, name),
                lambda summary: self.message.emit(
                    self.tr("Added to dataset {name} ({n} examples).").format(name=summary["name"], n=summary["examples"])
                    if summary["added"]
                    else self.tr("Dataset {name} already holds this example.").format(name=summary["name"]),
                    "info",
                ),
                self._failed,
            )

        def work():
            from core.storage.datasets import list_datasets

            return list_datasets()

        self.db.submit(work, names_loaded, self._failed)


def _when(stamp: str) -> str:
    """'2025-03-01 14:02' in local time from the stored UTC ISO stamp."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except (ValueError, AttributeError):
        return stamp or ""
    return moment.strftime("%Y-%m-%d %H:%M")
