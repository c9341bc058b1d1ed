"""Word documents to and from the editor, keeping paragraphs, headings and bold/italic/underline.

Reading gives a list of :class:`Paragraph` (style name, heading level, formatted runs); the
editor turns those into blocks and character formats and back. Writing starts from the original
file when there is one, so its styles, page setup, headers and footers survive; only the body's
paragraphs are rewritten. Tables are flattened to paragraphs on reading (the caller warns the user)
and pictures are not kept.

The run properties are tri-state as in Word (True, False, or None = "as the style says"), so text
the user did not touch is written back exactly as it was read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import BadInputError

_HEADING = re.compile(r"^Heading (\d)$")


@dataclass
class Run:
    text: str
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None


@dataclass
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    style: str = "Normal"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def heading_level(self) -> int:
        """1-9 for "Heading N", 1 for "Title", 0 otherwise."""
        if self.style == "Title":
            return 1
        match = _HEADING.match(self.style)
        return int(match.group(1)) if match else 0


@dataclass
class DocxContent:
    paragraphs: list[Paragraph]
    #: What the editor cannot keep (tables flattened, pictures dropped), for a warning.
    losses: list[str] = field(default_factory=list)


def _underline(value) -> bool | None:
    if value is None:
        return None
    return bool(value)  # WD_UNDERLINE values (single, double, ...) count as underlined


def _paragraph(p) -> Paragraph:
    style = p.style.name if p.style is not None else "Normal"
    runs = [Run(r.text, r.bold, r.italic, _underline(r.underline)) for r in p.runs if r.text]
    if not runs and p.text:  # text inside hyperlinks or fields that python-docx exposes only as text
        runs = [Run(p.text)]
    return Paragraph(runs, style)


def read_docx(path: str | Path) -> DocxContent:
    """Read a .docx file; raise :class:`BadInputError` for a file that is not a Word document."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    path = Path(path)
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise BadInputError(f"{path.name} is not a valid .docx document ({type(exc).__name__})") from None
    paragraphs: list[Paragraph] = []
    tables = pictures = 0
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            p = DocxParagraph(child, document)
            if child.findall(".//" + qn("w:drawing")) or child.findall(".//" + qn("w:pict")):
                pictures += 1
            paragraphs.append(_paragraph(p))
        elif child.tag == qn("w:tbl"):
            tables += 1
            for row in Table(child, document).rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        if p.text.strip():
                            paragraphs.append(_paragraph(p))
    losses = []
    if tables:
        losses.append(f"{tables} table(s) shown as plain paragraphs")
    if pictures:
        losses.append(f"{pictures} picture(s) not shown and not saved")
    if not paragraphs:
        paragraphs = [Paragraph([], "Normal")]
    return DocxContent(paragraphs, losses)


def write_docx(paragraphs: list[Paragraph], base: str | Path | None = None) -> bytes:
    """Return the bytes of a .docx holding ``paragraphs``, built on ``base``'s styles and sections."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(base)) if base and Path(base).is_file() else Document()
    body = document.element.body
    for child in list(body.iterchildren()):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    style_names = {s.name for s in document.styles}
    for paragraph in paragraphs:
        style = paragraph.style if paragraph.style in style_names else None
        p = document.add_paragraph(style=style)
        for run in paragraph.runs:
            r = p.add_run(run.text)
            r.bold, r.italic, r.underline = run.bold, run.italic, run.underline
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- the editor side: paragraphs <-> QTextDocument blocks ------------------------------------------

# Custom format properties that carry Word's tri-state run values and paragraph style name.
_P_STYLE = 0x100000 + 1  # QTextFormat.UserProperty + 1
_P_BOLD = 0x100000 + 2
_P_ITALIC = 0x100000 + 3
_P_UNDERLINE = 0x100000 + 4
_TRI = {None: -1, False: 0, True: 1}
_TRI_BACK = {-1: None, 0: False, 1: True}
# Word's soft line break inside a paragraph; QTextDocument's equivalent is U+2028.
_LINE_SEPARATOR = "\u2028"


def _char_format(run: Run, heading_level: int, base_size: float):
    from PySide6.QtGui import QFont, QTextCharFormat

    fmt = QTextCharFormat()
    bold = run.bold if run.bold is not None else heading_level > 0
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(bool(run.italic))
    fmt.setFontUnderline(bool(run.underline))
    if heading_level:
        fmt.setFontPointSize(base_size * max(1.0, 1.6 - 0.15 * (heading_level - 1)))
    fmt.setProperty(_P_BOLD, _TRI[run.bold])
    fmt.setProperty(_P_ITALIC, _TRI[run.italic])
    fmt.setProperty(_P_UNDERLINE, _TRI[run.underline])
    return fmt


def fill_document(document, paragraphs: list[Paragraph]) -> None:
    """Replace ``document``'s content (a QTextDocument) with ``paragraphs``, as one undo-free load."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    base_size = document.defaultFont().pointSizeF()
    if base_size <= 0:
        base_size = 11.0
    document.setUndoRedoEnabled(False)
    document.clear()
    cursor = QTextCursor(document)
    for index, paragraph in enumerate(paragraphs):
        block_format = QTextBlockFormat()
        block_format.setProperty(_P_STYLE, paragraph.style)
        block_format.setHeadingLevel(paragraph.heading_level)
        if index:
            cursor.insertBlock(block_format)
        else:
            cursor.setBlockFormat(block_format)
        level = paragraph.heading_level
        empty = _char_format(Run(""), level, base_size)
        cursor.setBlockCharFormat(empty)
        for run in paragraph.runs:
            cursor.insertText(run.text.replace("\n", _LINE_SEPARATOR), _char_format(run, level, base_size))
        cursor.setCharFormat(empty)
    document.setUndoRedoEnabled(True)
    document.setModified(False)


def _written_value(displayed: bool, stored: int | None, style_default: bool) -> bool | None:
    """What to write for one run property: the stored tri-state value while the displayed state
    still matches it (text the user did not touch), else the displayed state."""
    value = _TRI_BACK.get(stored, None) if isinstance(stored, int) else None
    effective = value if value is not None else style_default
    if displayed == effective:
        return value
    return displayed


def document_paragraphs(document) -> list[Paragraph]:
    """The paragraphs of a QTextDocument, with the run properties to write to Word."""
    from PySide6.QtGui import QFont

    paragraphs = []
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        style = block_format.property(_P_STYLE)
        if not isinstance(style, str) or not style:
            level = block_format.headingLevel()
            style = f"Heading {level}" if level else "Normal"
        paragraph = Paragraph([], style)
        is_heading = paragraph.heading_level > 0
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                paragraph.runs.append(
                    Run(
                        fragment.text().replace(_LINE_SEPARATOR, "\n"),
                        _written_value(fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.property(_P_BOLD), is_heading),
                        _written_value(fmt.fontItalic(), fmt.property(_P_ITALIC), False),
                        _written_value(fmt.fontUnderline(), fmt.property(_P_UNDERLINE), False),
                    )
                )
            it += 1
        paragraphs.append(paragraph)
        block = block.next()
    return paragraphs
