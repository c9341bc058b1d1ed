"""Few-shot from the user's own history: earlier results they accepted (or edited and kept) for the
same action and option, shown to the model as examples before the new text, so that answers take
their voice from the first kept edit, long before there is enough for a fine-tune.

Examples are picked by relevance to the new text: an OR query over its words, ranked by SQLite
FTS5's bm25 over history's full-text index (requiring every word would find nothing for a long
input), then limited to a token budget that never pushes the real input out of the context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.storage.fts import HAS_TOKEN, SPLIT

if TYPE_CHECKING:
    from sqlite_utils import Database

#: At most this share of the model's context goes to examples.
CONTEXT_SHARE = 0.25
#: Query words taken from a long input: enough to find related entries, few enough to stay fast.
MAX_QUERY_WORDS = 48
_CANDIDATES = 24
# Options that change what a good answer is: an example must have been made with the same ones.
_MATCHED_OPTIONS = ("style", "lang", "length", "instruction")
_WORD = re.compile(r"\w+", re.UNICODE)


def any_words_query(text: str) -> str | None:
    """An FTS5 query matching entries that share any word (or, in Chinese, Japanese and Korean
    text, any pair of adjacent characters) with ``text``; None when it has none."""
    terms: list[str] = []
    seen: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if SPLIT.search(word):
            chars = [c for c in SPLIT.split(word) if c.strip()]
            pieces = [f"{a} {b}" for a, b in zip(chars, chars[1:])] or chars
        elif len(word) >= 3 and HAS_TOKEN.search(word):
            pieces = [word]
        else:
            continue
        for piece in pieces:
            if piece not in seen:
                seen.add(piece)
                terms.append('"' + piece.replace('"', '""') + '"')  # CJK pairs are spaced as indexed
        if len(terms) >= MAX_QUERY_WORDS:
            break
    return " OR ".join(terms) if terms else None


def find_examples(action: str, options: dict, text: str, limit: int, db: Database | None = None) -> list[dict]:
    """Up to ``limit`` kept history entries of ``action`` made with the same options as
    ``options``, most relevant to ``text`` first."""
    from core.storage.db import resolve
    from core.storage.history import KEPT_OUTCOMES, _entry

    query = any_words_query(text)
    if limit <= 0 or query is None:
        return []
    db = resolve(db)
    marks = ", ".join("?" for _ in KEPT_OUTCOMES)
    sql = (
        "SELECT h.*, NULL AS document FROM history_fts JOIN history h ON h.id = history_fts.rowid "
        f"WHERE history_fts MATCH ? AND h.action = ? AND h.outcome IN ({marks}) "
        "ORDER BY bm25(history_fts) LIMIT ?"
    )
    wanted = {key: options.get(key) for key in _MATCHED_OPTIONS if options.get(key)}
    found = []
    for row in db.query(sql, [query, action, *KEPT_OUTCOMES, _CANDIDATES]):
        entry = _entry(row)
        if entry["finish_reason"] == "length" and entry["final_text"] is None:
            continue  # cut off by the token limit: not an example of a finished answer
        if entry["input"].strip() == text.strip() or not entry["kept_text"].strip():
            continue
        if {key: entry["options"].get(key) for key in wanted} != wanted:
            continue
        found.append(entry)
        if len(found) >= limit:
            break
    return found


def fit_examples(entries: list[dict], budget_tokens: int, count_tokens: Callable[[str], int]) -> list[dict]:
    """The first of ``entries`` whose texts fit ``budget_tokens`` together (in order of relevance)."""
    kept, used = [], 0
    for entry in entries:
        cost = count_tokens(entry["input"]) + count_tokens(entry["kept_text"]) + 16  # turn markers
        if used + cost > budget_tokens:
            continue
        kept.append(entry)
        used += cost
    return kept
