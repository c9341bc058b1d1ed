"""Per-action settings the CLI and the app share: the model, adapter and decoding defaults a user
chose for one action (``translate`` on a bigger multilingual model, ``continue`` with their own
adapter, a low temperature for ``summarize``).

One row per action in ``action_settings`` with a JSON object of the keys in :data:`KEYS`. A run
takes, for each setting, the value given for that run (a CLI flag), else this action's setting,
else the front end's general preference, else the built-in default (:func:`core.run.settle`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from core import decoding
from core.errors import BadInputError
from core.storage.db import now, resolve, write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Setting name -> what it holds, for messages and ``actions set --help``.
KEYS = {
    "model": "model name or path",
    "backend": "auto, or a backend name",
    "adapter": "LoRA adapter id or name",
    "few_shot": decoding.FEW_SHOT.help,
    **{name: setting.help for name, setting in decoding.SETTINGS.items()},
}
_NUMBERS = decoding.RANGED


def check_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` without empty values, each checked; a :class:`BadInputError` names a bad one."""
    checked: dict[str, Any] = {}
    for key, value in settings.items():
        if key not in KEYS:
            raise BadInputError(f"unknown action setting {key!r}; settings: {', '.join(KEYS)}")
        if value is None or value == "":
            continue
        if key in _NUMBERS:
            kind = int if key in decoding.INTEGERS else float
            if isinstance(value, bool) or not isinstance(value, int | float) or (kind is int and not float(value).is_integer()):
                raise BadInputError(f"the {key} setting must be a number")
            value = _NUMBERS[key].check(kind(value), key)
        elif not isinstance(value, str):
            raise BadInputError(f"the {key} setting must be text")
        checked[key] = value
    return checked


def _decode(settings_json: str | None) -> dict[str, Any]:
    try:
        data = json.loads(settings_json or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    try:
        return check_settings({k: v for k, v in data.items() if k in KEYS})
    except BadInputError:
        return {}  # a hand-edited row with a bad value: ignored rather than failing every run


def get_action_settings(action: str, db: Database | None = None) -> dict[str, Any]:
    """The settings of ``action`` ({} when none)."""
    row = resolve(db).conn.execute("SELECT settings_json FROM action_settings WHERE action = ?", [action]).fetchone()
    return _decode(row[0]) if row else {}


def all_action_settings(db: Database | None = None) -> dict[str, dict[str, Any]]:
    """Every action that has settings, by name."""
    rows = resolve(db).conn.execute("SELECT action, settings_json FROM action_settings ORDER BY action")
    return {action: settings for action, text in rows if (settings := _decode(text))}


def update_action_settings(action: str, changes: dict[str, Any], db: Database | None = None) -> dict[str, Any]:
    """Set the given settings of ``action`` (a None or empty value removes that setting); return
    the action's settings after the change."""
    action = (action or "").strip()
    if not action:
        raise BadInputError("name the action whose settings to change")
    removed = {key for key, value in changes.items() if value is None or value == ""}
    added = check_settings(changes)
    with write_transaction(db) as tx:
        settings = {**get_action_settings(action, tx), **added}
        for key in removed:
            settings.pop(key, None)
        if settings:
            tx.execute(
                "INSERT INTO action_settings(action, settings_json, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(action) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at",
                [action, json.dumps(settings, ensure_ascii=False, sort_keys=True), now()],
            )
        else:
            tx.execute("DELETE FROM action_settings WHERE action = ?", [action])
    return settings
