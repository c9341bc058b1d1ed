"""Pick the backend and device for a request, and say why.

Policy for ``auto``, in order:

1. an explicit choice (per request or per action) wins: reason "requested";
2. while a fine-tune holds the GPU, llama.cpp on the CPU: "GPU busy with fine-tuning";
3. torch on CUDA when a device is present, has enough free memory for the model, and
   transformers can load the model;
4. otherwise llama.cpp on the CPU when the model has a GGUF file ("no CUDA device",
   "not enough free GPU memory ...", "transformers cannot load ...");
5. otherwise torch on the CPU: "model has no GGUF file; <why not the GPU>".

The torch backend asks :func:`core.devices.torch_device` for its device too, so the device a route
names is the device the model is loaded on. Nothing here imports torch unless an NVIDIA driver is
present (see :mod:`core.devices`). Each reason is a :class:`~core.notes.Note` (a code, its
parameters and the English text), so the desktop can show it in the interface's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core import devices
from core.backends.base import backend_info, backend_names
from core.errors import BadInputError, ModelError
from core.models import ModelEntry
from core.notes import Note, note

AUTO = "auto"
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

REQUESTED = note("requested", "requested")
GPU_BUSY = note("gpu_busy", "GPU busy with fine-tuning")


@dataclass(frozen=True)
class Route:
    """Which backend runs a model, on which device, and why (``reason``: English text; ``code``
    and ``params``: the same reason for the desktop to translate)."""

    backend: str
    device: str
    reason: str
    code: str = field(default="text", compare=False)
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def because(cls, backend: str, device: str, why: Note) -> Route:
        return cls(backend, device, why.text, why.code, dict(why.params))

    @property
    def why(self) -> Note:
        return Note(self.code, self.reason, dict(self.params))


# Held while a fine-tune uses the GPU, so actions go to the CPU instead of waiting.
gpu_lease = devices.gpu_lease


# -- what a model needs ---------------------------------------------------------------------------


def _norm(architecture: str) -> str:
    return architecture.lower().replace("_", "").replace("-", "")


def _gguf_architecture(model: ModelEntry) -> str:
    from core.gguf_check import inspect_gguf

    return inspect_gguf(model.path).architecture


def transformers_can_load(model: ModelEntry) -> tuple[bool, Note | None]:
    """Whether transformers can load ``model``, and if not, why."""
    if model.format != "gguf":
        return True, None
    try:
        architecture = _gguf_architecture(model)
    except ModelError as exc:
        return False, note("model_unreadable", "{error}", error=str(exc))
    if _norm(architecture) in TRANSFORMERS_GGUF_ARCHITECTURES:
        return True, None
    return False, note("transformers_architecture", "transformers cannot load GGUF architecture {architecture!r}",
                       architecture=architecture)


def runnable_backends(model: ModelEntry) -> list[str]:
    """The registered backends that can run ``model`` (for ``models list``)."""
    names = []
    for name in model.backends:
        if name == "remote":
            names.append(name)
            continue
        if name == "torch" and not (devices.torch_installed() and transformers_can_load(model)[0]):
            continue
        names.append(name)
    return names


# -- the decision --------------------------------------------------------------------------------


#: How an endpoint was chosen (the layer of core.run.settle that named it), for the route's reason.
CHOSEN_VIA = {
    "request": "chosen for this run",
    "action": "chosen in this action's settings",
    "preferences": "chosen in Preferences",
    "default": "the default model",
}


def remote_reason(name: str, chosen_by: str = "request") -> Note:
    """The reason of a remote route: the user chose the endpoint, and how."""
    via = CHOSEN_VIA.get(chosen_by, CHOSEN_VIA["request"])
    return note("remote_endpoint", "remote endpoint {name} ({via})", name=name, via=via, via_code=chosen_by)


def choose(model: ModelEntry, requested: str = AUTO, chosen_by: str = "request") -> Route:
    """Decide which backend runs ``model``; raise :class:`BadInputError` for impossible requests.

    An endpoint (format "remote") always runs on its server and nothing else ever goes there:
    remote is never a fallback. ``chosen_by`` says how the model was chosen, for that reason."""
    if model.format == "remote":
        if requested not in (AUTO, "remote"):
            raise BadInputError(f"{model.name} is a remote endpoint, which its server runs; leave out --backend {requested}")
        return Route.because("remote", model.path, remote_reason(model.name, chosen_by))
    if requested != AUTO:
        return _requested(model, requested)

    if model.format == "gguf" and gpu_lease.busy:
        return Route.because("llama.cpp", "cpu", GPU_BUSY)
    cuda = devices.cuda_status(refresh=True)
    if model.format == "gguf":
        if not cuda.available:
            return Route.because("llama.cpp", "cpu", cuda.why_not)
        loadable, why_not = transformers_can_load(model)
        if not loadable:
            return Route.because("llama.cpp", "cpu", why_not)
    device, why_cpu = devices.placement(model, cuda)
    if why_cpu is None:
        free = devices.gb(devices.gpu_free_bytes(cuda))
        return Route.because("torch", device, note("cuda_room", "CUDA device {name} has {free} free", name=cuda.name, free=free))
    if model.format == "gguf":
        return Route.because("llama.cpp", "cpu", why_cpu)
    return Route.because(
        "torch", "cpu",
        note("no_gguf_cpu", "model has no GGUF file; {why}, so on the CPU", why=why_cpu.text, why_code=why_cpu.code,
             why_params=dict(why_cpu.params)),
    )  # fmt: skip


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
            raise BadInputError(f"{why_not.text} ({model.name}); use --backend llama.cpp")
        device, _why_cpu = devices.torch_device(model)
        return Route.because("torch", device, REQUESTED)
    return Route.because(requested, "cpu", REQUESTED)


def valid_choices() -> list[str]:
    return [AUTO, *backend_names()]
