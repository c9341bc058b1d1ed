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


_SPAN_FIELDS = (("bold", "b"), ("italic", "i"), ("underline", "u"), ("mark", "m"), ("href", "h"), ("obj", "o"))


def to_json(items: list[Item]) -> dict:
    """A compact JSON form (for recovery snapshots): defaults left out, run formats listed once."""
    formats: dict[str, int] = {}

    def span(value: Span) -> dict:
        out: dict = {"t": value.text}
        if value.rpr is not None:
            out["r"] = formats.setdefault(value.rpr, len(formats))
        for name, short in _SPAN_FIELDS:
            if getattr(value, name) is not None:
                out[short] = getattr(value, name)
        if any(value.shown):
            out["s"] = [int(bool(x)) for x in value.shown]
        if value.comment:
            out["c"] = 1
        if value.locked:
            out["l"] = 1
        if value.size:
            out["z"] = list(value.size)
        return out

    def item(value: Item) -> dict:
        if isinstance(value, Table):
            return {"table": value.key, "rows": value.rows, "cols": value.cols, "cells": [
                {"key": c.key, "at": [c.row, c.col, c.rowspan, c.colspan], "items": [item(i) for i in c.items]}
                for c in value.cells
            ]}
        out: dict = {"key": value.key, "spans": [span(s) for s in value.spans]}
        for name in ("hint", "phantom", "heading", "style", "read_only", "align"):
            if getattr(value, name):
                out[name] = getattr(value, name)
        if value.list is not None:
            out["list"] = asdict(value.list)
        return out

    body = [item(i) for i in items]
    return {"formats": list(formats), "items": body}


def from_json(data: dict) -> list[Item]:
    """Rebuild items saved with :func:`to_json`; raise ValueError/KeyError/TypeError on bad data."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise ValueError("not a saved layout")
    formats = data.get("formats") or []

    def span(raw: dict) -> Span:
        value = Span(raw["t"], formats[raw["r"]] if "r" in raw else None)
        for name, short in _SPAN_FIELDS:
            if short in raw:
                setattr(value, name, raw[short])
        value.shown = tuple(bool(x) for x in raw.get("s", (0, 0, 0)))
        value.comment, value.locked = bool(raw.get("c")), bool(raw.get("l"))
        value.size = tuple(raw["z"]) if raw.get("z") else None
        return value

    def item(raw: dict) -> Item:
        if "table" in raw:
            return Table(raw["table"], raw["rows"], raw["cols"], [
                Cell(c["key"], *c["at"], items=[item(i) for i in c["items"]]) for c in raw["cells"]
            ])
        mark = raw.get("list")
        return Para(raw["key"], [span(s) for s in raw["spans"]], raw.get("hint"), bool(raw.get("phantom")),
                    int(raw.get("heading") or 0), raw.get("style") or "", ListMark(**mark) if mark else None,
                    raw.get("read_only"), raw.get("align"))

    return [item(raw) for raw in data["items"]]


def paragraphs(items: list[Item]):
    """Every paragraph, tables' cells included, in reading order."""
    for item in items:
        if isinstance(item, Table):
            for cell in item.cells:
                yield from paragraphs(cell.items)
        else:
            yield item


def plain_text(items: list[Item]) -> str:
    """A document's paragraphs as plain text: deleted text and objects left out, tables row by row
    with " | " between cells, blank lines between blocks."""
    parts: list[str] = []

    def para_text(para: Para) -> str:
        return "".join(s.text for s in para.spans if s.mark != "del" and s.obj is None).replace(LINE_BREAK, "\n")

    def cell_text(cell: Cell) -> str:
        texts = []
        for item in cell.items:
            texts.append(para_text(item) if isinstance(item, Para) else " ".join(cell_text(c) for c in item.cells))
        return " ".join(t.strip() for t in texts if t.strip())

    for item in items:
        if isinstance(item, Para):
            text = para_text(item)
            if text.strip():
                parts.append(text)
        else:
            for row in range(item.rows):
                cells = [cell_text(c) for c in item.cells if c.row == row]
                if any(cells):
                    parts.append(" | ".join(cells))
    return "\n\n".join(parts)
