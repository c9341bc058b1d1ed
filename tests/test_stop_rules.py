"""An answer of a requested shape ends there: after N sentences, or at the end of a paragraph."""

from __future__ import annotations

import pytest

from core.actions import load_catalog
from core.engine import ActionRequest, ActionRun
from core.errors import BadInputError
from core.stop_rules import StopRule


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
    assert summarize.stop_rule({"length": "short"}) == StopRule(sentences=2)
    assert summarize.stop_rule({"length": "bullets"}) is None
    (inkstone_home / "actions.toml").write_text(
        '[actions.tldr]\ninstruction = "TL;DR."\n[actions.tldr.options.size]\ndefault = "one"\n'
        '[actions.tldr.options.size.choices]\none = { text = "x", stop = { sentences = "one" } }\n', encoding="utf-8")
    with pytest.raises(BadInputError, match="stop takes whole numbers of sentences and paragraphs"):
        load_catalog()


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
