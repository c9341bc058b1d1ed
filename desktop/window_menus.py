"""The main window's commands: its QActions with their shortcuts and icons, the menu bar and the
toolbar. Each command calls into the part of the window that owns it (documents, the action flow,
panels)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton


def icon(name: str) -> QIcon:
    from core.paths import resources_dir

    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


class WindowMenus(QObject):
    """Builds ``window``'s commands, menu bar and toolbar; keeps the commands' enabled state."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        docs, flow = w.documents, w.flow
        std = QKeySequence.StandardKey
        self.new_act = self._action(self.tr("&New"), docs.new_document, std.New, "new")
        self.open_act = self._action(self.tr("&Open…"), docs.open_dialog, std.Open, "open")
        self.save_act = self._action(self.tr("&Save"), lambda: docs.save_tab(docs.current_tab()), std.Save, "save")
        self.save_as_act = self._action(self.tr("Save &As…"), lambda: docs.save_tab_as(docs.current_tab()), std.SaveAs)
        self.versions_act = self._action(self.tr("&Versions…"), w.panels.show_versions)
        self.versions_act.setToolTip(self.tr("Earlier versions of this document: view, compare, restore"))
        self.close_tab_act = self._action(self.tr("&Close Tab"), lambda: docs.close_tab(docs.current_tab()), std.Close)
        self.quit_act = self._action(self.tr("&Quit"), w.close, std.Quit)
        self.undo_act = self._action(self.tr("&Undo"), lambda: docs.editor_call("undo"), std.Undo)
        self.redo_act = self._action(self.tr("&Redo"), lambda: docs.editor_call("redo"), std.Redo)
        for act in (self.undo_act, self.redo_act):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor handles its own keys
        self.find_act = self._action(self.tr("&Find…"), lambda: docs.find(False), std.Find)
        self.replace_act = self._action(self.tr("Find and &Replace…"), lambda: docs.find(True), QKeySequence("Ctrl+H"))
        self.bold_act = self._action(self.tr("&Bold"), lambda: docs.format("bold"), std.Bold)
        self.italic_act = self._action(self.tr("&Italic"), lambda: docs.format("italic"), std.Italic)
        self.underline_act = self._action(self.tr("U&nderline"), lambda: docs.format("underline"), std.Underline)
        self.prefs_act = self._action(self.tr("&Preferences…"), w.open_settings, QKeySequence("Ctrl+,"), "settings")
        self.stop_act = self._action(self.tr("&Stop"), flow.escape, QKeySequence("Escape"), "stop", self.tr("Stop generating (Esc)"))
        self.accept_act = self._action(self.tr("&Replace with Proposal"), lambda: flow.apply("replace"), QKeySequence("Ctrl+Return"))
        self.insert_act = self._action(self.tr("&Insert Proposal Below"), lambda: flow.apply("insert"), QKeySequence("Ctrl+Shift+Return"))
        self.models_act = self._action(self.tr("&Models…"), w.open_models)
        self.models_act.setToolTip(self.tr("Find models other apps keep on this computer, or download a better one"))
        self.user_actions_act = self._action(self.tr("&Your Actions…"), w.user_actions.open_dialog)
        self.user_actions_act.setToolTip(self.tr("Add, change or delete actions of your own"))
        self.history_act = self._dock_action(w.history_dock, self.tr("&History"), "Ctrl+Shift+H")
        self.personal_act = self._dock_action(w.personal_dock, self.tr("&Personalization"), "Ctrl+Shift+P")
        self.assistant_act = self._dock_action(w.result_dock, self.tr("&Assistant Pane"), "Ctrl+Shift+A")
        menus = w.menus
        menus.summarize.setIcon(icon("summarize"))
        menus.translate_last.setIcon(icon("translate"))
        menus.rewrite_last.setIcon(icon("rewrite"))
        menus.continue_.setIcon(icon("continue"))

    @staticmethod
    def _dock_action(dock, text: str, shortcut: str) -> QAction:
        action = dock.toggleViewAction()
        action.setText(text)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_act, self.open_act])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: w.documents.fill_recent_menu(self.recent_menu))
        file_menu.addSeparator()
        file_menu.addActions([self.save_act, self.save_as_act, self.versions_act, self.close_tab_act])
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
        self.assistant_menu.aboutToShow.connect(self.fill_assistant_menu)
        self.fill_assistant_menu()

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.assistant_act, self.history_act, self.personal_act])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Inkstone"), w.about)

    def fill_assistant_menu(self) -> None:
        menu, menus = self.assistant_menu, self.window.menus
        menu.clear()
        menus.populate(menu)
        menu.addSeparator()
        menu.addActions([menus.translate_other, menus.rewrite_custom])
        menu.addSeparator()
        menu.addActions([self.stop_act, self.accept_act, self.insert_act])
        menu.addSeparator()
        menu.addActions([self.models_act, self.user_actions_act])

    def _build_toolbar(self) -> None:
        w = self.window
        bar = QToolBar(self.tr("Main"), w)
        bar.setObjectName("MainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        w.addToolBar(bar)
        bar.addActions([self.new_act, self.open_act, self.save_act])
        bar.addSeparator()
        bar.addAction(w.menus.summarize)
        for action, name in ((w.menus.translate_last, "TranslateMenu"), (w.menus.rewrite_last, "RewriteMenu")):
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            menu = QMenu(button)
            menu.aboutToShow.connect(lambda menu=menu, name=name: self._fill_submenu(menu, name))
            button.setMenu(menu)
            bar.addWidget(button)
        bar.addAction(w.menus.continue_)
        bar.addAction(self.stop_act)

    def _fill_submenu(self, menu: QMenu, name: str) -> None:
        menu.clear()
        scratch = QMenu(menu)
        self.window.menus.populate(scratch)
        for action in scratch.actions():
            sub = action.menu()
            if sub is not None and sub.objectName() == name:
                for item in sub.actions():
                    menu.addAction(item)
                sub.setParent(menu)  # keep its actions alive with the menu that shows them
                break

    def update_state(self) -> None:
        """Enable the commands that make sense now (a proposal waiting, an action running, a tab open)."""
        w = self.window
        flow = w.flow
        running, ready = flow.running, flow.ready
        self.stop_act.setEnabled(running or ready)
        self.stop_act.setText(self.tr("&Stop") if running or not ready else self.tr("&Discard Proposal"))
        self.accept_act.setEnabled(ready)
        self.insert_act.setEnabled(ready and flow.session.target.scope != "cursor")
        has_tab = w.documents.current_tab() is not None
        for action in w.menus.run_actions:
            action.setEnabled(has_tab and not running)
        self.save_act.setEnabled(has_tab)
        self.save_as_act.setEnabled(has_tab)
