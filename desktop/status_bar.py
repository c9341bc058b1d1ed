"""Status bar: model, backend, device and speed of the last run; model loading; training progress;
word and character counts of the current document or selection."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_label = QLabel(self)
        self.model_label.setObjectName("ModelStatus")
        self.speed_label = QLabel(self)
        self.training_bar = QProgressBar(self)
        self.training_bar.setMaximumWidth(180)
        self.training_bar.setMaximumHeight(14)
        self.training_bar.setFormat(self.tr("Training %p%"))
        self.training_bar.hide()
        self.count_label = QLabel(self)
        self.addPermanentWidget(self.count_label)
        self.addPermanentWidget(self.training_bar)
        self.addPermanentWidget(self.speed_label)
        self.addPermanentWidget(self.model_label)
        self.loading = False

    def show_loading(self, model: str) -> None:
        self.loading = True
        self.model_label.setText(self.tr("Loading model {model}…").format(model=model))

    def show_model(self, model: str, backend: str, device: str, adapter: str | None = None) -> None:
        self.loading = False
        text = self.tr("{model} · {backend} · {device}").format(model=model, backend=backend, device=device)
        if adapter:
            text += " · " + self.tr("adapter {name}").format(name=adapter)
        self.model_label.setText(text)

    def show_model_error(self, message: str) -> None:
        self.loading = False
        self.model_label.setText(self.tr("Model not loaded"))
        self.model_label.setToolTip(message)

    def show_speed(self, tokens_per_s: float | None) -> None:
        self.speed_label.setText(self.tr("{rate:.0f} tokens/s").format(rate=tokens_per_s) if tokens_per_s else "")

    def show_counts(self, words: int, chars: int, selection: bool) -> None:
        if selection:
            text = self.tr("Selection: {words} words, {chars} characters")
        else:
            text = self.tr("{words} words, {chars} characters")
        self.count_label.setText(text.format(words=words, chars=chars))

    def show_training(self, done: int, total: int, eta: str = "") -> None:
        self.training_bar.setRange(0, max(total, 1))
        self.training_bar.setValue(done)
        self.training_bar.setToolTip(eta)
        self.training_bar.show()

    def hide_training(self) -> None:
        self.training_bar.hide()
