"""Autosave of unsaved edits, and recovery after a crash or a kill.

Each running app owns a session folder ``<data dir>/recovery/<session id>/`` and holds a
:class:`QLockFile` in it for as long as it runs. Unsaved documents are written there (atomically,
one JSON file per tab) every few seconds and right before an assistant result is applied; a Word
document's original package is stored once beside its snapshot (``<tab>.docx``), so its edits can be
saved as edits of that original after a restore. A clean
exit removes the folder. At the next start, a session folder whose lock is free belonged to a
process that died: its documents are offered for restoring. A folder whose owner still runs (a
second window of the app) is left alone.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QLockFile

from core.paths import data_dir, private_dir
from desktop.file_io import write_bytes

FORMAT_VERSION = 2
LOCK_NAME = "session.lock"


@dataclass
class Snapshot:
    """The unsaved state of one tab."""

    tab_id: str
    text: str
    path: str | None = None
    kind: str = "text"
    newline: str = "\n"
    title: str = ""
    saved_at: float = field(default_factory=time.time)
    #: The content hash of the file as the tab last read or wrote it (None: unknown).
    disk_hash: str | None = None
    #: Word documents: {"layout": the editor's paragraphs and tables (core.documents.layout
    #: JSON), "keys": the element keys of the original stored beside the snapshot}.
    word: dict | None = None
    #: Version 1 snapshots of Word documents: paragraphs with their runs (read, never written).
    paragraphs: list[dict] | None = None

    def to_json(self) -> bytes:
        data = asdict(self)
        data["version"] = FORMAT_VERSION
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Snapshot:
        data = json.loads(raw.decode("utf-8"))
        data.pop("version", None)
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    def legacy_items(self) -> list:
        """A version 1 Word snapshot as layout paragraphs (formats shown, no keys)."""
        from core.documents.layout import Para, Span

        if not self.paragraphs:
            return [Para(None, [Span(line)]) for line in self.text.split("\n")]
        return [
            Para(None, [Span(run[0], shown=(bool(run[1]), bool(run[2]), bool(run[3]))) for run in p.get("runs", [])])
            for p in self.paragraphs
        ]


def read_base(folder: Path, tab_id: str) -> bytes | None:
    """The Word original stored beside a snapshot, or None."""
    try:
        return (folder / f"{tab_id}.docx").read_bytes()
    except OSError:
        return None


@dataclass
class OrphanSession:
    """Unsaved documents left behind by a process that ended without cleaning up."""

    folder: Path
    snapshots: list[Snapshot]


def recovery_root() -> Path:
    return private_dir(data_dir() / "recovery")


class RecoveryStore:
    """This process's recovery session folder."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or recovery_root()
        self.session_id = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self.folder = private_dir(self.root / self.session_id)
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone, never by age
        self._lock.tryLock(0)
        self._bases: dict[str, int] = {}

    def save(self, snapshot: Snapshot, base: bytes | None = None) -> None:
        """Write a snapshot; ``base`` (a Word original) is written only when it changed."""
        if base is not None and self._bases.get(snapshot.tab_id) != hash(base):
            _write_private(self.folder / f"{snapshot.tab_id}.docx", base)
            self._bases[snapshot.tab_id] = hash(base)
        _write_private(self.folder / f"{snapshot.tab_id}.json", snapshot.to_json())

    def remove(self, tab_id: str) -> None:
        (self.folder / f"{tab_id}.json").unlink(missing_ok=True)
        (self.folder / f"{tab_id}.docx").unlink(missing_ok=True)
        self._bases.pop(tab_id, None)

    def close(self) -> None:
        """Clean exit: nothing is left to recover."""
        self._lock.unlock()
        shutil.rmtree(self.folder, ignore_errors=True)

    def orphans(self) -> list[OrphanSession]:
        """Session folders of processes that died, oldest first, with their readable snapshots."""
        found = []
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir() or folder == self.folder:
                continue
            lock = QLockFile(str(folder / LOCK_NAME))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # its app is still running
            lock.unlock()
            snapshots = []
            for file in sorted(folder.glob("*.json")):
                try:
                    snapshots.append(Snapshot.from_json(file.read_bytes()))
                except (OSError, ValueError, TypeError):
                    continue  # a half-written file from the moment of the crash: skip it
            if snapshots:
                found.append(OrphanSession(folder, snapshots))
            else:
                shutil.rmtree(folder, ignore_errors=True)
        return found

    @staticmethod
    def discard(orphan: OrphanSession) -> None:
        shutil.rmtree(orphan.folder, ignore_errors=True)


def _write_private(target: Path, data: bytes) -> None:
    write_bytes(target, data)
    if os.name == "posix" and target.stat().st_mode & 0o077:
        target.chmod(0o600)  # the user's unsaved text: theirs alone (the folder is 0700 too)
