"""What a Word paragraph looks like: heading level, list numbering and effective bold/italic/underline,
read from the styles and numbering parts (for display; the model never rewrites these parts)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from core.documents.ooxml import local, on, qn

_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


@dataclass
class Style:
    style_id: str
    kind: str
    name: str
    based_on: str | None = None
    outline: int | None = None  # 0-based outline level
    num: tuple[str, int] | None = None  # (numId, ilvl) from the style's pPr
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    align: str | None = None


def _underline(rpr: etree._Element | None) -> bool | None:
    if rpr is None:
        return None
    u = rpr.find(qn("w:u"))
    if u is None:
        return None
    return (u.get(qn("w:val")) or "single") != "none"


def run_props(rpr: etree._Element | None) -> tuple[bool | None, bool | None, bool | None]:
    if rpr is None:
        return None, None, None
    return on(rpr.find(qn("w:b"))), on(rpr.find(qn("w:i"))), _underline(rpr)


def num_props(ppr: etree._Element | None) -> tuple[str, int] | None:
    """(numId, ilvl) of a pPr's numPr, or None; numId "0" means "no list" explicitly."""
    if ppr is None:
        return None
    numpr = ppr.find(qn("w:numPr"))
    if numpr is None:
        return None
    num_id = numpr.find(qn("w:numId"))
    ilvl = numpr.find(qn("w:ilvl"))
    level = 0
    if ilvl is not None:
        try:
            level = max(0, min(8, int(ilvl.get(qn("w:val"), "0"))))
        except ValueError:
            level = 0
    return (num_id.get(qn("w:val"), "0") if num_id is not None else "", level)


class Styles:
    """The styles part: paragraph and character styles with their inheritance."""

    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        self.defaults = (None, None, None)
        if root is None:
            return
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.defaults = run_props(defaults)
        for element in root.iter(qn("w:style")):
            style_id = element.get(qn("w:styleId")) or ""
            name_el = element.find(qn("w:name"))
            based = element.find(qn("w:basedOn"))
            ppr = element.find(qn("w:pPr"))
            style = Style(style_id, element.get(qn("w:type")) or "paragraph",
                          name_el.get(qn("w:val"), style_id) if name_el is not None else style_id,
                          based.get(qn("w:val")) if based is not None else None)
            if ppr is not None:
                outline = ppr.find(qn("w:outlineLvl"))
                if outline is not None:
                    try:
                        style.outline = int(outline.get(qn("w:val"), "9"))
                    except ValueError:
                        pass
                style.num = num_props(ppr)
                jc = ppr.find(qn("w:jc"))
                style.align = jc.get(qn("w:val")) if jc is not None else None
            style.bold, style.italic, style.underline = run_props(element.find(qn("w:rPr")))
            self.styles[style_id] = style
            if style.kind == "paragraph" and element.get(qn("w:default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and its ancestors, nearest first (cycles cut)."""
        found, seen = [], set()
        current = style_id if style_id in self.styles else self.default_paragraph
        while current and current in self.styles and current not in seen:
            seen.add(current)
            style = self.styles[current]
            found.append(style)
            current = style.based_on
        return found

    def name(self, style_id: str | None) -> str:
        chain = self.chain(style_id)
        return chain[0].name if chain else "Normal"

    def heading_level(self, style_id: str | None, direct_outline: int | None = None) -> int:
        """1-9 for headings (by outline level or a "heading N" / "Title" style), 0 for body text."""
        if direct_outline is not None:
            return direct_outline + 1 if 0 <= direct_outline < 9 else 0
        for style in self.chain(style_id):
            if style.outline is not None:
                return style.outline + 1 if 0 <= style.outline < 9 else 0
            match = _HEADING_NAME.match(style.name)
            if match:
                return int(match.group(1))
            if style.name.lower() == "title":
                return 1
        return 0

    def list_props(self, style_id: str | None) -> tuple[str, int] | None:
        for style in self.chain(style_id):
            if style.num is not None:
                return style.num
        return None

    def align(self, style_id: str | None) -> str | None:
        for style in self.chain(style_id):
            if style.align:
                return style.align
        return None

    def effective(self, para_style: str | None, run_style: str | None, direct: tuple) -> tuple[bool, bool, bool]:
        """Bold, italic, underline as shown: direct formatting, else character style, else the
        paragraph style, else the document defaults."""
        layers = [direct]
        layers += [(s.bold, s.italic, s.underline) for s in self.chain_any(run_style)]
        layers += [(s.bold, s.italic, s.underline) for s in self.chain(para_style)]
        layers.append(self.defaults)
        result = []
        for index in range(3):
            value = next((layer[index] for layer in layers if layer[index] is not None), False)
            result.append(bool(value))
        return result[0], result[1], result[2]

    def chain_any(self, style_id: str | None) -> list[Style]:
        if not style_id or style_id not in self.styles:
            return []
        found, seen, current = [], set(), style_id
        while current and current in self.styles and current not in seen:
            seen.add(current)
            found.append(self.styles[current])
            current = self.styles[current].based_on
        return found


@dataclass
class Level:
    fmt: str  # decimal, bullet, lowerLetter, upperLetter, lowerRoman, upperRoman, none, ...
    text: str  # lvlText, e.g. "%1." or a bullet character
    start: int = 1


@dataclass
class Numbering:
    """numId -> its levels (abstract definition with the num's overrides applied)."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)

    @classmethod
    def read(cls, root: etree._Element | None) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[int, Level]] = {}
        for element in root.iter(qn("w:abstractNum")):
            abstract[element.get(qn("w:abstractNumId")) or ""] = {
                level: lvl for level, lvl in (_level(child) for child in element.iter(qn("w:lvl"))) if lvl
            }
        for num in root.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}))
            for override in num.iter(qn("w:lvlOverride")):
                try:
                    ilvl = int(override.get(qn("w:ilvl"), "0"))
                except ValueError:
                    continue
                lvl = override.find(qn("w:lvl"))
                if lvl is not None and _level(lvl)[1]:
                    levels[ilvl] = _level(lvl)[1]
                start = override.find(qn("w:startOverride"))
                if start is not None and ilvl in levels:
                    try:
                        levels[ilvl] = Level(levels[ilvl].fmt, levels[ilvl].text, int(start.get(qn("w:val"), "1")))
                    except ValueError:
                        pass
            numbering.levels[num.get(qn("w:numId")) or ""] = levels
        return numbering

    def level(self, num_id: str, ilvl: int) -> Level | None:
        if not num_id or num_id == "0":
            return None
        return self.levels.get(num_id, {}).get(ilvl)


def _level(element: etree._Element) -> tuple[int, Level | None]:
    try:
        ilvl = int(element.get(qn("w:ilvl"), "0"))
    except ValueError:
        return 0, None
    fmt_el, text_el, start_el = element.find(qn("w:numFmt")), element.find(qn("w:lvlText")), element.find(qn("w:start"))
    fmt = fmt_el.get(qn("w:val"), "decimal") if fmt_el is not None else "decimal"
    text = text_el.get(qn("w:val"), "") if text_el is not None else ""
    try:
        start = int(start_el.get(qn("w:val"), "1")) if start_el is not None else 1
    except ValueError:
        start = 1
    return ilvl, Level(fmt, text, start)


def is_element(node) -> bool:
    return isinstance(node.tag, str) and bool(local(node.tag))
