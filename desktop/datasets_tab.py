"""Personal datasets: build from history or documents, preview and edit examples, import/export
JSONL, delete. Every database call runs on the window's database thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dataclass_form import DataclassForm

PREVIEW_LIMIT = 500


class BuildDialog(QDialog):
    """Name, source and options for a new dataset."""

    def __init__(self, parent: QWidget, source: str) -> None:
        super().__init__(parent)
        from core.datasets_build import BuildOptions

        self.source = source
        self.setWindowTitle(self.tr("New dataset from history") if source == "history" else self.tr("New dataset from documents"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. my-style"))
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("All actions"), None)
        for name in ("summarize", "translate", "rewrite", "continue"):
            self.action_combo.addItem(name, name)
        self.paths: list[str] = []
        self.paths_label = QLabel(self.tr("No documents chosen"), self)
        self.paths_label.setWordWrap(True)
        choose_files = QPushButton(self.tr("Choose files…"), self)
        choose_folder = QPushButton(self.tr("Choose a folder…"), self)
        choose_files.clicked.connect(self._choose_files)
        choose_folder.clicked.connect(self._choose_folder)
        self.options_form = DataclassForm(BuildOptions(), self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        if source == "history":
            form.addRow(self.tr("Action:"), self.action_combo)
        else:
            row = QHBoxLayout()
            row.addWidget(choose_files)
            row.addWidget(choose_folder)
            form.addRow(self.tr("Documents:"), row)
            form.addRow("", self.paths_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.options_form)
        layout.addWidget(buttons)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Your documents"), "", self.tr("Documents (*.txt *.md *.markdown *.docx)"))
        if paths:
            self.set_paths(paths)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("A folder of your documents"))
        if path:
            self.set_paths([path])

    def set_paths(self, paths: list[str]) -> None:
        self.paths = list(paths)
        self.paths_label.setText("\n".join(self.paths))


class DatasetsTab(QWidget):
    message = Signal(str, str)
    changed = Signal()  # the list of datasets changed (the training tab lists them too)
    loaded = Signal()
    examples_loaded = Signal()

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.datasets: list[dict] = []
        self.examples: list[dict] = []
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Dataset"), self.tr("Examples"), self.tr("Train / eval"), self.tr("Source")])
        self.list.setRootIsDecorated(False)
        self.examples_view = QTreeWidget(self)
        self.examples_view.setHeaderLabels([self.tr("Split"), self.tr("Prompt"), self.tr("Answer")])
        self.examples_view.setRootIsDecorated(False)
        self.example_edit = QPlainTextEdit(self)
        self.example_edit.setPlaceholderText(self.tr("Select an example to see its answer"))
        self.save_example_button = QPushButton(self.tr("Save example"), self)
        self.delete_example_button = QPushButton(self.tr("Delete example"), self)

        self.from_history_button = QPushButton(self.tr("From history…"), self)
        self.from_docs_button = QPushButton(self.tr("From documents…"), self)
        self.import_button = QPushButton(self.tr("Import JSONL…"), self)
        self.export_button = QPushButton(self.tr("Export JSONL…"), self)
        self.delete_button = QPushButton(self.tr("Delete dataset"), self)
        top = QHBoxLayout()
        for button in (self.from_history_button, self.from_docs_button, self.import_button, self.export_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        example_buttons = QHBoxLayout()
        example_buttons.addStretch(1)
        example_buttons.addWidget(self.save_example_button)
        example_buttons.addWidget(self.delete_example_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.examples_view, 2)
        lower_layout.addWidget(self.example_edit, 1)
        lower_layout.addLayout(example_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.list.currentItemChanged.connect(lambda *_: self._load_examples())
        self.examples_view.currentItemChanged.connect(lambda *_: self._show_example())
        self.from_history_button.clicked.connect(lambda: self.open_build_dialog("history"))
        self.from_docs_button.clicked.connect(lambda: self.open_build_dialog("documents"))
        self.import_button.clicked.connect(self._import_dialog)
        self.export_button.clicked.connect(self._export_dialog)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_example_button.clicked.connect(self.save_example)
        self.delete_example_button.clicked.connect(self.delete_example)
        self._update_buttons()

    # -- listing --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        def work():
            from core.storage.datasets import list_datasets

            return list_datasets()

        self.db.submit(work, self._fill, self._failed)

    def _failed(self, message: str) -> None:
        self.message.emit(message, "error")

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _fill(self, datasets: list[dict]) -> None:
        selected = self.current_name()
        self.datasets = datasets
        self.list.clear()
        for dataset in datasets:
            item = QTreeWidgetItem(
                [dataset["name"], str(dataset["examples"]), f"{dataset['train']} / {dataset['eval']}", dataset.get("source") or ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, dataset["name"])
            item.setToolTip(0, dataset.get("description") or "")
            self.list.addTopLevelItem(item)
            if dataset["name"] == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._update_buttons()
        self.loaded.emit()
        self.changed.emit()

    def select(self, name: str) -> bool:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentItem(item)
                return True
        return False

    def _load_examples(self) -> None:
        name = self.current_name()
        self.examples_view.clear()
        self.example_edit.clear()
        self._update_buttons()
        if not name:
            return

        def work():
            from core.storage.datasets import iter_examples

            return list(iter_examples(name, limit=PREVIEW_LIMIT))

        self.db.submit(work, lambda examples: self._fill_examples(name, examples), self._failed)

    def _fill_examples(self, name: str, examples: list[dict]) -> None:
        if name != self.current_name():
            return
        self.examples = examples
        self.examples_view.clear()
        for example in examples:
            if example["problem"]:
                # Stored by an older release: flagged, never deleted; training refuses it.
                item = QTreeWidgetItem([self.tr("⚠ {split}").format(split=example["split"]),
                                        self.tr("Cannot be used for training: {problem}").format(problem=example["problem"]), ""])
                item.setToolTip(1, example["problem"])
            else:
                messages = example["messages"]
                prompt = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
                answer = next((m["content"] for m in reversed(messages) if m["role"] == "assistant"), "")
                item = QTreeWidgetItem([example["split"], " ".join(prompt.split())[:120], " ".join(answer.split())[:120]])
            item.setData(0, Qt.ItemDataRole.UserRole, example["id"])
            self.examples_view.addTopLevelItem(item)
        self._update_buttons()
        self.examples_loaded.emit()

    def current_example(self) -> dict | None:
        item = self.examples_view.currentItem()
        if item is None:
            return None
        example_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self.examples if e["id"] == example_id), None)

    def _show_example(self) -> None:
        example = self.current_example()
        if example is None:
            self.example_edit.clear()
        elif example["problem"]:
            import json

            self.example_edit.setPlainText(json.dumps(example["messages"], ensure_ascii=False, indent=1))
        else:
            answer = next((m["content"] for m in reversed(example["messages"]) if m["role"] == "assistant"), "")
            self.example_edit.setPlainText(answer)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_dataset = self.current_name() is not None
        has_example = self.examples_view.currentItem() is not None
        example = self.current_example() if has_example else None
        self.export_button.setEnabled(has_dataset)
        self.delete_button.setEnabled(has_dataset)
        # A flagged example's answer cannot be edited into shape here; it can be deleted.
        self.save_example_button.setEnabled(has_example and not (example and example["problem"]))
        self.delete_example_button.setEnabled(has_example)

    # -- building, import, export ---------------------------------------------------------------------

    def open_build_dialog(self, source: str) -> None:
        dialog = BuildDialog(self, source)
        if dialog.exec():
            self.build(
                source,
                dialog.name_edit.text().strip(),
                action=dialog.action_combo.currentData(),
                paths=dialog.paths,
                options=dialog.options_form.value(),
            )

    def build(self, source: str, name: str, action: str | None = None, paths: list[str] | None = None, options=None) -> None:
        """Build dataset ``name`` from history (``action`` filter) or from ``paths``."""

        def work():
            from core import datasets_build

            if source == "history":
                return datasets_build.build_from_history(name, action=action, options=options)
            return datasets_build.build_from_documents(name, list(paths or []), options=options)

        def done(report):
            self.message.emit(
                self.tr("Dataset {name}: {n} examples ({train} train, {eval} eval).").format(
                    name=report.name, n=report.examples, train=report.train, eval=report.eval
                ),
                "info",
            )
            self.refresh_and_select(report.name)

        self.db.submit(work, done, self._failed)

    def refresh_and_select(self, name: str) -> None:
        def work():
            from core.storage.datasets import list_datasets

            return list_datasets()

        def done(datasets):
            self._fill(datasets)
            self.select(name)

        self.db.submit(work, done, self._failed)

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a JSONL dataset"), "", self.tr("JSON Lines (*.jsonl *.json)"))
        if path:
            from pathlib import Path

            self.import_jsonl(Path(path).stem, path)

    def import_jsonl(self, name: str, path: str) -> None:
        def work():
            from core.storage.jsonl import import_jsonl

            return import_jsonl(name, path)

        def done(summary):
            self.message.emit(self.tr("Imported {n} examples into {name}.").format(n=summary["added"], name=summary["name"]), "info")
            self.refresh_and_select(summary["name"])

        self.db.submit(work, done, self._failed)

    def _export_dialog(self) -> None:
        name = self.current_name()
        if not name:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as JSONL"), f"{name}.jsonl", self.tr("JSON Lines (*.jsonl)"))
        if path:
            self.export_jsonl(name, path)

    def export_jsonl(self, name: str, path: str) -> None:
        def work():
            from core.storage.jsonl import export_jsonl

            return export_jsonl(name, path)

        self.db.submit(
            work,
            lambda n: self.message.emit(self.tr("Exported {n} examples to {path}.").format(n=n, path=path), "info"),
            self._failed,
        )

    def delete_current(self) -> None:
        name = self.current_name()
        if not name:
            return

        def work():
            from core.storage.datasets import delete_dataset

            return delete_dataset(name)

        self.db.submit(work, lambda _d: self.refresh(), self._failed)

    # -- single examples ------------------------------------------------------------------------------

    def save_example(self) -> None:
        from desktop import store

        example = self.current_example()
        if example is None:
            return
        messages = [dict(m) for m in example["messages"]]
        for message in reversed(messages):
            if message["role"] == "assistant":
                message["content"] = self.example_edit.toPlainText()
                break
        self.db.submit(lambda: store.update_example(example["id"], messages), lambda _r: self._load_examples(), self._failed)

    def delete_example(self) -> None:
        from desktop import store

        example = self.current_example()
        if example is None:
            return
        self.db.submit(lambda: store.delete_example(example["id"]), lambda _r: self.refresh_and_select(self.current_name()), self._failed)
