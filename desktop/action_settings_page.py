"""Preferences ▸ Actions: settings of one action's own (a model, an adapter, decoding), kept in the
database's per-action settings, so ``inkstone-cli`` uses them too (``inkstone-cli actions set``).
The database is read and written on the window's database thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from core import decoding
from desktop.decoding_form import DecodingForm

DEFAULT = ""  # combo data for "as in the general settings"


class ActionSettingsPage(QWidget):
    message = Signal(str, str)
    loaded = Signal()

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.settings: dict[str, dict] = {}  # action -> its settings, as edited here
        self._initial: dict[str, dict] = {}
        self._shown: str | None = None
        intro = QLabel(self.tr("An action can use its own model, adapter and decoding, in the app and in "
                               "inkstone-cli. “As in the general settings” leaves a setting to the Model and "
                               "Generation tabs."), self)
        intro.setWordWrap(True)
        intro.setObjectName("Hint")
        self.action_combo = QComboBox(self)
        self.model_combo = QComboBox(self)
        self.adapter_combo = QComboBox(self)
        self.decoding = DecodingForm(self, ("few_shot", *decoding.SETTINGS))
        form = QFormLayout()
        form.addRow(self.tr("Action:"), self.action_combo)
        form.addRow(self.tr("Model:"), self.model_combo)
        form.addRow(self.tr("Adapter:"), self.adapter_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.decoding)
        layout.addStretch(1)
        for action in window.menus.catalog.actions.values():
            self.action_combo.addItem(window.menus.label(action.name, {}), action.name)
        self.action_combo.currentIndexChanged.connect(self._show_current)
        self.setEnabled(False)  # until the settings arrive from the database thread
        self._read()

    def _read(self) -> None:
        def work():
            from core.models import list_models
            from core.storage.action_settings import all_action_settings
            from core.storage.runs import list_adapters

            models = [entry.name for entry in list_models()]
            adapters = [(str(a["id"]), a.get("name") or str(a["id"])) for a in list_adapters()]
            return all_action_settings(), models, adapters

        self.window.db.submit(work, self._fill, lambda m: self.message.emit(m, "error"))

    def _fill(self, found) -> None:
        settings, models, adapters = found
        self.settings = {name: dict(values) for name, values in settings.items()}
        self._initial = {name: dict(values) for name, values in settings.items()}
        self.model_combo.addItem(self.tr("As in the general settings"), DEFAULT)
        for name in models:
            self.model_combo.addItem(name, name)
        self.adapter_combo.addItem(self.tr("As in the general settings"), DEFAULT)
        self.adapter_combo.addItem(self.tr("No adapter"), "none")
        for adapter_id, name in adapters:
            self.adapter_combo.addItem(name, adapter_id)
        self.setEnabled(True)
        self._show_current()
        self.loaded.emit()

    def _keep_shown(self) -> None:
        """Take the edits of the action on screen into :attr:`settings`."""
        if self._shown is None:
            return
        values = {"model": self.model_combo.currentData() or None, "adapter": self.adapter_combo.currentData() or None,
                  **self.decoding.values()}
        kept = {key: value for key, value in values.items() if value is not None}
        other = {k: v for k, v in self.settings.get(self._shown, {}).items() if k not in values}  # e.g. backend
        self.settings[self._shown] = {**other, **kept}

    def _show_current(self) -> None:
        self._keep_shown()
        name = self.action_combo.currentData()
        self._shown = name
        values = self.settings.get(name, {})
        for combo, key in ((self.model_combo, "model"), (self.adapter_combo, "adapter")):
            index = combo.findData(values.get(key) or DEFAULT)
            if index < 0:  # a model or adapter not listed (a path, a removed one): keep it shown
                combo.addItem(values[key], values[key])
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.decoding.set_values(values)

    def select_action(self, name: str) -> None:
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(name), 0))

    def apply(self) -> list[str]:
        """Write the actions whose settings changed (on the database thread); their names."""
        if not self.isEnabled():
            return []
        self._keep_shown()
        changed = {name: values for name, values in self.settings.items() if values != self._initial.get(name, {})}
        if not changed:
            return []
        from core.storage.action_settings import KEYS

        def work():
            from core.storage.action_settings import update_action_settings

            for name, values in changed.items():
                update_action_settings(name, {key: values.get(key) for key in KEYS})

        self.window.db.submit(work, None, lambda m: self.message.emit(self.tr("Action settings not saved: {reason}").format(reason=m), "error"))
        self._initial = {name: dict(values) for name, values in self.settings.items()}
        return sorted(changed)
