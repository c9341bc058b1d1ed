"""A Word document's editable view in a QTextDocument, and back.

:func:`fill` shows a :mod:`core.documents.layout` (paragraphs with headings, lists, alignment and
run formats; tables with merged cells; pictures in place) in a QTextDocument, without an undo step.
Each block remembers the key of the Word paragraph it shows, each character the run format it
came from and how it looked, in custom format properties that Qt copies along while the user
types. :func:`extract` reads the document back into the same shapes for
:meth:`core.documents.docx.WordDocument.save`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor, QFont, QImage, QPainter, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
    QTextFormat, QTextFrameFormat, QTextImageFormat, QTextListFormat, QTextTable, QTextTableFormat,
)

from core.documents.layout import Cell, Item, ListMark, Para, Span, Table

_USER = int(QTextFormat.Property.UserProperty)
# Block properties
P_KEY = _USER + 1  # the Word paragraph's key (int)
P_READ_ONLY = _USER + 2  # why the paragraph may not be edited (str)
P_HINT = _USER + 3  # "normal" for body text typed after a heading
P_PHANTOM = _USER + 4  # an empty block Qt needs around a table
P_LISTED = _USER + 5  # the paragraph was a list item when shown
# Character properties
P_RPR = _USER + 10  # the run format the text came from (str)
P_BOLD, P_ITALIC, P_UNDERLINE = _USER + 11, _USER + 12, _USER + 13  # how it looked when shown
P_OBJECT = _USER + 14  # "image:rId5" / "object:note 1"
P_LOCKED = _USER + 15  # text that may not change (a field result, a tracked change)
# Table and cell properties
P_TABLE_KEY, P_CELL_KEY = _USER + 20, _USER + 21

LINK_COLOR, INSERTED_COLOR, DELETED_COLOR = QColor(0x1F, 0x5F, 0xBF), QColor(0x2E, 0x7D, 0x32), QColor(0xC6, 0x28, 0x28)
FIELD_BACKGROUND, COMMENT_BACKGROUND, READ_ONLY_BACKGROUND = QColor(0xE6, 0xE6, 0xE6), QColor(0xFF, 0xF1, 0xA8), QColor(0xF2, 0xF2, 0xF2)
MAX_PICTURE_WIDTH = 560
_RPR_TAG = "rpr:"
_ALIGN = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight, "justify": Qt.AlignmentFlag.AlignJustify}
_LIST_STYLES = {
    "decimal": QTextListFormat.Style.ListDecimal, "decimalZero": QTextListFormat.Style.ListDecimal,
    "lowerLetter": QTextListFormat.Style.ListLowerAlpha, "upperLetter": QTextListFormat.Style.ListUpperAlpha,
    "lowerRoman": QTextListFormat.Style.ListLowerRoman, "upperRoman": QTextListFormat.Style.ListUpperRoman,
}
_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)


def heading_size(base: float, level: int) -> float:
    return base * max(1.0, 1.6 - 0.15 * (level - 1)) if level else base


# -- filling -------------------------------------------------------------------------------------


class _Filler:
    def __init__(self, document: QTextDocument, images) -> None:
        self.document = document
        self.images = images  # callable: relationship id -> bytes | None
        base = document.defaultFont().pointSizeF()
        self.base_size = base if base > 0 else 11.0
        self.listed: list[tuple] = []

    def items(self, cursor: QTextCursor, items: list[Item]) -> None:
        fresh = True  # the cursor's block is empty and not yet used
        for item in items:
            if isinstance(item, Table):
                if fresh:
                    cursor.setBlockFormat(_phantom_format())
                table = self.table(cursor, item)
                cursor = table.lastCursorPosition()
                cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
                cursor.setBlockFormat(_phantom_format())
                cursor.setBlockCharFormat(QTextCharFormat())
                fresh = True
            else:
                block_format = self.block_format(item)
                if fresh:
                    cursor.setBlockFormat(block_format)
                else:
                    cursor.insertBlock(block_format)
                cursor.setBlockCharFormat(self.char_format(Span(""), item.heading))
                for span in item.spans:
                    self.span(cursor, span, item.heading)
                if item.list is not None:
                    self.listed.append((cursor.block(), item.list))
                fresh = False
        if fresh:
            cursor.setBlockFormat(_phantom_format())

    def table(self, cursor: QTextCursor, item: Table) -> QTextTable:
        table_format = QTextTableFormat()
        table_format.setCellPadding(4)
        table_format.setCellSpacing(0)
        table_format.setBorder(1)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setProperty(P_TABLE_KEY, item.key if item.key is not None else -1)
        table = cursor.insertTable(max(1, item.rows), max(1, item.cols), table_format)
        for cell in item.cells:
            if cell.rowspan > 1 or cell.colspan > 1:
                table.mergeCells(cell.row, cell.col, cell.rowspan, cell.colspan)
        covered = set()
        for cell in item.cells:
            if cell.row >= table.rows() or cell.col >= table.columns():
                continue
            covered.add((cell.row, cell.col))
            qt_cell = table.cellAt(cell.row, cell.col)
            self.items(qt_cell.firstCursorPosition(), cell.items)
            # After the content: the cell's format is the first block's char format, set above.
            cell_format = qt_cell.format()
            cell_format.setProperty(P_CELL_KEY, cell.key if cell.key is not None else -1)
            qt_cell.setFormat(cell_format)
        for row in range(table.rows()):
            for col in range(table.columns()):
                qt_cell = table.cellAt(row, col)
                if (qt_cell.row(), qt_cell.column()) == (row, col) and (row, col) not in covered:
                    qt_cell.firstCursorPosition().setBlockFormat(_phantom_format())
        return table

    def block_format(self, para: Para) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        block_format.setProperty(P_KEY, para.key if para.key is not None else -1)
        if para.heading:
            block_format.setHeadingLevel(para.heading)
        if para.align in _ALIGN:
            block_format.setAlignment(_ALIGN[para.align])
        if para.read_only:
            block_format.setProperty(P_READ_ONLY, para.read_only)
            block_format.setBackground(READ_ONLY_BACKGROUND)
        if para.list is not None:
            block_format.setProperty(P_LISTED, True)
        if para.phantom:
            block_format.setProperty(P_PHANTOM, True)
        if para.hint:
            block_format.setProperty(P_HINT, para.hint)
        block_format.setBottomMargin(4)
        return block_format

    def char_format(self, span: Span, heading: int) -> QTextCharFormat:
        fmt = QTextCharFormat()
        bold, italic, underline = span.shown
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(bool(italic))
        fmt.setFontUnderline(bool(underline) or span.mark in ("link", "ins"))
        if heading:
            fmt.setFontPointSize(heading_size(self.base_size, heading))
        if span.rpr is not None:
            fmt.setProperty(P_RPR, _RPR_TAG + span.rpr)  # tagged: Qt drops an empty string
        fmt.setProperty(P_BOLD, bool(bold))
        fmt.setProperty(P_ITALIC, bool(italic))
        fmt.setProperty(P_UNDERLINE, fmt.fontUnderline())
        if span.mark == "link":
            fmt.setForeground(LINK_COLOR)
            fmt.setAnchor(True)
            fmt.setAnchorHref(span.href or "")
        elif span.mark == "ins":
            fmt.setForeground(INSERTED_COLOR)
        elif span.mark == "del":
            fmt.setForeground(DELETED_COLOR)
            fmt.setFontStrikeOut(True)
        elif span.mark == "field":
            fmt.setBackground(FIELD_BACKGROUND)
        if span.comment and span.mark != "field":
            fmt.setBackground(COMMENT_BACKGROUND)
        if span.locked:
            fmt.setProperty(P_LOCKED, True)
        return fmt

    def span(self, cursor: QTextCursor, span: Span, heading: int) -> None:
        fmt = self.char_format(span, heading)
        if span.obj is None:
            cursor.insertText(span.text, fmt)
            return
        image_format = QTextImageFormat()
        image_format.merge(fmt)
        name, size = self.object_image(span)
        image_format.setName(name)
        image_format.setWidth(size.width())
        image_format.setHeight(size.height())
        image_format.setProperty(P_OBJECT, span.obj)
        cursor.insertImage(image_format)

    def object_image(self, span: Span) -> tuple[str, QSize]:
        name = f"inkstone-docx:{span.obj}"
        image = None
        if span.obj.startswith("image:"):
            data = self.images(span.obj.split(":", 1)[1])
            image = QImage.fromData(data) if data else None
        if image is None or image.isNull():
            label = span.obj.split(":", 1)[1] if span.obj.startswith("object:") else "picture"
            image = label_image(label, self.base_size, span.size)
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width, height = span.size or (image.width(), image.height())
        if width > MAX_PICTURE_WIDTH:
            width, height = MAX_PICTURE_WIDTH, max(1, height * MAX_PICTURE_WIDTH // width)
        return name, QSize(width, height)

    def lists(self) -> None:
        current: dict[tuple[str, int], object] = {}
        for block, mark in self.listed:
            for other in [k for k in current if k[0] == mark.num_id and k[1] > mark.level]:
                del current[other]  # a higher-level item restarts the levels below it
            key = (mark.num_id, mark.level)
            if key in current:
                current[key].add(block)
            else:
                current[key] = QTextCursor(block).createList(list_format(mark))


def list_format(mark: ListMark) -> QTextListFormat:
    fmt = QTextListFormat()
    if mark.fmt == "bullet":
        fmt.setStyle(_BULLETS[min(mark.level, len(_BULLETS) - 1)])
    else:
        fmt.setStyle(_LIST_STYLES.get(mark.fmt, QTextListFormat.Style.ListDecimal))
        text = mark.text or f"%{mark.level + 1}."
        marker = f"%{mark.level + 1}"
        if marker in text:
            prefix, _, suffix = text.partition(marker)
            fmt.setNumberPrefix(prefix if "%" not in prefix else "")
            fmt.setNumberSuffix(suffix if "%" not in suffix else ".")
        fmt.setStart(max(0, mark.start))
    fmt.setIndent(mark.level + 1)
    return fmt


def label_image(label: str, point_size: float, size: tuple[int, int] | None = None) -> QImage:
    """A small grey box with ``label``: what a picture Qt cannot decode or another object shows."""
    height = max(16, int(point_size * 1.6))
    width = max(24, int(len(label) * point_size * 0.7) + 10)
    if size and size[0] > width and size[1] > height:
        width, height = min(size[0], MAX_PICTURE_WIDTH), min(size[1], 400)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(0xEE, 0xEE, 0xEE))
    painter = QPainter(image)
    painter.setPen(QColor(0x88, 0x88, 0x88))
    painter.drawRect(0, 0, width - 1, height - 1)
    font = painter.font()
    font.setPointSizeF(max(6.0, point_size * 0.8))
    painter.setFont(font)
    painter.setPen(QColor(0x44, 0x44, 0x44))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image


def _phantom_format() -> QTextBlockFormat:
    block_format = QTextBlockFormat()
    block_format.setProperty(P_PHANTOM, True)
    return block_format


def fill(document: QTextDocument, items: list[Item], images=lambda _rel: None) -> None:
    """Replace ``document``'s content with ``items``; not an undo step, not a modification."""
    document.setUndoRedoEnabled(False)
    document.clear()
    filler = _Filler(document, images)
    filler.items(QTextCursor(document), items)
    filler.lists()
    document.setUndoRedoEnabled(True)
    document.setModified(False)


# -- reading back --------------------------------------------------------------------------------


def _key(value) -> int | None:
    return value if isinstance(value, int) and value >= 0 else None


def _flag(fmt: QTextFormat, prop: int) -> bool:
    value = fmt.property(prop)
    return bool(value) if isinstance(value, bool) else False


def _para(block) -> Para:
    block_format = block.blockFormat()
    hint = block_format.property(P_HINT)
    para = Para(_key(block_format.property(P_KEY)), phantom=_flag(block_format, P_PHANTOM),
                hint=hint if isinstance(hint, str) else None)
    if para.hint is None and _flag(block_format, P_LISTED) and block.textList() is None:
        para.hint = "nolist"
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            rpr = fmt.property(P_RPR)
            rpr = rpr[len(_RPR_TAG):] if isinstance(rpr, str) and rpr.startswith(_RPR_TAG) else None
            bold = fmt.fontWeight() >= QFont.Weight.DemiBold
            italic, underline = fmt.fontItalic(), fmt.fontUnderline()
            obj = fmt.property(P_OBJECT) if fmt.isImageFormat() else None
            para.spans.append(Span(
                fragment.text(), rpr,
                None if bold == _flag(fmt, P_BOLD) else bold,
                None if italic == _flag(fmt, P_ITALIC) else italic,
                None if underline == _flag(fmt, P_UNDERLINE) else underline,
                obj=obj if isinstance(obj, str) else None,
            ))
        iterator += 1
    return para


def _frame_items(iterator) -> list[Item]:
    items: list[Item] = []
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            items.append(_table(frame))
        elif frame is None:
            block = iterator.currentBlock()
            if block.isValid():
                items.append(_para(block))
        iterator += 1
    return items


def _table(table: QTextTable) -> Table:
    key = table.format().property(P_TABLE_KEY)
    result = Table(_key(key), table.rows(), table.columns())
    for row in range(table.rows()):
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            if (cell.row(), cell.column()) != (row, col):
                continue  # covered by a merged cell
            result.cells.append(Cell(_key(cell.format().property(P_CELL_KEY)), row, col, cell.rowSpan(),
                                     cell.columnSpan(), _frame_items(cell.begin())))
    return result


def extract(document: QTextDocument) -> list[Item]:
    """The document as a layout: paragraphs (with their keys) and tables, in order."""
    return _frame_items(document.rootFrame().begin())


def plain_spans(text: str) -> list[Para]:
    """Paragraphs of plain text (a recovered draft without its Word original)."""
    return [Para(None, [Span(line)]) for line in text.split("\n")]

