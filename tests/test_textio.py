"""Reading user files: encodings, binaries, empty and missing files."""

import pytest

from core.errors import BadInputError
from core.textio import read_document, require_text


@pytest.mark.parametrize(
    "encoding,text",
    [
        ("utf-8", "Plain UTF-8 — with a dash and 汉字."),
        ("latin-1", "Café crème, déjà vu, naïve façade. " * 4),
        ("gbk", "今天天气很好，我们去公园散步吧。这是一段用国标码写的中文文本。" * 3),
        ("utf-16", "UTF-16 with a BOM: 日本語もある。"),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, text):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path) == text


def test_docx_paragraphs_are_read(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Title", level=1)
    document.add_paragraph("First paragraph.")
    document.add_paragraph("第二段。")
    path = tmp_path / "doc.docx"
    document.save(path)
    assert read_document(path) == "Title\n\nFirst paragraph.\n\n第二段。"


def test_bad_files_are_refused_with_clear_messages(tmp_path):
    with pytest.raises(BadInputError, match="file not found"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(BadInputError, match="is a folder"):
        read_document(tmp_path)
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(BadInputError, match="binary"):
        read_document(binary)
    fake_docx = tmp_path / "broken.docx"
    fake_docx.write_text("not a zip", encoding="utf-8")
    with pytest.raises(BadInputError, match="not a valid .docx"):
        read_document(fake_docx)


def test_empty_text_is_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="is empty"):
        require_text(read_document(empty), "empty.txt")
    assert require_text("x") == "x"
