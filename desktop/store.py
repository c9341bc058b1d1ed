"""The desktop's door to the core's database (history, documents, settings, adapters).

Every call here runs on the calling thread with that thread's own connection (the core opens one
per thread). The window makes these calls on its database thread (:mod:`desktop.background`),
never on the UI thread: the first one imports sqlite-utils, and a write may wait for another
process.

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


def record_failure(session_info: dict, error: str, document: str | None = None) -> int | None:
    """Record a run that failed before it produced a result."""
    history = _module("history")
    if history is None:
        return None
    return history.record(
        session_info["action"],
        session_info["input"],
        session_info.get("output", ""),
        outcome="failed",
        options={k: v for k, v in session_info.get("options", {}).items() if v},
        document=document,
        model=session_info.get("model"),
        backend=session_info.get("backend"),
        device=session_info.get("device"),
        reason=session_info.get("reason"),
        adapter=session_info.get("adapter"),
        finish_reason="error",
        error=error,
    )


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


# -- datasets ---------------------------------------------------------------------------------------


def entry_example(entry: dict) -> dict:
    """A history entry as a training example, exactly as the dataset builder makes it."""
    from core.datasets_build import example_from_entry
    from core.errors import BadInputError

    example = example_from_entry(entry)
    if example is None:
        raise BadInputError(f"the {entry['action']} action no longer exists, so this entry cannot become an example")
    return example


def add_entry_to_dataset(entry_id: int, name: str) -> dict:
    """Add history entry ``entry_id`` to dataset ``name`` (created when new); the save summary."""
    from core.errors import BadInputError
    from core.storage import datasets, history

    entry = history.get_entry(entry_id)
    if entry is None:
        raise BadInputError(f"history entry {entry_id} no longer exists")
    exists = datasets.find_dataset(name) is not None
    return datasets.save_examples(
        name,
        [entry_example(entry)],
        source="history",
        append=exists,
        description=None if exists else "examples picked from history",
    )


def update_example(example_id: int, messages: list[dict]) -> None:
    from core.storage import datasets

    datasets.update_example(example_id, messages)


def delete_example(example_id: int) -> None:
    from core.storage import datasets

    datasets.delete_example(example_id)
