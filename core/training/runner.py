"""``train()``: dataset → run record → training loop → PEFT folder + GGUF adapter → registered adapter.

The desktop drives it from a worker thread and the CLI from the main thread; both only iterate:

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

Files: ``<data dir>/training/run-<id>/`` holds the run's ``checkpoint/`` and ``best/`` adapter
while it trains; ``<data dir>/adapters/run-<id>-<name>/`` the finished adapter
(``adapter_config.json``, ``adapter_model.safetensors``, ``adapter.gguf``, ``inkstone.json``).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import warnings
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from core.errors import BadInputError, InkstoneError
from core.gc_freeze import freeze_long_lived, loading_phase
from core.paths import data_dir
from core.training.config import TrainConfig
from core.training.data import ChatEncoder, encode_examples, fetch_examples, fingerprint
from core.training.errors import DatasetTooSmallError, NothingToResumeError, TrainingError, TrainingOutOfMemoryError
from core.training.loop import LoopSetup, TrainProgress, is_out_of_memory, run_loop, total_steps_for


@dataclass
class TrainResult:
    run_id: int
    status: str  # completed, early_stopped, cancelled
    steps: int
    total_steps: int
    dataset: str
    base_model: str
    adapter_id: int | None = None
    adapter_name: str | None = None
    peft_dir: str | None = None
    gguf_path: str | None = None
    eval_loss_before: float | None = None
    eval_loss_after: float | None = None
    best_step: int | None = None
    train_tokens: int = 0
    train_tokens_per_s: float | None = None
    elapsed_s: float = 0.0
    train_examples: int = 0
    eval_examples: int = 0
    truncated: int = 0
    answers_cut: int = 0
    device: str = "cpu"

    def to_dict(self) -> dict:
        return asdict(self)


def training_root() -> Path:
    return data_dir() / "training"


def adapters_root() -> Path:
    return data_dir() / "adapters"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-")[:40] or "adapter"


def _stop_check(stop) -> Callable[[], bool]:
    if stop is None:
        return lambda: False
    if hasattr(stop, "is_set"):
        return stop.is_set
    if callable(stop):
        return stop
    raise TypeError("stop must be a callable or a threading.Event")


def _device(config: TrainConfig) -> str:
    from core import devices

    if config.device == "cpu":
        return "cpu"
    status = devices.cuda_status(refresh=True)
    if config.device == "cuda" and not status.available:
        raise BadInputError(f"training on the GPU was requested, but {status.reason or 'no CUDA device is usable'}")
    return status.device if status.available else "cpu"


def auto_threads() -> int:
    """CPU threads for training: the physical cores, minus those other programs keep busy.

    torch's CPU kernels split each operation across their threads and wait for the slowest: on
    two cores already busy with other work (the app generating on llama.cpp, a build), two
    threads ran a forward pass 2-2.5x slower than one. The load average at the start decides.
    """
    from core.devices import physical_cores

    cores = physical_cores()
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores
    return max(1, min(cores, round(cores - busy + 0.5)))


def _cpu_has_native_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


def _precision(config: TrainConfig, device: str, torch) -> tuple[Any, Any]:
    """(weights dtype, autocast dtype or None) for the device."""
    want = config.precision
    if device == "cpu":
        if want == "fp16":
            raise BadInputError("fp16 training needs a GPU; use bf16 or fp32 on the CPU")
        if want == "bf16" or (want == "auto" and _cpu_has_native_bf16()):
            return torch.float32, torch.bfloat16
        return torch.float32, None
    if want == "fp32":
        return torch.float32, None
    if want == "fp16" or (want == "auto" and not torch.cuda.is_bf16_supported()):
        # fp16 weights would need master copies; keep fp32 weights and let autocast do the rest.
        return torch.float32, torch.float16
    # bf16 has fp32's range: the frozen base can live in bf16, the LoRA weights stay fp32.
    return torch.bfloat16, torch.bfloat16


def _sample(examples: list, limit: int, seed: int) -> list:
    if not limit or len(examples) <= limit:
        return examples
    picked = sorted(random.Random(f"inkstone-eval:{seed}").sample(range(len(examples)), limit))
    return [examples[i] for i in picked]


def _load_model(model_entry, config: TrainConfig, device: str, weights_dtype):
    from core.backends.hf_cache import ensure_converted, import_transformers

    folder = ensure_converted(model_entry)
    torch, transformers = import_transformers()
    from peft import LoraConfig, get_peft_model

    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
        base = transformers.AutoModelForCausalLM.from_pretrained(folder, dtype=weights_dtype, trust_remote_code=False, use_safetensors=True)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise TrainingError(f"transformers could not load {model_entry.name}: {str(exc).splitlines()[0]}") from None
    if getattr(base.config, "use_cache", None) is not None:
        base.config.use_cache = False
    lora = LoraConfig(
        r=config.rank,
        lora_alpha=config.alpha,
        lora_dropout=config.dropout,
        target_modules=list(config.target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )
    torch.manual_seed(config.seed)  # the same seed gives the same LoRA initialization
    try:
        with warnings.catch_warnings():
            # peft asks transformers a deprecated question; the answer is right, the warning noise.
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
            peft_model = get_peft_model(base, lora)
    except ValueError as exc:
        linear = sorted({name.rsplit(".", 1)[-1] for name, module in base.named_modules() if isinstance(module, torch.nn.Linear)})
        raise BadInputError(
            f"none of the target modules {', '.join(config.target_modules)} is in {model_entry.name}; its layers: {', '.join(linear)}"
        ) from exc
    peft_model.to(device)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (tokenizer.eos_token_id or 0)
    return peft_model, tokenizer, pad_id


def train(
    dataset: str | None = None,
    config: TrainConfig | None = None,
    *,
    resume: int | None = None,
    stop: Callable[[], bool] | Any = None,
    model: str | None = None,
    adapter_name: str | None = None,
    db=None,
) -> Generator[TrainProgress, None, TrainResult]:
    """Fine-tune a LoRA adapter on ``dataset`` (or resume run ``resume``); yield progress records.

    ``config`` is ignored when resuming: a run continues with the settings it started with.
    ``model`` is a catalog name or path (default: the default model). Raises
    :class:`~core.errors.InkstoneError` subclasses with one-line messages for bad input, a full
    disk and running out of memory; the run is then recorded as failed and keeps its checkpoint.
    """
    from core.models import resolve_model, validate_entry
    from core.storage import runs

    stop_requested = _stop_check(stop)
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
        run_id = int(resume)
    else:
        if not dataset:
            raise BadInputError("choose a dataset to train on")
        config = (config or TrainConfig()).check()
        model_entry = resolve_model(model)
        run_id = None
    validate_entry(model_entry)
    if adapter_name is not None and runs.get_adapter(adapter_name.strip(), db) is not None:
        raise BadInputError(f"an adapter called {adapter_name.strip()!r} already exists; choose another name")

    info, examples = fetch_examples(dataset, db=db)
    train_examples = [e for e in examples if e.split == "train"]
    eval_examples = _sample([e for e in examples if e.split == "eval"], config.eval_max_examples, config.seed)
    if not examples:
        raise DatasetTooSmallError(f"dataset {info['name']!r} is empty; add some of your writing to it first")
    if len(train_examples) < config.micro_batch_size:
        raise DatasetTooSmallError(
            f"dataset {info['name']!r} has {len(train_examples)} training example{'s' if len(train_examples) != 1 else ''}; "
            f"training needs at least {config.micro_batch_size} (one micro batch) — add more writing or lower the micro batch size"
        )
    data_print = fingerprint(train_examples)

    device = _device(config)
    from core.backends.hf_cache import import_transformers

    torch, _transformers = import_transformers()
    if device == "cpu":
        torch.set_num_threads(config.threads or auto_threads())
    weights_dtype, autocast_dtype = _precision(config, device, torch)

    from core import devices

    # On the GPU: actions go to llama.cpp on the CPU meanwhile. On the CPU: llama.cpp runs fewer
    # threads so that writing and training do not stall each other.
    lease = devices.gpu_lease if device != "cpu" else devices.cpu_lease
    lease.acquire()
    try:
        try:
            with loading_phase():  # peft, the model's modules and weights: no collections while they load
                peft_model, tokenizer, pad_id = _load_model(model_entry, config, device, weights_dtype)
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

        try:
            result = yield from _run(
                run_id, run_folder, info, model_entry, config, device, peft_model, tokenizer, pad_id, autocast_dtype,
                train_set, eval_set, report, eval_report, total, state, data_print, stop_requested, adapter_name, torch, db,
            )  # fmt: skip
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


def _run(
    run_id, run_folder, info, model_entry, config, device, peft_model, tokenizer, pad_id, autocast_dtype,
    train_set, eval_set, report, eval_report, total, state, data_print, stop_requested, adapter_name, torch, db,
):  # fmt: skip
    from core.storage import runs
    from core.training.checkpoint import load_checkpoint

    optimizer = torch.optim.AdamW(
        [p for p in peft_model.parameters() if p.requires_grad], lr=config.learning_rate, weight_decay=config.weight_decay
    )
    scaler = torch.amp.GradScaler("cuda") if autocast_dtype == torch.float16 and device != "cpu" else None
    notes = []
    if state:
        state = load_checkpoint(run_folder / "checkpoint", peft_model, optimizer, scaler)
        if state.get("total_steps") != total:
            raise NothingToResumeError(
                f"run {run_id} planned {state.get('total_steps')} steps but its dataset now gives {total}; start a new run"
            )
        if state.get("dataset_fingerprint") not in (None, data_print):
            notes.append("the dataset changed since this run started; continuing on its current examples")
        notes.append(f"resuming at step {state['step']} of {total}")
    state["dataset_fingerprint"] = data_print

    truncation = ""
    if report.truncated or eval_report.truncated:
        truncation = (
            f"; {report.truncated + eval_report.truncated} example(s) longer than {config.max_seq_len} tokens were shortened"
            + (f" ({report.answers_cut + eval_report.answers_cut} lost the end of their answer)" if report.answers_cut + eval_report.answers_cut else "")
        )
    eval_note = "" if eval_set else "; no held-out examples, so no evaluation, early stopping or best-adapter choice"
    start_message = (
        f"{len(train_set)} training and {len(eval_set)} held-out examples, {report.tokens + eval_report.tokens:,} tokens, "
        f"on {device}{truncation}{eval_note}"
    )
    yield TrainProgress(
        "start", state.get("step", 0), total, run_id=run_id, message="; ".join([start_message, *notes])
    )

    freeze_long_lived()  # model, optimizer and libraries live for the whole run
    setup = LoopSetup(
        model=peft_model,
        optimizer=optimizer,
        train_set=train_set,
        eval_set=eval_set,
        config=config,
        device=device,
        pad_id=pad_id,
        total_steps=total,
        checkpoint_dir=run_folder / "checkpoint",
        best_dir=run_folder / "best",
        state=state,
        scaler=scaler,
        autocast_dtype=autocast_dtype,
    )
    loop = run_loop(setup, stop_requested)
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
        dataset=info["name"],
        base_model=model_entry.name,
        eval_loss_before=final.get("eval_loss_before"),
        eval_loss_after=final.get("best_eval_loss"),
        best_step=final.get("best_step"),
        train_tokens=final.get("train_tokens", 0),
        train_tokens_per_s=(final["train_tokens"] / final["train_seconds"]) if final.get("train_seconds") else None,
        elapsed_s=final.get("elapsed_s", 0.0),
        train_examples=len(train_set),
        eval_examples=len(eval_set),
        truncated=report.truncated + eval_report.truncated,
        answers_cut=report.answers_cut + eval_report.answers_cut,
        device=device,
    )
    if outcome.status == "cancelled":
        runs.finish_run(run_id, "cancelled", error=f"stopped at step {final['step']} of {total}; resume to continue", db=db)
        yield TrainProgress(
            "done", final["step"], total, run_id=run_id, done=True, status="cancelled", result=result,
            message=f"stopped at step {final['step']} of {total}; resume run {run_id} to continue",
            tokens_per_s=result.train_tokens_per_s, elapsed_s=result.elapsed_s,
        )  # fmt: skip
        return result

    _publish(result, run_folder, outcome, peft_model, config, model_entry, info, adapter_name, db)
    runs.finish_run(run_id, "completed", db=db)
    shutil.rmtree(run_folder, ignore_errors=True)  # the adapter is published; the checkpoints are spent
    before, after = result.eval_loss_before, result.eval_loss_after
    change = f"; held-out loss {before:.3f} -> {after:.3f}" if before is not None and after is not None else ""
    early = " (stopped early)" if outcome.status == "early_stopped" else ""
    yield TrainProgress(
        "done", final["step"], total, run_id=run_id, done=True, status=outcome.status, result=result,
        eval_loss=after, tokens_per_s=result.train_tokens_per_s, elapsed_s=result.elapsed_s, eta_s=0.0,
        message=f"adapter {result.adapter_name!r} saved{early}{change}",
    )  # fmt: skip
    return result


def _publish(result: TrainResult, run_folder: Path, outcome, peft_model, config, model_entry, info, adapter_name, db) -> None:
    """Write the adapter folder (PEFT + GGUF) atomically and register it in the database."""
    from core.adapters import model_fingerprint
    from core.storage import runs
    from core.training.checkpoint import ADAPTER_CONFIG, ADAPTER_WEIGHTS, atomic_folder, write_adapter
    from core.training.export_gguf import export_gguf_adapter

    name = (adapter_name or f"{_slug(info['name'])}-run{result.run_id}").strip()
    if runs.get_adapter(name, db) is not None:
        raise BadInputError(f"an adapter called {name!r} already exists; choose another name")
    target = adapters_root() / f"run-{result.run_id}-{_slug(name)}"
    metrics = {
        "eval_loss_before": result.eval_loss_before,
        "eval_loss_after": result.eval_loss_after,
        "best_step": result.best_step,
        "steps": result.steps,
        "train_tokens_per_s": result.train_tokens_per_s,
        "train_examples": result.train_examples,
        "eval_examples": result.eval_examples,
        "truncated": result.truncated,
        "status": result.status,
    }
    meta = {"name": name, "run_id": result.run_id, "dataset": info["name"], "base_model": model_entry.name, "config": config.to_dict(), "metrics": metrics}
    with atomic_folder(target, "the adapter") as staging:
        if outcome.best_dir is not None:
            for item in (ADAPTER_WEIGHTS, ADAPTER_CONFIG):
                shutil.copyfile(outcome.best_dir / item, staging / item)
            import json

            (staging / "inkstone.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        else:
            write_adapter(peft_model, staging, meta)
        gguf_path = None
        if model_entry.format == "gguf":
            gguf_path = export_gguf_adapter(staging, Path(model_entry.path), staging / "adapter.gguf")
    result.adapter_name = name
    result.peft_dir = str(target)
    result.gguf_path = str(target / "adapter.gguf") if gguf_path else None
    result.adapter_id = runs.add_adapter(
        name,
        model_entry.name,
        run_id=result.run_id,
        dataset_id=info["id"],
        base_model_hash=model_fingerprint(model_entry),
        peft_dir=result.peft_dir,
        gguf_path=result.gguf_path,
        config=config.to_dict(),
        metrics=metrics,
        db=db,
    )
