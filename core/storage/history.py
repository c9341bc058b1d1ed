"""History: one row per action the user ran, searchable by its text.

The desktop and the CLI call these functions; each takes an optional ``db`` (default: the
calling thread's connection). Entries are plain dicts with these keys:

``id``, ``created_at``, ``updated_at`` (UTC, ISO 8601), ``document`` (path or None),
``document_id``, ``action``, ``options`` (dict), ``instruction`` (the prompt instruction the
action used), ``input``, ``output``, ``final_text`` (what the user kept, when it differs from
``output``), ``kept_text`` (``final_text`` or else ``output``), ``outcome`` (see
:data:`OUTCOMES`), ``model``, ``backend``, ``device``, ``reason``, ``adapter``,
``prompt_tokens``, ``completion_tokens``, ``ttft_s``, ``tokens_per_s``, ``elapsed_s``,
``chunks``, ``finish_reason``, ``notes`` (a list of ``{code, text, params}`` objects, see
:mod:`core.notes`), ``error``, ``reason_code`` and ``reason_params`` (the reason as a code),
``profile`` (the prompt profile), ``few_shot_ids`` (history entries shown as examples) and
``settings`` (the decoding used, each ``{"value", "from"}``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from core.errors import BadInputError
from core.notes import Note
from core.storage.db import now, resolve, write_transaction
from core.storage.fts import FTS_FUNCTION, fts_query, snippet
from core.storage.settings import history_enabled

if TYPE_CHECKING:
    from sqlite_utils import Database

#: ``pending``: shown to the user, no decision yet (the desktop records a run when it ends and
#: calls :func:`update_outcome` once the user accepts or discards it). ``edited``: accepted after
#: the user changed it (``final_text`` holds their version).
OUTCOMES = ("pending", "accepted", "edited", "discarded", "cancelled", "failed")
#: Outcomes whose text the user kept; datasets are built from these.
KEPT_OUTCOMES = ("accepted", "edited")

_SELECT = """
    SELECT h.*, d.path AS document
    FROM history h LEFT JOIN documents d ON d.id = h.document_id
"""


def _check_outcome(outcome: str) -> str:
    if outcome not in OUTCOMES:
        raise BadInputError(f"unknown outcome {outcome!r}; valid outcomes: {', '.join(OUTCOMES)}")
    return outcome


def record(
    action: str,
    input: str,
    output: str = "",
    *,
    outcome: str,
    options: dict | None = None,
    instruction: str | None = None,
    final_text: str | None = None,
    document: str | None = None,
    model: str | None = None,
    backend: str | None = None,
    device: str | None = None,
    reason: str | None = None,
    reason_code: str | None = None,
    reason_params: dict | None = None,
    adapter: str | None = None,
    prompt_tokens: int | None = None,
    completion_tokens: int | None = None,
    ttft_s: float | None = None,
    tokens_per_s: float | None = None,
    elapsed_s: float | None = None,
    chunks: int | None = None,
    finish_reason: str | None = None,
    notes: list | None = None,
    error: str | None = None,
    profile: str | None = None,
    few_shot_ids: list[int] | None = None,
    settings: dict | None = None,
    db: Database | None = None,
) -> int | None:
    """Add one history entry; return its id, or None when history is turned off.

    The keyword names are the fields of :class:`core.run.ActionResult`; front ends record runs
    with :func:`core.run.record_run`. ``instruction`` is the one the run's prompt carried (None
    when unknown: datasets then fall back to the action's current instruction).
    """
    from core.storage.documents import ensure_document

    _check_outcome(outcome)
    db = resolve(db)
    if not history_enabled(db):
        return None
    options = {k: v for k, v in (options or {}).items() if v is not None}
    row = {
        "created_at": now(),
        "action": action,
        "options_json": json.dumps(options, ensure_ascii=False, sort_keys=True),
        "instruction": instruction,
        "input": input,
        "output": output or "",
        "final_text": final_text,
        "outcome": outcome,
        "model": model,
        "backend": backend,
        "device": device,
        "reason": reason,
        "reason_code": reason_code,
        "reason_params_json": json.dumps(reason_params, ensure_ascii=False) if reason_params else None,
        "adapter": adapter,
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "ttft_s": ttft_s,
        "tokens_per_s": tokens_per_s,
        "elapsed_s": elapsed_s,
        "chunks": chunks,
        "finish_reason": finish_reason,
        "notes_json": json.dumps([Note.from_value(n).to_dict() for n in notes], ensure_ascii=False) if notes else None,
        "error": error,
        "profile": profile,
        "few_shot_json": json.dumps(list(few_shot_ids)) if few_shot_ids else None,
        "settings_json": json.dumps(settings, ensure_ascii=False) if settings else None,
    }
    with write_transaction(db):
        row["document_id"] = ensure_document(document, db=db) if document else None
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = db.conn.execute(f"INSERT INTO history ({columns}) VALUES ({marks})", list(row.values()))
        return cursor.lastrowid


def _entry(row: dict) -> dict:
    entry = dict(row)
    entry["options"] = json.loads(entry.pop("options_json") or "{}")
    notes = entry.pop("notes_json")
    entry["notes"] = [Note.from_value(n).to_dict() for n in json.loads(notes)] if notes else []
    params = entry.pop("reason_params_json", None)
    entry["reason_params"] = json.loads(params) if params else {}
    few_shot = entry.pop("few_shot_json", None)
    entry["few_shot_ids"] = json.loads(few_shot) if few_shot else []
    settings = entry.pop("settings_json", None)
    entry["settings"] = json.loads(settings) if settings else {}
    entry["kept_text"] = entry["final_text"] if entry["final_text"] is not None else entry["output"]
    return entry


def _filters(action: str | None, document: str | int | None, outcome: str | None, db: Database) -> tuple[list[str], list[Any]]:
    from core.storage.documents import find_document

    where, params = [], []
    if action is not None:
        where.append("h.action = ?")
        params.append(action)
    if document is not None:
        found = find_document(document, db=db)
        where.append("h.document_id = ?")
        params.append(found["id"] if found else -1)
    if outcome is not None:
        where.append("h.outcome = ?")
        params.append(_check_outcome(outcome))
    return where, params


def list_history(
    limit: int = 50,
    offset: int = 0,
    action: str | None = None,
    document: str | int | None = None,
    outcome: str | None = None,
    before_id: int | None = None,
    db: Database | None = None,
) -> list[dict]:
    """Entries, newest first. Page with ``offset``, or (cheaper on long histories) with
    ``before_id`` = the last id of the previous page. ``document`` is a path or document id."""
    db = resolve(db)
    where, params = _filters(action, document, outcome, db)
    if before_id is not None:
        where.append("h.id < ?")
        params.append(before_id)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY h.id DESC LIMIT ? OFFSET ?"
    return [_entry(row) for row in db.query(sql, [*params, limit, offset])]


def count_history(
    action: str | None = None, document: str | int | None = None, outcome: str | None = None, db: Database | None = None
) -> int:
    """How many entries match (all of them by default)."""
    db = resolve(db)
    where, params = _filters(action, document, outcome, db)
    sql = "SELECT count(*) FROM history h" + (" WHERE " + " AND ".join(where) if where else "")
    return db.conn.execute(sql, params).fetchone()[0]


def search_history(
    query: str,
    limit: int = 50,
    action: str | None = None,
    prefix: bool = False,
    db: Database | None = None,
) -> list[dict]:
    """Entries whose input, output or final text contain every word of ``query``, newest first.

    Matching ignores case and accents; Chinese, Japanese and Korean text matches as a substring.
    ``prefix`` lets the last word match the start of longer words (search as you type). Each
    entry gains a ``snippet``: one line of text around the first match.
    """
    db = resolve(db)
    match = fts_query(query, prefix=prefix)
    if match is None:
        return []
    where, params = _filters(action, None, None, db)
    # Newest first by rowid lets FTS5 walk its index backwards and stop after `limit` hits;
    # ranking by relevance would score every match first, which is slow for common words.
    sql = (
        "SELECT h.*, d.path AS document FROM history_fts f "
        "JOIN history h ON h.id = f.rowid LEFT JOIN documents d ON d.id = h.document_id "
        "WHERE history_fts MATCH ?" + "".join(" AND " + w for w in where) + " ORDER BY f.rowid DESC LIMIT ?"
    )
    entries = []
    for row in db.query(sql, [match, *params, limit]):
        entry = _entry(row)
        entry["snippet"] = snippet([entry["final_text"], entry["output"], entry["input"]], query)
        entries.append(entry)
    return entries


def get_entry(entry_id: int, db: Database | None = None) -> dict | None:
    """The entry with this id, or None."""
    rows = resolve(db).query(_SELECT + " WHERE h.id = ?", [entry_id])
    row = next(iter(rows), None)
    return _entry(row) if row else None


def delete_entry(entry_id: int, db: Database | None = None) -> bool:
    """Delete one entry (and its words from the search index); False if there was none."""
    db = resolve(db)
    with write_transaction(db):
        return db.conn.execute("DELETE FROM history WHERE id = ?", [entry_id]).rowcount > 0


def clear_history(db: Database | None = None) -> int:
    """Delete every entry; return how many there were."""
    db = resolve(db)
    with write_transaction(db):
        count = db.conn.execute("SELECT count(*) FROM history").fetchone()[0]
        # Emptying the index in one step is far quicker than the per-row delete trigger; the
        # trigger is put back exactly as the schema defines it.
        (trigger_sql,) = db.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'history_fts_after_delete'"
        ).fetchone()
        db.conn.execute("DROP TRIGGER history_fts_after_delete")
        db.conn.execute("DELETE FROM history")
        db.conn.execute("INSERT INTO history_fts(history_fts) VALUES ('delete-all')")
        db.conn.execute(trigger_sql)
    return count


def update_outcome(entry_id: int, outcome: str, final_text: str | None = None, db: Database | None = None) -> bool:
    """Set what the user did with a result (and, for ``edited``, the text they kept).

    ``final_text`` None leaves the stored final text as it is. Returns False if there is no
    such entry.
    """
    _check_outcome(outcome)
    db = resolve(db)
    with write_transaction(db):
        if final_text is None:
            cursor = db.conn.execute(
                "UPDATE history SET outcome = ?, updated_at = ? WHERE id = ?", [outcome, now(), entry_id]
            )
        else:
            cursor = db.conn.execute(
                "UPDATE history SET outcome = ?, final_text = ?, updated_at = ? WHERE id = ?",
                [outcome, final_text, now(), entry_id],
            )
        return cursor.rowcount > 0


def iter_kept(action: str | None = None, db: Database | None = None) -> Iterator[dict]:
    """Entries the user accepted or edited, oldest first (the material for datasets)."""
    db = resolve(db)
    marks = ", ".join("?" for _ in KEPT_OUTCOMES)
    sql = _SELECT + f" WHERE h.outcome IN ({marks})"
    params: list[Any] = list(KEPT_OUTCOMES)
    if action is not None:
        sql += " AND h.action = ?"
        params.append(action)
    for row in db.query(sql + " ORDER BY h.id", params):
        yield _entry(row)


def rebuild_fts(db: Database | None = None) -> None:
    """Re-index every entry (after a change to how text is tokenized, or to repair the index)."""
    db = resolve(db)
    with write_transaction(db):
        db.conn.execute("INSERT INTO history_fts(history_fts) VALUES ('delete-all')")
        db.conn.execute(
            f"INSERT INTO history_fts(rowid, input, output, final_text) "
            f"SELECT id, {FTS_FUNCTION}(input), {FTS_FUNCTION}(output), {FTS_FUNCTION}(final_text) FROM history"
        )

