"""One open document: the editor, its find bar, and its file (path, kind, line ending, Word model).

Text files use the plain editor. Word documents get the rich editor (:mod:`desktop.word_editor`)
and keep their :class:`~core.documents.docx.WordDocument`: the package as read at open or written
at the last save. Saving writes only the paragraphs that changed; when that would lose something
(:meth:`DocumentTab.in_place_problems`), saving over the original is refused with
:class:`UnsafeSaveError` and Save As to a new name remains.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:  # lxml loads with the first Word document, not at start-up
    from core.documents.docx import WordDocument

from core.documents import layout as word_layout
from core.documents.disk import content_hash
from core.errors import BadInputError
from desktop import autosave, file_io, word_view
from desktop.find_bar import FindBar
from desktop.word_editor import RichEditor, toggle_char_format


class UnsafeSaveError(file_io.FileError):
    """Saving over the original Word document would lose something; Save As is still possible."""

    def __init__(self, message: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(message)


@dataclass
class PreparedSave:
    """What a save will write, computed before anything on disk is touched."""

    target: Path
    kind: str
    data: bytes
    word: WordDocument | None = None
    #: What the new file leaves out compared with the document it came from (Save As only).
    dropped: list[str] = field(default_factory=list)


class Editor(QPlainTextEdit):
    """Plain-text editing (text files, and text first saved as a Word document)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rich = False  # True once saved as .docx: bold/italic/underline shortcuts work
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.document().setModified(False)  # the margin change above counts as an edit

    def toggle_format(self, which: str) -> None:
        """Toggle bold / italic / underline on the selection (Word documents only)."""
        if not self.rich:
            return
        toggle_char_format(self, self.textCursor(), which)


class DocumentTab(QWidget):
    """A document in a tab. ``path`` is None until the first save."""

    title_changed = Signal()

    def __init__(self, parent: QWidget | None = None, untitled_number: int = 1) -> None:
        super().__init__(parent)
        self.editor: Editor | RichEditor = Editor(self)
        self.find_bar = FindBar(self.editor, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        self.path: Path | None = None
        self.kind = "text"
        self.newline = "\n"
        self.untitled_number = untitled_number
        #: The Word document as read at open or written at the last save (Word documents only).
        self.word: WordDocument | None = None
        #: What the last save left out compared with the document it came from (Save As only).
        self.dropped: list[str] = []
        #: Names this tab's autosave file in the recovery folder.
        self.recovery_id = uuid.uuid4().hex[:12]
        #: The content hash of the file as Inkstone last read or wrote it (None: unknown), and
        #: whether it has since been deleted or moved (see desktop.file_watch).
        self.disk_hash: str | None = None
        self.disk_missing = False
        #: Earlier names of this document (after Save As), whose versions it keeps listing.
        self.earlier_paths: list[Path] = []
        self.editor.document().modificationChanged.connect(lambda _m: self.title_changed.emit())

    def _use_rich_editor(self) -> None:
        """Word documents get the rich editor; call before the tab is added to the window."""
        if isinstance(self.editor, RichEditor):
            return
        old = self.editor
        self.editor = RichEditor(self)
        self.layout().replaceWidget(old, self.editor)
        old.hide()
        old.deleteLater()
        self.find_bar.editor = self.editor
        self.editor.document().modificationChanged.connect(lambda _m: self.title_changed.emit())

    # -- content ---------------------------------------------------------------------------

    @property
    def document(self):
        return self.editor.document()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str, modified: bool = True) -> None:
        """Replace all text (new document, recovery); not an undo step."""
        self.document.setUndoRedoEnabled(False)
        self.editor.setPlainText(text)
        self.document.setUndoRedoEnabled(True)
        self.document.setModified(modified)

    def layout_items(self) -> list:
        """The editor's content as a Word layout (paragraphs with their keys, tables)."""
        return word_view.extract(self.document)

    def load(self, loaded: file_io.LoadedFile) -> None:
        self.path = loaded.path
        self.kind = loaded.kind
        self.newline = loaded.newline
        self.disk_hash = loaded.disk_hash
        self.disk_missing = False
        if loaded.kind == "docx":
            self._use_rich_editor()
            self.word = loaded.word
            word_view.fill(self.document, loaded.items, loaded.word.image)
        else:
            self.word = None
            self.set_text(loaded.text, modified=False)
        self.editor.rich = loaded.kind == "docx"
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.title_changed.emit()

    def reload(self, loaded: file_io.LoadedFile) -> None:
        """Show ``loaded`` (the same file, changed elsewhere). Text changes in one undo step, so
        Ctrl+Z brings back what was shown before; a Word document is loaded afresh."""
        if loaded.kind == "docx" or self.kind == "docx":
            self.load(loaded)
            return
        self.replace_all(loaded.text)
        self.newline = loaded.newline
        self.disk_hash = loaded.disk_hash
        self.disk_missing = False
        self.document.setModified(False)
        self.title_changed.emit()

    def replace_all(self, text: str) -> None:
        """Replace the whole text as one undo step, keeping the cursor near where it was."""
        position = self.editor.textCursor().position()
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)

    def open_notes(self, loaded: file_io.LoadedFile) -> list[str]:
        """One-line notes for the message bar about what a Word document shows read-only."""
        notes = []
        summary = loaded.word.summary() if loaded.word is not None else {}
        if summary.get("read_only"):
            notes.append(self.tr("{n} paragraph(s) with tracked changes are read-only here; edit them in Word.")
                         .format(n=summary["read_only"]))
        if summary.get("objects"):
            notes.append(self.tr("{n} object(s) such as notes, equations or text boxes are shown as placeholders and kept as they are.")
                         .format(n=summary["objects"]))
        return notes

    def _is_original(self, target: Path) -> bool:
        if self.path is None:
            return False
        try:
            return target.resolve() == self.path.resolve()
        except OSError:
            return target == self.path

    def in_place_problems(self) -> list[str]:
        """What saving this Word document over its original would lose, one item per loss (empty:
        Save may overwrite it). Save refuses to overwrite while this is not empty."""
        if self.kind != "docx" or self.path is None:
            return []
        if self.word is None:
            return [self.tr("the original could not be recovered, so Inkstone cannot tell what saving would change")] if self.path.exists() else []
        return self.word.check(self.layout_items())

    def prepare_save(self, path: str | Path | None = None) -> PreparedSave:
        """The bytes a save to ``path`` (or the current path) would write. Raises
        :class:`UnsafeSaveError` instead of overwriting a Word original with a lossy copy, and
        :class:`file_io.FileError` when there is nowhere to save."""
        target = Path(path) if path else self.path
        if target is None:
            raise file_io.FileError("choose where to save this document first")
        kind = file_io.kind_for(target)
        if kind != "docx":
            return PreparedSave(target, kind, file_io.text_bytes(self.text(), self.newline))
        from core.documents.docx import blank

        base = self.word if self.kind == "docx" else None
        if base is None and self.kind == "docx" and self._is_original(target) and target.exists():
            raise self._unsafe(target, self.in_place_problems())
        base = base or blank()
        result = base.save(self.layout_items())
        if result.problems and self.kind == "docx" and self._is_original(target):
            raise self._unsafe(target, result.problems)
        word = base.saved(result) if result.changed or base is not self.word else base
        return PreparedSave(target, kind, result.data, word, result.problems)

    def finish_save(self, prepared: PreparedSave) -> Path:
        """``prepared`` was written: the tab now shows that file, unmodified."""
        self.path = prepared.target
        self.word = prepared.word
        self.dropped = prepared.dropped
        self.kind = prepared.kind
        self.disk_hash = content_hash(prepared.data)
        self.disk_missing = False
        self.editor.rich = prepared.kind == "docx"
        self.document.setModified(False)
        self.title_changed.emit()
        return prepared.target

    def save(self, path: str | Path | None = None) -> Path:
        """Save to ``path`` (or the current path); raise :class:`file_io.FileError` on failure and
        :class:`UnsafeSaveError` instead of overwriting a Word original with a lossy copy."""
        prepared = self.prepare_save(path)
        file_io.write_bytes(prepared.target, prepared.data)
        return self.finish_save(prepared)

    def current_bytes(self) -> bytes:
        """The document as a save would write it now, even where Save would refuse (a Word edit
        that loses something): for a version, never for overwriting the original."""
        if self.kind == "docx" and self.word is not None and not self.modified:
            return self.word.data
        if self.kind != "docx":
            return file_io.text_bytes(self.text(), self.newline)
        from core.documents.docx import blank

        return (self.word or blank()).save(self.layout_items()).data

    def _unsafe(self, target: Path, problems: list[str]) -> UnsafeSaveError:
        message = self.tr(
            "{name} was not overwritten, because {what}. "
            "Use Save As to keep your edits in a new file; the original stays as it is."
        ).format(name=target.name, what="; ".join(problems))
        return UnsafeSaveError(message, problems)

    # -- recovery --------------------------------------------------------------------------

    def snapshot(self) -> autosave.Snapshot:
        """The unsaved state of this tab, for the recovery folder."""
        snapshot = autosave.Snapshot(
            tab_id=self.recovery_id, text=self.text(), path=str(self.path) if self.path else None,
            kind=self.kind, newline=self.newline, title=self.display_name(), disk_hash=self.disk_hash,
        )
        if self.kind == "docx":
            snapshot.word = {
                "layout": word_layout.to_json(self.layout_items()),
                "keys": list(self.word.keys) if self.word is not None else None,
            }
        return snapshot

    def recovery_base(self) -> bytes | None:
        """The Word original the snapshot's keys refer to (stored once beside the snapshot)."""
        return self.word.data if self.kind == "docx" and self.word is not None else None

    def restore(self, snapshot: autosave.Snapshot, folder: Path) -> None:
        """Show a snapshot left by a session that ended unexpectedly (modified, not saved)."""
        self.kind = snapshot.kind
        self.newline = snapshot.newline
        self.path = Path(snapshot.path) if snapshot.path else None
        self.disk_hash = snapshot.disk_hash
        if snapshot.kind != "docx":
            self.set_text(snapshot.text, modified=True)
            return
        self._use_rich_editor()
        self.editor.rich = True
        base = autosave.read_base(folder, snapshot.tab_id)
        word = None
        data = snapshot.word or {}
        if base is not None:
            from core.documents.docx import WordDocument

            try:
                word = WordDocument(base, self.path.name if self.path else "document.docx", data.get("keys"))
            except BadInputError:
                word = None
        try:
            items = word_layout.from_json(data["layout"]) if "layout" in data else snapshot.legacy_items()
        except (ValueError, KeyError, TypeError):
            items = word_view.plain_spans(snapshot.text)
        self.word = word
        word_view.fill(self.document, items, word.image if word is not None else lambda _rel: None)
        self.document.setModified(True)

    # -- naming ----------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return self.document.isModified()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        name = self.tr("Untitled")
        return name if self.untitled_number <= 1 else f"{name} {self.untitled_number}"

    def tab_title(self) -> str:
        return ("● " if self.modified else "") + self.display_name()
