"""One real CPU fine-tune on the bundled model, shared by every test here (module-scoped).

The dataset is built the way a user builds one: the keeper's log (tests/fixtures/style_corpus.py,
an original sample of a distinctive voice) saved as a document and turned into continuation
examples by ``build_from_documents``. The quality bar is the issue's: held-out loss at least 15%
lower than before training, and llama.cpp's perplexity on held-out passages at least 10% lower
with the exported GGUF adapter than without it.
"""

from __future__ import annotations

import json
import math
import time
from types import SimpleNamespace

import pytest

from tests.fixtures import style_corpus
from tests.test_training_failures import drain

# A short run: enough for the voice, small enough for two cores.
QUALITY_CONFIG = dict(
    max_steps=10,
    micro_batch_size=4,
    learning_rate=2e-3,
    eval_interval=5,
    eval_max_examples=8,
    checkpoint_interval=5,
)
STEPS = QUALITY_CONFIG["max_steps"]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from core.datasets_build import BuildOptions, build_from_documents
    from core.storage.datasets import iter_examples
    from core.training import TrainConfig, train

    home = tmp_path_factory.mktemp("training-home")
    patch = pytest.MonkeyPatch()
    patch.setenv("INKSTONE_HOME", str(home))
    try:
        document = home / "keeper-log.txt"
        document.write_text(style_corpus.document(240), encoding="utf-8")
        build_from_documents("keeper", [document], BuildOptions(context_chars=100))
        started = time.perf_counter()
        records, result = drain(train("keeper", TrainConfig(**QUALITY_CONFIG)))
        elapsed = time.perf_counter() - started
        held_out = [e["messages"] for e in iter_examples("keeper", split="eval")]
        yield SimpleNamespace(home=home, records=records, result=result, elapsed=elapsed, held_out=held_out)
    finally:
        patch.undo()


@pytest.fixture
def in_trained_home(trained, monkeypatch):
    monkeypatch.setenv("INKSTONE_HOME", str(trained.home))
    return trained


def answer_perplexity(model_path: str, conversations: list[list[dict]], lora_path: str | None = None) -> float:
    """llama.cpp's perplexity on each conversation's answer, given its prompt (as served)."""
    from llama_cpp import Llama

    from core.backends.base import default_threads
    from core.backends.llamacpp import safe_model_params
    from tests.llama_scoring import answer_nll

    threads = default_threads()  # as the app's llama.cpp backend (the test suite pins it)
    with safe_model_params():
        llm = Llama(
            model_path=model_path, lora_path=lora_path, n_ctx=512, logits_all=True,
            n_threads=threads, n_threads_batch=threads, verbose=False,
        )  # fmt: skip
    try:
        template = llm.metadata.get("tokenizer.chat_template")
        nll, count = 0.0, 0
        for messages in conversations:
            added, tokens = answer_nll(llm, template, messages)
            nll += added
            count += tokens
        return math.exp(nll / count)
    finally:
        llm.close()


def test_progress_records_have_the_loop_shape(trained):
    from core.training import TrainConfig, lr_at

    records = trained.records
    assert records[0].event == "start" and "215 training and 8 held-out examples" in records[0].message
    assert records[1].event == "eval_before" and records[1].eval_loss > 0
    steps = [r for r in records if r.event == "step"]
    assert [r.step for r in steps] == list(range(1, STEPS + 1))
    assert all(r.total_steps == STEPS and r.train_loss > 0 and r.tokens_per_s > 0 and r.step_tokens > 0 for r in steps)
    assert steps[-1].eta_s == 0 and all(r.eta_s is not None and r.eta_s >= 0 for r in steps)
    # The optimizer ran the pure schedule: from the peak down a cosine to a tenth of it.
    config = TrainConfig(**QUALITY_CONFIG)
    assert [r.lr for r in steps] == [pytest.approx(lr_at(s, STEPS, config)) for s in range(1, STEPS + 1)]
    assert steps[-1].lr == pytest.approx(2e-4) and all(a.lr > b.lr for a, b in zip(steps, steps[1:]))
    assert [r.step for r in records if r.event == "eval"] == [5, 10]
    final = records[-1]
    assert final.done and final.status == "completed" and final.result is trained.result
    assert all(not r.done for r in records[:-1])


def test_fine_tune_lowers_held_out_loss_by_at_least_15_percent(trained):
    result = trained.result
    assert result.status == "completed" and result.steps == STEPS
    assert result.eval_loss_after <= 0.85 * result.eval_loss_before, (result.eval_loss_before, result.eval_loss_after)
    print(f"\nheld-out loss {result.eval_loss_before:.3f} -> {result.eval_loss_after:.3f}; "
          f"{result.train_tokens_per_s:.0f} training tokens/s; run {trained.elapsed:.0f} s")  # fmt: skip


def test_gguf_adapter_lowers_llama_cpp_perplexity_by_at_least_10_percent(trained, bundled_model_path):
    held_out = trained.held_out[:8]
    base = answer_perplexity(str(bundled_model_path), held_out)
    tuned = answer_perplexity(str(bundled_model_path), held_out, trained.result.gguf_path)
    print(f"\nllama.cpp held-out perplexity {base:.2f} -> {tuned:.2f} with the adapter")
    assert tuned <= 0.9 * base, (base, tuned)


def test_run_metrics_and_adapter_are_in_the_database(in_trained_home):
    from core.storage import runs

    result = in_trained_home.result
    run = runs.get_run(result.run_id)
    assert run["status"] == "completed" and run["step"] == STEPS and run["total_steps"] == STEPS
    assert run["dataset_name"] == "keeper" and run["config"]["learning_rate"] == 2e-3
    metrics = runs.run_metrics(result.run_id)
    assert [m["step"] for m in metrics] == list(range(0, STEPS + 1))
    assert metrics[0]["eval_loss"] == pytest.approx(result.eval_loss_before)
    assert all(m["train_loss"] is not None for m in metrics[1:]) and metrics[STEPS]["eval_loss"] is not None
    adapter = runs.get_adapter(result.adapter_id)
    assert adapter["name"] == "keeper-run1" and adapter["base_model"] == "smollm2-135m-instruct"
    assert adapter["metrics"]["eval_loss_after"] == pytest.approx(result.eval_loss_after)
    assert adapter["peft_dir"] == result.peft_dir and adapter["gguf_path"] == result.gguf_path
    # The run's checkpoints are spent once the adapter is published.
    assert not (in_trained_home.home / "training" / f"run-{result.run_id}").exists()


def test_adapter_serves_the_llama_cpp_route_through_the_engine(in_trained_home, shared_pool):
    from core.engine import ActionRequest, ActionRun

    request = ActionRequest(
        "continue", "Low water, 05:40. Wind from the east, steady and sour.", adapter="keeper-run1",
        backend="llama.cpp", max_tokens=40, temperature=0, seed=1,
    )  # fmt: skip
    run = ActionRun(request, pool=shared_pool)
    assert run.adapter_path == in_trained_home.result.gguf_path
    result = run.run()
    assert result.output.strip() and result.adapter == "keeper-run1" and result.backend == "llama.cpp"


def test_adapter_serves_the_torch_route(in_trained_home):
    from core.adapters import resolve_adapter
    from core.backends.base import GenerationParams
    from core.backends.torch import TorchBackend
    from core.models import resolve_model
    from core.training.data import ChatEncoder, Example, encode_examples
    from core.training.loop import evaluate_set

    model = resolve_model(None)
    path = resolve_adapter(str(in_trained_home.result.adapter_id), model, "torch")
    assert path == in_trained_home.result.peft_dir
    held_out = [Example(i, m) for i, m in enumerate(in_trained_home.held_out[:4])]
    losses = {}
    for adapter in (None, path):
        backend = TorchBackend(device="cpu")
        backend.load(model, adapter=adapter)
        try:
            items, _report = encode_examples(ChatEncoder(backend._tokenizer, 512), held_out)
            losses[adapter] = evaluate_set(backend._model, items, backend._pad_id, "cpu")
            if adapter:
                text = "".join(backend.stream(held_out[0].messages[:-1], GenerationParams(max_tokens=4, temperature=0)))
                assert text.strip()
        finally:
            backend.close()
    # The backend merged the adapter into the weights it serves: they now expect the keeper's voice.
    assert losses[path] <= 0.85 * losses[None], losses


# -- continual learning: the trained adapter keeps learning from the edits the user keeps ---------


@pytest.fixture
def copied_home(trained, tmp_path, monkeypatch):
    """A copy of the trained home (the adapter of the module's run as version 1), to change freely."""
    import shutil

    home = tmp_path / "continual-home"
    shutil.copytree(trained.home, home)
    monkeypatch.setenv("INKSTONE_HOME", str(home))
    return home


def test_update_learns_new_edits_without_forgetting_survives_a_stop_and_rolls_back(copied_home, trained, capsys):
    from core.cli import main
    from core.storage import history, runs
    from core.training import continual
    from tests.fixtures import second_voice

    v1 = runs.get_adapter("keeper-run1")
    continual.set_active_adapter("keeper-run1")
    # The writer keeps 16 results in another voice (a gardener's notes); a discarded one and an
    # empty accepted one do not count.
    for i, note in enumerate(second_voice.notes(16)):
        history.record("continue", f"Notes for bed {i}:", note, outcome="edited" if i % 3 else "accepted", final_text=note if i % 3 else None)
    history.record("continue", "Notes for bed 99:", "bed 99 - kale: picked.", outcome="discarded")
    history.record("continue", "Notes for bed 98:", "", outcome="accepted")
    assert main(["adapters", "settings", "--threshold", "16"]) == 0
    assert main(["adapters", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert status["adapter"]["name"] == "keeper-run1" and status["new_examples"] == 16 and status["due"] is True

    changes = dict(max_steps=2, micro_batch_size=2, max_seq_len=96, eval_interval=2, eval_max_examples=2)
    steps = []
    records = []
    for record in continual.update(changes=changes, stop=lambda: len(steps) >= 1):
        records.append(record)
        steps += [record.step] if record.event == "step" else []
    assert records[-1].status == "cancelled" and steps == [1]
    # Interrupted: nothing published, the adapter in use untouched.
    assert continual.active_adapter()["id"] == v1["id"] and [a["name"] for a in runs.list_adapters()] == ["keeper-run1"]

    records, result = drain(continual.update(changes=changes))  # the same update again resumes the stopped one
    start = next(r for r in records if r.event == "start")
    assert "resuming at step 1 of 2" in start.message and "continuing from adapter 'keeper-run1'" in start.message
    before, after = result.eval_groups_before, result.eval_groups_after
    print(f"\nupdate: new examples' loss {before['new']:.3f} -> {after['new']:.3f}; "
          f"old examples' loss {before['old']:.3f} -> {after['old']:.3f} ({result.forgetting * 100:+.1f}%)")  # fmt: skip
    assert after["new"] < before["new"]  # it learned the new voice
    assert result.forgetting <= continual.MAX_FORGETTING  # and kept the old one
    assert result.activated and "old examples' loss" in records[-1].message and "actions now use it" in records[-1].message
    v2 = runs.get_adapter(result.adapter_id)
    assert v2["name"] == "keeper-run1-v2" and (v2["parent_id"], v2["line_id"], v2["version"]) == (v1["id"], v1["id"], 2)
    assert v2["metrics"]["forgetting"] == pytest.approx(result.forgetting) and v2["gguf_path"]
    assert v2["history_mark"] == history.list_history(limit=1)[0]["id"]  # everything recorded so far is covered
    assert continual.active_adapter()["id"] == v2["id"] and continual.status().new_examples == 0

    assert main(["adapters", "rollback"]) == 0
    assert "actions now use adapter keeper-run1 (version 1); keeper-run1-v2 is kept" in capsys.readouterr().out
    assert continual.active_adapter()["id"] == v1["id"]
    assert main(["adapters", "rollback"]) == 2
    assert "keeper-run1' is the first version of its line" in capsys.readouterr().err
