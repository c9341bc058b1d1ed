"""Key/value settings kept in the database (values are anything JSON can hold)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from core.storage.db import now, resolve

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Whether each action run is recorded in history (default: on).
HISTORY_ENABLED = "history.enabled"

#: The spelling and grammar checker (core.grammar): on/off, dialect, rules turned off. Their
#: defaults and accessors live in core.storage.dictionary, beside the personal dictionary.
GRAMMAR_ENABLED = "grammar.enabled"
GRAMMAR_DIALECT = "grammar.dialect"
GRAMMAR_DISABLED_RULES = "grammar.disabled_rules"

_DEFAULTS: dict[str, Any] = {HISTORY_ENABLED: True}


def get_setting(key: str, default: Any = None, db: Database | None = None) -> Any:
    """The stored value of ``key``; else ``default``; else Inkstone's built-in default."""
    row = resolve(db).conn.execute("SELECT value_json FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default if default is not None else _DEFAULTS.get(key)
    return json.loads(row[0])


def set_setting(key: str, value: Any, db: Database | None = None) -> None:
    """Store ``value`` (JSON-serializable) under ``key``."""
    resolve(db).execute(
        "INSERT INTO settings(key, value_json, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at",
        [key, json.dumps(value, ensure_ascii=False), now()],
    )


def all_settings(db: Database | None = None) -> dict[str, Any]:
    """Every setting: built-in defaults overlaid with the stored values."""
    values = dict(_DEFAULTS)
    for key, value_json in resolve(db).conn.execute("SELECT key, value_json FROM settings ORDER BY key"):
        values[key] = json.loads(value_json)
    return values


def history_enabled(db: Database | None = None) -> bool:
    """Whether new action runs are recorded in history."""
    return bool(get_setting(HISTORY_ENABLED, db=db))


def set_history_enabled(enabled: bool, db: Database | None = None) -> None:
    """Turn history recording on or off; entries already recorded stay until deleted."""
    set_setting(HISTORY_ENABLED, bool(enabled), db=db)
