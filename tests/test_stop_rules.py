"""An answer of a requested shape ends there: after N sentences, or at the end of a paragraph."""

from __future__ import annotations

import pytest

from core.actions import load_catalog
from core.engine import ActionRequest, ActionRun
from core.errors import BadInputError
from core.stop_rules import LoopGuard, StopRule, loop_start


def test_where_an_answer_is_complete():
    two = StopRule(sentences=2)
    assert two.cut("It costs 3.5 euros. It is cheap. More.") == len("It costs 3.5 euros. It is cheap.")
    assert two.cut("One sentence. And half of") is None
    assert two.cut("第一句。第二句！第三") == len("第一句。第二句！")
    assert two.cut("“Go,” she said. “Now!” he shouted. Then") == len("“Go,” she said. “Now!” he shouted.")
    paragraph = StopRule(paragraphs=1, sentences=4)
    assert paragraph.cut("\n\nThe first paragraph.\nHere's a rewritten version:") == len("\n\nThe first paragraph.")
    assert paragraph.cut("A. B. C. D. E.") == len("A. B. C. D.")
    assert paragraph.cut("Still writing") is None
    assert paragraph.cut("Dear all,\nThe office moves on 1 July.\nBest,") == len("Dear all,\nThe office moves on 1 July.")


def test_the_rule_fits_the_text_it_was_given():
    same = StopRule(paragraphs=None, same_paragraphs=True)
    prose = same.for_text("First paragraph.\n\nSecond paragraph.")
    assert prose.cut("One.\n\nTwo.\n\nHere's a rewritten version") == len("One.\n\nTwo.")
    one = same.for_text("A single paragraph.")
    assert one.cut("Rewritten.\nNote: I kept the tone.") == len("Rewritten.")
    poem = same.for_text("Roses are red,\nviolets are blue.")
    assert poem.cut("Roses are crimson\nviolets are azure") is None  # its lines are no paragraphs
    assert poem.cut("Roses are crimson\nviolets are azure.\n\nI hope") == len("Roses are crimson\nviolets are azure.")


def test_summary_lengths_carry_their_stop_rules_and_bad_ones_are_refused(inkstone_home):
    catalog = load_catalog()
    summarize = catalog.get("summarize")
    # Every length keeps the action's own rule: never longer than 4/5 of the text.
    assert summarize.stop_rule({"length": "short"}) == StopRule(sentences=2, at_most=0.8)
    assert summarize.stop_rule({"length": "bullets"}) == StopRule(at_most=0.8)
    assert catalog.get("rewrite").stop_rule({"style": "formal"}) == StopRule(same_paragraphs=True)
    (inkstone_home / "actions.toml").write_text(
        '[actions.tldr]\ninstruction = "TL;DR."\n[actions.tldr.options.size]\ndefault = "one"\n'
        '[actions.tldr.options.size.choices]\none = { text = "x", stop = { sentences = "one" } }\n', encoding="utf-8")
    with pytest.raises(BadInputError, match="stop takes whole numbers of sentences and paragraphs"):
        load_catalog()
    for bad in ('"half"', "0", "-1", "true"):
        (inkstone_home / "actions.toml").write_text(f'[actions.tldr]\ninstruction = "TL;DR."\nstop = {{ at_most = {bad} }}\n',
                                                     encoding="utf-8")
        with pytest.raises(BadInputError, match="at_most, a share of the text's length"):
            load_catalog()
    (inkstone_home / "actions.toml").write_text('[actions.tldr]\ninstruction = "TL;DR."\nstop = { at_most = 0.5 }\n'
                                                 'framing = "all"\n', encoding="utf-8")
    tldr = load_catalog().get("tldr")
    assert (tldr.stop_rule({}), tldr.framing) == (StopRule(at_most=0.5), "all")
    (inkstone_home / "actions.toml").write_text('[actions.tldr]\ninstruction = "TL;DR."\nframing = "some"\n', encoding="utf-8")
    with pytest.raises(BadInputError, match='framing must be "all"'):
        load_catalog()


def test_an_answer_within_a_share_of_the_text_ends_at_the_last_sentence_that_fits():
    text = "One two three four five six seven eight nine ten. " * 2  # 20 words
    rule = StopRule(at_most=0.8).for_text(text)
    assert rule.max_size == pytest.approx(0.8 * 30)  # an English word counts 1.5
    assert rule.cut("Short one. Another short one. Still") is None  # 6 words so far: within 16
    grown = "Short one here. A second sentence of six words. A third one that no longer fits at all"
    assert rule.cut(grown) == len("Short one here. A second sentence of six words.")
    # No sentence fits: the first one ends the answer, whenever it is complete.
    long_first = "This single sentence goes on and on with far too many words to fit in"
    assert rule.cut(long_first) is None
    assert rule.cut(long_first + " the room. Next") == len(long_first + " the room.")
    # Lines end too (a bulleted list), but not a lead-in line that ends with a colon.
    bullets = "Key points:\n- the bridge closes\n- six weeks of repairs\n- cyclists can cross\n- more words here and there too"
    assert rule.cut(bullets) == len("Key points:\n- the bridge closes\n- six weeks of repairs\n- cyclists can cross")
    # Chinese counts characters.
    zh = StopRule(at_most=0.5).for_text("一二三四五六七八九十一二三四五六七八九十")
    assert zh.cut("甲乙丙。丁戊己庚辛壬癸子丑") == len("甲乙丙。")


def test_a_choice_adds_its_shape_to_the_actions_rule():
    base = StopRule(at_most=0.8)
    assert StopRule(sentences=2).under(base) == StopRule(sentences=2, at_most=0.8)
    assert StopRule(paragraphs=1, sentences=4).under(None) == StopRule(paragraphs=1, sentences=4)
    assert StopRule(sentences=1).under(StopRule(same_paragraphs=True)) == StopRule(sentences=1, same_paragraphs=True)
    assert StopRule(paragraphs=2).under(StopRule(same_paragraphs=True)) == StopRule(paragraphs=2)


def test_an_answer_that_goes_round_in_circles_ends_before_the_repeat():
    looping = "The shop opens at 8. We sell bread and cakes. The shop opens at 8. We sell"
    assert loop_start(looping, "") == len("The shop opens at 8. We sell bread and cakes. ")
    # List markers do not make a repeated item new; Chinese sentences count too.
    items = "1. 可以让人们觉得更安全。\n2. 这是一个原因。\n3. 可以让人们觉得更安全。\n4."
    assert items[loop_start(items, ""):].startswith("3. 可以让人们觉得更安全。")
    # Short sentences ("Yes." "No.") may come back, and so may a refrain the text itself repeats.
    assert loop_start("Yes. No. Yes. No. Maybe so.", "") is None
    refrain = "Row, row, row your boat gently down the stream."
    assert loop_start(f"{refrain}\nMerrily merrily.\n{refrain}\n", f"{refrain}\n{refrain}") is None
    # Only complete sentences count: a repeat still being written is no repeat yet.
    assert loop_start("The shop opens at 8. The shop opens at", "") is None
    # The guard looks only at what is new on each call, and finds the same place.
    guard, text = LoopGuard(""), ""
    found = None
    for piece in looping.split(" "):
        text += piece + " "
        found = found if found is not None else guard.check(text)
    assert found == len("The shop opens at 8. We sell bread and cakes. ")


def test_a_stutter_ends_the_answer_where_it_began_and_is_held_back_while_it_may_be_one():
    """"1.1.1.1…" (the bundled model once wrote it to the token limit) has no sentence end; a
    short piece with a letter or digit said eight times in a row ends the answer before it."""
    assert loop_start("Release notes 1.1.1.1.1.1.1.1.", "") == len("Release notes ")
    assert loop_start("Ha ha ha ha ha ha ha ha ha", "") == len("Ha")  # " ha" eight times
    assert loop_start("他笑了：哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈", "") == len("他笑了：")
    # Fewer repeats, a rule of punctuation, or a run the text itself has: no loop.
    assert loop_start("Version 1.1.1 is out.", "") is None
    assert loop_start("Title\n=====================\n", "") is None
    assert loop_start("no no no no no no no no no", "She said no no no no no no no no no.") is None
    # From four repeats on, the run is held back until it is clear whether it goes on.
    guard = LoopGuard("")
    assert guard.check("Notes 1.1.1.1.") is None and guard.hold("Notes 1.1.1.1.") == len("Notes ")
    assert guard.hold("Notes 1.1.") is None


def test_a_short_summary_stops_after_two_sentences(shared_pool):
    text = ("The harbour froze in January for the first time in forty years. Fishing boats stayed tied up for "
            "three weeks, and the ferry to the island was cancelled. The baker sold bread on credit, the school "
            "closed for a week, and the town waited for the thaw. When the ice broke in February, the first boat "
            "out came back with a record catch.")
    run = ActionRun(ActionRequest("summarize", text, {"length": "short"}, temperature=0, few_shot=0), pool=shared_pool,
                    catalog=load_catalog())
    result = run.run()
    assert result.finish_reason == "stop"
    assert StopRule(sentences=2).cut(result.output + " ") in (None, len(result.output))  # at most two sentences


@pytest.mark.parametrize("max_tokens", [64, 20])
def test_a_looping_answer_ends_before_the_repeat_and_streams_only_what_it_keeps(max_tokens, fault_server):
    """Through a real backend (an endpoint on loopback whose "model" loops word by word), with 64
    words: the repeat is complete; with 20: the stream stops at the token limit in the middle of
    the repeat, which goes too."""
    from core.endpoints import add_endpoint
    from core.engine import Delta
    from tests.fixtures.fault_server import LOOP

    add_endpoint("loops", fault_server.base_url, "looping", context_length=2048)
    run = ActionRun(ActionRequest("rewrite", "The shop opens at eight.\n\nIt sells bread.\n\nCome in.", model="loops", max_tokens=max_tokens,
                                  few_shot=0), catalog=load_catalog())
    streamed = "".join(event.text for event in run if isinstance(event, Delta))
    result = run.result
    assert result.output == LOOP.strip()  # said once
    assert "repetition_stopped" in [n.code for n in result.notes]
    assert streamed.strip() == result.output  # nothing was shown that the answer does not keep
    assert result.finish_reason == ("stop" if max_tokens == 64 else "length")


def test_a_summary_never_outgrows_its_text_and_loses_its_greeting(fault_server):
    """Summarize on an endpoint whose "model" wraps a too-long answer in a greeting and a
    sign-off: the answer ends at the last sentence within 4/5 of the text, streams only what it
    keeps, and the framing is left out and named."""
    from core.endpoints import add_endpoint
    from core.engine import Delta
    from core.quality import greetings, length_ratio

    add_endpoint("framing", fault_server.base_url, "framed", context_length=2048)
    text = ("Our bakery on the square opens at eight. We sell bread and cakes, all baked on the spot, and we have "
            "a new oven.")
    run = ActionRun(ActionRequest("summarize", text, model="framing", few_shot=0), catalog=load_catalog())
    streamed = "".join(event.text for event in run if isinstance(event, Delta))
    result = run.result
    assert result.output == "The shop opens at 8. It sells bread and cakes."
    assert greetings(result.output) == [] and length_ratio(text, result.output) <= 0.8
    framing = [n for n in result.notes if n.code == "framing_removed"]
    assert framing and framing[0].params["items"] == ["Dear Ken,"]
    assert streamed.strip() == "Dear Ken,\n\n" + result.output  # the cut sentence never showed
