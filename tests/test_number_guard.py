"""Answers held to their text's numbers (core/number_guard.py): what a text allows, the mask at
each step, and the guard at work in llama.cpp, torch and the engine with the bundled model."""

from __future__ import annotations

import re

import numpy as np
import pytest

from core.actions import load_catalog
from core.backends.base import GenerationParams
from core.backends.llamacpp import LlamaCppBackend
from core.engine import ActionRequest, ActionRun
from core.errors import BadInputError
from core.models import BUNDLED_NAME, ModelEntry
from core.number_guard import NumberGuard, allowed_numbers, digit_tokens

# A completion the model goes on counting: its likeliest next digit is a 4.
COUNTING = "Counting slowly: 1, 2, 3,"
ONLY_ONE_TWO_THREE = frozenset({"1", "2", "3"})


def digit_runs(text: str) -> set[str]:
    return set(re.findall(r"[0-9]+", text))


# -- what a text allows --------------------------------------------------------------------------


def test_a_texts_digit_runs_and_their_readings_are_allowed():
    allowed = allowed_numbers("We sold 1,240 units by 2:30 pm on March 5, 2024, about 六百多本 books.")
    assert {"1", "240", "1240", "2", "30", "14", "5", "2024", "3", "600"} <= allowed
    assert "05" in allowed  # a day may be written with a leading zero
    assert "7" not in allowed and "1241" not in allowed


def test_number_words_allow_their_digits_and_leading_zeros_their_plain_form():
    allowed = allowed_numbers("Three friends met at 07:45.", "in one or two sentences")
    assert {"3", "07", "7", "45", "2"} <= allowed


def test_a_number_of_hundreds_of_digits_is_allowed_as_it_is_without_a_quadratic_cost():
    huge = "7" * 400
    g = NumberGuard(allowed_numbers(f"The key is {huge}."), {1: "7"})
    assert g.begins_number("7" * 399) and g.fits("7" * 399, "7") and not g.fits(huge, "7")


# -- the mask at each step ------------------------------------------------------------------------

VOCAB = {0: "a", 1: "1", 2: "2", 3: "3", 4: " 12", 5: "2024", 6: ".", 7: "4"}


def guard(allowed=frozenset({"12", "3"})) -> NumberGuard:
    return NumberGuard(allowed, digit_tokens(VOCAB.items()))


def test_only_tokens_holding_digits_are_looked_at():
    assert digit_tokens(VOCAB.items()) == {1: "1", 2: "2", 3: "3", 4: " 12", 5: "2024", 7: "4"}


def test_outside_a_number_digits_that_begin_no_allowed_number_are_masked():
    only, ids = guard().rule("")
    assert not only and ids.tolist() == [2, 5, 7]


def test_inside_an_unfinished_number_only_digits_that_go_on_towards_one_may_follow():
    only, ids = guard().rule("1")
    assert only and ids.tolist() == [2]  # "12"; a "." or "a" would leave "1", which the text lacks


def test_after_a_finished_number_the_text_goes_on_freely():
    g = guard(frozenset({"12", "3", "123"}))
    only, ids = g.rule("12")
    assert not only and ids.tolist() == [1, 2, 5, 7]  # "123" and " 12" may follow; "121" may not
    assert g.fits("12", ".") and g.fits("12", "3")


def test_the_run_in_progress_is_read_back_from_the_generated_ids():
    g = guard()
    assert g.run_in_progress([]) == ""
    assert g.run_in_progress([0, 1]) == "1"
    assert g.run_in_progress([1, 2, 6]) == ""
    assert g.run_in_progress([0, 4]) == "12"
    assert g.run_in_progress([4, 1]) == "121"


def test_apply_masks_the_logits_and_counts_when_the_likeliest_token_was_masked():
    g = guard()
    scores = np.zeros(8, dtype=np.float32)
    scores[7] = 5.0  # the model wants "4"
    g.apply([0], scores)
    assert np.isneginf(scores[[2, 5, 7]]).all() and np.isfinite(scores[[0, 1, 3, 4, 6]]).all()
    assert g.held == 1
    scores = np.arange(8, dtype=np.float32)  # wants "4" (id 7) again, mid-number this time
    g.apply([1], scores)
    assert scores[2] == 2.0 and np.isneginf(np.delete(scores, 2)).all()
    assert g.held == 2
    scores = np.zeros(8, dtype=np.float32)
    scores[3] = 1.0  # wants "3", which the text has
    g.apply([0], scores)
    assert g.held == 2


def test_a_vocabulary_without_the_digit_to_finish_a_number_is_not_masked():
    g = NumberGuard(frozenset({"12"}), {1: "1"})
    scores = np.zeros(3, dtype=np.float32)
    g.apply([1], scores)  # "1" is no number of the text, but nothing could finish "12"
    assert np.isfinite(scores).all()


# -- actions say which answers are held -----------------------------------------------------------


def test_summaries_and_preset_rewrites_are_held_but_typed_instructions_and_continuations_are_not(shared_pool):
    def numbers(action, options):
        return ActionRun(ActionRequest(action, "Lunch is at 12:30 on Friday.", options=options), pool=shared_pool).numbers

    assert "30" in numbers("summarize", {}) and "12" in numbers("rewrite", {"style": "concise"})
    assert numbers("rewrite", {"instruction": "give the prices in euros"}) is None
    assert numbers("continue", {}) is None


def test_the_actions_file_can_turn_the_guard_off_or_on(tmp_path):
    user_file = tmp_path / "actions.toml"
    user_file.write_text('[actions.tally]\nprompt = "Count on."\nnumbers = "from-text"\n'
                         '[actions.loose]\nprompt = "Go on."\nnumbers = "any"\n', encoding="utf-8")
    catalog = load_catalog(user_file)
    assert catalog.get("tally").numbers == "from-text" and catalog.get("loose").numbers is None
    user_file.write_text('[actions.bad]\nprompt = "Go on."\nnumbers = "some"\n', encoding="utf-8")
    with pytest.raises(BadInputError, match="numbers must be"):
        load_catalog(user_file)


# -- the guard at work, with the bundled model ----------------------------------------------------


@pytest.fixture(scope="module")
def model(bundled_model_path) -> ModelEntry:
    return ModelEntry(BUNDLED_NAME, str(bundled_model_path), "gguf", True, True)


def _held_completion(backend) -> tuple[str, int]:
    params = GenerationParams(max_tokens=6, temperature=0.0, numbers=ONLY_ONE_TWO_THREE)
    generation = backend.complete(COUNTING, params)
    text = "".join(generation)
    return text, generation.stats.numbers_held


def test_llamacpp_keeps_a_counting_model_to_the_allowed_numbers(model):
    backend = LlamaCppBackend()
    backend.load(model)
    try:
        free = "".join(backend.complete(COUNTING, GenerationParams(max_tokens=6, temperature=0.0)))
        text, held = _held_completion(backend)
    finally:
        backend.close()
    assert digit_runs(free) - ONLY_ONE_TWO_THREE  # left alone, it counts on past 3
    assert held >= 1 and digit_runs(text) <= ONLY_ONE_TWO_THREE


def test_torch_keeps_a_counting_model_to_the_allowed_numbers(model):
    from core.backends.torch import TorchBackend

    backend = TorchBackend(device="cpu")
    backend.load(model)
    try:
        text, held = _held_completion(backend)
    finally:
        backend.close()
    assert held >= 1 and digit_runs(text) <= ONLY_ONE_TWO_THREE


def test_the_engine_holds_an_action_to_its_texts_numbers_and_says_so(tmp_path, shared_pool, monkeypatch):
    user_file = tmp_path / "actions.toml"
    user_file.write_text('[actions.tally]\nprompt = "Go on counting, one number after another."\nnumbers = "from-text"\n'
                         'output = { tokens = 12 }\n', encoding="utf-8")
    catalog = load_catalog(user_file)
    text = "1, 2, 3,"
    run = ActionRun(ActionRequest("tally", text, temperature=0.0), pool=shared_pool, catalog=catalog)
    result = run.run()
    assert digit_runs(result.output) <= allowed_numbers(text, run.instruction)
    assert "numbers_held" in [n.code for n in result.notes]
