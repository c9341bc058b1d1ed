"""Helpers for the Word tests: the committed corpus, package parts, canonical XML, hostile zips."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from lxml import etree

CORPUS_DIR = Path(__file__).resolve().parent / "fixtures" / "docx"
CORPUS = sorted(CORPUS_DIR.glob("*.docx"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def c14n(element: etree._Element) -> bytes:
    return etree.tostring(element, method="c14n")


def paragraphs_xml(data: bytes, part: str = "word/document.xml") -> tuple[etree._Element, list[etree._Element]]:
    root = etree.fromstring(dict(parts(data))[part])
    return root, list(root.iter(w("p")))


def find(items, text: str, in_table: bool | None = None):
    """The first paragraph of a layout whose text starts with ``text`` (optionally only in tables)."""
    from core.documents.layout import Table

    def walk(items, inside):
        for item in items:
            if isinstance(item, Table):
                for cell in item.cells:
                    yield from walk(cell.items, True)
            else:
                yield item, inside

    for para, inside in walk(items, False):
        if para.text.startswith(text) and (in_table is None or in_table == inside):
            return para
    raise AssertionError(f"no paragraph starting with {text!r}")


def replace_in_span(para, old: str, new: str) -> None:
    """Change text inside one unlocked span, as typing in the editor does."""
    for span in para.spans:
        if old in span.text and not span.locked:
            span.text = span.text.replace(old, new, 1)
            return
    raise AssertionError(f"{old!r} not in an editable span of {para.text!r}")


# -- hostile packages ---------------------------------------------------------------------------

MINIMAL = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
    "word/document.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
        "<w:p><w:r><w:t>Hello</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"
    ),
}


def minimal_docx(replace: dict[str, str | bytes] | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in {**MINIMAL, **(replace or {})}.items():
            archive.writestr(name, text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def _entry(name: bytes, data: bytes, crc: int, size: int, offset: int) -> tuple[bytes, bytes]:
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(name), 0) + name + data
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(name), 0, 0, 0, 0, 0, offset
    ) + name
    return local, central


def zip_bomb(megabytes: int, claimed: int | None = None) -> bytes:
    """A .docx whose ``word/media/bomb.bin`` inflates to ``megabytes`` MiB of zeros from about one
    KB per MiB. ``claimed`` lies about the inflated size in the zip's headers."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1 << 20)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)  # identical for every MiB
    data = block * megabytes + compressor.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    size = megabytes << 20 if claimed is None else claimed
    head = minimal_docx()
    # Append the bomb to a normal package: rebuild it entry by entry with the bomb added.
    entries = []
    with zipfile.ZipFile(io.BytesIO(head)) as archive:
        for info in archive.infolist():
            raw = archive.read(info)
            packed = zlib.compressobj(6, zlib.DEFLATED, -15)
            body = packed.compress(raw) + packed.flush()
            entries.append((info.filename.encode(), body, zlib.crc32(raw), len(raw)))
    entries.append((b"word/media/bomb.bin", data, crc, size))
    locals_, centrals, offset = [], [], 0
    for name, body, entry_crc, entry_size in entries:
        local, central = _entry(name, body, entry_crc, entry_size, offset)
        locals_.append(local)
        centrals.append(central)
        offset += len(local)
    directory = b"".join(centrals)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    return b"".join(locals_) + directory + end
