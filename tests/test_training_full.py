"""Full fine-tuning of the bundled model: a couple of real CPU steps on a tiny slice, stopped and
resumed, published as a new model, served by llama.cpp from its GGUF and by torch from its folder.

The run is kept tiny (two steps, short examples) because every weight trains; its quality bar is
the issue's, measured on few tokens: llama.cpp's perplexity on held-out passages of the style data
drops with the fine-tuned GGUF. The real figures come from tests/benchmarks/bench_lora_vs_full.py.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.fixtures import style_corpus
from tests.test_training_failures import drain, one_line
from tests.test_training_run import answer_perplexity

FULL = dict(method="full", max_steps=2, micro_batch_size=2, eval_interval=2, eval_max_examples=2, checkpoint_interval=10,
            max_seq_len=48, learning_rate=2e-4)  # fmt: skip


def keeper_slice(name: str = "keeper", count: int = 12) -> None:
    from core.storage.datasets import save_examples

    examples = [
        {"messages": [{"role": "user", "content": "Next entry."}, {"role": "assistant", "content": passage[:120]}]}
        for passage in style_corpus.passages(count)
    ]
    save_examples(name, examples, source="test", eval_fraction=0.25)


def test_full_fine_tune_stops_resumes_and_becomes_a_model_both_backends_run(bundled_model_path, inkstone_home):
    from core.backends.hf_cache import ensure_converted
    from core.gguf_header import read_header
    from core.models import describe_path, list_models, resolve_model
    from core.storage import runs
    from core.storage.datasets import iter_examples
    from core.training import TrainConfig, train
    from core.training.checkpoint import TRAINABLE_WEIGHTS

    from core.training import full

    keeper_slice()
    try:  # the memory check is the trainer's own; a shared test machine may be short of memory
        full.plan("smollm2-135m-instruct", ensure_converted(resolve_model(None)), TrainConfig(**FULL), "cpu")
    except full.TrainingOutOfMemoryError as exc:
        pytest.skip(f"this machine has too little free memory now: {exc}")
    steps = []
    records = []
    for record in train("keeper", TrainConfig(**FULL), adapter_name="keeper-full", stop=lambda: len(steps) >= 1):
        records.append(record)
        if record.event == "step":
            steps.append(record.step)
    # What it needs is said before the model loads: every weight but the (frozen) embeddings trains.
    assert records[0].event == "plan" and "full fine-tune of smollm2-135m-instruct" in records[0].message
    assert "106.2 M of 134.5 M weights train" in records[0].message and "GB of memory" in records[0].message
    final = records[-1]
    assert final.status == "cancelled" and final.step == 1 and final.result.model_name is None
    checkpoint = inkstone_home / "training" / f"run-{final.run_id}" / "checkpoint"
    assert (checkpoint / TRAINABLE_WEIGHTS).is_file() and (checkpoint / "optimizer.pt").is_file()
    assert [m.name for m in list_models()] == ["smollm2-135m-instruct"]  # nothing published yet

    resumed, result = drain(train(resume=final.run_id))
    assert "resuming at step 1 of 2" in resumed[1].message and [r.step for r in resumed if r.event == "step"] == [2]
    assert result.method == "full" and result.model_name == "keeper-full" and result.adapter_id is None
    assert result.eval_loss_after < result.eval_loss_before
    assert runs.get_run(result.run_id)["status"] == "completed" and runs.list_adapters() == []

    # A new model among the user's models: a GGUF for llama.cpp and a safetensors folder for torch.
    entry = resolve_model("keeper-full")
    assert entry.format == "gguf" and entry.path == result.gguf_path and entry.torch_path == result.model_path
    assert json.loads((inkstone_home / "models.json").read_text())["models"][0]["torch_path"] == result.model_path
    assert describe_path(result.gguf_path).format == "gguf" and describe_path(result.model_path).format == "hf"
    assert str(ensure_converted(entry)) == result.model_path  # the torch route loads the folder, no conversion
    # llama.cpp's converter layout: the base's tensor names, order and shapes; f16 matrices, f32 norms.
    base, tuned = read_header(bundled_model_path), read_header(result.gguf_path)
    assert [(t.name, t.dims) for t in tuned.tensors] == [(t.name, t.dims) for t in base.tensors]
    assert {t.ggml_type for t in tuned.tensors if len(t.dims) == 2} == {1} and {t.ggml_type for t in tuned.tensors if len(t.dims) == 1} == {0}
    assert tuned.get("general.file_type") == 1 and tuned.get("tokenizer.chat_template") == base.get("tokenizer.chat_template")

    held_out = [e["messages"] for e in iter_examples("keeper", split="eval")][:2]
    before = answer_perplexity(str(bundled_model_path), held_out)
    after = answer_perplexity(result.gguf_path, held_out)
    print(f"\nfull fine-tune, 2 steps: held-out loss {result.eval_loss_before:.3f} -> {result.eval_loss_after:.3f}; "
          f"llama.cpp perplexity {before:.1f} -> {after:.1f}")  # fmt: skip
    assert after <= 0.9 * before, (before, after)


def test_full_fine_tune_is_refused_in_one_line_when_the_model_is_too_big(monkeypatch, capsys):
    from core.cli import main
    from core.storage import runs
    from core.training import TrainConfig, TrainingOutOfMemoryError, full, train

    keeper_slice()
    monkeypatch.setattr(full, "available_bytes", lambda device: 1_500_000_000)
    with pytest.raises(TrainingOutOfMemoryError) as caught:
        next(train("keeper", TrainConfig(**FULL)))
    message = one_line(caught.value)
    assert re.search(r"needs about 2\.\d GB of memory on cpu \(1\.5 GB available\): not enough memory", message), message
    assert "--method lora" in message
    monkeypatch.setattr(full, "MAX_FULL_PARAMS", 100_000_000)
    assert main(["train", "--dataset", "keeper", "--method", "full", "--max-steps", "1"]) == 2
    assert capsys.readouterr().err.strip() == (
        "inkstone-cli: error: smollm2-135m-instruct has 0.13 B parameters; full fine-tuning is for models up to "
        "about 0.5 B — train a LoRA adapter instead (--method lora)"
    )
    assert runs.list_runs() == []  # refused before a run was recorded or the model loaded
