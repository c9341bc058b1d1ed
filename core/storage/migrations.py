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
def m005_structured_notes(db) -> None:
    """A run's reason and notes as codes with parameters (core.notes): the reason's code and
    parameters beside its English text, and stored notes turned from strings into note objects."""
    import json

    _run(
        db,
        """
        ALTER TABLE history ADD COLUMN reason_code TEXT;
        ALTER TABLE history ADD COLUMN reason_params_json TEXT;
        """,
    )
    rows = db.execute("SELECT id, notes_json FROM history WHERE notes_json IS NOT NULL").fetchall()
    for entry_id, notes_json in rows:
        try:
            notes = json.loads(notes_json)
        except ValueError:
            continue
        if isinstance(notes, list) and any(isinstance(n, str) for n in notes):
            notes = [{"code": "text", "text": n, "params": {}} if isinstance(n, str) else n for n in notes]
            db.execute("UPDATE history SET notes_json = ? WHERE id = ?", [json.dumps(notes, ensure_ascii=False), entry_id])


@MIGRATIONS()
def m006_action_settings(db) -> None:
    """Per-action settings shared by the CLI and the app: model, adapter and decoding defaults a
    user chose for one action (a JSON object per action name)."""
    _run(
        db,
        f"""
        CREATE TABLE action_settings (
            action TEXT PRIMARY KEY,
            settings_json TEXT NOT NULL DEFAULT '{{}}',
            updated_at TEXT NOT NULL DEFAULT {_NOW}
        );
        """,
    )


@MIGRATIONS()
def m007_grammar_dictionary(db) -> None:
    """The spelling checker's personal dictionary (words never flagged as misspelled)."""
    _run(
        db,
        f"""
        CREATE TABLE grammar_words (
            word TEXT PRIMARY KEY,
            created_at TEXT NOT NULL DEFAULT {_NOW}
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


@MIGRATIONS()
def m009_endpoints(db) -> None:
    """OpenAI-compatible serving endpoints the user added (core.endpoints): where the server is,
    which of its models to use, where its API key is kept (never the key itself), and what the
    server was found to offer. Names share one namespace with the user's models."""
    _run(
        db,
        f"""
        CREATE TABLE endpoints (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            base_url TEXT NOT NULL,
            model TEXT NOT NULL,
            key_source TEXT NOT NULL DEFAULT '',
            key_env TEXT,
            context_length INTEGER,
            tokenize_route TEXT,
            completions INTEGER,
            read_timeout_s REAL,
            http_warned_at TEXT,
            created_at TEXT NOT NULL DEFAULT {_NOW},
            updated_at TEXT NOT NULL DEFAULT {_NOW}
        );
        """,
    )


@MIGRATIONS()
def m011_history_prompt(db) -> None:
    """What shaped a run's prompt: the prompt profile and the past results shown as examples."""
    _run(
        db,
        """
        ALTER TABLE history ADD COLUMN profile TEXT;
        ALTER TABLE history ADD COLUMN few_shot_json TEXT;
        """,
    )


@MIGRATIONS()
def m012_history_settings(db) -> None:
    """The decoding a run used, each value with the layer it came from (core.run.Settings)."""
    _run(db, "ALTER TABLE history ADD COLUMN settings_json TEXT;")


#: Migration names in the order they apply.
NAMES: list[str] = [m.name for m in MIGRATIONS._migrations]
