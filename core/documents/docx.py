"""A Word document that survives editing.

:class:`WordDocument` keeps the package exactly as it was read (at open, or as written at the last
save; the file is never read again at save time). It offers the editable view of the body
(:meth:`layout`: paragraphs and table cells in order, with headings, lists, run formats, pictures
and which paragraphs are read-only) and writes a new package from an edited view
(:meth:`save`): only the paragraphs whose text or format changed are rewritten, every other part of
the package keeps its bytes, and everything inside a changed paragraph that is not its text
(hyperlinks, comment anchors, fields, tracked changes, bookmarks, pictures) is kept around the new
text. What an edit would lose is listed, precisely, in :attr:`SaveResult.problems`; a caller must
then not overwrite the original (see ``desktop.editor.DocumentTab.in_place_problems``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from core.documents import blocks
from core.documents.inline import InlineParser, tracked
from core.documents.layout import Cell, Item, ListMark, Para, Span, Table
from core.documents.ooxml import (
    REL_HYPERLINK, REL_NUMBERING, REL_OFFICE_DOCUMENT, REL_STYLES, STRICT_W, parse_xml, qn, serialize,
)
from core.documents.package import MAX_PACKAGE_BYTES, ZIP_ERRORS, Package, rels_part, resolve_target
from core.documents.styles import Numbering, Styles, num_props
from core.errors import BadInputError, InkstoneError

_ALIGN = {"center": "center", "right": "right", "end": "right", "both": "justify", "distribute": "justify"}


@dataclass
class SaveResult:
    data: bytes
    #: What the new package lost compared with the original (empty: nothing).
    problems: list[str] = field(default_factory=list)
    #: The element keys of the new package, for :meth:`WordDocument.from_bytes`.
    keys: list[int] = field(default_factory=list)
    changed: int = 0


class WordDocument:
    """One .docx package and its editable view."""

    def __init__(self, data: bytes, name: str = "document", keys: list[int] | None = None) -> None:
        self.name = name
        self.package = Package(data, name)
        try:
            self._read(keys)
        except BadInputError:
            raise
        except (*ZIP_ERRORS, etree.LxmlError, AttributeError, TypeError) as exc:
            reason = str(exc).splitlines()[0][:100] if str(exc) else type(exc).__name__
            raise BadInputError(f"{name} is not a valid .docx document ({reason})") from None

    @classmethod
    def open(cls, path: str | Path) -> WordDocument:
        path = Path(path).expanduser()
        if not path.is_file():
            raise BadInputError(f"file not found: {path}")
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise BadInputError(f"{path.name} is {size / 2**20:.0f} MB; Inkstone opens Word documents up to {MAX_PACKAGE_BYTES // 2**20} MB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from None
        return cls(data, path.name)

    @property
    def data(self) -> bytes:
        return self.package.data

    # -- reading ---------------------------------------------------------------------------------

    def _xml(self, part: str):
        return parse_xml(self.package.read(part), part, self.name)

    def _relationships(self, part: str) -> dict[str, tuple[str, str, str]]:
        """rId -> (type, target part or URL, target mode) for ``part``."""
        name = rels_part(part)
        if name not in self.package:
            return {}
        found = {}
        for rel in self._xml(name):
            if not isinstance(rel.tag, str):
                continue
            mode = rel.get("TargetMode") or "Internal"
            target = rel.get("Target") or ""
            if mode != "External":
                target = resolve_target(part, target)
            found[rel.get("Id") or ""] = (rel.get("Type") or "", target, mode)
        return found

    def _read(self, keys: list[int] | None) -> None:
        main = "word/document.xml"
        for _rid, (kind, target, _mode) in self._relationships("").items():
            if kind == REL_OFFICE_DOCUMENT:
                main = target
        if main not in self.package:
            raise BadInputError(f"{self.name} is not a valid .docx document (no main document part)")
        self.main = main
        self.source = self.package.read(main)
        root = self._xml(main)
        if root.tag == f"{{{STRICT_W}}}document":
            raise BadInputError(f"{self.name} is in Strict Open XML; save it from Word as a Word Document (.docx) first")
        if root.tag != qn("w:document") or root.find(qn("w:body")) is None:
            raise BadInputError(f"{self.name} is not a valid .docx document (the main part is not a Word body)")
        self.rels = self._relationships(main)
        self.links = {rid: target for rid, (kind, target, _m) in self.rels.items() if kind == REL_HYPERLINK}
        styles = numbering = None
        for _rid, (kind, target, _mode) in self.rels.items():
            if kind == REL_STYLES and target in self.package:
                styles = self._xml(target)
            elif kind == REL_NUMBERING and target in self.package:
                numbering = self._xml(target)
        self.styles = Styles(styles)
        self.numbering = Numbering.read(numbering)
        elements = blocks.keyed_elements(root.find(qn("w:body")))
        self.keys = list(keys) if keys is not None and len(keys) == len(elements) else list(range(len(elements)))
        self.root = root

    def key_map(self, root: etree._Element) -> dict[int, etree._Element]:
        """Key -> element for a tree parsed from this document's main part."""
        elements = blocks.keyed_elements(root.find(qn("w:body")))
        return dict(zip(self.keys, elements))

    def fresh_tree(self) -> etree._Element:
        return parse_xml(self.source, self.main, self.name)

    # -- the editable view -------------------------------------------------------------------------

    def layout(self) -> list[Item]:
        """The body as paragraphs and tables, each with the key that ties it to this document."""
        by_key = self.key_map(self.root)  # holds the element proxies, so their ids stay valid
        keys = {id(element): key for key, element in by_key.items()}
        parser = InlineParser(self.styles, self.links, per_char=False)
        self._summary = {"read_only": 0, "objects": 0, "pictures": 0}
        starts: dict[int, tuple] = {}
        segments: dict[int, list[tuple[str, str | None]]] = {}

        def container(element) -> list[Item]:
            items: list[Item] = []
            for entry in blocks.entries(element):
                if entry.kind == "p":
                    key = keys.get(id(entry.element))
                    starts[key] = parser.state()
                    para = self._para(entry.element, key, parser)
                    segments[key] = [(span.text, span.rpr) for span in para.spans]
                    items.append(para)
                else:
                    shape = blocks.grid(entry.element)
                    cells = [
                        Cell(keys.get(id(c.element)), c.row, c.col, c.rowspan, c.colspan, container(c.element))
                        for c in shape.cells
                    ]
                    items.append(Table(keys.get(id(entry.element)), shape.rows, shape.cols, cells))
            return items

        items = container(self.root.find(qn("w:body")))
        self._index = (starts, segments)
        return items

    def index(self) -> tuple[dict[int, tuple], dict[int, list[tuple[str, str | None]]]]:
        """Per paragraph key: the reading state at its start (open fields and comments) and its
        text as (text, run format) segments, from the last :meth:`layout`."""
        if getattr(self, "_index", None) is None:
            self.layout()
        return self._index

    def _para(self, p, key, parser: InlineParser) -> Para:
        atoms = parser.parse(p)
        ppr = p.find(qn("w:pPr"))
        style = parser.pstyle
        outline_el = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        outline = None
        if outline_el is not None:
            try:
                outline = int(outline_el.get(qn("w:val"), "9"))
            except ValueError:
                outline = None
        para = Para(key, [], style=self.styles.name(style), heading=self.styles.heading_level(style, outline))
        numbers = num_props(ppr) or self.styles.list_props(style)
        if numbers:
            level = self.numbering.level(*numbers)
            if level is not None and level.fmt != "none":
                para.list = ListMark(numbers[0], numbers[1], level.fmt, level.text, level.start)
        jc = ppr.find(qn("w:jc")) if ppr is not None else None
        para.align = _ALIGN.get(jc.get(qn("w:val")) if jc is not None else self.styles.align(style) or "")
        if tracked(p):
            para.read_only = "holds tracked changes"
            self._summary["read_only"] += 1
        shown_cache: dict[tuple, tuple] = {}
        previous = None
        buffer: list[str] = []
        for atom in atoms:
            key = (atom.rpr, atom.rstyle, atom.direct, atom.mark, atom.href, atom.comment, atom.lock is not None)
            if atom.kind != "object" and key == previous and buffer:
                buffer.append(atom.char)
                continue
            if buffer:
                para.spans[-1].text = "".join(buffer)
                buffer = []
            look = (style, atom.rstyle, atom.direct)
            shown = shown_cache.get(look)
            if shown is None:
                shown = shown_cache[look] = self.styles.effective(style, atom.rstyle, atom.direct)
            para.spans.append(Span(atom.char, atom.rpr, shown=shown, mark=atom.mark, href=atom.href, comment=atom.comment,
                                   locked=atom.lock is not None, obj=atom.obj, size=atom.size))
            if atom.kind == "object":
                self._summary["pictures" if (atom.obj or "").startswith("image:") else "objects"] += 1
                previous = None
            else:
                buffer = [atom.char]
                previous = key
        if buffer:
            para.spans[-1].text = "".join(buffer)
        return para

    def summary(self) -> dict[str, int]:
        """Counts from the last :meth:`layout`: read-only paragraphs, pictures, other objects."""
        return dict(getattr(self, "_summary", {}))

    def image(self, rel: str) -> bytes | None:
        """The bytes of the picture behind relationship ``rel`` of the main part, if it is inside."""
        found = self.rels.get(rel)
        if not found or found[2] == "External" or found[1] not in self.package:
            return None
        try:
            return self.package.read(found[1])
        except BadInputError:
            return None

    def plain_text(self) -> str:
        """The document as plain text (see :func:`core.documents.layout.plain_text`)."""
        from core.documents.layout import plain_text

        return plain_text(self.layout())

    # -- writing -----------------------------------------------------------------------------------

    def save(self, items: list[Item]) -> SaveResult:
        """A new package with ``items`` (an edited :meth:`layout`) written into it."""
        from core.documents.edit import Editor

        root = self.fresh_tree()
        editor = Editor(self, root)
        editor.apply(items)
        if not editor.changed:
            return SaveResult(self.data, editor.problems, list(self.keys), 0)
        try:
            data = self.package.rewrite({self.main: serialize(root)})
        except ZIP_ERRORS as exc:
            raise InkstoneError(f"cannot write {self.name} as a Word document: {str(exc)[:100] or type(exc).__name__}") from None
        return SaveResult(data, editor.problems, editor.new_keys(), editor.changed)

    def check(self, items: list[Item]) -> list[str]:
        """What :meth:`save` would lose (empty: it can overwrite the original)."""
        from core.documents.edit import Editor

        editor = Editor(self, self.fresh_tree())
        editor.apply(items)
        return editor.problems

    def saved(self, result: SaveResult) -> WordDocument:
        """The document as just written (the new base for the next save)."""
        return WordDocument(result.data, self.name, result.keys)


def blank() -> WordDocument:
    """An empty Word document (python-docx's default template) for text saved as .docx."""
    from importlib import resources

    data = resources.files("docx").joinpath("templates/default.docx").read_bytes()
    return WordDocument(data, "document.docx")
