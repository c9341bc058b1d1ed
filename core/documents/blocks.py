"""The block structure of a Word body: paragraphs, tables and cells, in reading order, with the keys
that tie them to an editor across saves."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from core.documents.ooxml import W, local, qn

# Block-level elements that hold neither text nor structure the editor shows; they stay in place
# and do not separate the paragraphs around them.
_BLOCK_MARKERS = {
    "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr", "permStart", "permEnd",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "sectPr", "tcPr",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
}


@dataclass(eq=False)
class Entry:
    kind: str  # "p" or "tbl"
    element: etree._Element
    #: Paragraphs with the same segment are siblings with nothing but markers between them: the
    #: only ones an edit may merge.
    segment: int = 0


def entries(container: etree._Element, counter: list[int] | None = None) -> list[Entry]:
    """Paragraphs and tables directly in ``container`` (a w:body or w:tc), looking through
    block-level content controls and custom XML."""
    counter = counter if counter is not None else [0]
    found: list[Entry] = []

    def walk(parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str) or not tag.startswith(f"{{{W}}}"):
                if isinstance(tag, str):
                    counter[0] += 1  # foreign content (mc:AlternateContent...): kept, and a boundary
                continue
            name = local(tag)
            if name == "p":
                found.append(Entry("p", child, counter[0]))
            elif name == "tbl":
                counter[0] += 1
                found.append(Entry("tbl", child))
                counter[0] += 1
            elif name in ("sdt", "customXml"):
                counter[0] += 1
                inner = child.find(qn("w:sdtContent")) if name == "sdt" else child
                if inner is not None:
                    walk(inner)
                counter[0] += 1
            elif name not in _BLOCK_MARKERS:
                counter[0] += 1  # altChunk and the like: kept, and a boundary

    walk(container)
    return found


@dataclass(eq=False)
class GridCell:
    element: etree._Element
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Grid:
    rows: int
    cols: int
    cells: list[GridCell] = field(default_factory=list)


def _int(element: etree._Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return max(0, int(element.get(qn("w:val"), str(default))))
    except ValueError:
        return default


def grid(table: etree._Element) -> Grid:
    """The table's cells on its column grid: horizontal spans (gridSpan) and vertical merges
    (vMerge continuation cells are not listed: they stay in the file as they are)."""
    rows = [child for child in table if child.tag == qn("w:tr")]
    result = Grid(len(rows), 0)
    open_merges: dict[int, GridCell] = {}
    for r, row in enumerate(rows):
        trpr = row.find(qn("w:trPr"))
        col = _int(trpr.find(qn("w:gridBefore")) if trpr is not None else None, 0)
        for tc in (child for child in row if child.tag == qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span = max(1, _int(tcpr.find(qn("w:gridSpan")) if tcpr is not None else None, 1))
            vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            if vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue" and col in open_merges:
                open_merges[col].rowspan += 1
            else:
                cell = GridCell(tc, r, col, 1, span)
                result.cells.append(cell)
                if vmerge is not None:
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
        result.cols = max(result.cols, col)
    tblgrid = table.find(qn("w:tblGrid"))
    if tblgrid is not None:
        result.cols = max(result.cols, len(tblgrid.findall(qn("w:gridCol"))))
    return result


def keyed_elements(body: etree._Element) -> list[etree._Element]:
    """Every paragraph, table and cell the editor can see, in reading order."""
    found: list[etree._Element] = []

    def visit(container: etree._Element) -> None:
        for entry in entries(container):
            found.append(entry.element)
            if entry.kind == "tbl":
                for cell in grid(entry.element).cells:
                    found.append(cell.element)
                    visit(cell.element)

    visit(body)
    return found
