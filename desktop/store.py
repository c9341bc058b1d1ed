"""The desktop's door to the core's database (history, documents, settings, adapters, datasets).

Every call here runs on the calling thread with that thread's own connection (the core opens one
per thread). The window makes these calls on its database thread (:mod:`desktop.background`),
never on the UI thread: the first one imports sqlite-utils, and a write may wait for another
process. Panels reach the database through these functions, never with SQL of their own.

A failure to reach the database never takes the editor down: callers show the message in the
message bar and carry on.
"""

from __future__ import annotations

from pathlib import Path

# -- history ---------------------------------------------------------------------------------------


def record_run(result, outcome: str, document: str | None = None) -> int | None:
    """Record a run's result (finished, cancelled or failed) with its outcome; the new history id
    (None when history is off)."""
    from core.run import record_run as record

    return record(result, outcome, document)


def update_outcome(history_id: int | None, outcome: str, final_text: str | None = None) -> None:
    from core.storage import history

    if history_id is not None:
        history.update_outcome(history_id, outcome, final_text)


def history_documents(limit: int = 50) -> list[str]:
    """Paths of the documents history entries came from, most recently used first."""
    from core.storage.documents import history_documents as paths

    return paths(limit)


def history_enabled() -> bool:
    from core.storage import settings

    return bool(settings.history_enabled())


def set_history_enabled(value: bool) -> None:
    from core.storage import settings

    settings.set_history_enabled(bool(value))


def note_document(path: str | Path) -> None:
    """Remember that ``path`` was opened (the history panel filters by document)."""
    from core.storage.documents import touch_document

    try:
        touch_document(str(path))
    except Exception:  # a locked or damaged database must not stop a file opening
        pass


# -- adapters ---------------------------------------------------------------------------------------


def adapter_argument(adapter_id: str | None) -> str | None:
    """What :class:`~core.run.ActionRequest` takes for the active adapter."""
    return adapter_id or None


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
