"""Actions end to end on the real bundled model through llama.cpp."""

import pytest

from core.engine import ActionRequest, Delta, Progress, Routed, run_action
from core.errors import BadInputError, UnknownNameError

ENGLISH = (
    "The village library opened in 1952 with three hundred books donated by farmers. Over the decades it "
    "grew into the heart of the town: children learned to read there, old men argued about politics by the "
    "stove, and every autumn the librarian organised a harvest fair to buy new books."
)
CHINESE = "村里的图书馆建于1952年，最初只有农民捐赠的三百本书。几十年来，它成为小镇的中心：孩子们在这里学会阅读，老人们在炉边争论时事。"


@pytest.mark.parametrize("text", [ENGLISH, CHINESE], ids=["english", "chinese"])
@pytest.mark.parametrize(
    "action,options",
    [
        ("summarize", {"length": "short"}),
        ("translate", {"lang": "French"}),
        ("rewrite", {"style": "formal"}),
        ("continue", {}),
    ],
)
def test_each_action_produces_output(shared_pool, action, options, text):
    run = run_action(ActionRequest(action, text, options, max_tokens=32, temperature=0), pool=shared_pool)
    events = list(run)
    assert isinstance(events[0], Routed) and events[0].backend == "llama.cpp"
    deltas = [e.text for e in events if isinstance(e, Delta)]
    result = run.result
    assert result.output.strip() and result.output == "".join(deltas).strip()
    assert result.action == action and result.backend == "llama.cpp" and result.device == "cpu"
    assert result.reason  # the router always says why
    assert result.chunks == 1 and result.completion_tokens > 0 and result.prompt_tokens > 0
    assert "<|im_" not in result.output


def test_chinese_translation_target_runs(shared_pool):
    result = run_action(
        ActionRequest("translate", ENGLISH, {"lang": "简体中文"}, max_tokens=24, temperature=0), pool=shared_pool
    ).run()
    assert result.output and result.options["lang"] == "Simplified Chinese (简体中文)"


def _long_document() -> str:
    topics = ["river", "harbour", "orchard", "mill", "school", "bridge", "market", "railway", "church", "mine"]
    paragraphs = []
    for i in range(100):  # ~8,800 tokens: just over the bundled model's 8,192-token context
        topic = topics[i % len(topics)]
        paragraphs.append(
            f"Chapter {i + 1}. In the year {1800 + i}, the {topic} of Eldham changed again. "
            f"The council met {i % 7 + 2} times to discuss the {topic}, and the families who depended on it "
            f"wrote letters describing floods, harvests, strikes and celebrations. Historians still debate "
            f"whether the {topic} shaped the town or the town shaped the {topic}, but every record agrees "
            f"that the people of Eldham adapted with patience, humour and stubborn courage."
        )
    return "\n\n".join(paragraphs)


@pytest.mark.slow
def test_document_longer_than_context_is_summarized_in_chunks(shared_pool):
    text = _long_document()
    run = run_action(ActionRequest("summarize", text, {"length": "short"}, temperature=0), pool=shared_pool)
    events = list(run)
    result = run.result
    backend = shared_pool.loaded("llama.cpp")
    assert backend.count_tokens(text) > backend.context_length  # really longer than 8,192 tokens
    assert result.chunks >= 2
    assert any(isinstance(e, Progress) for e in events)
    assert result.output and len(result.output) < len(text) / 10
    (long_note,) = [n for n in result.notes if n.code == "long_input_map_reduce"]
    assert long_note.params["parts"] == result.chunks and "parts" in long_note.text


def test_long_rewrite_and_translate_go_part_by_part_keeping_paragraph_breaks():
    # A small context makes "too long" cheap to reach; the split logic is the same at 8,192.
    from core.backends.llamacpp import LlamaCppBackend
    from core.backends.pool import BackendPool

    pool = BackendPool()
    pool._backends["llama.cpp"] = LlamaCppBackend(max_context=256)
    try:
        paragraphs = [
            "The storm arrived at dusk and the fishermen pulled their boats high onto the shingle. " * 7,
            "By morning the beach was covered with seaweed, driftwood and one very confused seal. " * 7,
        ]
        text = "\n\n".join(p.strip() for p in paragraphs)
        for action, options in (("rewrite", {"style": "concise"}), ("translate", {"lang": "French"})):
            run = run_action(ActionRequest(action, text, options, max_tokens=16, temperature=0), pool=pool)
            result = run.run()
            assert result.chunks == 2, action
            assert "\n\n" in result.output  # the paragraph break between the parts survives
            (parts,) = [n for n in result.notes if n.code == "long_input_parts"]
            assert parts.params == {"parts": 2} and parts.text.endswith("processed in 2 parts")
            assert result.completion_tokens <= 32
    finally:
        pool.close()


def test_bad_requests_fail_before_any_model_work(shared_pool):
    with pytest.raises(UnknownNameError, match="unknown action"):
        run_action(ActionRequest("poem", "text"), pool=shared_pool)
    with pytest.raises(BadInputError, match="empty"):
        run_action(ActionRequest("summarize", "   "), pool=shared_pool)
    with pytest.raises(UnknownNameError, match="unknown backend 'vllm'; valid backends: llama.cpp, torch"):
        run_action(ActionRequest("summarize", "text", backend="vllm"), pool=shared_pool)
    with pytest.raises(UnknownNameError, match="unknown language"):
        run_action(ActionRequest("translate", "text", {"lang": "Elvish"}), pool=shared_pool)


def test_cancel_mid_action(shared_pool):
    run = run_action(ActionRequest("continue", ENGLISH, max_tokens=200, temperature=0.8, seed=5), pool=shared_pool)
    seen = 0
    for event in run:
        if isinstance(event, Delta):
            seen += 1
            if seen == 3:
                run.cancel()
    assert run.result.finish_reason == "cancelled"
    assert run.result.completion_tokens <= 6
