"""Token-aware splitting of long text at paragraph, then sentence, then word boundaries."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CountTokens = Callable[[str], int]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (or their CJK forms) plus closing quotes/brackets, then whitespace or,
# for CJK punctuation, directly.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|(?<=[。！？；])[」』”’）]*")


@dataclass(frozen=True)
class Chunk:
    text: str
    #: What separated this chunk from the next one in the original text ("\n\n", "\n", " " or "").
    joiner: str


def split_paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def split_sentences(text: str) -> list[str]:
    parts = [s for s in _SENTENCE_END.split(text) if s and s.strip()]
    return parts or [text]


def _hard_split(text: str, max_tokens: int, count: CountTokens) -> list[str]:
    """Split one over-long sentence at whitespace (or anywhere, for unspaced scripts)."""
    pieces: list[str] = []
    rest = text
    while rest:
        if count(rest) <= max_tokens:
            pieces.append(rest)
            break
        # Binary search for the longest prefix that fits.
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if count(rest[:mid]) <= max_tokens:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        space = rest.rfind(" ", 0, cut)
        if space > cut // 2:
            cut = space + 1
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return pieces


def _units(text: str, max_tokens: int, count: CountTokens) -> list[Chunk]:
    """Break ``text`` into pieces that each fit, remembering the separator after each."""
    units: list[Chunk] = []
    for paragraph in split_paragraphs(text):
        if count(paragraph) <= max_tokens:
            units.append(Chunk(paragraph, "\n\n"))
            continue
        sentences = split_sentences(paragraph)
        for i, sentence in enumerate(sentences):
            last = i == len(sentences) - 1
            pieces = [sentence] if count(sentence) <= max_tokens else _hard_split(sentence, max_tokens, count)
            for j, piece in enumerate(pieces):
                end_of_sentence = j == len(pieces) - 1
                if last and end_of_sentence:
                    joiner = "\n\n"
                elif end_of_sentence:
                    joiner = "" if re.search(r"[。！？；」』）]$", piece.strip()) else " "
                else:
                    joiner = " "
                units.append(Chunk(piece.strip(), joiner))
    return units


def split_text(text: str, max_tokens: int, count: CountTokens) -> list[Chunk]:
    """Pack paragraphs (or sentences, when a paragraph is too long) into chunks of at most
    ``max_tokens`` tokens. Joining each chunk's text with its ``joiner`` restores the text up to
    whitespace at the joins."""
    if max_tokens < 8:
        raise ValueError("max_tokens is too small to split text")
    chunks: list[Chunk] = []
    current = ""
    current_joiner = ""
    for unit in _units(text, max_tokens, count):
        candidate = current + current_joiner + unit.text if current else unit.text
        if current and count(candidate) > max_tokens:
            chunks.append(Chunk(current, current_joiner))
            candidate = unit.text
        current, current_joiner = candidate, unit.joiner
    if current:
        chunks.append(Chunk(current, "\n\n"))
    # The last chunk ends the text; nothing follows it.
    if chunks:
        chunks[-1] = Chunk(chunks[-1].text, "")
    return chunks


def join_chunks(texts: list[str], chunks: list[Chunk]) -> str:
    """Join per-chunk outputs with the separators that followed the source chunks."""
    out = []
    for text, chunk in zip(texts, chunks):
        out.append(text.strip())
        out.append(chunk.joiner)
    return "".join(out).strip()


def tail(text: str, max_tokens: int, count: CountTokens) -> str:
    """The longest end of ``text`` that fits ``max_tokens``, starting at a paragraph or sentence."""
    if count(text) <= max_tokens:
        return text
    units = _units(text, max_tokens, count)
    kept: list[Chunk] = []
    for unit in reversed(units):
        candidate = "".join(u.text + u.joiner for u in [unit, *kept])
        if count(candidate) > max_tokens:
            break
        kept.insert(0, unit)
    if not kept:  # a single unit larger than the budget cannot happen: _units splits it
        return units[-1].text
    return "".join(u.text + u.joiner for u in kept).strip()
