"""Load the model in the background so the first action starts at once and the window never waits.

:func:`warm_up` is a core-style generator (no Qt) the window runs in a worker: it resolves the
model, asks the router where it will run, and loads it into the shared backend pool.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class ModelState:
    stage: str  # "routed" (about to load) or "loaded"
    model: str
    backend: str
    device: str
    reason: str


def warm_up(model_name: str | None, backend: str, pool, adapter: str | None = None) -> Iterator[ModelState]:
    from core import router
    from core.adapters import resolve_adapter
    from core.models import resolve_model, validate_entry

    model = resolve_model(model_name or None)
    validate_entry(model)
    route = router.choose(model, backend)
    yield ModelState("routed", model.name, route.backend, route.device, route.reason)
    adapter_path = resolve_adapter(adapter, model, route.backend)
    with pool.use(route.backend, model, adapter_path) as loaded:
        device = loaded.device
    yield ModelState("loaded", model.name, route.backend, device, route.reason)
