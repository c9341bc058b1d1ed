"""Decoding settings: one definition of each setting's default and allowed range.

The CLI's flags, the app's Preferences and the engine's request all read these, so a range or a
default is changed in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import BadInputError


@dataclass(frozen=True)
class Setting:
    name: str
    default: float | int | None
    low: float
    high: float
    #: Whether ``low`` itself is allowed (top-p must be greater than 0).
    low_inclusive: bool = True
    help: str = ""

    def check(self, value, flag: str | None = None):
        """``value`` when it is in range, else a :class:`BadInputError` naming the range."""
        if value is None:
            return None
        what = flag or self.name
        below = value < self.low if self.low_inclusive else value <= self.low
        if below or value > self.high:
            lower = "from" if self.low_inclusive else "greater than"
            upper = "to" if self.low_inclusive else "and at most"
            raise BadInputError(f"{what} must be {lower} {_fmt(self.low)} {upper} {_fmt(self.high)}")
        return value


def _fmt(value: float) -> str:
    return f"{value:g}"


#: Longest answer anyone may ask for, in tokens (an app action's limit, Preferences, --max-tokens).
MAX_OUTPUT_TOKENS = 8192

TEMPERATURE = Setting("temperature", 0.7, 0.0, 2.0, help="0 always picks the likeliest token; higher values vary more")
TOP_P = Setting("top-p", 0.95, 0.0, 1.0, low_inclusive=False, help="sample only from the likeliest tokens whose probabilities add up to this")
MAX_TOKENS = Setting("max-tokens", None, 1, MAX_OUTPUT_TOKENS, help="longest answer, in tokens")
TOP_K = Setting("top-k", 40, 0, 1000, help="sample only from this many likeliest tokens (0: no limit)")
MIN_P = Setting("min-p", 0.0, 0.0, 1.0, help="drop tokens less likely than this share of the likeliest one")
REPEAT_PENALTY = Setting("repeat-penalty", 1.1, 1.0, 2.0, help="make tokens used in the last 64 less likely (1: off)")
NUM_BEAMS = Setting("num-beams", 1, 1, 8, help="beam search over this many beams (torch only; the answer arrives whole)")

#: Every decoding setting a run settles, by the name ActionRequest and the action settings use.
SETTINGS = {
    "temperature": TEMPERATURE,
    "top_p": TOP_P,
    "top_k": TOP_K,
    "min_p": MIN_P,
    "repeat_penalty": REPEAT_PENALTY,
    "max_tokens": MAX_TOKENS,
    "num_beams": NUM_BEAMS,
}
#: Settings that are whole numbers.
INTEGERS = ("top_k", "max_tokens", "num_beams", "few_shot")

#: Not decoding, but settled the same way: earlier kept results shown as examples (core.few_shot).
FEW_SHOT = Setting("few-shot", 2, 0, 8, help="how many of your earlier kept results for this action to show the model as examples (0: none)")
#: Every setting a run settles that has a range: decoding, and the few-shot count.
RANGED = {**SETTINGS, "few_shot": FEW_SHOT}
