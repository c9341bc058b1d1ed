"""Align an old text with a new one: the opcodes that turn one into the other."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

SEP = "\u2029"  # between paragraphs (the same character as core.documents.inline.SEP)


def align(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes turning ``old`` into ``new``: the common prefix and suffix are cut
    first, then the rest is aligned by paragraphs, then words, then characters, so that a long
    text with scattered changes is aligned in linear-ish time."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    ops = []
    if start:
        ops.append(("equal", 0, start, 0, start))
    middle = _align(old[start:len(old) - end], new[start:len(new) - end], 0)
    ops.extend((tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in middle)
    if end:
        ops.append(("equal", len(old) - end, len(old), len(new) - end, len(new)))
    return ops


_PARAGRAPHS = re.compile(f"[^{SEP}]*{SEP}|[^{SEP}]+")
_WORDS = re.compile(r"\S+\s*|\s+")


def _tokens(text: str, level: int) -> list[str]:
    """Level 0: paragraphs with their separator; level 1: words with the spaces after them."""
    return (_PARAGRAPHS if level == 0 else _WORDS).findall(text)


def _align(old: str, new: str, level: int) -> list[tuple[str, int, int, int, int]]:
    if not old and not new:
        return []
    if not old or not new:
        return [("replace" if old and new else "delete" if old else "insert", 0, len(old), 0, len(new))]
    if level >= 2 or len(old) + len(new) <= 400:
        return SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    a, b = _tokens(old, level), _tokens(new, level)
    if level == 0 and len(a) <= 1 and len(b) <= 1:
        return _align(old, new, 1)
    offsets_a, offsets_b = [0], [0]
    for token in a:
        offsets_a.append(offsets_a[-1] + len(token))
    for token in b:
        offsets_b.append(offsets_b[-1] + len(token))
    ops = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        a0, a1, b0, b1 = offsets_a[i1], offsets_a[i2], offsets_b[j1], offsets_b[j2]
        if tag == "equal":
            ops.append(("equal", a0, a1, b0, b1))
            continue
        for sub, s1, s2, t1, t2 in _align(old[a0:a1], new[b0:b1], level + 1):
            ops.append((sub, s1 + a0, s2 + a0, t1 + b0, t2 + b0))
    return ops
