"""Numbers an answer may write: those of its text.

A rewrite that turns "June 27" into "June 18", or a summary that dates a release "2023", reads
fine and is wrong; small models do it often (the quality benchmark counts it). Flagging such
numbers afterwards (:mod:`core.quality` does) leaves the writer to find and mend them. Where an
action asks for it (``numbers = "from-text"`` in actions.toml), the local backends hold the model
to the text's numbers while it writes instead: before each token is chosen, any token that would
start a run of digits no number of the text starts with, or end one that is not a number of the
text, is masked out. The model then writes one of the text's numbers, or words.

What counts as a number of the text is read generously (:func:`allowed_numbers`): its digit runs,
and the readings :mod:`core.facts` finds ("six hundred" and "六百" allow 600, "2:30 pm" allows 2,
14 and 30). Digits are checked as runs, so "4.2" allows "4" and "2", and "2.4" passes too: the
guard keeps the answer to the text's numbers, not to their order. Endpoints cannot be held this
way (their sampling runs elsewhere); their answers are only checked afterwards.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np

from core import facts

_DIGITS = re.compile(r"[0-9]+")
_TRAILING_DIGITS = re.compile(r"[0-9]+$")
_ASCII_DIGITS = frozenset("0123456789")


def allowed_numbers(*texts: str) -> frozenset[str]:
    """The digit runs an answer to ``texts`` may write."""
    runs: set[str] = set()
    for text in texts:
        text = unicodedata.normalize("NFKC", text)
        runs.update(_DIGITS.findall(text))
        for mention in facts.numbers(text):
            for value in mention.values:
                runs.update(_value_runs(value))
    runs.update([run.lstrip("0") for run in runs if run.lstrip("0")])
    runs.update(["0" + run for run in runs if len(run) == 1])  # "5" may be written "05" in a date or time
    return frozenset(runs)


def _value_runs(value: tuple) -> list[str]:
    kind = value[0]
    if kind == "num":
        number = value[1]
        if not math.isfinite(number):  # a run of hundreds of digits: its digits are allowed as they are
            return []
        if number == int(number):
            whole = int(number)
            return [str(whole), *f"{whole:,}".split(",")]
        return _DIGITS.findall(repr(number))
    if kind == "time":
        return [str(value[1]), f"{value[2]:02d}", str(value[2])]
    return []


def digit_tokens(vocabulary: Iterable[tuple[int, str]]) -> dict[int, str]:
    """The tokens of a vocabulary (id, text) that hold an ASCII digit."""
    return {token: text for token, text in vocabulary if _ASCII_DIGITS.intersection(text)}


class NumberGuard:
    """Masks, at each step, the tokens that would write a number not in ``allowed``.

    ``tokens`` maps the id of every token that holds a digit to its text (:func:`digit_tokens`).
    The guard keeps no state between steps: the digit run in progress is read back from the ids
    generated so far, so the same guard serves every beam. ``held`` counts the steps at which the
    model's likeliest token was masked.
    """

    def __init__(self, allowed: frozenset[str], tokens: dict[int, str]) -> None:
        self.allowed = allowed
        self._sorted = sorted(allowed)
        self.tokens = tokens
        self.held = 0
        self._rules: dict[str, tuple[bool, np.ndarray]] = {}

    def run_in_progress(self, generated: Sequence[int]) -> str:
        """The digits at the end of the answer so far (ids generated after the prompt)."""
        text = ""
        for token in reversed(generated):
            piece = self.tokens.get(int(token))
            if piece is None:
                break
            text = piece + text
            if not piece.isdigit():
                break
        match = _TRAILING_DIGITS.search(text)
        return match.group(0) if match else ""

    def begins_number(self, digits: str) -> bool:
        """Whether some allowed number starts with ``digits``."""
        at = bisect.bisect_left(self._sorted, digits)
        return at < len(self._sorted) and self._sorted[at].startswith(digits)

    def fits(self, run: str, piece: str) -> bool:
        """Whether writing ``piece`` after the digits ``run`` keeps to the allowed numbers: every
        digit run it finishes is one of them, and one it leaves open begins one of them."""
        combined = run + piece
        for match in _DIGITS.finditer(combined):
            digits = match.group(0)
            if match.end() == len(combined):
                return self.begins_number(digits)
            if digits not in self.allowed:
                return False
        return True

    def rule(self, run: str) -> tuple[bool, np.ndarray]:
        """What to mask after ``run``: ``(False, ids)`` masks those ids; ``(True, ids)`` masks all
        others (the run is no number yet, so only a digit that goes on towards one may follow)."""
        cached = self._rules.get(run)
        if cached is None:
            only = bool(run) and run not in self.allowed
            ids = [t for t, piece in self.tokens.items() if self.fits(run, piece) == only]
            cached = self._rules[run] = (only, np.array(sorted(ids), dtype=np.int64))
        return cached

    def decide(self, generated: Sequence[int], top: int) -> tuple[bool, np.ndarray] | None:
        """The mask for the next token (as :meth:`rule`), or None when nothing is masked; counts
        in ``held`` when ``top``, the model's likeliest token, is masked."""
        only, ids = self.rule(self.run_in_progress(generated))
        if ids.size == 0:  # nothing to mask, or no token can finish the run (no digits in the vocabulary)
            return None
        self.held += int(bool(np.any(ids == top)) != only)
        return only, ids

    def apply(self, generated: Sequence[int], scores: np.ndarray) -> np.ndarray:
        """Mask ``scores`` (one row of logits over the vocabulary) in place and return it."""
        decision = self.decide(generated, int(np.argmax(scores)))
        if decision is not None:
            only, ids = decision
            if only:
                kept = scores[ids].copy()
                scores[:] = -np.inf
                scores[ids] = kept
            else:
                scores[ids] = -np.inf
        return scores


def torch_processor(torch, transformers, guard: NumberGuard, prompt_length: int):
    """``guard`` as a transformers logits processor (torch and transformers are passed in, so that
    importing this module never loads them)."""

    class _HoldNumbers(transformers.LogitsProcessor):
        def __call__(self, input_ids, scores):
            tops = scores.argmax(dim=-1).tolist()
            for row, (ids, top) in enumerate(zip(input_ids[:, prompt_length:].tolist(), tops, strict=True)):
                decision = guard.decide(ids, top)
                if decision is None:
                    continue
                only, masked = decision
                # Added tokens past the logits (a tokenizer larger than the model's head) cannot be chosen anyway.
                index = torch.as_tensor(masked[masked < scores.shape[-1]], device=scores.device)
                if only:
                    kept = scores[row, index].clone()
                    scores[row, :] = float("-inf")
                    scores[row, index] = kept
                else:
                    scores[row, index] = float("-inf")
            return scores

    return _HoldNumbers()
