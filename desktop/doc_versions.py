"""The window's version history: keeping versions of its documents (before each save, before a
change made elsewhere is loaded, before an assistant result is applied) in the core's
:class:`~core.documents.versions.VersionStore`, listing them for the Versions panel, and restoring
one (one undo step for text; a Word version reloads the document)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.documents import versions
from core.documents.disk import content_hash
from core.documents.versions import MB, Limits, Version, VersionStore
from desktop.editor import DocumentTab


class DocVersions(QObject):
    #: The versions of this tab changed (None: of any document, e.g. after the limits changed).
    changed = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.store = VersionStore(limits=self.limits())

    def limits(self) -> Limits:
        prefs = self.window.prefs
        return Limits(per_document=prefs.versions_per_document, total_bytes=prefs.versions_total_mb * MB)

    def apply_limits(self) -> list[Version]:
        """The limits in Preferences changed: apply them now."""
        self.store.limits = self.limits()
        removed = self.store.prune()
        self.changed.emit(None)
        return removed

    # -- keeping ----------------------------------------------------------------------------------

    def keep(self, tab: DocumentTab, reason: str) -> bool:
        """Keep ``tab``'s text as it is now as a version; False (and a message) when it could not
        be kept. An untitled document has no history: nothing to keep."""
        if tab.path is None:
            return True
        try:
            data = tab.current_bytes()
        except Exception as exc:
            return self._failed(tab, exc)
        return self.keep_bytes(tab, data, reason)

    def keep_bytes(self, tab: DocumentTab, data: bytes, reason: str, path: Path | None = None) -> bool:
        """Keep ``data`` as a version of ``path`` (default ``tab``'s file)."""
        try:
            self.store.add(path or tab.path, data, reason)
        except Exception as exc:
            return self._failed(tab, exc)
        self.changed.emit(tab)
        return True

    def _failed(self, tab: DocumentTab, exc: Exception) -> bool:
        from desktop.workers import describe_error

        self.window.message_bar.warning(self.tr("No version of {name} could be kept: {reason}")
                                        .format(name=tab.display_name(), reason=describe_error(exc)))
        return False

    # -- listing and reading ----------------------------------------------------------------------

    def listed(self, tab: DocumentTab | None) -> list[Version]:
        """``tab``'s versions, newest first, under its current and earlier names (Save As)."""
        if tab is None or tab.path is None:
            return []
        found = [v for path in [tab.path, *tab.earlier_paths] for v in self.store.versions(path)]
        found.sort(key=lambda v: v.created, reverse=True)
        return found

    def text(self, version: Version) -> str:
        """A version's text as the editor would show it (raises InkstoneError if unreadable)."""
        return versions.text_of(self.store.read(version), version.kind, Path(version.document).name)

    @staticmethod
    def text_for_compare(tab: DocumentTab) -> str:
        """``tab``'s text in the form :func:`versions.text_of` gives a version of it."""
        if tab.kind == "docx":
            from core.documents.layout import plain_text

            return plain_text(tab.layout_items())
        return tab.text()

    # -- restoring --------------------------------------------------------------------------------

    def restore(self, tab: DocumentTab, version: Version) -> bool:
        """Show ``version`` in ``tab``: text as one undo step; a Word version reloads the document
        (what it showed is kept as a version first). Save makes it the file's content again."""
        from desktop.workers import describe_error

        try:
            data = self.store.read(version)
            if version.kind == "docx" and tab.kind == "docx":
                return self._restore_word(tab, version, data)
            text = versions.text_of(data, version.kind, Path(version.document).name)
        except Exception as exc:
            self.window.message_bar.error(self.tr("The version could not be restored: {reason}").format(reason=describe_error(exc)))
            return False
        if text != tab.text():
            tab.replace_all(text)
        self.window.message_bar.info(self.tr("Restored the version of {when}. Save to keep it; Ctrl+Z undoes it.")
                                     .format(when=self.when(version)))
        return True

    def _restore_word(self, tab: DocumentTab, version: Version, data: bytes) -> bool:
        from core.documents.docx import WordDocument
        from desktop import file_io

        if not self.keep(tab, versions.BEFORE_RESTORE):
            return False
        word = WordDocument(data, tab.path.name)
        disk_hash, missing = tab.disk_hash, tab.disk_missing
        tab.load(file_io.LoadedFile(tab.path, "docx", word=word, items=word.layout(), disk_hash=disk_hash))
        tab.disk_missing = missing
        # The editor now differs from the file on disk (unless the version is what is there).
        tab.document.setModified(content_hash(data) != disk_hash)
        self.window.message_bar.info(self.tr("Restored the version of {when}. Save to keep it; what was shown before "
                                             "is kept in Versions.").format(when=self.when(version)))
        return True

    def when(self, version: Version) -> str:
        """When ``version`` was kept, to the second (several may be kept in one minute)."""
        from PySide6.QtCore import QDate, QDateTime

        stamp = QDateTime.fromMSecsSinceEpoch(int(version.created * 1000))
        if stamp.date() == QDate.currentDate():
            return self.tr("today {time}").format(time=stamp.toString("HH:mm:ss"))
        return stamp.toString("yyyy-MM-dd HH:mm:ss")
