"""Earlier versions of the user's documents, kept in the data folder.

Each document (by its full path) has a folder ``<data dir>/versions/<key>/`` holding
``document.json`` (the path, for people and tools that look) and one file per version, named
``<time ns>_<reason>_<size>_<hash>.gz`` (text, gzip-compressed) or ``….docx`` (a Word document's
whole file, stored as it was: it is a zip already). The names carry everything a listing needs,
so there is no index to fall out of step with the files, and a version is added or removed by one
rename or unlink. Plain files rather than the database: versions are whole files of up to 20 MB,
and deleting one should give the space back at once.

The folder is private to the user (0700, files 0600). :class:`Limits` caps the number of versions
per document and the space all versions take; the oldest go first. A version identical to the
newest one of its document is not stored again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from core.documents.disk import content_hash
from core.errors import InkstoneError
from core.paths import data_dir

FOLDER = "versions"
MB = 2**20
DEFAULT_PER_DOCUMENT = 50
DEFAULT_TOTAL_MB = 500

#: Why a version was kept (stored in its file name).
SAVED = "saved"  # the file as it was on disk before Inkstone saved over it
OUTSIDE = "outside"  # a change another program made, kept when the user kept Inkstone's text
BEFORE_RELOAD = "before-reload"  # Inkstone's text before a change made elsewhere was loaded
UNSAVED = "unsaved"  # unsaved edits set aside when the user chose to load the other program's change
BEFORE_AI = "before-ai"  # the document before an assistant result was applied
BEFORE_RESTORE = "before-restore"  # the document before an earlier version was restored
REASONS = (SAVED, OUTSIDE, BEFORE_RELOAD, UNSAVED, BEFORE_AI, BEFORE_RESTORE)

_NAME = re.compile(r"^(\d+)_([a-z-]+)_(\d+)_([0-9a-f]{16})\.(gz|docx)$")
_PRIVATE_DIR = 0o700
_PRIVATE_FILE = 0o600


class VersionError(InkstoneError):
    """A version could not be kept, read or removed."""


@dataclass(frozen=True)
class Limits:
    per_document: int = DEFAULT_PER_DOCUMENT
    total_bytes: int = DEFAULT_TOTAL_MB * MB


@dataclass(frozen=True)
class Version:
    """One kept version of the document at ``document``."""

    file: Path
    document: str
    created: float  # seconds since the epoch
    reason: str
    size: int  # bytes of the document itself
    hash: str  # the first 16 hex digits of its SHA-256

    @property
    def id(self) -> str:
        return self.file.name

    @property
    def kind(self) -> str:
        return "docx" if self.file.suffix == ".docx" else "text"

    @property
    def stored_bytes(self) -> int:
        try:
            return self.file.stat().st_size
        except OSError:
            return 0


def document_key(path: str | Path) -> str:
    """The folder name for the document at ``path`` (its absolute path, hashed)."""
    return hashlib.sha256(_absolute(path).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _absolute(path: str | Path) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(Path(path).expanduser().absolute())


def _private_dir(path: Path) -> Path:
    path.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, _PRIVATE_DIR)
    return path


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing (a temporary file renamed into place)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def parse(file: Path, document: str = "") -> Version | None:
    """The version a file in a document's folder holds, or None for any other file."""
    match = _NAME.match(file.name)
    if match is None:
        return None
    stamp, reason, size, digest, _ext = match.groups()
    return Version(file, document, int(stamp) / 1e9, reason, int(size), digest)


class VersionStore:
    """The versions of every document, under ``root`` (default ``<data dir>/versions``)."""

    def __init__(self, root: Path | None = None, limits: Limits | None = None) -> None:
        self.root = Path(root) if root is not None else data_dir() / FOLDER
        self.limits = limits or Limits()

    # -- reading ----------------------------------------------------------------------------------

    def folder(self, path: str | Path) -> Path:
        return self.root / document_key(path)

    def versions(self, path: str | Path) -> list[Version]:
        """The kept versions of the document at ``path``, newest first."""
        return self._in_folder(self.folder(path), _absolute(path))

    def _in_folder(self, folder: Path, document: str) -> list[Version]:
        try:
            files = list(folder.iterdir())
        except OSError:
            return []
        found = [v for v in (parse(f, document) for f in files) if v is not None]
        found.sort(key=lambda v: (v.created, v.file.name), reverse=True)
        return found

    def documents(self) -> dict[str, list[Version]]:
        """Every document with kept versions: its path and its versions, newest first."""
        result: dict[str, list[Version]] = {}
        try:
            folders = [f for f in self.root.iterdir() if f.is_dir()]
        except OSError:
            return result
        for folder in folders:
            try:
                document = json.loads((folder / "document.json").read_text(encoding="utf-8"))["path"]
            except (OSError, ValueError, KeyError, TypeError):
                document = ""
            versions = self._in_folder(folder, document)
            if versions:
                result[document or folder.name] = versions
        return result

    def read(self, version: Version) -> bytes:
        """The document's bytes as they were."""
        try:
            raw = version.file.read_bytes()
            return gzip.decompress(raw) if version.file.suffix == ".gz" else raw
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise VersionError(f"the version {version.id} cannot be read: {getattr(exc, 'strerror', None) or exc}") from None

    def usage(self) -> int:
        """Bytes all kept versions take on disk."""
        return sum(v.stored_bytes for versions in self.documents().values() for v in versions)

    # -- keeping ----------------------------------------------------------------------------------

    def add(self, path: str | Path, data: bytes, reason: str) -> Version | None:
        """Keep ``data`` as a version of the document at ``path``; None when it equals the newest
        version already kept. The limits are applied afterwards (never to the version just kept)."""
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}; one of {', '.join(REASONS)}")
        document = _absolute(path)
        folder = self.folder(path)
        digest = content_hash(data)[:16]
        newest = self._in_folder(folder, document)
        if newest and newest[0].hash == digest and newest[0].size == len(data):
            return None
        word = Path(document).suffix.lower() == ".docx"
        try:
            _private_dir(self.root)
            _private_dir(folder)
            info = folder / "document.json"
            if not info.exists():
                _write_private(info, json.dumps({"path": document}, ensure_ascii=False).encode("utf-8"))
            stamp = max(time.time_ns(), int(newest[0].created * 1e9) + 1 if newest else 0)
            name = f"{stamp}_{reason}_{len(data)}_{digest}." + ("docx" if word else "gz")
            file = folder / name
            # Level 1: a save waits for this, and on prose it is 3.6 times faster than level 6
            # for files 15-40 % larger (tests/benchmarks/bench_save_versions.py).
            _write_private(file, data if word else gzip.compress(data, compresslevel=1, mtime=0))
        except OSError as exc:
            raise VersionError(f"a version of {Path(document).name} could not be kept: {exc.strerror or exc}") from None
        version = parse(file, document)
        self.prune(keep=file)
        return version

    def remove(self, version: Version) -> None:
        try:
            version.file.unlink(missing_ok=True)
        except OSError as exc:
            raise VersionError(f"the version {version.id} cannot be removed: {exc.strerror or exc}") from None
        try:
            remaining = [f for f in version.file.parent.iterdir() if f.name != "document.json"]
            if not remaining:
                (version.file.parent / "document.json").unlink(missing_ok=True)
                version.file.parent.rmdir()
        except OSError:
            pass  # another process is keeping a version there right now

    def prune(self, keep: Path | None = None) -> list[Version]:
        """Apply the limits: per document the oldest beyond ``per_document`` go, then the oldest
        of all until the versions fit in ``total_bytes``. ``keep`` (a version just added) stays
        even if it alone is over the space limit. Returns what was removed."""
        limits = self.limits
        removed: list[Version] = []
        remaining: list[tuple[Version, int]] = []
        for versions in self.documents().values():
            kept = [v for v in versions if v.file == keep]
            for version in versions:
                if version.file == keep:
                    continue
                if len(kept) < max(limits.per_document, 1):
                    kept.append(version)
                else:
                    removed.append(version)
            remaining.extend((v, v.stored_bytes) for v in kept)
        total = sum(size for _v, size in remaining)
        for version, size in sorted(remaining, key=lambda pair: pair[0].created):
            if total <= limits.total_bytes:
                break
            if version.file == keep:
                continue
            removed.append(version)
            total -= size
        for version in removed:
            try:
                self.remove(version)
            except VersionError:
                pass  # already gone (another window pruned it): nothing to free
        return removed


def text_of(data: bytes, kind: str, name: str = "document") -> str:
    """A version's text as the editor shows it: text decoded the way Inkstone opens files (line
    endings as "\\n", no byte-order mark); a Word document's paragraphs and tables as plain text."""
    if kind == "docx":
        from core.documents.docx import WordDocument
        from core.documents.layout import plain_text

        return plain_text(WordDocument(data, name).layout())
    from core.textio import decode_bytes

    text = decode_bytes(data, name).replace("\r\n", "\n").replace("\r", "\n")
    return text[1:] if text.startswith("\ufeff") else text
