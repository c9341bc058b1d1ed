"""The Models dialog's "Download" tab: the catalog, a recommendation for this computer, and one
download at a time with a progress bar (speed, time left) and Cancel.

Reading the catalog and the machine (free memory, GPU memory: the CUDA probe may import torch)
and the download itself run in workers. Before a download starts, the user sees the license,
the size, where the file goes and that the network is used for this download only.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.models.download import human_duration, human_size
from desktop.workers import GeneratorWorker


def params_text(billions: float) -> str:
    return f"{billions:.1f}B" if billions >= 1 else f"{billions * 1000:.0f}M"


def language_names(codes) -> str:
    """"English, Chinese, French" for ("en", "zh", "fr"), in the names Qt knows (English)."""
    from PySide6.QtCore import QLocale

    names = []
    for code in codes:
        language = QLocale(code).language()
        names.append(QLocale.languageToString(language) if language != QLocale.Language.C else code)
    return ", ".join(names)


class CatalogTab(QWidget):
    """Lists the catalog; Download fetches the selected model, Cancel stops it."""

    model_added = Signal(object)  # the ModelEntry registered after a download
    message = Signal(str, str)  # (text, kind: "info" | "error")
    shown = Signal()  # the catalog (or why it cannot be read) is on screen
    download_done = Signal(object)  # the Outcome, or None after a failure (the reason is on screen)

    def __init__(self, workers, parent=None, catalog_path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.catalog_path = catalog_path
        self.entries: list = []
        self.states: dict = {}
        self.recommended: str | None = None
        self.download_worker: GeneratorWorker | None = None
        self._download = None
        # Replaced in tests; returns True to go ahead.
        self.confirm = self._ask

        self.advice = QLabel(self.tr("Looking at this computer…"), self)
        self.advice.setObjectName("ModelsAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("ModelsCatalog")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [self.tr("Model"), self.tr("Parameters"), self.tr("Download"), self.tr("Memory"), self.tr("License"), self.tr("Status")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel(self)
        self.details.setObjectName("ModelsCatalogDetails")
        self.details.setWordWrap(True)
        self.details.setOpenExternalLinks(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumHeight(64)
        self.network_note = QLabel(self)
        self.network_note.setWordWrap(True)
        self.network_note.setObjectName("ModelsNetworkNote")
        self.download_button = QPushButton(self.tr("Download"), self)
        self.cancel_button = QPushButton(self.tr("Cancel download"), self)
        self.cancel_button.setEnabled(False)
        for button in (self.download_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("ModelsProgressText")

        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.advice)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.network_note)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_label)

        self.tree.currentItemChanged.connect(self._show_details)
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button.clicked.connect(self.cancel_download)
        self._update_buttons()

    # -- reading the catalog ------------------------------------------------------------------------

    def reload(self) -> GeneratorWorker:
        path = self.catalog_path

        def work():
            from core.models import hub_store
            from core.models.catalog import load_catalog, recommend, this_machine
            from core.models.download import hub_endpoint

            entries = load_catalog(path)
            yield entries, hub_store.catalog_state(entries), recommend(entries, this_machine()), hub_endpoint()

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._show_catalog)
        worker.errored.connect(self._failed)
        self.workers.start(worker)
        return worker

    def _show_catalog(self, payload) -> None:
        entries, states, advice, endpoint = payload
        selected = self.selected_entry().name if self.selected_entry() else None
        self.entries, self.states = entries, states
        self.recommended = advice.entry.name if advice.entry else None
        if advice.entry is not None:
            where = self.tr("runs on the graphics card") if advice.device == "cuda" else self.tr("the best fit that still answers at a comfortable pace")
            self.advice.setText(
                self.tr("Recommended for this computer ({basis}): <b>{title}</b>, {where}.").format(
                    basis=html.escape(advice.basis), title=html.escape(advice.entry.title), where=where
                )
            )
        else:
            self.advice.setText(html.escape(advice.reason))
        self.network_note.setText(
            self.tr("Downloads come from {host}. Inkstone uses the network only for a download you start here.").format(host=endpoint)
        )
        self.tree.clear()
        for entry in entries:
            state = states.get(entry.name, {})
            status = {
                "added": self.tr("Added as {name}").format(name=state.get("model")),
                "partial": self.tr("Partly downloaded ({size})").format(size=human_size(state.get("bytes", 0))),
            }.get(state.get("state"), "")
            title = entry.title + ("  ★" if entry.name == self.recommended else "")
            item = QTreeWidgetItem(
                [title, params_text(entry.parameters), human_size(entry.size), f"{entry.memory_gb:g} GB", entry.license, status]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(0, entry.good_for)
            self.tree.addTopLevelItem(item)
            if entry.name == (selected or self.recommended):
                self.tree.setCurrentItem(item)
        for column in range(1, 6):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()
        self.shown.emit()

    def selected_entry(self):
        item = self.tree.currentItem()
        name = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((e for e in self.entries if e.name == name), None)

    def select(self, name: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == name:
                self.tree.setCurrentItem(item)

    def _show_details(self, *_) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.details.clear()
        else:
            note = f"<br>{html.escape(entry.license_note)}" if entry.license_note else ""
            self.details.setText(
                self.tr("<b>{title}</b> — {good_for}<br>Languages: {languages}. Context: {context:,} tokens. "
                        "License: <a href=\"{url}\">{license}</a>{note}").format(
                    title=html.escape(entry.title), good_for=html.escape(entry.good_for), languages=language_names(entry.languages),
                    context=entry.context, url=html.escape(entry.license_url), license=html.escape(entry.license), note=note,
                )
            )  # fmt: skip
        self._update_buttons()

    # -- downloading --------------------------------------------------------------------------------

    @property
    def downloading(self) -> bool:
        return self.download_worker is not None and not self.download_worker.done

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        added = entry is not None and self.states.get(entry.name, {}).get("state") == "added"
        self.download_button.setEnabled(entry is not None and not added and not self.downloading)
        self.cancel_button.setEnabled(self.downloading)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Download a model"), text)
        return answer == QMessageBox.StandardButton.Yes

    def download_selected(self) -> GeneratorWorker | None:
        entry = self.selected_entry()
        if entry is None or self.downloading:
            return None
        from core.models.download import Download, hub_endpoint
        from core.models.hub_store import download_root

        spec = _spec(entry)
        text = self.tr(
            "Download {title} ({size}) from {host}?\n\nLicense: {license}\n{note}{url}\n\n"
            "It is saved in {folder} and needs about {memory:g} GB of memory to run. "
            "Inkstone uses the network only for this download."
        ).format(
            title=entry.title, size=human_size(entry.size), host=hub_endpoint(), license=entry.license,
            note=(entry.license_note + "\n") if entry.license_note else "", url=entry.license_url,
            folder=download_root(), memory=entry.memory_gb,
        )  # fmt: skip
        if not self.confirm(text):
            return None
        self._download = Download(spec)
        download = self._download
        worker = GeneratorWorker(lambda: download, result=lambda d: d.result, cancel=lambda d: d.cancel())
        worker.yielded.connect(self._show_progress)
        worker.finished.connect(self._download_finished)
        worker.errored.connect(self._download_failed)
        self.download_worker = worker
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(self.tr("Connecting to {host}…").format(host=hub_endpoint()))
        self.workers.start(worker)
        self._update_buttons()
        return worker

    def cancel_download(self) -> None:
        if self.download_worker is not None:
            self.progress_label.setText(self.tr("Cancelling…"))
            self.download_worker.stop()

    def _show_progress(self, progress) -> None:
        if progress.phase == "downloading" and progress.total:
            self.progress.setValue(int(progress.fraction * 1000))
            left = human_duration(progress.eta)
            text = self.tr("{done} of {total} · {speed}/s").format(
                done=human_size(progress.done), total=human_size(progress.total), speed=human_size(progress.speed)
            )
            if left:
                text += " · " + self.tr("about {time} left").format(time=left)
            self.progress_label.setText(text)
        elif progress.phase == "verifying":
            self.progress.setValue(int(progress.fraction * 1000))
            self.progress_label.setText(self.tr("Checking the file's checksum…"))
        elif progress.phase == "checking":
            self.progress_label.setText(self.tr("Checking the model file…"))

    def _download_finished(self, outcome) -> None:
        self.download_worker = None
        self.progress.hide()
        if outcome is not None and outcome.status == "done":
            self.progress_label.setText(self.tr("Added {name}. Choose it in Preferences ▸ Model.").format(name=outcome.model.name))
            self.model_added.emit(outcome.model)
        else:
            self.progress_label.setText(outcome.message if outcome is not None else self.tr("Download cancelled."))
        self._update_buttons()
        self.reload()
        self.download_done.emit(outcome)

    def _download_failed(self, reason: str) -> None:
        self.download_worker = None
        self.progress.hide()
        self.progress_label.setText(self.tr("Download failed: {reason}").format(reason=reason))
        self.message.emit(reason, "error")
        self._update_buttons()
        self.reload()
        self.download_done.emit(None)

    def _failed(self, reason: str) -> None:
        self.advice.setText(self.tr("The catalog cannot be shown: {reason}").format(reason=html.escape(reason)))
        self.shown.emit()


def _spec(entry):
    """What to download for a catalog entry (as ``spec_for`` does for a name of the bundled catalog)."""
    from core.models.download import DownloadSpec

    return DownloadSpec(entry.repo, entry.file, entry.name, entry.revision, entry.sha256, entry.size, entry.license, entry.name)
