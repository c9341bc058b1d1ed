"""Trained LoRA adapters: versions and metrics, which one actions use, updates, roll back, delete.

The adapter in use is the core's setting (:func:`core.training.continual.active_adapter`), shared
with ``inkstone-cli adapters use/rollback`` and switched by a finished update; the window's own
preference follows it. Each refresh reconciles the two: the core's choice wins when it has one
(it changed outside the window), and a preference from before the setting existed is copied in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.adapter_updates import AdapterUpdateBox


def _read_adapters() -> dict:
    """Database thread: the adapters, the core's choice of adapter and the update status."""
    from core.storage.runs import list_adapters
    from core.storage.settings import all_settings
    from core.training import continual

    settings = all_settings()
    return {
        "adapters": list_adapters(),
        "core_set": continual.ACTIVE_KEY in settings,
        "core_active": settings.get(continual.ACTIVE_KEY),
        "status": continual.status().to_dict(),
    }


class AdaptersTab(QWidget):
    message = Signal(str, str)
    activated = Signal(str)  # adapter id, "" for none
    loaded = Signal()
    update_requested = Signal()

    def __init__(self, db, prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.adapters: list[dict] = []
        self.status: dict | None = None
        self.active_label = QLabel(self)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels(
            [self.tr("Adapter"), self.tr("Version"), self.tr("Base model"), self.tr("Eval loss before → after"), self.tr("Created")]
        )
        self.list.setRootIsDecorated(False)
        self.activate_button = QPushButton(self.tr("Use for actions"), self)
        self.deactivate_button = QPushButton(self.tr("Use no adapter"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.updates = AdapterUpdateBox(self)
        buttons = QHBoxLayout()
        for button in (self.activate_button, self.deactivate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.active_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.updates)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.activate_button.clicked.connect(self.activate_current)
        self.deactivate_button.clicked.connect(lambda: self.activate(""))
        self.delete_button.clicked.connect(self.delete_current)
        self.updates.update_requested.connect(self.update_requested)
        self.updates.rollback_requested.connect(self.roll_back)
        self.updates.when_idle_changed.connect(self._set_when_idle)
        self._update_buttons()

    def refresh(self) -> None:
        self.db.submit(_read_adapters, self._fill, lambda m: self.message.emit(m, "error"))

    def _fill(self, data: dict) -> None:
        self.adapters = data["adapters"]
        self.status = data["status"]
        core_active = "" if data["core_active"] is None else str(data["core_active"])
        if data["core_set"] and core_active != self.prefs.adapter:
            self.prefs.adapter = core_active  # changed by an update, the CLI or a rollback
            self.activated.emit(core_active)
        elif not data["core_set"] and self.prefs.adapter:
            self._store_active(self.prefs.adapter)
        self._render()
        self.loaded.emit()

    def _active(self) -> dict | None:
        active = self.prefs.adapter
        return next((a for a in self.adapters if str(a["id"]) == active or a["name"] == active), None)

    def _render(self) -> None:
        self.list.clear()
        active = self._active()
        names = {a["id"]: a["name"] for a in self.adapters}
        for adapter in self.adapters:
            metrics = adapter.get("metrics") or {}
            before, after = metrics.get("eval_loss_before"), metrics.get("eval_loss_after")
            loss = f"{before:.3f} → {after:.3f}" if isinstance(before, (int, float)) and isinstance(after, (int, float)) else ""
            mark = "✔ " if active is not None and adapter["id"] == active["id"] else ""
            version = f"v{adapter.get('version') or 1}"
            if adapter.get("parent_id") in names:
                version = self.tr("{version} (from {name})").format(version=version, name=names[adapter["parent_id"]])
            item = QTreeWidgetItem([mark + adapter["name"], version, adapter.get("base_model") or "", loss,
                                    (adapter.get("created_at") or "")[:16].replace("T", " ")])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, str(adapter["id"]))
            item.setToolTip(0, "\n".join(p for p in (adapter.get("gguf_path"), adapter.get("peft_dir")) if p))
            self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        self.active_label.setText(
            self.tr("Actions use adapter {name}.").format(name=active["name"]) if active else self.tr("Actions use the base model (no adapter).")
        )
        previous = next((a for a in self.adapters if active is not None and a["id"] == active.get("parent_id")), None)
        status = self.status if (self.status or {}).get("adapter") and active is not None and self.status["adapter"]["id"] == active["id"] else None
        self.updates.show_status(status or {"adapter": None, "when_idle": (self.status or {}).get("when_idle")}, previous)
        self._update_buttons()

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
        self._store_active(adapter_id)
        self._render()

    def _store_active(self, adapter_id: str) -> None:
        def work():
            from core.training.continual import set_active_adapter, status

            set_active_adapter(int(adapter_id) if adapter_id else None)
            return status().to_dict()

        self.db.submit(work, self._on_status, lambda m: self.message.emit(m, "error"))

    def _on_status(self, status: dict) -> None:
        self.status = status
        self._render()

    def roll_back(self) -> None:
        """Use the version the adapter in use was made from (one click in the update box)."""

        current = self.prefs.adapter  # read here: the preferences belong to the UI thread

        def work():
            from core.training.continual import rollback

            rollback(int(current) if current.isdigit() else (current or None))
            return _read_adapters()

        self.db.submit(work, self._rolled_back, lambda m: self.message.emit(m, "error"))

    def _rolled_back(self, data: dict) -> None:
        self._fill(data)
        active = self._active()
        if active is not None:
            self.message.emit(self.tr("Actions use {name} again.").format(name=active["name"]), "info")

    def _set_when_idle(self, enabled: bool) -> None:
        def work():
            from core.training.continual import set_when_idle

            set_when_idle(enabled)

        self.db.submit(work, None, lambda m: self.message.emit(m, "error"))

    def delete_current(self) -> None:
        adapter_id = self.current_id()
        if not adapter_id:
            return

        def work():
            from core.storage.runs import delete_adapter
            from core.training import continual

            active = continual.active_adapter()
            deleted = delete_adapter(int(adapter_id))
            if active is not None and str(active["id"]) == adapter_id:
                continual.set_active_adapter(None)
            return deleted

        def done(_ok):
            if self.prefs.adapter == adapter_id:
                self.prefs.adapter = ""
                self.activated.emit("")
            self.refresh()

        self.db.submit(work, done, lambda m: self.message.emit(m, "error"))
