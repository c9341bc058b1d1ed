"""Autosave and crash recovery for the window's documents: unsaved text is written to the
recovery folder every few seconds (and before any result is applied); after a crash the next
start offers it back."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop import autosave
from desktop.editor import DocumentTab


class Recovery(QObject):
    def __init__(self, window, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.store = autosave.RecoveryStore()
        self._autosaved: dict[str, int] = {}  # tab id -> document revision written
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave_all)
        self.timer.start()

    def autosave_tab(self, tab: DocumentTab, force: bool = False) -> None:
        revision = tab.document.revision()
        if not tab.modified:
            if tab.recovery_id in self._autosaved:
                self.forget(tab)
            return
        if not force and self._autosaved.get(tab.recovery_id) == revision:
            return
        snapshot = tab.snapshot()
        try:
            self.store.save(snapshot, tab.recovery_base())
            self._autosaved[tab.recovery_id] = revision
        except Exception as exc:
            from desktop.workers import describe_error

            self.window.statusBar().showMessage(self.tr("Autosave failed: {reason}").format(reason=describe_error(exc)), 5000)

    def autosave_all(self) -> None:
        for tab in self.window.documents.document_tabs():
            self.autosave_tab(tab)

    def forget(self, tab: DocumentTab) -> None:
        """``tab`` was saved or closed: its recovery copy goes."""
        self.store.remove(tab.recovery_id)
        self._autosaved.pop(tab.recovery_id, None)

    def offer(self) -> list[autosave.OrphanSession]:
        orphans = self.store.orphans()
        if not orphans:
            return []
        count = sum(len(o.snapshots) for o in orphans)
        names = ", ".join(s.title or s.tab_id for o in orphans for s in o.snapshots)
        self.window.message_bar.warning(
            self.tr("Inkstone found unsaved text from a session that ended unexpectedly ({count}: {names}).").format(count=count, names=names),
            [
                (self.tr("Restore"), lambda: self.restore(orphans)),
                (self.tr("Discard"), lambda: [self.store.discard(o) for o in orphans]),
            ],
        )
        return orphans

    def restore(self, orphans: list[autosave.OrphanSession]) -> list[DocumentTab]:
        documents = self.window.documents
        restored = []
        for orphan in orphans:
            for snapshot in orphan.snapshots:
                current = documents.current_tab()
                tab = documents.new_tab()
                tab.restore(snapshot, orphan.folder)
                documents.add_tab(tab)
                documents.replace_blank(current, tab)
                self.autosave_tab(tab, force=True)
                restored.append(tab)
            self.store.discard(orphan)
        if restored:
            self.window.statusBar().showMessage(self.tr("Restored {n} document(s); save them to keep them.").format(n=len(restored)), 6000)
        return restored

    def close(self) -> None:
        self.timer.stop()
        self.store.close()
