"""Full-text search helpers shared by the history index and its queries.

SQLite's ``unicode61`` tokenizer splits words at spaces and punctuation, which suits most
scripts but treats a whole run of Chinese or Japanese text as one "word", so a search for 历史
would miss 历史记录. Before indexing, :func:`fts_text` puts a space around every Han, kana and
Hangul character; a query for such text becomes a phrase of single characters, which matches
exactly where those characters appear next to each other (substring search for those scripts).
"""

from __future__ import annotations

import re

#: Name under which :func:`fts_text` is registered on every connection; the history triggers
#: call it, so the function must exist wherever history is written.
FTS_FUNCTION = "inkstone_fts_text"

# Han (with extensions and compatibility ideographs), Hiragana, Katakana (with halfwidth forms)
# and Hangul syllables. Scripts whose letters carry combining marks (Thai, Devanagari, ...) stay
# whole: splitting them would cut marks off their base letters.
_SPLIT_CHARS = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7a3"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9d"  # halfwidth Katakana
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
SPLIT = re.compile(f"([{_SPLIT_CHARS}])")
_ENDS_SPLIT = re.compile(f"[{_SPLIT_CHARS}]$")
_MIN_PREFIX = 3
# unicode61 keeps letters, digits and private-use characters; a query word without any of them
# would be an empty phrase.
HAS_TOKEN = re.compile(r"[^\W_]")

# Changing what fts_text produces changes how existing rows were indexed: the history index is
# contentless and deletes rows by re-tokenizing their old text, so such a change needs a
# migration that calls core.storage.history.rebuild_fts().


def fts_text(text: str | None) -> str | None:
    """Text as it is given to the full-text index (see the module docstring)."""
    if not text or not SPLIT.search(text):
        return text
    return SPLIT.sub(r" \1 ", text)


def fts_query(query: str, prefix: bool = False) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must appear (in any order).

    Words are quoted, so FTS5 operators and punctuation in the query are taken literally.
    With ``prefix``, the last word also matches longer words ("writ" finds "writing"), which
    suits search-as-you-type; a last word of one or two letters is still matched whole, since
    expanding it would touch a large part of the index. Returns None when the query has nothing
    searchable in it.
    """
    phrases = []
    for word in query.split():
        if not HAS_TOKEN.search(word):
            continue
        phrases.append('"' + fts_text(word).strip().replace('"', '""') + '"')
    if not phrases:
        return None
    last = query.split()[-1]
    if prefix and len(last) >= _MIN_PREFIX and HAS_TOKEN.search(last) and not _ENDS_SPLIT.search(last):
        phrases[-1] += " *"
    return " ".join(phrases)


def snippet(texts: list[str | None], query: str, width: int = 160) -> str:
    """A short excerpt of the first of ``texts`` that contains a query word, on one line.

    Matching here is a plain case-insensitive substring test, so a hit the index found through
    diacritic folding ("cafe" for "café") falls back to the start of the first non-empty text.
    """
    words = [w.lower() for w in query.split() if HAS_TOKEN.search(w)]
    for text in texts:
        if not text:
            continue
        lowered = text.lower()
        hits = [i for i in (lowered.find(w) for w in words) if i >= 0]
        if hits:
            return _excerpt(text, min(hits), width)
    for text in texts:
        if text:
            return _excerpt(text, 0, width)
    return ""


def _excerpt(text: str, at: int, width: int) -> str:
    start = max(0, at - width // 3)
    end = min(len(text), start + width)
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
