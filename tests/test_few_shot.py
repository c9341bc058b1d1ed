"""Few-shot from the user's own history: relevant kept results become example turns, within a
budget that never crowds out the text; the CLI turns them off and reports which were used."""

from __future__ import annotations

import json

from core.actions import load_catalog
from core.engine import ActionRequest, ActionRun
from core.few_shot import any_words_query, find_examples, fit_examples
from core.storage import history
from tests.conftest import run_cli

LIGHTHOUSE = "the lighthouse keeper lit the lamp at dusk and watched the ships pass the rocks"


def _kept(text: str, answer: str, **options) -> int:
    return history.record("rewrite", text, answer, outcome="accepted", options={"style": "formal", **options})


def test_a_relevant_older_example_is_chosen_over_a_newer_irrelevant_one():
    relevant = _kept("The keeper of the lighthouse lit its lamp at dusk.", "At dusk, the lighthouse keeper lit the lamp.")
    _kept("our quarterly budget spreadsheet is late again", "The quarterly budget spreadsheet is delayed once more.")
    _kept("the lighthouse lamp at dusk", "The lamp of the lighthouse, at dusk.", style="casual")  # another style
    history.record("rewrite", "the keeper lit the lamp", "A discarded answer.", outcome="discarded", options={"style": "formal"})
    found = find_examples("rewrite", {"style": "formal"}, LIGHTHOUSE, 2)
    assert [e["id"] for e in found][0] == relevant and len(found) == 2
    assert [e["id"] for e in find_examples("rewrite", {"style": "formal"}, LIGHTHOUSE, 1)] == [relevant]
    assert find_examples("summarize", {}, LIGHTHOUSE, 2) == []  # only this action's results
    assert any_words_query("一座灯塔") == '"一 座" OR "座 灯" OR "灯 塔"'  # Chinese matches by adjacent pairs
    chinese = _kept("守塔人在黄昏点亮了灯塔的灯。", "黄昏时，守塔人点亮了灯塔。")
    _kept("季度预算表又迟交了。", "季度预算表再次延迟。")
    assert [e["id"] for e in find_examples("rewrite", {"style": "formal"}, "灯塔在黄昏亮起", 1)] == [chinese]


def test_examples_become_earlier_turns_and_the_run_reports_them(shared_pool):
    relevant = _kept("The keeper of the lighthouse lit its lamp at dusk.", "At dusk, the lighthouse keeper lit the lamp.")
    run = ActionRun(ActionRequest("rewrite", LIGHTHOUSE, {"style": "formal"}, max_tokens=4, temperature=0), pool=shared_pool,
                    catalog=load_catalog())
    result = run.run()
    assert result.few_shot_ids == [relevant]
    messages = run._messages(LIGHTHOUSE)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[1]["content"] == "The keeper of the lighthouse lit its lamp at dusk."  # SmolLM2: text alone
    assert messages[2]["content"] == "At dusk, the lighthouse keeper lit the lamp."
    assert history.get_entry(history.list_history(limit=1)[0]["id"])["few_shot_ids"] == []  # nothing recorded by run()


def test_the_budget_keeps_examples_from_crowding_out_the_text():
    entries = [{"input": "word " * 50, "kept_text": "word " * 50}, {"input": "a b", "kept_text": "c d"}]
    count = lambda text: len(text.split())  # noqa: E731 - one token per word, for the arithmetic
    assert fit_examples(entries, 60, count) == [entries[1]]
    assert fit_examples(entries, 10, count) == []


def test_cli_few_shot_flag_and_json(capsys):
    relevant = _kept("The keeper of the lighthouse lit its lamp at dusk.", "At dusk, the lighthouse keeper lit the lamp.")
    base = ["run", "rewrite", "--style", "formal", "--text", LIGHTHOUSE, "--max-tokens", "3", "--temperature", "0", "--json"]
    assert json.loads(run_cli(*base).stdout)["few_shot_ids"] == [relevant]
    off = json.loads(run_cli(*base, "--few-shot", "0").stdout)
    assert off["few_shot_ids"] == [] and history.get_entry(off["history_id"])["few_shot_ids"] == []
