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
    text = _guess_legacy(raw)
    if text is None:
        raise BadInputError(f"{name} is not readable text in any encoding Inkstone knows")
    if _control_ratio(text) > 0.05:
        raise BadInputError(f"{name} looks like a binary file, not text")
    return text


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def _guess_legacy(raw: bytes) -> str | None:
    """Pick a legacy encoding. Statistical detectors misread short texts (Latin-1 French comes
    back as Baltic cp1257, short GBK as Korean), so the two most common cases are tried first."""
    try:
        text = raw.decode("gb18030")
        non_ascii = [ch for ch in text if ord(ch) > 127]
        if non_ascii and sum(map(_is_cjk, non_ascii)) / len(non_ascii) >= 0.6:
            return text
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
        non_ascii = [ch for ch in text if ord(ch) > 127]
        if all(ch.isalpha() or ch in "€‚„…†‡‰‹›‘’“”•–—˜™¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷" for ch in non_ascii):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return str(best) if best is not None else None


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
    """Return a Word document as plain text: its paragraphs and table rows, blank lines between."""
    from core.documents.docx import WordDocument

    return WordDocument.open(path).plain_text()


def require_text(text: str, what: str = "the input") -> str:
    """Raise :class:`BadInputError` when ``text`` is empty or only whitespace."""
    if not text or not text.strip():
        raise BadInputError(f"{what} is empty; give some text to work on")
    return text
