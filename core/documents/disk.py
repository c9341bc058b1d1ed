"""What is on disk now, compared with what an editor last read or wrote there.

An editor that keeps a document open remembers the content hash of the file as it last read or
saved it. :func:`compare` tells, from that hash and the file as it is now, whether the file is
unchanged (Inkstone's own save included: it is recognised by its hash), changed by another
program, or gone (deleted or moved). :func:`decide` says what to do about it, given whether the
document has unsaved edits. Hashes, not modification times: sync tools and network drives restore
old times, and a watcher misses some changes, so Save checks the content again whatever the
watcher said.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

#: Larger files are not read to be compared (Inkstone opens documents up to 20 MB): such a file
#: counts as changed, and reloading it gives the usual "too large" message.
MAX_READ_BYTES = 64 * 2**20

UNCHANGED, CHANGED, MISSING = "unchanged", "changed", "missing"
#: What an editor does about a file: nothing, reload it quietly, ask the user, report it gone.
NOTHING, RELOAD, ASK, REPORT_MISSING = "nothing", "reload", "ask", "report-missing"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class DiskState:
    """One reading of a file: its bytes, or ``data`` None when it is not there (or too large to
    read, ``too_large`` then True)."""

    path: Path
    data: bytes | None
    too_large: bool = False

    @property
    def missing(self) -> bool:
        return self.data is None and not self.too_large

    @cached_property
    def hash(self) -> str | None:
        if self.too_large:
            return "too-large"
        return None if self.data is None else content_hash(self.data)


def read_state(path: str | Path) -> DiskState:
    """The file at ``path`` as it is now. A folder, a broken link or an unreadable file counts as
    missing: there is nothing the editor could compare or keep."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_READ_BYTES:
            return DiskState(path, None, too_large=True)
        return DiskState(path, path.read_bytes())
    except OSError:
        return DiskState(path, None)


def compare(known_hash: str | None, state: DiskState) -> str:
    """UNCHANGED, CHANGED or MISSING: ``state`` against the hash the editor last read or wrote
    (None: the editor never had the file, so any file there now counts as a change)."""
    if state.missing:
        return MISSING
    return UNCHANGED if state.hash == known_hash else CHANGED


def decide(change: str, edited: bool) -> str:
    """What to do about ``change`` (from :func:`compare`) to a document with or without unsaved
    edits: a quiet reload when nothing of the user's would be lost, a question when both changed."""
    if change == MISSING:
        return REPORT_MISSING
    if change == UNCHANGED:
        return NOTHING
    return ASK if edited else RELOAD
