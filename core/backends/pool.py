"""Keeps one loaded model per backend and hands it out one request at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from core.backends.base import Backend, backend_info
from core.gc_freeze import loading_phase
from core.models import ModelEntry


class BackendPool:
    """One instance per backend name; a backend is reused while model and adapter stay the same,
    so llama.cpp keeps its KV cache and a shared prompt prefix is not recomputed."""

    def __init__(self) -> None:
        self._backends: dict[str, Backend] = {}
        self._guard = threading.Lock()

    def _instance(self, name: str) -> Backend:
        with self._guard:
            backend = self._backends.get(name)
            if backend is None:
                backend = backend_info(name).factory()
                self._backends[name] = backend
            return backend

    @contextmanager
    def use(self, name: str, model: ModelEntry, adapter: str | None = None) -> Iterator[Backend]:
        """Hold backend ``name`` with ``model`` loaded for the duration of the block."""
        backend = self._instance(name)
        with backend.lock:
            if not backend.is_loaded(model, adapter):
                backend.close()
                with loading_phase():  # the backend's libraries and the model stay loaded
                    backend.load(model, adapter)
            yield backend

    def loaded(self, name: str) -> Backend | None:
        return self._backends.get(name)

    def close(self) -> None:
        with self._guard:
            for backend in self._backends.values():
                with backend.lock:
                    backend.close()
            self._backends.clear()


_default_pool: BackendPool | None = None


def default_pool() -> BackendPool:
    global _default_pool
    if _default_pool is None:
        _default_pool = BackendPool()
    return _default_pool
