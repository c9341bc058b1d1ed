"""The llama.cpp backend on the real bundled model."""

import pytest

from core.backends.base import CancelToken, GenerationParams
from core.backends.base import default_threads
from core.backends.llamacpp import LlamaCppBackend
from core.devices import physical_cores
from core.models import resolve_model

MESSAGES = [
    {"role": "system", "content": "You are a helpful writing assistant."},
    {"role": "user", "content": "Write a long story about a lighthouse keeper and the sea."},
]


@pytest.fixture(scope="module")
def backend():
    backend = LlamaCppBackend()
    backend.load(resolve_model(None))
    yield backend
    backend.close()


def test_threads_default_to_physical_cores(monkeypatch):
    monkeypatch.delenv("INKSTONE_THREADS", raising=False)
    assert default_threads() == physical_cores()
    monkeypatch.setenv("INKSTONE_THREADS", "3")
    assert default_threads() == 3


def test_prompt_uses_the_models_chat_template(backend):
    prompt = backend.render(MESSAGES)
    assert prompt.startswith("<|im_start|>system\nYou are a helpful writing assistant.<|im_end|>")
    assert prompt.endswith("<|im_start|>assistant\n")
    assert "SmolLM" not in prompt  # our system prompt replaces the template's default one


def test_stream_yields_text_and_stats(backend):
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=24, temperature=0, seed=1))
    chunks = list(generation)
    text = "".join(chunks)
    assert len(chunks) > 3 and text.strip()
    assert "<|im" not in text
    stats = generation.stats
    assert stats.prompt_tokens == backend.prompt_tokens(MESSAGES)
    assert 1 <= stats.completion_tokens <= 24
    assert stats.ttft_s is not None and stats.ttft_s > 0
    assert stats.tokens_per_s and stats.tokens_per_s > 1
    assert stats.finish_reason in ("stop", "length")


def test_greedy_is_repeatable_and_reuses_the_loaded_model(backend):
    params = GenerationParams(max_tokens=16, temperature=0)
    first = "".join(backend.stream(MESSAGES, params))
    llm = backend._llm
    second = "".join(backend.stream(MESSAGES, params))
    assert first == second
    assert backend._llm is llm


def test_cancel_stops_within_a_couple_of_tokens(backend):
    cancel = CancelToken()
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=200, temperature=0.8, seed=3), cancel)
    received = 0
    tokens_at_cancel = None
    for _ in generation:
        received += 1
        if received == 5:
            cancel.cancel()
            tokens_at_cancel = generation.stats.completion_tokens
    assert generation.stats.finish_reason == "cancelled"
    assert generation.stats.completion_tokens - tokens_at_cancel <= 2


def test_fewer_threads_while_a_fine_tune_shares_the_cpu():
    from core.backends.pool import BackendPool
    from core.devices import cpu_lease
    from core.engine import ActionRequest, run_action

    pool = BackendPool()
    backend = pool._backends["llama.cpp"] = LlamaCppBackend(threads=2)
    try:
        with cpu_lease:
            result = run_action(ActionRequest("summarize", "Lunch moved to one o'clock.", max_tokens=8), pool=pool).run()
            assert backend._active_threads == 1
            assert any(n.code == "cpu_shared" and "llama.cpp runs 1 thread" in n.text for n in result.notes)
        result = run_action(ActionRequest("summarize", "Lunch moved to one o'clock.", max_tokens=4), pool=pool).run()
        assert backend._active_threads == 2 and not [n for n in result.notes if n.code == "cpu_shared"]
    finally:
        pool.close()


def test_safe_model_params_turns_off_extra_buffers_only_on_amx_cpus(monkeypatch):
    import llama_cpp.llama_cpp as native

    from core.backends import llamacpp

    original = native.llama_model_default_params
    for amx in (True, False):
        monkeypatch.setattr(llamacpp, "cpu_has_amx", lambda amx=amx: amx)
        with llamacpp.safe_model_params():
            params = native.llama_model_default_params()
        assert params.use_extra_bufts is (not amx)
        assert native.llama_model_default_params is original


def test_context_cap_and_threads_come_from_one_place(monkeypatch):
    from core.backends import base
    from core.errors import BadInputError

    monkeypatch.setenv("INKSTONE_MAX_CONTEXT", "2048")
    assert LlamaCppBackend().max_context == 2048
    monkeypatch.setenv("INKSTONE_MAX_CONTEXT", "lots")
    with pytest.raises(BadInputError, match="INKSTONE_MAX_CONTEXT must be a whole number of tokens of at least 256"):
        base.context_cap()
    monkeypatch.delenv("INKSTONE_MAX_CONTEXT")
    assert base.context_cap() == base.DEFAULT_MAX_CONTEXT
