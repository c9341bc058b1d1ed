"""Open and save the user's documents (.txt, .md, .docx).

Reading goes through the core's text reader (encoding detection; binary, oversize and undecodable
files refused). Saving is atomic: :class:`QSaveFile` writes a temporary file beside the target
and renames it over the original only once every byte is on disk, so a crash mid-save leaves the
old file intact.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QSaveFile

from core.documents.disk import content_hash
from core.errors import InkstoneError
from core.textio import read_document

if TYPE_CHECKING:  # lxml loads with the first Word document, not at start-up
    from core.documents.docx import WordDocument

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
SUFFIXES = (*TEXT_SUFFIXES, ".docx")


class FileError(InkstoneError):
    """A document could not be saved."""


@dataclass
class LoadedFile:
    path: Path
    kind: str  # "text" or "docx"
    text: str = ""
    #: Word documents: the model (the package as read) and its editable view.
    word: WordDocument | None = None
    items: list = field(default_factory=list)
    #: The original line ending, restored on save.
    newline: str = "\n"
    #: Set when the file was not UTF-8 (Inkstone saves UTF-8).
    encoding_note: str | None = None
    #: The content hash of the bytes read (how a change made elsewhere is noticed).
    disk_hash: str | None = None


def kind_for(path: str | Path) -> str:
    return "docx" if Path(path).suffix.lower() == ".docx" else "text"


def _encoding_of(raw: bytes) -> str | None:
    """None for UTF-8 (with or without BOM); otherwise the detected encoding's name."""
    if raw.startswith(codecs.BOM_UTF8):
        return None
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if raw.startswith(bom):
            return name
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return best.encoding if best is not None else "unknown"


def load(path: str | Path) -> LoadedFile:
    """Read a document; raise :class:`BadInputError` with one line for anything unusable."""
    path = Path(path).expanduser()
    if path.suffix.lower() == ".docx":
        from core.documents.docx import WordDocument

        word = WordDocument.open(path)  # refuses missing, oversize, damaged and hostile files
        return LoadedFile(path, "docx", word=word, items=word.layout(), disk_hash=content_hash(word.data))
    text = read_document(path)  # refuses folders, binaries, oversize and undecodable files
    raw = path.read_bytes()
    encoding = _encoding_of(raw)
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return LoadedFile(path, "text", text=text, newline=newline, encoding_note=encoding, disk_hash=content_hash(raw))


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; raise :class:`FileError` on failure."""
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise FileError(f"cannot save {Path(path).name}: {target.errorString()}")
    written = target.write(data)
    if written != len(data):
        message = target.errorString()
        target.cancelWriting()
        target.commit()
        raise FileError(f"cannot save {Path(path).name}: {message or 'the disk may be full'}")
    if not target.commit():
        raise FileError(f"cannot save {Path(path).name}: {target.errorString() or 'the disk may be full'}")


def text_bytes(text: str, newline: str = "\n") -> bytes:
    """Plain text as Inkstone saves it: UTF-8 with the given line ending."""
    text = text.replace("\u2029", "\n").replace("\u2028", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    return text.encode("utf-8")


def save_text(path: str | Path, text: str, newline: str = "\n") -> None:
    """Save plain text as UTF-8 with the given line ending."""
    write_bytes(path, text_bytes(text, newline))
