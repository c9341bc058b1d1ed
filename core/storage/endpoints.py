"""The ``endpoints`` table: OpenAI-compatible servers the user added (see :mod:`core.endpoints`).

Rows hold where a server is and what it was found to offer; an API key is never stored here (it
lives in the system keyring, or the row names an environment variable that holds it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.errors import BadInputError
from core.storage.db import now, resolve, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Columns a caller may set (``name`` and the timestamps are managed here).
FIELDS = ("base_url", "model", "key_source", "key_env", "context_length", "tokenize_route", "completions", "read_timeout_s")


def _row(row: dict) -> dict[str, Any]:
    data = dict(row)
    if data.get("completions") is not None:
        data["completions"] = bool(data["completions"])
    return data


def list_endpoint_rows(db: Database | None = None) -> list[dict[str, Any]]:
    """Every endpoint, by name."""
    return [_row(r) for r in resolve(db).query("SELECT * FROM endpoints ORDER BY name COLLATE NOCASE")]


def get_endpoint_row(name: str, db: Database | None = None) -> dict[str, Any] | None:
    """The endpoint called ``name`` (case-insensitive), or None."""
    rows = resolve(db).query("SELECT * FROM endpoints WHERE name = ?", [(name or "").strip()])
    row = next(iter(rows), None)
    return _row(row) if row else None


def insert_endpoint_row(name: str, values: dict[str, Any], db: Database | None = None) -> None:
    """Add an endpoint; a name already in use is a :class:`BadInputError`."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown endpoint fields: {sorted(unknown)}")
    stamp = now()
    with write_transaction(db) as tx:
        if tx.conn.execute("SELECT 1 FROM endpoints WHERE name = ?", [name]).fetchone():
            raise BadInputError(f"an endpoint called {name!r} already exists; remove it first or choose another name")
        columns = ["name", *values, "created_at", "updated_at"]
        tx.conn.execute(
            f"INSERT INTO endpoints({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [name, *values.values(), stamp, stamp],
        )


def update_endpoint_row(name: str, values: dict[str, Any], db: Database | None = None) -> bool:
    """Change some fields of endpoint ``name``; False when there is no such endpoint."""
    unknown = set(values) - set(FIELDS) - {"http_warned_at"}
    if unknown:
        raise ValueError(f"unknown endpoint fields: {sorted(unknown)}")
    if not values:
        return get_endpoint_row(name, db) is not None
    assignments = ", ".join(f"{column} = ?" for column in values)
    with write_transaction(db) as tx:
        cursor = tx.conn.execute(
            f"UPDATE endpoints SET {assignments}, updated_at = ? WHERE name = ?", [*values.values(), now(), name]
        )
        return cursor.rowcount > 0


def mark_http_warned(name: str, db: Database | None = None) -> None:
    """Remember that the user was told this endpoint sends text unencrypted."""
    update_endpoint_row(name, {"http_warned_at": now()}, db)


def delete_endpoint_row(name: str, db: Database | None = None) -> bool:
    """Forget endpoint ``name``; False when there was none."""
    with write_transaction(db) as tx:
        return tx.conn.execute("DELETE FROM endpoints WHERE name = ?", [name]).rowcount > 0
