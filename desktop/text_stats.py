"""Word and character counts. Chinese and Japanese have no spaces between words, so each Han or
kana character counts as one word (the convention of Word and WPS); other scripts, Korean included,
count runs of letters and digits."""

from __future__ import annotations

import re

from core.textdiff import CJK as _CJK  # Han ideographs and kana

# Letters and digits that are not CJK: a negated class is far cheaper than a lookahead.
_LETTERS = rf"[^\W{_CJK}]+"
# A CJK character, or letters/digits that may be joined by an apostrophe, hyphen or point
# ("don't", "well-known", "3.14").
_WORD = re.compile(rf"[{_CJK}]|{_LETTERS}(?:['’.\-]{_LETTERS})*")


def count_words(text: str) -> int:
    """Words in ``text``: each CJK character is one word, other words are split by spaces and
    punctuation."""
    return sum(1 for _ in _WORD.finditer(text))


def count_chars(text: str) -> int:
    """Characters in ``text`` not counting line breaks."""
    return len(text) - text.count("\n") - text.count("\u2029")
