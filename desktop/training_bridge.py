"""What the training tab needs from ``core.training``, in one place.

The trainer is a core generator yielding progress records and stopping when asked; this module
finds its config dataclass, starts or resumes a run, and reads a progress record into the fields
the UI shows, so the widgets do not depend on the trainer's exact names.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import threading
from collections.abc import Iterable
from dataclasses import dataclass


def available() -> bool:
    try:
        return importlib.util.find_spec("core.training") is not None
    except (ImportError, ValueError):
        return False


def config_class():
    """The trainer's config dataclass (the form is built from its fields)."""
    for module_name in ("core.training.config", "core.training"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        for name in ("TrainConfig", "TrainingConfig", "LoraConfig", "LoRAConfig"):
            cls = getattr(module, name, None)
            if cls is not None and dataclasses.is_dataclass(cls):
                return cls
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
                return value
    raise ModuleNotFoundError("core.training has no config dataclass")


@dataclass
class Progress:
    step: int = 0
    total: int = 0
    train_loss: float | None = None
    eval_loss: float | None = None
    tokens_per_s: float | None = None
    eta_s: float | None = None
    message: str = ""
    run_id: int | None = None
    done: bool = False


def _get(record, *names, default=None):
    for name in names:
        if isinstance(record, dict) and name in record:
            return record[name]
        if hasattr(record, name):
            return getattr(record, name)
    return default


def read_progress(record) -> Progress:
    """A trainer progress record as the UI's :class:`Progress`."""
    return Progress(
        step=int(_get(record, "step", default=0) or 0),
        total=int(_get(record, "total_steps", "total", default=0) or 0),
        train_loss=_get(record, "train_loss", "loss"),
        eval_loss=_get(record, "eval_loss"),
        tokens_per_s=_get(record, "tokens_per_s", "train_tokens_per_s"),
        eta_s=_get(record, "eta_s", "eta"),
        message=str(_get(record, "message", "event", "kind", default="") or ""),
        run_id=_get(record, "run_id"),
        done=bool(_get(record, "done", "finished", default=False)),
    )


class TrainingJob:
    """One training run to drive from a worker: iterate it for progress records; ``stop()`` asks
    the trainer to stop at its next step (it keeps a checkpoint to resume from)."""

    def __init__(self, dataset: str | None, config, resume_run_id: int | None = None) -> None:
        self.dataset = dataset
        self.config = config
        self.resume_run_id = resume_run_id
        self.stop_event = threading.Event()
        self.result = None

    def stop(self) -> None:
        self.stop_event.set()

    def __iter__(self) -> Iterable:
        training = importlib.import_module("core.training")
        train = getattr(training, "train")
        kwargs = {"config": self.config, "stop": self.stop_event.is_set}
        if self.resume_run_id is not None:
            kwargs["resume"] = self.resume_run_id
        else:
            kwargs["dataset"] = self.dataset
        generator = train(**kwargs)
        while True:
            try:
                yield next(generator)
            except StopIteration as end:
                self.result = end.value
                return
