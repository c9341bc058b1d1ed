"""The window's open documents: tabs, opening and saving files, titles, the editor's context menu
and the word count.

Save does, in order: the outside-change check (has another program changed or removed the file
since Inkstone last read or wrote it? :mod:`desktop.file_watch`), whether the document can be
saved in place (a Word document it would damage is not overwritten), a version of what is on disk
(:mod:`desktop.doc_versions`), the atomic write, and watching the file again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTabWidget

from core.documents.versions import SAVED
from desktop import file_io, store
from desktop import file_watch as watch_verdicts
from desktop.editor import DocumentTab, UnsafeSaveError
from desktop.text_stats import count_chars, count_words

APP_TITLE = "Inkstone"
OPEN_FILTER = "Documents (*.txt *.md *.markdown *.docx);;Text (*.txt);;Markdown (*.md *.markdown);;Word (*.docx);;All files (*)"


class Documents(QObject):
    """Owns ``window.tabs`` (a QTabWidget of :class:`DocumentTab`)."""

    # A document tab was added (new, opened, restored); the spelling checker attaches to it.
    tab_added = Signal(object)

    def __init__(self, window, tabs: QTabWidget) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self._untitled = 0
        self.closing = False  # the window is closing: closing the last tab opens no new one
        tabs.setDocumentMode(True)
        tabs.setTabsClosable(True)
        tabs.setMovable(True)
        tabs.tabCloseRequested.connect(lambda index: self.close_tab(tabs.widget(index)))
        tabs.currentChanged.connect(self._on_current_tab)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._update_counts)

    # -- tabs ---------------------------------------------------------------------------------

    def current_tab(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def document_tabs(self) -> list[DocumentTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def new_tab(self) -> DocumentTab:
        """A new, empty, untitled tab (not yet shown)."""
        self._untitled += 1
        return DocumentTab(self.window, self._untitled)

    def add_tab(self, tab: DocumentTab) -> DocumentTab:
        tab.title_changed.connect(lambda tab=tab: self._refresh_tab_title(tab))
        tab.editor.customContextMenuRequested.connect(lambda pos, tab=tab: self._show_context_menu(tab, pos))
        tab.editor.selectionChanged.connect(self._count_timer.start)
        tab.editor.textChanged.connect(self._count_timer.start)
        tab.editor.document().modificationChanged.connect(lambda _m: self.window.update_action_state())
        index = self.tabs.addTab(tab, tab.tab_title())
        self.tabs.setCurrentIndex(index)
        self._refresh_tab_title(tab)
        tab.editor.setFocus()
        self.window.file_watch.watch(tab)
        self.tab_added.emit(tab)
        return tab

    def new_document(self) -> DocumentTab:
        return self.add_tab(self.new_tab())

    def is_blank(self, tab: DocumentTab) -> bool:
        return tab.path is None and not tab.modified and not tab.text()

    def replace_blank(self, previous: DocumentTab | None, tab: DocumentTab) -> None:
        """Drop ``previous`` (the tab that was current before ``tab`` opened) if it is an untouched
        new document."""
        if previous is not None and previous is not tab and self.is_blank(previous):
            self.remove_tab(previous)

    def ask_save(self, tab: DocumentTab) -> str:
        """"save", "discard" or "cancel" for a tab with unsaved changes (tests replace this)."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name}?").format(name=tab.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "cancel")

    def confirm_close(self, tab: DocumentTab) -> bool:
        """Ask about unsaved changes in ``tab``; False when the user cancels or the save fails."""
        if not tab.modified:
            return True
        self.tabs.setCurrentWidget(tab)
        choice = self.ask_save(tab)
        return not (choice == "cancel" or (choice == "save" and not self.save_tab(tab)))

    def close_tab(self, tab: DocumentTab | None) -> bool:
        if tab is None or not self.confirm_close(tab):
            return False
        self.remove_tab(tab)
        if not self.closing and self.tabs.count() == 0:
            self.new_document()
        return True

    def remove_tab(self, tab: DocumentTab) -> None:
        self.window.flow.forget_tab(tab)
        self.window.recovery.forget(tab)
        self.window.file_watch.unwatch(tab)
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.removeTab(index)
        tab.deleteLater()

    # -- files -----------------------------------------------------------------------------

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Open"), "", self.tr(OPEN_FILTER))
        for path in paths:
            self.open_file(path)

    def open_file(self, path: str | Path) -> DocumentTab | None:
        """Open ``path`` in a tab (or switch to it); problems go to the message bar."""
        window = self.window
        path = Path(path).expanduser()
        for tab in self.document_tabs():
            if tab.path is not None and tab.path.resolve() == path.resolve():
                self.tabs.setCurrentWidget(tab)
                return tab
        try:
            loaded = file_io.load(path)
        except Exception as exc:  # one line in the message bar, whatever went wrong
            from desktop.workers import describe_error

            window.message_bar.error(self.tr("Cannot open {name}: {reason}").format(name=path.name, reason=describe_error(exc)))
            return None
        current = self.current_tab()
        tab = DocumentTab(window, 0)
        tab.load(loaded)
        self.add_tab(tab)
        self.replace_blank(current, tab)
        window.prefs.add_recent(path)
        notes = []
        if loaded.encoding_note:
            notes.append(self.tr("{name} was read as {encoding}; it will be saved as UTF-8.").format(name=path.name, encoding=loaded.encoding_note))
        notes.extend(tab.open_notes(loaded))
        if notes:
            window.message_bar.warning(" ".join(notes))
        window.db.submit(lambda: store.note_document(path))
        return tab

    def save_tab(self, tab: DocumentTab | None) -> bool:
        if tab is None:
            return False
        if tab.path is None:
            return self.save_tab_as(tab)
        return self._save(tab, tab.path)

    def ask_save_path(self, tab: DocumentTab) -> str:
        """Where to save ``tab`` ("" when the user cancels; tests replace this)."""
        suggested = str(tab.path) if tab.path else tab.display_name() + ".md"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save As"), suggested, self.tr(OPEN_FILTER))
        return path

    def save_tab_as(self, tab: DocumentTab | None, path: str | Path | None = None) -> bool:
        if tab is None:
            return False
        if path is None:
            path = self.ask_save_path(tab)
            if not path:
                return False
        path = Path(path)
        if path.suffix.lower() not in file_io.SUFFIXES:
            path = path.with_suffix(path.suffix + ".txt") if path.suffix else path.with_suffix(".md")
        return self._save(tab, path, chosen=True)

    def _save(self, tab: DocumentTab, path: Path, chosen: bool = False) -> bool:
        """The save sequence (see the module's docstring). ``chosen``: the user picked ``path``
        just now (Save As), so neither a changed nor a missing file there needs asking about."""
        from core.documents.disk import read_state

        window = self.window
        watch = window.file_watch
        if not chosen:
            verdict, state = watch.before_save(tab)
            if verdict == watch_verdicts.SAVE_AS:
                window.message_bar.warning(self.tr("{name} is no longer where it was (deleted or moved by another program). "
                                                   "Choose where to save it.").format(name=tab.display_name()))
                return self.save_tab_as(tab)
            if verdict != watch_verdicts.GO:
                return False
        try:
            prepared = tab.prepare_save(path)
        except UnsafeSaveError as exc:
            # Never overwrite a document the save would damage: the original stays as it is.
            window.message_bar.warning(str(exc), [(self.tr("Save As…"), lambda: self.save_tab_as(tab))])
            return False
        except Exception as exc:
            return self._not_saved(exc)
        if chosen:
            state = read_state(path)
        # What the write replaces (nothing when the file is not there or already holds these bytes).
        replaced = state.data is not None and state.data != prepared.data
        kept = not replaced or window.versions.keep_bytes(tab, state.data, SAVED, path)
        old_path = tab.path
        try:
            file_io.write_bytes(path, prepared.data)
        except Exception as exc:
            return self._not_saved(exc)
        tab.finish_save(prepared)
        if old_path is not None and old_path != path:
            watch.unwatch(tab, old_path)
            tab.earlier_paths = [p for p in [old_path, *tab.earlier_paths] if p != path]
        watch.watch(tab)
        window.versions.changed.emit(tab)
        window.recovery.forget(tab)
        window.prefs.add_recent(path)
        if kept:  # else the warning about the version stays in the message bar
            window.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 3000)
        return True

    def _not_saved(self, exc: Exception) -> bool:
        from desktop.workers import describe_error

        self.window.message_bar.error(self.tr("Not saved: {reason}").format(reason=describe_error(exc)))
        return False

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.window.prefs.recent_files
        for path in recent:
            menu.addAction(path, lambda p=path: self.open_file(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent Files"), self.window.prefs.clear_recent)
        else:
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    # -- titles, counts, editing commands ---------------------------------------------------------

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
            self.window.setWindowTitle(APP_TITLE)
            self.window.setWindowModified(False)
            return
        self.window.setWindowTitle(f"{APP_TITLE} — {tab.display_name()}[*]")
        self.window.setWindowModified(tab.modified)

    @Slot(int)
    def _on_current_tab(self, _index: int) -> None:
        self._update_title()
        self.window.update_action_state()
        self._count_timer.start()

    def editor_call(self, name: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            getattr(tab.editor, name)()

    def find(self, replace: bool) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.find_bar.open_bar(replace)

    def format(self, which: str) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        if not tab.editor.rich:
            self.window.statusBar().showMessage(self.tr("Bold, italic and underline are kept in Word (.docx) documents only"), 4000)
            return
        tab.editor.toggle_format(which)

    def _update_counts(self) -> None:
        status = self.window.status
        tab = self.current_tab()
        if tab is None:
            status.count_label.clear()
            return
        cursor = tab.editor.textCursor()
        if cursor.hasSelection():
            text = cursor.selectedText().replace("\u2029", "\n")
            status.show_counts(count_words(text), count_chars(text), True)
        else:
            text = tab.text()
            status.show_counts(count_words(text), count_chars(text), False)

    # -- context menu -------------------------------------------------------------------------

    def context_menu(self, tab: DocumentTab, pos=None) -> QMenu:
        """The editor's context menu: the assistant's actions first, then Qt's editing entries."""
        menu = QMenu(tab.editor)
        self.window.grammar.add_menu_entries(menu, tab, pos)  # suggestions for an underlined word first
        self.window.menus.populate(menu)
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
