"""SQLite failing after the database opened (issue #17): a full disk, a damaged page, a read-only
database and a lock held past the timeout are one clear StorageError, and an answer the CLI
already produced is never lost because its history row could not be written. All on real
databases: "disk full" is SQLite's own page limit (PRAGMA max_page_count)."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from core.errors import InkstoneError, StorageError
from core.storage.db import close_db, db_path, get_db, open_db
from core.storage.history import list_history, record


def _fill_up(db) -> None:
    """Let the database grow no further, then fill the room left in its pages with history."""
    (pages,) = db.conn.execute("PRAGMA page_count").fetchone()
    db.conn.execute(f"PRAGMA max_page_count = {pages}")
    for size in (3000, 300, 30, 1):
        with pytest.raises(StorageError, match="the disk is full"):
            for _ in range(10_000):
                record("summarize", "x" * size, "y", outcome="accepted", db=db)


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and isinstance(exc, InkstoneError)
    return text


def test_a_full_disk_is_one_clear_error(inkstone_home):
    db = get_db()
    _fill_up(db)
    before = len(list_history(limit=10_000))
    with pytest.raises(StorageError) as caught:
        record("summarize", "some input " * 200, "the answer", outcome="accepted")
    assert _one_line(caught.value).startswith("the disk is full: Inkstone could not write to its database")
    assert isinstance(caught.value, sqlite3.OperationalError)  # code catching sqlite3 errors still does
    assert len(list_history(limit=10_000)) == before  # and nothing half-written


def test_the_cli_prints_the_answer_then_warns_when_history_cannot_be_written(inkstone_home, shared_pool, monkeypatch, capsys):
    import core.engine
    from core.cli import main

    monkeypatch.setattr(core.engine, "default_pool", lambda: shared_pool)
    _fill_up(get_db())  # this thread's connection is the one the CLI's history writer uses
    status = main(["run", "summarize", "--text", "The meeting moved to Friday at noon.", "--max-tokens", "8", "--temperature", "0"])
    out, err = capsys.readouterr()
    assert status == 0
    assert out.strip()  # the answer
    lines = err.splitlines()
    assert lines[0] == (
        f"inkstone-cli: warning: not recorded in history: the disk is full: Inkstone could not write to its database "
        f"{db_path()}; free some space and try again (nothing already saved is lost)"
    )
    assert all(line.startswith("note: ") for line in lines[1:])  # the result's own notes (a cut-off answer)


def test_a_damaged_page_is_one_clear_error(inkstone_home):
    for index in range(40):
        record("summarize", f"text number {index} " * 300, f"answer {index}", outcome="accepted")
    close_db()
    path = db_path()
    db = open_db(path)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = db.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history'").fetchone()
    (page_size,) = db.conn.execute("PRAGMA page_size").fetchone()
    db.conn.close()
    with open(path, "r+b") as handle:  # the history table's root page becomes noise
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    with pytest.raises(StorageError) as caught:
        list_history(limit=100)
    assert "is damaged" in _one_line(caught.value) and str(path) in str(caught.value)


def test_a_read_only_database_is_one_clear_error(inkstone_home):
    get_db().conn.execute("PRAGMA query_only = ON")  # what a read-only file does; root cannot bypass it
    with pytest.raises(StorageError) as caught:
        record("summarize", "input", "output", outcome="accepted")
    assert "cannot be written" in _one_line(caught.value)


def test_a_lock_held_past_the_timeout_is_one_clear_error(inkstone_home):
    db = get_db()
    db.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(str(db_path()))
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught:
            db.conn.execute("INSERT INTO settings(key, value_json) VALUES ('k', '1')")
        assert "is locked by another program" in _one_line(caught.value)
    finally:
        other.rollback()
        other.close()


def test_the_data_folder_database_and_log_are_private(tmp_path, monkeypatch):
    from core.paths import data_dir, private_file

    home = tmp_path / "new" / "home"
    monkeypatch.setenv("INKSTONE_HOME", str(home))
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    db = open_db()
    db.conn.execute("CREATE TABLE t(x)")
    for name in ("inkstone.db", "inkstone.db-wal"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600, name
    db.conn.close()
    assert stat.S_IMODE(private_file(home / "inkstone.log").stat().st_mode) == 0o600
    # The default folder, made world-readable by an earlier release, is tightened.
    monkeypatch.delenv("INKSTONE_HOME")
    old = tmp_path / "old-default"
    old.mkdir(mode=0o755)
    old.chmod(0o755)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(old))
    assert data_dir() == old and stat.S_IMODE(old.stat().st_mode) == 0o700
