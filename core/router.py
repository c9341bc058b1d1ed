"""Pick the backend and device for a request, and say why.

Policy for ``auto``, in order:

1. an explicit choice (per request or per action) wins: reason "requested";
2. while a fine-tune holds the GPU, llama.cpp on the CPU: "GPU busy with fine-tuning";
3. torch on CUDA when a device is present, has enough free memory for the model, and
   transformers can load the model;
4. otherwise llama.cpp on the CPU when the model has a GGUF file ("no CUDA device",
   "not enough free GPU memory ...", "transformers cannot load ...");
5. otherwise torch on the CPU: "model has no GGUF file; <why not the GPU>".

The torch backend asks :func:`torch_device` for its device too, so the device a route names is
the device the model is loaded on. Nothing here imports torch unless an NVIDIA driver is present
(see :mod:`core.devices`).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.backends.base import backend_info, backend_names
from core import devices
from core.errors import BadInputError, ModelError
from core.models import ModelEntry

AUTO = "auto"
# Beyond the half-precision weights: activations, KV cache of a few thousand tokens and the CUDA
# context. Measured on small models the fixed part dominates; on large ones the proportional part.
_GPU_FIXED_OVERHEAD = 768 * 2**20
_GPU_WEIGHT_FACTOR = 1.25
# GGUF architectures transformers (5.x) can dequantize and load, in the GGUF's own spelling
# normalized by _norm(). tests/test_router.py checks this against the installed transformers, so
# `models list` can answer without importing it.
TRANSFORMERS_GGUF_ARCHITECTURES = frozenset(
    {
        "bloom", "deci", "falcon", "gemma2", "gemma3", "gemma4", "gpt2", "gptoss", "lfm2", "llama",
        "mamba", "minimaxm2", "mistral", "nemotron", "phi3", "qwen2", "qwen2moe", "qwen3", "qwen3moe",
        "stablelm", "starcoder2", "t5", "umt5",
    }
)  # fmt: skip

REASON_REQUESTED = "requested"
REASON_NO_GGUF = "model has no GGUF file"
REASON_GPU_BUSY = "GPU busy with fine-tuning"
REASON_NO_CUDA = "no CUDA device"


@dataclass(frozen=True)
class Route:
    backend: str
    device: str
    reason: str


# Held while a fine-tune uses the GPU, so actions go to the CPU instead of waiting.
gpu_lease = devices.gpu_lease


# -- what a model needs ---------------------------------------------------------------------------


def _norm(architecture: str) -> str:
    return architecture.lower().replace("_", "").replace("-", "")


def _gguf_architecture(model: ModelEntry) -> str:
    from core.gguf_check import inspect_gguf

    return inspect_gguf(model.path).architecture


def transformers_can_load(model: ModelEntry) -> tuple[bool, str]:
    """Whether transformers can load ``model``, and if not, why (one line)."""
    if model.format != "gguf":
        return True, ""
    try:
        architecture = _gguf_architecture(model)
    except ModelError as exc:
        return False, str(exc)
    if _norm(architecture) in TRANSFORMERS_GGUF_ARCHITECTURES:
        return True, ""
    return False, f"transformers cannot load GGUF architecture {architecture!r}"


def runnable_backends(model: ModelEntry) -> list[str]:
    """The registered backends that can run ``model`` (for ``models list``)."""
    names = []
    for name in model.backends:
        if name == "torch" and not (devices.torch_installed() and transformers_can_load(model)[0]):
            continue
        names.append(name)
    return names


def model_bytes(model: ModelEntry) -> int:
    path = Path(model.path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.glob("*.safetensors"))


def model_parameters(model: ModelEntry) -> int | None:
    """Parameter count from the GGUF tensor table or the safetensors headers (no weights read)."""
    path = Path(model.path)
    try:
        files = [path] if path.is_file() else sorted(path.glob("*.safetensors"))
        stamps = tuple((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    except OSError:
        return None
    return _count_parameters(model.format, stamps)


@lru_cache(maxsize=32)
def _count_parameters(fmt: str, stamps: tuple) -> int | None:
    try:
        if fmt == "gguf":
            return _gguf_parameters(stamps[0][0])
        total = 0
        for name, _size, _mtime in stamps:
            with open(name, "rb") as handle:
                (length,) = struct.unpack("<Q", handle.read(8))
                header = json.loads(handle.read(length))
            for key, info in header.items():
                if key != "__metadata__":
                    count = 1
                    for dim in info["shape"]:
                        count *= dim
                    total += count
        return total
    except (OSError, ValueError, KeyError, struct.error):
        return None


def _gguf_parameters(path: str) -> int:
    """Sum the tensor element counts in a GGUF header (no weights read)."""
    from core.gguf_header import read_header

    return sum(tensor.elements for tensor in read_header(path).tensors)


def gpu_bytes_needed(model: ModelEntry) -> int:
    """Rough GPU memory the model needs in half precision (GGUF weights are dequantized)."""
    params = model_parameters(model)
    if params is not None:
        weights = params * 2
    else:
        # Unreadable header: assume ~4.5-bit GGUF weights growing to 16 bits, or fp32 safetensors.
        weights = int(model_bytes(model) * (3.5 if model.format == "gguf" else 0.5))
    return int(weights * _GPU_WEIGHT_FACTOR) + _GPU_FIXED_OVERHEAD


def _gb(count: int) -> str:
    return f"{count / 2**30:.1f} GB"


def torch_device(model: ModelEntry) -> tuple[str, str]:
    """Where torch should run ``model`` now, and why not on the GPU when it is the CPU.

    Returns ``(device, "")`` for the GPU, ``("cpu", reason)`` otherwise.
    """
    return _placement(model, devices.cuda_status(refresh=True))


def _placement(model: ModelEntry, cuda: devices.CudaStatus) -> tuple[str, str]:
    if not cuda.available:
        return "cpu", cuda.reason or REASON_NO_CUDA
    if gpu_lease.busy:
        return "cpu", REASON_GPU_BUSY
    needed = gpu_bytes_needed(model)
    # Our own loaded model is closed before the next one loads, so its memory counts as free.
    free = cuda.free_bytes + devices.resident_gpu_bytes()
    if free < needed:
        return "cpu", f"not enough free GPU memory ({_gb(free)} free, ~{_gb(needed)} needed)"
    return cuda.device, ""


# -- the decision --------------------------------------------------------------------------------


def choose(model: ModelEntry, requested: str = AUTO) -> Route:
    """Decide which backend runs ``model``; raise :class:`BadInputError` for impossible requests."""
    if requested != AUTO:
        return _requested(model, requested)

    if model.format == "gguf" and gpu_lease.busy:
        return Route("llama.cpp", "cpu", REASON_GPU_BUSY)
    cuda = devices.cuda_status(refresh=True)
    if model.format == "gguf":
        if not cuda.available:
            return Route("llama.cpp", "cpu", cuda.reason or REASON_NO_CUDA)
        loadable, why_not = transformers_can_load(model)
        if not loadable:
            return Route("llama.cpp", "cpu", why_not)
    device, why_cpu = _placement(model, cuda)
    if device != "cpu":
        free = cuda.free_bytes + devices.resident_gpu_bytes()
        return Route("torch", device, f"CUDA device {cuda.name} has {_gb(free)} free")
    if model.format == "gguf":
        return Route("llama.cpp", "cpu", why_cpu)
    return Route("torch", "cpu", f"{REASON_NO_GGUF}; {why_cpu}, so on the CPU")


def _requested(model: ModelEntry, requested: str) -> Route:
    info = backend_info(requested)  # unknown name -> error listing the valid ones
    if model.format not in info.formats:
        raise BadInputError(
            f"the {requested} backend cannot run {model.name} ({model.format} model); "
            f"use --backend {' or '.join(runnable_backends(model))}"
        )
    if requested == "torch":
        loadable, why_not = transformers_can_load(model)
        if not loadable:
            raise BadInputError(f"{why_not} ({model.name}); use --backend llama.cpp")
        device, _why_cpu = torch_device(model)
        return Route("torch", device, REASON_REQUESTED)
    return Route(requested, "cpu", REASON_REQUESTED)


def valid_choices() -> list[str]:
    return [AUTO, *backend_names()]
