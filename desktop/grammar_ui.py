"""Spelling and grammar in the main window: underlines in every tab, the right-click suggestions,
the Review menu, the Check-document panel and the fast fix.

``install(window)`` wires it all and returns a :class:`GrammarUI`. What it needs from the window:
``workers`` (a WorkerManager), ``db`` (BackgroundCalls), ``message_bar``, ``documents``
(``document_tabs()``, ``current_tab()``, the ``tab_added`` signal), ``flow.start(session)`` (shows
a proposal in the result pane like a model's), and a call to :meth:`GrammarUI.add_menu_entries`
where the editor's context menu is built (``Documents.context_menu``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from desktop.grammar_controller import GrammarController

_MENU_SUGGESTIONS = 6
_MESSAGE_CHARS = 70


def visible_blocks(editor):
    """() -> (first, last) numbers of the blocks on ``editor``'s screen (plain or rich editor)."""
    def blocks() -> tuple[int, int]:
        viewport = editor.viewport()
        top = editor.cursorForPosition(QPoint(0, 0)).blockNumber()
        bottom = editor.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).blockNumber()
        return top, bottom

    return blocks


def is_markdown(tab) -> bool:
    path = getattr(tab, "path", None)
    return path is not None and path.suffix.lower() in (".md", ".markdown")


class GrammarUI(QObject):
    """Owns the :class:`GrammarController` and the window's spelling and grammar entries."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = GrammarController(window.workers, window.db.submit, self)
        self.controller.message.connect(window.message_bar.show_message)
        self._panel = None
        self._settings_dialog = None

        self.check_act = QAction(self.tr("&Check Document…"), window)
        self.check_act.setShortcut(QKeySequence("F9"))
        self.check_act.setToolTip(self.tr("List every spelling and grammar problem in the document"))
        self.check_act.triggered.connect(self.show_panel)
        self.fix_act = QAction(self.tr("&Fix Spelling && Grammar (Fast)"), window)
        self.fix_act.setShortcut(QKeySequence("Shift+F9"))
        self.fix_act.setToolTip(self.tr("Propose the checker's corrections for the selection (or the document); no model, nothing else changed"))
        self.fix_act.triggered.connect(self.fast_fix)
        self.as_you_type_act = QAction(self.tr("Check Spelling as You &Type"), window)
        self.as_you_type_act.setCheckable(True)
        self.as_you_type_act.setChecked(True)
        self.as_you_type_act.toggled.connect(self.set_enabled)
        self.settings_act = QAction(self.tr("Spelling && Grammar &Settings…"), window)
        self.settings_act.triggered.connect(self.open_settings)
        for action in (self.check_act, self.fix_act):
            window.addAction(action)
        self.controller.settings_changed.connect(self._on_settings)

        self.dock = QDockWidget(self.tr("Spelling && Grammar"), window)
        self.dock.setObjectName("GrammarDock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_visibility)
        self.panel_act = self.dock.toggleViewAction()
        self.panel_act.setText(self.tr("&Spelling && Grammar Panel"))

    # -- menus --------------------------------------------------------------------------------

    def build_menu(self, menu: QMenu) -> QMenu:
        """Fill ``menu`` (the window's Review menu) with the checker's entries."""
        menu.addAction(self.check_act)
        menu.addAction(self.fix_act)
        menu.addSeparator()
        menu.addAction(self.as_you_type_act)
        menu.addAction(self.settings_act)
        return menu

    def add_menu_entries(self, menu: QMenu, tab, pos=None) -> bool:
        """At the top of the editor's context menu: the suggestions for the problem under
        ``pos`` (or the cursor), Ignore, Add to dictionary; then the fast fix. True when there
        was a problem there."""
        editor = tab.editor
        position = editor.textCursor().position() if pos is None else editor.cursorForPosition(pos).position()
        placed = self.controller.problem_at(editor.document(), position) if self.controller.active else None
        if placed is not None:
            problem = placed.problem
            message = problem.message if len(problem.message) <= _MESSAGE_CHARS else problem.message[: _MESSAGE_CHARS - 1] + "…"
            title = menu.addAction(message.replace("`", "“", 1).replace("`", "”", 1).replace("&", "&&"))
            title.setEnabled(False)
            title.setToolTip(problem.message)
            if problem.suggestions:
                for suggestion in problem.suggestions[:_MENU_SUGGESTIONS]:
                    caption = suggestion.replace("&", "&&") if suggestion else self.tr("(remove “{text}”)").format(text=problem.text)
                    action = menu.addAction(caption)
                    font = QFont(action.font())
                    font.setBold(True)
                    action.setFont(font)
                    action.triggered.connect(
                        lambda _=False, d=editor.document(), p=placed, s=suggestion, e=editor: self._apply(e, d, p, s))
            else:
                menu.addAction(self.tr("(no suggestions)")).setEnabled(False)
            menu.addSeparator()
            menu.addAction(self.tr("Ignore “{text}”").format(text=problem.text.replace("&", "&&")),
                           lambda p=problem: self.controller.ignore(p))
            if problem.kind == "spelling" and problem.text.strip() and " " not in problem.text.strip():
                menu.addAction(self.tr("Add “{word}” to Dictionary").format(word=problem.text.strip().replace("&", "&&")),
                               lambda w=problem.text.strip(): self.controller.add_word(w))
            menu.addSeparator()
        menu.addAction(self.fix_act)
        menu.addSeparator()
        return placed is not None

    def _apply(self, editor, document, placed, replacement: str) -> None:
        if not self.controller.replace(document, placed, replacement):
            self.window.message_bar.info(self.tr("The text changed; check the word again."))

    # -- documents ------------------------------------------------------------------------------

    def attach_tab(self, tab) -> None:
        """Underline problems in ``tab`` (called for each new, opened or restored tab)."""
        self.controller.attach(tab.document, is_markdown(tab), visible_blocks(tab.editor))
        tab.title_changed.connect(lambda t=tab: self._on_title(t))

    def _on_title(self, tab) -> None:
        highlighter = self.controller.highlighter(tab.document)
        if highlighter is not None:
            highlighter.set_markdown(is_markdown(tab))

    def set_enabled(self, enabled: bool) -> None:
        """Check as you type on or off (saved for the app and the CLI)."""
        from dataclasses import replace

        if self.controller.loaded and enabled != self.controller.settings.enabled:
            self.controller.save_settings(replace(self.controller.settings, enabled=enabled))

    def _on_settings(self, settings) -> None:
        self.as_you_type_act.blockSignals(True)
        self.as_you_type_act.setChecked(settings.enabled)
        self.as_you_type_act.blockSignals(False)

    # -- panel, fast fix, settings ------------------------------------------------------------------

    @property
    def panel(self):
        if self._panel is None:
            from desktop.grammar_panel import CheckPanel

            self._panel = CheckPanel(self.controller, self.window.documents.current_tab, self.window)
            self._panel.message.connect(self.window.message_bar.show_message)
            self._panel.fast_fix_requested.connect(self.fast_fix)
            self.dock.setWidget(self._panel)
            self.window.tabs.currentChanged.connect(lambda _i: self._panel.refresh() if self.dock.isVisible() else None)
        return self._panel

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.refresh()

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.panel.refresh()

    def fast_fix(self):
        """Fix spelling & grammar (fast) on the selection, or the whole document."""
        from desktop.grammar_fix import GrammarFixSession, fix_target

        tab = self.window.documents.current_tab()
        if tab is None:
            return None
        target = fix_target(tab, tab.editor)
        if not target.original.strip():
            self.window.message_bar.info(self.tr("There is no text to check: select some text or write in the document."))
            return None
        session = GrammarFixSession(self.controller, target, self.tr("Fix spelling & grammar (fast)"), is_markdown(tab), self.window)
        return self.window.flow.start(session)

    def open_settings(self):
        from desktop.grammar_settings import GrammarSettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = GrammarSettingsDialog(self.controller, self.window)
        dialog = self._settings_dialog
        dialog.reload()
        dialog.show()
        dialog.raise_()
        return dialog


class _Activation(QObject):
    """Reads the settings again when the window comes back to the front (the CLI may have
    changed the dictionary meanwhile)."""

    def __init__(self, ui: GrammarUI) -> None:
        super().__init__(ui)
        self.ui = ui

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ActivationChange and watched.isActiveWindow() and self.ui.controller.loaded:
            self.ui.controller.load_settings()
        return False


def install(window) -> GrammarUI:
    """Wire spelling and grammar into ``window``: a Review menu before View, the panel's dock, the
    underliner for each tab (now and as tabs are added)."""
    ui = GrammarUI(window)
    bar = window.menuBar()
    menu = QMenu(ui.tr("&Review"), window)
    ui.build_menu(menu)
    menu.addAction(ui.panel_act)
    actions = bar.actions()
    # File, Edit, Assistant, View, Help: Review goes before View, as in a word processor.
    before = actions[-2] if len(actions) >= 2 else None
    bar.insertMenu(before, menu) if before is not None else bar.addMenu(menu)
    ui.review_menu = menu
    window.documents.tab_added.connect(ui.attach_tab)
    for tab in window.documents.document_tabs():
        ui.attach_tab(tab)
    window.installEventFilter(_Activation(ui))
    ui.controller.load_settings()
    return ui
