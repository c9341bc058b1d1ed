"""Bad input, stopping, resuming, running out of memory, a full disk, a killed process, the CLI.

Every run here is a real (tiny) CPU fine-tune of the bundled model. Two failures cannot be caused
for real on a shared test machine and are simulated at one seam each: the device running out of
memory (the loss computation raises torch's OutOfMemoryError) and the disk filling up (the one
function that writes tensor files raises ENOSPC after writing part of a file).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO, run_cli
from tests.fixtures import style_corpus

# One thread: the automatic count follows the load average, and two runs compared number for
# number must split their sums the same way.
TINY = dict(max_steps=4, micro_batch_size=2, eval_interval=4, eval_max_examples=2, checkpoint_interval=2, max_seq_len=64,
            threads=1)


def tiny_dataset(name: str = "tiny", count: int = 12) -> None:
    from core.storage.datasets import save_examples

    examples = [
        {"messages": [{"role": "user", "content": "Next entry."}, {"role": "assistant", "content": passage[:140]}]}
        for passage in style_corpus.passages(count)
    ]
    save_examples(name, examples, source="test", eval_fraction=0.25)


def drain(job):
    """All records of a training generator, and its return value."""
    records = []
    while True:
        try:
            records.append(next(job))
        except StopIteration as end:
            return records, end.value


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    return text


# -- bad datasets: refused before any model is loaded ---------------------------------------------


def test_empty_and_tiny_datasets_are_refused():
    from core.storage.datasets import create_dataset, save_examples
    from core.storage.runs import list_runs
    from core.training import DatasetTooSmallError, TrainConfig, train

    create_dataset("empty", source="test")
    with pytest.raises(DatasetTooSmallError) as caught:
        next(train("empty"))
    assert "'empty' is empty" in one_line(caught.value)

    save_examples("two", [{"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": "a"}]} for i in range(3)], source="test")
    with pytest.raises(DatasetTooSmallError) as caught:
        next(train("two", TrainConfig(micro_batch_size=4)))
    assert "has 3 training examples; training needs at least 4" in one_line(caught.value)
    assert list_runs() == []  # nothing was started


def test_dataset_in_another_chat_format_is_refused():
    from core.storage.datasets import create_dataset
    from core.storage.db import get_db, write_transaction
    from core.training import ChatFormatError, train

    dataset_id = create_dataset("sharegpt", source="import")
    db = get_db()
    with write_transaction(db):  # as another tool (or an old release) would have written it
        for i in range(8):
            row = json.dumps([{"from": "human", "value": f"hi {i}"}, {"from": "gpt", "value": "hello"}])
            db.conn.execute(
                "INSERT INTO examples(dataset_id, messages_json, source_kind, split, content_hash, created_at) VALUES (?, ?, 'import', 'train', ?, 'now')",
                [dataset_id, row, f"h{i}"],
            )
    with pytest.raises(ChatFormatError) as caught:
        next(train("sharegpt"))
    assert "ShareGPT" in one_line(caught.value) and "'sharegpt', example" in str(caught.value)


def test_unknown_dataset_lists_the_datasets():
    from core.errors import BadInputError
    from core.training import train

    tiny_dataset("mine")
    with pytest.raises(BadInputError, match="unknown dataset 'nope'; datasets: mine"):
        next(train("nope"))


# -- stop, resume, close ----------------------------------------------------------------------------


def test_stop_then_resume_continues_exactly_like_an_uninterrupted_run():
    from core.storage import runs
    from core.training import TrainConfig, train

    tiny_dataset()
    straight, straight_result = drain(train("tiny", TrainConfig(**TINY)))
    assert straight_result.status == "completed" and straight_result.steps == 4

    seen = []
    stop = lambda: len(seen) >= 2  # noqa: E731 - the flag the desktop sets from its Stop button
    records = []
    for record in train("tiny", TrainConfig(**TINY), stop=stop):
        records.append(record)
        if record.event == "step":
            seen.append(record.step)
    final = records[-1]
    assert final.done and final.status == "cancelled" and final.step == 2 and "resume run" in final.message
    run_id = final.run_id
    assert runs.get_run(run_id)["status"] == "cancelled" and final.result.adapter_id is None

    resumed, result = drain(train(resume=run_id))
    assert resumed[0].event == "start" and "resuming at step 2 of 4" in resumed[0].message
    assert [r.step for r in resumed if r.event == "step"] == [3, 4]
    assert result.status == "completed" and result.run_id == run_id and result.adapter_id is not None
    # Same optimizer state, RNG state and batches: the numbers match the run that never stopped.
    expected = {m["step"]: m for m in runs.run_metrics(straight_result.run_id)}
    metrics = runs.run_metrics(run_id)
    assert [m["step"] for m in metrics] == sorted(expected)
    for m in metrics:
        for key in ("train_loss", "eval_loss"):
            if expected[m["step"]][key] is None:
                assert m[key] is None
            else:
                assert m[key] == pytest.approx(expected[m["step"]][key], rel=1e-4), (m["step"], key)
    assert result.eval_loss_after == pytest.approx(straight_result.eval_loss_after, rel=1e-4)
    assert result.eval_loss_before == pytest.approx(straight_result.eval_loss_before, rel=1e-6)
    assert runs.get_run(run_id)["status"] == "completed"

    from core.training import NothingToResumeError

    with pytest.raises(NothingToResumeError, match="already finished"):
        next(train(resume=run_id))


def test_closing_the_generator_keeps_a_checkpoint_to_resume_from(inkstone_home):
    from core.storage import runs
    from core.training import TrainConfig, train
    from core.training.checkpoint import read_state

    tiny_dataset()
    job = train("tiny", TrainConfig(**{**TINY, "checkpoint_interval": 10}))
    from core import devices

    record = next(job)
    while record.event != "step":
        record = next(job)
    assert devices.cpu_lease.busy  # llama.cpp makes room while training shares the CPU
    job.close()  # what happens when the app quits mid-run
    assert not devices.cpu_lease.busy
    run = runs.get_run(record.run_id)
    assert run["status"] == "cancelled"
    assert read_state(inkstone_home / "training" / f"run-{record.run_id}" / "checkpoint")["step"] == 1


def test_early_stopping_ends_a_run_that_stopped_improving_and_publishes_the_best_adapter():
    from core.training import TrainConfig, train

    tiny_dataset()
    # A learning rate too small to move the loss: every evaluation after the first is "no better".
    config = TrainConfig(**{**TINY, "max_steps": 8, "eval_interval": 1, "early_stopping_patience": 2, "learning_rate": 1e-9})
    records, result = drain(train("tiny", config))
    assert [r.step for r in records if r.event == "eval"] == [1, 2, 3]
    assert "stopping early after 2 evaluations without improvement" in records[-2].message
    assert result.status == "early_stopped" and result.steps == 3 and result.best_step == 1
    assert result.adapter_id is not None and records[-1].done and "(stopped early)" in records[-1].message


# -- out of memory and a full disk -------------------------------------------------------------------


def test_out_of_memory_is_reported_and_the_last_checkpoint_is_kept(monkeypatch, inkstone_home):
    import torch

    from core.storage import runs
    from core.training import TrainConfig, TrainingOutOfMemoryError, train
    from core.training.checkpoint import read_state
    from core.training.loop import _Stepper

    tiny_dataset()
    real = _Stepper.loss_sum
    forward = {"training": 0}

    def runs_out_at_step_3(self, batch):
        if self.model.training:
            forward["training"] += 1
            if forward["training"] == 3:
                raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real(self, batch)

    monkeypatch.setattr(_Stepper, "loss_sum", runs_out_at_step_3)
    records = []
    with pytest.raises(TrainingOutOfMemoryError) as caught:
        for record in train("tiny", TrainConfig(**TINY)):
            records.append(record)
    message = one_line(caught.value)
    assert "out of memory at step 3" in message and "checkpoint of step 2 is kept" in message
    assert "smaller micro batch" in message and "shorter max length" in message
    run_id = records[0].run_id
    run = runs.get_run(run_id)
    assert run["status"] == "failed" and run["error"] == message
    assert read_state(inkstone_home / "training" / f"run-{run_id}" / "checkpoint")["step"] == 2

    monkeypatch.setattr(_Stepper, "loss_sum", real)  # memory is free again
    resumed, result = drain(train(resume=run_id))
    assert [r.step for r in resumed if r.event == "step"] == [3, 4] and result.adapter_id is not None


def test_full_disk_while_saving_leaves_the_previous_checkpoint_intact(monkeypatch, inkstone_home):
    from core.storage import runs
    from core.training import DiskFullError, TrainConfig, train
    from core.training import checkpoint as ckpt

    tiny_dataset()
    folder = None
    real = ckpt.write_tensors
    saved = {}

    def fills_up_on_the_second_checkpoint(tensors, path, metadata=None):
        if path.parent.name.startswith(".checkpoint-") and folder is not None and (folder / "checkpoint").exists():
            with open(path, "wb") as handle:
                handle.write(b"\0" * 4096)  # part of the file made it to disk
            raise OSError(errno.ENOSPC, "No space left on device")
        real(tensors, path, metadata)

    monkeypatch.setattr(ckpt, "write_tensors", fills_up_on_the_second_checkpoint)
    records = []
    with pytest.raises(DiskFullError) as caught:
        for record in train("tiny", TrainConfig(**TINY)):
            records.append(record)
            folder = inkstone_home / "training" / f"run-{record.run_id}"
            if (folder / "checkpoint").exists() and not saved:
                saved["weights"] = (folder / "checkpoint" / ckpt.ADAPTER_WEIGHTS).read_bytes()
    message = one_line(caught.value)
    assert message.startswith("the disk is full: could not save the checkpoint") and "previous one is intact" in message
    assert ckpt.read_state(folder / "checkpoint")["step"] == 2
    assert (folder / "checkpoint" / ckpt.ADAPTER_WEIGHTS).read_bytes() == saved["weights"]
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".partial")]
    run_id = records[0].run_id
    assert runs.get_run(run_id)["status"] == "failed"

    monkeypatch.setattr(ckpt, "write_tensors", real)  # space was freed
    resumed, result = drain(train(resume=run_id))
    assert [r.step for r in resumed if r.event == "step"] == [3, 4] and result.gguf_path


def test_without_peft_training_is_a_one_line_error_not_a_traceback(inkstone_home):
    tiny_dataset()
    # Hiding peft reproduces an installation without it; the model loads before the run exists.
    code = (
        "import sys; sys.modules['peft'] = None\n"
        "from core.cli import main; sys.exit(main(['train', '--dataset', 'tiny', '--max-steps', '1', '--batch', '2']))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=str(REPO), timeout=300)
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert err.splitlines()[-1].startswith("inkstone-cli: error: fine-tuning needs the peft package"), err


# -- the CLI, and a process killed mid-run -----------------------------------------------------------


def test_cli_train_killed_mid_run_resumes_and_the_adapter_serves_run(inkstone_home, capsys):
    from core.cli import main

    tiny_dataset()
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "train", "--dataset", "tiny", "--max-steps", "4", "--batch", "2",
         "--max-len", "64", "--eval-interval", "4", "--checkpoint-interval", "2", "--name", "keeper-voice"],
        cwd=str(REPO), env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    state = inkstone_home / "training" / "run-1" / "checkpoint" / "state.json"
    deadline = time.monotonic() + 240
    while not state.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert state.exists(), proc.stderr.read().decode() if proc.poll() is not None else "no checkpoint in time"
    proc.send_signal(signal.SIGKILL)  # a crash: no chance to record anything
    proc.wait()

    assert main(["runs", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == 1 and listed[0]["status"] == "interrupted"

    assert main(["train", "--resume", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("run_id", "adapter_id", "peft_dir", "gguf_path", "steps", "eval_loss_before", "eval_loss_after", "train_tokens_per_s"):
        assert out[key] is not None, key
    assert out["run_id"] == 1 and out["steps"] == 4 and out["adapter_name"] == "keeper-voice"

    assert main(["adapters", "list", "--json"]) == 0
    adapters = json.loads(capsys.readouterr().out)
    assert [a["name"] for a in adapters] == ["keeper-voice"]

    assert main(["run", "continue", "--text", "High water, 21:55.", "--adapter", "keeper-voice", "--backend", "llama.cpp",
                 "--max-tokens", "8", "--no-history", "--json"]) == 0  # fmt: skip
    ran = json.loads(capsys.readouterr().out)
    assert ran["adapter"] == "keeper-voice" and ran["output"]

    assert main(["adapters", "delete", "keeper-voice"]) == 0
    assert "deleted adapter keeper-voice and its files" in capsys.readouterr().out
    assert not os.path.exists(out["peft_dir"])


def test_cli_bad_input_is_one_line_and_exit_2():
    tiny_dataset("mine")
    proc = run_cli("train", "--dataset", "nope", "--json")
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "inkstone-cli: error: unknown dataset 'nope'; datasets: mine"
    proc = run_cli("adapters", "delete", "nope")
    assert proc.returncode == 2 and "unknown adapter 'nope'" in proc.stderr.decode()
    proc = run_cli("train", "--resume", "41")
    assert proc.returncode == 2 and proc.stderr.decode().strip() == "inkstone-cli: error: no training run with id 41"


def test_bf16_autocast_trains_on_the_cpu_too():
    from core.training import TrainConfig, train

    tiny_dataset()
    # One short step: bf16 matmuls are emulated on CPUs without native bf16, and slow.
    config = TrainConfig(**{**TINY, "max_steps": 1, "max_seq_len": 32, "eval_max_examples": 1, "precision": "bf16"})
    records, result = drain(train("tiny", config))
    losses = [r.train_loss for r in records if r.event == "step"]
    assert len(losses) == 1 and 0 < losses[0] < 20
    assert result.status == "completed" and result.eval_loss_after is not None and result.gguf_path
