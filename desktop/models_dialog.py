"""The Models dialog: models other apps keep on this computer, the download catalog, and the
user's own models (a downloaded one can be deleted with its file).

One entry point: :func:`open_models_dialog` (the window's menu, Preferences and a result's "a
bigger model would help" link all call it). The dialog emits :attr:`ModelsDialog.models_changed`
after a model is added or deleted, so the window can refresh its model lists. Searching, adding
(the full file check, and the load probe where there is one), downloading and deleting run in
workers; nothing here blocks the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.models.download import human_size
from desktop.model_catalog_tab import CatalogTab
from desktop.workers import GeneratorWorker, WorkerManager

FOUND_TAB, DOWNLOAD_TAB, YOURS_TAB = 0, 1, 2


def open_models_dialog(parent, tab: int | None = None, workers: WorkerManager | None = None) -> "ModelsDialog":
    """Show the Models dialog of ``parent`` (one per parent, kept while it lives); returns it.

    ``tab``: :data:`FOUND_TAB`, :data:`DOWNLOAD_TAB` or :data:`YOURS_TAB` (default: as left).
    ``workers``: the window's WorkerManager, so closing the window stops a running download;
    without one (or when ``parent`` has none) the dialog keeps its own.
    """
    dialog = getattr(parent, "_models_dialog", None)
    if dialog is None:
        dialog = ModelsDialog(parent, workers or getattr(parent, "workers", None))
        if parent is not None:
            parent._models_dialog = dialog
    if tab is not None:
        dialog.tabs.setCurrentIndex(tab)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.refresh()
    return dialog


class ModelsDialog(QDialog):
    models_changed = Signal()  # a model was added or deleted
    search_done = Signal()  # the list of models found on this computer is complete
    message = Signal(str, str)  # (text, kind), for the window's message bar

    def __init__(self, parent=None, workers: WorkerManager | None = None, catalog_path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModelsDialog")
        self.setWindowTitle(self.tr("Models"))
        self.resize(900, 560)
        self.own_workers = workers is None
        self.workers = workers or WorkerManager(self)
        self.locations = None  # None: every known tool's folders (tests pass their own)
        self.found: list = []
        self.search_worker: GeneratorWorker | None = None
        self._searched_once = False
        # Replaced in tests; returns True to go ahead.
        self.confirm = self._ask

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_found(), self.tr("On this computer"))
        self.catalog = CatalogTab(self.workers, self, catalog_path)
        self.tabs.addTab(self.catalog, self.tr("Download"))
        self.tabs.addTab(self._build_yours(), self.tr("Your models"))
        self.catalog.model_added.connect(self._model_added)
        self.catalog.message.connect(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    # -- building -----------------------------------------------------------------------------------

    def _build_found(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Models that Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache keep on this "
                "computer. Adding one uses the file where it is: nothing is copied or changed."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.found_tree = QTreeWidget(page)
        self.found_tree.setObjectName("ModelsFound")
        self.found_tree.setRootIsDecorated(False)
        self.found_tree.setUniformRowHeights(True)
        self.found_tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.found_tree.setHeaderLabels(
            [self.tr("Model"), self.tr("App"), self.tr("Size"), self.tr("Parameters"), self.tr("Quantization"),
             self.tr("Architecture"), self.tr("Context"), self.tr("Runs on"), self.tr("In Inkstone")]
        )  # fmt: skip
        self.found_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.found_status = QLabel(page)
        self.found_status.setObjectName("ModelsFoundStatus")
        self.found_status.setWordWrap(True)
        self.search_button = QPushButton(self.tr("Search again"), page)
        self.add_button = QPushButton(self.tr("Add"), page)
        self.add_all_button = QPushButton(self.tr("Add all"), page)
        row = QHBoxLayout()
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.add_all_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.found_tree, 1)
        layout.addWidget(self.found_status)
        layout.addLayout(row)
        self.search_button.clicked.connect(self.search)
        self.add_button.clicked.connect(self.add_selected)
        self.add_all_button.clicked.connect(lambda: self.add_found(self.found))
        self.found_tree.itemSelectionChanged.connect(self._update_found_buttons)
        self._update_found_buttons()
        return page

    def _build_yours(self) -> QWidget:
        page = QWidget(self)
        self.yours_tree = QTreeWidget(page)
        self.yours_tree.setObjectName("ModelsYours")
        self.yours_tree.setRootIsDecorated(False)
        self.yours_tree.setHeaderLabels([self.tr("Name"), self.tr("From"), self.tr("Format"), self.tr("File")])
        self.yours_tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Delete model and file"), page)
        self.delete_button.setToolTip(self.tr("Only for models Inkstone downloaded: the file is deleted too"))
        self.forget_button = QPushButton(self.tr("Remove from list"), page)
        self.forget_button.setToolTip(self.tr("Inkstone forgets the model; its file stays where it is"))
        self.yours_status = QLabel(page)
        self.yours_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.forget_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.yours_tree, 1)
        layout.addWidget(self.yours_status)
        layout.addLayout(row)
        self.delete_button.clicked.connect(self.delete_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        self.yours_tree.currentItemChanged.connect(self._update_yours_buttons)
        return page

    # -- refreshing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the catalog and the user's models; search the other apps' folders the first time."""
        self.catalog.reload()
        self.fill_yours()
        if not self._searched_once:
            self.search()

    def search(self) -> GeneratorWorker | None:
        if self.search_worker is not None and not self.search_worker.done:
            return None
        from core.models.discover import Discovery, iter_discover

        self._searched_once = True
        self.found = []
        self.found_tree.clear()
        self.found_status.setText(self.tr("Searching…"))
        locations = self.locations
        result = Discovery()
        worker = GeneratorWorker(lambda: iter_discover(locations, result), result=lambda _: result)
        worker.yielded.connect(self._show_found)
        worker.finished.connect(self._search_done)
        worker.errored.connect(self._search_failed)
        self.search_worker = worker
        self.workers.start(worker)
        self._update_found_buttons()
        return worker

    def _show_found(self, model) -> None:
        self.found.append(model)
        context = f"{model.context_length:,}" if model.context_length else ""
        params = f"{model.parameters / 1e9:.1f}B" if (model.parameters or 0) >= 1e9 else f"{(model.parameters or 0) / 1e6:.0f}M"
        item = QTreeWidgetItem(
            [model.label, model.source_label, human_size(model.size), params if model.parameters else "",
             model.quantization or "", model.architecture or "", context, ", ".join(model.backends) or self.tr("none"),
             model.registered_as or ""]
        )  # fmt: skip
        item.setToolTip(0, model.path)
        item.setData(0, Qt.ItemDataRole.UserRole, len(self.found) - 1)
        self.found_tree.addTopLevelItem(item)

    def _search_done(self, result) -> None:
        self.search_worker = None
        for column in range(1, 9):
            self.found_tree.resizeColumnToContents(column)
        apps = sorted({m.source_label for m in self.found})
        if self.found:
            text = self.tr("Found {count} model(s) in {apps}.").format(count=len(self.found), apps=", ".join(apps))
        else:
            text = self.tr("No models found in the folders Ollama, LM Studio, GPT4All, Jan, llama.cpp and the Hugging Face cache use.")
        if result is not None and result.skipped:
            text += " " + self.tr("{count} file(s) left out (vision projectors, adapters, unfinished downloads).").format(count=len(result.skipped))
        self.found_status.setText(text)
        self._update_found_buttons()
        self.search_done.emit()

    def _search_failed(self, reason: str) -> None:
        self.search_worker = None
        self.found_status.setText(self.tr("The search stopped: {reason}").format(reason=reason))
        self._update_found_buttons()
        self.search_done.emit()

    def _update_found_buttons(self) -> None:
        searching = self.search_worker is not None and not self.search_worker.done
        new = [m for m in self.found if not m.registered_as]
        selected = [self.found[i] for i in self._selected_found_rows()]
        self.search_button.setEnabled(not searching)
        self.add_button.setEnabled(not searching and any(not m.registered_as for m in selected))
        self.add_all_button.setEnabled(not searching and bool(new))

    def _selected_found_rows(self) -> list[int]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.found_tree.selectedItems()]

    # -- adding -------------------------------------------------------------------------------------

    def add_selected(self) -> GeneratorWorker | None:
        return self.add_found([self.found[i] for i in self._selected_found_rows()])

    def add_found(self, models: list) -> GeneratorWorker | None:
        models = [m for m in models if not m.registered_as]
        if not models:
            return None

        def work():
            from core.errors import InkstoneError
            from core.models.discover import add_found

            for model in models:
                try:
                    yield model, add_found(model), ""
                except InkstoneError as exc:
                    yield model, None, str(exc)

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._found_added)
        worker.finished.connect(self._adding_done)
        self.add_button.setEnabled(False)
        self.add_all_button.setEnabled(False)
        self.workers.start(worker)
        return worker

    def _adding_done(self, _) -> None:
        self.search()  # the "In Inkstone" column follows

    def _found_added(self, item) -> None:
        model, entry, error = item
        if entry is None:
            self.found_status.setText(self.tr("{label} was not added: {reason}").format(label=model.label, reason=error))
            return
        self.found_status.setText(self.tr("Added {name} from {app}.").format(name=entry.name, app=model.source_label))
        self._model_added(entry)

    def _model_added(self, entry) -> None:
        self.fill_yours()
        self.models_changed.emit()
        self.message.emit(self.tr("Added model {name}; choose it in Preferences ▸ Model.").format(name=entry.name), "info")

    # -- the user's models --------------------------------------------------------------------------

    def fill_yours(self) -> None:
        from core.errors import InkstoneError
        from core.models import list_models
        from core.models.locations import SOURCE_LABELS

        self.yours_tree.clear()
        try:
            models = list_models()
        except InkstoneError as exc:
            self.yours_status.setText(str(exc))
            models = []
        for entry in models:
            origin = self.tr("built in") if entry.bundled else {
                "download": self.tr("downloaded"), "": self.tr("added by you")
            }.get(entry.origin, SOURCE_LABELS.get(entry.origin, entry.origin))  # fmt: skip
            item = QTreeWidgetItem([entry.name, origin, entry.format, entry.path])
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            self.yours_tree.addTopLevelItem(item)
        self.yours_tree.resizeColumnToContents(0)
        self.yours_tree.resizeColumnToContents(1)
        self._update_yours_buttons()

    def _selected_model(self):
        item = self.yours_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_yours_buttons(self, *_) -> None:
        entry = self._selected_model()
        self.delete_button.setEnabled(entry is not None and entry.origin == "download")
        self.forget_button.setEnabled(entry is not None and not entry.bundled)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Models"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> GeneratorWorker | None:
        entry = self._selected_model()
        if entry is None or entry.origin != "download":
            return None
        size = human_size(Path(entry.path).stat().st_size) if Path(entry.path).exists() else ""
        if not self.confirm(self.tr("Delete {name} and its file ({size})? It can be downloaded again later.").format(name=entry.name, size=size)):
            return None

        def work():
            from core.models.hub_store import delete_downloaded

            yield delete_downloaded(entry.name)

        return self._run_change(work, self.tr("Deleted {name} ({size} freed)."), entry.name)

    def forget_selected(self) -> GeneratorWorker | None:
        entry = self._selected_model()
        if entry is None or entry.bundled:
            return None

        def work():
            from core.models import remove_model

            remove_model(entry.name)
            yield entry.path, 0

        return self._run_change(work, self.tr("Removed {name} from the list; its file stays where it is."), entry.name)

    def _run_change(self, work, done_text: str, name: str) -> GeneratorWorker:
        def changed(result) -> None:
            _, freed = result
            self.yours_status.setText(done_text.format(name=name, size=human_size(freed)))
            self.fill_yours()
            self.catalog.reload()
            self.models_changed.emit()

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._changed_slot(changed))
        worker.errored.connect(self._change_failed)
        self.delete_button.setEnabled(False)
        self.forget_button.setEnabled(False)
        self.workers.start(worker)
        return worker

    def _changed_slot(self, handler):
        # A bound method of a QObject on the UI thread, so the call is queued there.
        self._pending_change = handler
        return self._change_done

    def _change_done(self, result) -> None:
        self._pending_change(result)

    def _change_failed(self, reason: str) -> None:
        self.yours_status.setText(reason)
        self._update_yours_buttons()

    # -- closing ------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop this dialog's own workers (a running download is cancelled; its partial file stays)."""
        if self.own_workers:
            self.workers.stop_all()
