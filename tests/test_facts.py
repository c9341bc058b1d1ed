"""Numbers, dates and names an answer adds (core.facts), and the Qt-free word diff
(core.textdiff)."""

from __future__ import annotations

import pytest

from core import facts
from core.textdiff import DELETE, EQUAL, INSERT, changed_share, tokenize, word_diff, words

LIBRARY = "村里的图书馆建于1952年，最初只是一间平房，藏书六百多本。去年，镇政府又送来三十多本新书和两台电脑。"


def invented(source: str, answer: str) -> list[str]:
    return [m.text for m in facts.invented(source, answer)]


def test_issue_13_changed_chinese_numbers_are_flagged():
    assert invented(LIBRARY, "图书馆藏书7百多本。") == ["7百"]
    assert invented(LIBRARY, "镇政府又送来三百多本新书。") == ["三百"]


def test_faithful_numbers_in_either_notation_are_not_flagged():
    assert invented(LIBRARY, "图书馆建于1952年，藏书600多本，去年又收到30多本新书和2台电脑。") == []
    assert invented(LIBRARY, "图书馆建于一九五二年，藏书六百余本。") == []
    assert invented(LIBRARY, "The library, built in 1952, began with over six hundred books.") == []


def test_words_made_of_numerals_are_not_numbers():
    assert invented(LIBRARY, "这是村里唯一的图书馆，大家一起看书，十分热闹，一直很受欢迎。") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("六百", 600), ("7百", 700), ("三十", 30), ("十五", 15), ("一百零五", 105), ("3万5千", 35000),
        ("1.5万", 15000), ("两千", 2000), ("一亿三千万", 130_000_000), ("二〇二四", 2024), ("1,200", 1200),
        ("twenty-five", 25), ("six hundred", 600), ("2.4 million", 2_400_000), ("百分之十五", 15),
    ],
)
def test_number_values(text, value):
    values = set().union(*(m.values for m in facts.numbers(text, strict=True)))
    assert ("num", value) in values


def test_dates_times_and_weekdays_across_languages():
    email = "Could we move our meeting from Thursday at 10 am to Friday at 2 pm on March 5?"
    assert invented(email, "会议从3月5日星期四上午10点改到星期五下午2点。") == []
    assert invented(email, "Réunion déplacée du jeudi 10 h au vendredi 14 h, le 5 mars.") == []
    assert invented(email, "The meeting moves to Saturday at 4 pm on April 5.") == ["April 5", "Saturday", "4"]
    assert invented("open at 7:30", "open at 7:45") == ["7:45"]


def test_names_inside_sentences():
    source = "Tom asked Maria to check the numbers with Daniel before the meeting in Leeds."
    assert invented(source, "Tom and Maria will check the numbers with Daniel in Leeds.") == []
    assert invented(source, "Tom and Maria will meet Mr Johnson in London.") == ["Johnson", "London"]
    # A capital at the start of a sentence or line is grammar, not a name.
    assert invented(source, "Meeting soon.\nChecking the numbers first.") == []


def test_word_diff_rebuilds_both_texts():
    original, proposal = "She don't like the cinema 。我们在去一次", "She doesn't like cinema 。我们再去一次"
    pieces = word_diff(original, proposal)
    assert "".join(t for op, t in pieces if op in (EQUAL, DELETE)) == original
    assert "".join(t for op, t in pieces if op in (EQUAL, INSERT)) == proposal
    assert "".join(tokenize(original)) == original
    assert words("The well-known 图书馆!") == ["the", "well-known", "图", "书", "馆"]


def test_changed_share():
    assert changed_share("a b c d e f g h i j", "a b c d e f g h i j") == 0.0
    assert changed_share("a b c d e f g h i j", "a b c d e f g h i k") == pytest.approx(0.1)
    assert changed_share("one line\nwrapped", "one line wrapped") == 0.0
    assert changed_share("", "") == 0.0
    assert changed_share("abc", "xyz") == 1.0
