"""``train()``: dataset → run record → training loop → what the run made, registered.

LoRA runs make an adapter (PEFT folder + GGUF adapter, see :mod:`core.training.publish`); full
fine-tunes (``TrainConfig(method="full")``) make a new model among the user's models. The desktop
drives it from a worker thread and the CLI from the main thread; both only iterate:

    stop = threading.Event()
    job = train(dataset="my writing", config=TrainConfig(), stop=stop.is_set)
    for progress in job:          # TrainProgress records; the last one has done=True
        ...
    # or: result = yield-from / StopIteration.value, also in the last record's .result

``stop`` is read before every step: the run then saves a checkpoint, is recorded as
``cancelled`` and can be resumed with ``train(resume=run_id)``. Closing the generator (the app
quits) does the same. A process that dies mid-run leaves the run ``running`` in the database until
:func:`core.storage.runs.mark_interrupted_runs` marks it ``interrupted``; it resumes from its last
periodic checkpoint.

A continual-learning update (:mod:`core.training.continual`) is a LoRA run that starts from an
earlier adapter's weights (``init_adapter``); its dataset mixes new examples with replayed old
ones, and the held-out loss is reported for both, so forgetting shows.

Files: ``<data dir>/training/run-<id>/`` holds the run's ``checkpoint/`` and ``best/`` weights
while it trains; ``<data dir>/adapters/run-<id>-<name>/`` the finished adapter
(``adapter_config.json``, ``adapter_model.safetensors``, ``adapter.gguf``, ``inkstone.json``),
``<data dir>/models/<name>-run<id>/`` a fully fine-tuned model.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.errors import BadInputError, InkstoneError
from core.gc_freeze import freeze_long_lived, loading_phase
from core.paths import data_dir
from core.training.config import TrainConfig
from core.training.data import ChatEncoder, encode_examples, fetch_examples, fingerprint
from core.training.errors import DatasetTooSmallError, NothingToResumeError, TrainingError, TrainingOutOfMemoryError
from core.training.loop import LoopSetup, TrainProgress, is_out_of_memory, run_loop, total_steps_for
from core.training.publish import adapters_root, publish_adapter, publish_model
from core.training.setup import auto_threads, load_model, make_optimizer, pick_device, precision, sample, stop_check

__all__ = ["TrainResult", "adapters_root", "auto_threads", "train", "training_root"]

#: Eval examples of this source kind are the old ones an update revisits (see core.training.continual).
REPLAY = "replay"


@dataclass
class TrainResult:
    run_id: int
    status: str  # completed, early_stopped, cancelled
    steps: int
    total_steps: int
    dataset: str
    base_model: str
    method: str = "lora"
    adapter_id: int | None = None
    adapter_name: str | None = None
    peft_dir: str | None = None
    gguf_path: str | None = None  # the llama.cpp adapter (LoRA) or model (full)
    model_name: str | None = None  # full fine-tune: the new model's name among the user's models
    model_path: str | None = None  # full fine-tune: its folder (safetensors, config, tokenizer, GGUF)
    eval_loss_before: float | None = None
    eval_loss_after: float | None = None
    eval_groups_before: dict | None = None  # an update: held-out loss of the old and the new examples
    eval_groups_after: dict | None = None
    forgetting: float | None = None  # an update: relative change of the old examples' loss (0.03 = 3% worse)
    parent_adapter_id: int | None = None  # an update: the adapter it continued from
    activated: bool | None = None  # an update: whether actions now use the new version
    best_step: int | None = None
    train_tokens: int = 0
    train_tokens_per_s: float | None = None
    elapsed_s: float = 0.0
    train_examples: int = 0
    eval_examples: int = 0
    truncated: int = 0
    answers_cut: int = 0
    device: str = "cpu"
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def training_root() -> Path:
    return data_dir() / "training"


def _history_mark(db) -> int:
    from core.storage.db import resolve

    return resolve(db).conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]


def _eval_examples(examples: list, config: TrainConfig) -> tuple[list, int]:
    """The held-out examples to score (replayed old ones first) and how many of them are old."""
    held_out = [e for e in examples if e.split == "eval"]
    old = [e for e in held_out if e.source_kind == REPLAY]
    if not old:
        return sample(held_out, config.eval_max_examples, config.seed), 0
    new = [e for e in held_out if e.source_kind != REPLAY]
    old = sample(old, config.eval_max_examples, config.seed)
    return old + sample(new, config.eval_max_examples, config.seed), len(old)


def train(
    dataset: str | None = None,
    config: TrainConfig | None = None,
    *,
    resume: int | None = None,
    stop: Callable[[], bool] | Any = None,
    model: str | None = None,
    adapter_name: str | None = None,
    init_adapter: int | str | None = None,
    db=None,
) -> Generator[TrainProgress, None, TrainResult]:
    """Fine-tune on ``dataset`` (or resume run ``resume``); yield progress records.

    ``config`` is ignored when resuming: a run continues with the settings it started with.
    ``model`` is a catalog name or path (default: the default model). ``adapter_name`` names the
    result (the new model, for a full fine-tune). ``init_adapter``: an adapter (id or name) whose
    weights a LoRA run starts from, recorded as the new adapter's parent. Raises
    :class:`~core.errors.InkstoneError` subclasses with one-line messages for bad input, a full
    disk and running out of memory; the run is then recorded as failed and keeps its checkpoint.
    """
    from core.models import resolve_model, validate_entry
    from core.storage import runs

    stop_requested = stop_check(stop)
    runs.mark_interrupted_runs(db)
    state: dict = {}
    if resume is not None:
        run = runs.get_run(int(resume), db)
        if run is None:
            raise NothingToResumeError(f"no training run with id {resume}")
        if run["status"] == "running":
            raise NothingToResumeError(f"run {resume} is still running (process {run.get('pid')})")
        if run["status"] == "completed":
            raise NothingToResumeError(f"run {resume} has already finished")
        folder = Path(run["checkpoint_dir"] or training_root() / f"run-{resume}")
        from core.training.checkpoint import read_state

        state = read_state(folder / "checkpoint") or {}
        if not state:
            raise NothingToResumeError(f"run {resume} stopped before its first checkpoint; start a new run instead")
        config = TrainConfig.from_dict(state["config"]).check()
        dataset = run["dataset_name"]
        if not dataset:
            raise NothingToResumeError(f"the dataset of run {resume} was deleted; start a new run")
        model_entry = resolve_model(run["base_model"])
        adapter_name = adapter_name or run["config"].get("adapter_name")
        init_adapter = run["config"].get("init_adapter_id")
        mark = run["config"].get("history_mark")
        run_id = int(resume)
    else:
        if not dataset:
            raise BadInputError("choose a dataset to train on")
        config = (config or TrainConfig()).check()
        model_entry = resolve_model(model)
        mark = None
        run_id = None
    validate_entry(model_entry)
    full = config.method == "full"
    if adapter_name is not None and not full and runs.get_adapter(adapter_name.strip(), db) is not None:
        raise BadInputError(f"an adapter called {adapter_name.strip()!r} already exists; choose another name")
    if adapter_name is not None and full and resume is None:
        from core.models import list_models

        if any(entry.name == adapter_name.strip() for entry in list_models()):
            raise BadInputError(f"a model called {adapter_name.strip()!r} already exists; choose another name")
    parent = None
    if init_adapter is not None:
        from core.adapters import check_base_model, find_adapter

        parent = find_adapter(init_adapter, db)
        if parent is None:
            raise BadInputError(f"the adapter to continue from ({init_adapter}) no longer exists")
        if full:
            raise BadInputError("a full fine-tune cannot continue from a LoRA adapter")
        check_base_model(parent, model_entry)
        if not state and not (Path(parent.get("peft_dir") or "") / "adapter_config.json").is_file():
            raise BadInputError(f"the files of adapter {parent['name']!r} are missing ({parent.get('peft_dir')}); it cannot be continued")

    info, examples = fetch_examples(dataset, db=db)
    if mark is None:
        mark = info["params"].get("history_mark") if parent is not None else None
        mark = mark if mark is not None else _history_mark(db)
    train_examples = [e for e in examples if e.split == "train"]
    eval_examples, n_old = _eval_examples(examples, config)
    if not examples:
        raise DatasetTooSmallError(f"dataset {info['name']!r} is empty; add some of your writing to it first")
    if len(train_examples) < config.micro_batch_size:
        raise DatasetTooSmallError(
            f"dataset {info['name']!r} has {len(train_examples)} training example{'s' if len(train_examples) != 1 else ''}; "
            f"training needs at least {config.micro_batch_size} (one micro batch) — add more writing or lower the micro batch size"
        )
    data_print = fingerprint(train_examples)

    device = pick_device(config)
    from core.backends.hf_cache import ensure_converted, import_transformers

    torch, _transformers = import_transformers()
    if device == "cpu":
        torch.set_num_threads(config.threads or auto_threads())
    weights_dtype, autocast_dtype = precision(config, device, torch)
    if full:
        from core.training import full as full_tuning

        plan = full_tuning.plan(model_entry.name, ensure_converted(model_entry), config, device)
        yield TrainProgress("plan", 0, 0, message=plan.message())

    from core import devices

    # On the GPU: actions go to llama.cpp on the CPU meanwhile. On the CPU: llama.cpp runs fewer
    # threads so that writing and training do not stall each other.
    lease = devices.gpu_lease if device != "cpu" else devices.cpu_lease
    lease.acquire()
    try:
        try:
            with loading_phase():  # peft, the model's modules and weights: no collections while they load
                trained_model, tokenizer, pad_id = load_model(
                    model_entry, config, device, weights_dtype, parent["peft_dir"] if parent is not None and not state else None
                )
        except InkstoneError:
            raise
        except ImportError as exc:
            raise TrainingError(f"fine-tuning needs the peft package, which this installation lacks ({exc.name or exc})") from None
        except Exception as exc:  # the run does not exist yet: nothing to record, only a clear message
            if is_out_of_memory(exc):
                raise TrainingOutOfMemoryError(
                    f"out of memory while loading {model_entry.name} on {device} for training; "
                    "close other programs or train on the CPU"
                ) from None
            raise TrainingError(f"could not load {model_entry.name} for training: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc
        encoder = ChatEncoder(tokenizer, config.max_seq_len)
        train_set, report = encode_examples(encoder, train_examples)
        eval_set, eval_report = encode_examples(encoder, eval_examples)
        groups = {"old": eval_set[:n_old], "new": eval_set[n_old:]} if n_old else None
        kinds = [int(e.source_kind == REPLAY) for e in train_examples]
        train_groups = kinds if 0 < sum(kinds) < len(kinds) else None
        total = total_steps_for(len(train_set), config)

        if run_id is None:
            from core.adapters import model_fingerprint

            run_id = runs.start_run(
                model_entry.name,
                config={
                    **config.to_dict(),
                    "adapter_name": adapter_name,
                    "dataset_fingerprint": data_print,
                    "base_model_hash": model_fingerprint(model_entry),
                    "init_adapter_id": parent["id"] if parent is not None else None,
                    "history_mark": mark,
                },
                dataset_id=info["id"],
                total_steps=total,
                db=db,
            )
            run_folder = training_root() / f"run-{run_id}"
            runs.update_run(run_id, checkpoint_dir=str(run_folder), db=db)
        else:
            run_folder = Path(runs.get_run(run_id, db)["checkpoint_dir"] or training_root() / f"run-{run_id}")
            runs.update_run(run_id, status="running", pid=os.getpid(), error=None, finished_at=None, db=db)
        run_folder.mkdir(parents=True, exist_ok=True)

        job = _Job(run_id, run_folder, info, model_entry, config, device, trained_model, tokenizer, pad_id, autocast_dtype,
                   train_set, eval_set, groups, train_groups, report, eval_report, total, state, data_print, stop_requested, adapter_name,
                   parent, mark, torch, db)  # fmt: skip
        try:
            result = yield from _run(job)
        except (GeneratorExit, KeyboardInterrupt):
            # Closed after its last record the run has already finished; otherwise it stopped early.
            if (runs.get_run(run_id, db) or {}).get("status") == "running":
                runs.finish_run(run_id, "cancelled", error="stopped before the end; resume to continue", db=db)
            raise
        except InkstoneError as exc:
            runs.finish_run(run_id, "failed", error=str(exc), db=db)
            raise
        except Exception as exc:
            message = f"training failed at run {run_id}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            runs.finish_run(run_id, "failed", error=message, db=db)
            raise TrainingError(message) from exc
        return result
    finally:
        lease.release()
        if device != "cpu":
            torch.cuda.empty_cache()


@dataclass
class _Job:
    """Everything one run needs once its model is loaded and its record exists."""

    run_id: int
    run_folder: Path
    info: dict
    model_entry: Any
    config: TrainConfig
    device: str
    model: Any
    tokenizer: Any
    pad_id: int
    autocast_dtype: Any
    train_set: list
    eval_set: list
    eval_groups: dict | None
    train_groups: list[int] | None
    report: Any
    eval_report: Any
    total: int
    state: dict
    data_print: str
    stop_requested: Callable[[], bool]
    name: str | None
    parent: dict | None
    history_mark: int | None
    torch: Any
    db: Any


def _run(job: _Job):
    from core.storage import runs
    from core.training.checkpoint import load_checkpoint

    config, torch, db, run_id, total = job.config, job.torch, job.db, job.run_id, job.total
    optimizer = make_optimizer(job.model, config, torch)
    scaler = torch.amp.GradScaler("cuda") if job.autocast_dtype == torch.float16 and job.device != "cpu" else None
    notes = []
    state = job.state
    if state:
        state = load_checkpoint(job.run_folder / "checkpoint", job.model, optimizer, scaler)
        if state.get("total_steps") != total:
            raise NothingToResumeError(
                f"run {run_id} planned {state.get('total_steps')} steps but its dataset now gives {total}; start a new run"
            )
        if state.get("dataset_fingerprint") not in (None, job.data_print):
            notes.append("the dataset changed since this run started; continuing on its current examples")
        notes.append(f"resuming at step {state['step']} of {total}")
    state["dataset_fingerprint"] = job.data_print

    report, eval_report = job.report, job.eval_report
    truncation = ""
    if report.truncated or eval_report.truncated:
        cut = report.answers_cut + eval_report.answers_cut
        truncation = (
            f"; {report.truncated + eval_report.truncated} example(s) longer than {config.max_seq_len} tokens were shortened"
            + (f" ({cut} lost the end of their answer)" if cut else "")
        )
    eval_note = "" if job.eval_set else "; no held-out examples, so no evaluation, early stopping or best-adapter choice"
    if job.eval_groups:
        eval_note += f" ({len(job.eval_groups['old'])} old and {len(job.eval_groups['new'])} new, scored apart)"
    start_message = (
        f"{len(job.train_set)} training and {len(job.eval_set)} held-out examples, {report.tokens + eval_report.tokens:,} tokens, "
        f"on {job.device}{truncation}{eval_note}"
    )
    if job.parent is not None:
        notes.insert(0, f"continuing from adapter {job.parent['name']!r}")
    yield TrainProgress("start", state.get("step", 0), total, run_id=run_id, message="; ".join([start_message, *notes]))

    freeze_long_lived()  # model, optimizer and libraries live for the whole run
    setup = LoopSetup(
        model=job.model,
        optimizer=optimizer,
        train_set=job.train_set,
        eval_set=job.eval_set,
        config=config,
        device=job.device,
        pad_id=job.pad_id,
        total_steps=total,
        checkpoint_dir=job.run_folder / "checkpoint",
        best_dir=job.run_folder / "best",
        state=state,
        scaler=scaler,
        autocast_dtype=job.autocast_dtype,
        eval_groups=job.eval_groups,
        train_groups=job.train_groups,
    )
    loop = run_loop(setup, job.stop_requested)
    try:
        while True:
            try:
                record = next(loop)
            except StopIteration as end:
                outcome = end.value
                break
            record.run_id = run_id
            if record.event == "step":
                runs.log_metrics(run_id, record.step, train_loss=record.train_loss, lr=record.lr, tokens_per_s=record.tokens_per_s, db=db)
            elif record.eval_loss is not None:
                runs.log_metrics(run_id, record.step, eval_loss=record.eval_loss, db=db)
            yield record
    except GeneratorExit:
        loop.close()  # the loop saves a checkpoint on its way out
        raise

    final = outcome.state
    result = TrainResult(
        run_id=run_id,
        status=outcome.status,
        steps=final["step"],
        total_steps=total,
        dataset=job.info["name"],
        base_model=job.model_entry.name,
        method=config.method,
        eval_loss_before=final.get("eval_loss_before"),
        eval_loss_after=final.get("best_eval_loss"),
        eval_groups_before=final.get("eval_groups_before"),
        eval_groups_after=final.get("best_eval_groups"),
        parent_adapter_id=job.parent["id"] if job.parent is not None else None,
        best_step=final.get("best_step"),
        train_tokens=final.get("train_tokens", 0),
        train_tokens_per_s=(final["train_tokens"] / final["train_seconds"]) if final.get("train_seconds") else None,
        elapsed_s=final.get("elapsed_s", 0.0),
        train_examples=len(job.train_set),
        eval_examples=len(job.eval_set),
        truncated=report.truncated + eval_report.truncated,
        answers_cut=report.answers_cut + eval_report.answers_cut,
        device=job.device,
    )
    before, after = result.eval_groups_before or {}, result.eval_groups_after or {}
    if before.get("old") and after.get("old") is not None:
        result.forgetting = after["old"] / before["old"] - 1.0
    if outcome.status == "cancelled":
        runs.finish_run(run_id, "cancelled", error=f"stopped at step {final['step']} of {total}; resume to continue", db=db)
        yield TrainProgress(
            "done", final["step"], total, run_id=run_id, done=True, status="cancelled", result=result,
            message=f"stopped at step {final['step']} of {total}; resume run {run_id} to continue",
            tokens_per_s=result.train_tokens_per_s, elapsed_s=result.elapsed_s,
        )  # fmt: skip
        return result

    if config.method == "full":
        publish_model(result, outcome, job.model, job.tokenizer, config, job.model_entry, job.info, job.name)
        made = f"model {result.model_name!r} saved"
    else:
        lineage = {"parent_id": result.parent_adapter_id, "history_mark": job.history_mark}
        publish_adapter(result, outcome, job.model, config, job.model_entry, job.info, job.name, lineage, db)
        made = f"adapter {result.adapter_name!r} saved"
    runs.finish_run(run_id, "completed", db=db)
    shutil.rmtree(job.run_folder, ignore_errors=True)  # the result is published; the checkpoints are spent
    if job.parent is not None:
        from core.training.continual import after_update

        made += after_update(result, job.parent, db)
    loss_before, loss_after = result.eval_loss_before, result.eval_loss_after
    change = f"; held-out loss {loss_before:.3f} -> {loss_after:.3f}" if loss_before is not None and loss_after is not None else ""
    early = " (stopped early)" if outcome.status == "early_stopped" else ""
    yield TrainProgress(
        "done", final["step"], total, run_id=run_id, done=True, status=outcome.status, result=result,
        eval_loss=result.eval_loss_after, eval_groups=result.eval_groups_after, tokens_per_s=result.train_tokens_per_s,
        elapsed_s=result.elapsed_s, eta_s=0.0, message=f"{made}{early}{change}",
    )  # fmt: skip
    return result
