"""Backends by name. Factories import their heavy libraries only when first used."""

from core.backends.base import (
    Backend,
    CancelToken,
    Generation,
    GenerationParams,
    GenerationStats,
    backend_info,
    backend_names,
    register_backend,
)


def _llamacpp() -> Backend:
    from core.backends.llamacpp import LlamaCppBackend

    return LlamaCppBackend()


def _torch() -> Backend:
    from core.backends.torch import TorchBackend

    return TorchBackend()


def _remote() -> Backend:
    from core.backends.remote import RemoteBackend

    return RemoteBackend()


register_backend("llama.cpp", ("gguf",), _llamacpp, "llama.cpp on the CPU")
register_backend("torch", ("gguf", "hf"), _torch, "PyTorch on CUDA")
# Endpoints (core.endpoints) are chosen as models; the Backend menu does not offer "remote".
register_backend("remote", ("remote",), _remote, "an OpenAI-compatible server", menu=False)

__all__ = [
    "Backend",
    "CancelToken",
    "Generation",
    "GenerationParams",
    "GenerationStats",
    "backend_info",
    "backend_names",
    "register_backend",
]
