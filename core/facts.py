"""Numbers, dates and names in a text, normalised so that an answer can be checked against its
input: "六百多本", "600多本" and "six hundred" are all 600; "7百" is 700; "2024年3月5日" and
"March 5, 2024" both hold 2024, 3 and 5.

:func:`invented` lists what an output mentions that its input does not. Input and output are read
differently on purpose: the input generously (every reading of every number, "一" included, any
capitalised word), the output strictly (a lone "一" or "one" is a word more often than a number;
only capitalised words inside a sentence are names), so that a note means something is really
new.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# -- Chinese numerals --------------------------------------------------------------------------

_ZH_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_ZH_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ZH_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZH_NUMERALS = "".join(_ZH_DIGITS) + "".join(_ZH_SMALL_UNITS) + "".join(_ZH_BIG_UNITS)

# Words made of numeral characters that are not numbers ("十分" is "very", "万一" is "in case").
# They are blanked before numbers are read. Single "一" and "两" in the output are skipped anyway.
_ZH_NOT_NUMBERS = (
    "十分", "万一", "一一", "千万别", "千万不要", "千万要", "万万", "一些", "一起", "一样", "一直", "一定",
    "一般", "一切", "一下", "一边", "一旦", "一致", "唯一", "统一", "同一", "一同", "一再", "一向", "一番",
    "一时", "一点", "之一", "一方面", "不一", "万分", "一律", "一口气", "三心二意", "一心一意", "十全十美",
    "七上八下", "乱七八糟", "一五一十", "千方百计", "万事", "百姓", "千里", "万里", "老百姓", "八卦",
)
_PERCENT_ZH = re.compile("百分之")

# A number: ASCII digits with thousands separators or a decimal part, or a run of Chinese
# numerals, possibly mixed ("7百", "1.5万", "3万5千").
_NUMBER = re.compile(
    rf"(?:\d+(?:[.,]\d+)*|[{_ZH_NUMERALS}])(?:\d+(?:[.,]\d+)*|[{_ZH_NUMERALS}])*"
)


def _parse_ascii(token: str, strict: bool = False) -> set[float]:
    """Readings of a digit group: "1,200" is 1200, "3,5" is 3.5 (French, German), "1.200" is 1.2
    or 1200 (German). Unless ``strict``, each group on its own too ("1,2,3" may be a list)."""
    groups = re.split(r"[.,]", token)
    if len(groups) == 1:
        return {float(token)}
    readings: set[float] = set()
    if all(len(g) == 3 for g in groups[1:]):
        readings.add(float("".join(groups)))
    if len(groups) == 2:
        readings.add(float(f"{groups[0]}.{groups[1]}"))
    if not strict or not readings:
        readings.update(float(g) for g in groups if g)
    return readings


def _primary_ascii(token: str) -> float | None:
    """The one reading of a digit group inside a Chinese number ("1.5万", "1,200万")."""
    groups = re.split(r"[.,]", token)
    if len(groups) == 1:
        return float(token)
    if "," in token and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    if len(groups) == 2:
        return float(f"{groups[0]}.{groups[1]}")
    return None


def _parse_zh_tokens(tokens: list[str | float]) -> float | None:
    """Value of a run of Chinese numerals and digit groups in positional reading ("三万五千" ->
    35000, "7百" -> 700, "十五" -> 15), or a digit-by-digit reading when the run has no unit at
    all ("一九五二" -> 1952). None when it cannot be read."""
    has_unit = any(isinstance(t, str) and (t in _ZH_SMALL_UNITS or t in _ZH_BIG_UNITS) for t in tokens)
    if not has_unit:
        if len(tokens) == 1:
            return float(tokens[0]) if isinstance(tokens[0], float) else float(_ZH_DIGITS[tokens[0]])
        if all(isinstance(t, str) for t in tokens):
            return float("".join(str(_ZH_DIGITS[t]) for t in tokens))
        return None
    total, section, number = 0.0, 0.0, None
    for t in tokens:
        if isinstance(t, float):
            number = t
        elif t in _ZH_DIGITS:
            number = float(_ZH_DIGITS[t])
        elif t in _ZH_SMALL_UNITS:
            section += (1.0 if number is None else number) * _ZH_SMALL_UNITS[t]
            number = None
        else:  # a big unit closes a section ("三千万"), or multiplies all before it ("一万亿")
            section += number or 0.0
            total = (total or 1.0) * _ZH_BIG_UNITS[t] if not section else total + section * _ZH_BIG_UNITS[t]
            section, number = 0.0, None
    return total + section + (number or 0.0)


def _run_tokens(run: str) -> list[str | float] | None:
    tokens: list[str | float] = []
    for piece in re.findall(rf"\d+(?:[.,]\d+)*|[{_ZH_NUMERALS}]", run):
        if piece[0].isdigit():
            value = _primary_ascii(piece)
            if value is None:
                return None
            tokens.append(value)
        else:
            tokens.append(piece)
    return tokens


# -- English number words, months, weekdays ----------------------------------------------------

_EN_UNITS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_EN_NUMBER_WORD = "|".join(sorted([*_EN_UNITS, *_EN_TENS, *_EN_SCALES, "dozen"], key=len, reverse=True))
_EN_NUMBER = re.compile(rf"\b(?:{_EN_NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_EN_NUMBER_WORD}))*\b", re.IGNORECASE)

# "2.4 million", "3,5 Millionen", "1,2 milliard": a digit group times a scale word.
_SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "millionen": 1e6, "millón": 1e6, "millones": 1e6,
    "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "tausend": 1e3, "bn": 1e9,
}
_SCALE_AFTER = re.compile(rf"\s*({'|'.join(sorted(_SCALE_WORDS, key=len, reverse=True))})\b", re.IGNORECASE)

_MONTHS = {
    # English, French, German, Spanish: months are dates, and dates must survive a translation.
    **{m: i for i, m in enumerate("january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    **{m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)},
    **{m: i for i, m in enumerate("januar februar märz april mai juni juli august september oktober november dezember".split(), 1)},
    **{m: i for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)},
}
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A month name counts only next to a number ("March 5", "5 mars", "May 2024"): "may" and "mars"
# are ordinary words too.
_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH_WORD})\.?\s+\d{{1,4}}\b|\b\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?P<m2>{_MONTH_WORD})\b",
    re.IGNORECASE,
)
_WEEKDAYS = {
    **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split(), 1)},
    **{d: i for i, d in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split(), 1)},
    **{d: i for i, d in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split(), 1)},
    **{d: i for i, d in enumerate("lunes martes miércoles jueves viernes sábado domingo".split(), 1)},
}
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})s?\b", re.IGNORECASE)
# Afternoon hours: "2 pm" is 14 h in French or German, "下午2点" is 14:00.
_PM = re.compile(r"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:pm|p\.m\.)|(?:下午|晚上|傍晚)(\d{1,2}|[一二两三四五六七八九十]{1,2})[点時时]", re.IGNORECASE)
# Clock times: "14:00", "7:30", "14h30". Read as one mention so that ":00" is not a number.
_TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})\b")
_ZH_WEEKDAY = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")


def _parse_en_words(phrase: str) -> float | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word == "and" or not word:
            continue
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _EN_SCALES[word]
            current = 0
    return float(total + current)


# -- mentions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A number, date part or name as written (``text``) and the values it may stand for."""

    kind: str  # "number" or "name"
    text: str
    values: frozenset


def _key(value: float) -> tuple[str, float]:
    return ("num", round(value, 6))


def _blank(match: re.Match) -> str:
    # Read already: replaced by spaces, so offsets stay the same.
    return " " * len(match.group(0))


def numbers(text: str, strict: bool = False) -> list[Mention]:
    """Numbers, months and weekdays in ``text``. ``strict`` (for an output) skips what is more
    often a word than a number: a lone 一 or 两, the English "one"."""
    text = unicodedata.normalize("NFKC", text)
    found: list[Mention] = []
    for match in _DATE.finditer(text):
        month = (match.group("m1") or match.group("m2")).lower()
        found.append(Mention("number", match.group(0), frozenset({_key(_MONTHS[month])})))
    for match in _WEEKDAY.finditer(text):
        day = _WEEKDAYS.get(match.group(0).lower()) or _WEEKDAYS[match.group(0).lower()[:-1]]
        found.append(Mention("number", match.group(0), frozenset({("weekday", day)})))
    for match in _ZH_WEEKDAY.finditer(text):
        day = 7 if match.group(1) in "日天" else _ZH_DIGITS[match.group(1)]
        found.append(Mention("number", match.group(0), frozenset({("weekday", day)})))
    for match in _TIME.finditer(text):
        hour, minute = int(match.group(1)), int(match.group(2))
        values = {("time", hour, minute)}
        if minute == 0 or not strict:
            values.add(_key(hour))
        if not strict:
            values |= {_key(minute), _key(hour + minute / 100)}
        found.append(Mention("number", match.group(0), frozenset(values)))
    if not strict:
        for match in _PM.finditer(text):
            hour = match.group(1) or match.group(2)
            value = float(hour) if hour.isdigit() else _parse_zh_tokens(list(hour))
            if value is not None and value < 12:
                found.append(Mention("number", match.group(0), frozenset({_key(value + 12), ("time", int(value) + 12, 0)})))
    for match in _EN_NUMBER.finditer(text):
        phrase = match.group(0)
        if strict and phrase.lower() in ("one", "zero"):
            continue
        value = _parse_en_words(phrase)
        if value is not None:
            found.append(Mention("number", phrase, frozenset({_key(value)})))
    cleaned = _PERCENT_ZH.sub(" ", _ZH_WEEKDAY.sub(_blank, _TIME.sub(_blank, text)))
    for word in _ZH_NOT_NUMBERS:
        cleaned = cleaned.replace(word, " " * len(word))
    for match in _NUMBER.finditer(cleaned):
        run = match.group(0)
        values: set = set()
        if re.fullmatch(r"\d+(?:[.,]\d+)*", run):
            values = _parse_ascii(run, strict)
            scale = _SCALE_AFTER.match(cleaned, match.end())
            if scale:
                factor = _SCALE_WORDS[scale.group(1).lower()]
                values = {v * factor for v in values} | (set() if strict else values)
                run += scale.group(0)
        else:
            if strict and run in ("一", "两"):
                continue
            tokens = _run_tokens(run)
            value = _parse_zh_tokens(tokens) if tokens else None
            if value is not None:
                values.add(value)
            if not strict or value is None:
                # Generous reading of an input: each digit group and each numeral on its own too.
                for piece in re.findall(rf"\d+(?:[.,]\d+)*|[{''.join(_ZH_DIGITS)}]", run):
                    values |= _parse_ascii(piece) if piece[0].isdigit() else {float(_ZH_DIGITS[piece])}
        if values:
            found.append(Mention("number", run, frozenset(_key(v) for v in values)))
    return found


# Capitalised Latin words: names, places, products, acronyms.
_CAP_WORD = re.compile(r"\b[A-Z][A-Za-z\u00c0-\u024f]*(?:['’\-][A-Z][A-Za-z\u00c0-\u024f]*)*\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…。！？：；\n\"“”'‘’()\[\]\-–—*•#>]\s*|^\s*\d+[.)]\s*)$")
# Capitalised words that are not names even inside a sentence.
_NOT_NAMES = {"I", "I'm", "I've", "I'd", "I'll", "OK", "AM", "PM", "A", "Mr", "Mrs", "Ms", "Dr"}


def names(text: str, strict: bool = False) -> list[Mention]:
    """Capitalised words (Latin script). ``strict`` keeps only those inside a sentence (after
    its first word), where capitals mark names rather than grammar."""
    found: list[Mention] = []
    for match in _CAP_WORD.finditer(text):
        word = match.group(0)
        lower = word.lower()
        if word in _NOT_NAMES or (len(word) == 1 and strict) or lower in _MONTHS or lower.removesuffix("s") in _WEEKDAYS or lower in _SCALE_WORDS:
            continue
        if strict and _SENTENCE_START.search(text[: match.start()]):
            continue
        found.append(Mention("name", word, frozenset({("name", word.lower())})))
    return found


def _name_values(text: str) -> set:
    # Any word of the input, capitalised or not, supports a name in the output ("the bakery"
    # and "the Bakery").
    found = set()
    for word in re.findall(r"[A-Za-z\u00c0-\u024f]+(?:['’\-][A-Za-z\u00c0-\u024f]+)*", text):
        found.add(("name", word.lower()))
        # "Rose's" and "well-known" also stand for "Rose" and "well".
        found.update(("name", part.lower()) for part in re.split(r"['’\-]", word) if part)
    return found


def invented(input_text: str, output_text: str, kinds: tuple[str, ...] = ("number", "name")) -> list[Mention]:
    """What ``output_text`` mentions that ``input_text`` does not: numbers (and dates) none of
    whose readings occur in the input, names that are not words of the input. In order, each
    text once."""
    found: list[Mention] = []
    if "number" in kinds:
        known = set().union(*(m.values for m in numbers(input_text))) if input_text else set()
        found += [m for m in numbers(output_text, strict=True) if not (m.values & known)]
    if "name" in kinds:
        known_names = _name_values(input_text)
        found += [m for m in names(output_text, strict=True) if not (m.values & known_names)]
    seen: set[str] = set()
    unique = []
    for mention in found:
        if mention.text not in seen:
            seen.add(mention.text)
            unique.append(mention)
    return unique
