"""Inkstone's main window: document tabs, the assistant's result pane, panels, menus and status.

The window owns the flow of an action: it takes the selection (or the whole document; Continue
takes the text up to the cursor), starts an :class:`ActionSession` in a worker, shows it in the
:class:`ResultPane`, applies the accepted answer as one undo step, and records the outcome in
history. Everything slow runs in workers; the window only reacts to their signals.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import autosave, file_io, store
from desktop.action_menus import ActionMenus
from desktop.action_session import CANCELLED, DONE, FAILED, ActionSession, Target
from desktop.background import BackgroundCalls
from desktop.editor import DocumentTab
from desktop.message_bar import MessageBar
from desktop.model_loader import ModelState, warm_up
from desktop.preferences import Preferences, apply_threads
from desktop.result_pane import ResultPane
from desktop.status_bar import StatusBar
from desktop.text_stats import count_chars, count_words
from desktop.workers import GeneratorWorker, WorkerManager

if TYPE_CHECKING:
    from core.engine import ActionRequest, ActionResult

log = logging.getLogger(__name__)

APP_TITLE = "Inkstone"
OPEN_FILTER = "Documents (*.txt *.md *.markdown *.docx);;Text (*.txt);;Markdown (*.md *.markdown);;Word (*.docx);;All files (*)"


def _icon(name: str) -> QIcon:
    from core.paths import resources_dir

    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


class MainWindow(QMainWindow):
    # The user's app actions were read again (rows of core.storage.user_actions).
    user_actions_changed = Signal(list)
    # A document tab was added (new, opened, restored); the spelling checker attaches to it.
    tab_added = Signal(object)

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
        self.recovery = autosave.RecoveryStore()
        self.session: ActionSession | None = None
        self.model_state: ModelState | None = None
        self._loader: GeneratorWorker | None = None
        self._untitled = 0
        self._autosaved: dict[str, int] = {}  # tab id -> document revision written
        self._closing = False
        self._shut_down = False
        self._user_actions_pending = False
        self._user_actions_error = ""  # the last failure to read them, said once
        self._user_actions_dialog = None
        self._user_actions_timer: QTimer | None = None
        self._user_actions_read_once = False

        self.setObjectName("MainWindow")
        self.setWindowIcon(_icon("inkstone"))
        self.message_bar = MessageBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(lambda index: self.close_tab(self.tabs.widget(index)))
        self.tabs.currentChanged.connect(self._on_current_tab)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.result_pane = ResultPane(self)
        self.result_dock = self._dock("AssistantDock", self.tr("Assistant"), self.result_pane, Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock = self._dock("HistoryDock", self.tr("History"), None, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.personal_dock = self._dock("PersonalizationDock", self.tr("Personalization"), None, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.personal_dock)
        self.history_dock.hide()
        self.personal_dock.hide()
        self.history_dock.visibilityChanged.connect(self._on_history_visibility)
        self.personal_dock.visibilityChanged.connect(self._on_personal_visibility)
        self._history_panel = None
        self._personal_panel = None

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.menus = ActionMenus(self)
        self.menus.catalog_error.connect(self.message_bar.error)
        self.db.error.connect(self.message_bar.warning)
        self.menus.translate_lang = self.prefs.translate_lang
        self.menus.rewrite_style = self.prefs.rewrite_style
        self.menus.chosen.connect(self.run_action)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        from desktop import grammar_ui

        self.grammar = grammar_ui.install(self)  # spelling and grammar: underlines, menus, panel

        self.result_pane.stop_requested.connect(self.stop_action)
        self.result_pane.replace_requested.connect(lambda: self.apply_result("replace"))
        self.result_pane.insert_requested.connect(lambda: self.apply_result("insert"))
        self.result_pane.retry_requested.connect(self.retry_action)
        self.result_pane.discard_requested.connect(self.discard_result)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._update_counts)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_all)
        self.autosave_timer.start()
        # The user's app actions live in the database, read on the database thread; shortly after
        # start-up (not during it: the window shows before sqlite-utils is imported), and again
        # whenever the window comes back to the front (they may have been changed with the CLI).
        # The 300 ms count from the event loop's start: counted from here, a slow start (a cold
        # disk, modules compiled on first import) would import sqlite-utils before the window shows.
        self._user_actions_timer = QTimer(self)
        self._user_actions_timer.setSingleShot(True)
        self._user_actions_timer.setInterval(300)
        self._user_actions_timer.timeout.connect(self.refresh_user_actions)
        QTimer.singleShot(0, self._user_actions_timer, self._user_actions_timer.start)

        self.resize(1200, 780)
        geometry, state = self.prefs.window_state()
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.new_document()
        self._update_status_model()
        if preload:
            QTimer.singleShot(0, self.load_model)
        if check_recovery:
            QTimer.singleShot(0, self.offer_recovery)

    # -- construction ------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget | None, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, icon: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(_icon(icon))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_act = self._action(self.tr("&New"), self.new_document, QKeySequence.StandardKey.New, "new")
        self.open_act = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, "open")
        self.save_act = self._action(self.tr("&Save"), lambda: self.save_tab(self.current_tab()), QKeySequence.StandardKey.Save, "save")
        self.save_as_act = self._action(self.tr("Save &As…"), lambda: self.save_tab_as(self.current_tab()), QKeySequence.StandardKey.SaveAs)
        self.close_tab_act = self._action(self.tr("&Close Tab"), lambda: self.close_tab(self.current_tab()), QKeySequence.StandardKey.Close)
        self.quit_act = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_act = self._action(self.tr("&Undo"), lambda: self._editor_call("undo"), QKeySequence.StandardKey.Undo)
        self.redo_act = self._action(self.tr("&Redo"), lambda: self._editor_call("redo"), QKeySequence.StandardKey.Redo)
        for act in (self.undo_act, self.redo_act):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor handles its own keys
        self.find_act = self._action(self.tr("&Find…"), lambda: self._find(False), QKeySequence.StandardKey.Find)
        self.replace_act = self._action(self.tr("Find and &Replace…"), lambda: self._find(True), QKeySequence("Ctrl+H"))
        self.bold_act = self._action(self.tr("&Bold"), lambda: self._format("bold"), QKeySequence.StandardKey.Bold)
        self.italic_act = self._action(self.tr("&Italic"), lambda: self._format("italic"), QKeySequence.StandardKey.Italic)
        self.underline_act = self._action(self.tr("U&nderline"), lambda: self._format("underline"), QKeySequence.StandardKey.Underline)
        self.prefs_act = self._action(self.tr("&Preferences…"), self.open_settings, QKeySequence("Ctrl+,"), "settings")
        self.stop_act = self._action(self.tr("&Stop"), self.escape, QKeySequence("Escape"), "stop", self.tr("Stop generating (Esc)"))
        self.accept_act = self._action(self.tr("&Replace with Proposal"), lambda: self.apply_result("replace"), QKeySequence("Ctrl+Return"))
        self.insert_act = self._action(self.tr("&Insert Proposal Below"), lambda: self.apply_result("insert"), QKeySequence("Ctrl+Shift+Return"))
        self.user_actions_act = self._action(self.tr("&Your Actions…"), self.open_user_actions)
        self.user_actions_act.setToolTip(self.tr("Add, change or delete actions of your own"))
        self.history_act = self.history_dock.toggleViewAction()
        self.history_act.setText(self.tr("&History"))
        self.history_act.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.personal_act = self.personal_dock.toggleViewAction()
        self.personal_act.setText(self.tr("&Personalization"))
        self.personal_act.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.assistant_act = self.result_dock.toggleViewAction()
        self.assistant_act.setText(self.tr("&Assistant Pane"))
        self.assistant_act.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.menus.summarize.setIcon(_icon("summarize"))
        self.menus.translate_last.setIcon(_icon("translate"))
        self.menus.rewrite_last.setIcon(_icon("rewrite"))
        self.menus.continue_.setIcon(_icon("continue"))
        self._update_action_state()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_act, self.open_act])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_act, self.save_as_act, self.close_tab_act])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_act)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_act, self.redo_act])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_act, self.replace_act])
        edit_menu.addSeparator()
        format_menu = edit_menu.addMenu(self.tr("Format (Word documents)"))
        format_menu.addActions([self.bold_act, self.italic_act, self.underline_act])
        edit_menu.addSeparator()
        edit_menu.addAction(self.prefs_act)

        self.assistant_menu = bar.addMenu(self.tr("&Assistant"))
        self.assistant_menu.aboutToShow.connect(self._fill_assistant_menu)
        self._fill_assistant_menu()

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.assistant_act, self.history_act, self.personal_act])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Inkstone"), self._about)

    def _fill_assistant_menu(self) -> None:
        menu = self.assistant_menu
        menu.clear()
        self.menus.populate(menu)
        menu.addSeparator()
        menu.addActions([self.menus.translate_other, self.menus.rewrite_custom])
        menu.addSeparator()
        menu.addActions([self.stop_act, self.accept_act, self.insert_act])
        menu.addSeparator()
        menu.addAction(self.user_actions_act)

    # -- the user's own actions ---------------------------------------------------------------

    def refresh_user_actions(self) -> None:
        """Read the user's app actions on the database thread; the menus follow when they arrive."""
        if self._shut_down or self._user_actions_pending:
            return
        self._user_actions_timer.stop()
        self._user_actions_read_once = True

        def work():
            from core.storage.user_actions import list_user_actions

            return list_user_actions()

        def failed(message: str) -> None:
            self._user_actions_pending = False
            if message != self._user_actions_error:  # not again each time the window is activated
                self._user_actions_error = message
                self.message_bar.warning(self.tr("Your actions could not be read: {reason}").format(reason=message))

        self._user_actions_pending = True
        self.db.submit(work, self._on_user_actions_read, failed)

    def _on_user_actions_read(self, rows: list) -> None:
        self._user_actions_pending = False
        self._user_actions_error = ""
        self.apply_user_actions(rows)

    def apply_user_actions(self, rows: list) -> None:
        """Show ``rows`` (the user's app actions, read off the UI thread) in every action menu."""
        if rows == self.menus.app_actions:  # read again on each activation; usually nothing changed
            return
        self.menus.set_app_actions(rows)
        if not self.assistant_menu.isVisible():  # an open menu is refilled when it next opens
            self._fill_assistant_menu()
        self.user_actions_changed.emit(list(rows))

    def open_user_actions(self):
        """The "Your actions" dialog (one at a time); returns it."""
        from desktop.user_actions_dialog import UserActionsDialog

        # Kept for the window's life: a save still in flight when it closes reports back to it.
        if self._user_actions_dialog is None:
            self._user_actions_dialog = UserActionsDialog(self)
        dialog = self._user_actions_dialog
        dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        # Only once the first read (on the start-up timer) has run: activation at start-up must
        # not pull sqlite-utils in before the window is shown.
        if event.type() == QEvent.Type.ActivationChange and self._user_actions_read_once and self.isActiveWindow():
            self.refresh_user_actions()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("MainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addActions([self.new_act, self.open_act, self.save_act])
        bar.addSeparator()
        bar.addAction(self.menus.summarize)
        for action, name in ((self.menus.translate_last, "TranslateMenu"), (self.menus.rewrite_last, "RewriteMenu")):
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            menu = QMenu(button)
            menu.aboutToShow.connect(lambda menu=menu, name=name: self._fill_submenu(menu, name))
            button.setMenu(menu)
            bar.addWidget(button)
        bar.addAction(self.menus.continue_)
        bar.addAction(self.stop_act)

    def _fill_submenu(self, menu: QMenu, name: str) -> None:
        menu.clear()
        scratch = QMenu(menu)
        self.menus.populate(scratch)
        for action in scratch.actions():
            sub = action.menu()
            if sub is not None and sub.objectName() == name:
                for item in sub.actions():
                    menu.addAction(item)
                sub.setParent(menu)  # keep its actions alive with the menu that shows them
                break

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.prefs.recent_files
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_file(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Recent Files"), self.prefs.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    # -- panels (built on first show) --------------------------------------------------------

    @property
    def history_panel(self):
        if self._history_panel is None:
            from desktop.history_panel import HistoryPanel

            self._history_panel = HistoryPanel(self)
            self._history_panel.reapply_requested.connect(self.reapply_text)
            self._history_panel.message.connect(self.message_bar.show_message)
            self.history_dock.setWidget(self._history_panel)
        return self._history_panel

    @property
    def personalization_panel(self):
        if self._personal_panel is None:
            from desktop.personalization_panel import PersonalizationPanel

            self._personal_panel = PersonalizationPanel(self.workers, self.prefs, self)
            self._personal_panel.message.connect(self.message_bar.show_message)
            self._personal_panel.adapter_activated.connect(self._on_adapter_activated)
            self._personal_panel.training_progress.connect(self.status.show_training)
            self._personal_panel.training_ended.connect(self.status.hide_training)
            self.personal_dock.setWidget(self._personal_panel)
        return self._personal_panel

    def _on_history_visibility(self, visible: bool) -> None:
        if visible:
            self.history_panel.refresh()

    def _on_personal_visibility(self, visible: bool) -> None:
        if visible:
            self.personalization_panel.refresh()

    def show_history(self) -> None:
        self.history_dock.show()
        self.history_dock.raise_()
        self.history_panel.refresh()

    def show_personalization(self) -> None:
        self.personal_dock.show()
        self.personal_dock.raise_()
        self.personalization_panel.refresh()

    # -- tabs and files -----------------------------------------------------------------------

    def current_tab(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def document_tabs(self) -> list[DocumentTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def _add_tab(self, tab: DocumentTab) -> DocumentTab:
        tab.title_changed.connect(lambda tab=tab: self._refresh_tab_title(tab))
        tab.editor.customContextMenuRequested.connect(lambda pos, tab=tab: self._show_context_menu(tab, pos))
        tab.editor.selectionChanged.connect(self._count_timer.start)
        tab.editor.textChanged.connect(self._count_timer.start)
        tab.editor.document().modificationChanged.connect(lambda _m: self._update_action_state())
        index = self.tabs.addTab(tab, tab.tab_title())
        self.tabs.setCurrentIndex(index)
        self._refresh_tab_title(tab)
        tab.editor.setFocus()
        self.tab_added.emit(tab)
        return tab

    def new_document(self) -> DocumentTab:
        self._untitled += 1
        return self._add_tab(DocumentTab(self, self._untitled))

    def _is_blank(self, tab: DocumentTab) -> bool:
        return tab.path is None and not tab.modified and not tab.text()

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open"), "", self.tr(OPEN_FILTER))
        for path in paths:
            self.open_file(path)

    def open_file(self, path: str | Path) -> DocumentTab | None:
        """Open ``path`` in a tab (or switch to it); problems go to the message bar."""
        path = Path(path).expanduser()
        for tab in self.document_tabs():
            if tab.path is not None and tab.path.resolve() == path.resolve():
                self.tabs.setCurrentWidget(tab)
                return tab
        try:
            loaded = file_io.load(path)
        except Exception as exc:  # one line in the message bar, whatever went wrong
            from desktop.workers import describe_error

            self.message_bar.error(self.tr("Cannot open {name}: {reason}").format(name=path.name, reason=describe_error(exc)))
            return None
        current = self.current_tab()
        tab = DocumentTab(self, 0)
        tab.load(loaded)
        self._add_tab(tab)
        if current is not None and self._is_blank(current) and current is not tab:
            self._remove_tab(current)
        self.prefs.add_recent(path)
        notes = []
        if loaded.encoding_note:
            notes.append(self.tr("{name} was read as {encoding}; it will be saved as UTF-8.").format(name=path.name, encoding=loaded.encoding_note))
        if loaded.losses:
            notes.append(self.tr("Inkstone edits the text of Word documents: {details}. Save under a new name to keep the original.").format(details="; ".join(loaded.losses)))
        if notes:
            self.message_bar.warning(" ".join(notes))
        self.db.submit(lambda: store.note_document(path))
        return tab

    def save_tab(self, tab: DocumentTab | None) -> bool:
        if tab is None:
            return False
        if tab.path is None:
            return self.save_tab_as(tab)
        return self._save(tab, tab.path)

    def save_tab_as(self, tab: DocumentTab | None, path: str | Path | None = None) -> bool:
        if tab is None:
            return False
        if path is None:
            suggested = str(tab.path) if tab.path else tab.display_name() + ".md"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save As"), suggested, self.tr(OPEN_FILTER))
            if not path:
                return False
        path = Path(path)
        if path.suffix.lower() not in file_io.SUFFIXES:
            path = path.with_suffix(path.suffix + ".txt") if path.suffix else path.with_suffix(".md")
        return self._save(tab, path)

    def _save(self, tab: DocumentTab, path: Path) -> bool:
        try:
            tab.save(path)
        except Exception as exc:
            from desktop.workers import describe_error

            self.message_bar.error(self.tr("Not saved: {reason}").format(reason=describe_error(exc)))
            return False
        self.recovery.remove(tab.recovery_id)
        self._autosaved.pop(tab.recovery_id, None)
        self.prefs.add_recent(path)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 3000)
        return True

    def ask_save(self, tab: DocumentTab) -> str:
        """"save", "discard" or "cancel" for a tab with unsaved changes (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name}?").format(name=tab.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "cancel")

    def close_tab(self, tab: DocumentTab | None) -> bool:
        if tab is None:
            return False
        if tab.modified:
            self.tabs.setCurrentWidget(tab)
            choice = self.ask_save(tab)
            if choice == "cancel" or (choice == "save" and not self.save_tab(tab)):
                return False
        self._remove_tab(tab)
        if not self._closing and self.tabs.count() == 0:
            self.new_document()
        return True

    def _remove_tab(self, tab: DocumentTab) -> None:
        if self.session is not None and self.session.target.tab is tab:
            if self.session.running:
                self.session.stop()
            else:
                self._settle("discarded")
            if not self.session.running:
                self.session = None
                self.result_pane.clear()
        self.recovery.remove(tab.recovery_id)
        self._autosaved.pop(tab.recovery_id, None)
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.removeTab(index)
        tab.deleteLater()

    def _refresh_tab_title(self, tab: DocumentTab) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, tab.tab_title())
            self.tabs.setTabToolTip(index, str(tab.path) if tab.path else tab.display_name())
        if tab is self.current_tab():
            self._update_title()

    def _update_title(self) -> None:
        tab = self.current_tab()
        if tab is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{APP_TITLE} — {tab.display_name()}[*]")
        self.setWindowModified(tab.modified)

    @Slot(int)
    def _on_current_tab(self, _index: int) -> None:
        self._update_title()
        self._update_action_state()
        self._count_timer.start()

    def _editor_call(self, name: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            getattr(tab.editor, name)()

    def _find(self, replace: bool) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.find_bar.open_bar(replace)

    def _format(self, which: str) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        if not tab.editor.rich:
            self.statusBar().showMessage(self.tr("Bold, italic and underline are kept in Word (.docx) documents only"), 4000)
            return
        tab.editor.toggle_format(which)

    def _update_counts(self) -> None:
        tab = self.current_tab()
        if tab is None:
            self.status.count_label.clear()
            return
        cursor = tab.editor.textCursor()
        if cursor.hasSelection():
            text = cursor.selectedText().replace("\u2029", "\n")
            self.status.show_counts(count_words(text), count_chars(text), True)
        else:
            text = tab.text()
            self.status.show_counts(count_words(text), count_chars(text), False)

    # -- context menu -------------------------------------------------------------------------

    def context_menu(self, tab: DocumentTab, pos=None) -> QMenu:
        """The editor's context menu: the assistant's actions first, then Qt's editing entries."""
        menu = QMenu(tab.editor)
        self.grammar.add_menu_entries(menu, tab, pos)  # suggestions for an underlined word first
        self.menus.populate(menu)
        menu.addSeparator()
        standard = tab.editor.createStandardContextMenu() if pos is None else tab.editor.createStandardContextMenu(pos)
        standard.setParent(menu, standard.windowFlags())
        for action in standard.actions():
            menu.addAction(action)
        return menu

    def _show_context_menu(self, tab: DocumentTab, pos) -> None:
        menu = self.context_menu(tab, pos)
        menu.exec(tab.editor.mapToGlobal(pos))
        menu.deleteLater()

    # -- actions --------------------------------------------------------------------------------

    def _target(self, tab: DocumentTab, action: str) -> tuple[Target, str]:
        """Where ``action``'s answer goes, and the text it works on."""
        document = tab.document
        cursor = tab.editor.textCursor()
        if action == "continue":
            position = cursor.selectionEnd()
            before = QTextCursor(document)
            before.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            text = before.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
            anchor = QTextCursor(document)
            anchor.setPosition(position)
            return Target(tab, anchor, "", "cursor"), text
        if cursor.hasSelection():
            target = QTextCursor(document)
            target.setPosition(cursor.selectionStart())
            target.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            scope = "selection"
        else:
            target = QTextCursor(document)
            target.select(QTextCursor.SelectionType.Document)
            scope = "document"
        text = target.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        return Target(tab, target, text, scope), text

    def _request(self, action: str, text: str, options: dict) -> ActionRequest:
        from core.engine import ActionRequest

        prefs = self.prefs
        return ActionRequest(
            action=action,
            text=text,
            options=dict(options),
            model=prefs.model or None,
            backend=prefs.backend,
            adapter=store.adapter_argument(prefs.adapter),
            max_tokens=prefs.max_tokens or None,
            temperature=prefs.temperature,
            top_p=prefs.top_p,
        )

    @Slot(str, dict, str)
    def run_action(self, action: str, options: dict, label: str = "") -> ActionSession | None:
        """Start ``action`` on the current tab's selection (or document); show it in the pane."""
        tab = self.current_tab()
        if tab is None:
            return None
        if self.session is not None and self.session.running:
            self.message_bar.warning(self.tr("The assistant is still working. Stop it (Esc) before starting another action."))
            return None
        if action == "translate" and options.get("lang"):
            self.prefs.translate_lang = options["lang"]
        if action == "rewrite" and options.get("style"):
            self.prefs.rewrite_style = options["style"]
        target, text = self._target(tab, action)
        if not text.strip():
            self.message_bar.info(
                self.tr("Write something first: Continue needs text before the cursor.")
                if action == "continue"
                else self.tr("There is no text to work on: select some text or write in the document.")
            )
            return None
        label = label or self.menus.label(action, options)
        # The catalog the menus show, app actions included: the worker need not read the database.
        session = ActionSession(self._request(action, text, options), target, label, self.pool, self, catalog=self.menus.catalog)
        session.routed.connect(lambda routed: self.status.show_model(routed.model, routed.backend, routed.device, self.prefs.adapter or None))
        return self.start_session(session)

    def start_session(self, session: ActionSession) -> ActionSession | None:
        """Show ``session`` in the result pane, start it, and record its outcome when it ends.

        Also the way in for proposals that do not come from a model (the spelling checker's fast
        fix, :mod:`desktop.grammar_fix`)."""
        if self.session is not None and self.session.running:
            self.message_bar.warning(self.tr("The assistant is still working. Stop it (Esc) before starting another action."))
            return None
        self._settle("discarded")  # an earlier proposal the user moved past
        session.finished.connect(lambda result, s=session: self._on_session_finished(s, result))
        session.failed.connect(lambda message, s=session: self._on_session_failed(s, message))
        self.session = session
        self.result_pane.show_session(session)
        self.result_dock.show()
        self.result_dock.raise_()
        session.start(self.workers)
        self._update_action_state()
        return session

    def stop_action(self) -> None:
        if self.session is not None and self.session.running:
            self.session.stop()
            self.statusBar().showMessage(self.tr("Stopping…"), 2000)

    def escape(self) -> None:
        """Esc: stop a running action, or drop a finished proposal."""
        if self.session is None:
            return
        if self.session.running:
            self.stop_action()
        else:
            self.discard_result()

    def retry_action(self) -> None:
        session = self.session
        if session is None or session.running:
            return
        tab = session.target.tab
        if tab not in self.document_tabs():
            return
        self._settle("discarded")
        from core.engine import ActionRequest

        request = session.request
        new = ActionSession(
            ActionRequest(**{**request.__dict__, "seed": None}),
            session.target,
            session.label,
            self.pool,
            self,
            catalog=session.catalog,
        )
        new.finished.connect(lambda result, s=new: self._on_session_finished(s, result))
        new.failed.connect(lambda message, s=new: self._on_session_failed(s, message))
        self.session = new
        self.result_pane.show_session(new)
        new.start(self.workers)
        self._update_action_state()

    def discard_result(self) -> None:
        if self.session is None or self.session.running:
            return
        self._settle("discarded")
        self.session = None
        self.result_pane.clear()
        self._update_action_state()

    def _on_session_finished(self, session: ActionSession, result: ActionResult | None) -> None:
        if result is not None:
            self.status.show_speed(result.tokens_per_s)
            if result.backend:
                self.status.show_model(result.model, result.backend, result.device, self.prefs.adapter or None)
        # Record now, so nothing is lost if the app dies before the user decides; the outcome is
        # updated when they accept or edit.
        self._record(session, "cancelled" if session.state == CANCELLED else "pending")
        self._update_action_state()
        if session is not self.session:
            return
        if session.state == DONE and result is not None and not result.output.strip():
            self.message_bar.info(self.tr("The model returned no text. Try Retry, or another model."))

    def _on_session_failed(self, session: ActionSession, message: str) -> None:
        self._record(session, "failed")
        self._update_action_state()
        if session is self.session:
            self.message_bar.error(self.tr("{action} failed: {reason}").format(action=session.label, reason=message))

    def _record(self, session: ActionSession, outcome: str, final_text: str | None = None) -> None:
        """Record ``session``'s outcome in history, on the database thread."""
        first = session.outcome is None
        session.outcome = outcome
        ticket = session.ticket
        tab_path = getattr(session.target.tab, "path", None)
        document = str(tab_path) if tab_path else None
        if not first:
            def work():
                store.update_outcome(ticket["id"], outcome, final_text)
        elif outcome == "failed":
            request, route = session.request, session.route
            info = {
                "action": request.action,
                "input": request.text,
                "output": session.partial_text.strip(),
                "options": request.options,
                "model": route.model if route else request.model,
                "backend": route.backend if route else None,
                "device": route.device if route else None,
                "reason": route.reason if route else None,
                "adapter": request.adapter,
            }
            error = session.error or "failed"

            def work():
                ticket["id"] = store.record_failure(info, error, document)
        else:
            result = session.result

            def work():
                ticket["id"] = store.record(result, outcome, document)

        self.db.submit(work, on_done=self._history_changed, on_error=self._history_failed)

    def _history_changed(self, _value=None) -> None:
        if self._history_panel is not None and self.history_dock.isVisible():
            self._history_panel.refresh()

    def _history_failed(self, message: str) -> None:
        self.message_bar.warning(self.tr("History could not be saved: {reason}").format(reason=message))

    def _settle(self, outcome: str, final_text: str | None = None) -> None:
        """Record the final outcome of the current session's proposal."""
        session = self.session
        if session is None or session.running or session.state == FAILED:
            return
        if session.outcome in ("accepted", "edited", "discarded"):
            return
        if outcome == "discarded" and session.outcome == "cancelled":
            return  # "cancelled" says more about a stopped run the user then dropped
        self._record(session, outcome, final_text)

    def apply_result(self, mode: str) -> bool:
        """Put the proposal into the document as one undo step. ``mode``: "replace" or "insert"."""
        session = self.session
        if session is None or session.state not in (DONE, CANCELLED) or session.outcome in ("accepted", "edited"):
            return False
        tab = session.target.tab
        if tab not in self.document_tabs():
            self.message_bar.warning(self.tr("The document this proposal belongs to was closed; use Copy instead."))
            return False
        text = self.result_pane.proposal_text()
        if not text.strip():
            return False
        self.autosave_tab(tab, force=True)  # the state before the change is safe on disk
        target = session.target
        document = tab.document
        if target.scope == "cursor":
            cursor = QTextCursor(document)
            cursor.setPosition(target.cursor.position())
            text = _joined_continuation(document, cursor.position(), text)
        elif mode == "replace":
            if target.current_text() != target.original:
                self.message_bar.warning(
                    self.tr("The original text changed while the assistant worked, so it was not replaced. Use Insert below or Copy.")
                )
                return False
            cursor = QTextCursor(target.cursor)
        else:
            cursor = QTextCursor(document)
            cursor.setPosition(target.cursor.selectionEnd())
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            text = ("\n" if tab.kind == "docx" else "\n\n") + text
        start = cursor.selectionStart()
        cursor.beginEditBlock()
        # The checker's fast fix changes only the corrected words (a Word document keeps its formatting).
        in_place = getattr(session, "replace_in_place", None)
        if not (mode == "replace" and in_place is not None and in_place(text)):
            cursor.insertText(text)
        cursor.endEditBlock()
        end = cursor.position()
        shown = QTextCursor(document)
        shown.setPosition(start + (len(text) - len(text.lstrip("\n")) if mode == "insert" else 0))
        shown.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        tab.editor.setTextCursor(shown)
        tab.editor.setFocus()
        result = session.result
        kept = self.result_pane.proposal_text()
        if result is not None and kept == result.output:
            self._record(session, "accepted")
        else:
            self._record(session, "edited", kept)
        self.session = None
        self.result_pane.clear()
        self._update_action_state()
        self.statusBar().showMessage(self.tr("Applied. Press Ctrl+Z to undo."), 4000)
        return True

    def reapply_text(self, text: str) -> None:
        """Put ``text`` (from history) in place of the current selection, as one undo step."""
        tab = self.current_tab()
        if tab is None or not text:
            return
        self.autosave_tab(tab, force=True)
        cursor = tab.editor.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        tab.editor.setTextCursor(cursor)
        tab.editor.setFocus()

    def _update_action_state(self) -> None:
        session = self.session
        running = session is not None and session.running
        ready = session is not None and session.state in (DONE, CANCELLED) and session.outcome not in ("accepted", "edited")
        self.stop_act.setEnabled(running or ready)
        self.stop_act.setText(self.tr("&Stop") if running or not ready else self.tr("&Discard Proposal"))
        self.accept_act.setEnabled(ready)
        self.insert_act.setEnabled(ready and session.target.scope != "cursor")
        has_tab = self.current_tab() is not None
        for action in self.menus.run_actions:
            action.setEnabled(has_tab and not running)
        self.save_act.setEnabled(has_tab)
        self.save_as_act.setEnabled(has_tab)

    # -- model ------------------------------------------------------------------------------------

    def _update_status_model(self) -> None:
        if self.model_state is not None:
            s = self.model_state
            self.status.show_model(s.model, s.backend, s.device, self.prefs.adapter or None)
        else:
            self.status.model_label.setText(self.prefs.model or self.tr("default model"))

    def load_model(self, reload: bool = False) -> GeneratorWorker | None:
        """Load the configured model in the background, showing a "loading model" state."""
        if self._loader is not None and not self._loader.done:
            return self._loader
        prefs, pool = self.prefs, self.pool
        model, backend, adapter = prefs.model or None, prefs.backend, store.adapter_argument(prefs.adapter)
        self.status.show_loading(model or self.tr("default model"))

        def work():
            if reload:
                pool.close()  # a new thread count or adapter takes effect on the next load
            yield from warm_up(model, backend, pool, adapter)

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._on_model_state)
        # Bound methods only: PySide6 runs a lambda connected to a worker's signal in the worker's
        # thread, where it must not touch widgets.
        worker.finished.connect(self._on_model_loaded)
        worker.errored.connect(self._on_model_error)
        self._loader = worker
        self.workers.start(worker)
        return worker

    @Slot(object)
    def _on_model_state(self, state: ModelState) -> None:
        if state.stage == "routed":
            self.status.show_loading(f"{state.model} ({state.backend}, {state.device})")
        else:
            self.model_state = state
            self._update_status_model()

    @Slot(object)
    def _on_model_loaded(self, _value) -> None:
        self._update_status_model()

    @Slot(str)
    def _on_model_error(self, message: str) -> None:
        self.status.show_model_error(message)
        self.message_bar.error(self.tr("The model could not be loaded: {reason}").format(reason=message))

    def _on_adapter_activated(self, adapter_id: str) -> None:
        self.prefs.adapter = adapter_id
        self.load_model(reload=True)

    def open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self)
        dialog.message.connect(self.message_bar.show_message)
        if dialog.exec():
            changes = dialog.apply()
            if changes & {"model", "backend", "threads", "adapter"}:
                self.model_state = None
                self.load_model(reload=True)
            if "language" in changes:
                self.message_bar.info(self.tr("The new language is used from the next start of Inkstone."))

    # -- autosave and recovery ------------------------------------------------------------------

    def autosave_tab(self, tab: DocumentTab, force: bool = False) -> None:
        revision = tab.document.revision()
        if not tab.modified:
            if tab.recovery_id in self._autosaved:
                self.recovery.remove(tab.recovery_id)
                self._autosaved.pop(tab.recovery_id, None)
            return
        if not force and self._autosaved.get(tab.recovery_id) == revision:
            return
        from desktop import docx_io

        snapshot = autosave.Snapshot(
            tab_id=tab.recovery_id,
            text=tab.text(),
            path=str(tab.path) if tab.path else None,
            kind=tab.kind,
            newline=tab.newline,
            title=tab.display_name(),
            paragraphs=autosave.paragraphs_to_json(docx_io.document_paragraphs(tab.document)) if tab.kind == "docx" else None,
        )
        try:
            self.recovery.save(snapshot)
            self._autosaved[tab.recovery_id] = revision
        except Exception as exc:
            from desktop.workers import describe_error

            self.statusBar().showMessage(self.tr("Autosave failed: {reason}").format(reason=describe_error(exc)), 5000)

    def autosave_all(self) -> None:
        for tab in self.document_tabs():
            self.autosave_tab(tab)

    def offer_recovery(self) -> list[autosave.OrphanSession]:
        orphans = self.recovery.orphans()
        if not orphans:
            return []
        count = sum(len(o.snapshots) for o in orphans)
        names = ", ".join(s.title or s.tab_id for o in orphans for s in o.snapshots)
        self.message_bar.warning(
            self.tr("Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).").format(count=count, names=names),
            [
                (self.tr("Restore"), lambda: self.restore(orphans)),
                (self.tr("Discard"), lambda: [self.recovery.discard(o) for o in orphans]),
            ],
        )
        return orphans

    def restore(self, orphans: list[autosave.OrphanSession]) -> list[DocumentTab]:
        restored = []
        for orphan in orphans:
            for snapshot in orphan.snapshots:
                current = self.current_tab()
                self._untitled += 1
                tab = DocumentTab(self, self._untitled)
                tab.kind = snapshot.kind
                tab.newline = snapshot.newline
                tab.path = Path(snapshot.path) if snapshot.path else None
                if snapshot.kind == "docx" and snapshot.paragraphs is not None:
                    from desktop import docx_io

                    tab.editor.rich = True
                    docx_io.fill_document(tab.document, snapshot.docx_paragraphs())
                    tab.document.setModified(True)
                else:
                    tab.set_text(snapshot.text, modified=True)
                self._add_tab(tab)
                if current is not None and self._is_blank(current):
                    self._remove_tab(current)
                self.autosave_tab(tab, force=True)
                restored.append(tab)
            self.recovery.discard(orphan)
        if restored:
            self.statusBar().showMessage(self.tr("Restored {n} document(s); save them to keep them.").format(n=len(restored)), 6000)
        return restored

    # -- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._shut_down:
            event.accept()
            return
        self._closing = True
        for tab in self.document_tabs():
            if tab.modified:
                self.tabs.setCurrentWidget(tab)
                choice = self.ask_save(tab)
                if choice == "cancel" or (choice == "save" and not self.save_tab(tab)):
                    self._closing = False
                    event.ignore()
                    return
        self.hide()  # the window goes at once; shutdown may wait for a model load to finish
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the workers, record the last outcome, clean the recovery folder."""
        if self._shut_down:
            return
        self._shut_down = True
        self.autosave_timer.stop()
        if self.session is not None and self.session.running:
            self.session.stop()
        if self._personal_panel is not None:
            self._personal_panel.shutdown()
        self.workers.stop_all()
        QApplication.processEvents()  # deliver the workers' last signals (outcomes to record)
        self._settle("discarded")
        self.db.stop()  # runs the queued history writes first
        self.prefs.save_window_state(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        self.recovery.close()

    def _about(self) -> None:
        from core import __version__

        QMessageBox.about(
            self,
            self.tr("About Inkstone"),
            self.tr("Inkstone {version}\nA local-first writing assistant. Your text never leaves this computer.").format(version=__version__),
        )


_WORD_CHAR = re.compile(r"\w", re.UNICODE)


def _joined_continuation(document, position: int, text: str) -> str:
    """Add a space between the text before the cursor and a continuation that starts a new word."""
    if position == 0:
        return text
    before = document.characterAt(position - 1)
    if before.isspace() or text[:1].isspace():
        return text
    if _WORD_CHAR.match(text[:1] or " ") and not _is_cjk(before) and not _is_cjk(text[0]):
        return " " + text
    if before in ".!?;:," and text[:1].isalnum() and not _is_cjk(text[0]):
        return " " + text
    return text


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"
