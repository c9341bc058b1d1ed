"""Words of a text and a word-level diff, for any script (Qt-free: the desktop's diff view and the
quality checks share it).

Chinese and Japanese have no spaces between words, so each Han or kana character is one word
(the convention of Word and WPS); other scripts split words at spaces and punctuation.
"""

from __future__ import annotations

import difflib
import re

# Han ideographs (with extensions and compatibility forms) and kana.
CJK = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\U00020000-\U0003134f"  # Extensions B-H
)
# Letters and digits that are not CJK: a negated class is far cheaper than a lookahead.
_LETTERS = rf"[^\W{CJK}]+"
# Words (joined by an apostrophe or hyphen), single CJK characters, runs of spaces, punctuation.
_TOKEN = re.compile(rf"[{CJK}]|\s+|{_LETTERS}(?:['’\-]{_LETTERS})*|[^\w\s]")
_WORD = re.compile(rf"[{CJK}]|{_LETTERS}(?:['’\-]{_LETTERS})*")
_CJK_CHAR = re.compile(f"[{CJK}]")

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


def tokenize(text: str) -> list[str]:
    """Every piece of ``text`` in order (words, CJK characters, spaces, punctuation): joining
    them gives the text back."""
    return _TOKEN.findall(text)


def words(text: str, lower: bool = True) -> list[str]:
    """The words of ``text`` without spaces or punctuation; each CJK character is a word."""
    found = _WORD.findall(text)
    return [w.lower() for w in found] if lower else found


def is_cjk(token: str) -> bool:
    return bool(_CJK_CHAR.fullmatch(token))


def cjk_share(text: str) -> float:
    """Share of the words of ``text`` that are CJK characters."""
    found = words(text)
    return sum(1 for w in found if is_cjk(w)) / len(found) if found else 0.0


def word_diff(original: str, proposal: str) -> list[tuple[str, str]]:
    """Return ``(op, text)`` pieces: op is "equal", "delete" (only in the original) or "insert"
    (only in the proposal). Joining the equal and delete pieces gives the original; joining the
    equal and insert pieces gives the proposal."""
    a, b = tokenize(original), tokenize(proposal)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[tuple[str, str]] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + text)
        else:
            pieces.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(EQUAL, "".join(a[i1:i2]))
        else:
            add(DELETE, "".join(a[i1:i2]))
            add(INSERT, "".join(b[j1:j2]))
    return pieces


def _edit_tokens(text: str) -> list[str]:
    # Words and punctuation, not spaces: a re-wrapped line is no edit, a fixed comma is one.
    return [t for t in tokenize(text) if not t.isspace()]


def changed_share(original: str, proposal: str) -> float:
    """How much of the text an edit changed, from 0 (identical words and punctuation) to 1
    (nothing in common): one minus difflib's similarity ratio over words and punctuation marks.
    Changing one word of twenty gives about 0.05."""
    a, b = _edit_tokens(original), _edit_tokens(proposal)
    if not a and not b:
        return 0.0
    return 1.0 - difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
