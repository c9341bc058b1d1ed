"""A fine-tune driven from a worker thread: :class:`TrainingJob` iterates
:func:`core.training.train` (progress records, then its result) at a lower thread priority, and
:func:`available` says whether this installation can fine-tune at all (the lite bundle cannot).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from collections.abc import Iterator


def available() -> bool:
    """Whether this installation can fine-tune: the trainer and the libraries it needs (the lite
    bundle has neither torch nor peft), checked without importing them."""
    from core.devices import torch_installed

    try:
        return importlib.util.find_spec("peft") is not None and torch_installed()
    except (ImportError, ValueError):
        return False


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
    """One training run to drive from a worker: iterate it for :class:`core.training.TrainProgress`
    records; ``stop()`` asks the trainer to stop at its next step (it keeps a checkpoint to resume
    from); ``result`` is the :class:`core.training.TrainResult` once iteration ends."""

    def __init__(self, dataset: str | None, config, resume_run_id: int | None = None, model: str | None = None) -> None:
        self.dataset = dataset
        self.config = config
        self.resume_run_id = resume_run_id
        self.model = model
        self.stop_event = threading.Event()
        self.result = None

    def stop(self) -> None:
        self.stop_event.set()

    def __iter__(self) -> Iterator:
        from core.training import train

        lower_thread_priority()
        if self.resume_run_id is not None:
            generator = train(config=self.config, stop=self.stop_event.is_set, resume=self.resume_run_id)
        else:
            generator = train(dataset=self.dataset, config=self.config, stop=self.stop_event.is_set, model=self.model)
        try:
            self.result = yield from generator
        finally:
            generator.close()  # the trainer saves a checkpoint when closed early
