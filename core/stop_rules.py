"""Where an answer of a requested shape is complete: after N sentences ("in one or two
sentences") or at the end of its first N paragraphs ("in one short paragraph").

Small models rarely stop where they were asked to: a two-sentence summary goes on for a page, or
ends with "Here's a rewritten version…". An action's option can carry a stop rule
(``stop = { sentences = 2 }`` in actions.toml) and the engine ends generation once the answer has
that shape, exactly as a stop sequence would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

    def for_text(self, source: str) -> StopRule:
        """This rule fitted to ``source``: ``same_paragraphs`` turned into its paragraph count, and
        only blank lines ending paragraphs where its own paragraphs hold line breaks (a poem, an
        address)."""
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", source) if p.strip()]
        count = (len(paragraphs) or 1) if self.same_paragraphs else self.paragraphs
        line_ends = not any("\n" in p for p in paragraphs)
        return StopRule(self.sentences, count, line_ends_paragraph=line_ends)

    def cut(self, text: str) -> int | None:
        """The length of ``text`` that makes a complete answer, or None while it is not one yet.
        A paragraph that ends with a colon ("Here is the rewritten text:") or a comma (a greeting:
        "Dear all,") does not count."""
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
        return min(cuts) if cuts else None

    @classmethod
    def from_table(cls, raw) -> StopRule | None:
        if not raw:
            return None
        same = raw.get("paragraphs") == "same"
        return cls(raw.get("sentences"), None if same else raw.get("paragraphs"), same)
