"""Trained LoRA adapters: metrics, which one actions use, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


class AdaptersTab(QWidget):
    message = Signal(str, str)
    activated = Signal(str)  # adapter id, "" for none
    loaded = Signal()

    def __init__(self, db, prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.adapters: list[dict] = []
        self.active_label = QLabel(self)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels(
            [self.tr("Adapter"), self.tr("Base model"), self.tr("Eval loss before → after"), self.tr("Created")]
        )
        self.list.setRootIsDecorated(False)
        self.activate_button = QPushButton(self.tr("Use for actions"), self)
        self.deactivate_button = QPushButton(self.tr("Use no adapter"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.activate_button, self.deactivate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.active_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.activate_button.clicked.connect(self.activate_current)
        self.deactivate_button.clicked.connect(lambda: self.activate(""))
        self.delete_button.clicked.connect(self.delete_current)
        self._update_buttons()

    def refresh(self) -> None:
        def work():
            from core.storage.runs import list_adapters

            return list_adapters()

        self.db.submit(work, self._fill, lambda m: self.message.emit(m, "error"))

    def _fill(self, adapters: list[dict]) -> None:
        self.adapters = adapters
        self.list.clear()
        active = self.prefs.adapter
        for adapter in adapters:
            metrics = adapter.get("metrics") or {}
            before, after = metrics.get("eval_loss_before"), metrics.get("eval_loss_after")
            loss = f"{before:.3f} → {after:.3f}" if isinstance(before, (int, float)) and isinstance(after, (int, float)) else ""
            mark = "✔ " if str(adapter["id"]) == active or adapter["name"] == active else ""
            item = QTreeWidgetItem([mark + adapter["name"], adapter.get("base_model") or "", loss, (adapter.get("created_at") or "")[:16].replace("T", " ")])
            item.setData(0, Qt.ItemDataRole.UserRole, str(adapter["id"]))
            item.setToolTip(0, "\n".join(p for p in (adapter.get("gguf_path"), adapter.get("peft_dir")) if p))
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        name = next((a["name"] for a in adapters if str(a["id"]) == active or a["name"] == active), None)
        self.active_label.setText(
            self.tr("Actions use adapter {name}.").format(name=name) if name else self.tr("Actions use the base model (no adapter).")
        )
        self._update_buttons()
        self.loaded.emit()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.activate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.deactivate_button.setEnabled(bool(self.prefs.adapter))

    def activate_current(self) -> None:
        adapter_id = self.current_id()
        if adapter_id:
            self.activate(adapter_id)

    def activate(self, adapter_id: str) -> None:
        self.prefs.adapter = adapter_id
        self.activated.emit(adapter_id)
        self._fill(self.adapters)

    def delete_current(self) -> None:
        adapter_id = self.current_id()
        if not adapter_id:
            return

        def work():
            from core.storage.runs import delete_adapter

            return delete_adapter(int(adapter_id))

        def done(_ok):
            if self.prefs.adapter == adapter_id:
                self.activate("")
            self.refresh()

        self.db.submit(work, done, lambda m: self.message.emit(m, "error"))
