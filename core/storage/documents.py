"""The documents the user works on: path, title, when last opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core.storage.db import now, resolve, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


def normalize_path(path: str | Path) -> str:
    """The form a document's path is stored in: absolute, with ``~`` expanded."""
    return str(Path(path).expanduser().absolute())


def ensure_document(path: str | Path, title: str | None = None, db: Database | None = None) -> int:
    """The id of the document at ``path``, adding it if it is new."""
    db = resolve(db)
    key = normalize_path(path)
    with write_transaction(db):
        db.conn.execute(
            "INSERT INTO documents(path, title, created_at) VALUES (?, ?, ?) ON CONFLICT(path) DO NOTHING",
            [key, title or Path(key).name, now()],
        )
        return db.conn.execute("SELECT id FROM documents WHERE path = ?", [key]).fetchone()[0]


def touch_document(path: str | Path, title: str | None = None, db: Database | None = None) -> int:
    """Record that the user opened the document at ``path`` now; returns its id."""
    db = resolve(db)
    with write_transaction(db):
        doc_id = ensure_document(path, title, db)
        stamp = now()
        if title:
            db.conn.execute("UPDATE documents SET last_opened_at = ?, title = ? WHERE id = ?", [stamp, title, doc_id])
        else:
            db.conn.execute("UPDATE documents SET last_opened_at = ? WHERE id = ?", [stamp, doc_id])
    return doc_id


def find_document(path_or_id: str | int | Path, db: Database | None = None) -> dict | None:
    """The document with this id or path, or None."""
    db = resolve(db)
    if isinstance(path_or_id, int):
        rows = db.query("SELECT * FROM documents WHERE id = ?", [path_or_id])
    else:
        rows = db.query("SELECT * FROM documents WHERE path = ?", [normalize_path(path_or_id)])
    return next(iter(rows), None)


def recent_documents(limit: int = 20, db: Database | None = None) -> list[dict]:
    """Documents by when they were last opened, most recent first."""
    return list(
        resolve(db).query(
            "SELECT * FROM documents WHERE last_opened_at IS NOT NULL ORDER BY last_opened_at DESC LIMIT ?",
            [limit],
        )
    )


def history_documents(limit: int = 50, db: Database | None = None) -> list[str]:
    """Paths of the documents history entries came from, most recently used first."""
    rows = resolve(db).conn.execute(
        "SELECT d.path FROM documents d JOIN history h ON h.document_id = d.id "
        "GROUP BY d.id ORDER BY max(h.id) DESC LIMIT ?",
        [limit],
    )
    return [path for (path,) in rows]
