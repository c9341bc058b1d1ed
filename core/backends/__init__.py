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


register_backend("llama.cpp", ("gguf",), _llamacpp, "llama.cpp on the CPU")
register_backend("torch", ("gguf", "hf"), _torch, "PyTorch on CUDA")

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
