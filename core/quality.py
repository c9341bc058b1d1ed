"""Cheap checks of a finished run that tell the writer when a result is poor (issues #12-#14).

:func:`check_result` is the one entry point: it takes what a run produced and returns
:class:`core.notes.Note` objects (code, English text, params) for the result pane, ``notes`` in
JSON and history. :func:`language_mismatch` is the language check alone, for the engine's retry
in the input's language. The measures behind the checks (length ratio, echo, repeated n-grams,
words changed, content words kept...) are public so that the quality benchmark scores with the
same code. Every threshold is in :class:`Thresholds`; :data:`THRESHOLDS` holds the values in use.

Nothing here runs a model: a check costs microseconds to a few milliseconds, plus half a second
once per process to load the language model (:mod:`core.langid`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core import facts, langid
from core.notes import Note, note
from core.textdiff import changed_share, cjk_share, is_cjk, words


@dataclass(frozen=True)
class Thresholds:
    """Every limit the checks use, in one place."""

    # Language. Texts smaller than this (see size(): a CJK character is 1, another word 1.5)
    # are too short to judge; below the confidence the detector is guessing.
    language_min_size: float = 6.0
    language_min_confidence: float = 0.5
    # Two Latin-script languages (Spanish and Portuguese...) are told apart less surely than
    # Chinese from English: a mismatch between them needs this confidence on both sides.
    same_script_min_confidence: float = 0.9
    # Summaries: "clearly shorter" means at most this share of the input's size; inputs smaller
    # than summary_min_input_size are not judged.
    summary_max_ratio: float = 0.8
    summary_min_input_size: float = 40.0
    # Fix grammar: share of words and punctuation changed (core.textdiff.changed_share). The
    # reference corrections of the quality set change 0.02-0.29; rewriting a sentence is ~0.5.
    grammar_max_changed: float = 0.35
    grammar_min_input_size: float = 5.0
    # Continue: an echo is the output starting with this many tokens (words, CJK characters)
    # copied from the input, or with half the input when that is less (short inputs).
    echo_min_tokens: int = 8
    # Repetition: share of the output's n-grams (n words, or cjk_ngram characters) that repeat an
    # earlier one, judged on outputs with at least repeat_min_ngrams n-grams.
    repeat_ngram: int = 4
    repeat_cjk_ngram: int = 8
    repeat_max_share: float = 0.3
    repeat_min_ngrams: int = 20
    # Invented numbers and names: at most this many are listed in a note.
    invented_max_listed: int = 8


THRESHOLDS = Thresholds()

# Actions whose answer must stay in the input's language. Translate changes it by design; a
# user's own action says for itself (check_result's keep_language).
_KEEPS_LANGUAGE = ("summarize", "rewrite", "continue")
# Languages where a capital inside a sentence marks a name (German capitalises every noun).
_CAPITALS_MARK_NAMES = ("en", "fr", "es", "it", "pt", "nl", "pl", "tr", "vi", "zh", "ja", "ko")


# -- measures ----------------------------------------------------------------------------------


def size(text: str) -> float:
    """Length of ``text`` comparable across scripts: each CJK character counts 1, each other word
    1.5 (an English word carries about as much as one and a half Chinese characters)."""
    found = words(text)
    cjk = sum(1 for w in found if is_cjk(w))
    return cjk + 1.5 * (len(found) - cjk)


def length_ratio(input_text: str, output_text: str) -> float:
    """Output size over input size (see :func:`size`)."""
    base = size(input_text)
    return size(output_text) / base if base else 0.0


def _tokens(text: str) -> list[str]:
    return words(text)


def echo_prefix(input_text: str, output_text: str) -> int:
    """How many tokens at the start of the output (words; CJK characters one each) appear in the
    same order, contiguously, somewhere in the input."""
    source, out = _tokens(input_text), _tokens(output_text)
    if not source or not out:
        return 0
    sep = "\x1f"
    haystack = sep + sep.join(source) + sep

    def occurs(k: int) -> bool:
        return (sep + sep.join(out[:k]) + sep) in haystack

    low, high = 0, len(out)  # occurs(low) holds; find the largest such k by bisection
    while low < high:
        mid = (low + high + 1) // 2
        if occurs(mid):
            low = mid
        else:
            high = mid - 1
    return low


def _ngram_size(tokens: list[str], t: Thresholds) -> int:
    cjk = sum(1 for w in tokens if is_cjk(w))
    return t.repeat_cjk_ngram if tokens and cjk / len(tokens) >= 0.5 else t.repeat_ngram


def _ngrams(tokens: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def echo_share(input_text: str, output_text: str, t: Thresholds = THRESHOLDS) -> float:
    """Share of the output's n-grams that also occur in the input (0: all new, 1: all copied)."""
    out = _tokens(output_text)
    n = _ngram_size(out, t)
    grams = _ngrams(out, n)
    if not grams:
        return 0.0
    known = set(_ngrams(_tokens(input_text), n))
    return sum(1 for g in grams if g in known) / len(grams)


def repeated_ngram_share(text: str, t: Thresholds = THRESHOLDS) -> tuple[float, int]:
    """(share of n-grams that repeat an earlier one, number of n-grams): high when a model
    loops."""
    tokens = _tokens(text)
    grams = _ngrams(tokens, _ngram_size(tokens, t))
    if not grams:
        return 0.0, 0
    return 1.0 - len(set(grams)) / len(grams), len(grams)


_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    will shall may might must us let one""".split()
)
_ZH_FUNCTION_CHARS = frozenset("的了是在和有也就都而及与着或一个这那我你他她它们之以为于上下中把被让给从对向")


def content_words(text: str) -> set[str]:
    """Words that carry meaning: for CJK, pairs of neighbouring characters (a fair stand-in for
    words without a segmenter) that are not function characters; otherwise words of three letters
    or more that are not stopwords, and numbers."""
    found = words(text)
    result: set[str] = set()
    for a, b in zip(found, found[1:]):
        if is_cjk(a) and is_cjk(b) and not (a in _ZH_FUNCTION_CHARS and b in _ZH_FUNCTION_CHARS):
            result.add(a + b)
    for w in found:
        if not is_cjk(w) and (w.isdigit() or (len(w) >= 3 and w not in _STOPWORDS)):
            result.add(w)
    return result


def content_words_kept(input_text: str, output_text: str) -> float:
    """Share of the input's content words that the output still has (1.0 when the input has
    none)."""
    source = content_words(input_text)
    return len(source & content_words(output_text)) / len(source) if source else 1.0


GREETING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|bonjour|salut|cher|chère|"
    r"hallo|liebe[rs]?|sehr geehrte[rs]?|hola|estimad[oa]s?)\b|你好|您好|大家好|亲爱的|尊敬的|各位好)",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(
    r"^\s*(?:(?:best(?: regards| wishes)?|kind regards|warm regards|regards|sincerely|yours(?: sincerely| truly| faithfully)?|"
    r"cheers|thanks(?: again)?|thank you|many thanks|all the best|cordialement|bien à vous|amitiés|"
    r"mit freundlichen grüßen|viele grüße|liebe grüße|saludos|atentamente|un saludo)\b[^\n]{0,40}|"
    r"(?:此致|敬礼|祝好|祝工作顺利|顺祝商祺|谢谢|多谢|顺颂)[^\n]{0,20})$",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"\[(?:your name|name|signature|sender|你的名字|您的名字|姓名|署名)\]", re.IGNORECASE)


def greetings(text: str) -> list[str]:
    """Greetings, sign-offs and signature placeholders ("[Your Name]") in ``text``: a greeting
    on its first line, a sign-off on one of its last three lines."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    found: list[str] = []
    if lines and (m := GREETING.match(lines[0])):
        found.append(m.group(0).strip())
    for line in lines[-3:] if len(lines) > 1 else []:
        if SIGN_OFF.match(line):
            found.append(line)
    found += [m.group(0) for m in PLACEHOLDER.finditer(text) if m.group(0) not in found]
    return found


# -- language ----------------------------------------------------------------------------------


def language_mismatch(input_text: str, output_text: str, t: Thresholds = THRESHOLDS) -> tuple[str, str] | None:
    """``(input language, output language)`` when the output is surely in another language than
    the input; None when they agree or either is too short or too unsure to tell."""
    if size(input_text) < t.language_min_size or size(output_text) < t.language_min_size:
        return None
    expected, found = langid.detect(input_text), langid.detect(output_text)
    if langid.UNDETERMINED in (expected.code, found.code) or langid.same_language(expected.code, found.code):
        return None
    latin = set(langid.LATIN_LANGUAGES)
    floor = t.same_script_min_confidence if {expected.code, found.code} <= latin else t.language_min_confidence
    if expected.confidence < floor or found.confidence < floor:
        return None
    return expected.code, found.code


def wrong_target_language(output_text: str, target: str, t: Thresholds = THRESHOLDS) -> str | None:
    """The language the output is in when it is surely not ``target`` (a name or code as
    :func:`core.langid.target_code` takes it); None otherwise."""
    code = langid.target_code(target) or target
    if size(output_text) < t.language_min_size:
        return None
    found = langid.detect(output_text)
    if found.code == langid.UNDETERMINED or langid.same_language(found.code, code):
        return None
    return found.code if found.confidence >= t.language_min_confidence else None


# -- the checks --------------------------------------------------------------------------------


def check_result(
    action: str,
    options: dict | None,
    input_text: str,
    output_text: str,
    finish_reason: str = "stop",
    *,
    keep_language: bool | None = None,
    thresholds: Thresholds = THRESHOLDS,
) -> list[Note]:
    """Notes on a finished result; an empty list when nothing looks wrong.

    ``action`` is the action's name ("summarize", "translate", "rewrite", "continue" or a user's
    own), ``options`` its resolved option values (``{"lang": ...}``, ``{"style": ...}``),
    ``finish_reason`` the engine's ("stop", "length", "cancelled"). ``keep_language``: whether the
    answer must be in the input's language (default: summarize, rewrite and continue, unless a
    free-form instruction names a language; not translate, not users' own actions, which say
    True when they should keep it). A cancelled run gets no notes: the
    writer stopped it.
    """
    t = thresholds
    options = options or {}
    if finish_reason == "cancelled":
        return []
    output = output_text.strip()
    if not output:
        return [note("empty_output", "The model returned no text.")]
    notes: list[Note] = []
    style = options.get("style")
    if keep_language is None:
        # A free-form instruction may ask for another language ("rewrite it in English").
        keep_language = action in _KEEPS_LANGUAGE and not langid.mentioned_language(options.get("instruction") or "")

    mismatch = None
    if action == "translate" and options.get("lang"):
        found = wrong_target_language(output, options["lang"], t)
        if found:
            target = options["lang"]
            notes.append(
                note(
                    "translation_wrong_language",
                    "The translation does not read as {target} (it looks like {found}); a larger model translates better.",
                    target=target,
                    found=found,
                    expected=langid.target_code(target) or target,
                )
            )
    elif keep_language:
        mismatch = language_mismatch(input_text, output, t)
        if mismatch:
            notes.append(
                note(
                    "answer_language_mismatch",
                    "The answer is not in the language of your text (text: {expected}, answer: {found}).",
                    expected=mismatch[0],
                    found=mismatch[1],
                )
            )

    if finish_reason == "length" and action in ("summarize", "translate", "rewrite"):
        code = "summary_cut_off" if action == "summarize" else "output_cut_off"
        notes.append(note(code, "The answer stopped at the token limit and may be cut off; allow more tokens or select less text."))

    if action == "summarize":
        in_size = size(input_text)
        ratio = length_ratio(input_text, output)
        if in_size >= t.summary_min_input_size and ratio > t.summary_max_ratio:
            notes.append(
                note(
                    "summary_not_shorter",
                    "The summary is not clearly shorter than the text ({percent}% of its length).",
                    percent=round(ratio * 100),
                )
            )
        found = greetings(output)
        if found:
            notes.append(note("summary_greeting", "The summary contains a greeting or sign-off: {items}.", items=found[:3]))

    if action == "rewrite" and style == "fix-grammar" and size(input_text) >= t.grammar_min_input_size:
        share = changed_share(input_text, output)
        if share > t.grammar_max_changed:
            notes.append(
                note(
                    "grammar_overedit",
                    "The grammar fix changed {percent}% of the words; a grammar fix should change only the mistakes.",
                    percent=round(share * 100),
                )
            )

    if action == "continue":
        prefix = echo_prefix(input_text, output)
        limit = min(t.echo_min_tokens, max(1, len(_tokens(input_text)) // 2))
        if prefix >= limit:
            notes.append(
                note("continuation_echo", "The continuation starts by repeating your text ({count} words).", count=prefix)
            )

    if action in ("summarize", "rewrite", "translate"):
        notes += _invented_notes(action, input_text, output, mismatch, t)

    share, count = repeated_ngram_share(output, t)
    if count >= t.repeat_min_ngrams and share >= t.repeat_max_share:
        notes.append(
            note("repetitive_output", "The answer repeats itself ({percent}% repeated phrases).", percent=round(share * 100))
        )
    return notes


def _invented_notes(action: str, input_text: str, output: str, mismatch, t: Thresholds) -> list[Note]:
    kinds = ["number"]
    # Names only where capitals mean names, and not across languages or in a translation (names
    # are transliterated there).
    if action != "translate" and mismatch is None:
        out_lang = langid.detect(output).code
        if out_lang in _CAPITALS_MARK_NAMES:
            kinds.append("name")
    mentions = facts.invented(input_text, output, tuple(kinds))
    notes = []
    numbers = [m.text for m in mentions if m.kind == "number"][: t.invented_max_listed]
    names = [m.text for m in mentions if m.kind == "name"][: t.invented_max_listed]
    if numbers:
        notes.append(
            note(
                "invented_numbers",
                "Numbers or dates in the answer are not in your text: {items}. Check them before you use it.",
                items=numbers,
            )
        )
    if names:
        notes.append(
            note(
                "invented_names",
                "Names in the answer are not in your text: {items}. Check them before you use it.",
                items=names,
            )
        )
    return notes


def metrics(action: str, options: dict | None, input_text: str, output_text: str, reference: str | None = None) -> dict:
    """The measures of one result, for the quality benchmark (numbers, no judgement)."""
    options = options or {}
    out = output_text.strip()
    found: dict = {
        "length_ratio": round(length_ratio(input_text, out), 3),
        "repeated_ngrams": round(repeated_ngram_share(out)[0], 3),
        "invented": len(facts.invented(input_text, out, ("number",) if action == "translate" else ("number", "name"))),
        "greetings": len(greetings(out)),
        "cjk_share": round(cjk_share(out), 3),
    }
    detected = langid.detect(out)
    found["language"] = detected.code
    if action == "rewrite":
        found["content_kept"] = round(content_words_kept(input_text, out), 3)
        found["changed"] = round(changed_share(input_text, out), 3)
        if reference is not None:
            found["reference_changed"] = round(changed_share(input_text, reference), 3)
            found["distance_to_reference"] = round(changed_share(reference, out), 3)
    if action == "continue":
        found["echo_prefix"] = echo_prefix(input_text, out)
        found["echo_share"] = round(echo_share(input_text, out), 3)
    return found
