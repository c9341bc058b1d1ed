"""The window's side panels, History and Personalization: built on first show (their modules load
sqlite-utils and, for training, more), refreshed when they become visible."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Panels(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._history = None
        self._personalization = None
        window.history_dock.visibilityChanged.connect(self._on_history_visibility)
        window.personal_dock.visibilityChanged.connect(self._on_personal_visibility)

    @property
    def history(self):
        if self._history is None:
            from desktop.history_panel import HistoryPanel

            window = self.window
            self._history = HistoryPanel(window)
            self._history.reapply_requested.connect(window.flow.reapply_text)
            self._history.message.connect(window.message_bar.show_message)
            window.history_dock.setWidget(self._history)
        return self._history

    @property
    def personalization(self):
        if self._personalization is None:
            from desktop.personalization_panel import PersonalizationPanel

            window = self.window
            self._personalization = PersonalizationPanel(window.workers, window.prefs, window)
            self._personalization.message.connect(window.message_bar.show_message)
            self._personalization.adapter_activated.connect(window.activate_adapter)
            self._personalization.training_progress.connect(window.status.show_training)
            self._personalization.training_ended.connect(window.status.hide_training)
            window.personal_dock.setWidget(self._personalization)
        return self._personalization

    def _on_history_visibility(self, visible: bool) -> None:
        if visible:
            self.history.refresh()

    def _on_personal_visibility(self, visible: bool) -> None:
        if visible:
            self.personalization.refresh()

    def show_history(self) -> None:
        self.window.history_dock.show()
        self.window.history_dock.raise_()
        self.history.refresh()

    def show_personalization(self) -> None:
        self.window.personal_dock.show()
        self.window.personal_dock.raise_()
        self.personalization.refresh()

    def history_changed(self, _value=None) -> None:
        """A history entry was written: a visible History panel shows it."""
        if self._history is not None and self.window.history_dock.isVisible():
            self._history.refresh()

    def shutdown(self) -> None:
        if self._personalization is not None:
            self._personalization.shutdown()
