"""Apply an edited view to a Word body: containers, groups of paragraphs, problems.

Paragraphs are matched to the file by key. A *group* is one paragraph of the file that is still in
the editor (its owner) with the editor paragraphs that follow it without a key of their own
(paragraphs split off it) and the file's paragraphs whose key disappeared after it (merged into
it). A group whose text and formats are unchanged is not touched. A changed group is rewritten
character by character (:mod:`core.documents.runs`): its old text and the new one are aligned,
and only the runs holding changed characters are rebuilt, so hyperlinks, comment anchors, fields,
tracked changes and bookmarks stay where they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from core.documents import blocks
from core.documents.align import SEP
from core.documents.inline import InlineParser, tracked
from core.documents.layout import OBJECT, Item, Para, Table
from core.documents.ooxml import qn
from core.documents.runs import GroupRewrite


@dataclass(eq=False)
class Group:
    owner: int | None  # index of the owning paragraph in the container's model paragraphs
    paras: list[Para] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    #: For a group without owner: ("start",) or ("after", table element).
    anchor: tuple = ()
    changed: bool = True


def describe(text: str) -> str:
    text = " ".join(text.replace("\ufffc", " ").split())
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"


class Editor:
    def __init__(self, document, root: etree._Element) -> None:
        self.document = document
        self.root = root
        self.by_key = document.key_map(root)  # holds the proxies: ids below stay valid
        self.key_of = {id(element): key for key, element in self.by_key.items()}
        self.created: list[etree._Element] = []
        self.problems: list[str] = []
        self.changed = 0
        # Per paragraph: the state at its start (fields and comment ranges cross paragraph ends)
        # and its text with run formats, as shown; atoms are read only for changed paragraphs.
        self.starts, self.segments = document.index()

    def problem(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def new_keys(self) -> list[int]:
        next_key = max(self.document.keys, default=-1) + 1
        keys = []
        for element in blocks.keyed_elements(self.root.find(qn("w:body"))):
            key = self.key_of.get(id(element))
            if key is None:
                key = next_key
                next_key += 1
            keys.append(key)
        return keys

    def text_of(self, element: etree._Element) -> str:
        return "".join(text for text, _rpr in self.segments.get(self.key_of.get(id(element)), []))

    # -- containers --------------------------------------------------------------------------------

    def apply(self, items: list[Item]) -> None:
        self.container(self.root.find(qn("w:body")), items)

    def container(self, element: etree._Element, items: list[Item]) -> None:
        entries = blocks.entries(element)
        tables = {t.key: t for t in items if isinstance(t, Table) and t.key is not None}
        for entry in entries:
            if entry.kind == "tbl":
                self.table(entry.element, tables.get(self.key_of.get(id(entry.element))))
        self.paragraphs(element, [e for e in entries if e.kind == "p"], items)
        if element.tag == qn("w:tc") and element.find(qn("w:p")) is None and element.find(qn("w:tbl")) is None:
            element.append(etree.Element(qn("w:p")))  # a cell must end with a paragraph

    def table(self, element: etree._Element, table: Table | None) -> None:
        shape = blocks.grid(element)
        if table is None:
            first = next((self.text_of(p) for p in element.iter(qn("w:p")) if self.text_of(p).strip()), "")
            self.problem(f"the table starting {describe(first)} was removed")
            element.getparent().remove(element)
            self.changed += 1
            return
        cells = {c.key: c for c in table.cells if c.key is not None}
        for cell in table.cells:
            if cell.key is None and any(p.text.strip() for p in _paras(cell.items)):
                self.problem("text was typed into a table position that has no cell in the document")
        for grid_cell in shape.cells:
            cell = cells.get(self.key_of.get(id(grid_cell.element)))
            if cell is not None:
                self.container(grid_cell.element, cell.items)

    # -- grouping ----------------------------------------------------------------------------------

    def paragraphs(self, container: etree._Element, model: list[blocks.Entry], items: list[Item]) -> None:
        index_of = {self.key_of.get(id(e.element)): i for i, e in enumerate(model)}
        # An editor that knows no keys here (text first saved as Word from the plain editor): its
        # first paragraph stands for the file's first, and the text is aligned as a whole.
        fallback = None
        if model and not any(isinstance(i, Para) and i.key is not None and i.key in index_of for i in items):
            fallback = next((i for i in items if isinstance(i, Para) and not (i.phantom and not i.text)), None)
        groups: list[Group] = []
        owned: dict[int, Group] = {}
        current: Group | None = None
        previous = "start"
        last_table = None
        last = -1
        for item in items:
            if isinstance(item, Table):
                previous, current = "table", None
                found = self.by_key.get(item.key) if item.key is not None else None
                last_table = found if found is not None and found.getparent() is not None else last_table
                continue
            if item.phantom and not item.text:
                continue
            position = 0 if item is fallback else index_of.get(item.key) if item.key is not None else None
            if position is not None and position > last and position not in owned:
                current = Group(position, [item])
                owned[position] = current
                groups.append(current)
                last = position
            elif current is not None and previous == "para":
                current.paras.append(item)
            else:
                anchor = ("after", last_table) if previous == "table" and last_table is not None else ("start",)
                current = Group(None, [item], anchor=anchor)
                groups.append(current)
            previous = "para"
        removed = []
        for index, entry in enumerate(model):
            if index in owned:
                continue
            group = self._neighbour_owner(model, owned, index)
            if group is not None:
                group.sources.append(index)
            else:
                removed.append(entry.element)
        for group in groups:
            if group.owner is not None:
                group.sources = sorted([group.owner, *group.sources])
        for group in self._coalesce(groups, model):
            if group.owner is not None:
                self.rewrite(group, [model[i].element for i in group.sources])
            else:
                self.insert_new(container, group)
        for element in removed:
            self.remove(element)

    def _changed(self, group: Group, model: list[blocks.Entry]) -> bool:
        if group.owner is None:
            return True
        rows = [self.segments.get(self.key_of.get(id(model[i].element)), []) for i in group.sources]
        old = SEP.join("".join(text for text, _rpr in row) for row in rows)
        new = SEP.join(p.text for p in group.paras)
        return old != new or any(p.hint for p in group.paras) or _format_changed(rows, group.paras)

    def _coalesce(self, groups: list[Group], model: list[blocks.Entry]) -> list[Group]:
        """Join neighbouring changed groups of one segment, so that text moved between paragraphs
        (a picture whose paragraph was merged into the one before) is aligned as a whole."""
        result: list[Group] = []
        for group in groups:
            group.changed = self._changed(group, model)
            last = result[-1] if result else None
            if (
                group.changed and last is not None and last.changed and last.owner is not None and group.owner is not None
                and group.sources[0] == last.sources[-1] + 1
                and model[group.sources[0]].segment == model[last.sources[-1]].segment
            ):
                last.paras.extend(group.paras)
                last.sources.extend(group.sources)
                continue
            result.append(group)
        return [group for group in result if group.changed]

    @staticmethod
    def _neighbour_owner(model, owned, index) -> Group | None:
        segment = model[index].segment
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(model) and model[other].segment == segment:
                if other in owned:
                    return owned[other]
                other += step
        return None

    def remove(self, element: etree._Element) -> None:
        text = self.text_of(element)
        kept = [
            name for name, tag in (("a bookmark", "bookmarkStart"), ("a comment", "commentRangeStart"),
                                   ("a comment", "commentReference"), ("a section break", "sectPr"),
                                   ("a field", "fldChar"), ("a field", "fldSimple"), ("tracked changes", "ins"),
                                   ("tracked changes", "del"), ("a picture", "drawing"), ("a footnote", "footnoteReference"))
            if element.find(f".//{qn('w:' + tag)}") is not None and not (tag == "bookmarkStart" and _only_goback(element))
        ]
        if kept:
            self.problem(f"the paragraph {describe(text)} was removed with {', '.join(dict.fromkeys(kept))}")
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
            self.changed += 1

    def insert_new(self, container: etree._Element, group: Group) -> None:
        """Paragraphs typed where the file has none (before the first block, after a table)."""
        if not any(p.text for p in group.paras) and len(group.paras) == 1:
            return
        new = [self._fresh(para) for para in group.paras]
        if group.anchor and group.anchor[0] == "after":
            anchor = group.anchor[1]
            for element in reversed(new):
                anchor.addnext(element)
        else:
            position = 0
            for index, child in enumerate(container):
                if child.tag in (qn("w:tcPr"),):
                    position = index + 1
            for element in reversed(new):
                container.insert(position, element)
        self.changed += 1

    def _fresh(self, para: Para) -> etree._Element:
        p = etree.Element(qn("w:p"))
        rewrite = GroupRewrite(self, [p], [[]], [para])
        rewrite.run()
        self.created.append(p)
        return p

    # -- one group -------------------------------------------------------------------------------

    def rewrite(self, group: Group, sources: list[etree._Element]) -> None:
        parser = InlineParser(self.document.styles, self.document.links, state=self.starts.get(self.key_of.get(id(sources[0]))))
        atoms = [parser.parse(p) for p in sources]
        GroupRewrite(self, sources, atoms, group.paras).run()
        self.changed += 1


def _paras(items):
    for item in items:
        if isinstance(item, Para):
            yield item
        else:
            for cell in item.cells:
                yield from _paras(cell.items)


def _only_goback(element: etree._Element) -> bool:
    names = {b.get(qn("w:name")) for b in element.iter(qn("w:bookmarkStart"))}
    return names <= {"_GoBack"}


def _format_changed(rows: list[list[tuple[str, str | None]]], paras: list[Para]) -> bool:
    """Whether the editor changed a run format or bold/italic/underline (texts being equal)."""
    for row, para in zip(rows, paras):
        bounds, position = [], 0
        for text, rpr in row:
            bounds.append((position, position + len(text), rpr, text == OBJECT))
            position += len(text)
        position = 0
        for span in para.spans:
            if span.bold is not None or span.italic is not None or span.underline is not None:
                return True
            end = position + len(span.text)
            if span.rpr is not None and any(
                start < end and stop > position and not is_object and rpr != span.rpr for start, stop, rpr, is_object in bounds
            ):
                return True
            position = end
    return False


__all__ = ["Editor", "describe", "tracked"]
