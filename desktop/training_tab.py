"""Fine-tuning from the app: a dataset, a form built from the training config, Start / Stop /
Resume, progress with ETA, a live loss chart and a log. Training runs in a worker thread; the
user keeps writing meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import training_job
from desktop.loss_chart import LossChart
from desktop.workers import GeneratorWorker, WorkerManager


class TrainingTab(QWidget):
    message = Signal(str, str)
    progress_changed = Signal(int, int, str)  # done, total, ETA text
    ended = Signal(str)  # "completed", "cancelled", "failed"
    runs_loaded = Signal()

    def __init__(self, db, workers: WorkerManager, prefs=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.last = None  # the last core.training.TrainProgress record
        self.workers = workers
        self.worker: GeneratorWorker | None = None
        self.job: training_job.TrainingJob | None = None
        self.form = None
        self.runs: list[dict] = []

        self.note = QLabel(
            self.tr("Training runs in the background and you can keep writing. Without a GPU, training and "
                    "actions share the CPU, so both run slower until training ends."),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("Hint")
        self.dataset_combo = QComboBox(self)
        self.dataset_combo.setMinimumContentsLength(16)
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.start_button = QPushButton(self.tr("Start training"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.resume_button = QPushButton(self.tr("Resume selected run"), self)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("step %v of %m"))
        self.eta_label = QLabel(self)
        self.chart = LossChart(self)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self.runs_view = QTreeWidget(self)
        self.runs_view.setHeaderLabels([self.tr("Run"), self.tr("Dataset"), self.tr("Status"), self.tr("Step")])
        self.runs_view.setRootIsDecorated(False)

        top = QFormLayout()
        top.addRow(self.tr("Dataset:"), self.dataset_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.eta_label)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.note)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.form_area, 1)
        upper_layout.addLayout(buttons)
        upper_layout.addLayout(progress_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.log)
        splitter.addWidget(self.runs_view)
        # The chart gets the most room: it is what you watch while a run trains.
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 280, 110, 110])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.resume_button.clicked.connect(self.resume_selected)
        self.runs_view.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._build_form()
        self._update_buttons()

    # -- setup --------------------------------------------------------------------------------------

    def _build_form(self) -> None:
        if not training_job.available():
            placeholder = QLabel(self.tr("Fine-tuning is not part of this installation yet."), self)
            placeholder.setWordWrap(True)
            self.form_area.setWidget(placeholder)
            return
        try:
            from desktop.dataclass_form import DataclassForm

            from core.training import TrainConfig

            self.form = DataclassForm(TrainConfig(), self)
            self.form_area.setWidget(self.form)
        except Exception as exc:  # a broken trainer must not break the panel
            from desktop.workers import describe_error

            self.form_area.setWidget(QLabel(describe_error(exc), self))

    def set_datasets(self, datasets: list[dict]) -> None:
        current = self.dataset_combo.currentData()
        self.dataset_combo.clear()
        for dataset in datasets:
            self.dataset_combo.addItem(f"{dataset['name']} ({dataset['examples']})", dataset["name"])
        index = self.dataset_combo.findData(current)
        self.dataset_combo.setCurrentIndex(max(index, 0))
        self._update_buttons()

    def refresh_runs(self) -> None:
        def work():
            from core.storage.runs import list_runs, mark_interrupted_runs

            mark_interrupted_runs()
            return list_runs(limit=30)

        self.db.submit(work, self._fill_runs, lambda m: self.message.emit(m, "error"))

    def _fill_runs(self, runs: list[dict]) -> None:
        self.runs = runs
        self.runs_view.clear()
        for run in runs:
            step = f"{run.get('step') or 0} / {run.get('total_steps') or '?'}"
            item = QTreeWidgetItem([str(run["id"]), run.get("dataset_name") or "", run["status"], step])
            item.setData(0, Qt.ItemDataRole.UserRole, run["id"])
            item.setToolTip(2, run.get("error") or "")
            self.runs_view.addTopLevelItem(item)
        self._update_buttons()
        self.runs_loaded.emit()

    @property
    def running(self) -> bool:
        return self.worker is not None and not self.worker.done

    def _update_buttons(self) -> None:
        ready = self.form is not None and not self.running
        self.start_button.setEnabled(ready and self.dataset_combo.count() > 0)
        self.stop_button.setEnabled(self.running)
        item = self.runs_view.currentItem()
        run = next((r for r in self.runs if item is not None and r["id"] == item.data(0, Qt.ItemDataRole.UserRole)), None)
        self.resume_button.setEnabled(ready and run is not None and run["status"] in ("interrupted", "cancelled", "failed"))

    # -- running ------------------------------------------------------------------------------------

    def start(self, dataset: str | None = None, config=None) -> GeneratorWorker | None:
        dataset = dataset or self.dataset_combo.currentData()
        if not dataset or self.running:
            return None
        if config is None and self.form is not None:
            config = self.form.value()
        model = self.prefs.model if self.prefs is not None else None
        return self._run(training_job.TrainingJob(dataset, config, model=model or None))

    def resume_selected(self) -> GeneratorWorker | None:
        item = self.runs_view.currentItem()
        if item is None or self.running:
            return None
        config = self.form.value() if self.form is not None else None
        return self._run(training_job.TrainingJob(None, config, item.data(0, Qt.ItemDataRole.UserRole)))

    def run_core(self, label: str, factory) -> GeneratorWorker | None:
        """Run ``factory(stop)`` — a ``core.training`` generator of progress records, such as a
        continual-learning update — here, like a run started with Start (progress, chart, Stop)."""
        if self.running:
            return None
        return self._run(_CoreJob(label, factory))

    def _run(self, job: training_job.TrainingJob) -> GeneratorWorker:
        self.job = job
        self.last = None
        self.chart.clear()
        self.progress.setRange(0, 0)  # busy until the first record says how many steps
        self.eta_label.setText(self.tr("Preparing…"))
        self._log(self.tr("Starting: dataset {name}").format(name=job.dataset or job.resume_run_id))
        worker = GeneratorWorker(lambda: job, cancel=lambda j: j.stop())
        worker.yielded.connect(self._on_record)
        worker.finished.connect(self._on_finished)
        worker.errored.connect(self._on_error)
        self.worker = worker
        self.workers.start(worker)
        self._update_buttons()
        return worker

    def stop(self) -> None:
        if self.running:
            self._log(self.tr("Stopping after the current step; a checkpoint is kept for Resume."))
            self.worker.stop()

    def _on_record(self, progress) -> None:
        self.last = progress
        total = progress.total_steps
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(progress.step, total))
        eta = progress.eta_text
        self.eta_label.setText(self.tr("ETA {eta}").format(eta=eta) if eta else "")
        # The final record repeats the best adapter's eval loss, already plotted at its own step.
        if not progress.done and (progress.train_loss is not None or progress.eval_loss is not None):
            self.chart.add(progress.step, progress.train_loss, progress.eval_loss)
        parts = [self.tr("step {step}/{total}").format(step=progress.step, total=total or "?")]
        if progress.train_loss is not None:
            parts.append(self.tr("loss {loss:.4f}").format(loss=progress.train_loss))
        if progress.eval_loss is not None:
            parts.append(self.tr("eval loss {loss:.4f}").format(loss=progress.eval_loss))
        if progress.tokens_per_s:
            parts.append(self.tr("{rate:.0f} tokens/s").format(rate=progress.tokens_per_s))
        if progress.message:
            parts.append(progress.message)
        self._log(" · ".join(parts))
        self.progress_changed.emit(progress.step, total, eta)

    def _on_finished(self, _value) -> None:
        status = self.last.status if self.last is not None and self.last.status else None
        if status is None:
            status = "cancelled" if self.worker is not None and self.worker.stopped else "completed"
        if status == "cancelled":
            self._log(self.tr("Training stopped; use Resume to continue."))
        else:
            self._log(self.tr("Training finished."))
            result = self.job.result if self.job is not None else None
            before, after = getattr(result, "eval_loss_before", None), getattr(result, "eval_loss_after", None)
            if before is not None and after is not None and getattr(result, "model_name", None):
                self._log(self.tr("Eval loss {before:.3f} → {after:.3f}; model {name}").format(before=before, after=after, name=result.model_name))
            elif before is not None and after is not None:
                self._log(self.tr("Eval loss {before:.3f} → {after:.3f}; adapter {name}").format(
                    before=before, after=after, name=getattr(result, "adapter_name", "") or ""))
        self.eta_label.clear()
        self._end("cancelled" if status == "cancelled" else "completed")

    def _on_error(self, message: str) -> None:
        self._log(self.tr("Training failed: {reason}").format(reason=message))
        self.message.emit(self.tr("Training failed: {reason}").format(reason=message), "error")
        self._end("failed")

    def _end(self, status: str) -> None:
        # The run is over once its last signal arrives here; the worker's own "done" flag is set a
        # moment later on its thread, and reading it now would leave Resume disabled.
        self.worker = None
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self._update_buttons()
        self.refresh_runs()
        self.ended.emit(status)

    def _log(self, text: str) -> None:
        self.log.appendPlainText(text)


class _CoreJob:
    """A core training generator with a stop flag, in the shape the tab's worker drives."""

    def __init__(self, label: str, factory) -> None:
        import threading

        self.dataset = label
        self.resume_run_id = None
        self.factory = factory
        self.stop_event = threading.Event()
        self.result = None

    def stop(self) -> None:
        self.stop_event.set()

    def __iter__(self):
        training_job.lower_thread_priority()
        generator = self.factory(self.stop_event.is_set)
        try:
            self.result = yield from generator
        finally:
            generator.close()  # the trainer saves a checkpoint when closed early
