"""The offline spelling and grammar checker (core.grammar, core.grammar_service) and its storage."""

from __future__ import annotations

import threading
import time

import pytest

from core.errors import BadInputError, UnknownNameError
from core.grammar import (
    CHECKER_ACTION,
    Checker,
    CheckSettings,
    apply_fixes,
    fast_fix,
    iter_lines,
    line_column,
    line_starts,
    looks_english,
    select_fixes,
    utf16_len,
)
from tests.fixtures import prose


@pytest.fixture(scope="module")
def checker():
    with Checker() as checker:
        yield checker


def test_problems_have_spans_kinds_messages_and_suggestions(checker):
    text = "Their is a problem. I has went home and it was beautifull."
    problems = checker.check(text)
    by_text = {p.text: p for p in problems}
    assert {"Their", "has", "went", "beautifull"} <= set(by_text)
    for problem in problems:
        assert text[problem.start : problem.end] == problem.text
        assert problem.message and problem.rule
    assert by_text["beautifull"].kind == "spelling"
    assert by_text["beautifull"].suggestions[0] == "beautiful"
    assert by_text["has"].kind == "grammar" and by_text["has"].suggestions == ("have",)
    assert by_text["Their"].suggestions[0] == "There"
    assert [p.start for p in problems] == sorted(p.start for p in problems)


def test_a_capitalization_fix_comes_before_other_words(checker):
    # Harper offers "franc" first for "france"; the same word capitalized is the likely fix.
    [problem] = checker.check("Paris is in france.")
    assert problem.suggestions[0] == "France"


def test_style_problems_are_reported_but_never_fast_fixed(checker):
    text = "This is the end... I recieved it."
    problems = checker.check(text)
    assert {p.kind for p in problems} == {"style", "spelling"}
    fix = fast_fix(checker, text)
    assert fix.text == "This is the end... I received it."
    assert [p.kind for p in fix.fixes] == ["spelling"]


def test_fast_fix_changes_only_the_problems(checker):
    text = "The meeting was moved. She don't like teh cold.\n\nNothing else changes here."
    fix = fast_fix(checker, text)
    assert fix.text == "The meeting was moved. She doesn't like the cold.\n\nNothing else changes here."
    assert fix.counts() == {"spelling": 1, "grammar": 1}
    assert fast_fix(checker, "All is well here.").fixes == []


def test_fast_fix_skips_ignored_problems(checker):
    fix = fast_fix(checker, "I recieved teh parcel.", ignored={("SpellCheck", "recieved")})
    assert fix.text == "I recieved the parcel."


def test_overlapping_fixes_keep_the_first():
    from core.grammar import Problem

    a = Problem(0, 5, "spelling", "A", "m", "abcde", ("X",))
    b = Problem(3, 8, "grammar", "B", "m", "defgh", ("Y",))
    c = Problem(9, 10, "grammar", "C", "m", "j", ("J",))
    style = Problem(9, 10, "style", "D", "m", "j", ("S",))
    none = Problem(11, 12, "spelling", "E", "m", "l", ())
    chosen = select_fixes([b, c, a, style, none])
    assert chosen == [a, c]
    assert apply_fixes("abcdefghijkl", chosen) == "XfghiJkl"
    with pytest.raises(BadInputError):
        apply_fixes("abcdefghij", [a, b])


def test_other_languages_and_code_blocks_are_skipped(checker):
    assert not looks_english("Le chat est sur la table et il mange une pomme.")
    assert not looks_english("Der Hund ist nicht in dem Haus und die Katze auch nicht.")
    assert not looks_english("今天天气很好，我们去公园散步吧。")
    assert not looks_english("1234 5678")
    assert looks_english("I had a café au lait with Zoë.")
    text = "Le chat est sur la table et il mange une pomme.\n今天天气很好，我们去公园。\nI recieved it."
    assert [p.text for p in checker.check(text)] == ["recieved"]
    markdown = "Intro with teh typo.\n\n```\nteh code stays\n```\nAfter: teh end."
    assert [(p.text, p.start) for p in checker.check(markdown, markdown=True)] == [("teh", 11), ("teh", markdown.rindex("teh"))]
    assert len(checker.check(markdown, markdown=False)) == 3


def test_positions_count_characters_and_convert_to_utf16(checker):
    text = "Emoji 😀 then teh end.\nSecond line has teh too."
    problems = checker.check(text)
    assert [text[p.start : p.end] for p in problems] == ["teh", "teh"]
    starts = line_starts(text)
    assert line_column(starts, problems[0].start) == (1, 14)
    assert line_column(starts, problems[1].start) == (2, 17)
    assert utf16_len(text[: problems[0].start]) == problems[0].start + 1  # the emoji is two UTF-16 units
    assert list(iter_lines("a\n\n  \nb")) == [(0, "a"), (6, "b")]


def test_each_paragraph_is_linted_once_until_it_changes():
    with Checker() as checker:
        text = prose.with_mistakes(prose.document(600), every=2)
        first = checker.check(text)
        linted = checker.lines_checked
        assert linted == len([line for line in text.split("\n") if line.strip()])
        assert checker.check(text) == first and checker.lines_checked == linted
        paragraphs = text.split("\n\n")
        paragraphs[1] += " I recieved it."
        changed = checker.check("\n\n".join(paragraphs))
        assert checker.lines_checked == linted + 1
        assert len(changed) == len(first) + 1


def test_a_document_with_thousands_of_problems_and_an_empty_one(checker):
    # Harper spends a few milliseconds per paragraph, mostly finding suggestions: 700 unique ones.
    text = "\n".join(f"Note {i}: I recieved teh parcel and it was beautifull." for i in range(700))
    problems = checker.check(text)
    assert len(problems) == 2100
    assert all(p.kind == "spelling" and text[p.start : p.end] == p.text for p in problems)
    fix = fast_fix(checker, text)
    assert len(fix.fixes) == len(problems)
    assert fix.text.split("\n")[699] == "Note 699: I received the parcel and it was beautiful."
    assert checker.check("") == [] and checker.check("\n\n  \n") == []
    assert fast_fix(checker, "").text == ""


def test_settings_dialect_rules_and_words():
    text = "The color of the theater. Inkstone is teh app."
    with Checker() as checker:
        assert {p.text for p in checker.check(text)} == {"Inkstone", "teh"}
        checker.configure(CheckSettings(dialect="british", disabled_rules=("The",), words=("Inkstone",)))
        found = {p.text: p.rule for p in checker.check(text)}
        assert "color" in found and "theater" in found and "Inkstone" not in found
        assert found.get("teh") == "SpellCheck"  # with the "The" rule off, the speller still sees it
        assert checker.rules()["The"] == {"on": False, "default": True, "description": checker.rules()["The"]["description"]}
        checker.add_words(["teh"])
        assert "teh" not in {p.text for p in checker.check(text)}
    with pytest.raises(UnknownNameError, match="valid dialects: american, british"):
        Checker(CheckSettings(dialect="klingon"))


def test_dictionary_and_settings_are_stored_for_the_app_and_the_cli():
    from core.storage.dictionary import add_words, list_words, load_check_settings, remove_words, save_check_settings

    assert load_check_settings() == CheckSettings()
    assert add_words(["Inkstone", "zettel", "Inkstone"]) == ["Inkstone", "zettel"]
    assert add_words(["zettel", "inkstone"]) == ["inkstone"]  # kept as written
    assert list_words() == ["Inkstone", "inkstone", "zettel"]
    assert remove_words(["inkstone", "nope"]) == ["inkstone"]
    with pytest.raises(BadInputError):
        add_words(["two words"])
    save_check_settings(CheckSettings(enabled=False, dialect="canadian", disabled_rules=("LongSentences", "Spaces")))
    settings = load_check_settings()
    assert settings == CheckSettings(enabled=False, dialect="canadian", disabled_rules=("LongSentences", "Spaces"),
                                     words=("Inkstone", "zettel"))


def test_checker_fixes_never_become_training_examples():
    from core.datasets_build import build_from_history, example_from_entry
    from core.storage import history

    kept = history.record("rewrite", "I has went.", "I went.", outcome="accepted", options={"style": "fix-grammar"})
    checker_id = history.record(CHECKER_ACTION, "I recieved it.", "I received it.", outcome="accepted")
    report = build_from_history("mine")
    assert report.examples == 1 and report.sources == 1
    with pytest.raises(BadInputError, match="spelling and grammar checker"):
        example_from_entry(history.get_entry(checker_id))
    with pytest.raises(BadInputError, match="never used for training"):
        build_from_history("checker-only", action=CHECKER_ACTION)
    assert history.get_entry(kept)["action"] == "rewrite"


def _serve(service):
    events = []
    thread = threading.Thread(target=lambda: events.extend(service.run()), name="checker-test")
    thread.start()
    return events, thread


def _wait(condition, seconds=20.0):
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.01)


def test_service_checks_urgent_lines_first_and_holds_the_rest_while_typing():
    from core.grammar_service import Checked, CheckService, JobDone, Ready

    service = CheckService()
    background = [(p, False) for p in prose.paragraphs(800, seed=3)]
    service.hold(30)  # the writer is typing: background lines wait, those on screen too
    service.submit(background)
    service.submit([("On screen.", False), ("Also on screen.", False)], first=True)
    service.submit([("I has went.", False)], urgent=True)
    events, thread = _serve(service)
    try:
        _wait(lambda: any(isinstance(e, Checked) for e in events))
        checked = [line for e in events if isinstance(e, Checked) for line, _ in e.results]
        assert checked == [("I has went.", False)]
        assert service.pending == len(background) + 2
        service.submit([("Withdrawn.", False)])
        service.withdraw([("Withdrawn.", False), ("Never queued.", False)])
        assert service.pending == len(background) + 2
        ticket = service.call(lambda checker: checker.check("teh"))
        _wait(lambda: any(isinstance(e, JobDone) for e in events))
        done = next(e for e in events if isinstance(e, JobDone))
        assert done.ticket == ticket and [p.text for p in done.value] == ["teh"]
        service.hold(0)
        service.submit([])  # wakes the service
        _wait(lambda: service.pending == 0)
        order = [line for e in events if isinstance(e, Checked) for line, _ in e.results]
        assert order[1:3] == [("On screen.", False), ("Also on screen.", False)]
        epoch = service.configure(CheckSettings(dialect="british"))
        _wait(lambda: any(isinstance(e, Ready) and e.epoch == epoch for e in events))
    finally:
        service.stop()
        thread.join(10)
    assert not thread.is_alive()
    results = [r for e in events if isinstance(e, Checked) for r in e.results]
    assert len(results) == len(background) + 3
    assert all(isinstance(e.rules, dict) and e.rules for e in events if isinstance(e, Ready))
