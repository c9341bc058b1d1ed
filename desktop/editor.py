"""One open document: the text editor, its find bar, and its file (path, kind, line ending)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from desktop import docx_io, file_io
from desktop.find_bar import FindBar


class Editor(QPlainTextEdit):
    """Plain-text editing with Word-like paragraph handling for .docx documents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rich = False  # True for .docx: bold/italic shortcuts, headings end at Enter
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.document().setModified(False)  # the margin change above counts as an edit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self.rich and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            cursor = self.textCursor()
            if cursor.block().blockFormat().headingLevel() and cursor.atBlockEnd():
                # As in Word: the paragraph after a heading is body text.
                block_format = QTextBlockFormat()
                block_format.setProperty(docx_io._P_STYLE, "Normal")
                char_format = QTextCharFormat()
                char_format.setFontWeight(QFont.Weight.Normal)
                char_format.setFontPointSize(self.font().pointSizeF())
                cursor.insertBlock(block_format, char_format)
                self.setTextCursor(cursor)
                return
        super().keyPressEvent(event)

    def toggle_format(self, which: str) -> None:
        """Toggle bold / italic / underline on the selection (Word documents only)."""
        if not self.rich:
            return
        cursor = self.textCursor()
        current = cursor.charFormat()
        fmt = QTextCharFormat()
        if which == "bold":
            fmt.setFontWeight(QFont.Weight.Normal if current.fontWeight() >= QFont.Weight.DemiBold else QFont.Weight.Bold)
        elif which == "italic":
            fmt.setFontItalic(not current.fontItalic())
        elif which == "underline":
            fmt.setFontUnderline(not current.fontUnderline())
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)


class DocumentTab(QWidget):
    """A document in a tab. ``path`` is None until the first save."""

    title_changed = Signal()

    def __init__(self, parent: QWidget | None = None, untitled_number: int = 1) -> None:
        super().__init__(parent)
        self.editor = Editor(self)
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
        #: Names this tab's autosave file in the recovery folder.
        self.recovery_id = uuid.uuid4().hex[:12]
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

    def load(self, loaded: file_io.LoadedFile) -> None:
        self.path = loaded.path
        self.kind = loaded.kind
        self.newline = loaded.newline
        self.editor.rich = loaded.kind == "docx"
        if loaded.kind == "docx":
            docx_io.fill_document(self.document, loaded.paragraphs)
        else:
            self.set_text(loaded.text, modified=False)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.title_changed.emit()

    def save(self, path: str | Path | None = None) -> Path:
        """Save to ``path`` (or the current path); raise :class:`file_io.FileError` on failure."""
        target = Path(path) if path else self.path
        if target is None:
            raise file_io.FileError("choose where to save this document first")
        kind = file_io.kind_for(target)
        if kind == "docx":
            base = self.path if self.kind == "docx" else None
            file_io.save_docx(target, docx_io.document_paragraphs(self.document), base)
        else:
            file_io.save_text(target, self.text(), self.newline)
        self.path = target
        if kind != self.kind:
            self.kind = kind
            self.editor.rich = kind == "docx"
        self.document.setModified(False)
        self.title_changed.emit()
        return target

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
