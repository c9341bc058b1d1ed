"""Hostile and damaged .docx files are refused with one line: zip bombs (the uncompressed size is
bounded, not only the file size), too many parts, damaged zips and XML, entity tricks; random damage
never raises anything but :class:`BadInputError`."""

from __future__ import annotations

import random
import zlib

import pytest

from core.documents import package
from core.documents.docx import WordDocument
from core.errors import BadInputError
from tests.docx_tools import CORPUS_DIR, minimal_docx, parts, zip_bomb


def refused(data: bytes, match: str) -> str:
    with pytest.raises(BadInputError, match=match) as caught:
        WordDocument(data, "hostile.docx")
    message = str(caught.value)
    assert "\n" not in message and len(message) < 240
    return message


def test_a_real_zip_bomb_is_refused_before_it_is_inflated():
    bomb = zip_bomb(package.MAX_UNPACKED_BYTES // 2**20 + 10)
    assert len(bomb) < 300_000  # a few hundred KB that would inflate to more than 200 MB
    # It is real: the bomb entry inflates to the size it claims.
    start = bomb.index(b"word/media/bomb.bin") + len(b"word/media/bomb.bin")
    inflater, total, data = zlib.decompressobj(-15), 0, bomb[start:]
    while data and not inflater.eof:
        total += len(inflater.decompress(data, 1 << 24))
        data = inflater.unconsumed_tail
    assert total == (package.MAX_UNPACKED_BYTES // 2**20 + 10) << 20
    refused(bomb, r"unpacks to 210 MB; Inkstone opens Word documents up to 200 MB unpacked")


def test_a_zip_bomb_that_lies_about_its_size_is_stopped_while_inflating():
    refused(zip_bomb(64, claimed=1000), "not a valid .docx document")


def test_too_many_parts_are_refused():
    extra = {f"customXml/item{i}.xml": b"<a/>" for i in range(package.MAX_PARTS)}
    refused(minimal_docx(extra=extra), rf"holds {package.MAX_PARTS + 3} parts")


@pytest.mark.parametrize(
    "data,match",
    [
        (b"PK\x03\x04 truncated", "not a valid .docx document"),
        (b"plain text, not a zip", r"not a valid .docx document \(not a zip package\)"),
        (minimal_docx({"word/document.xml": "<w:document"}), r"damaged word/document.xml"),
        (minimal_docx({"word/document.xml": "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><d>&b;</d>"}),
         "declares a DTD|damaged"),
        (minimal_docx({"_rels/.rels": "<Relationships/>", "word/document.xml": "<x/>"}), "not a Word body"),
        (minimal_docx({"word/document.xml": '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>'}),
         "Strict Open XML"),
        (minimal_docx({"word/document.xml": b"\xff\xfe\x00garbage"}), "damaged word/document.xml"),
    ],
    ids=["truncated", "not-zip", "bad-xml", "entities", "not-word", "strict", "binary-xml"],
)
def test_damaged_packages_are_refused_in_one_line(data, match):
    refused(data, match)


def test_a_package_without_its_main_part_is_refused():
    data = minimal_docx()
    data = data.replace(b"word/document.xml", b"word/documenX.xml")
    refused(data, "not a valid .docx document")


def test_encrypted_and_unknown_compression_entries_are_refused():
    data = bytearray(minimal_docx())
    central = data.index(b"PK\x01\x02")
    encrypted = bytearray(data)
    encrypted[central + 8] |= 0x01  # general purpose flag: encrypted
    refused(bytes(encrypted), "password-protected")
    method = bytearray(data)
    local = method.index(b"PK\x03\x04")
    method[central + 10] = method[local + 8] = 99  # AES: zipfile cannot inflate it
    refused(bytes(method), "not a valid .docx document")


def test_random_damage_never_escapes_as_another_error():
    """Damage to the zip (flipped bytes, truncation) and to the XML inside an intact zip."""
    original = (CORPUS_DIR / "pandoc.docx").read_bytes()
    xml = dict(parts(original))["word/document.xml"]
    rng = random.Random(15)
    opened = refused_count = 0
    for case in range(120):
        if case < 60:
            data = bytearray(original)
            if case % 3 == 0:
                data = data[: rng.randrange(len(data))]
            else:
                for _ in range(rng.randint(1, 8)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            damaged = bytearray(xml)
            for _ in range(rng.randint(1, 4)):
                position = rng.randrange(len(damaged))
                damaged[position:position + rng.randint(1, 30)] = bytes(rng.choice(b"<>/=\"w:p r t\x00\xff") for _ in range(rng.randint(0, 5)))
            data = rebuild(original, {"word/document.xml": bytes(damaged)})
        try:
            document = WordDocument(bytes(data), "damaged.docx")
        except BadInputError as exc:
            assert "\n" not in str(exc)
            refused_count += 1
            continue
        opened += 1
        items = document.layout()  # what opens must also show and save
        document.save(items)
    assert opened and refused_count


def rebuild(data: bytes, replace: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts(data):
            target.writestr(name, replace.get(name, body))
    return out.getvalue()


def test_the_cli_refuses_a_zip_bomb_in_one_line(tmp_path):
    from tests.conftest import run_cli

    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(zip_bomb(package.MAX_UNPACKED_BYTES // 2**20 + 10))
    proc = run_cli("run", "summarize", "--file", str(bomb))
    assert proc.returncode == 2
    lines = proc.stderr.decode("utf-8").strip().splitlines()
    assert lines == ["inkstone-cli: error: bomb.docx unpacks to 210 MB; Inkstone opens Word documents up to 200 MB unpacked"]
