"""Preferences ▸ Endpoints: add, test and remove OpenAI-compatible servers (llama-server, vLLM,
SGLang, Ollama, LM Studio) that run a model on a bigger machine.

An endpoint added here appears among the models (Preferences ▸ Model, per-action settings); text
goes to it only when it is chosen there. Every server call runs in a worker; the page shows the
answer when it arrives. Entry point: :class:`EndpointsPage` (signal ``endpoints_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.workers import GeneratorWorker


def _add_endpoint(values: dict):
    """Check the server, then remember the endpoint (runs in a worker)."""
    from core.backends.remote_api import ServerClient
    from core.endpoints import Endpoint, add_endpoint, check_name, normalize_url

    name = check_name(values["name"])
    base_url = normalize_url(values["base_url"])
    key, key_env = values.get("key") or None, values.get("key_env") or None
    draft = Endpoint(name, base_url, values["model"].strip(), "env" if key_env else "", key_env)
    server = ServerClient(draft, key=key)
    try:
        found = server.probe()
    finally:
        server.close()
    yield add_endpoint(name, base_url, values["model"], key=key, key_env=key_env,
                       context_length=values.get("context") or None, found=found)


def _test_endpoint(name: str):
    from core.backends.remote_api import ServerClient
    from core.endpoints import get_endpoint, remember_found

    endpoint = get_endpoint(name)
    server = ServerClient(endpoint)
    try:
        endpoint = remember_found(endpoint, server.probe())
    finally:
        server.close()
    yield endpoint


def _remove_endpoint(name: str):
    from core.endpoints import remove_endpoint

    yield remove_endpoint(name)


def _list_endpoints():
    from core.endpoints import list_endpoints

    yield list_endpoints()


class EndpointsPage(QWidget):
    """The endpoints list with Add, Test and Remove."""

    endpoints_changed = Signal()
    #: A finished check or change, for the status line and tests: (text, kind "info"/"error").
    reported = Signal(str, str)

    def __init__(self, workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self._worker: GeneratorWorker | None = None
        intro = QLabel(self.tr(
            "Run models on a bigger machine: an OpenAI-compatible server such as llama-server, vLLM, SGLang, "
            "Ollama or LM Studio. An endpoint is chosen like a model; nothing is sent to it until you choose it."
        ), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("gpu-box"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("http://gpu-box:8000/v1")
        self.model_edit = QLineEdit(self)
        self.model_edit.setPlaceholderText(self.tr("the model's name on the server"))
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        self.key_env_edit = QLineEdit(self)
        self.key_env_edit.setPlaceholderText(self.tr("or the name of an environment variable holding it"))
        self.context_spin = QSpinBox(self)
        self.context_spin.setRange(0, 10_000_000)
        self.context_spin.setSingleStep(1024)
        self.context_spin.setSpecialValueText(self.tr("As the server reports it"))
        self.http_warning = QLabel(self)
        self.http_warning.setObjectName("PlainHttpWarning")
        self.http_warning.setWordWrap(True)
        self.http_warning.hide()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.test_button = QPushButton(self.tr("Test"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Base URL:"), self.url_edit)
        form.addRow(self.tr("Server model:"), self.model_edit)
        form.addRow(self.tr("API key:"), self.key_edit)
        form.addRow(self.tr("Key variable:"), self.key_env_edit)
        form.addRow(self.tr("Context (tokens):"), self.context_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.http_warning)
        layout.addWidget(self.status)

        self.add_button.clicked.connect(self.add)
        self.test_button.clicked.connect(self.test)
        self.remove_button.clicked.connect(self.remove)
        self.url_edit.textChanged.connect(self._check_url)
        self.list.currentItemChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh()

    # -- list ------------------------------------------------------------------------------------

    def refresh(self) -> GeneratorWorker:
        return self._start(_list_endpoints, self._fill)

    @Slot(object)
    def _fill(self, endpoints) -> None:
        current = self.selected_name()
        self.list.clear()
        for endpoint in endpoints:
            text = self.tr("{name} — {model} at {url}").format(name=endpoint.name, model=endpoint.model, url=endpoint.base_url)
            if endpoint.plain_http_remote:
                text += "  " + self.tr("(unencrypted)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, endpoint.name)
            if endpoint.name == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self, *_args) -> None:
        busy = self._worker is not None and not self._worker.done
        selected = self.selected_name() is not None
        self.add_button.setEnabled(not busy)
        self.test_button.setEnabled(selected and not busy)
        self.remove_button.setEnabled(selected and not busy)

    def _check_url(self, text: str) -> None:
        from core.endpoints import Endpoint, normalize_url

        try:
            remote = Endpoint("x", normalize_url(text), "m").plain_http_remote
        except Exception:
            remote = False
        self.http_warning.setText(self.tr(
            "This address is another machine over plain http://: your text would travel unencrypted. "
            "Use https:// or an SSH tunnel to localhost where you can."
        ))
        self.http_warning.setVisible(remote)

    # -- actions ---------------------------------------------------------------------------------

    def values(self) -> dict:
        return {
            "name": self.name_edit.text().strip(),
            "base_url": self.url_edit.text().strip(),
            "model": self.model_edit.text().strip(),
            "key": self.key_edit.text().strip(),
            "key_env": self.key_env_edit.text().strip(),
            "context": self.context_spin.value(),
        }

    def add(self) -> GeneratorWorker:
        values = self.values()
        self.status.setText(self.tr("Checking {url}…").format(url=values["base_url"]))
        return self._start(lambda: _add_endpoint(values), self._added)

    @Slot(object)
    def _added(self, endpoint) -> None:
        self.key_edit.clear()
        for edit in (self.name_edit, self.url_edit, self.model_edit, self.key_env_edit):
            edit.clear()
        self._report(self.tr("Added endpoint {name}: the server offers {model}; context {context} tokens.").format(
            name=endpoint.name, model=endpoint.model, context=endpoint.context), "info")
        self.endpoints_changed.emit()
        self.refresh()

    def test(self) -> GeneratorWorker | None:
        name = self.selected_name()
        if name is None:
            return None
        self.status.setText(self.tr("Testing {name}…").format(name=name))
        return self._start(lambda: _test_endpoint(name), self._tested)

    @Slot(object)
    def _tested(self, endpoint) -> None:
        counting = self.tr("counted by the server") if endpoint.tokenize_route else self.tr("estimated")
        self._report(self.tr("{name} answers: {model}, context {context} tokens, tokens {counting}.").format(
            name=endpoint.name, model=endpoint.model, context=endpoint.context, counting=counting), "info")

    def remove(self) -> GeneratorWorker | None:
        name = self.selected_name()
        if name is None:
            return None
        return self._start(lambda: _remove_endpoint(name), self._removed)

    @Slot(object)
    def _removed(self, endpoint) -> None:
        self._report(self.tr("Removed endpoint {name}.").format(name=endpoint.name), "info")
        self.endpoints_changed.emit()
        self.refresh()

    def _start(self, work, on_value) -> GeneratorWorker:
        worker = GeneratorWorker(work)
        worker.yielded.connect(on_value)
        worker.errored.connect(self._failed)
        worker.finished.connect(self._update_buttons)
        self._worker = worker
        self.workers.start(worker)
        self._update_buttons()
        return worker

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._report(message, "error")
        self._update_buttons()

    def _report(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.reported.emit(text, kind)
