"""SQLite failures after the database opened, as one clear message.

A disk that fills up, a damaged page, a file that became read-only or a lock another program
holds past the busy timeout surface in the middle of any query. Every connection Inkstone opens
is a :class:`Connection`, which turns those errors into a :class:`StorageError` (an
:class:`~core.errors.InkstoneError`, so the CLI and the app show its one line). The error stays a
``sqlite3`` error of the same class too, so code that catches ``sqlite3.OperationalError`` (in
sqlite-utils, for one) behaves as before. Other errors (a constraint, a syntax error: bugs, not
faults) pass through unchanged.
"""

from __future__ import annotations

import sqlite3

from core.errors import StorageError

# Primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3


class StorageOperationalError(StorageError, sqlite3.OperationalError):
    """A storage fault that sqlite3 reported as an OperationalError."""


class StorageDatabaseError(StorageError, sqlite3.DatabaseError):
    """A storage fault that sqlite3 reported as a DatabaseError (a damaged file)."""


def describe(exc: sqlite3.Error, path: str) -> str | None:
    """One line for a storage fault, or None when ``exc`` is not one."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == _FULL or "disk is full" in text:
        return (
            f"the disk is full: Inkstone could not write to its database {path}; "
            "free some space and try again (nothing already saved is lost)"
        )
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text:
        return (
            f"the database {path} is damaged ({text}); make a copy of it, then run "
            "'sqlite3 inkstone.db .recover' on the copy, or move it aside and Inkstone starts a new one"
        )
    if primary in (_READONLY, _PERM) or "readonly" in text:
        return f"the database {path} cannot be written ({text}); check that the file and its folder are writable by you"
    if primary in (_BUSY, _LOCKED) or "locked" in text:
        return f"the database {path} is locked by another program ({text}); close it, or try again when it has finished"
    if primary in (_IOERR, _CANTOPEN):
        return f"the disk failed while Inkstone used its database {path} ({text}); check the disk and try again"
    return None


def translate(exc: sqlite3.Error, path: str) -> sqlite3.Error:
    """``exc`` as a :class:`StorageError` if it is a storage fault, else ``exc`` itself."""
    if isinstance(exc, StorageError):
        return exc
    message = describe(exc, path)
    if message is None:
        return exc
    kind = StorageOperationalError if isinstance(exc, sqlite3.OperationalError) else StorageDatabaseError
    error = kind(message)
    error.sqlite_errorcode = getattr(exc, "sqlite_errorcode", None)
    error.sqlite_errorname = getattr(exc, "sqlite_errorname", None)
    return error


class Cursor(sqlite3.Cursor):
    """A cursor whose reads and writes report storage faults as :class:`StorageError`."""

    def _path(self) -> str:
        return getattr(self.connection, "inkstone_path", "inkstone.db")

    def execute(self, *args, **kwargs):
        try:
            return super().execute(*args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self._path()) from exc

    def executemany(self, *args, **kwargs):
        try:
            return super().executemany(*args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self._path()) from exc

    def fetchone(self):
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            raise translate(exc, self._path()) from exc

    def fetchmany(self, *args, **kwargs):
        try:
            return super().fetchmany(*args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self._path()) from exc

    def fetchall(self):
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self._path()) from exc

    def __next__(self):
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            raise translate(exc, self._path()) from exc


class Connection(sqlite3.Connection):
    """``sqlite3.connect(..., factory=Connection)``: storage faults become :class:`StorageError`."""

    inkstone_path = "inkstone.db"

    def cursor(self, factory=Cursor):
        return super().cursor(factory)

    def execute(self, *args, **kwargs):
        try:
            return super().execute(*args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self.inkstone_path) from exc

    def executemany(self, *args, **kwargs):
        try:
            return super().executemany(*args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self.inkstone_path) from exc

    def executescript(self, *args, **kwargs):
        try:
            return super().executescript(*args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self.inkstone_path) from exc

    def commit(self):
        try:
            return super().commit()
        except sqlite3.Error as exc:
            raise translate(exc, self.inkstone_path) from exc
