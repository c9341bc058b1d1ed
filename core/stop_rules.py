"""Where an answer of a requested shape is complete: after N sentences ("in one or two
sentences"), at the end of its first N paragraphs ("in one short paragraph"), or at the last
sentence that keeps it within a share of the text's length (a summary); and where any answer
starts going round in circles.

Small models rarely stop where they were asked to: a two-sentence summary goes on for a page, or
ends with "Here's a rewritten version…". An action's option can carry a stop rule
(``stop = { sentences = 2 }`` in actions.toml) and the engine ends generation once the answer has
that shape, exactly as a stop sequence would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.quality import size

# A sentence ends at . ! ? (or …) followed by a space or a line end, or at Chinese and Japanese
# full-width end marks, which need no space after them. A decimal point ("3.5") is no end.
_SENTENCE_END = re.compile(r"(?:[.!?…](?=\s)|[。！？]+[」』”’）)]?)")


@dataclass(frozen=True)
class StopRule:
    sentences: int | None = None
    paragraphs: int | None = None
    #: As many paragraphs as the text the action was given (a rewrite, a translation).
    same_paragraphs: bool = False
    #: Whether a single line break ends a paragraph (small models often end a paragraph with one
    #: and go on with something else); not when the text itself breaks lines inside paragraphs.
    line_ends_paragraph: bool = True
    #: At most this share of the text's length (core.quality.size): the answer ends at the last
    #: sentence or line that fits (a summary longer than its text is no summary).
    at_most: float | None = None
    #: ``at_most`` turned into a size by :meth:`for_text`.
    max_size: float | None = None

    def for_text(self, source: str) -> StopRule:
        """This rule fitted to ``source``: ``same_paragraphs`` turned into its paragraph count,
        ``at_most`` into a size, and only blank lines ending paragraphs where its own paragraphs
        hold line breaks (a poem, an address)."""
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", source) if p.strip()]
        count = (len(paragraphs) or 1) if self.same_paragraphs else self.paragraphs
        line_ends = not any("\n" in p for p in paragraphs)
        max_size = self.at_most * size(source) if self.at_most else None
        return StopRule(self.sentences, count, line_ends_paragraph=line_ends, at_most=self.at_most, max_size=max_size)

    def under(self, base: StopRule | None) -> StopRule:
        """This rule (an option's choice) with what it leaves open taken from ``base`` (the
        action's own rule)."""
        if base is None:
            return self
        return replace(self, sentences=self.sentences or base.sentences, at_most=self.at_most or base.at_most,
                       paragraphs=self.paragraphs or (None if self.same_paragraphs else base.paragraphs),
                       same_paragraphs=self.same_paragraphs or (not self.paragraphs and base.same_paragraphs))

    def cut(self, text: str, shown: int = 0) -> int | None:
        """The length of ``text`` that makes a complete answer, or None while it is not one yet.
        A paragraph that ends with a colon ("Here is the rewritten text:") or a comma (a greeting:
        "Dear all,") does not count. The first ``shown`` characters stay (they were streamed): a
        sentence among them is finished, not cut."""
        body_start = len(text) - len(text.lstrip())
        cuts = []
        if self.paragraphs:
            count, start = 0, body_start
            breaks = r"\n\s*" if self.line_ends_paragraph and self.paragraphs == 1 else r"\n\s*\n"
            for match in re.finditer(breaks, text[body_start:]):
                end = body_start + match.start()
                if not text[start:end].rstrip().endswith((":", "：", ",", "，")):
                    count += 1
                    if count == self.paragraphs:
                        cuts.append(end)
                        break
                start = body_start + match.end()
        if self.sentences:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, body_start)]
            if len(ends) >= self.sentences:
                cuts.append(ends[self.sentences - 1])
        if self.max_size is not None and size(text) > self.max_size:
            ends = [end for end in _ends(text, body_start) if end >= shown]
            fitting = [end for end in ends if size(text[:end]) <= self.max_size]
            if fitting or ends:  # else: no sentence is complete yet, the first one ends it
                cuts.append(fitting[-1] if fitting else ends[0])
        return min(cuts) if cuts else None

    def hold(self, text: str) -> int | None:
        """Where the text that :meth:`cut` may still drop starts, or None: all of it stays. Under
        ``at_most``, any sentence after the first goes if it turns out not to fit, so after the
        first sentence the answer streams a whole sentence at a time: nothing appears that is
        then taken back."""
        if self.max_size is None:
            return None
        body_start = len(text) - len(text.lstrip())
        ends = _ends(text, body_start)
        return ends[-1] if ends else None

    @classmethod
    def from_table(cls, raw) -> StopRule | None:
        if not raw:
            return None
        same = raw.get("paragraphs") == "same"
        return cls(raw.get("sentences"), None if same else raw.get("paragraphs"), same, at_most=raw.get("at_most"))


def _ends(text: str, start: int) -> list[int]:
    """Where sentences and lines end in ``text`` after ``start``; a line that ends with a colon or
    a comma ("Here are the key points:", "Dear all,") is no end."""
    ends = {m.end() for m in _SENTENCE_END.finditer(text, start)}
    line_start = start
    for match in re.finditer(r"\n", text[start:]):
        line = text[line_start : start + match.start()].rstrip()
        if line.strip() and not line.endswith((":", "：", ",", "，")):
            ends.add(line_start + len(line))
        line_start = start + match.end()
    return sorted(end for end in ends if text[start:end].strip())


# A list item's marker ("3.", "-", "•", "(b)") is not part of what it says.
_MARKER = re.compile(r"^\s*(?:[-*•·]|\(?\d{1,3}[.)、]|\(?[a-z][.)])\s*", re.IGNORECASE)
#: A sentence or line this large (core.quality.size: four English words, six Chinese characters)
#: said a second time means the model is going round in circles.
LOOP_MIN_SIZE = 6.0
#: A stutter: a short piece with a letter, digit or character in it ("1.", "ha", "的") said over
#: and over with nothing between ("1.1.1.1.1…"), which has no sentence end for the check above.
#: At least STUTTER_TIMES times and STUTTER_MIN_CHARS characters in a row is a loop; from half as
#: many on, the run is held back until it is clear which.
STUTTER_TIMES = 8
STUTTER_MIN_CHARS = 16
_STUTTER = re.compile(r"(.{1,12}?)\1+$", re.DOTALL)


class LoopGuard:
    """Finds where a growing answer starts saying again a sentence or line it has already said
    (one its source does not itself repeat). Small models loop: the same sentence again and again
    until the token limit. Only complete sentences and lines of some size count; each call looks
    only at what is new since the last one."""

    def __init__(self, source: str):
        self.source = source
        self.seen: set[str] = set()
        self.start = 0

    def _stutter(self, text: str, times: int, chars: int) -> int | None:
        """Where a stutter of at least ``times`` repeats and ``chars`` characters that the source
        does not have ends ``text``, or None."""
        match = _STUTTER.search(text, max(0, len(text) - 2 * STUTTER_MIN_CHARS * STUTTER_TIMES))
        if match is None:
            return None
        run, unit = match.group(0), match.group(1)
        if not re.search(r"\w", unit) or len(run) // len(unit) < times or len(run) < chars or run in self.source:
            return None
        return match.start()

    def check(self, text: str) -> int | None:
        """Where ``text`` (the answer so far, which only grows) starts repeating, or None."""
        stutter = self._stutter(text, STUTTER_TIMES, STUTTER_MIN_CHARS)
        if stutter is not None:
            return stutter
        for end in _ends(text, self.start):
            segment = text[self.start : end]
            piece = _MARKER.sub("", segment).strip()
            if not piece:
                continue  # a list marker alone ("3."): it belongs to the item that follows
            if size(piece) >= LOOP_MIN_SIZE:
                if piece in self.seen and self.source.count(piece) < 2:
                    return self.start + len(segment) - len(segment.lstrip())
                self.seen.add(piece)
            self.start = end
        return None

    def hold(self, text: str) -> int | None:
        """Where the sentence being written starts when, so far, it retypes one already said
        (it may turn out a repeat); None when it is new. Call after :meth:`check`."""
        stutter = self._stutter(text, STUTTER_TIMES // 2, STUTTER_MIN_CHARS // 2)
        if stutter is not None:
            return stutter
        pending = text[self.start :]
        said = _MARKER.sub("", pending).strip()
        if self.seen and any(piece.startswith(said) for piece in self.seen):
            return self.start + len(pending) - len(pending.lstrip())
        return None


def loop_start(text: str, source: str) -> int | None:
    """Where ``text`` starts repeating itself (see :class:`LoopGuard`), or None."""
    return LoopGuard(source).check(text)
