"""Edits a writer makes in the editor, applied to a real Word file: splitting and merging paragraphs,
bold, an AI result replacing formatted text, new paragraphs, and edits the model must refuse to
make silently (tracked changes, fields, tables, section breaks)."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from core.documents import layout as lay
from core.documents.docx import WordDocument
from core.documents.layout import Para, Span, Table
from tests.docx_tools import CORPUS_DIR, c14n, find, paragraphs_xml, replace_in_span, w

SOURCE = CORPUS_DIR / "python-docx.docx"


@pytest.fixture
def document() -> WordDocument:
    return WordDocument(SOURCE.read_bytes(), SOURCE.name)


def split(items, para: Para, at: int) -> Para:
    """Enter at character ``at`` of ``para``: Qt keeps the block format, so both halves carry its key."""
    left, right, count = [], [], 0
    for span in para.spans:
        cut = max(0, min(len(span.text), at - count))
        if cut:
            left.append(Span(**{**span.__dict__, "text": span.text[:cut]}))
        if cut < len(span.text):
            right.append(Span(**{**span.__dict__, "text": span.text[cut:]}))
        count += len(span.text)
    second = Para(para.key, right, style=para.style)
    para.spans = left
    container = _container_of(items, para)
    container.insert(container.index(para) + 1, second)
    return second


def merge(items, first: Para, second: Para) -> None:
    """Backspace at the start of ``second``: its text joins ``first``, its block (and key) goes."""
    first.spans.extend(second.spans)
    _container_of(items, second).remove(second)


def _container_of(items, para):
    if any(item is para for item in items):
        return items
    for item in items:
        if isinstance(item, Table):
            for cell in item.cells:
                found = _container_of(cell.items, para)
                if found is not None:
                    return found
    return None


def texts(data: bytes) -> list[str]:
    return ["".join(p.itertext()) for p in paragraphs_xml(data)[1]]


def element(data: bytes, start: str) -> etree._Element:
    return next(p for p in paragraphs_xml(data)[1] if "".join(p.itertext()).startswith(start))


def test_enter_inside_a_hyperlink_splits_the_paragraph_and_keeps_everything(document):
    items = document.layout()
    para = find(items, "Edit here")
    split(items, para, len("Edit here: see the proj"))
    result = document.save(items)
    assert result.problems == []
    first, second = element(result.data, "Edit here"), element(result.data, "ect site")
    assert "".join(first.itertext()) == "Edit here: see the proj"
    links = [e.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id") for e in (first, second)
             for e in e.iter(w("hyperlink"))]
    assert len(links) == 2 and links[0] == links[1]
    for tag in ("commentRangeStart", "commentRangeEnd", "fldChar", "ins"):
        assert second.find(f".//{w(tag)}") is not None and first.find(f".//{w(tag)}") is None
    assert len(texts(result.data)) == len(texts(document.data)) + 1


def test_backspace_merges_paragraphs_and_keeps_the_bookmark(document):
    items = document.layout()
    merge(items, find(items, "Quarterly report"), find(items, "Sales rose"))
    result = document.save(items)
    assert result.problems == []
    heading = element(result.data, "Quarterly report")
    assert "".join(heading.itertext()) == "Quarterly reportSales rose sharply in the north."
    assert [b.get(w("name")) for b in heading.iter(w("bookmarkStart"))] == ["intro"]
    assert heading.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "Heading1"


def test_bold_on_a_word_splits_its_run(document):
    items = document.layout()
    para = find(items, "Sales rose")
    first = para.spans[0]
    assert first.text == "Sales rose "
    para.spans[0:1] = [Span("Sales ", first.rpr), Span("rose", first.rpr, bold=True), Span(" ", first.rpr)]
    result = document.save(items)
    runs = [("".join(r.itertext()), r.find(f"{w('rPr')}/{w('b')}") is not None) for r in element(result.data, "Sales").iter(w("r"))]
    assert runs == [("Sales ", False), ("rose", True), (" ", False), ("sharply", True), (" in the north.", False)]


def test_an_applied_result_takes_the_format_of_the_text_it_replaces(document):
    items = document.layout()
    para = find(items, "Sales rose")
    bold = next(s for s in para.spans if s.text == "sharply")
    bold.text = "steeply and fast"  # what Qt's insertText does: the new text keeps the char format
    result = document.save(items)
    run = next(r for r in element(result.data, "Sales").iter(w("r")) if "steeply" in "".join(r.itertext()))
    assert "".join(run.itertext()) == "steeply and fast" and run.find(f"{w('rPr')}/{w('b')}") is not None
    # Replacing text that spans two formats: the result takes the format of its first character.
    items = document.layout()
    para = find(items, "Sales rose")
    plain = para.spans[0]
    para.spans = [Span("Sales climbed", plain.rpr), Span(" in the north.", plain.rpr)]
    result = document.save(items)
    assert [("".join(r.itertext()), r.find(f"{w('rPr')}/{w('b')}") is not None)
            for r in element(result.data, "Sales").iter(w("r"))] == [("Sales climbed", False), (" in the north.", False)]


def test_typing_in_an_empty_block_after_a_table_puts_the_paragraph_there(document):
    items = document.layout()
    table = next(i for i in items if isinstance(i, Table))
    heading = find(items, "Quarterly report")
    items.insert(items.index(table) + 1, Para(None, [Span("After the table.")], phantom=True))
    items.insert(items.index(heading) + 1, Para(None, [Span("Body text after the heading.")], hint="normal"))
    result = document.save(items)
    assert result.problems == []
    body = paragraphs_xml(result.data)[0].find(w("body"))
    names = [(etree.QName(c).localname, "".join(c.itertext())[:20]) for c in body]
    position = names.index(("tbl", "RegionSalesNorthUp 1"))
    assert names[position + 1] == ("p", "After the table.")
    assert names[1] == ("p", "Body text after the ")
    assert body[1].find(f".//{w('pStyle')}") is None  # body text, not a second heading


def test_a_paragraph_taken_out_of_a_list_stops_being_a_list_item(document):
    items = document.layout()
    find(items, "Second bullet").hint = "nolist"
    result = document.save(items)
    numbering = element(result.data, "Second bullet").find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
    assert numbering.get(w("val")) == "0"
    assert WordDocument(result.data, "x", result.keys).layout()[3].list is None


@pytest.mark.parametrize(
    "change,expected",
    [
        (lambda items: replace_locked(find(items, "Edit here"), "Ann added", "Bob added"), "the tracked change in the paragraph “Edit here"),
        (lambda items: replace_locked(find(items, "Edit here"), "1", "2"), "the field in the paragraph “Edit here"),
        (lambda items: items.remove(next(i for i in items if isinstance(i, Table))), "the table starting “Region” was removed"),
    ],
    ids=["tracked-change", "field", "table"],
)
def test_edits_that_would_lose_something_are_reported(document, change, expected):
    items = document.layout()
    change(items)
    result = document.save(items)
    assert any(p.startswith(expected) for p in result.problems), result.problems
    assert document.check(items) == result.problems
    assert result.data != document.data  # a lossy copy exists, for Save As only


def replace_locked(para: Para, old: str, new: str) -> None:
    span = next(s for s in para.spans if old in s.text and s.locked)
    span.text = span.text.replace(old, new)


def test_removing_a_section_break_is_reported(tmp_path):
    from docx import Document

    source = Document()
    source.add_paragraph("First section.")
    source.add_section()
    source.add_paragraph("Second section.")
    path = tmp_path / "sections.docx"
    source.save(path)
    document = WordDocument.open(path)
    items = document.layout()
    first = find(items, "First section")
    index = items.index(first)
    assert items[index + 1].text == ""  # python-docx puts the break in a paragraph of its own
    merge(items, first, items[index + 1])
    assert document.check(items) == ["the section break after “” would be lost"]


def test_keys_survive_a_save_and_the_next_save_changes_only_what_changed(document):
    items = document.layout()
    second = split(items, find(items, "Sales rose"), len("Sales rose"))
    first = document.save(items)
    saved = document.saved(first)
    assert saved.save(items).changed == 0  # the editor's view still matches the saved file
    replace_in_span(second, " in the north", " in the far north")
    again = saved.save(items)
    assert again.problems == [] and again.changed == 1
    old_ps, new_ps = paragraphs_xml(first.data)[1], paragraphs_xml(again.data)[1]
    assert [i for i, (a, b) in enumerate(zip(old_ps, new_ps)) if c14n(a) != c14n(b)] == [2]


def test_the_view_survives_json_for_recovery(document):
    items = document.layout()
    again = lay.from_json(json.loads(json.dumps(lay.to_json(items))))
    assert again == items
    with pytest.raises((ValueError, KeyError, TypeError)):
        lay.from_json({"not": "a layout"})


def test_text_saved_as_word_starts_from_a_blank_document():
    from core.documents.docx import blank

    document = blank()
    result = document.save([Para(None, [Span("Hello "), Span("world", bold=True)]), Para(None, [Span("第二段。")])])
    assert result.problems == []
    reopened = WordDocument(result.data, "x", result.keys)
    assert [p.text for p in reopened.layout()] == ["Hello world", "第二段。"]
    assert [s.shown[0] for s in reopened.layout()[0].spans] == [False, True]


def test_an_editor_without_keys_rewrites_only_what_changed():
    """Text first saved as Word from the plain editor has no keys on its blocks."""
    from core.documents.docx import blank

    first = blank().save([Para(None, [Span("One.")]), Para(None, [Span("Two.")]), Para(None, [Span("Three.")])])
    document = WordDocument(first.data, "x", first.keys)
    again = document.save([Para(None, [Span("One.")]), Para(None, [Span("Two, changed.")]), Para(None, [Span("Three.")])])
    assert again.changed == 1
    old_ps, new_ps = paragraphs_xml(first.data)[1], paragraphs_xml(again.data)[1]
    assert [i for i, (a, b) in enumerate(zip(old_ps, new_ps)) if c14n(a) != c14n(b)] == [1]


def test_a_field_across_paragraphs_locks_its_result_and_nothing_after_it(tmp_path):
    """A table of contents is one field over several paragraphs: its entries are locked, the text
    after its end is not."""
    from docx import Document
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    source = Document()
    begin = source.add_paragraph()
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % ns,
                '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>' % ns,
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % ns,
                '<w:r %s><w:t>Introduction 1</w:t></w:r>' % ns):
        begin._p.append(parse_xml(xml))
    source.add_paragraph("Results 2")
    end = source.add_paragraph("Outlook 3")
    end._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % ns))
    end.add_run(" and text after the field")
    source.add_paragraph("Body text.")
    path = tmp_path / "toc.docx"
    source.save(path)
    document = WordDocument.open(path)
    items = document.layout()
    assert [s.locked for s in find(items, "Results").spans] == [True]
    find(items, "Body").spans[0].text = "Body text, edited."
    replace_in_span(find(items, "Outlook"), "text after", "words after")
    assert document.check(items) == []
    find(items, "Results").spans[0].text = "Findings 2"
    assert document.check(items) == ["the field in the paragraph “Results 2” was edited"]
