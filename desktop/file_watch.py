"""Files changed elsewhere: watch every open document, notice changes another program made, and
check the file again right before each save.

Each tab remembers the content hash of its file as Inkstone last read or wrote it
(``DocumentTab.disk_hash``); Inkstone's own saves are recognised by it. A change with no unsaved
edits in the tab is reloaded quietly (Inkstone's text is kept as a version first); a change while
the tab has unsaved edits is a question: load the file's version (keeping Inkstone's text as a
version), keep Inkstone's text, or compare the two. A deleted or moved file is reported, and Save
then asks where to save instead of silently recreating it.

Qt's watcher drops a path when the file is replaced by a rename (atomic saves, Inkstone's and most
editors'), so each path is watched again after every change, and the folder is watched too, to
see a file come back. The rules themselves are Qt-free: :mod:`core.documents.disk`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from core.documents import disk, versions
from desktop import file_io
from desktop.editor import DocumentTab

#: Outcomes of a check (the ``checked`` signal): what was done about the file.
UNCHANGED, RELOADED, CONFLICT, MISSING, FAILED = "unchanged", "reloaded", "conflict", "missing", "failed"
#: Answers to "changed elsewhere" (also the save-time question).
LOAD_THEIRS, KEEP_MINE, COMPARE, CANCEL = "reload", "keep", "compare", "cancel"
#: What Save does after its check.
GO, SAVE_AS, STOP = "go", "save-as", "stop"


class FileWatch(QObject):
    """Watches ``window``'s documents (its ``documents`` part) and keeps their disk state."""

    #: (tab, outcome) after each check the watcher started.
    checked = Signal(object, str)

    def __init__(self, window, delay_ms: int = 80) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_changed)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self._due: set[str] = set()
        # Other programs write in steps (truncate, write, rename): wait for the last one.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._check_due)
        self.compare_dialog = None

    # -- watching ---------------------------------------------------------------------------------

    def watch(self, tab: DocumentTab) -> None:
        """Watch ``tab``'s file (again: a rename drops it) and its folder."""
        if tab.path is None:
            return
        paths = {str(p) for p in (tab.path, tab.path.parent) if p.exists()}
        missing = [p for p in paths if p not in self.watcher.files() and p not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def unwatch(self, tab: DocumentTab, path: Path | None = None) -> None:
        """Stop watching ``path`` (default: ``tab``'s) unless another tab still shows it."""
        path = path or tab.path
        if path is None:
            return
        others = [t for t in self._tabs() if t is not tab]
        keep = {str(t.path) for t in others if t.path} | {str(t.path.parent) for t in others if t.path}
        drop = [p for p in (str(path), str(path.parent)) if p not in keep]
        drop = [p for p in drop if p in self.watcher.files() or p in self.watcher.directories()]
        if drop:
            self.watcher.removePaths(drop)

    def _tabs(self) -> list[DocumentTab]:
        return self.window.documents.document_tabs()

    def _tab_for(self, path: str) -> DocumentTab | None:
        for tab in self._tabs():
            if tab.path is not None and str(tab.path) == path:
                return tab
        return None

    def _on_changed(self, path: str) -> None:
        self._due.add(path)
        self._timer.start()

    def _on_folder_changed(self, folder: str) -> None:
        # Only files the watcher lost (deleted, moved, replaced by a rename) need the folder.
        for tab in self._tabs():
            if tab.path is not None and str(tab.path.parent) == folder and str(tab.path) not in self.watcher.files():
                self._due.add(str(tab.path))
        if self._due:
            self._timer.start()

    def _check_due(self) -> None:
        due, self._due = self._due, set()
        for path in sorted(due):
            tab = self._tab_for(path)
            if tab is not None:
                self.checked.emit(tab, self.check(tab))

    # -- what happened ----------------------------------------------------------------------------

    def check(self, tab: DocumentTab) -> str:
        """Compare ``tab``'s file with what Inkstone last read or wrote, and act on it."""
        if tab.path is None or tab not in self._tabs():
            return UNCHANGED
        state = disk.read_state(tab.path)
        self.watch(tab)
        change = disk.compare(tab.disk_hash, state)
        if tab.disk_hash is None and change == disk.CHANGED:
            tab.disk_hash = state.hash  # first sight of the file (a restored tab): nothing to compare
            return UNCHANGED
        action = disk.decide(change, tab.modified)
        if action == disk.REPORT_MISSING:
            if tab.disk_hash is None:
                return UNCHANGED  # never saved there by this tab: nothing went
            if not tab.disk_missing:
                tab.disk_missing = True
                self._report_missing(tab)
            return MISSING
        if tab.disk_missing:
            tab.disk_missing = False
            self.window.message_bar.info(self.tr("{name} is back on disk.").format(name=tab.display_name()))
        if action == disk.RELOAD:
            if not self.reload(tab):
                return FAILED
            self.window.message_bar.info(
                self.tr("{name} was changed by another program and has been reloaded. "
                        "The text shown before is kept in File ▸ Versions.").format(name=tab.display_name()))
            return RELOADED
        if action == disk.ASK:
            self._offer(tab)
            return CONFLICT
        return UNCHANGED

    def _report_missing(self, tab: DocumentTab) -> None:
        documents = self.window.documents
        self.window.message_bar.warning(
            self.tr("{name} was deleted or moved by another program. Your text is still here; "
                    "Save will ask where to keep it.").format(name=tab.display_name()),
            [(self.tr("Save As…"), lambda: documents.save_tab_as(tab)),
             (self.tr("Close Tab"), lambda: documents.close_tab(tab))],
        )

    def _offer(self, tab: DocumentTab) -> None:
        self.window.message_bar.warning(
            self.tr("{name} was changed by another program, and you have unsaved edits here.").format(name=tab.display_name()),
            [(self.tr("Load Their Version"), lambda: self.resolve(tab, LOAD_THEIRS)),
             (self.tr("Keep Mine"), lambda: self.resolve(tab, KEEP_MINE)),
             (self.tr("Compare…"), lambda: self.resolve(tab, COMPARE))],
        )

    # -- answers ----------------------------------------------------------------------------------

    def resolve(self, tab: DocumentTab, answer: str) -> bool:
        """Act on the user's answer about ``tab``'s file changed elsewhere; True when settled."""
        if tab not in self._tabs() or tab.path is None:
            return False
        if answer == LOAD_THEIRS:
            if not self.window.versions.keep(tab, versions.UNSAVED if tab.modified else versions.BEFORE_RELOAD):
                return False  # never drop the user's text without its copy
            if not self.reload(tab, keep_version=False):
                return False
            self.window.message_bar.info(
                self.tr("Loaded the other program's version of {name}. Your text is kept in File ▸ Versions "
                        "(and Ctrl+Z brings it back).").format(name=tab.display_name())
                if tab.kind != "docx" else
                self.tr("Loaded the other program's version of {name}. Your text is kept in File ▸ Versions.")
                .format(name=tab.display_name()))
            return True
        if answer == KEEP_MINE:
            state = disk.read_state(tab.path)
            if state.data is not None:
                if not self.window.versions.keep_bytes(tab, state.data, versions.OUTSIDE):
                    return False
            tab.disk_hash = state.hash if not state.missing else tab.disk_hash
            self.window.message_bar.info(
                self.tr("Kept your text of {name}. Saving replaces the other program's version, "
                        "which is kept in File ▸ Versions.").format(name=tab.display_name()))
            return True
        if answer == COMPARE:
            self.compare(tab)
        return False

    def reload(self, tab: DocumentTab, keep_version: bool = True) -> bool:
        """Load ``tab``'s file again; Inkstone's text is kept as a version first."""
        if keep_version and not self.window.versions.keep(tab, versions.BEFORE_RELOAD):
            return False
        try:
            loaded = file_io.load(tab.path)
        except Exception as exc:  # one line, whatever the other program left there
            from desktop.workers import describe_error

            self.window.message_bar.error(self.tr("{name} was changed by another program but cannot be read: {reason}")
                                          .format(name=tab.display_name(), reason=describe_error(exc)))
            return False
        self.window.recovery.forget(tab)
        tab.reload(loaded)
        self.window.versions.changed.emit(tab)
        return True

    def compare(self, tab: DocumentTab):
        """Show the file on disk against Inkstone's text in the word-level diff view."""
        from desktop.versions_panel import CompareDialog

        state = disk.read_state(tab.path)
        try:
            theirs = versions.text_of(state.data, tab.kind, tab.path.name) if state.data is not None else ""
        except Exception as exc:
            from desktop.workers import describe_error

            self.window.message_bar.error(describe_error(exc))
            return None
        mine = self.window.versions.text_for_compare(tab)
        dialog = CompareDialog(
            self.tr("{name}: the file on disk and your text").format(name=tab.display_name()),
            self.tr("Struck out in red: only in the file on disk. Green: only in your text here."),
            theirs, mine, self.window,
        )
        dialog.add_choice(self.tr("Load Their Version"), lambda: self.resolve(tab, LOAD_THEIRS))
        dialog.add_choice(self.tr("Keep Mine"), lambda: self.resolve(tab, KEEP_MINE))
        dialog.rejected.connect(lambda: self.check(tab))  # closed undecided: the question stays
        dialog.show()
        self.compare_dialog = dialog
        return dialog

    # -- saving -----------------------------------------------------------------------------------

    def ask_conflict(self, tab: DocumentTab) -> str:
        """Save found the file changed elsewhere: LOAD_THEIRS, KEEP_MINE, COMPARE or CANCEL
        (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by another program"),
                          self.tr("{name} was changed by another program since Inkstone last read or saved it. "
                                  "Saving now replaces that version (it is kept in File ▸ Versions).")
                          .format(name=tab.display_name()), parent=self.window)
        answers = {
            box.addButton(self.tr("Save Mine"), QMessageBox.ButtonRole.AcceptRole): KEEP_MINE,
            box.addButton(self.tr("Load Their Version"), QMessageBox.ButtonRole.DestructiveRole): LOAD_THEIRS,
            box.addButton(self.tr("Compare…"), QMessageBox.ButtonRole.ActionRole): COMPARE,
            box.addButton(QMessageBox.StandardButton.Cancel): CANCEL,
        }
        box.exec()
        return answers.get(box.clickedButton(), CANCEL)

    def before_save(self, tab: DocumentTab) -> tuple[str, disk.DiskState]:
        """The outside-change check of Save (in place): GO, SAVE_AS (the file is gone) or STOP;
        and the file as read now (for the version kept before the write)."""
        state = disk.read_state(tab.path)
        change = disk.compare(tab.disk_hash, state)
        if tab.disk_hash is None:
            return GO, state  # nothing known to compare with (a restored tab, say)
        if change == disk.MISSING:
            tab.disk_missing = True
            return SAVE_AS, state
        if change == disk.CHANGED:
            answer = self.ask_conflict(tab)
            if answer == KEEP_MINE and self.resolve(tab, KEEP_MINE):
                return GO, disk.read_state(tab.path)
            if answer in (LOAD_THEIRS, COMPARE):
                self.resolve(tab, answer)
            return STOP, state
        return GO, state
