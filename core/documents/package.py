"""The zip package of an Office document, read with limits and rewritten part by part.

A .docx is a zip of XML parts and media. Reading is bounded three ways, so that a hostile file (a
zip bomb, a zip of a million entries) is refused with one line instead of filling the memory: the
file itself (``MAX_PACKAGE_BYTES``), the number of parts (``MAX_PARTS``) and the sum of the
uncompressed sizes (``MAX_UNPACKED_BYTES``), counted on the bytes actually inflated, not only on the
sizes the zip's directory claims. Every zip error (damaged directory, bad CRC, unknown compression,
encryption, truncation) becomes a :class:`BadInputError`.

Writing keeps the order, names, dates and compression of the original entries, and the bytes of
every part that was not replaced.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import PurePosixPath

from core.errors import BadInputError

MAX_PACKAGE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 1000
_CHUNK = 1 << 20

# Everything zipfile and zlib raise on damaged or hostile input.
ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
    ValueError, KeyError, IndexError, struct.error, OSError, UnicodeDecodeError, OverflowError,
)


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB"


class Package:
    """The parts of a zip package, validated at open; ``data`` is the package as read."""

    def __init__(self, data: bytes, name: str = "document") -> None:
        self.data = data
        self.name = name
        if len(data) > MAX_PACKAGE_BYTES:
            raise BadInputError(f"{name} is {_mb(len(data))}; Inkstone opens Word documents up to {_mb(MAX_PACKAGE_BYTES)}")
        if not data.startswith(b"PK"):
            raise BadInputError(f"{name} is not a valid .docx document (not a zip package)")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except ZIP_ERRORS as exc:
            raise self._error(exc) from None
        if len(infos) > MAX_PARTS:
            raise BadInputError(f"{name} holds {len(infos)} parts; Inkstone opens Word documents with up to {MAX_PARTS}")
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise BadInputError(f"{name} is not a valid .docx document (a part name appears twice)")
        if any(info.flag_bits & 0x1 for info in infos):
            raise BadInputError(f"{name} is password-protected; save it without a password in Word first")
        declared = sum(info.file_size for info in infos)
        if declared > MAX_UNPACKED_BYTES:
            raise BadInputError(
                f"{name} unpacks to {_mb(declared)}; Inkstone opens Word documents up to {_mb(MAX_UNPACKED_BYTES)} unpacked"
            )
        self.infos = infos
        self._parts: dict[str, bytes] = {}
        # Inflate everything once: damage and bombs are found now, never at save time.
        total = 0
        for info in infos:
            total += len(self._inflate(info, MAX_UNPACKED_BYTES - total, keep=info.filename.endswith((".xml", ".rels"))))

    def _error(self, exc: BaseException) -> BadInputError:
        reason = str(exc).splitlines()[0][:100] if str(exc) else type(exc).__name__
        return BadInputError(f"{self.name} is not a valid .docx document ({reason})")

    def _inflate(self, info: zipfile.ZipInfo, budget: int, keep: bool) -> bytes:
        limit = min(info.file_size, budget)
        chunks, size = [], 0
        try:
            with self._zip.open(info) as handle:
                while True:
                    chunk = handle.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        if size > budget:
                            raise BadInputError(
                                f"{self.name} unpacks to more than {_mb(MAX_UNPACKED_BYTES)}; Inkstone does not open it"
                            )
                        raise BadInputError(f"{self.name} is not a valid .docx document ({info.filename} is larger than its zip entry says)")
                    chunks.append(chunk)
        except BadInputError:
            raise
        except ZIP_ERRORS as exc:
            raise self._error(exc) from None
        data = b"".join(chunks)
        if keep:
            self._parts[info.filename] = data
        return data

    # -- reading -------------------------------------------------------------------------------

    def names(self) -> list[str]:
        return [info.filename for info in self.infos]

    def __contains__(self, part: str) -> bool:
        return part in self._parts or any(info.filename == part for info in self.infos)

    def read(self, part: str) -> bytes:
        """The bytes of ``part`` (already inflated and checked at open)."""
        if part in self._parts:
            return self._parts[part]
        for info in self.infos:
            if info.filename == part:
                return self._inflate(info, MAX_UNPACKED_BYTES, keep=False)
        raise BadInputError(f"{self.name} is not a valid .docx document (the part {part} is missing)")

    # -- writing -------------------------------------------------------------------------------

    def rewrite(self, replaced: dict[str, bytes]) -> bytes:
        """A new package: the original entries in order, ``replaced`` parts swapped in."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in self.infos:
                stamp = min(max(info.date_time, (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))
                copy = zipfile.ZipInfo(info.filename, stamp)
                copy.compress_type = info.compress_type if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) else zipfile.ZIP_DEFLATED
                copy.external_attr = info.external_attr
                copy.create_system = info.create_system
                copy.comment = info.comment
                data = replaced.get(info.filename)
                target.writestr(copy, data if data is not None else self.read(info.filename))
        return out.getvalue()


def resolve_target(source_part: str, target: str) -> str:
    """The part name a relationship target points to, relative to the part that holds it."""
    if target.startswith("/"):
        return target.lstrip("/")
    base = PurePosixPath(source_part).parent
    parts: list[str] = []
    for piece in (base / target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in (".", ""):
            parts.append(piece)
    return "/".join(parts)


def rels_part(part: str) -> str:
    """The relationships part of ``part`` ("" for the package itself)."""
    head, _, tail = part.rpartition("/")
    return f"{head}/_rels/{tail}.rels" if head else f"_rels/{tail}.rels"
