"""Fix grammar keeps the model's corrections and undoes its rewrites (core/light_edits.py)."""

from __future__ import annotations

from core.actions import load_catalog
from core.engine import ActionRequest, ActionRun, Delta
from core.light_edits import keep_light_edits


def test_corrections_are_kept():
    text = "Me and my brother goes swimming every Saturday, but we was late and they're car broke."
    fixed = "My brother and I go swimming every Saturday, but we were late and their car broke."
    assert keep_light_edits(text, fixed) == (fixed, 0)


def test_a_chinese_one_character_correction_is_kept():
    assert keep_light_edits("我明天再家等你，我们一起吃饭。", "我明天在家等你，我们一起吃饭。") == ("我明天在家等你，我们一起吃饭。", 0)


def test_chat_around_the_fix_is_left_out():
    text = "Its a long way to the station, so we should of left early."
    answer = "I'm sorry for the confusion, but I can help you with that. It's a long way to the station, so we should have left early."
    assert keep_light_edits(text, answer) == ("It's a long way to the station, so we should have left early.", 1)


def test_a_rewrite_is_undone_even_where_it_shares_the_odd_word():
    text = "I have receive your letter yesterday and I will respond it tomorrow."
    answer = "I'm sorry for any confusion, I'll be responding to your email tomorrow."
    assert keep_light_edits(text, answer) == (text, 1)


def test_scattered_typo_fixes_a_word_or_two_apart_are_each_a_correction():
    text = "It runs on teh CPU with teh reason for teh choice shown, and teh log."
    fixed = "It runs on the CPU with the reason for the choice shown, and the log."
    assert keep_light_edits(text, fixed) == (fixed, 0)


def test_lines_keep_their_place_and_an_unchanged_line_is_left_alone():
    text = "Dear Ana,\n\nWe was glad to see you.\nThe garden look lovely.\n\nBest,\nTom"
    answer = "Dear Ana,\n\nWe were glad to see you.\nThe garden looks lovely, and we will plant roses there next spring together.\n\nBest,\nTom"
    kept, undone = keep_light_edits(text, answer)
    assert kept == "Dear Ana,\n\nWe were glad to see you.\nThe garden looks lovely.\n\nBest,\nTom"
    assert undone == 1


def test_an_answer_that_lost_the_end_of_the_text_keeps_the_text_there():
    text = "We was late. The bus never came, and we walk home in the rain for an hour."
    kept, undone = keep_light_edits(text, "We were late.")
    assert kept == "We were late. The bus never came, and we walk home in the rain for an hour." and undone == 1


def test_fix_grammar_through_the_engine_keeps_only_the_correction_and_says_so(fault_server):
    """On an endpoint whose "model" chats before its fix: the result is the fix alone, the note
    names what was undone, and other rewrite styles and typed instructions are left as answered."""
    from core.endpoints import add_endpoint
    from tests.fixtures.fault_server import CHATTY, CHATTY_TEXT

    add_endpoint("chatty", fault_server.base_url, "chatty", context_length=2048)
    catalog = load_catalog()

    def run(options):
        action = ActionRun(ActionRequest("rewrite", CHATTY_TEXT, options=options, model="chatty", few_shot=0), catalog=catalog)
        streamed = "".join(e.text for e in action if isinstance(e, Delta))
        return action.result, streamed

    result, streamed = run({"style": "fix-grammar"})
    assert result.output == "It's a long way to the station, so we should have left early."
    undone = [n for n in result.notes if n.code == "edits_undone"]
    assert undone and undone[0].params["count"] == 1
    assert streamed == CHATTY  # the answer as the model gave it streamed; the result is what is kept
    for options in ({"style": "formal"}, {"instruction": "fix the grammar"}):
        result, _ = run(options)
        assert result.output == CHATTY and "edits_undone" not in [n.code for n in result.notes]
