"""Inkstone's main window: the wiring of its parts.

The parts, each in its own module: :class:`~desktop.documents.Documents` (tabs and files),
:class:`~desktop.file_watch.FileWatch` (files changed elsewhere),
:class:`~desktop.doc_versions.DocVersions` (the version history of saved documents),
:class:`~desktop.action_flow.ActionFlow` (running an action, applying and recording its result),
:class:`~desktop.recovery.Recovery` (autosave and crash recovery),
:class:`~desktop.user_actions_sync.UserActionsSync` (the user's own actions),
:class:`~desktop.model_loader.ModelLoader` (loading the model in the background),
:class:`~desktop.panels.Panels` (History, Personalization and Versions) and
:class:`~desktop.window_menus.WindowMenus` (commands, menu bar and toolbar). Everything slow runs
in workers; the window only reacts to their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop.action_flow import ActionFlow
from desktop.action_menus import ActionMenus
from desktop.background import BackgroundCalls
from desktop.doc_versions import DocVersions
from desktop.documents import Documents
from desktop.file_watch import FileWatch
from desktop.message_bar import MessageBar
from desktop.model_loader import ModelLoader
from desktop.panels import Panels
from desktop.preferences import Preferences, apply_threads
from desktop.recovery import Recovery
from desktop.result_pane import ResultPane
from desktop.status_bar import StatusBar
from desktop.user_actions_sync import UserActionsSync
from desktop.window_menus import WindowMenus, icon
from desktop.workers import WorkerManager

class MainWindow(QMainWindow):
    def __init__(
        self,
        prefs: Preferences | None = None,
        pool=None,
        preload: bool = True,
        check_recovery: bool = True,
        autosave_ms: int = 5000,
    ) -> None:
        super().__init__()
        from core.backends.pool import default_pool

        self.prefs = prefs or Preferences()
        apply_threads(self.prefs.threads)
        self.pool = pool or default_pool()
        self.workers = WorkerManager(self)
        self.db = BackgroundCalls(self)
        self.shutting_down = False

        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("inkstone"))
        self.message_bar = MessageBar(self)
        tabs = QTabWidget(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(tabs, 1)
        self.setCentralWidget(central)

        self.result_pane = ResultPane(self)
        self.result_dock = self._dock("AssistantDock", self.tr("Assistant"), self.result_pane, Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock = self._dock("HistoryDock", self.tr("History"), None, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.personal_dock = self._dock("PersonalizationDock", self.tr("Personalization"), None, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.versions_dock = self._dock("VersionsDock", self.tr("Versions"), None, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.personal_dock)
        self.tabifyDockWidget(self.history_dock, self.versions_dock)
        self.history_dock.hide()
        self.personal_dock.hide()
        self.versions_dock.hide()
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        self.menus = ActionMenus(self)
        self.menus.catalog_error.connect(self.message_bar.error)  # before anything reads the catalog
        self.menus.translate_lang = self.prefs.translate_lang
        self.menus.rewrite_style = self.prefs.rewrite_style
        self.menus.summary_length = self.prefs.summary_length
        self.documents = Documents(self, tabs)
        self.tabs = tabs
        self.versions = DocVersions(self)
        self.file_watch = FileWatch(self)
        self.flow = ActionFlow(self)
        self.recovery = Recovery(self, autosave_ms)
        self.user_actions = UserActionsSync(self)
        self.model = ModelLoader(self)
        self.panels = Panels(self)
        self.commands = WindowMenus(self)
        from desktop import grammar_ui

        self.grammar = grammar_ui.install(self)  # spelling and grammar: underlines, menus, panel
        from desktop import continual_updates

        continual_updates.install(self)  # offers to teach the adapter in use the results you keep

        self.menus.chosen.connect(self.flow.run)
        self.db.error.connect(self.message_bar.warning)
        self.result_pane.stop_requested.connect(self.flow.stop)
        self.result_pane.replace_requested.connect(lambda: self.flow.apply("replace"))
        self.result_pane.insert_requested.connect(lambda: self.flow.apply("insert"))
        self.result_pane.retry_requested.connect(self.flow.retry)
        self.result_pane.rerun_local_requested.connect(self.flow.rerun_locally)
        self.result_pane.discard_requested.connect(self.flow.discard)
        self.result_pane.history_entry_requested.connect(self.panels.open_history_entry)
        self.result_pane.models_requested.connect(lambda: self.open_models(download=True))

        self.resize(1200, 780)
        geometry, state = self.prefs.window_state()
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.documents.new_document()
        self.update_action_state()
        self.model.update_status()
        if preload:
            QTimer.singleShot(0, self.model.load)
        if check_recovery:
            QTimer.singleShot(0, self.recovery.offer)

    def _dock(self, name: str, title: str, widget: QWidget | None, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- shared by the parts -------------------------------------------------------------------

    @property
    def assistant_menu(self):
        return self.commands.assistant_menu

    def fill_assistant_menu(self) -> None:
        self.commands.fill_assistant_menu()

    def update_action_state(self) -> None:
        # Called while the parts are built (the first tab's signals); the commands come last.
        if hasattr(self, "commands"):
            self.commands.update_state()

    def activate_adapter(self, adapter_id: str) -> None:
        self.prefs.adapter = adapter_id
        self.model.load(reload=True)

    def open_models(self, download: bool = False):
        """The Models dialog: models found on this computer, the download catalog, your models."""
        from desktop.models_dialog import DOWNLOAD_TAB, open_models_dialog

        first = getattr(self, "_models_dialog", None) is None  # open_models_dialog keeps one per window
        dialog = open_models_dialog(self, tab=DOWNLOAD_TAB if download else None)
        if first:
            dialog.models_changed.connect(self.model.update_status)
            dialog.message.connect(self.message_bar.show_message)
        return dialog

    def open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self)
        dialog.message.connect(self.message_bar.show_message)
        if dialog.exec():
            changes = dialog.apply()
            if changes & {"model", "backend", "threads", "adapter"}:
                self.model.load(reload=True)
            if changes & {"versions_per_document", "versions_total_mb"}:
                self.versions.apply_limits()
            if "language" in changes:
                self.message_bar.info(self.tr("The new language is used from the next start of Inkstone."))

    def about(self) -> None:
        from core import __version__

        QMessageBox.about(
            self,
            self.tr("About Inkstone"),
            self.tr("Inkstone {version}\nA local-first writing assistant. Your text never leaves this computer.").format(version=__version__),
        )

    # -- Qt events and closing ---------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        # The user's actions may have been changed with the CLI meanwhile. Only once the first read
        # (on the start-up timer) has run: activation at start-up must not pull sqlite-utils in
        # before the window is shown.
        if event.type() == QEvent.Type.ActivationChange and self.user_actions.read_once and self.isActiveWindow():
            self.user_actions.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.shutting_down:
            event.accept()
            return
        self.documents.closing = True
        for tab in self.documents.document_tabs():
            if not self.documents.confirm_close(tab):
                self.documents.closing = False
                event.ignore()
                return
        self.hide()  # the window goes at once; shutdown may wait for a model load to finish
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the workers, record the last outcome, clean the recovery folder."""
        if self.shutting_down:
            return
        self.shutting_down = True
        self.recovery.timer.stop()
        if self.flow.running:
            self.flow.session.stop()
        self.panels.shutdown()
        self.workers.stop_all()
        QApplication.processEvents()  # deliver the workers' last signals (outcomes to record)
        self.flow.settle("discarded")
        self.db.stop()  # runs the queued history writes first
        self.prefs.save_window_state(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        self.recovery.close()
