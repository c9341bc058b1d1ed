"""Fine-tuning runs, their per-step metrics, and the adapters they produce.

The trainer calls :func:`start_run` when it begins, :func:`log_metrics` as it goes,
:func:`update_run` for progress fields and :func:`finish_run` at the end, then
:func:`add_adapter` for what it exported. A run whose process died without finishing stays
``running`` in the table; :func:`mark_interrupted_runs` (called at start-up) turns those into
``interrupted`` so the user can resume them from ``checkpoint_dir``.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from core.errors import BadInputError
from core.portable import process_alive
from core.storage.db import now, resolve, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

RUN_STATUSES = ("running", "completed", "interrupted", "failed", "cancelled")
FINAL_STATUSES = ("completed", "interrupted", "failed", "cancelled")
_RUN_FIELDS = ("status", "step", "total_steps", "checkpoint_dir", "error", "config", "pid", "finished_at")


def _run(row: dict) -> dict:
    run = dict(row)
    run["config"] = json.loads(run.pop("config_json") or "{}")
    return run


def start_run(
    base_model: str,
    config: dict | None = None,
    dataset_id: int | None = None,
    total_steps: int | None = None,
    checkpoint_dir: str | None = None,
    db: Database | None = None,
) -> int:
    """Record a run that starts now in this process; return its id."""
    db = resolve(db)
    dataset_name = None
    if dataset_id is not None:
        row = db.conn.execute("SELECT name FROM datasets WHERE id = ?", [dataset_id]).fetchone()
        if row is None:
            raise BadInputError(f"no dataset with id {dataset_id}")
        dataset_name = row[0]
    stamp = now()
    with write_transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO runs(dataset_id, dataset_name, base_model, config_json, status, pid, started_at, updated_at, "
            "total_steps, checkpoint_dir) VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?)",
            [
                dataset_id,
                dataset_name,
                base_model,
                json.dumps(config or {}, ensure_ascii=False, sort_keys=True),
                os.getpid(),
                stamp,
                stamp,
                total_steps,
                checkpoint_dir,
            ],
        )
        return cursor.lastrowid


def update_run(run_id: int, db: Database | None = None, **fields: Any) -> None:
    """Change some of a run's fields: status, step, total_steps, checkpoint_dir, error, config,
    pid, finished_at."""
    unknown = set(fields) - set(_RUN_FIELDS)
    if unknown:
        raise ValueError(f"runs have no field(s) {', '.join(sorted(unknown))}; fields: {', '.join(_RUN_FIELDS)}")
    if "status" in fields and fields["status"] not in RUN_STATUSES:
        raise ValueError(f"unknown run status {fields['status']!r}; statuses: {', '.join(RUN_STATUSES)}")
    if "config" in fields:
        fields["config_json"] = json.dumps(fields.pop("config") or {}, ensure_ascii=False, sort_keys=True)
    fields["updated_at"] = now()
    assignments = ", ".join(f"{key} = ?" for key in fields)
    db = resolve(db)
    with write_transaction(db):
        cursor = db.conn.execute(f"UPDATE runs SET {assignments} WHERE id = ?", [*fields.values(), run_id])
        if cursor.rowcount == 0:
            raise BadInputError(f"no training run with id {run_id}")


def finish_run(run_id: int, status: str, error: str | None = None, db: Database | None = None) -> None:
    """Mark a run completed, failed, cancelled or interrupted."""
    if status not in FINAL_STATUSES:
        raise ValueError(f"a run finishes as one of {', '.join(FINAL_STATUSES)}, not {status!r}")
    update_run(run_id, status=status, error=error, finished_at=now(), db=db)


def log_metrics(
    run_id: int,
    step: int,
    train_loss: float | None = None,
    eval_loss: float | None = None,
    lr: float | None = None,
    tokens_per_s: float | None = None,
    db: Database | None = None,
) -> None:
    """Record metrics for one step and advance the run's ``step``.

    Logging the same step again (train loss first, eval loss later, or after resuming from a
    checkpoint) fills in the values given and keeps the others.
    """
    db = resolve(db)
    stamp = now()
    with write_transaction(db):
        db.conn.execute(
            "INSERT INTO run_metrics(run_id, step, train_loss, eval_loss, lr, tokens_per_s, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run_id, step) DO UPDATE SET "
            "train_loss = coalesce(excluded.train_loss, train_loss), "
            "eval_loss = coalesce(excluded.eval_loss, eval_loss), "
            "lr = coalesce(excluded.lr, lr), "
            "tokens_per_s = coalesce(excluded.tokens_per_s, tokens_per_s)",
            [run_id, step, train_loss, eval_loss, lr, tokens_per_s, stamp],
        )
        db.conn.execute("UPDATE runs SET step = max(step, ?), updated_at = ? WHERE id = ?", [step, stamp, run_id])


def get_run(run_id: int, db: Database | None = None) -> dict | None:
    """The run with this id (``config`` decoded), or None."""
    row = next(iter(resolve(db).query("SELECT * FROM runs WHERE id = ?", [run_id])), None)
    return _run(row) if row else None


def list_runs(limit: int = 50, status: str | None = None, db: Database | None = None) -> list[dict]:
    """Runs, newest first."""
    sql, params = "SELECT * FROM runs", []
    if status is not None:
        sql += " WHERE status = ?"
        params.append(status)
    return [_run(row) for row in resolve(db).query(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])]


def run_metrics(run_id: int, db: Database | None = None) -> list[dict]:
    """A run's metrics, by step."""
    return list(resolve(db).query("SELECT * FROM run_metrics WHERE run_id = ? ORDER BY step", [run_id]))


def _alive(pid: int | None) -> bool:
    return process_alive(pid)


def mark_interrupted_runs(db: Database | None = None) -> list[int]:
    """Mark ``running`` runs whose process has ended as ``interrupted``; return their ids."""
    db = resolve(db)
    with write_transaction(db):
        stale = [
            run_id
            for run_id, pid in db.conn.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall()
            if pid != os.getpid() and not _alive(pid)
        ]
        stamp = now()
        for run_id in stale:
            db.conn.execute(
                "UPDATE runs SET status = 'interrupted', finished_at = ?, updated_at = ?, "
                "error = coalesce(error, 'the training process ended unexpectedly') WHERE id = ?",
                [stamp, stamp, run_id],
            )
    return stale


# -- adapters ------------------------------------------------------------------------------


def _adapter(row: dict) -> dict:
    adapter = dict(row)
    adapter["config"] = json.loads(adapter.pop("config_json") or "{}")
    adapter["metrics"] = json.loads(adapter.pop("metrics_json") or "{}")
    return adapter


def add_adapter(
    name: str,
    base_model: str,
    *,
    run_id: int | None = None,
    dataset_id: int | None = None,
    base_model_hash: str | None = None,
    peft_dir: str | None = None,
    gguf_path: str | None = None,
    config: dict | None = None,
    metrics: dict | None = None,
    parent_id: int | None = None,
    history_mark: int | None = None,
    db: Database | None = None,
) -> int:
    """Register a trained adapter; return its id. A name already in use is a
    :class:`BadInputError`.

    ``parent_id``: the adapter this one continued from (a continual-learning update); the new one
    joins its parent's line with the next version number. ``history_mark``: the newest history
    entry the training data could include (new accepted results are counted after it).
    """
    name = (name or "").strip()
    if not name:
        raise BadInputError("an adapter needs a name")
    db = resolve(db)
    with write_transaction(db):
        if db.conn.execute("SELECT 1 FROM adapters WHERE name = ?", [name]).fetchone():
            raise BadInputError(f"an adapter called {name!r} already exists; choose another name")
        line_id, version = None, 1
        if parent_id is not None:
            parent = db.conn.execute("SELECT coalesce(line_id, id), version FROM adapters WHERE id = ?", [parent_id]).fetchone()
            if parent is None:
                raise BadInputError(f"no adapter with id {parent_id} to continue from")
            line_id = parent[0]
            version = 1 + db.conn.execute("SELECT max(version) FROM adapters WHERE coalesce(line_id, id) = ?", [line_id]).fetchone()[0]
        cursor = db.conn.execute(
            "INSERT INTO adapters(name, run_id, base_model, base_model_hash, dataset_id, peft_dir, gguf_path, "
            "config_json, metrics_json, created_at, parent_id, line_id, version, history_mark) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                name,
                run_id,
                base_model,
                base_model_hash,
                dataset_id,
                peft_dir,
                gguf_path,
                json.dumps(config or {}, ensure_ascii=False, sort_keys=True),
                json.dumps(metrics or {}, ensure_ascii=False, sort_keys=True),
                now(),
                parent_id,
                line_id,
                version,
                history_mark,
            ],
        )
        return cursor.lastrowid


def adapter_line(name_or_id: str | int, db: Database | None = None) -> list[dict]:
    """Every version of the adapter's line (the first adapter and the updates made from it), oldest first."""
    found = get_adapter(name_or_id, db)
    if found is None:
        return []
    line_id = found.get("line_id") or found["id"]
    rows = resolve(db).query("SELECT * FROM adapters WHERE coalesce(line_id, id) = ? ORDER BY version, id", [line_id])
    return [_adapter(row) for row in rows]


def get_adapter(name_or_id: str | int, db: Database | None = None) -> dict | None:
    """The adapter with this name (case-insensitive) or id, or None."""
    db = resolve(db)
    if isinstance(name_or_id, int):
        rows = db.query("SELECT * FROM adapters WHERE id = ?", [name_or_id])
    else:
        rows = db.query("SELECT * FROM adapters WHERE name = ?", [name_or_id.strip()])
    row = next(iter(rows), None)
    return _adapter(row) if row else None


def list_adapters(base_model: str | None = None, db: Database | None = None) -> list[dict]:
    """Adapters, newest first (only those for ``base_model`` when given)."""
    sql, params = "SELECT * FROM adapters", []
    if base_model is not None:
        sql += " WHERE base_model = ?"
        params.append(base_model)
    return [_adapter(row) for row in resolve(db).query(sql + " ORDER BY id DESC", params)]


def delete_adapter(name_or_id: str | int, db: Database | None = None) -> bool:
    """Forget an adapter (its files stay where they are); False if there was none."""
    found = get_adapter(name_or_id, db)
    if found is None:
        return False
    db = resolve(db)
    with write_transaction(db):
        db.conn.execute("DELETE FROM adapters WHERE id = ?", [found["id"]])
    return True
