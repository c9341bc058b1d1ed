"""Pick the backend and device for a request, and say why.

Policy for ``auto``, in order:

1. an explicit choice (per request or per action) wins: reason "requested";
2. a model without a GGUF file can only run on torch: reason "model has no GGUF file";
3. while a fine-tune holds the GPU, llama.cpp on the CPU: "GPU busy with fine-tuning";
4. torch on CUDA when a device is present with enough free memory for the model;
5. otherwise llama.cpp on the CPU ("no CUDA device", "not enough free GPU memory ...").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from core.backends.base import backend_info, backend_names
from core.devices import cuda_status
from core.errors import BadInputError
from core.models import ModelEntry

AUTO = "auto"
# Weights plus activations and KV cache: a float16 copy of the file's weights times this factor.
_GPU_HEADROOM = 1.5


@dataclass(frozen=True)
class Route:
    backend: str
    device: str
    reason: str


class _GpuLease:
    """Set while a fine-tune holds the GPU, so actions go to the CPU instead of waiting."""

    def __init__(self) -> None:
        self._holders = 0
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            self._holders += 1

    def release(self) -> None:
        with self._lock:
            self._holders = max(0, self._holders - 1)

    @property
    def busy(self) -> bool:
        return self._holders > 0


gpu_lease = _GpuLease()


def model_bytes(model: ModelEntry) -> int:
    path = Path(model.path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.glob("*.safetensors"))


def gpu_bytes_needed(model: ModelEntry) -> int:
    """Rough GPU memory the model needs in half precision (GGUF files are dequantized)."""
    size = model_bytes(model)
    if model.format == "gguf":
        # Quantized weights take ~4.5 bits each; dequantized to 16 bits they grow ~3.5x.
        size = int(size * 3.5)
    return int(size * _GPU_HEADROOM)


def choose(model: ModelEntry, requested: str = AUTO) -> Route:
    """Decide which backend runs ``model``; raise :class:`BadInputError` for impossible requests."""
    if requested != AUTO:
        backend_info(requested)  # unknown name -> error listing the valid ones
        if model.format not in backend_info(requested).formats:
            raise BadInputError(
                f"the {requested} backend cannot run {model.name} ({model.format} model); "
                f"use --backend {' or '.join(model.backends)}"
            )
        if requested == "torch":
            return Route("torch", cuda_status().device, "requested")
        return Route(requested, "cpu", "requested")

    if model.format != "gguf":
        cuda = cuda_status()
        reason = "model has no GGUF file" + ("" if cuda.available else "; no CUDA device, so on the CPU")
        return Route("torch", cuda.device, reason)
    if gpu_lease.busy:
        return Route("llama.cpp", "cpu", "GPU busy with fine-tuning")
    cuda = cuda_status(refresh=True)
    if not cuda.available:
        return Route("llama.cpp", "cpu", cuda.reason or "no CUDA device")
    needed = gpu_bytes_needed(model)
    if cuda.free_bytes < needed:
        return Route(
            "llama.cpp",
            "cpu",
            f"not enough free GPU memory ({cuda.free_bytes / 2**30:.1f} GB free, ~{needed / 2**30:.1f} GB needed)",
        )
    return Route("torch", cuda.device, f"CUDA device {cuda.name} has {cuda.free_bytes / 2**30:.1f} GB free")


def valid_choices() -> list[str]:
    return [AUTO, *backend_names()]
