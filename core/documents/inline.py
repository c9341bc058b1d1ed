"""A Word paragraph's content as a string of atoms: one per character the reader sees.

Each atom knows the element it came from (a ``w:t`` and the offset in it, a ``w:tab``, a picture),
its run, its run format, and whether it may be changed: text inside a tracked change, a field
result, an equation or an element Inkstone does not know is *locked*. Everything that is not an
atom (bookmarks, comment anchors, field codes, ``w:pPr``) stays in the tree untouched unless the
text around it is rewritten. Fields can span paragraphs, so one parser reads a whole document in
order.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from core.documents.layout import LINE_BREAK, OBJECT
from core.documents.ooxml import NS, W, fragment, local, qn
from core.documents.styles import Styles, run_props


_TRANSPARENT = {"smartTag", "customXml", "dir", "bdo"}
_MARKERS = {
    "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr", "permStart", "permEnd",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart",
    "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
    "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
}
_RUN_MARKERS = {
    "lastRenderedPageBreak", "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "separator",
    "continuationSeparator",
}
_CHARS = {"tab": "\t", "ptab": "\t", "br": LINE_BREAK, "cr": LINE_BREAK, "noBreakHyphen": "\u2011", "softHyphen": "\u00ad"}
_DELETABLE_OBJECTS = {"drawing", "pict", "AlternateContent", "object", "footnoteReference", "endnoteReference"}
_TRACKED = ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "numberingChange", "sectPrChange")


@dataclass(eq=False)
class Field:
    begin_run: etree._Element | None  # None: the field began in an earlier paragraph
    end_run: etree._Element | None = None
    state: str = "instr"


@dataclass(eq=False, slots=True)
class Atom:
    char: str
    kind: str  # "text" (a character of w:t / w:delText), "node" (w:tab, w:br...), "object", "sep"
    run: etree._Element | None
    node: etree._Element | None
    offset: int = 0
    rpr: str = ""
    rstyle: str | None = None
    direct: tuple = (None, None, None)
    #: Why it may not change ("tracked change", "field", ...), and the construct it belongs to.
    lock: str | None = None
    zone: object = None
    mark: str | None = None
    href: str | None = None
    comment: bool = False
    obj: str | None = None
    size: tuple[int, int] | None = None
    deletable: bool = True
    field: Field | None = None
    #: Set for the group being edited: which source paragraph the atom belongs to.
    para: int = 0

    def anchors(self) -> tuple[etree._Element | None, etree._Element | None]:
        """Where text inserted before / after this atom goes so that it lands outside any locked
        construct (None: the construct starts before / ends after this paragraph)."""
        if self.lock is None:
            base = self.run if self.run is not None else self.node
            return base, base
        if isinstance(self.zone, Field):
            return _outermost_locked(self.zone.begin_run), _outermost_locked(self.zone.end_run)
        return self.zone, self.zone


def _outermost_locked(element: etree._Element | None) -> etree._Element | None:
    if element is None:
        return None
    top = element
    node = element.getparent()
    while node is not None and node.tag != qn("w:p"):
        if local(node.tag) in ("ins", "del", "moveFrom", "moveTo", "fldSimple"):
            top = node
        node = node.getparent()
    return top


_FIND_TRACKED = etree.XPath("|".join(f".//w:{name}" for name in _TRACKED), namespaces={"w": W})


def tracked(paragraph: etree._Element) -> bool:
    """Whether a paragraph holds tracked changes (it is shown read-only)."""
    return bool(_FIND_TRACKED(paragraph))


def picture_target(element: etree._Element) -> tuple[str | None, tuple[int, int] | None]:
    """The relationship id of the picture inside a drawing / VML element, and its size in pixels."""
    rel = None
    for blip in element.iter(f"{{{NS['a']}}}blip"):
        rel = blip.get(qn("r:embed")) or blip.get(qn("r:link"))
        if rel:
            break
    if rel is None:
        for image in element.iter(f"{{{NS['v']}}}imagedata"):
            rel = image.get(qn("r:id"))
            if rel:
                break
    size = None
    for extent in element.iter(f"{{{NS['wp']}}}extent"):
        try:
            size = (max(1, int(extent.get("cx", "0")) // 9525), max(1, int(extent.get("cy", "0")) // 9525))
        except ValueError:
            size = None
        break
    return rel, size


class InlineParser:
    """Reads paragraphs in document order (fields and comment ranges cross paragraph ends)."""

    def __init__(self, styles: Styles, links: dict[str, str], per_char: bool = True, state: tuple | None = None) -> None:
        self.styles = styles
        self.links = links
        #: One atom per character (for editing) or one per w:t (for display, faster).
        self.per_char = per_char
        self.fields: list[Field] = []
        self.comments: set[str] = set()
        self.notes = 0
        if state is not None:
            states, comments, self.notes = state
            self.fields = [Field(None, state=value) for value in states]
            self.comments = set(comments)

    def state(self) -> tuple:
        """What carries into the next paragraph: open fields, open comment ranges, notes seen."""
        return tuple(f.state for f in self.fields), frozenset(self.comments), self.notes

    def parse(self, paragraph: etree._Element) -> list[Atom]:
        self.atoms: list[Atom] = []
        ppr = paragraph.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        self.pstyle = style.get(qn("w:val")) if style is not None else None
        for child in paragraph:
            self._walk(child, None, None, None)
        return self.atoms

    # -- walking ---------------------------------------------------------------------------------

    def _walk(self, element, zone, mark, href) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return  # comments and processing instructions
        name = local(tag)
        namespace = tag[1:].split("}")[0] if tag.startswith("{") else ""
        if namespace != W:
            if namespace == NS["m"]:
                self._standalone(element, "equation", "object:equation", zone)
            else:
                self._unknown(element, zone)
            return
        if name in ("pPr", "rPr") or name in _MARKERS:
            if name == "commentRangeStart":
                self.comments.add(element.get(qn("w:id"), ""))
            elif name == "commentRangeEnd":
                self.comments.discard(element.get(qn("w:id"), ""))
            return
        if name == "r":
            self._run(element, zone, mark, href)
        elif name == "hyperlink":
            rel = element.get(qn("r:id"))
            target = self.links.get(rel) if rel else None
            anchor = element.get(qn("w:anchor"))
            link = target or (f"#{anchor}" if anchor else "")
            for child in element:
                self._walk(child, zone, mark or "link", link)
        elif name in ("ins", "moveTo", "del", "moveFrom", "fldSimple"):
            new_mark = {"ins": "ins", "moveTo": "ins", "fldSimple": "field"}.get(name, "del")
            for child in element:
                self._walk(child, zone if zone is not None else element, mark if mark in ("ins", "del") else new_mark, href)
        elif name in _TRANSPARENT:
            for child in element:
                if not local(child.tag).endswith("Pr"):
                    self._walk(child, zone, mark, href)
        elif name == "sdt":
            content = element.find(qn("w:sdtContent"))
            for child in content if content is not None else ():
                self._walk(child, zone, mark, href)
        else:
            self._unknown(element, zone)

    def _unknown(self, element, zone) -> None:
        """An element Inkstone does not know: kept; if it shows text, that text is locked."""
        if element.find(f".//{qn('w:t')}") is not None:
            self._standalone(element, "unsupported content", f"object:{local(element.tag)}", zone)

    def _standalone(self, element, reason: str, obj: str, zone) -> None:
        self.atoms.append(Atom(OBJECT, "object", None, element, lock=reason, zone=zone if zone is not None else element,
                               mark="object", obj=obj, deletable=False))

    def _run(self, run, zone, mark, href) -> None:
        rpr = run.find(qn("w:rPr"))
        key = fragment(rpr) if rpr is not None else ""
        rstyle_el = rpr.find(qn("w:rStyle")) if rpr is not None else None
        rstyle = rstyle_el.get(qn("w:val")) if rstyle_el is not None else None
        direct = run_props(rpr)
        lock = None
        if zone is not None:
            lock = "tracked change" if local(zone.tag) != "fldSimple" else "field"
        elif rpr is not None and rpr.find(qn("w:rPrChange")) is not None:
            lock, zone = "tracked change", run
        for child in run:
            if not isinstance(child.tag, str):
                continue
            name = local(child.tag)
            if name == "rPr":
                continue
            if name == "fldChar":
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    self.fields.append(Field(run))
                elif kind == "separate" and self.fields:
                    self.fields[-1].state = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop().end_run = run
                continue
            if any(f.state == "instr" for f in self.fields) or name in ("instrText", "delInstrText") or name in _RUN_MARKERS:
                continue
            atom_lock, atom_zone, atom_mark = lock, zone, mark
            if self.fields and atom_lock is None:
                atom_lock, atom_zone, atom_mark = "field", self.fields[0], mark or "field"
            comment = bool(self.comments)
            if name in ("t", "delText"):
                text = child.text or ""
                if self.per_char:
                    self.atoms.extend(
                        Atom(char, "text", run, child, offset, key, rstyle, direct, atom_lock, atom_zone, atom_mark, href, comment)
                        for offset, char in enumerate(text)
                    )
                elif text:
                    self.atoms.append(Atom(text, "text", run, child, 0, key, rstyle, direct, atom_lock, atom_zone, atom_mark, href, comment))
                continue
            base = dict(run=run, node=child, rpr=key, rstyle=rstyle, direct=direct, lock=atom_lock, zone=atom_zone,
                        mark=atom_mark, href=href, comment=comment)
            if name in _CHARS:
                self.atoms.append(Atom(_CHARS[name], "node", **base))
            else:
                rel, size = picture_target(child)
                if name in ("footnoteReference", "endnoteReference"):
                    self.notes += 1
                    obj = f"object:note {self.notes}"
                elif rel:
                    obj = f"image:{rel}"
                else:
                    obj = f"object:{name}"
                deletable = name in _DELETABLE_OBJECTS
                if not deletable and base["lock"] is None:
                    base["lock"], base["zone"] = "unsupported content", child
                base["mark"] = base["mark"] or "object"
                self.atoms.append(Atom(OBJECT, "object", obj=obj, size=size, deletable=deletable, **base))

