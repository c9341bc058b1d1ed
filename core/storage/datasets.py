"""Personal datasets: named sets of chat examples for fine-tuning.

An example is a list of chat messages (``{"role": "system"|"user"|"assistant", "content":
str}``), the format TRL and LLaMA-Factory read. Each example is stored once per dataset (keyed by
a hash of its messages) and belongs to the ``train`` or ``eval`` split. Building datasets from
history and documents lives in :mod:`core.datasets_build`; JSONL files in :mod:`core.storage.jsonl`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from core.errors import BadInputError
from core.examples import check_messages, example_problem
from core.storage.db import now, resolve, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

SPLITS = ("train", "eval")
MAX_NAME_LENGTH = 100
#: Share of examples held out for evaluation, unless the caller says otherwise.
DEFAULT_EVAL_FRACTION = 0.1
DEFAULT_SEED = 0


def check_name(name: str) -> str:
    """``name`` stripped, or :class:`BadInputError` if it cannot name a dataset."""
    stripped = (name or "").strip()
    if not stripped:
        raise BadInputError("a dataset needs a name")
    if len(stripped) > MAX_NAME_LENGTH:
        raise BadInputError(f"dataset names are at most {MAX_NAME_LENGTH} characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in stripped):
        raise BadInputError("a dataset name cannot contain control characters")
    return stripped


def canonical_json(messages: list[dict[str, str]]) -> str:
    """The stored form of an example's messages: compact JSON with sorted keys."""
    return json.dumps(messages, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def content_hash(messages: list[dict[str, str]]) -> str:
    """Identity of an example for de-duplication: SHA-256 of its canonical JSON."""
    return hashlib.sha256(canonical_json(messages).encode("utf-8")).hexdigest()


def assign_splits(hashes: list[str], eval_fraction: float = DEFAULT_EVAL_FRACTION, seed: int = DEFAULT_SEED) -> dict[str, str]:
    """Deterministically put ``round(n * eval_fraction)`` of the examples in ``eval``.

    The choice depends only on the set of hashes and the seed, not on their order, so
    exporting a dataset and importing it again with the same settings gives the same split.
    At least one example stays in ``train``.
    """
    if not 0 <= eval_fraction < 1:
        raise BadInputError("the eval fraction must be at least 0 and less than 1")
    n = len(hashes)
    n_eval = min(int(n * eval_fraction + 0.5), n - 1) if n >= 2 else 0
    order = sorted(hashes, key=lambda h: hashlib.sha256(f"{seed}:{h}".encode()).digest())
    held_out = set(order[:n_eval])
    return {h: ("eval" if h in held_out else "train") for h in hashes}


def _dataset_row(row: dict, counts: dict[tuple[int, str], int]) -> dict:
    info = dict(row)
    info["params"] = json.loads(info.pop("params_json") or "{}")
    info["train"] = counts.get((info["id"], "train"), 0)
    info["eval"] = counts.get((info["id"], "eval"), 0)
    info["examples"] = info["train"] + info["eval"]
    return info


def _counts(db: Database, dataset_id: int | None = None) -> dict[tuple[int, str], int]:
    sql = "SELECT dataset_id, split, count(*) FROM examples"
    params: list[Any] = []
    if dataset_id is not None:
        sql += " WHERE dataset_id = ?"
        params.append(dataset_id)
    rows = db.conn.execute(sql + " GROUP BY dataset_id, split", params)
    return {(dataset_id, split): count for dataset_id, split, count in rows}


def list_datasets(db: Database | None = None) -> list[dict]:
    """Every dataset, by name: ``id``, ``name``, ``description``, ``source``, ``params``,
    ``examples``, ``train``, ``eval``, ``created_at``, ``updated_at``."""
    db = resolve(db)
    counts = _counts(db)
    return [_dataset_row(row, counts) for row in db.query("SELECT * FROM datasets ORDER BY name")]


def find_dataset(name: str, db: Database | None = None) -> dict | None:
    """The dataset called ``name`` (case-insensitive), as in :func:`list_datasets`, or None."""
    db = resolve(db)
    row = next(iter(db.query("SELECT * FROM datasets WHERE name = ?", [name.strip()])), None)
    return _dataset_row(row, _counts(db, row["id"])) if row else None


def require_dataset(name: str, db: Database | None = None) -> dict:
    """Like :func:`find_dataset`, but an unknown name is a :class:`BadInputError` listing the
    datasets there are."""
    db = resolve(db)
    found = find_dataset(name, db)
    if found is None:
        names = [row[0] for row in db.conn.execute("SELECT name FROM datasets ORDER BY name")]
        listing = ", ".join(names) if names else "none yet"
        raise BadInputError(f"unknown dataset {name!r}; datasets: {listing}")
    return found


def create_dataset(
    name: str, source: str, description: str | None = None, params: dict | None = None, db: Database | None = None
) -> int:
    """Create an empty dataset; return its id. A name already in use is a :class:`BadInputError`."""
    db = resolve(db)
    name = check_name(name)
    with write_transaction(db):
        existing = db.conn.execute("SELECT name FROM datasets WHERE name = ?", [name]).fetchone()
        if existing:
            raise BadInputError(f"a dataset called {existing[0]!r} already exists; choose another name or delete it first")
        stamp = now()
        cursor = db.conn.execute(
            "INSERT INTO datasets(name, description, source, params_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [name, description, source, json.dumps(params or {}, ensure_ascii=False, sort_keys=True), stamp, stamp],
        )
        return cursor.lastrowid


def delete_dataset(name: str, db: Database | None = None) -> dict:
    """Delete a dataset and its examples; return what it was (as in :func:`list_datasets`)."""
    db = resolve(db)
    with write_transaction(db):
        found = require_dataset(name, db)
        db.conn.execute("DELETE FROM datasets WHERE id = ?", [found["id"]])
    return found


def save_examples(
    name: str,
    examples: Iterable[dict],
    *,
    source: str,
    append: bool = False,
    eval_fraction: float = DEFAULT_EVAL_FRACTION,
    seed: int = DEFAULT_SEED,
    description: str | None = None,
    params: dict | None = None,
    db: Database | None = None,
) -> dict:
    """Store ``examples`` in dataset ``name``, all or nothing, and return what happened.

    Each example is a dict with ``messages`` and optionally ``source_kind``, ``source_id`` and
    ``split`` (an example that names its split keeps it; the others are split as below).
    Without ``append`` the dataset must not exist yet and is created; with it, it must exist.
    Examples already in the dataset (same messages) are skipped. The new examples are split
    with :func:`assign_splits`. Returns ``name``, ``id``, ``added``, ``duplicates``, and the
    dataset's totals ``examples``, ``train``, ``eval``.
    """
    db = resolve(db)
    assign_splits([], eval_fraction, seed)  # validates eval_fraction before any write
    params = {**(params or {}), "eval_fraction": eval_fraction, "seed": seed}
    with write_transaction(db):
        if append:
            dataset_id = require_dataset(name, db)["id"]
            seen = {h for (h,) in db.conn.execute("SELECT content_hash FROM examples WHERE dataset_id = ?", [dataset_id])}
        else:
            dataset_id = create_dataset(name, source, description, params, db)
            seen = set()
        rows = []
        duplicates = 0
        for number, example in enumerate(examples, 1):
            stored = canonical_json(check_messages(example["messages"], f"example {number}"))
            digest = hashlib.sha256(stored.encode("utf-8")).hexdigest()
            if digest in seen:
                duplicates += 1
                continue
            seen.add(digest)
            fixed = example.get("split")
            if fixed is not None and fixed not in SPLITS:
                raise BadInputError(f"unknown split {fixed!r}; splits: {', '.join(SPLITS)}")
            rows.append([dataset_id, stored, example.get("source_kind") or source, example.get("source_id"), digest, fixed])
        splits = assign_splits([row[4] for row in rows if row[5] is None], eval_fraction, seed)
        splits.update({row[4]: row[5] for row in rows if row[5] is not None})
        stamp = now()
        # executemany on the open transaction: sqlite-utils' insert_all re-derives columns and
        # SQL for every batch, which doubles the time of a 20,000-example import.
        db.conn.executemany(
            "INSERT INTO examples(dataset_id, messages_json, source_kind, source_id, content_hash, split, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            ([*row[:5], splits[row[4]], stamp] for row in rows),
        )
        db.conn.execute("UPDATE datasets SET updated_at = ? WHERE id = ?", [stamp, dataset_id])
        totals = _counts(db, dataset_id)
    train, held_out = totals.get((dataset_id, "train"), 0), totals.get((dataset_id, "eval"), 0)
    return {
        "name": check_name(name),
        "id": dataset_id,
        "added": len(rows),
        "duplicates": duplicates,
        "examples": train + held_out,
        "train": train,
        "eval": held_out,
    }


def iter_examples(
    name: str, split: str | None = None, limit: int | None = None, db: Database | None = None
) -> Iterator[dict]:
    """Examples of dataset ``name`` in the order they were added: dicts with ``id``,
    ``messages``, ``split``, ``source_kind``, ``source_id``, ``content_hash`` and ``problem``
    (None, or why the example breaks the rule of :mod:`core.examples`: rows an older release
    stored are flagged, never deleted). ``split``: ``train``, ``eval`` or None for both."""
    db = resolve(db)
    dataset = require_dataset(name, db)
    sql = "SELECT id, messages_json, split, source_kind, source_id, content_hash FROM examples WHERE dataset_id = ?"
    params: list[Any] = [dataset["id"]]
    if split is not None:
        if split not in SPLITS:
            raise BadInputError(f"unknown split {split!r}; splits: {', '.join(SPLITS)}")
        sql += " AND split = ?"
        params.append(split)
    sql += " ORDER BY id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    for row in db.conn.execute(sql, params):
        example_id, messages_json, example_split, source_kind, source_id, digest = row
        try:
            messages = json.loads(messages_json)
        except ValueError:
            messages = None
        problem = example_problem(messages)
        yield {
            "id": example_id,
            "messages": check_messages(messages) if problem is None else messages,
            "problem": problem,
            "split": example_split,
            "source_kind": source_kind,
            "source_id": source_id,
            "content_hash": digest,
        }


def _example_dataset(db: Database, example_id: int) -> int:
    row = db.conn.execute("SELECT dataset_id FROM examples WHERE id = ?", [example_id]).fetchone()
    if row is None:
        raise BadInputError(f"example {example_id} no longer exists")
    return row[0]


def update_example(example_id: int, messages: Iterable[dict], db: Database | None = None) -> None:
    """Replace the messages of one example (its split stays); refuse an edit that duplicates another."""
    db = resolve(db)
    stored = canonical_json(check_messages(list(messages)))
    digest = hashlib.sha256(stored.encode("utf-8")).hexdigest()
    with write_transaction(db):
        dataset_id = _example_dataset(db, example_id)
        clash = db.conn.execute(
            "SELECT id FROM examples WHERE dataset_id = ? AND content_hash = ? AND id != ?", [dataset_id, digest, example_id]
        ).fetchone()
        if clash is not None:
            raise BadInputError(f"the dataset already has this example (number {clash[0]})")
        db.conn.execute("UPDATE examples SET messages_json = ?, content_hash = ? WHERE id = ?", [stored, digest, example_id])
        db.conn.execute("UPDATE datasets SET updated_at = ? WHERE id = ?", [now(), dataset_id])


def delete_example(example_id: int, db: Database | None = None) -> None:
    """Remove one example from its dataset."""
    db = resolve(db)
    with write_transaction(db):
        dataset_id = _example_dataset(db, example_id)
        db.conn.execute("DELETE FROM examples WHERE id = ?", [example_id])
        db.conn.execute("UPDATE datasets SET updated_at = ? WHERE id = ?", [now(), dataset_id])
