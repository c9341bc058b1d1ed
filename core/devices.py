"""CUDA device detection: the one seam tests may simulate.

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

    @property
    def device(self) -> str:
        return "cuda:0" if self.available else "cpu"


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
        return CudaStatus(False, reason="CUDA disabled by INKSTONE_DISABLE_CUDA")
    if not _driver_present():
        return CudaStatus(False, reason="no CUDA device")
    try:
        import torch
    except ImportError:
        return CudaStatus(False, reason="PyTorch is not installed")
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


MAX_CONTEXT_ENV = "INKSTONE_MAX_CONTEXT"


def max_context_setting(default: int) -> int:
    """The cap on a model's context window: ``INKSTONE_MAX_CONTEXT`` (a whole number of tokens,
    at least 256), else ``default``. A value that is not one is a one-line error, not a traceback."""
    raw = os.environ.get(MAX_CONTEXT_ENV, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value < 256:
        from core.errors import BadInputError, printable

        raise BadInputError(f"{MAX_CONTEXT_ENV} must be a whole number of tokens of at least 256 (such as 8192), not {printable(raw, 40)!r}")
    return value
