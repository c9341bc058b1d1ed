"""The window's side panels, History, Personalization and Versions: built on first show (their
modules load sqlite-utils and, for training, more), refreshed when they become visible (Versions
also when the current tab or its versions change)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Panels(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._history = None
        self._personalization = None
        self._versions = None
        window.history_dock.visibilityChanged.connect(self._on_history_visibility)
        window.personal_dock.visibilityChanged.connect(self._on_personal_visibility)
        window.versions_dock.visibilityChanged.connect(self._on_versions_visibility)
        window.tabs.currentChanged.connect(lambda _index: self.versions_changed())
        window.versions.changed.connect(self.versions_changed)

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
    def built_personalization(self):
        """The Personalization panel if it was built already (None: nothing runs in it)."""
        return self._personalization

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

    @property
    def versions(self):
        if self._versions is None:
            from desktop.versions_panel import VersionsPanel

            self._versions = VersionsPanel(self.window)
            self.window.versions_dock.setWidget(self._versions)
        return self._versions

    def _on_versions_visibility(self, visible: bool) -> None:
        if visible:
            self.versions.refresh()

    def show_versions(self) -> None:
        self.window.versions_dock.show()
        self.window.versions_dock.raise_()
        self.versions.refresh()

    def versions_changed(self, tab=None) -> None:
        """A version was kept or the current tab changed: a visible Versions panel follows."""
        if self._versions is None or not self.window.versions_dock.isVisible():
            return
        if tab is None or tab is self.window.documents.current_tab():
            self._versions.refresh()

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

    def open_history_entry(self, entry_id: int) -> None:
        """Show the History panel with entry ``entry_id`` selected."""
        panel = self.history

        def select() -> None:
            panel.refreshed.disconnect(select)
            panel.select_entry(entry_id)

        panel.refreshed.connect(select)
        self.show_history()

    def history_changed(self, _value=None) -> None:
        """A history entry was written: a visible History panel shows it."""
        if self._history is not None and self.window.history_dock.isVisible():
            self._history.refresh()

    def shutdown(self) -> None:
        if self._personalization is not None:
            self._personalization.shutdown()
