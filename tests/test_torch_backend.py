"""The torch backend on the CPU with the real bundled model.

The first load dequantizes the GGUF (20-50 s on two cores) into the session-wide cache that
tests/conftest.py sets up; every later load in the session reads the cached folder. CPU
generation runs at a few tokens per second, so answers here stay a few tokens long.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.backends import hf_cache
from core.backends.base import CancelToken, GenerationParams
from core.backends.llamacpp import LlamaCppBackend
from core.backends.base import default_threads
from core.backends.torch import TorchBackend
from core.engine import ActionRequest, ActionRun, Delta
from core.errors import InkstoneError, ModelError
from core.models import BUNDLED_NAME, ModelEntry
from tests.conftest import REPO

MESSAGES = [
    {"role": "system", "content": "You are a careful writing assistant."},
    {
        "role": "user",
        "content": "Summarize in one sentence: The lighthouse keeper climbed the stairs every evening "
        "to light the lamp, and for forty years no ship was lost on the rocks below.",
    },
]
CACHED_LOAD_LIMIT_S = 3.0


@pytest.fixture(scope="module")
def model(bundled_model_path) -> ModelEntry:
    return ModelEntry(BUNDLED_NAME, str(bundled_model_path), "gguf", True, True)


@pytest.fixture(scope="module")
def backend(model):
    backend = TorchBackend(device="cpu")  # tests run torch on the CPU even where a GPU exists
    backend.load(model)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def llama(model):
    backend = LlamaCppBackend()
    backend.load(model)
    yield backend
    backend.close()


def test_core_imports_without_torch_or_transformers():
    code = (
        "import sys\n"
        "import core.engine, core.router, core.backends.torch, core.backends.hf_cache, core.cli.models_cmd\n"
        "from core.models import list_models\n"
        "core.router.choose(list_models()[0])\n"
        "print(sorted(m for m in ('torch', 'transformers', 'peft') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=str(REPO),
        env={**os.environ, "INKSTONE_DISABLE_CUDA": "1"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_second_load_reads_the_cache_without_converting(model, backend):
    folder = hf_cache.ensure_converted(model)  # converted when the backend fixture loaded
    manifest = hf_cache.read_manifest(folder)
    conversions = hf_cache.conversion_count()
    assert manifest["source_size"] == Path(model.path).stat().st_size
    assert not list(hf_cache.converted_root().glob("*.partial")), "a temporary folder was left behind"

    again = TorchBackend(device="cpu")
    started = time.perf_counter()
    again.load(model)
    elapsed = time.perf_counter() - started
    again.close()

    assert hf_cache.conversion_count() == conversions
    assert hf_cache.read_manifest(folder)["converted_at"] == manifest["converted_at"]
    assert elapsed <= CACHED_LOAD_LIMIT_S, f"cached load took {elapsed:.2f} s"


def test_hf_folder_loads_as_is(model):
    folder = hf_cache.ensure_converted(model)
    entry = ModelEntry("converted", str(folder), "hf")
    conversions = hf_cache.conversion_count()
    assert hf_cache.ensure_converted(entry) == folder
    hf = TorchBackend(device="cpu")
    hf.load(entry)
    try:
        text = "".join(hf.stream(MESSAGES, GenerationParams(max_tokens=2, temperature=0)))
    finally:
        hf.close()
    assert text.strip()
    assert hf_cache.conversion_count() == conversions


def test_cpu_threads_are_the_physical_cores(backend):
    import torch

    assert torch.get_num_threads() == default_threads()
    assert backend.device == "cpu" and backend.dtype == "float32"


def test_prompt_is_rendered_exactly_as_on_llamacpp(backend, llama):
    assert backend.render(MESSAGES) == llama.render(MESSAGES)
    assert backend.prompt_tokens(MESSAGES) == llama.prompt_tokens(MESSAGES)
    assert backend.context_length == llama.context_length


def test_greedy_first_words_match_llamacpp(backend, llama):
    params = GenerationParams(max_tokens=8, temperature=0)
    torch_words = "".join(backend.stream(MESSAGES, params)).split()
    llama_words = "".join(llama.stream(MESSAGES, params)).split()
    assert len(torch_words) >= 4, torch_words
    assert torch_words[:4] == llama_words[:4]


def test_stream_yields_text_and_stats(backend):
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=8, temperature=0))
    chunks = list(generation)
    assert len(chunks) > 1 and "".join(chunks).strip()
    assert "<|im" not in "".join(chunks)
    stats = generation.stats
    assert stats.prompt_tokens == backend.prompt_tokens(MESSAGES)
    assert 1 <= stats.completion_tokens <= 8
    assert stats.ttft_s and stats.ttft_s > 0
    assert stats.tokens_per_s and stats.tokens_per_s > 0
    assert stats.finish_reason in ("stop", "length")


def test_same_seed_same_sample(backend):
    params = GenerationParams(max_tokens=6, temperature=0.9, seed=1234)
    first = "".join(backend.stream(MESSAGES, params))
    second = "".join(backend.stream(MESSAGES, params))
    assert first.strip() and first == second


def test_cancel_stops_between_tokens(backend):
    cancel = CancelToken()
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=64, temperature=0), cancel)
    produced_at_cancel = None
    for _chunk in generation:
        if produced_at_cancel is None and generation.stats.completion_tokens >= 2:
            produced_at_cancel = generation.stats.completion_tokens
            cancel.cancel()
    assert generation.stats.finish_reason == "cancelled"
    # The token being computed when Stop arrived may still land; nothing after it.
    assert generation.stats.completion_tokens <= produced_at_cancel + 1


def test_abandoned_iteration_stops_the_generation_thread(backend):
    generation = iter(backend.stream(MESSAGES, GenerationParams(max_tokens=64, temperature=0)))
    assert next(generation)
    generation.close()  # conftest fails the test if the worker thread is still running


def test_prompt_longer_than_context_is_refused(backend, monkeypatch):
    monkeypatch.setattr(backend, "max_context", 32)
    with pytest.raises(InkstoneError, match="context holds 32"):
        backend.stream(MESSAGES, GenerationParams(max_tokens=4))


@pytest.mark.parametrize(
    ("action", "options"),
    [
        ("summarize", {"length": "short"}),
        ("translate", {"lang": "French"}),
        ("rewrite", {"style": "formal"}),
        ("continue", {}),
    ],
)
def test_each_action_runs_on_torch_through_the_engine(shared_pool, action, options):
    text = "The lighthouse keeper climbed the stairs every evening to light the lamp for the ships."
    request = ActionRequest(action, text, options=options, backend="torch", max_tokens=8, temperature=0)
    result = ActionRun(request, pool=shared_pool).run()
    assert (result.backend, result.reason) == ("torch", "requested")
    assert result.device in ("cpu", "cuda:0")
    assert result.output
    assert result.prompt_tokens > 0 and 1 <= result.completion_tokens <= 8
    assert result.ttft_s and result.ttft_s > 0


def test_engine_cancel_on_torch(shared_pool):
    request = ActionRequest("continue", "Once upon a time", backend="torch", max_tokens=64, temperature=0)
    run = ActionRun(request, pool=shared_pool)
    for event in run:
        if isinstance(event, Delta):
            run.cancel()
    assert run.result.finish_reason == "cancelled"
    assert run.result.completion_tokens <= 3


def test_lora_adapter_folder_is_applied(backend, model, tmp_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(hf_cache.ensure_converted(model))
    peft_model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
    adapter = tmp_path / "adapter"
    peft_model.save_pretrained(adapter)  # fresh LoRA: lora_B is zero, so the model is unchanged
    params = GenerationParams(max_tokens=4, temperature=0)
    with_adapter = TorchBackend(device="cpu")
    with_adapter.load(model, adapter=str(adapter))
    try:
        assert with_adapter.is_loaded(model, str(adapter)) and not with_adapter.is_loaded(model)
        assert "".join(with_adapter.stream(MESSAGES, params)) == "".join(backend.stream(MESSAGES, params))
    finally:
        with_adapter.close()


def test_pickle_adapter_is_refused(model, tmp_path):
    adapter = tmp_path / "pickled"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA"}), encoding="utf-8")
    (adapter / "adapter_model.bin").write_bytes(b"\x80\x04")
    with pytest.raises(ModelError, match="pickle adapters are refused"):
        TorchBackend(device="cpu").load(model, adapter=str(adapter))
