"""The editable view of a Word document that the model and an editor exchange (Qt-free).

The model gives a list of items (:class:`Para` and :class:`Table`) with display details; an editor
shows them, lets the user edit, and hands back the same shapes: each paragraph with the ``key`` it
was shown with (None for a new one), its spans of text with their run-format key and any explicit
bold/italic/underline the user set. Keys are what let the model rewrite only what changed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

OBJECT = "\ufffc"  # one character per picture or other object in the text
LINE_BREAK = "\u2028"  # a line break inside a paragraph (Shift+Enter, Word's w:br)


@dataclass
class Span:
    text: str
    #: The run format this text had in the file (a serialized w:rPr; "" for none, None unknown).
    rpr: str | None = None
    #: Editor -> model: bold/italic/underline the user set explicitly (None: as in the file).
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    #: Model -> editor: how the text looks (effective bold, italic, underline).
    shown: tuple[bool, bool, bool] = (False, False, False)
    #: "link", "ins", "del", "field", "object" (display; locked text may not be edited).
    mark: str | None = None
    href: str | None = None
    comment: bool = False
    locked: bool = False
    #: For an object character: "image:<relationship id>" or "object:<what>"; its size in pixels.
    obj: str | None = None
    size: tuple[int, int] | None = None


@dataclass
class ListMark:
    num_id: str
    level: int
    fmt: str  # Word's numFmt: decimal, bullet, lowerLetter, upperRoman, ...
    text: str  # lvlText, e.g. "%1." or the bullet character
    start: int = 1


@dataclass
class Para:
    key: int | None
    spans: list[Span] = field(default_factory=list)
    #: Editor -> model for new paragraphs: "normal" (body text after a heading), "nolist".
    hint: str | None = None
    #: An empty block the editor needs around a table; ignored while it stays empty.
    phantom: bool = False
    heading: int = 0
    style: str = ""
    list: ListMark | None = None
    #: Why the paragraph may not be edited (tracked changes), or None.
    read_only: str | None = None
    align: str | None = None

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass
class Cell:
    key: int | None
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    items: list = field(default_factory=list)


@dataclass
class Table:
    key: int | None
    rows: int
    cols: int
    cells: list[Cell] = field(default_factory=list)


Item = Para | Table


def to_json(items: list[Item]) -> list[dict]:
    out = []
    for item in items:
        data = asdict(item)
        data["type"] = "table" if isinstance(item, Table) else "para"
        out.append(data)
    return out


def _para(data: dict) -> Para:
    spans = []
    for raw in data.get("spans", []):
        span = Span(**{k: v for k, v in raw.items() if k in Span.__dataclass_fields__})
        span.shown = tuple(span.shown)
        span.size = tuple(span.size) if span.size else None
        spans.append(span)
    mark = data.get("list")
    return Para(
        data.get("key"), spans, data.get("hint"), bool(data.get("phantom")), int(data.get("heading") or 0),
        data.get("style") or "", ListMark(**mark) if mark else None, data.get("read_only"), data.get("align"),
    )


def _items(raw_items: list[dict]) -> list[Item]:
    items: list[Item] = []
    for data in raw_items:
        if data.get("type") == "table" or "cells" in data:
            cells = [
                Cell(c.get("key"), c["row"], c["col"], c.get("rowspan", 1), c.get("colspan", 1), _items(c.get("items", [])))
                for c in data.get("cells", [])
            ]
            items.append(Table(data.get("key"), data["rows"], data["cols"], cells))
        else:
            items.append(_para(data))
    return items


def from_json(data: list[dict]) -> list[Item]:
    """Rebuild items saved with :func:`to_json`; raise ValueError/KeyError/TypeError on bad data."""
    if not isinstance(data, list):
        raise ValueError("layout must be a list")
    return _items(data)


def paragraphs(items: list[Item]):
    """Every paragraph, tables' cells included, in reading order."""
    for item in items:
        if isinstance(item, Table):
            for cell in item.cells:
                yield from paragraphs(cell.items)
        else:
            yield item
