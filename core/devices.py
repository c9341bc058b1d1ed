"""Devices: CUDA detection (the one seam tests may simulate), whether a model fits on the GPU,
the leases that share the GPU and the CPU with fine-tuning, and CPU core counts.

``cuda_status()`` answers without importing torch when no NVIDIA driver is present, so the
llama.cpp path stays light; torch is only asked when a driver exists.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from core.notes import Note, note

if TYPE_CHECKING:
    from core.models import ModelEntry

# Beyond the half-precision weights: activations, KV cache of a few thousand tokens and the CUDA
# context. Measured on small models the fixed part dominates; on large ones the proportional part.
_GPU_FIXED_OVERHEAD = 768 * 2**20
_GPU_WEIGHT_FACTOR = 1.25


class Lease:
    """A count of holders of a shared device; ``with lease:`` holds it for a block."""

    def __init__(self) -> None:
        self._holders = 0
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            self._holders += 1

    def release(self) -> None:
        with self._lock:
            self._holders = max(0, self._holders - 1)

    def __enter__(self) -> "Lease":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    @property
    def busy(self) -> bool:
        return self._holders > 0


# Held while a fine-tune runs on the GPU: actions route to llama.cpp on the CPU meanwhile.
gpu_lease = Lease()
# Held while a fine-tune runs on the CPU: llama.cpp then runs fewer threads, because its
# spin-waiting threads slow down many times over when they compete with training for the cores.
cpu_lease = Lease()


@dataclass(frozen=True)
class CudaStatus:
    available: bool
    name: str = ""
    free_bytes: int = 0
    total_bytes: int = 0
    reason: str = ""  # why not available
    reason_code: str = "no_cuda"

    @property
    def device(self) -> str:
        return "cuda:0" if self.available else "cpu"

    @property
    def why_not(self) -> Note:
        """Why there is no usable CUDA device, as a note."""
        return Note(self.reason_code, self.reason or "no CUDA device")


def _driver_present() -> bool:
    if os.path.exists("/proc/driver/nvidia/version"):
        return True
    name = ctypes.util.find_library("cuda") or ctypes.util.find_library("nvcuda")
    if not name:
        return False
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


@lru_cache(maxsize=1)
def _probe() -> CudaStatus:
    if os.environ.get("INKSTONE_DISABLE_CUDA") == "1":
        return CudaStatus(False, reason="CUDA disabled by INKSTONE_DISABLE_CUDA", reason_code="cuda_disabled")
    if not _driver_present():
        return CudaStatus(False, reason="no CUDA device")
    try:
        import torch
    except ImportError:
        return CudaStatus(False, reason="PyTorch is not installed", reason_code="torch_missing")
    if not torch.cuda.is_available():
        return CudaStatus(False, reason="no CUDA device")
    free, total = torch.cuda.mem_get_info(0)
    return CudaStatus(True, torch.cuda.get_device_name(0), int(free), int(total))


def cuda_status(refresh: bool = False) -> CudaStatus:
    """Whether a CUDA device is usable, and its free memory (re-read when ``refresh``)."""
    status = _probe()
    if status.available and refresh:
        import torch

        free, total = torch.cuda.mem_get_info(0)
        status = CudaStatus(True, status.name, int(free), int(total))
    return status


_resident_gpu_bytes = 0


def set_resident_gpu_bytes(count: int) -> None:
    """Record how much GPU memory Inkstone's own loaded model holds (0 once it is closed).

    The free-memory check counts it as available: the torch backend closes its current model
    before loading the next, so a model already on the GPU never blocks its own route there.
    """
    global _resident_gpu_bytes
    _resident_gpu_bytes = max(0, int(count))


def resident_gpu_bytes() -> int:
    return _resident_gpu_bytes


def gpu_bytes_needed(model: ModelEntry) -> int:
    """Rough GPU memory ``model`` needs in half precision (GGUF weights are dequantized)."""
    from core.models.size import model_bytes, model_parameters

    params = model_parameters(model)
    if params is not None:
        weights = params * 2
    else:
        # Unreadable header: assume ~4.5-bit GGUF weights growing to 16 bits, or fp32 safetensors.
        weights = int(model_bytes(model) * (3.5 if model.format == "gguf" else 0.5))
    return int(weights * _GPU_WEIGHT_FACTOR) + _GPU_FIXED_OVERHEAD


def gb(count: int) -> str:
    return f"{count / 2**30:.1f} GB"


def gpu_free_bytes(cuda: CudaStatus) -> int:
    """Free GPU memory, counting our own loaded model as free: the torch backend closes its
    current model before loading the next, so it never blocks its own route there."""
    return cuda.free_bytes + resident_gpu_bytes()


def placement(model: ModelEntry, cuda: CudaStatus) -> tuple[str, Note | None]:
    """Where torch should run ``model`` given ``cuda``: ``(device, None)`` on the GPU, or
    ``("cpu", why not the GPU)``."""
    if not cuda.available:
        return "cpu", cuda.why_not
    if gpu_lease.busy:
        return "cpu", note("gpu_busy", "GPU busy with fine-tuning")
    needed = gpu_bytes_needed(model)
    free = gpu_free_bytes(cuda)
    if free < needed:
        return "cpu", note("gpu_memory_short", "not enough free GPU memory ({free} free, ~{needed} needed)",
                           free=gb(free), needed=gb(needed))
    return cuda.device, None


def torch_device(model: ModelEntry) -> tuple[str, Note | None]:
    """Where torch should run ``model`` now (see :func:`placement`)."""
    return placement(model, cuda_status(refresh=True))


def torch_installed() -> bool:
    """Whether PyTorch and transformers are installed (the lite bundle has neither), without importing them."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("torch", "transformers"))


def physical_cores() -> int:
    """Physical CPU cores, the thread count llama.cpp runs best with."""
    try:
        import psutil

        cores = psutil.cpu_count(logical=False)
    except ImportError:
        cores = None
    if not cores:
        cores = os.cpu_count() or 1
    try:  # respect a CPU affinity mask (containers, taskset)
        cores = min(cores, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        pass
    return max(1, cores)
