"""Word documents made by python-docx, pandoc and LibreOffice survive an edit: only the changed
paragraphs' XML differs, every other part keeps its bytes, and what the edited paragraph holds
besides its text (hyperlink, comment anchor, field, tracked insertion, bookmark) comes back."""

from __future__ import annotations

import io

import pytest

from core.documents.docx import WordDocument
from tests.docx_tools import CORPUS, c14n, find, parts, paragraphs_xml, replace_in_span, w

# What the edited paragraph holds besides text; each must come back unchanged (canonical XML).
KEPT_IN_EDITED = ("hyperlink", "commentRangeStart", "commentRangeEnd", "commentReference", "fldChar", "instrText", "ins")


def test_the_corpus_covers_what_the_issue_lists():
    assert len(CORPUS) >= 4
    for path in CORPUS:
        names = dict(parts(path.read_bytes()))
        xml = names["word/document.xml"].decode("utf-8")
        for needle in ("<w:tbl>", "<w:drawing>", "w:headerReference", "w:footerReference", "w:footnoteReference",
                       "w:commentRangeStart", "<w:ins ", "<w:del ", "w:fldChar", "<w:hyperlink", "w:bookmarkStart",
                       'w:orient="landscape"', "村里", "Edit here"):
            assert needle in xml, f"{path.name} lacks {needle}"
        assert "word/footnotes.xml" in names and "word/comments.xml" in names
        assert any(name.startswith("word/media/") for name in names)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_one_paragraph_and_one_cell_change_and_nothing_else(path):
    original = path.read_bytes()
    document = WordDocument(original, path.name)
    items = document.layout()
    edited = find(items, "Edit here")
    replace_in_span(edited, "Edit here: see", "Edited here: please see")
    cell = find(items, "North", in_table=True)
    replace_in_span(cell, "North", "North-east")

    result = document.save(items)
    assert result.problems == []
    assert result.changed == 2

    before, after = parts(original), parts(result.data)
    assert [name for name, _ in before] == [name for name, _ in after]
    for (name, old), (_, new) in zip(before, after):
        if name != document.main:
            assert new == old, f"{name} changed"

    old_root, old_ps = paragraphs_xml(original)
    new_root, new_ps = paragraphs_xml(result.data)
    assert len(old_ps) == len(new_ps)
    changed = [i for i, (a, b) in enumerate(zip(old_ps, new_ps)) if c14n(a) != c14n(b)]
    texts = ["".join(p.itertext()) for p in new_ps]
    assert [texts[i] for i in changed] == sorted(
        [next(t for t in texts if t.startswith("Edited here")), "North-east"], key=texts.index
    )
    # Inside the edited paragraph: everything that is not plain text came back as it was.
    edited_index = next(i for i in changed if texts[i].startswith("Edited here"))
    old_p, new_p = old_ps[edited_index], new_ps[edited_index]
    for tag in KEPT_IN_EDITED:
        old_elements = [c14n(e) for e in old_p.iter(w(tag))]
        assert [c14n(e) for e in new_p.iter(w(tag))] == old_elements, tag
    for tag in ("hyperlink", "commentRangeStart", "fldChar", "ins"):
        assert old_p.find(f".//{w(tag)}") is not None, f"the corpus paragraph should hold a {tag}"

    # Outside those two paragraphs the document is canonically identical.
    for root, ps in ((old_root, old_ps), (new_root, new_ps)):
        for i in changed:
            ps[i].getparent().replace(ps[i], root.makeelement(w("p")))
    assert c14n(old_root) == c14n(new_root)

    reopened = WordDocument(result.data, path.name, result.keys)
    assert find(reopened.layout(), "Edited here").text == edited.text
    assert find(reopened.layout(), "North-east", in_table=True).text == "North-east"
    from docx import Document

    assert any(p.text.startswith("Edited here: please see") for p in Document(io.BytesIO(result.data)).paragraphs)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_saving_without_changes_gives_back_the_same_bytes(path):
    document = WordDocument(path.read_bytes(), path.name)
    result = document.save(document.layout())
    assert result.changed == 0 and result.problems == [] and result.data == document.data


def test_lists_headings_pictures_and_read_only_paragraphs_are_reported():
    document = WordDocument((CORPUS[0].parent / "python-docx.docx").read_bytes(), "python-docx.docx")
    items = document.layout()
    assert find(items, "Quarterly report").heading == 1
    bullet, number = find(items, "First bullet"), find(items, "First numbered")
    assert bullet.list.fmt == "bullet" and number.list.fmt == "decimal" and number.list.text == "%1."
    picture = next(s for p in _paras(items) for s in p.spans if (s.obj or "").startswith("image:"))
    assert picture.size and document.image(picture.obj.split(":", 1)[1]).startswith(b"\x89PNG")
    assert find(items, "Edit here").read_only and find(items, "A sentence with").read_only
    assert find(items, "Sales rose").read_only is None
    bold = [s.text for s in find(items, "Sales rose").spans if s.shown[0]]
    assert bold == ["sharply"]
    assert document.summary() == {"read_only": 2, "objects": 1, "pictures": 1}


def test_the_cli_reads_word_documents_through_the_model():
    from core.textio import read_document

    text = read_document(CORPUS[0].parent / "python-docx.docx")
    assert "Region | Sales" in text and "North | Up 12%" in text
    assert "A sentence with words." in text  # tracked deletion left out
    assert "村里的图书馆" in text and "\ufffc" not in text


def _paras(items):
    from core.documents.layout import paragraphs

    return paragraphs(items)
