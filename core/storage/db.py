"""Connections, transactions and migrations for Inkstone's SQLite database.

Use :func:`get_db` for the calling thread's connection (the GUI thread and every worker thread
each get their own: a sqlite3 connection must stay on the thread that opened it). Group writes in
:func:`write_transaction`, which takes the write lock up front so two processes (the app and a
CLI) queue behind each other instead of failing with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import InkstoneError, StorageError
from core.paths import data_dir, private_file
from core.storage import faults
from core.storage.fts import FTS_FUNCTION, fts_text

if TYPE_CHECKING:
    from sqlite_utils import Database

DB_FILENAME = "inkstone.db"
#: How long a write waits for another process's write to finish before giving up. Long enough
#: to sit out a 20,000-example import in another process.
BUSY_TIMEOUT_S = 30.0
# Once the write-ahead log has been checkpointed, shrink it back to this size so one big import
# does not leave a large -wal file behind.
_WAL_SIZE_LIMIT = 32 * 1024 * 1024
_CACHE_KIB = 32 * 1024
_MAX_CACHED_PER_THREAD = 4

_local = threading.local()


def db_path() -> Path:
    """Where the database file lives: ``<data dir>/inkstone.db``."""
    return data_dir() / DB_FILENAME


def now() -> str:
    """The current UTC time as stored in the database (ISO 8601, milliseconds, ``Z``)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def open_db(path: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open a new connection, configured and migrated to the latest schema.

    The caller owns the connection and must use it on this thread only. Most code wants
    :func:`get_db` instead.
    """
    import sqlite_utils

    path = Path(path) if path is not None else db_path()
    try:
        if str(path) != ":memory:":
            private_file(path)  # SQLite would create it world-readable; its -wal/-shm files copy its mode
        # Storage faults after this point (disk full, a damaged page, ...) become StorageError.
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, factory=faults.Connection)
    except (sqlite3.Error, OSError) as exc:
        raise InkstoneError(f"cannot open the database {path}: {exc}") from None
    conn.inkstone_path = str(path)
    try:
        conn.create_function(FTS_FUNCTION, 1, fts_text, deterministic=True)
        # Plugins are for the sqlite-utils CLI; none of them should touch Inkstone's connection.
        db = sqlite_utils.Database(conn, execute_plugins=False)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # In WAL mode NORMAL loses no committed transaction when the app is killed, and never
        # corrupts the file; only a power cut can roll back the last few commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        if db.journal_mode != "wal":
            db.enable_wal()
        conn.execute(f"PRAGMA journal_size_limit = {_WAL_SIZE_LIMIT}")
        # SQLite's default page cache is 2 MB; a big import then evicts the pages of the index it
        # is inserting into and reads them back over and over (twice as slow at 20,000 examples).
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        if migrate:
            migrate_db(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        original = exc.__cause__ if isinstance(exc, StorageError) and isinstance(exc.__cause__, sqlite3.Error) else exc
        message = str(original)
        if isinstance(exc, StorageError) and "not a database" not in message and "malformed" not in message:
            raise
        raise _database_error(path, original) from None
    except BaseException:
        conn.close()
        raise
    return db


def _database_error(path: Path, exc: sqlite3.DatabaseError) -> InkstoneError:
    message = str(exc)
    if "not a database" in message or "malformed" in message:
        return InkstoneError(
            f"{path} is damaged or is not an Inkstone database ({message}); "
            "move it aside and Inkstone will start a new one"
        )
    return InkstoneError(f"cannot use the database {path}: {message}")


def get_db(path: str | Path | None = None) -> Database:
    """This thread's connection to the database at ``path`` (default: :func:`db_path`)."""
    key = str(Path(path) if path is not None else db_path())
    # A connection must not cross fork(): a child process starts with an empty cache.
    if getattr(_local, "pid", None) != os.getpid():
        _local.pid = os.getpid()
        _local.dbs = {}
    cache: dict[str, Database] = _local.dbs
    db = cache.get(key)
    if db is None:
        db = open_db(key)
        cache[key] = db
        # Tests point INKSTONE_HOME somewhere new for each test; keep only a few files open.
        while len(cache) > _MAX_CACHED_PER_THREAD:
            cache.pop(next(iter(cache))).close()
    return db


def close_db() -> None:
    """Close this thread's connections (a worker thread may call this before it ends)."""
    if getattr(_local, "pid", None) != os.getpid():
        return
    cache: dict[str, Database] = _local.dbs
    while cache:
        cache.popitem()[1].close()


def resolve(db: Database | None) -> Database:
    """``db`` itself, or this thread's connection when it is None."""
    return db if db is not None else get_db()


@contextmanager
def write_transaction(db: Database | None = None) -> Iterator[Database]:
    """Run the block as one transaction that commits at the end or rolls back on any error.

    Starts with ``BEGIN IMMEDIATE``: a deferred transaction that reads first and writes later
    can fail at once with "database is locked" when another process wrote in between, whereas
    an immediate one waits (up to :data:`BUSY_TIMEOUT_S`) for the write lock. Nested blocks
    become savepoints.
    """
    db = resolve(db)
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except StorageError:
        raise
    except sqlite3.OperationalError as exc:
        raise InkstoneError(f"the database is busy ({exc}); try again when the other task has finished") from None
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


# -- migrations ----------------------------------------------------------------------------


def _applied(db: Database) -> list[str]:
    from core.storage.migrations import MIGRATIONS

    table = MIGRATIONS.migrations_table
    if not db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone():
        return []
    rows = db.conn.execute(f"SELECT name FROM [{table}] WHERE migration_set = ? ORDER BY id", [MIGRATIONS.name])
    return [name for (name,) in rows]


def migrate_db(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migrations in order, each recorded in ``_sqlite_migrations``.

    All pending migrations run in one transaction under the write lock: two processes opening a
    new database at once cannot both apply them, and a crash leaves the previous schema intact.
    ``stop_before`` (a migration name) stops short of the latest schema; tests use it to make
    a database as an earlier release left it. Returns the names applied.
    """
    from core.storage.migrations import MIGRATIONS, NAMES

    if stop_before is not None and stop_before not in NAMES:
        raise ValueError(f"unknown migration {stop_before!r}")
    wanted = NAMES[: NAMES.index(stop_before)] if stop_before else NAMES
    applied = _applied(db)
    unknown = [name for name in applied if name not in NAMES]
    if unknown:
        raise InkstoneError(
            f"the database was last used by a newer version of Inkstone (it has migration {unknown[-1]}); "
            "update Inkstone to open it"
        )
    if set(wanted) <= set(applied):
        return []
    with write_transaction(db):
        before = set(_applied(db))
        MIGRATIONS.apply(db, stop_before=stop_before)
        return [name for name in _applied(db) if name not in before]


def schema_version(db: Database | None = None) -> int:
    """How many of Inkstone's migrations the database has (1 = ``m001_initial`` only)."""
    from core.storage.migrations import NAMES

    applied = set(_applied(resolve(db)))
    return sum(1 for name in NAMES if name in applied)


def integrity_check(db: Database | None = None) -> list[str]:
    """SQLite's own consistency check plus the full-text index's; ``["ok"]`` when all is well."""
    db = resolve(db)
    problems = [row[0] for row in db.conn.execute("PRAGMA integrity_check")]
    try:
        # Through sqlite-utils, which ends the implicit transaction this INSERT opens.
        db.execute("INSERT INTO history_fts(history_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems = [p for p in problems if p != "ok"] + [f"history_fts: {exc}"]
    return problems
