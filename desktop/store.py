"""The desktop's door to the core's database (history, documents, settings, adapters).

Every call here runs on the calling thread with that thread's own connection (the core opens one
per thread). The calls are small (one row, one indexed query), so the UI thread makes them
directly; anything that scans a dataset runs in a worker.

A failure to reach the database never takes the editor down: callers show the message in the
message bar and carry on.
"""

from __future__ import annotations

import importlib
from pathlib import Path


def _module(name: str):
    """``core.storage.<name>``, or None while that part of the core is not installed."""
    try:
        return importlib.import_module(f"core.storage.{name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("core.storage"):
            return None
        raise


def available(name: str = "history") -> bool:
    return _module(name) is not None


# -- history ---------------------------------------------------------------------------------------


def record(result, outcome: str, document: str | None = None) -> int | None:
    """Record an action's result with its outcome; the new history id (None when history is off)."""
    history = _module("history")
    if history is None:
        return None
    return history.record_result(result, outcome=outcome, document=document)


def update_outcome(history_id: int | None, outcome: str, final_text: str | None = None) -> None:
    history = _module("history")
    if history is None or history_id is None:
        return
    history.update_outcome(history_id, outcome, final_text)


def history_enabled() -> bool:
    settings = _module("settings")
    if settings is None:
        return True
    return bool(settings.history_enabled())


def set_history_enabled(value: bool) -> None:
    settings = _module("settings")
    if settings is not None:
        settings.set_history_enabled(bool(value))


def note_document(path: str | Path) -> None:
    """Remember that ``path`` was opened (the history panel filters by document)."""
    documents = _module("documents")
    if documents is None:
        return
    try:
        documents.touch_document(str(path))
    except Exception:  # a missing table or a locked database must not stop a file opening
        pass


# -- adapters ---------------------------------------------------------------------------------------


def adapter_argument(adapter_id: str | None) -> str | None:
    """What :class:`~core.engine.ActionRequest` takes for the active adapter."""
    return adapter_id or None


def close() -> None:
    """Close this thread's database connection (the window calls it on exit)."""
    db = _module("db")
    if db is not None and hasattr(db, "close_db"):
        db.close_db()
