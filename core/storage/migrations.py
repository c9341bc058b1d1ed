"""The database schema, as numbered migrations (sqlite-utils ``Migrations``).

Rules for whoever adds one:

* Never edit a migration that has shipped: add ``m00N_...`` at the end of this file. A user's
  database only ever moves forward through this list, and ``_sqlite_migrations`` records which
  ones it has.
* Migrations run inside the transaction that :func:`core.storage.db.migrate_db` opens, so use
  ``_run(db, sql)``, ``db.execute`` or sqlite-utils table methods (which join it), never
  ``conn.commit()``.
* Tests migrate a blank database and a frozen copy of the schema-1 database
  (``tests/test_storage_db.py``); add the new tables' checks there.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Migrations

MIGRATIONS = Migrations("inkstone")

# SQL expression for "now" in the same format as core.storage.db.now().
_NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"


def _run(db, script: str) -> None:
    """Execute a migration's statements one by one inside the open transaction.

    sqlite-utils' executescript looks for statement ends character by character, which took
    most of the time of creating a new database; checking only at line ends is enough here.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if any(line.strip() and not line.strip().startswith("--") for line in statement.splitlines()):
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:80]}")


@MIGRATIONS()
def m001_initial(db) -> None:
    """Documents, history with its full-text index, settings."""
    _run(
        db,
        f"""
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            title TEXT,
            created_at TEXT NOT NULL DEFAULT {_NOW},
            last_opened_at TEXT
        );

        -- AUTOINCREMENT: an id the desktop or a dataset still refers to is never reused after a
        -- delete, and the full-text index keys rows by this id.
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL DEFAULT {_NOW},
            updated_at TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            action TEXT NOT NULL,
            options_json TEXT NOT NULL DEFAULT '{{}}',
            instruction TEXT,
            input TEXT NOT NULL,
            output TEXT NOT NULL DEFAULT '',
            final_text TEXT,
            outcome TEXT NOT NULL CHECK (
                outcome IN ('pending', 'accepted', 'edited', 'discarded', 'cancelled', 'failed')
            ),
            model TEXT,
            backend TEXT,
            device TEXT,
            reason TEXT,
            adapter TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            ttft_s REAL,
            tokens_per_s REAL,
            elapsed_s REAL,
            chunks INTEGER,
            finish_reason TEXT,
            notes_json TEXT,
            error TEXT
        );
        CREATE INDEX history_by_action ON history(action, id);
        CREATE INDEX history_by_document ON history(document_id, id);
        CREATE INDEX history_by_outcome ON history(outcome, id);

        -- Contentless: the text lives once, in history. The triggers feed the index through
        -- inkstone_fts_text (see core/storage/fts.py), registered on every Inkstone connection.
        CREATE VIRTUAL TABLE history_fts USING fts5(
            input, output, final_text,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2'
        );
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
            key TEXT PRIMARY KEY,
            value_json TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT {_NOW}
        );
        """,
    )


@MIGRATIONS()
def m002_datasets(db) -> None:
    """Personal datasets and their chat examples."""
    _run(
        db,
        f"""
        CREATE TABLE datasets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT,
            source TEXT NOT NULL,
            params_json TEXT NOT NULL DEFAULT '{{}}',
            created_at TEXT NOT NULL DEFAULT {_NOW},
            updated_at TEXT NOT NULL DEFAULT {_NOW}
        );
        CREATE TABLE examples (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
            messages_json TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            source_id TEXT,
            split TEXT NOT NULL CHECK (split IN ('train', 'eval')),
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT {_NOW},
            UNIQUE (dataset_id, content_hash)
        );
        CREATE INDEX examples_by_split ON examples(dataset_id, split, id);
        """,
    )


@MIGRATIONS()
def m003_training(db) -> None:
    """Fine-tuning runs, their per-step metrics, and the adapters they produce."""
    _run(
        db,
        f"""
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
            dataset_name TEXT,
            base_model TEXT NOT NULL,
            config_json TEXT NOT NULL DEFAULT '{{}}',
            status TEXT NOT NULL DEFAULT 'running' CHECK (
                status IN ('running', 'completed', 'interrupted', 'failed', 'cancelled')
            ),
            pid INTEGER,
            started_at TEXT NOT NULL DEFAULT {_NOW},
            updated_at TEXT,
            finished_at TEXT,
            step INTEGER NOT NULL DEFAULT 0,
            total_steps INTEGER,
            checkpoint_dir TEXT,
            error TEXT
        );
        CREATE INDEX runs_by_status ON runs(status, id);
        CREATE TABLE run_metrics (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            step INTEGER NOT NULL,
            train_loss REAL,
            eval_loss REAL,
            lr REAL,
            tokens_per_s REAL,
            created_at TEXT NOT NULL DEFAULT {_NOW},
            PRIMARY KEY (run_id, step)
        );
        CREATE TABLE adapters (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
            base_model TEXT NOT NULL,
            base_model_hash TEXT,
            dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
            peft_dir TEXT,
            gguf_path TEXT,
            config_json TEXT NOT NULL DEFAULT '{{}}',
            metrics_json TEXT NOT NULL DEFAULT '{{}}',
            created_at TEXT NOT NULL DEFAULT {_NOW}
        );
        """,
    )


@MIGRATIONS()
def m004_user_actions(db) -> None:
    """Actions the user defines in the app (the desktop's action editor)."""
    _run(
        db,
        f"""
        CREATE TABLE user_actions (
            name TEXT PRIMARY KEY,
            label TEXT,
            prompt TEXT NOT NULL,
            options_json TEXT NOT NULL DEFAULT '{{}}',
            created_at TEXT NOT NULL DEFAULT {_NOW},
            updated_at TEXT NOT NULL DEFAULT {_NOW}
        );
        """,
    )


@MIGRATIONS()
def m008_adapter_lineage(db) -> None:
    """Adapter versions: which adapter an update continued from, its line and version number, and
    the newest history entry its training data could include (continual learning counts from it)."""
    _run(
        db,
        """
        ALTER TABLE adapters ADD COLUMN parent_id INTEGER REFERENCES adapters(id) ON DELETE SET NULL;
        ALTER TABLE adapters ADD COLUMN line_id INTEGER;
        ALTER TABLE adapters ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE adapters ADD COLUMN history_mark INTEGER;
        CREATE INDEX adapters_by_line ON adapters(line_id, version);
        """,
    )


#: Migration names in the order they apply.
NAMES: list[str] = [m.name for m in MIGRATIONS._migrations]
