"""Personalization: datasets of the user's writing, fine-tuning, and the adapters it produced."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.adapters_tab import AdaptersTab
from desktop.datasets_tab import DatasetsTab
from desktop.training_tab import TrainingTab


class PersonalizationPanel(QWidget):
    message = Signal(str, str)
    adapter_activated = Signal(str)
    training_progress = Signal(int, int, str)
    training_ended = Signal()

    def __init__(self, workers, prefs, window) -> None:
        super().__init__(window)
        db = window.db
        self.datasets = DatasetsTab(db, self)
        self.training = TrainingTab(db, workers, prefs, self)
        self.adapters = AdaptersTab(db, prefs, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.datasets, self.tr("Datasets"))
        self.tabs.addTab(self.training, self.tr("Training"))
        self.tabs.addTab(self.adapters, self.tr("Adapters"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.datasets, self.training, self.adapters):
            tab.message.connect(self.message)
        self.datasets.changed.connect(lambda: self.training.set_datasets(self.datasets.datasets))
        self.adapters.activated.connect(self.adapter_activated)
        self.adapters.update_requested.connect(self.start_update)
        self.training.progress_changed.connect(self.training_progress)
        self.training.ended.connect(self._training_ended)

    def refresh(self) -> None:
        self.datasets.refresh()
        self.training.refresh_runs()
        self.adapters.refresh()

    def start_update(self) -> bool:
        """Teach the adapter in use the results kept since it was trained (continual learning),
        in the Training tab; False when another run is training."""
        from core.training.continual import update

        worker = self.training.run_core(self.tr("update of the adapter in use"), lambda stop: update(stop=stop))
        if worker is None:
            self.message.emit(self.tr("A training run is in progress; update the adapter when it has finished."), "warning")
        return worker is not None

    def _training_ended(self, status: str) -> None:
        self.training_ended.emit()
        if status == "completed":
            self.adapters.refresh()
            last = self.training.last
            result = last.result if last is not None else None
            if getattr(result, "model_name", None):
                self.message.emit(self.tr("Training finished. The new model {name} is among your models.").format(name=result.model_name), "info")
            elif getattr(result, "activated", None):
                self.message.emit(self.tr("Your adapter learned from your recent edits; actions now use {name}.").format(name=result.adapter_name), "info")
            elif getattr(result, "parent_adapter_id", None) is not None:
                self.message.emit(self.tr("The update finished, but the adapter in use stays: {reason}").format(
                    reason="; ".join(result.notes)), "info")
            else:
                self.message.emit(self.tr("Training finished. Pick the new adapter under Adapters to use it."), "info")

    def shutdown(self) -> None:
        """Ask a running training to stop (it keeps a checkpoint); the window waits for it."""
        self.training.stop()
