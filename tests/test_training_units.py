"""Fine-tuning pieces that need no training run: config, schedule, data, batching, GGUF export,
adapter resolution. Real tokenizer and real bundled model files throughout."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.fixtures import style_corpus


@pytest.fixture(scope="module")
def model_entry(bundled_model_path):
    from core.models import BUNDLED_NAME, ModelEntry

    return ModelEntry(BUNDLED_NAME, str(bundled_model_path), "gguf", True, True)


@pytest.fixture(scope="module")
def tokenizer(model_entry):
    from core.backends.hf_cache import ensure_converted, import_transformers

    _torch, transformers = import_transformers()
    return transformers.AutoTokenizer.from_pretrained(ensure_converted(model_entry))


# -- config and schedule ------------------------------------------------------------------------


def test_every_setting_has_help_text_and_defaults_check_out():
    from core.training.config import TrainConfig

    for field in dataclasses.fields(TrainConfig):
        assert len(field.metadata.get("help", "")) > 20, field.name
    config = TrainConfig().check()
    assert "lm_head" not in config.target_modules and "embed_tokens" not in config.target_modules
    assert {"q_proj", "v_proj", "down_proj"} <= set(config.target_modules)
    assert TrainConfig.from_dict({**config.to_dict(), "from_a_newer_release": 1}) == config
    assert TrainConfig(target_modules="q_proj, v_proj").target_modules == ("q_proj", "v_proj")


@pytest.mark.parametrize(
    "change, words",
    [
        ({"rank": 0}, "rank"),
        ({"target_modules": ("q_proj", "lm_head")}, "never adapted"),
        ({"precision": "int4"}, "precision"),
        ({"max_seq_len": 4}, "max_seq_len"),
        ({"dropout": 1.5}, "dropout"),
    ],
)
def test_bad_settings_are_one_line_errors(change, words):
    from core.errors import BadInputError
    from core.training.config import TrainConfig

    with pytest.raises(BadInputError, match=words) as caught:
        TrainConfig(**change).check()
    assert "\n" not in str(caught.value)


def test_learning_rate_warms_up_then_follows_a_cosine_to_the_floor():
    from core.training.config import TrainConfig
    from core.training.loop import lr_at, warmup_steps

    config = TrainConfig(learning_rate=1e-3, min_lr_ratio=0.1, warmup_fraction=0.1)
    total = 100
    assert warmup_steps(total, config) == 10
    assert lr_at(1, total, config) == pytest.approx(1e-4)
    assert lr_at(10, total, config) == pytest.approx(1e-3)
    assert lr_at(55, total, config) == pytest.approx(1e-4 + 0.5 * 9e-4)  # halfway down the cosine
    assert lr_at(100, total, config) == pytest.approx(1e-4)
    rates = [lr_at(s, total, config) for s in range(10, 101)]
    assert all(a >= b for a, b in zip(rates, rates[1:]))


# -- data ---------------------------------------------------------------------------------------


def test_answer_tokens_are_the_only_targets_and_the_prompt_is_the_inference_prompt(tokenizer, model_entry):
    from llama_cpp import Llama

    from core.chat_template import render_chat
    from core.training.data import ChatEncoder, Example

    messages = style_corpus.messages(3)[0]
    encoded = ChatEncoder(tokenizer, 1024).encode(Example(1, messages))
    first = encoded.targets.index(True)
    assert not any(encoded.targets[:first]) and all(encoded.targets[first:])
    answer = tokenizer.decode(encoded.ids[first:])
    assert answer == messages[-1]["content"] + "<|im_end|>"  # the end marker is learned: the model learns to stop

    # The prompt part is token for token what llama.cpp is given at inference.
    vocab = Llama(model_path=model_entry.path, vocab_only=True, verbose=False)
    try:
        prompt = render_chat(vocab.metadata.get("tokenizer.chat_template"), messages[:-1])
        assert vocab.tokenize(prompt.encode("utf-8"), add_bos=False, special=True) == encoded.ids[:first]
    finally:
        vocab.close()


def test_multi_turn_conversations_learn_every_answer(tokenizer):
    from core.training.data import ChatEncoder, Example

    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Name a bird."},
        {"role": "assistant", "content": "A curlew."},
        {"role": "user", "content": "Another."},
        {"role": "assistant", "content": "A gannet."},
    ]
    encoded = ChatEncoder(tokenizer, 1024).encode(Example(2, messages))
    learned = tokenizer.decode([t for t, learn in zip(encoded.ids, encoded.targets) if learn])
    assert learned == "A curlew.<|im_end|>A gannet.<|im_end|>"


def test_long_examples_lose_the_prompt_middle_first_and_are_counted(tokenizer):
    from core.training.data import ChatEncoder, Example, encode_examples

    long_context = " ".join(style_corpus.passages(12))
    messages = [
        {"role": "system", "content": "You are Inkstone."},
        {"role": "user", "content": f"Continue the text.\n\n{long_context}"},
        {"role": "assistant", "content": "Low water, 05:40. Lamp lit. Log closed."},
    ]
    short = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Lamp lit."}]
    encoder = ChatEncoder(tokenizer, 96)
    items, report = encode_examples(encoder, [Example(1, messages), Example(2, short)])
    assert report.truncated == 1 and report.truncated_ids == [1] and report.answers_cut == 0
    item = items[0]
    assert len(item) == 96
    assert tokenizer.decode([t for t, learn in zip(item.ids, item.targets) if learn]) == "Low water, 05:40. Lamp lit. Log closed.<|im_end|>"
    assert tokenizer.decode(item.ids[:8]).startswith("<|im_start|>system")  # the head is kept
    # An answer longer than the whole budget keeps its start and is reported as cut.
    huge = [{"role": "user", "content": "Go."}, {"role": "assistant", "content": long_context}]
    items, report = encode_examples(encoder, [Example(3, huge)])
    assert report.answers_cut == 1 and len(items[0]) == 96 and items[0].n_targets > 0


@pytest.mark.parametrize(
    "messages, words",
    [
        ({"conversations": [{"from": "human", "value": "hi"}]}, "ShareGPT"),
        ([{"from": "human", "value": "hi"}, {"from": "gpt", "value": "hello"}], "ShareGPT"),
        ({"instruction": "Say hi", "output": "hi"}, "Alpaca"),
        ([{"role": "human", "content": "hi"}, {"role": "assistant", "content": "hello"}], "role 'human'"),
        ([{"role": "user", "content": "hi"}], "does not end with an assistant answer"),
        ([], "no chat messages"),
    ],
)
def test_other_chat_formats_are_refused_with_a_hint(messages, words):
    from core.training.data import check_messages
    from core.training.errors import ChatFormatError

    with pytest.raises(ChatFormatError, match=words) as caught:
        check_messages(messages, "example 7")
    assert "\n" not in str(caught.value) and "example 7" in str(caught.value)


def test_text_with_chat_markup_is_refused(tokenizer):
    from core.training.data import ChatEncoder, Example
    from core.training.errors import ChatFormatError

    rendered = [{"role": "user", "content": "<|im_start|>user\nhi<|im_end|>"}, {"role": "assistant", "content": "hello"}]
    with pytest.raises(ChatFormatError, match="chat markup"):
        ChatEncoder(tokenizer, 256).encode(Example(9, rendered))


def test_batches_group_similar_lengths_cover_each_example_once_and_repeat_exactly():
    import random

    from core.training.data import length_grouped_batches

    lengths = [random.Random(i).randint(20, 400) for i in range(300)]
    batches = length_grouped_batches(lengths, 4, seed=1, epoch=0)
    assert sorted(i for b in batches for i in b) == list(range(300))
    assert batches == length_grouped_batches(lengths, 4, seed=1, epoch=0)
    assert batches != length_grouped_batches(lengths, 4, seed=1, epoch=1)

    def padded(groups):
        return sum(len(b) * max(lengths[i] for i in b) for b in groups)

    order = list(range(300))
    random.Random(5).shuffle(order)
    unsorted = [order[j : j + 4] for j in range(0, 300, 4)]
    assert padded(batches) < 0.75 * padded(unsorted)
    assert padded(batches) < 1.1 * sum(lengths)  # padding is a small fraction of real tokens


def test_collate_pads_to_the_longest_and_masks_the_prompt():
    from core.training.data import IGNORE, Encoded, collate

    items = [Encoded([5, 6, 7, 8], [False, False, True, True]), Encoded([9, 10], [False, True])]
    batch = collate(items, pad_id=0)
    assert batch["input_ids"].tolist() == [[5, 6, 7, 8], [9, 10, 0, 0]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1, 1], [1, 1, 0, 0]]
    assert batch["labels"].tolist() == [[IGNORE, IGNORE, 7, 8], [IGNORE, 10, IGNORE, IGNORE]]
    assert batch["tokens"] == 6


# -- GGUF export --------------------------------------------------------------------------------


def test_permutation_is_the_inverse_of_what_transformers_undoes():
    import numpy as np
    from transformers.modeling_gguf_pytorch_utils import LlamaTensorProcessor

    from core.training.export_gguf import permute_rows

    rows = np.arange(9 * 64 * 2, dtype=np.float32).reshape(9 * 64, 2)
    undo = LlamaTensorProcessor()._reverse_permute_weights
    assert np.array_equal(undo(permute_rows(rows, 9, 9), 9, 9), rows)
    kv_rows = rows[: 3 * 64]
    assert np.array_equal(undo(permute_rows(kv_rows, 9, 3), 9, 3), kv_rows)
    assert not np.array_equal(permute_rows(rows, 9, 9), rows)


def test_gguf_adapter_has_llama_cpp_names_shapes_metadata_and_permuted_q_k(model_entry, tmp_path):
    import numpy as np
    import torch
    from gguf import GGUFReader
    from peft import LoraConfig, get_peft_model
    from safetensors.numpy import load_file

    from core.backends.hf_cache import ensure_converted, import_transformers
    from core.gguf_check import inspect_gguf
    from core.training.checkpoint import write_adapter
    from core.training.export_gguf import export_gguf_adapter, permute_rows

    _torch, transformers = import_transformers()
    base = transformers.AutoModelForCausalLM.from_pretrained(ensure_converted(model_entry), dtype=torch.float32)
    lora = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "k_proj", "down_proj"]))
    torch.manual_seed(0)
    with torch.no_grad():
        for name, param in lora.named_parameters():
            if "lora_B" in name:
                param.normal_()  # a fresh lora_B is zero, which would hide a missing permutation
    folder = tmp_path / "peft"
    folder.mkdir()
    write_adapter(lora, folder)
    out = export_gguf_adapter(folder, model_entry.path, tmp_path / "adapter.gguf")

    assert inspect_gguf(out).file_type == "adapter"
    reader = GGUFReader(str(out))
    assert reader.fields["general.architecture"].contents() == "llama"
    assert reader.fields["adapter.type"].contents() == "lora"
    assert reader.fields["adapter.lora.alpha"].contents() == pytest.approx(8.0)
    tensors = {t.name: t for t in reader.tensors}
    assert len(tensors) == 30 * 3 * 2
    peft = load_file(str(folder / "adapter_model.safetensors"))
    key = "base_model.model.model.layers.5.self_attn.{}.lora_{}.weight"

    def stored(name):
        t = tensors[name]
        return np.asarray(t.data).reshape([int(d) for d in reversed(t.shape)])

    assert np.array_equal(stored("blk.5.attn_q.weight.lora_a"), peft[key.format("q_proj", "A")])
    assert np.array_equal(stored("blk.5.attn_q.weight.lora_b"), permute_rows(peft[key.format("q_proj", "B")], 9, 9))
    assert np.array_equal(stored("blk.5.attn_k.weight.lora_b"), permute_rows(peft[key.format("k_proj", "B")], 9, 3))
    down = "base_model.model.model.layers.5.mlp.down_proj.lora_B.weight"
    assert np.array_equal(stored("blk.5.ffn_down.weight.lora_b"), peft[down])  # only q/k are permuted
    assert list(tensors["blk.5.attn_k.weight.lora_b"].shape) == [4, 192]  # ggml order: [rank, out]

    # llama.cpp accepts the file (a wrong name or shape makes it refuse to load) and applies it.
    from llama_cpp import Llama

    from core.backends.llamacpp import safe_model_params

    def last_logits(lora_path):
        with safe_model_params():
            llm = Llama(model_path=model_entry.path, lora_path=lora_path, n_ctx=256, logits_all=True, verbose=False)
        try:
            tokens = llm.tokenize(b"The lamp was lit at dusk", add_bos=False)
            llm.eval(tokens)
            return np.array(llm.scores[llm.n_tokens - 1])
        finally:
            llm.close()

    assert np.abs(last_logits(str(out)) - last_logits(None)).max() > 1.0


# -- adapters in the database ---------------------------------------------------------------------


def test_adapters_resolve_by_id_and_name_and_refuse_another_base_model(model_entry, tmp_path):
    from core.adapters import AdapterMismatchError, model_fingerprint, resolve_adapter
    from core.errors import BadInputError, UnknownNameError
    from core.models import ModelEntry
    from core.storage.runs import add_adapter

    peft_dir = tmp_path / "mine"
    peft_dir.mkdir()
    (peft_dir / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "r": 8}))
    gguf_path = peft_dir / "adapter.gguf"
    gguf_path.write_bytes(b"GGUF")
    adapter_id = add_adapter(
        "my-voice", model_entry.name, base_model_hash=model_fingerprint(model_entry), peft_dir=str(peft_dir), gguf_path=str(gguf_path)
    )
    assert resolve_adapter("my-voice", model_entry, "llama.cpp") == str(gguf_path.resolve())
    assert resolve_adapter(str(adapter_id), model_entry, "torch") == str(peft_dir.resolve())
    assert resolve_adapter(None, model_entry, "torch") is None

    other = ModelEntry("other-model", str(tmp_path / "other"), "hf")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "config.json").write_text('{"model_type": "llama"}')
    with pytest.raises(AdapterMismatchError) as caught:
        resolve_adapter("my-voice", other, "torch")
    message = str(caught.value)
    assert "\n" not in message and "trained for smollm2-135m-instruct, not other-model" in message

    # A copy of the same weights under another name is the same base model.
    renamed = dataclasses.replace(model_entry, name="renamed-copy")
    assert resolve_adapter("my-voice", renamed, "torch") == str(peft_dir.resolve())

    add_adapter("hf-only", model_entry.name, base_model_hash=model_fingerprint(model_entry), peft_dir=str(peft_dir))
    with pytest.raises(BadInputError, match="no llama.cpp .GGUF. file"):
        resolve_adapter("hf-only", model_entry, "llama.cpp")
    with pytest.raises(UnknownNameError, match="valid adapters: hf-only, my-voice"):
        resolve_adapter("nope", model_entry, "torch")
    # Paths still work: an Inkstone adapter folder serves llama.cpp through its adapter.gguf.
    assert resolve_adapter(str(peft_dir), model_entry, "llama.cpp") == str(gguf_path.resolve())


def test_importing_the_cli_and_training_config_does_not_import_torch():
    code = (
        "import sys\n"
        "import core.cli, core.cli.train_cmd, core.training, core.adapters\n"
        "core.cli.build_parser()\n"
        "bad = [m for m in ('torch', 'transformers', 'peft') if m in sys.modules]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(REPO), timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_cpu_threads_follow_the_load(monkeypatch):
    import os

    from core.training import runner

    monkeypatch.setattr("core.devices.physical_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    assert runner.auto_threads() == 2
    monkeypatch.setattr(os, "getloadavg", lambda: (6.0, 6.0, 6.0))
    assert runner.auto_threads() == 1


def test_shared_prompt_prefix_runs_once_and_gives_the_same_loss_and_gradients(model_entry, tokenizer):
    import torch
    from peft import LoraConfig, get_peft_model

    from core.backends.hf_cache import ensure_converted, import_transformers
    from core.training.config import TrainConfig
    from core.training.data import ChatEncoder, Example, collate
    from core.training.loop import LoopSetup, _Stepper

    _torch, transformers = import_transformers()
    base = transformers.AutoModelForCausalLM.from_pretrained(ensure_converted(model_entry), dtype=torch.float32)
    model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0, target_modules=["q_proj", "v_proj", "up_proj"]))
    torch.manual_seed(0)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.02)  # gradients reach lora_A only through a non-zero lora_B
    items = [ChatEncoder(tokenizer, 512).encode(Example(i, m)) for i, m in enumerate(style_corpus.messages(3))]
    batch = collate(items, tokenizer.pad_token_id or 0)
    stepper = _Stepper(LoopSetup(model, None, [], [], TrainConfig(), "cpu", 0, 1, None, None))
    assert stepper.shared_prefix(batch["input_ids"], batch["labels"]) > 50  # system prompt + instruction

    results = []
    for share in (False, True):
        stepper.share_prefix = share
        model.zero_grad()
        loss, count = stepper.loss_sum(batch)
        loss.backward()
        grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
        results.append((float(loss), count, grads))
    (plain, n_plain, g_plain), (shared, n_shared, g_shared) = results
    assert n_plain == n_shared == sum(item.n_targets for item in items)
    assert shared == pytest.approx(plain, rel=1e-5)
    assert g_plain.keys() == g_shared.keys() and len(g_plain) == 2 * 3 * 30
    for name in g_plain:  # equal up to float summation order
        difference = (g_plain[name] - g_shared[name]).norm() / g_plain[name].norm()
        assert difference < 1e-4, (name, float(difference))


def test_time_left_reads_as_a_clock_in_the_app_and_the_cli():
    from core.training.loop import TrainProgress

    def text(eta):
        return TrainProgress("step", 1, 10, eta_s=eta).eta_text

    assert [text(e) for e in (None, float("nan"), -1.0, 0.0, 65.4, 3723.0)] == ["", "", "", "0:00", "1:05", "1:02:03"]
