"""Read the user's text files: detect the encoding, refuse binaries and oversize files."""

from __future__ import annotations

import codecs
from pathlib import Path

from core.errors import BadInputError

MAX_FILE_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(raw: bytes, name: str = "input") -> str:
    """Decode text in UTF-8, UTF-16/32 (with BOM), or a legacy encoding such as Latin-1 or GBK."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise BadInputError(f"{name} starts like {encoding} text but does not decode as it") from None
    if b"\x00" in raw[:8192]:
        raise BadInputError(f"{name} looks like a binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise BadInputError(f"{name} is not readable text in any encoding Inkstone knows")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise BadInputError(f"{name} looks like a binary file, not text")
    return text


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:8192]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad / len(sample)


def read_document(path: str | Path) -> str:
    """Return the text of a .txt, .md or .docx file, or raise :class:`BadInputError`."""
    path = Path(path).expanduser()
    if not path.exists():
        raise BadInputError(f"file not found: {path}")
    if path.is_dir():
        raise BadInputError(f"{path} is a folder; give a text file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BadInputError(f"{path.name} is {size / 2**20:.0f} MB; Inkstone opens text files up to {MAX_FILE_BYTES // 2**20} MB")
    if path.suffix.lower() == ".docx":
        return read_docx(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return decode_bytes(raw, path.name)


def read_docx(path: Path) -> str:
    """Return the paragraphs of a Word document as plain text, one blank line between them."""
    import zipfile

    from docx import Document

    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BadInputError(f"{path.name} is not a valid .docx document ({type(exc).__name__})") from None
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip())


def require_text(text: str, what: str = "the input") -> str:
    """Raise :class:`BadInputError` when ``text`` is empty or only whitespace."""
    if not text or not text.strip():
        raise BadInputError(f"{what} is empty; give some text to work on")
    return text
