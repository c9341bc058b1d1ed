"""Fine-tuning on personal datasets (Qt-free; torch, transformers and peft load on first use).

Public API — see :mod:`core.training.runner` for how the desktop and the CLI drive it:

* :class:`TrainConfig` — every setting, with help text in each field's metadata; ``method`` is
  ``lora`` (an adapter) or ``full`` (every weight of a small model, a new model; :mod:`.full`);
* :func:`train` — generator of :class:`TrainProgress` records; returns a :class:`TrainResult`;
* :mod:`core.training.continual` — the adapter in use keeps learning from kept results
  (count, update with replay, forgetting check, roll back);
* :func:`export_gguf_adapter` — PEFT adapter folder to a llama.cpp GGUF LoRA file;
* :func:`gpu_check_steps` — a few steps on the GPU for ``tests/gpu_check.py``.
"""

from core.training.config import TrainConfig
from core.training.errors import (
    ChatFormatError,
    DatasetTooSmallError,
    DiskFullError,
    NothingToResumeError,
    TrainingError,
    TrainingOutOfMemoryError,
)
from core.training.export_gguf import export_gguf_adapter
from core.training.loop import TrainProgress, lr_at
from core.training.runner import TrainResult, train
from core.training.smoke import gpu_check_steps

__all__ = [
    "ChatFormatError",
    "DatasetTooSmallError",
    "DiskFullError",
    "NothingToResumeError",
    "TrainConfig",
    "TrainProgress",
    "TrainResult",
    "TrainingError",
    "TrainingOutOfMemoryError",
    "export_gguf_adapter",
    "gpu_check_steps",
    "lr_at",
    "train",
]
