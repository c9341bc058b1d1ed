"""The database file: connection settings, numbered migrations, threads, damaged files."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from core.errors import InkstoneError
from core.storage import db as storage_db
from core.storage.db import db_path, get_db, integrity_check, migrate_db, open_db, schema_version, write_transaction
from core.storage.fts import FTS_FUNCTION, fts_text
from core.storage.migrations import NAMES

LATEST_TABLES = {
    "documents", "history", "history_fts", "settings", "datasets", "examples",
    "runs", "run_metrics", "adapters", "user_actions", "action_settings", "grammar_words", "endpoints", "_sqlite_migrations",
}

# The schema as release 1 (migration m001_initial) wrote it, frozen here on purpose: editing
# m001 later must not change what "a database made by the previous release" means.
SCHEMA_V1 = """
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, title TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), last_opened_at TEXT);
CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    action TEXT NOT NULL, options_json TEXT NOT NULL DEFAULT '{}', instruction TEXT,
    input TEXT NOT NULL, output TEXT NOT NULL DEFAULT '', final_text TEXT,
    outcome TEXT NOT NULL CHECK (
        outcome IN ('pending', 'accepted', 'edited', 'discarded', 'cancelled', 'failed')),
    model TEXT, backend TEXT, device TEXT, reason TEXT, adapter TEXT,
    prompt_tokens INTEGER, completion_tokens INTEGER, ttft_s REAL, tokens_per_s REAL, elapsed_s REAL,
    chunks INTEGER, finish_reason TEXT, notes_json TEXT, error TEXT);
CREATE INDEX history_by_action ON history(action, id);
CREATE INDEX history_by_document ON history(document_id, id);
CREATE INDEX history_by_outcome ON history(outcome, id);
CREATE VIRTUAL TABLE history_fts USING fts5(
    input, output, final_text, content = '', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER history_fts_after_insert AFTER INSERT ON history BEGIN
    INSERT INTO history_fts(rowid, input, output, final_text)
    VALUES (new.id, inkstone_fts_text(new.input), inkstone_fts_text(new.output),
            inkstone_fts_text(new.final_text));
END;
CREATE TRIGGER history_fts_after_delete AFTER DELETE ON history BEGIN
    INSERT INTO history_fts(history_fts, rowid, input, output, final_text)
    VALUES ('delete', old.id, inkstone_fts_text(old.input), inkstone_fts_text(old.output),
            inkstone_fts_text(old.final_text));
END;
CREATE TRIGGER history_fts_after_update AFTER UPDATE OF input, output, final_text ON history BEGIN
    INSERT INTO history_fts(history_fts, rowid, input, output, final_text)
    VALUES ('delete', old.id, inkstone_fts_text(old.input), inkstone_fts_text(old.output),
            inkstone_fts_text(old.final_text));
    INSERT INTO history_fts(rowid, input, output, final_text)
    VALUES (new.id, inkstone_fts_text(new.input), inkstone_fts_text(new.output),
            inkstone_fts_text(new.final_text));
END;
CREATE TABLE settings (
    key TEXT PRIMARY KEY, value_json TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
INSERT INTO _sqlite_migrations(migration_set, name, applied_at)
    VALUES ('inkstone', 'm001_initial', '2025-01-01 00:00:00+00:00');
"""


def make_v1_database(path):
    """A database as release 1 left it, with a document, history and a setting in it."""
    conn = sqlite3.connect(str(path))
    conn.create_function(FTS_FUNCTION, 1, fts_text, deterministic=True)
    conn.execute("PRAGMA journal_mode = wal")
    conn.executescript(SCHEMA_V1)
    with conn:
        conn.execute("INSERT INTO documents(path, title) VALUES ('/home/me/novel.md', 'novel.md')")
        conn.execute(
            "INSERT INTO history(document_id, action, input, output, outcome) "
            "VALUES (1, 'summarize', '长江是中国最长的河流。', 'The Yangtze is the longest river.', 'accepted')"
        )
        conn.execute(
            "INSERT INTO history(action, input, output, outcome, final_text, notes_json) "
            "VALUES ('rewrite', 'hello there', 'Greetings.', 'edited', 'Good morning.', '[\"an old note\"]')"
        )
        conn.execute("INSERT INTO settings(key, value_json) VALUES ('history.enabled', 'false')")
    conn.close()


def table_names(db) -> set[str]:
    return {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_blank_database_migrates_to_latest_with_connection_settings():
    db = get_db()
    assert db_path().is_file()
    assert LATEST_TABLES <= table_names(db)
    assert schema_version(db) == len(NAMES)
    recorded = [r[0] for r in db.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert recorded == NAMES
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert integrity_check(db) == ["ok"]
    # A second open finds nothing to do.
    other = open_db()
    try:
        assert migrate_db(other) == []
    finally:
        other.close()


def test_release_1_database_migrates_and_keeps_its_data():
    from core.storage import history
    from core.storage.settings import history_enabled

    make_v1_database(db_path())
    db = get_db()
    assert schema_version(db) == len(NAMES)
    assert LATEST_TABLES <= table_names(db)
    assert integrity_check(db) == ["ok"]
    entries = history.list_history(db=db)
    assert [e["action"] for e in entries] == ["rewrite", "summarize"]
    assert entries[1]["document"] == "/home/me/novel.md"
    # m005: notes written as plain strings became note objects; the reason gained a code column.
    assert entries[0]["notes"] == [{"code": "text", "text": "an old note", "params": {}}]
    assert entries[0]["reason_code"] is None and entries[0]["reason_params"] == {}
    assert history_enabled(db) is False
    # Rows indexed by the old release are still found, and can be deleted from the index.
    assert [e["id"] for e in history.search_history("最长", db=db)] == [1]
    assert history.delete_entry(1, db=db)
    assert history.search_history("最长", db=db) == []
    assert integrity_check(db) == ["ok"]
    # The tables of later migrations work, including foreign keys to old rows.
    from core.storage.datasets import save_examples

    saved = save_examples("after upgrade", [{"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]}],
                          source="import", db=db)
    assert saved["examples"] == 1
    from core.storage.dictionary import add_words, list_words

    assert add_words(["Inkstone"], db=db) == ["Inkstone"]
    assert list_words(db=db) == ["Inkstone"]


def test_stop_before_makes_an_older_schema_that_later_completes():
    db = open_db(migrate=False)
    try:
        assert migrate_db(db, stop_before="m002_datasets") == ["m001_initial"]
        assert schema_version(db) == 1
        assert "datasets" not in table_names(db)
        assert migrate_db(db) == NAMES[1:]
        assert schema_version(db) == len(NAMES)
    finally:
        db.close()


def test_database_from_a_newer_release_is_refused_clearly():
    db = get_db()
    db.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('inkstone', 'm999_future', 'x')")
    with pytest.raises(InkstoneError, match="newer version of Inkstone"):
        open_db()


def test_damaged_file_gives_one_clear_error(inkstone_home):
    (inkstone_home / "inkstone.db").write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(InkstoneError, match="damaged or is not an Inkstone database"):
        open_db()


def test_each_thread_gets_its_own_connection():
    main = get_db()
    assert get_db() is main
    seen = []

    def worker():
        db = get_db()
        seen.append(db)
        db.execute("INSERT INTO settings(key, value_json) VALUES ('from-thread', '1')")
        storage_db.close_db()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen and seen[0] is not main
    assert main.conn.execute("SELECT value_json FROM settings WHERE key = 'from-thread'").fetchone() == ("1",)


def test_write_transaction_is_all_or_nothing():
    db = get_db()
    with pytest.raises(RuntimeError):
        with write_transaction(db):
            db.execute("INSERT INTO settings(key, value_json) VALUES ('a', '1')")
            with write_transaction(db):  # nested: a savepoint inside the same transaction
                db.execute("INSERT INTO settings(key, value_json) VALUES ('b', '2')")
            raise RuntimeError("boom")
    assert db.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    assert not db.conn.in_transaction
    with write_transaction(db):
        db.execute("INSERT INTO settings(key, value_json) VALUES ('c', '3')")
    assert db.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 1
