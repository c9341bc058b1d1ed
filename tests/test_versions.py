"""The version store and the outside-change rules (core, no Qt): versions kept as private files,
identical versions not stored twice, both limits honoured, text and Word versions read back."""

from __future__ import annotations

import os
import stat

import pytest

from core.documents import disk
from core.documents.versions import BEFORE_AI, SAVED, Limits, VersionStore, text_of


def test_outside_change_rules(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"one")
    known = disk.content_hash(b"one")
    assert disk.compare(known, disk.read_state(path)) == disk.UNCHANGED
    path.write_bytes(b"one two")
    assert disk.compare(known, disk.read_state(path)) == disk.CHANGED
    path.unlink()
    assert disk.compare(known, disk.read_state(path)) == disk.MISSING
    assert disk.read_state(tmp_path).missing  # a folder where the file was is not a document
    assert disk.decide(disk.CHANGED, edited=False) == disk.RELOAD
    assert disk.decide(disk.CHANGED, edited=True) == disk.ASK
    assert disk.decide(disk.UNCHANGED, edited=True) == disk.NOTHING
    assert disk.decide(disk.MISSING, edited=False) == disk.REPORT_MISSING


def test_versions_are_private_compressed_files_newest_first(tmp_path, inkstone_home):
    store = VersionStore()
    document = tmp_path / "essay.md"
    first = ("The first draft. " * 200).encode()
    second = ("The second draft, longer. " * 200).encode()
    assert store.add(document, first, SAVED) is not None
    assert store.add(document, first, BEFORE_AI) is None  # the same as the newest: not kept twice
    store.add(document, second, BEFORE_AI)
    versions = store.versions(document)
    assert [v.reason for v in versions] == [BEFORE_AI, SAVED]
    assert [store.read(v) for v in versions] == [second, first]
    assert versions[0].size == len(second) and versions[0].stored_bytes < len(second) / 10  # text compresses well
    assert versions[0].document == str(document.resolve())
    assert store.root == inkstone_home / "versions"
    assert list(store.documents()) == [str(document.resolve())]
    if os.name == "posix":
        assert stat.S_IMODE(store.root.stat().st_mode) == 0o700
        assert stat.S_IMODE(versions[0].file.stat().st_mode) == 0o600
    assert text_of(store.read(versions[1]), "text") == first.decode()


def test_limits_per_document_and_in_all(tmp_path):
    store = VersionStore(tmp_path / "versions", Limits(per_document=3, total_bytes=10**9))
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for i in range(5):
        store.add(a, f"version {i}".encode(), SAVED)
    assert [store.read(v) for v in store.versions(a)] == [b"version 4", b"version 3", b"version 2"]

    # Random bytes do not compress: each version takes about 4 KB on disk.
    store.limits = Limits(per_document=50, total_bytes=10_000)
    store.add(b, os.urandom(4000), SAVED)
    store.add(b, os.urandom(4000), SAVED)
    newest = store.add(a, os.urandom(4000), SAVED)
    assert store.usage() <= 10_000
    assert newest.file.exists()  # the version just kept is never the one to go
    assert store.read(store.versions(a)[0]) == store.read(newest)
    assert len(store.versions(b)) == 1  # the oldest of all went first, whatever the document

    # A single version larger than the whole limit is still kept (alone).
    huge = store.add(b, os.urandom(20_000), SAVED)
    assert [v.file for d in store.documents().values() for v in d] == [huge.file]


def test_word_versions_are_whole_files(tmp_path):
    from docx import Document

    path = tmp_path / "report.docx"
    document = Document()
    document.add_paragraph("Quarterly report")
    document.add_paragraph("Sales rose.")
    document.save(path)
    data = path.read_bytes()
    store = VersionStore(tmp_path / "versions")
    version = store.add(path, data, SAVED)
    assert version.kind == "docx" and version.file.suffix == ".docx"
    assert store.read(version) == data  # byte for byte
    assert text_of(data, "docx") == "Quarterly report\n\nSales rose."


def test_a_damaged_version_reads_as_one_line_error(tmp_path):
    from core.errors import InkstoneError

    store = VersionStore(tmp_path / "versions")
    version = store.add(tmp_path / "a.txt", b"text", SAVED)
    version.file.write_bytes(b"not gzip")
    with pytest.raises(InkstoneError, match="cannot be read"):
        store.read(version)
