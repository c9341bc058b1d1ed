"""The training loop (LoRA or full), in nanoGPT's shape, as a generator of progress records.

:func:`run_loop` takes a prepared model (PEFT-wrapped, or a whole model whose weights train, on its device), the encoded train and eval
examples and the config, and yields a :class:`TrainProgress` after the first evaluation, after
every optimizer step and after every evaluation. It checks ``stop()`` before every step.

* The learning rate is a pure function of the step (:func:`lr_at`: linear warm-up, cosine decay
  to ``min_lr_ratio``), so a resumed run needs no scheduler object to restore.
* The batches of an epoch are a pure function of (seed, epoch) (see
  :func:`core.training.data.length_grouped_batches`), so a resumed run sees the batches the
  uninterrupted run would have seen; with the optimizer and RNG states restored it continues with
  the same numbers.
* The loss is the mean over answer tokens of the whole effective batch (summed over
  micro-batches, divided once), and the output head is applied only at answer positions: on a
  49k-token vocabulary that head is a fifth of the model's compute, and most positions are prompt.
  The opening tokens a batch shares (system prompt, instruction) run once per batch.
* Evaluation runs under ``@torch.no_grad()`` on the eval split before the first step, every
  ``eval_interval`` steps and at the end; the best adapter so far is kept in ``best_dir``;
  ``early_stopping_patience`` evaluations without improvement end the run. When the eval set is
  made of groups (a continual-learning update: the old examples and the new ones), each group's
  loss is reported too, so forgetting shows.
* Checkpoints every ``checkpoint_interval`` steps and when stopped (see
  :mod:`core.training.checkpoint`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.training.checkpoint import atomic_folder, save_checkpoint, write_adapter
from core.training.config import TrainConfig
from core.training.data import IGNORE, Encoded, collate, eval_batches, length_grouped_batches, mixed_batches
from core.training.errors import TrainingOutOfMemoryError


@dataclass
class TrainProgress:
    """One progress record. ``event``: ``eval_before``, ``step``, ``eval``, ``done``.

    The last record of a run has ``done=True``, its ``status`` (``completed``, ``early_stopped``,
    ``cancelled``) and, once the adapter is exported, ``result``.
    """

    event: str
    step: int
    total_steps: int
    epoch: float = 0.0
    train_loss: float | None = None
    eval_loss: float | None = None
    eval_groups: dict | None = None  # loss per eval group ({"old": ..., "new": ...}), when there are groups
    lr: float | None = None
    tokens_per_s: float | None = None
    eta_s: float | None = None
    elapsed_s: float = 0.0
    message: str = ""
    run_id: int | None = None
    step_tokens: int | None = None  # real (unpadded) tokens in this step's batches
    done: bool = False
    status: str | None = None
    result: Any = None

    @property
    def eta_text(self) -> str:
        """The time left as a clock ("4:05", "1:02:03"); "" while unknown."""
        eta = self.eta_s
        if eta is None or eta != eta or eta < 0:
            return ""
        seconds = int(round(eta))
        minutes, rest = divmod(seconds, 60)
        return f"{minutes // 60}:{minutes % 60:02d}:{rest:02d}" if minutes >= 60 else f"{minutes}:{rest:02d}"

    def to_dict(self) -> dict:
        data = asdict(self)
        if self.result is not None and hasattr(self.result, "to_dict"):
            data["result"] = self.result.to_dict()
        return data


@dataclass
class LoopOutcome:
    status: str  # completed, early_stopped, cancelled
    state: dict
    best_dir: Path | None  # where the best adapter is, None when nothing was evaluated


@dataclass
class LoopSetup:
    model: Any  # a PEFT model in train mode, on ``device``
    optimizer: Any
    train_set: list[Encoded]
    eval_set: list[Encoded]
    config: TrainConfig
    device: str
    pad_id: int
    total_steps: int
    checkpoint_dir: Path
    best_dir: Path
    state: dict = field(default_factory=dict)  # from a checkpoint when resuming
    scaler: Any = None
    autocast_dtype: Any = None  # torch dtype, or None for full precision
    eval_groups: dict[str, list[Encoded]] | None = None  # eval_set in named parts, reported apart
    train_groups: list[int] | None = None  # per training example: batches mix the groups (an update's new and replayed examples)


#: Shorter common openings are not worth a second forward call.
MIN_SHARED_PREFIX = 16
#: An evaluation must beat the best by this much (nats per token) to count as better: smaller
#: changes are noise, and early stopping should not wait on them.
MIN_IMPROVEMENT = 1e-4


def warmup_steps(total_steps: int, config: TrainConfig) -> int:
    return min(total_steps, round(total_steps * config.warmup_fraction)) if config.warmup_fraction > 0 else 0


def lr_at(step: int, total_steps: int, config: TrainConfig) -> float:
    """Learning rate for optimizer step ``step`` (1-based): linear warm-up, then cosine decay."""
    peak = config.peak_lr
    floor = peak * config.min_lr_ratio
    warmup = warmup_steps(total_steps, config)
    if warmup and step <= warmup:
        return peak * step / warmup
    progress = min(1.0, (step - warmup) / max(1, total_steps - warmup))
    return floor + 0.5 * (peak - floor) * (1.0 + math.cos(math.pi * progress))


def steps_per_epoch(n_examples: int, config: TrainConfig) -> int:
    batches = math.ceil(n_examples / config.micro_batch_size)
    return max(1, math.ceil(batches / config.grad_accum_steps))


def total_steps_for(n_examples: int, config: TrainConfig) -> int:
    return config.max_steps or config.epochs * steps_per_epoch(n_examples, config)


def is_out_of_memory(exc: BaseException) -> bool:
    import torch

    if isinstance(exc, (MemoryError, torch.OutOfMemoryError)):
        return True
    text = str(exc).lower()
    return isinstance(exc, RuntimeError) and ("can't allocate memory" in text or "out of memory" in text)


def _loss_parts(model):
    """The decoder and output head of a causal LM, or None when its logits need more than the head
    (final soft-capping, logit scaling): those models are run whole."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    config = base.config
    if getattr(config, "final_logit_softcapping", None) or getattr(config, "logit_scale", None) not in (None, 1, 1.0):
        return None
    try:
        decoder, head = base.get_decoder(), base.get_output_embeddings()
    except (AttributeError, NotImplementedError):
        return None
    if decoder is None or head is None or decoder is base:
        return None
    return decoder, head


class _Stepper:
    """Forward/backward of batches; kept apart from the loop so the loop reads like nanoGPT's.

    Examples of one dataset share their opening tokens: the system prompt and the action's
    instruction are ~70 of the ~170 tokens of a continuation example. When a batch shares at least
    ``MIN_SHARED_PREFIX`` tokens before its first answer token, that prefix runs once (batch of
    one) and its keys and values are repeated for the batch; gradients flow back through them.
    The loss is the same as running every row whole (the tests check it); the work is not.
    """

    def __init__(self, setup: LoopSetup) -> None:
        import inspect

        import torch

        self.torch = torch
        self.setup = setup
        self.model = setup.model
        self.parts = _loss_parts(setup.model)
        self.share_prefix = self.parts is not None
        if self.parts is not None:
            params = inspect.signature(self.parts[0].forward).parameters
            self.cache_arg = "cache" if "cache" in params else "past_key_values"
        self.last_groups: dict | None = None
        device_type = "cuda" if setup.device.startswith("cuda") else "cpu"
        self.autocast = (
            (lambda: torch.autocast(device_type, dtype=setup.autocast_dtype)) if setup.autocast_dtype is not None else nullcontext
        )

    def shared_prefix(self, ids, labels) -> int:
        """How many leading tokens every row has in common, all before the first answer token."""
        if ids.shape[0] < 2:
            return 0
        answer = labels != IGNORE
        first = int(answer.float().argmax(dim=1).min())  # every row has an answer token
        limit = first - 1  # the token before an answer must be computed per row: it predicts it
        if limit < MIN_SHARED_PREFIX:
            return 0
        same = (ids[:, :limit] == ids[:1, :limit]).all(dim=0)
        differ = (~same).nonzero()
        length = int(differ[0]) if len(differ) else limit
        return length if length >= MIN_SHARED_PREFIX else 0

    def loss_sum(self, batch) -> tuple[Any, int]:
        """Summed cross-entropy over the batch's answer tokens, and how many there are."""
        torch = self.torch
        ids, mask, labels = batch["input_ids"], batch["attention_mask"], batch["labels"]
        with self.autocast():
            if self.parts is None:
                targets = labels[:, 1:]
                keep = targets != IGNORE
                logits = self.model(input_ids=ids, attention_mask=mask, use_cache=False).logits[:, :-1][keep]
            else:
                decoder, head = self.parts
                prefix = self.shared_prefix(ids, labels) if self.share_prefix else 0
                if prefix:
                    hidden = self._with_shared_prefix(decoder, ids, mask, prefix)
                else:
                    hidden = decoder(input_ids=ids, attention_mask=mask, use_cache=False).last_hidden_state
                targets = labels[:, prefix + 1 :]
                keep = targets != IGNORE
                logits = head(hidden[:, :-1][keep])
        loss = torch.nn.functional.cross_entropy(logits.float(), targets[keep], reduction="sum")
        return loss, int(keep.sum())

    def _with_shared_prefix(self, decoder, ids, mask, prefix: int):
        from transformers import DynamicCache

        base = self.model.get_base_model() if hasattr(self.model, "get_base_model") else self.model
        cache = DynamicCache(config=base.config)
        decoder(input_ids=ids[:1, :prefix], use_cache=True, **{self.cache_arg: cache})
        cache.batch_repeat_interleave(ids.shape[0])
        return decoder(input_ids=ids[:, prefix:], attention_mask=mask, use_cache=True, **{self.cache_arg: cache}).last_hidden_state

    def evaluate(self) -> float | None:
        """Mean answer-token loss over the eval set (None without one); with eval groups, each
        group's mean is left in ``last_groups``."""
        setup = self.setup
        if not setup.eval_set:
            return None
        parts = setup.eval_groups or {"all": setup.eval_set}
        sums = {name: _evaluate_sum(self, items, setup.config.micro_batch_size * 2, setup.pad_id, setup.device) for name, items in parts.items() if items}
        if setup.eval_groups:
            self.last_groups = {name: total / max(1, count) for name, (total, count) in sums.items()}
        return sum(t for t, _n in sums.values()) / max(1, sum(n for _t, n in sums.values()))


def _evaluate_sum(stepper: _Stepper, eval_set: list[Encoded], batch_size: int, pad_id: int, device: str) -> tuple[float, int]:
    import torch

    @torch.no_grad()
    def run() -> tuple[float, int]:
        stepper.model.eval()
        total, count = 0.0, 0
        try:
            for indices in eval_batches([len(e) for e in eval_set], batch_size):
                loss, n = stepper.loss_sum(collate([eval_set[i] for i in indices], pad_id, device))
                total += float(loss)
                count += n
        finally:
            stepper.model.train()
        return total, count

    return run()


def _evaluate(stepper: _Stepper, eval_set: list[Encoded], batch_size: int, pad_id: int, device: str) -> float:
    total, count = _evaluate_sum(stepper, eval_set, batch_size, pad_id, device)
    return total / max(1, count)


def run_loop(setup: LoopSetup, stop: Callable[[], bool]) -> Generator[TrainProgress, None, LoopOutcome]:
    """Train; yield progress; return a :class:`LoopOutcome`. See the module docstring."""
    import torch

    config, model, optimizer = setup.config, setup.model, setup.optimizer
    stepper = _Stepper(setup)
    train_set, total = setup.train_set, setup.total_steps
    lengths = [len(e) for e in train_set]
    ga = config.grad_accum_steps
    epoch_cache: dict[int, list[list[int]]] = {}

    def epoch_batches(epoch: int) -> list[list[int]]:
        if epoch not in epoch_cache:
            epoch_cache.clear()
            if setup.train_groups:
                epoch_cache[epoch] = mixed_batches(setup.train_groups, config.micro_batch_size, config.seed, epoch)
            else:
                epoch_cache[epoch] = length_grouped_batches(lengths, config.micro_batch_size, config.seed, epoch)
        return epoch_cache[epoch]

    n_batches = len(epoch_batches(0))
    state = {
        "step": 0,
        "total_steps": total,
        "eval_loss_before": None,
        "last_eval_loss": None,
        "best_eval_loss": None,
        "best_step": None,
        "eval_groups_before": None,
        "best_eval_groups": None,
        "evals_since_best": 0,
        "train_tokens": 0,
        "train_seconds": 0.0,
        "last_checkpoint_step": 0,
        **setup.state,
    }
    state["config"] = config.to_dict()
    started = time.perf_counter()
    elapsed_before = state.get("elapsed_s", 0.0)
    eval_seconds = None
    step_seconds_ema = None

    def record(event: str, **values) -> TrainProgress:
        step = state["step"]
        rate = state["train_tokens"] / state["train_seconds"] if state["train_seconds"] > 0 else None
        eta = None
        if step_seconds_ema is not None:
            evals_left = len([s for s in range(step + 1, total + 1) if s % config.eval_interval == 0 or s == total])
            eta = (total - step) * step_seconds_ema + evals_left * (eval_seconds or 0.0) * bool(setup.eval_set)
        return TrainProgress(
            event=event,
            step=step,
            total_steps=total,
            epoch=round(step * ga / max(1, n_batches), 3),
            tokens_per_s=rate,
            eta_s=eta,
            elapsed_s=elapsed_before + time.perf_counter() - started,
            **values,
        )

    def checkpoint(with_optimizer: bool = True) -> None:
        state["last_checkpoint_step"] = state["step"]
        state["elapsed_s"] = elapsed_before + time.perf_counter() - started
        save_checkpoint(setup.checkpoint_dir, model, optimizer, state, setup.scaler, with_optimizer)

    def evaluate_now() -> float | None:
        nonlocal eval_seconds
        began = time.perf_counter()
        try:
            loss = stepper.evaluate()
        except Exception as exc:
            if not is_out_of_memory(exc):
                raise
            if setup.device.startswith("cuda"):
                torch.cuda.empty_cache()
            raise TrainingOutOfMemoryError(
                f"out of memory while evaluating at step {state['step']}; {kept_note()} — "
                "try a smaller micro batch (evaluation batches are twice as large) or a shorter max length"
            ) from None
        eval_seconds = time.perf_counter() - began
        return loss

    def kept_note() -> str:
        kept = state["last_checkpoint_step"]
        return f"the checkpoint of step {kept} is kept" if kept else "no checkpoint was written yet"

    def note_eval(loss: float) -> str:
        """Keep the best adapter; count evaluations without improvement."""
        state["last_eval_loss"] = loss
        if state["best_eval_loss"] is None or loss < state["best_eval_loss"] - MIN_IMPROVEMENT:
            with atomic_folder(setup.best_dir, "the best adapter") as staging:
                write_adapter(model, staging, {"step": state["step"], "eval_loss": loss})
            state["best_eval_loss"], state["best_step"], state["evals_since_best"] = loss, state["step"], 0
            state["best_eval_groups"] = stepper.last_groups
            return "best so far"
        state["evals_since_best"] += 1
        return f"no better than step {state['best_step']}"

    model.train()
    try:
        if state["step"] == 0 and setup.eval_set and state["eval_loss_before"] is None:
            loss = evaluate_now()
            state["eval_loss_before"] = loss
            state["eval_groups_before"] = stepper.last_groups
            state["best_eval_loss"] = None
            yield record("eval_before", eval_loss=loss, eval_groups=stepper.last_groups, message="held-out loss before training")

        status = "completed"
        while state["step"] < total:
            if stop():
                status = "cancelled"
                break
            step = state["step"] + 1
            lr = lr_at(step, total, config)
            for group in optimizer.param_groups:
                group["lr"] = lr
            began = time.perf_counter()
            micro = []
            for k in range(ga):
                position = (step - 1) * ga + k
                micro.append(epoch_batches(position // n_batches)[position % n_batches])
            batches = [collate([train_set[i] for i in indices], setup.pad_id, setup.device) for indices in micro]
            targets = sum(int((b["labels"][:, 1:] != IGNORE).sum()) for b in batches)
            loss_total, tokens = 0.0, 0
            try:
                for batch in batches:
                    loss, _n = stepper.loss_sum(batch)
                    scaled = loss / max(1, targets)
                    if setup.scaler is not None:
                        setup.scaler.scale(scaled).backward()
                    else:
                        scaled.backward()
                    loss_total += float(loss.detach())
                    tokens += batch["tokens"]
                if setup.scaler is not None:
                    setup.scaler.unscale_(optimizer)
                if config.max_grad_norm > 0:
                    torch.nn.utils.clip_grad_norm_(
                        [p for g in optimizer.param_groups for p in g["params"]], config.max_grad_norm, foreach=False if config.method == "full" else None
                    )
                if setup.scaler is not None:
                    setup.scaler.step(optimizer)
                    setup.scaler.update()
                else:
                    optimizer.step()
                optimizer.zero_grad(set_to_none=True)
            except Exception as exc:
                if not is_out_of_memory(exc):
                    raise
                optimizer.zero_grad(set_to_none=True)
                del batches
                if setup.device.startswith("cuda"):
                    torch.cuda.empty_cache()
                raise TrainingOutOfMemoryError(
                    f"out of memory at step {step} (micro batch {config.micro_batch_size}, max length {config.max_seq_len} tokens); "
                    f"{kept_note()} — try a smaller micro batch (raise gradient accumulation to keep the effective batch) or a shorter max length"
                ) from None
            if setup.device.startswith("cuda"):
                torch.cuda.synchronize()
            took = time.perf_counter() - began
            state["step"] = step
            state["train_tokens"] += tokens
            state["train_seconds"] += took
            step_seconds_ema = took if step_seconds_ema is None else 0.8 * step_seconds_ema + 0.2 * took
            yield record("step", train_loss=loss_total / max(1, targets), lr=lr, step_tokens=tokens)

            stop_early = False
            if setup.eval_set and (step % config.eval_interval == 0 or step == total):
                loss = evaluate_now()
                verdict = note_eval(loss)
                patience = config.early_stopping_patience
                stop_early = patience > 0 and state["evals_since_best"] >= patience
                message = verdict + (f"; stopping early after {patience} evaluations without improvement" if stop_early else "")
                yield record("eval", eval_loss=loss, eval_groups=stepper.last_groups, message=message)
            if step % config.checkpoint_interval == 0 and step < total and not stop_early:
                checkpoint()
            if stop_early:
                status = "early_stopped"
                break
        if state["step"] > state["last_checkpoint_step"]:
            # Also at the end: if publishing the adapter fails (full disk), resuming goes straight
            # to publishing again instead of re-training from an older checkpoint.
            checkpoint(with_optimizer=status != "completed")
    except GeneratorExit:
        # The consumer went away (app closed, worker dropped): keep what was learned, resumable.
        if state["step"] > state["last_checkpoint_step"]:
            checkpoint()
        raise
    state["elapsed_s"] = elapsed_before + time.perf_counter() - started
    best = setup.best_dir if state["best_step"] is not None else None
    return LoopOutcome(status, state, best)


def evaluate_set(model, eval_set: list[Encoded], pad_id: int, device: str, batch_size: int = 8, autocast_dtype=None) -> float:
    """Mean answer-token loss of ``model`` on ``eval_set`` (for benchmarks and checks)."""
    setup = LoopSetup(model, None, [], eval_set, TrainConfig(micro_batch_size=max(1, batch_size // 2)), device, pad_id, 0, Path(), Path())
    setup.autocast_dtype = autocast_dtype
    return _evaluate(_Stepper(setup), eval_set, batch_size, pad_id, device)
