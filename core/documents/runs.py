"""Rewrite one group of paragraphs character by character, keeping everything that is not text.

The old atoms (with a paragraph separator between the group's paragraphs) are aligned with the
editor's characters. Deleted characters leave their runs; inserted text goes into the run of the
text it replaces or continues (so it takes that formatting), or into a new run with the format the
editor carried; changed bold/italic/underline splits a run. Only runs that hold a change are
rebuilt. Deleted separators merge paragraphs, new ones split them (a split climbs through
hyperlinks and content controls, which are cloned). Changes to locked text (tracked changes,
fields, equations) are made too, but reported as problems: the result is then for Save As only.
"""

from __future__ import annotations

import copy
from collections import defaultdict

from lxml import etree

from core.documents.align import SEP, align
from core.documents.inline import Atom
from core.documents.layout import LINE_BREAK, OBJECT, Para, Span
from core.documents.ooxml import PPR_ORDER, RPR_ORDER, XML_SPACE, fragment, from_fragment, local, qn, set_child

_MARKER = "{urn:inkstone:edit}split"
_SPECIAL = {"\t": "tab", LINE_BREAK: "br", "\u2011": "noBreakHyphen", "\u00ad": "softHyphen", "\n": "br"}
_TRACKED_PROPS = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange")


def _index(elements: list, element) -> int:
    return next(i for i, e in enumerate(elements) if e is element)


def _has_content(element: etree._Element) -> bool:
    return any(isinstance(c.tag, str) and not local(c.tag).endswith("Pr") for c in element)


def _strip_tracked(props: etree._Element) -> etree._Element:
    for name in _TRACKED_PROPS:
        for found in props.findall(qn(f"w:{name}")):
            props.remove(found)
    rpr = props.find(qn("w:rPr"))
    if rpr is not None and props.tag == qn("w:pPr"):
        _strip_tracked(rpr)
    return props


class GroupRewrite:
    def __init__(self, editor, sources: list[etree._Element], rows: list[list[Atom]], paras: list[Para]) -> None:
        self.editor = editor
        self.sources = sources
        self.paras = paras
        self.atoms: list[Atom] = []
        for index, row in enumerate(rows):
            for atom in row:
                atom.para = index
                self.atoms.append(atom)
            if index < len(rows) - 1:
                self.atoms.append(self._separator(index))
        self.position = {id(atom): i for i, atom in enumerate(self.atoms)}
        self.new: list[tuple[str, Span | None]] = []
        for index, para in enumerate(paras):
            if index:
                self.new.append((SEP, None))
            for span in para.spans:
                self.new.extend((char, span) for char in span.text)
        self.kept: dict[int, int] = {}
        self.before: dict[int, list] = defaultdict(list)
        self.after: dict[int, list] = defaultdict(list)
        self.fresh: list[tuple[tuple, list]] = []
        self.touched: dict[int, etree._Element] = {}

    def _separator(self, index: int) -> Atom:
        atom = Atom(SEP, "sep", None, None, para=index)
        ppr_next = self.sources[index + 1].find(qn("w:pPr"))
        ppr = self.sources[index].find(qn("w:pPr"))
        mark = ppr.find(qn("w:rPr")) if ppr is not None else None
        if ppr_next is not None and ppr_next.find(qn("w:sectPr")) is not None:
            atom.lock = "section break"
        elif mark is not None and any(mark.find(qn(f"w:{n}")) is not None for n in ("ins", "del")):
            atom.lock = "tracked change"
        return atom

    def describe(self, para: int) -> str:
        from core.documents.edit import describe

        return describe("".join(a.char for a in self.atoms if a.para == para and a.kind != "sep"))

    def locked(self, atom: Atom) -> None:
        if atom.kind == "sep":
            if atom.lock == "section break":
                self.editor.problem(f"the section break after {self.describe(atom.para + 1)} would be lost")
            else:
                self.editor.problem(f"the tracked change at the end of {self.describe(atom.para)} was edited")
            return
        what = {"unsupported content": "content Inkstone cannot edit"}.get(atom.lock, atom.lock)
        self.editor.problem(f"the {what} in the paragraph {self.describe(atom.para)} was edited")

    # -- planning ---------------------------------------------------------------------------------

    def run(self) -> None:
        old = "".join(a.char for a in self.atoms)
        new = "".join(char for char, _span in self.new)
        for tag, i1, i2, j1, j2 in align(old, new):
            if tag == "equal":
                for k in range(i2 - i1):
                    self.kept[i1 + k] = j1 + k
                continue
            for i in range(i1, i2):
                atom = self.atoms[i]
                if atom.lock is not None or (atom.kind == "object" and not atom.deletable):
                    self.locked(atom)
                if atom.run is not None:
                    self.touched[id(atom.run)] = atom.run
            if j2 > j1:
                self.place(i1, i2, self.new[j1:j2])
        for i, j in self.kept.items():
            atom = self.atoms[i]
            if atom.kind == "sep":
                continue
            if self.kept_format(atom, self.new[j][1]) != (atom.rpr, None, None, None):
                if atom.lock is not None:
                    self.locked(atom)
                if atom.run is not None:
                    self.touched[id(atom.run)] = atom.run
        self.apply()

    def kept_format(self, atom: Atom, span: Span | None) -> tuple:
        if span is None:
            return atom.rpr, None, None, None
        rpr = span.rpr if span.rpr is not None else atom.rpr
        return rpr, span.bold, span.italic, span.underline

    def _gap_para(self, i1: int) -> int:
        if i1 == 0:
            return 0
        prev = self.atoms[i1 - 1]
        return prev.para + 1 if prev.kind == "sep" else prev.para

    def place(self, i1: int, i2: int, chars: list[tuple[str, Span | None]]) -> None:
        if any(c == OBJECT for c, _s in chars):
            self.editor.problem(f"a picture or other object was moved into the paragraph {self.describe(self._gap_para(i1))}")
        chars = [(c, s) for c, s in chars if c != OBJECT]
        if not chars:
            return
        atoms = self.atoms
        prev = atoms[i1 - 1] if i1 > 0 and atoms[i1 - 1].kind != "sep" else None
        nxt = atoms[i2] if i2 < len(atoms) and atoms[i2].kind != "sep" else None
        first = atoms[i1] if i2 > i1 and atoms[i1].kind != "sep" else None
        if prev is not None and nxt is not None and prev.lock and prev.zone is nxt.zone:
            self.locked(prev)
        elif (prev is not None and prev.lock and prev.anchors()[1] is None) or (nxt is not None and nxt.lock and nxt.anchors()[0] is None):
            self.locked(prev if prev is not None and prev.lock else nxt)
        wanted = next((s.rpr for c, s in chars if s is not None and s.rpr is not None), None)
        candidates = [("before", first), ("after", prev), ("before", nxt)]
        usable = [(mode, a) for mode, a in candidates if a is not None and a.run is not None and a.lock is None]
        host = next(((m, a) for m, a in usable if wanted is None or a.rpr == wanted), usable[0] if usable else None)
        if host is not None:
            mode, atom = host
            (self.before if mode == "before" else self.after)[id(atom)].extend(self.items(chars, atom.rpr))
            self.touched[id(atom.run)] = atom.run
            return
        items = self.items(chars, "")
        para = self.sources[self._gap_para(i1)]
        if prev is not None:
            anchor = prev.anchors()[1]
            where = ("after", anchor) if anchor is not None else ("append", para)
        elif nxt is not None:
            anchor = nxt.anchors()[0]
            where = ("before", anchor) if anchor is not None else ("start", para)
        else:
            where = ("append", para)
        self.fresh.append((where, items))

    def items(self, chars: list[tuple[str, Span | None]], host_rpr: str) -> list[tuple]:
        """Items for inserted characters; text without a run format of its own takes the host
        run's, except in a paragraph it starts (after a new separator): that text has none."""
        items = []
        for char, span in chars:
            items.append(self.item(char, span, host_rpr))
            if char == SEP:
                host_rpr = ""
        return items

    @staticmethod
    def item(char: str, span: Span | None, host_rpr: str) -> tuple:
        if char == SEP:
            return ("split",)
        if span is None:
            return ("char", char, (host_rpr, None, None, None), "t")
        rpr = span.rpr if span.rpr is not None else host_rpr
        return ("char", char, (rpr, span.bold, span.italic, span.underline), "t")

    # -- applying --------------------------------------------------------------------------------

    def apply(self) -> None:
        for where, items in self.fresh:
            elements = self.emit(None, "", None, items)
            kind, anchor = where
            if kind == "after":
                for element in reversed(elements):
                    anchor.addnext(element)
            elif kind == "before":
                for element in elements:
                    anchor.addprevious(element)
            elif kind == "start":
                offset = 1 if len(anchor) and anchor[0].tag == qn("w:pPr") else 0
                for index, element in enumerate(elements):
                    anchor.insert(offset + index, element)
            else:
                for element in elements:
                    anchor.append(element)
        for i, atom in enumerate(self.atoms):
            if atom.run is None and atom.node is not None and i not in self.kept and atom.kind != "sep":
                parent = atom.node.getparent()
                if parent is not None:
                    parent.remove(atom.node)
        for run in list(self.touched.values()):
            self.rebuild(run)
        paragraphs = self.merge()
        final = []
        for paragraph in paragraphs:
            final.extend(self.split(paragraph))
        if len(final) == len(self.paras):
            for element, para in zip(final, self.paras):
                self.hint(element, para.hint)

    def rebuild(self, run: etree._Element) -> None:
        rpr = run.find(qn("w:rPr"))
        own = fragment(rpr) if rpr is not None else ""
        by_node: dict[int, list[Atom]] = defaultdict(list)
        for atom in self.atoms:
            if atom.run is run and atom.node is not None:
                by_node[id(atom.node)].append(atom)
        items = []
        for child in list(run):
            if child is rpr:
                continue
            atoms = by_node.get(id(child))
            if not atoms:
                items.append(("node", child))
                continue
            for atom in atoms:
                index = self.position[id(atom)]
                items.extend(self.before.get(id(atom), ()))
                if index in self.kept:
                    fmt = self.kept_format(atom, self.new[self.kept[index]][1])
                    if atom.kind == "text":
                        items.append(("char", atom.char, fmt, local(child.tag)))
                    else:
                        items.append(("elem", atom.node, fmt))
                items.extend(self.after.get(id(atom), ()))
        elements = self.emit(run, own, rpr, items)
        parent = run.getparent()
        if not any(element is run for element in elements):
            for element in elements:
                run.addprevious(element)
            parent.remove(run)
        else:
            anchor = run
            for element in elements[_index(elements, run) + 1:]:
                anchor.addnext(element)
                anchor = element
            for element in reversed(elements[:_index(elements, run)]):
                run.addprevious(element)

    def emit(self, run, own: str, own_rpr, items: list) -> list[etree._Element]:
        """Runs (and split markers) for ``items``; the first run reuses ``run`` when given."""
        sequence: list = []
        current = None
        for item in items:
            if item[0] == "split":
                sequence.append(None)
                current = None
                continue
            fmt = item[2] if item[0] != "node" else None
            if current is None or (fmt is not None and current[0] is not None and current[0] != fmt):
                current = [fmt, []]
                sequence.append(current)
            elif current[0] is None and fmt is not None:
                current[0] = fmt
            current[1].append(item)
        elements: list[etree._Element] = []
        reused = False
        for entry in sequence:
            if entry is None:
                elements.append(etree.Element(_MARKER))
                continue
            fmt = entry[0] or (own, None, None, None)
            target = run if run is not None and not reused else etree.Element(qn("w:r"))
            first_use = target is run
            reused = reused or first_use
            for child in list(target):
                target.remove(child)
            props = self.run_props(fmt, own, own_rpr, keep_original=first_use)
            if props is not None:
                target.append(props)
            self.fill(target, entry[1])
            elements.append(target)
        return elements

    def run_props(self, fmt: tuple, own: str, own_rpr, keep_original: bool):
        key, bold, italic, underline = fmt
        if key == own and own_rpr is not None:
            props = own_rpr if keep_original and (bold, italic, underline) == (None, None, None) else copy.deepcopy(own_rpr)
        elif key:
            props = _strip_tracked(from_fragment(key))
        else:
            props = None
        if (bold, italic, underline) == (None, None, None):
            return props
        if props is None:
            props = etree.Element(qn("w:rPr"))
        for name, value in (("b", bold), ("i", italic)):
            if value is not None:
                set_child(props, name, RPR_ORDER, {} if value else {"val": "0"})
        if underline is not None:
            set_child(props, "u", RPR_ORDER, {"val": "single" if underline else "none"})
        return props

    @staticmethod
    def fill(target: etree._Element, items: list) -> None:
        buffer: list[str] = []
        tag = "t"

        def flush() -> None:
            if buffer:
                text = "".join(buffer)
                element = etree.SubElement(target, qn(f"w:{tag}"))
                element.text = text
                if text != text.strip() or "  " in text:
                    element.set(XML_SPACE, "preserve")
                buffer.clear()

        for item in items:
            if item[0] == "char":
                char, new_tag = item[1], item[3]
                if char in _SPECIAL:
                    flush()
                    etree.SubElement(target, qn(f"w:{_SPECIAL[char]}"))
                    continue
                if new_tag != tag:
                    flush()
                    tag = new_tag
                buffer.append(char)
            else:
                flush()
                target.append(item[1])
        flush()

    # -- paragraphs ------------------------------------------------------------------------------

    def merge(self) -> list[etree._Element]:
        paragraphs = [self.sources[0]]
        for index in range(len(self.sources) - 1):
            separator = self.atoms[self._separator_position(index)]
            following = self.sources[index + 1]
            if self.position[id(separator)] in self.kept:
                paragraphs.append(following)
                continue
            target = paragraphs[-1]
            for child in list(following):
                if child.tag != qn("w:pPr"):
                    target.append(child)
            parent = following.getparent()
            if parent is not None:
                parent.remove(following)
        return paragraphs

    def _separator_position(self, index: int) -> int:
        for i, atom in enumerate(self.atoms):
            if atom.kind == "sep" and atom.para == index:
                return i
        raise LookupError(index)

    def split(self, paragraph: etree._Element) -> list[etree._Element]:
        result = [paragraph]
        while True:
            marker = next(result[-1].iter(_MARKER), None)
            if marker is None:
                return result
            result.append(self.split_at(result[-1], marker))

    def split_at(self, p: etree._Element, marker: etree._Element) -> etree._Element:
        node = marker
        while node.getparent() is not p:
            parent = node.getparent()
            clone = etree.Element(parent.tag, attrib=dict(parent.attrib))
            for child in parent:
                if isinstance(child.tag, str) and local(child.tag).endswith("Pr"):
                    clone.append(copy.deepcopy(child))
            for moving in [node, *node.itersiblings()]:
                clone.append(moving)
            parent.addnext(clone)
            if not _has_content(parent):
                parent.getparent().remove(parent)
            node = clone
        new_p = etree.Element(qn("w:p"))
        ppr = p.find(qn("w:pPr"))
        if ppr is not None:
            new_p.append(_strip_tracked(copy.deepcopy(ppr)))
            section = ppr.find(qn("w:sectPr"))
            if section is not None:
                ppr.remove(section)
        for moving in [node, *node.itersiblings()]:
            new_p.append(moving)
        p.addnext(new_p)
        self.editor.created.append(new_p)
        parent = marker.getparent()
        parent.remove(marker)
        while parent is not new_p and not _has_content(parent):
            above = parent.getparent()
            above.remove(parent)
            parent = above
        return new_p

    def hint(self, p: etree._Element, hint: str | None) -> None:
        if not hint:
            return
        ppr = p.find(qn("w:pPr"))
        if hint == "normal" and ppr is not None:
            for name in ("pStyle", "numPr", "outlineLvl"):
                for found in ppr.findall(qn(f"w:{name}")):
                    ppr.remove(found)
        elif hint == "nolist":
            if ppr is not None:
                for found in ppr.findall(qn("w:numPr")):
                    ppr.remove(found)
            style = ppr.find(qn("w:pStyle")) if ppr is not None else None
            if self.editor.document.styles.list_props(style.get(qn("w:val")) if style is not None else None):
                if ppr is None:
                    ppr = etree.Element(qn("w:pPr"))
                    p.insert(0, ppr)
                numpr = set_child(ppr, "numPr", PPR_ORDER)
                etree.SubElement(numpr, qn("w:numId")).set(qn("w:val"), "0")
