"""Offline language identification: which language a text is in, with a confidence.

Two stages. A script count decides what the writing system alone decides (Han without kana is
Chinese, kana is Japanese, Hangul is Korean, Cyrillic, Arabic, Hebrew, Devanagari...), which is
exact on short texts where statistical models guess; mixed texts go by the script with most of
the text (a Latin brand name in a Chinese sentence stays Chinese). Latin-script text goes to
py3langid, a naive Bayes model over byte n-grams that ships inside its wheel (4.6 MB, nothing is
downloaded; loading takes about half a second once per process, a call well under a millisecond),
with its answer limited to the languages of that script that Inkstone offers, so that a short
English sentence is not called Serbian or Esperanto.

``target_code`` maps Inkstone's target-language names (``resources/actions.toml``
``[languages]``) and their aliases to the codes :func:`detect` returns.
"""

from __future__ import annotations

import re
import threading
import tomllib
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from core.paths import resources_dir

UNDETERMINED = "und"

# Script classes. Han and kana are counted apart so that Japanese can be told from Chinese.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("han", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"),
    ("kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"),
    ("hangul", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
    ("cyrillic", "\u0400-\u04ff\u0500-\u052f"),
    ("arabic", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("hebrew", "\u0590-\u05ff"),
    ("devanagari", "\u0900-\u097f"),
    ("greek", "\u0370-\u03ff"),
    ("thai", "\u0e00-\u0e7f"),
)
_SCRIPT_RES = tuple((name, re.compile(f"[{chars}]")) for name, chars in _SCRIPTS)
# Latin letters (with accents) that are not in the classes above.
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+(?:['’][A-Za-z\u00c0-\u024f]+)*")
# A Latin word weighs as much as this many CJK characters: an English word carries about as much
# as one and a half Chinese characters, so a sentence that is mostly Chinese by meaning stays
# Chinese when it names a product or two.
_LATIN_WORD_WEIGHT = 1.5

#: For scripts one language owns among Inkstone's languages: the code the script decides.
SCRIPT_LANGUAGE = {
    "hangul": "ko",
    "cyrillic": "ru",
    "arabic": "ar",
    "hebrew": "he",
    "devanagari": "hi",
    "greek": "el",
    "thai": "th",
}
#: Latin-script languages py3langid chooses among: those Inkstone offers as targets.
LATIN_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr", "vi")


class Language(NamedTuple):
    """A detected language: ISO 639-1 code (``"und"`` when there is nothing to go by) and a
    confidence from 0 to 1 (the model's probability times the share of the text in that script)."""

    code: str
    confidence: float


def script_counts(text: str) -> dict[str, float]:
    """Weight of each script in ``text``: CJK, kana and other non-Latin letters count one per
    character, a Latin word counts :data:`_LATIN_WORD_WEIGHT`. Digits and punctuation count for
    nothing."""
    counts: dict[str, float] = {}
    for name, pattern in _SCRIPT_RES:
        n = len(pattern.findall(text))
        if n:
            counts[name] = float(n)
    latin = len(_LATIN_WORD.findall(text))
    if latin:
        counts["latin"] = latin * _LATIN_WORD_WEIGHT
    return counts


def detect(text: str) -> Language:
    """The language ``text`` is written in. Robust on short texts (a script decides what it
    can); ``Language("und", 0.0)`` for text without letters."""
    counts = script_counts(text)
    total = sum(counts.values())
    if not total:
        return Language(UNDETERMINED, 0.0)
    han, kana = counts.get("han", 0.0), counts.get("kana", 0.0)
    # Chinese and Japanese share Han characters; kana is what marks Japanese. A stray の in a
    # Chinese sentence does not.
    cjk = han + kana
    if cjk and (kana >= 3 or kana / cjk >= 0.2):
        counts.pop("han", None)
        counts["kana"] = cjk
    script, weight = max(counts.items(), key=lambda item: item[1])
    share = weight / total
    if script == "han":
        return Language("zh", share)
    if script == "kana":
        return Language("ja", share)
    if script in SCRIPT_LANGUAGE:
        return Language(SCRIPT_LANGUAGE[script], share)
    code, probability = _classify_latin(_latin_only(text))
    return Language(code, probability * share)


def same_language(a: str, b: str) -> bool:
    """Whether two codes name the same language (regional variants count as the same)."""
    return a.split("-")[0].lower() == b.split("-")[0].lower()


# -- py3langid ---------------------------------------------------------------------------------

_lock = threading.Lock()
_identifier = None


def _model():
    """py3langid's identifier, loaded once (about half a second) and shared; thread-safe to use
    (classification only reads the model)."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(LATIN_LANGUAGES))
            _identifier = identifier
        return _identifier


def _latin_only(text: str) -> str:
    # Non-Latin letters (a Chinese word inside English) only add noise to byte n-grams.
    kept = [ch if ch.isascii() or unicodedata.category(ch)[0] != "L" or _LATIN_WORD.match(ch) else " " for ch in text]
    return "".join(kept)


def _classify_latin(text: str) -> tuple[str, float]:
    code, probability = _model().classify(text)
    return code, float(probability)


# -- Inkstone's target languages ---------------------------------------------------------------

_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,4})?")


@lru_cache(maxsize=1)
def target_codes() -> dict[str, str]:
    """Every target-language name and alias of ``resources/actions.toml`` (lower case) mapped to
    the ISO code its ``[languages]`` entry gives ("zh" for both Chinese scripts: the detector does
    not tell them apart)."""
    path = resources_dir() / "actions.toml"
    return _target_codes(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _target_codes(path: str, _stamp: int) -> dict[str, str]:
    with open(path, "rb") as handle:
        languages = tomllib.load(handle)["languages"]
    mapping: dict[str, str] = {}
    for prompt_name, entry in languages.items():
        code = entry.get("code")
        if not code:
            continue
        for alias in [prompt_name, entry.get("menu") or prompt_name, *entry.get("names", [])]:
            mapping[alias.lower()] = code
    return mapping


def target_code(name: str) -> str | None:
    """The language code for a target language as Inkstone names it ("Simplified Chinese
    (简体中文)", "French", "中文", "fr", ...); None for a name the languages table lacks."""
    key = name.strip().lower()
    return target_codes().get(key)


def mentioned_language(text: str) -> str | None:
    """The code of the first target language ``text`` names ("make it French", "改成英文"), or
    None. Two-letter codes are not matched ("it", "de" are words too)."""
    lowered = text.lower()
    best: tuple[int, str] | None = None
    for alias, code in target_codes().items():
        if _CODE.fullmatch(alias):
            continue
        if alias.isascii():
            match = re.search(rf"\b{re.escape(alias)}\b", lowered)
            index = match.start() if match else -1
        else:
            index = lowered.find(alias)
        if index >= 0 and (best is None or index < best[0]):
            best = (index, code)
    return best[1] if best else None
