"""The rich-text editor for Word documents: tables, pictures, lists; read-only tracked changes.

:class:`RichEditor` has the interface the rest of the app uses on the plain editor
(``textCursor``, ``document``, ``toggle_format``, ``rich``, the custom context menu, undo), so
selections, actions, find/replace, undo and recovery work the same. Edits that would change a
paragraph holding tracked changes, or a locked piece of text (a field result, a tracked change,
an object Inkstone cannot edit), are refused with a tooltip and the :attr:`RichEditor.refused`
signal; the Word model checks again at save time, whatever made the change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from core.documents.layout import OBJECT
from desktop.word_view import P_HINT, P_KEY, P_LOCKED, P_READ_ONLY

_DELETE_BACK = (QKeySequence.StandardKey.DeleteStartOfWord,)
_DELETE_FORWARD = (QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.DeleteEndOfWord, QKeySequence.StandardKey.DeleteEndOfLine)


class RichEditor(QTextEdit):
    """Rich text for .docx; plain-text paste (pictures and formatting are not pasted)."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rich = True
        self.setAcceptRichText(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(12)
        self.document().setModified(False)

    # -- formatting ------------------------------------------------------------------------------

    def toggle_format(self, which: str) -> None:
        """Toggle bold / italic / underline on the selection."""
        cursor = self.textCursor()
        if self.refusal(cursor, "format"):
            return
        toggle_char_format(self, cursor, which)

    # -- guarding read-only text -----------------------------------------------------------------

    def refusal(self, cursor: QTextCursor, kind: str) -> str | None:
        """Why an edit of ``kind`` ("insert", "backspace", "delete", "enter", "format") at
        ``cursor`` would touch text Inkstone keeps as it is; None when it may go ahead."""
        document = self.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:
            if kind == "backspace":
                start = max(0, start - 1)
            elif kind == "delete":
                end = min(end + 1, document.characterCount() - 1)
        block = document.findBlock(start)
        while block.isValid() and block.position() <= end:
            at_end = kind == "enter" and start == end and start == block.position() + block.length() - 1
            if block.blockFormat().property(P_READ_ONLY) and not at_end:
                message = self.tr("This paragraph holds tracked changes; Inkstone keeps it as it is. Edit it in Word.")
                self._refuse(message)
                return message
            block = block.next()
        if self._locked(start, end):
            message = self.tr("This is a field, a tracked change or an object that Inkstone keeps as it is.")
            self._refuse(message)
            return message
        return None

    def _locked(self, start: int, end: int) -> bool:
        document = self.document()
        if start == end:  # typing between two locked characters would go inside the locked text
            return start > 0 and self._locked_at(start - 1) and self._locked_at(start) and document.findBlock(start - 1) == document.findBlock(start)
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if (fragment.isValid() and fragment.position() < end and fragment.position() + fragment.length() > start
                        and fragment.charFormat().property(P_LOCKED)):
                    return True
                iterator += 1
            block = block.next()
        return False

    def _locked_at(self, position: int) -> bool:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        if cursor.atBlockEnd():
            return False
        cursor.setPosition(position + 1)
        return bool(cursor.charFormat().property(P_LOCKED))

    def _refuse(self, message: str) -> None:
        QToolTip.showText(self.mapToGlobal(self.cursorRect().bottomLeft()), message, self)
        self.refused.emit(message)

    @staticmethod
    def _edit_kind(event: QKeyEvent) -> str | None:
        if event.matches(QKeySequence.StandardKey.Cut) or event.matches(QKeySequence.StandardKey.Paste):
            return "insert"
        if event.key() == Qt.Key.Key_Backspace or any(event.matches(k) for k in _DELETE_BACK):
            return "backspace"
        if any(event.matches(k) for k in _DELETE_FORWARD):
            return "delete"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return "enter"
        if event.key() == Qt.Key.Key_Tab:
            return "insert"
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        text = event.text()
        if text and text.isprintable() and not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return "insert"
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        kind = self._edit_kind(event)
        if kind is not None and self.refusal(self.textCursor(), kind):
            return
        if kind == "enter" and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and self._enter_new_block():
            return
        super().keyPressEvent(event)

    def _enter_new_block(self) -> bool:
        """Enter at the end of a heading or a read-only paragraph starts a plain new paragraph
        (as in Word, body text follows a heading; the new one is not read-only)."""
        cursor = self.textCursor()
        block_format = cursor.block().blockFormat()
        heading = block_format.headingLevel()
        if cursor.hasSelection() or not cursor.atBlockEnd() or not (heading or block_format.property(P_READ_ONLY)):
            return False
        new_format = QTextBlockFormat(block_format)
        for prop in (P_KEY, P_READ_ONLY):
            new_format.clearProperty(prop)
        new_format.clearBackground()
        if heading:
            new_format.setHeadingLevel(0)
            new_format.setProperty(P_HINT, "normal")
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Normal)
        char_format.setFontPointSize(self.font().pointSizeF())
        cursor.insertBlock(new_format, char_format)
        self.setTextCursor(cursor)
        return True

    def inputMethodEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.commitString() and self.refusal(self.textCursor(), "insert"):
            event.accept()
            return
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        if self.refusal(self.textCursor(), "insert"):
            return
        clean = QMimeData()
        clean.setText(source.text().replace(OBJECT, ""))
        super().insertFromMimeData(clean)

    def cut(self) -> None:
        if not self.refusal(self.textCursor(), "insert"):
            super().cut()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            reason = cursor.block().blockFormat().property(P_READ_ONLY)
            href = cursor.charFormat().anchorHref()
            text = ""
            if reason:
                text = self.tr("This paragraph holds tracked changes; Inkstone keeps it as it is. Edit it in Word.")
            elif href:
                text = href
            if text:
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().viewportEvent(event)


def toggle_char_format(edit, cursor: QTextCursor, which: str) -> None:
    """Toggle bold, italic or underline on ``cursor``'s selection in ``edit`` (either editor), and
    for what is typed next."""
    current = cursor.charFormat()
    fmt = QTextCharFormat()
    if which == "bold":
        fmt.setFontWeight(QFont.Weight.Normal if current.fontWeight() >= QFont.Weight.DemiBold else QFont.Weight.Bold)
    elif which == "italic":
        fmt.setFontItalic(not current.fontItalic())
    elif which == "underline":
        fmt.setFontUnderline(not current.fontUnderline())
    cursor.mergeCharFormat(fmt)
    edit.mergeCurrentCharFormat(fmt)
