"""The spelling checker's personal dictionary and settings, shared by the app and the CLI.

Words live in the ``grammar_words`` table (migration ``m007_grammar_dictionary``); the checker's
settings (on/off, dialect, rules turned off) in the ``settings`` table under the
``grammar.*`` keys. :func:`load_check_settings` gathers both into a
:class:`core.grammar.CheckSettings`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.errors import BadInputError
from core.grammar import DEFAULT_DIALECT, DEFAULT_DISABLED_RULES, DIALECTS, CheckSettings
from core.storage.db import resolve, write_transaction
from core.storage.settings import GRAMMAR_DIALECT, GRAMMAR_DISABLED_RULES, GRAMMAR_ENABLED, get_setting, set_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_WORD_CHARS = 100


def _clean(word: str) -> str:
    word = word.strip()
    if not word:
        raise BadInputError("a dictionary word cannot be empty")
    if len(word) > MAX_WORD_CHARS or any(ch.isspace() for ch in word):
        raise BadInputError(f"{word[:40]!r} is not a single word; add words one at a time")
    return word


def list_words(db: Database | None = None) -> list[str]:
    """The personal dictionary, alphabetically (case-insensitive)."""
    rows = resolve(db).conn.execute("SELECT word FROM grammar_words ORDER BY word COLLATE NOCASE, word")
    return [word for (word,) in rows]


def add_words(words: Iterable[str], db: Database | None = None) -> list[str]:
    """Add ``words`` (kept as written: "Inkstone" and "inkstone" are different words); return
    those that were new."""
    cleaned = [_clean(w) for w in words]
    added = []
    with write_transaction(db) as tx:
        for word in dict.fromkeys(cleaned):
            cursor = tx.execute("INSERT OR IGNORE INTO grammar_words(word) VALUES (?)", [word])
            if cursor.rowcount:
                added.append(word)
    return added


def remove_words(words: Iterable[str], db: Database | None = None) -> list[str]:
    """Remove ``words``; return those that were in the dictionary."""
    removed = []
    with write_transaction(db) as tx:
        for word in dict.fromkeys(w.strip() for w in words):
            if tx.execute("DELETE FROM grammar_words WHERE word = ?", [word]).rowcount:
                removed.append(word)
    return removed


def load_check_settings(db: Database | None = None) -> CheckSettings:
    """The checker's settings and the personal dictionary, as stored."""
    db = resolve(db)
    dialect = get_setting(GRAMMAR_DIALECT, db=db) or DEFAULT_DIALECT
    if dialect not in DIALECTS:  # written by a newer release, or by hand
        dialect = DEFAULT_DIALECT
    disabled = get_setting(GRAMMAR_DISABLED_RULES, db=db)
    enabled = get_setting(GRAMMAR_ENABLED, db=db)
    return CheckSettings(
        enabled=True if enabled is None else bool(enabled),
        dialect=dialect,
        disabled_rules=tuple(disabled) if isinstance(disabled, list) else DEFAULT_DISABLED_RULES,
        words=tuple(list_words(db)),
    )


def save_check_settings(settings: CheckSettings, db: Database | None = None) -> None:
    """Store on/off, dialect and the rules turned off (the words are stored one by one)."""
    settings.check()
    with write_transaction(db) as tx:
        set_setting(GRAMMAR_ENABLED, bool(settings.enabled), db=tx)
        set_setting(GRAMMAR_DIALECT, settings.dialect, db=tx)
        set_setting(GRAMMAR_DISABLED_RULES, sorted(set(settings.disabled_rules)), db=tx)
