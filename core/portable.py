"""Operating-system calls that behave the same on Linux, macOS and Windows.

``os.kill(pid, 0)`` asks a POSIX system whether a process lives; on Windows it *terminates* the
process. ``os.fsync`` on a file opened read-only fails on Windows. The helpers here are the only
places that do either job (``tests/test_hostile_portability.py`` forbids the old patterns).
"""

from __future__ import annotations

import os
from pathlib import Path


def process_alive(pid: int | None) -> bool:
    """Whether a process with this id is running (a zombie that has exited does not count)."""
    if not pid or pid <= 0:
        return False
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except (psutil.NoSuchProcess, ValueError):
        return False
    except psutil.AccessDenied:
        return True  # another user's process: it exists


def fsync_file(path: str | Path) -> None:
    """Flush a file's data to the disk (opened for writing: Windows refuses read-only handles)."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
