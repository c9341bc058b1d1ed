"""Load the model in the background so the first action starts at once and the window never waits.

:func:`warm_up` is a core-style generator (no Qt) that :class:`ModelLoader` runs in a worker: it
prepares the run exactly as an action would (:func:`core.run.prepare`: model, route, adapter) and
loads the model into the shared backend pool.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Slot

from desktop import store
from desktop.workers import GeneratorWorker


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

    # All three come from the preferences: a Backend menu choice is for local models, and an
    # endpoint chosen there says so in its reason.
    prepared = prepare(model_name, backend, adapter, sources=dict.fromkeys(("model", "backend", "adapter"), "preferences"))
    model, route = prepared.model, prepared.route
    yield ModelState("routed", model.name, route.backend, route.device, route.reason, route)
    with pool.use(route.backend, model, prepared.adapter_path) as loaded:
        device = loaded.device
    yield ModelState("loaded", model.name, route.backend, device, route.reason, route)


class ModelLoader(QObject):
    """Loads the configured model for ``window`` in a worker and keeps the status bar current."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.state: ModelState | None = None
        self.loader: GeneratorWorker | None = None

    def update_status(self) -> None:
        window = self.window
        if self.state is not None:
            s = self.state
            window.status.show_model(s.model, s.backend, s.device, window.prefs.adapter or None)
        else:
            window.status.model_label.setText(window.prefs.model or self.tr("default model"))

    def load(self, reload: bool = False) -> GeneratorWorker | None:
        """Load the configured model in the background, showing a "loading model" state."""
        if self.loader is not None and not self.loader.done:
            return self.loader
        window = self.window
        prefs, pool = window.prefs, window.pool
        model, backend, adapter = prefs.model or None, prefs.backend, store.adapter_argument(prefs.adapter)
        if reload:
            self.state = None
        window.status.show_loading(model or self.tr("default model"))

        def work():
            if reload:
                pool.close()  # a new thread count or adapter takes effect on the next load
            yield from warm_up(model, backend, pool, adapter)

        worker = GeneratorWorker(work)
        worker.yielded.connect(self._on_state)
        # Bound methods only: PySide6 runs a lambda connected to a worker's signal in the worker's
        # thread, where it must not touch widgets.
        worker.finished.connect(self._on_loaded)
        worker.errored.connect(self._on_error)
        self.loader = worker
        window.workers.start(worker)
        return worker

    @Slot(object)
    def _on_state(self, state: ModelState) -> None:
        if state.stage == "routed":
            self.window.status.show_loading(f"{state.model} ({state.backend}, {state.device})")
        else:
            self.state = state
            self.update_status()

    @Slot(object)
    def _on_loaded(self, _value) -> None:
        self.update_status()

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.window.status.show_model_error(message)
        self.window.message_bar.error(self.tr("The model could not be loaded: {reason}").format(reason=message))
