"""Actions the user made in the app ("Your actions…") or with ``inkstone-cli actions add``.

One row per action in the ``user_actions`` table: the name, the label shown in menus, the
instruction (stored in ``prompt``) and options as JSON (``{"output_tokens": 80}`` for the longest
answer). :func:`current_catalog` adds them beside the built-ins and the actions file.
Rows come back as dicts: ``name``, ``label``, ``instruction``, ``output_tokens``, ``options``,
``created_at``, ``updated_at``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from core.actions import ActionCatalog, check_action_name, check_app_action, load_catalog
from core.errors import BadInputError, InkstoneError
from core.storage.db import now, resolve, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


def _row(row: tuple) -> dict:
    name, label, prompt, options_json, created_at, updated_at = row
    try:
        options = json.loads(options_json or "{}")
    except ValueError:
        options = {}
    if not isinstance(options, dict):
        options = {}
    return {
        "name": name,
        "label": label or "",
        "instruction": prompt,
        "output_tokens": options.get("output_tokens"),
        "options": options,
        "created_at": created_at,
        "updated_at": updated_at,
    }


_COLUMNS = "name, label, prompt, options_json, created_at, updated_at"


def list_user_actions(db: Database | None = None) -> list[dict]:
    """Every app action, by name."""
    rows = resolve(db).conn.execute(f"SELECT {_COLUMNS} FROM user_actions ORDER BY name")
    return [_row(row) for row in rows]


def current_catalog(user_file: Path | None = None, db: Database | None = None) -> ActionCatalog:
    """Every action the user can run: the built-ins, their actions file and their app actions
    (read from the database on this thread). When the database cannot be read, the built-ins and
    the file still load and ``warnings`` says why the app actions are missing."""
    warnings: list[str] = []
    try:
        rows = list_user_actions(db)
    except (InkstoneError, sqlite3.Error) as exc:
        rows = []
        warnings.append(f"your app actions could not be read: {exc}")
    return load_catalog(user_file, app_actions=rows, warnings=warnings)


def get_user_action(name: str, db: Database | None = None) -> dict | None:
    """The app action called ``name``, or None."""
    row = resolve(db).conn.execute(f"SELECT {_COLUMNS} FROM user_actions WHERE name = ?", [(name or "").strip()]).fetchone()
    return _row(row) if row else None


def save_user_action(
    name: str,
    instruction: str,
    label: str | None = None,
    output_tokens: int | None = None,
    db: Database | None = None,
) -> dict:
    """Add the app action ``name``, or replace the definition of the one of that name (its
    ``created_at`` stays, ``updated_at`` moves on). Returns the stored row.

    Checked first, as :func:`core.actions.check_app_action` does: the name's form, a non-empty
    instruction, the length limit, and that no built-in action or action in the user's actions
    file has this name (a :class:`BadInputError` says which).
    """
    action = check_app_action(name, instruction, label, output_tokens)
    options = {"output_tokens": output_tokens} if output_tokens is not None else {}
    stamp = now()
    with write_transaction(db) as tx:
        tx.execute(
            "INSERT INTO user_actions(name, label, prompt, options_json, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET label = excluded.label, prompt = excluded.prompt, "
            "options_json = excluded.options_json, updated_at = excluded.updated_at",
            [action.name, (label or "").strip() or None, action.prompt, json.dumps(options), stamp, stamp],
        )
        saved = get_user_action(action.name, tx)
    assert saved is not None
    return saved


def rename_user_action(old: str, name: str, instruction: str, label: str | None = None,
                       output_tokens: int | None = None, db: Database | None = None) -> dict:
    """Save the app action ``old`` under the new ``name`` (one transaction): the desktop's editor
    lets the user change an action's name. Refuses a new name another app action already has."""
    new = check_action_name(name)
    with write_transaction(db) as tx:
        if new != old and get_user_action(new, tx) is not None:
            raise BadInputError(f"you already have an action named {new!r}; choose another name")
        created = get_user_action(old, tx)
        saved = save_user_action(new, instruction, label, output_tokens, tx)
        if new != old and created is not None:
            tx.execute("DELETE FROM user_actions WHERE name = ?", [old])
            tx.execute("UPDATE user_actions SET created_at = ? WHERE name = ?", [created["created_at"], new])
            saved["created_at"] = created["created_at"]
    return saved


def delete_user_action(name: str, db: Database | None = None) -> bool:
    """Remove the app action ``name``; False when there was none."""
    with write_transaction(db) as tx:
        cursor = tx.execute("DELETE FROM user_actions WHERE name = ?", [(name or "").strip()])
        return cursor.rowcount > 0
