"""What the training tab needs from ``core.training``, in one place.

The trainer is a core generator yielding progress records and stopping when asked; this module
finds its config dataclass, starts or resumes a run, and reads a progress record into the fields
the UI shows, so the widgets do not depend on the trainer's exact names.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass


def available() -> bool:
    """Whether this installation can fine-tune: the trainer and the libraries it needs (the lite
    bundle has neither torch nor peft), checked without importing them."""
    from core.devices import torch_installed

    try:
        return importlib.util.find_spec("core.training") is not None and importlib.util.find_spec("peft") is not None and torch_installed()
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
    status: str | None = None  # on the last record: completed, early_stopped, cancelled
    result: object = None  # on the last record: the trainer's result (adapter, losses)


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
        status=_get(record, "status"),
        result=_get(record, "result"),
    )


def lower_thread_priority(niceness: int = 10) -> None:
    """Run the calling thread, and the threads it starts (torch's CPU pool), at a lower priority,
    so the editor stays responsive while a fine-tune uses every core. Linux only: elsewhere
    thread priorities are left to the system."""
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), niceness))
    except (OSError, AttributeError):
        pass


class TrainingJob:
    """One training run to drive from a worker: iterate it for progress records; ``stop()`` asks
    the trainer to stop at its next step (it keeps a checkpoint to resume from)."""

    def __init__(self, dataset: str | None, config, resume_run_id: int | None = None, model: str | None = None) -> None:
        self.dataset = dataset
        self.config = config
        self.resume_run_id = resume_run_id
        self.model = model
        self.stop_event = threading.Event()
        self.result = None

    def stop(self) -> None:
        self.stop_event.set()

    def __iter__(self) -> Iterable:
        lower_thread_priority()
        training = importlib.import_module("core.training")
        train = getattr(training, "train")
        kwargs = {"config": self.config, "stop": self.stop_event.is_set}
        if self.resume_run_id is not None:
            kwargs["resume"] = self.resume_run_id
        else:
            kwargs["dataset"] = self.dataset
            if self.model:
                kwargs["model"] = self.model
        generator = train(**kwargs)
        try:
            while True:
                try:
                    yield next(generator)
                except StopIteration as end:
                    self.result = end.value
                    return
        finally:
            generator.close()  # the trainer saves a checkpoint when closed early
