"""Load the model in the background so the first action starts at once and the window never waits.

:func:`warm_up` is a core-style generator (no Qt) the window runs in a worker: it prepares the run
exactly as an action would (:func:`core.run.prepare`: model, route, adapter) and loads the model
into the shared backend pool.
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
    route: object = None  # core.router.Route (its code and parameters translate the reason)


def warm_up(model_name: str | None, backend: str, pool, adapter: str | None = None) -> Iterator[ModelState]:
    from core.run import prepare

    prepared = prepare(model_name, backend, adapter)
    model, route = prepared.model, prepared.route
    yield ModelState("routed", model.name, route.backend, route.device, route.reason, route)
    with pool.use(route.backend, model, prepared.adapter_path) as loaded:
        device = loaded.device
    yield ModelState("loaded", model.name, route.backend, device, route.reason, route)
