"""Preferences: model, backend, generation settings, threads, history, UI language.

Anything slow (validating a model file, asking the router where a model would run, which may
probe CUDA) runs in a worker; the dialog shows the answer when it arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import UI_LANGUAGES
from desktop.note_texts import route_reason
from core import decoding
from core.backends import backend_info, backend_names
from desktop.action_settings_page import ActionSettingsPage
from desktop.decoding_form import DecodingForm
from desktop.preferences import MAX_VERSIONS_PER_DOCUMENT, MAX_VERSIONS_TOTAL_MB, Preferences
from desktop.workers import GeneratorWorker


# The registered backends' labels, for the translation tools (the menu shows the registry's).
_BACKEND_LABELS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "llama.cpp on the CPU"),
    QT_TRANSLATE_NOOP("SettingsDialog", "PyTorch on CUDA"),
)


class SettingsDialog(QDialog):
    message = Signal(str, str)  # (text, kind)
    route_shown = Signal(str)

    def __init__(self, prefs: Preferences, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        self.workers = window.workers
        self._route_worker: GeneratorWorker | None = None
        tabs = QTabWidget(self)

        # -- model --
        model_page = QWidget()
        form = QFormLayout(model_page)
        self.model_combo = QComboBox(model_page)
        self.model_combo.setMinimumContentsLength(28)
        add_row = QHBoxLayout()
        self.add_gguf_button = QPushButton(self.tr("Add GGUF file…"), model_page)
        self.add_hf_button = QPushButton(self.tr("Add Hugging Face folder…"), model_page)
        add_row.addWidget(self.add_gguf_button)
        add_row.addWidget(self.add_hf_button)
        self.models_button = QPushButton(self.tr("Find or download models…"), model_page)
        add_row.addWidget(self.models_button)
        add_row.addStretch(1)
        self.backend_combo = QComboBox(model_page)
        self.backend_combo.addItem(self.tr("Automatic"), "auto")
        for name in backend_names(menu=True):  # the registry's order; endpoints are chosen as models
            self.backend_combo.addItem(QCoreApplication.translate("SettingsDialog", backend_info(name).label), name)
        self.route_label = QLabel(model_page)
        self.route_label.setWordWrap(True)
        self.route_label.setObjectName("RouteLabel")
        form.addRow(self.tr("Model:"), self.model_combo)
        form.addRow("", _wrap(add_row, model_page))
        form.addRow(self.tr("Backend:"), self.backend_combo)
        form.addRow(self.tr("Where it runs:"), self.route_label)
        tabs.addTab(model_page, self.tr("Model"))

        # -- endpoints (models on bigger machines; they join the model list) --
        from desktop.endpoints_page import EndpointsPage

        self.endpoints_page = EndpointsPage(self.workers, self)
        tabs.addTab(self.endpoints_page, self.tr("Endpoints"))

        # -- generation --
        gen_page = QWidget()
        gen = QVBoxLayout(gen_page)
        hint = QLabel(self.tr("Automatic lets each action use what suits it with this model (a low temperature "
                              "for summaries, some variety for continuing). An action's own settings (Actions tab) "
                              "come first."), gen_page)
        hint.setWordWrap(True)
        hint.setObjectName("Hint")
        self.decoding = DecodingForm(gen_page)
        self.threads = QSpinBox(gen_page)
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("Automatic (one per CPU core)"))
        self.threads.setToolTip(self.tr("Threads llama.cpp uses on the CPU; takes effect when the model reloads"))
        self.decoding.layout().addRow(self.tr("CPU threads:"), self.threads)
        gen.addWidget(hint)
        gen.addWidget(self.decoding)
        gen.addStretch(1)
        tabs.addTab(gen_page, self.tr("Generation"))

        # -- per action --
        self.actions_page = ActionSettingsPage(window, self)
        self.actions_page.message.connect(self.message)
        tabs.addTab(self.actions_page, self.tr("Actions"))

        # -- privacy and interface --
        general_page = QWidget()
        general = QFormLayout(general_page)
        self.history_box = QCheckBox(self.tr("Keep a history of actions (stored only on this computer)"), general_page)
        self.language_combo = QComboBox(general_page)
        self.language_combo.addItem(self.tr("System language"), "system")
        for code, name in UI_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.versions_per_document = QSpinBox(general_page)
        self.versions_per_document.setRange(1, MAX_VERSIONS_PER_DOCUMENT)
        self.versions_per_document.setToolTip(self.tr("Earlier versions kept of each document (File ▸ Versions); the oldest go first"))
        self.versions_total_mb = QSpinBox(general_page)
        self.versions_total_mb.setRange(1, MAX_VERSIONS_TOTAL_MB)
        self.versions_total_mb.setSuffix(" MB")
        self.versions_total_mb.setToolTip(self.tr("Space all kept versions may take in Inkstone's data folder"))
        general.addRow(self.tr("History:"), self.history_box)
        general.addRow(self.tr("Versions per document:"), self.versions_per_document)
        general.addRow(self.tr("Space for versions:"), self.versions_total_mb)
        general.addRow(self.tr("Interface language:"), self.language_combo)
        tabs.addTab(general_page, self.tr("General"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs

        self._load()
        self.model_combo.currentIndexChanged.connect(self._show_route)
        self.backend_combo.currentIndexChanged.connect(self._show_route)
        self.add_gguf_button.clicked.connect(self._add_gguf)
        self.add_hf_button.clicked.connect(self._add_hf)
        self.models_button.clicked.connect(self.open_models)
        self.endpoints_page.endpoints_changed.connect(self._models_changed)
        self._show_route()

    # -- values ------------------------------------------------------------------------------------

    def _load(self) -> None:
        prefs = self.prefs
        self._fill_models(prefs.model)
        self.backend_combo.setCurrentIndex(max(self.backend_combo.findData(prefs.backend), 0))
        self.decoding.set_values(prefs.decoding())
        self.threads.setValue(prefs.threads)
        try:
            self.history_box.setChecked(prefs.history_enabled)
        except Exception as exc:  # no database: show the default and say why
            self.history_box.setChecked(True)
            self.history_box.setToolTip(str(exc))
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(prefs.language), 0))
        self.versions_per_document.setValue(prefs.versions_per_document)
        self.versions_total_mb.setValue(prefs.versions_total_mb)
        self._initial = self.values()

    def _fill_models(self, selected: str) -> None:
        from core.models import list_models

        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        try:
            models = list_models()
        except Exception as exc:
            models = []
            self.message.emit(str(exc), "error")
        for entry in models:
            label = entry.name + (self.tr(" (built in)") if entry.bundled else "") + f" — {entry.format}"
            self.model_combo.addItem(label, "" if entry.bundled else entry.name)
            self.model_combo.setItemData(self.model_combo.count() - 1, entry.path, Qt.ItemDataRole.ToolTipRole)
        for endpoint in _endpoints(self.message):
            self.model_combo.addItem(self.tr("{name} — remote endpoint ({model})").format(name=endpoint.name, model=endpoint.model),
                                     endpoint.name)
            self.model_combo.setItemData(self.model_combo.count() - 1, endpoint.base_url, Qt.ItemDataRole.ToolTipRole)
        index = self.model_combo.findData(selected or "")
        self.model_combo.setCurrentIndex(max(index, 0))
        self.model_combo.blockSignals(False)

    def values(self) -> dict:
        return {
            "model": self.model_combo.currentData() or "",
            "backend": self.backend_combo.currentData(),
            **self.decoding.values(),
            "threads": self.threads.value(),
            "history": self.history_box.isChecked(),
            "language": self.language_combo.currentData(),
            "versions_per_document": self.versions_per_document.value(),
            "versions_total_mb": self.versions_total_mb.value(),
        }

    def apply(self) -> set[str]:
        """Store the values; return the names of those that changed."""
        values = self.values()
        changed = {key for key, value in values.items() if self._initial.get(key) != value}
        prefs = self.prefs
        prefs.model = values["model"]
        prefs.backend = values["backend"]
        prefs.set_decoding({name: values[name] for name in decoding.SETTINGS})
        prefs.threads = values["threads"]
        prefs.language = values["language"]
        prefs.versions_per_document = values["versions_per_document"]
        prefs.versions_total_mb = values["versions_total_mb"]
        if "history" in changed:
            try:
                prefs.history_enabled = values["history"]
            except Exception as exc:
                self.message.emit(self.tr("History setting not saved: {reason}").format(reason=exc), "error")
        prefs.sync()
        changed.update(f"action:{name}" for name in self.actions_page.apply())
        return changed

    # -- route ----------------------------------------------------------------------------------------

    def _show_route(self) -> None:
        model, backend = self.model_combo.currentData() or None, self.backend_combo.currentData()
        self.route_label.setText(self.tr("Checking…"))

        def work():
            from core.run import prepare

            yield prepare(model, backend, sources={"model": "preferences", "backend": "preferences"}).route

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._on_route)
        worker.errored.connect(self._on_route_error)
        self._route_worker = worker
        self.workers.start(worker)

    def _on_route(self, route) -> None:
        text = self.tr("{backend} on {device} — {reason}").format(backend=route.backend, device=route.device, reason=route_reason(route))
        self.route_label.setText(text)
        self.route_shown.emit(text)

    def _on_route_error(self, message: str) -> None:
        self.route_label.setText(message)
        self.route_shown.emit(message)

    # -- adding models --------------------------------------------------------------------------------

    def _add_gguf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model"), "", self.tr("GGUF models (*.gguf)"))
        if path:
            self.add_model(path)

    def _add_hf(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a Hugging Face model folder"))
        if path:
            self.add_model(path)

    def open_models(self):
        """The Models dialog (models other apps keep here, the download catalog); the list follows it."""
        from desktop.models_dialog import open_models_dialog

        # A child of this (modal) dialog, so it takes input while Preferences is open.
        dialog = open_models_dialog(self, workers=self.workers)
        dialog.models_changed.connect(self._models_changed, Qt.ConnectionType.UniqueConnection)
        return dialog

    def _models_changed(self) -> None:
        self._fill_models(self.model_combo.currentData() or "")

    def add_model(self, path: str) -> GeneratorWorker:
        """Validate and register ``path`` in a worker; select it when done."""

        def work():
            from core.models import add_model

            yield add_model(path)

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._model_added)
        worker.errored.connect(self._add_failed)  # a bound method runs on the UI thread; a lambda would not
        self.workers.start(worker)
        return worker

    def _add_failed(self, message: str) -> None:
        self.message.emit(self.tr("Model not added: {reason}").format(reason=message), "error")

    def _model_added(self, entry) -> None:
        self._fill_models(entry.name)
        self._show_route()
        self.message.emit(self.tr("Added model {name}.").format(name=entry.name), "info")


def _endpoints(message) -> list:
    """The user's endpoints for the model list; a database problem goes to ``message``."""
    from core.endpoints import list_endpoints

    try:
        return list_endpoints()
    except Exception as exc:
        message.emit(str(exc), "error")
        return []


def _wrap(layout, parent) -> QWidget:
    widget = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
