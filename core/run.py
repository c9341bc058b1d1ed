"""One path for a run: what a request asks for, how it is prepared, what it produced, and how it
is recorded. The CLI, the engine, the app's warm-up and the Preferences' "why this backend"
preview all prepare through :func:`prepare`; the CLI and the app record through
:func:`record_run`, finished, cancelled and failed runs alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from core import decoding, router
from core.adapters import resolve_adapter
from core.models import ModelEntry, resolve_model, validate_entry
from core.notes import Note, note

if TYPE_CHECKING:
    from sqlite_utils import Database


#: Settings a run can take from its request, the action's settings or the front end's preferences.
SETTING_NAMES = ("model", "backend", "adapter", "few_shot", *decoding.SETTINGS)
#: What "no adapter" is spelled as, to override an adapter an action's settings name.
NO_ADAPTER = "none"


@dataclass
class ActionRequest:
    """One action to run. Settings left None are chosen by :func:`settle`: the action's own
    settings (the database's per-action settings), then ``fallback`` (the app's preferences),
    then the built-in defaults."""

    action: str
    text: str
    options: dict[str, str | None] = field(default_factory=dict)
    model: str | None = None
    backend: str | None = None
    adapter: str | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    repeat_penalty: float | None = None
    num_beams: int | None = None
    #: Earlier kept results shown as examples (core.few_shot); 0 turns them off.
    few_shot: int | None = None
    #: A prompt profile by name (core.profiles) instead of the one the model's family gets.
    profile: str | None = None
    #: Run on this computer even where the settings choose a remote endpoint ("re-run locally").
    local: bool = False
    seed: int | None = None
    #: General preferences of the front end, by the names in :data:`SETTING_NAMES`.
    fallback: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    """What a run uses, once the request, the action's settings, the prompt profile and the
    preferences are settled."""

    model: str | None
    backend: str
    adapter: str | None
    temperature: float
    top_p: float
    top_k: int
    min_p: float
    repeat_penalty: float
    max_tokens: int | None
    num_beams: int
    few_shot: int
    #: Which layer each setting came from: "request", "action", "profile", "preferences" or "default".
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    def described(self) -> dict[str, dict[str, Any]]:
        """Each decoding setting and the few-shot count, with the layer it came from."""
        return {name: {"value": getattr(self, name), "from": self.sources.get(name, "default")} for name in decoding.RANGED}


#: The layers of :func:`settle`, most specific first.
LAYERS = ("request", "action", "profile", "preferences", "default")

_BUILT_IN = {"backend": router.AUTO, "few_shot": decoding.FEW_SHOT.default, **{name: s.default for name, s in decoding.SETTINGS.items()}}


def settle(request: ActionRequest, action_settings: dict[str, Any] | None = None,
           profile_decoding: dict[str, Any] | None = None) -> Settings:
    """For each setting: the request's value, else the action's setting, else the model's prompt
    profile (:mod:`core.profiles`, decoding only), else the request's fallback (preferences),
    else the built-in default."""
    layers = (
        {name: getattr(request, name) for name in SETTING_NAMES},
        action_settings or {},
        profile_decoding or {},
        request.fallback,
        _BUILT_IN,
    )
    chosen: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name in SETTING_NAMES:
        found = next(((value, source) for layer, source in zip(layers, LAYERS) if (value := layer.get(name)) not in (None, "")), None)
        chosen[name], sources[name] = found if found else (None, "default")
    if chosen["adapter"] == NO_ADAPTER:
        chosen["adapter"] = None
    return Settings(**chosen, sources=sources)


def read_action_settings(action: str) -> tuple[dict[str, Any], str | None]:
    """The per-action settings of ``action`` and, when the database could not be read, why (the
    run goes on with the other layers)."""
    import sqlite3

    from core.errors import InkstoneError
    from core.storage.action_settings import get_action_settings

    try:
        return get_action_settings(action), None
    except (InkstoneError, sqlite3.Error) as exc:
        return {}, str(exc)


@dataclass
class ActionResult:
    """What a run produced. Its fields are exactly what history records about a run."""

    action: str
    options: dict[str, str]
    input: str
    output: str
    model: str | None
    backend: str | None
    device: str | None
    reason: str | None
    adapter: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    ttft_s: float | None
    tokens_per_s: float | None
    elapsed_s: float | None
    chunks: int | None
    finish_reason: str
    notes: list[Note] = field(default_factory=list)
    #: The instruction the prompt carried (kept with the entry, so datasets never re-derive it).
    instruction: str | None = None
    #: Why the run failed (``finish_reason`` is then "error").
    error: str | None = None
    #: ``reason`` as a code with parameters (see :class:`core.notes.Note`).
    reason_code: str | None = None
    reason_params: dict[str, Any] = field(default_factory=dict)
    #: The prompt profile the run used (:mod:`core.profiles`).
    profile: str | None = None
    #: History entries the prompt showed the model as examples of the user's own results.
    few_shot_ids: list[int] = field(default_factory=list)
    #: The decoding the run used, each as ``{"value": ..., "from": layer}`` (see :data:`LAYERS`).
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Prepared:
    """A request's model, where it runs and why, and the adapter file or folder that backend loads."""

    model: ModelEntry
    route: router.Route
    adapter_path: str | None
    #: What the preparation changed and the user should know (an adapter left off, ...).
    notes: tuple[Note, ...] = ()


def prepare(
    model: str | None = None,
    backend: str = router.AUTO,
    adapter: str | None = None,
    beams: int = 1,
    sources: dict[str, str] | None = None,
    local: bool = False,
) -> Prepared:
    """Resolve the model (a name, an endpoint, a path, or None for the default), check its files,
    route it and resolve the adapter for that route. Beam search (``beams`` > 1) runs on torch,
    where transformers provides it. Raises an :class:`~core.errors.InkstoneError` with one line on
    anything the user must fix.

    ``sources`` says which layer of :func:`settle` gave each setting (default: all given for this
    run); ``local`` runs on this computer where the settings name a remote endpoint."""
    sources = sources or {}
    notes: list[Note] = []
    entry = resolve_model(model or None)
    if local and entry.format == "remote":
        notes.append(note("run_locally", "run on this computer instead of remote endpoint {name}", name=entry.name))
        entry = resolve_model(_local_default())
        backend = router.AUTO if backend == "remote" else backend
    validate_entry(entry)
    backend = _backend_for(entry, backend, sources)
    if beams > 1:
        route = _beam_route(entry, backend, beams)
    else:
        route = router.choose(entry, backend, sources.get("model", "request"))
    if route.backend == "remote" and adapter:
        if sources.get("adapter", "request") == "request":
            from core.errors import BadInputError

            raise BadInputError(
                f"{entry.name} is a remote endpoint: its server applies adapters, not Inkstone; serve the adapter there "
                "(inkstone-cli adapters export) and add it as an endpoint, or leave --adapter out"
            )
        notes.append(note("remote_adapter_unused", "adapter {adapter} is not applied on remote endpoint {name}; its server "
                          "would have to serve it", adapter=adapter, name=entry.name))
        adapter = None
    return Prepared(entry, route, resolve_adapter(adapter, entry, route.backend), tuple(notes))


def _backend_for(entry: ModelEntry, backend: str, sources: dict[str, str]) -> str:
    """A backend from the settings (Preferences' Backend menu, an action's setting) is for local
    models: it does not apply to an endpoint, nor "remote" to a local model. One asked for this run
    is kept, and the router refuses an impossible pair."""
    remote = entry.format == "remote"
    if backend in (router.AUTO, None) or (backend == "remote") == remote:
        return backend or router.AUTO
    return backend if sources.get("backend", "request") == "request" else router.AUTO


def _local_default() -> str | None:
    """The default model if it is on this computer, else the first local model (the bundled one)."""
    from core.models import list_models

    models = list_models()
    chosen = next((m for m in models if m.default and m.format != "remote"), None)
    chosen = chosen or next((m for m in models if m.format != "remote"), None)
    return chosen.name if chosen else None


def _beam_route(entry: ModelEntry, backend: str, beams: int) -> router.Route:
    """Beam search runs on torch (llama.cpp has none): asked on llama.cpp, the run moves to torch
    when torch can run the model, and says so; otherwise a one-line reason why not."""
    from core.errors import BadInputError

    if backend == "remote" or entry.format == "remote":
        raise BadInputError("beam search (--num-beams) runs on this computer's torch backend, not on a remote endpoint; "
                            "use --local, or leave --num-beams out")
    if "torch" not in router.runnable_backends(entry):
        why = router.transformers_can_load(entry)[1]
        detail = why.text if why else "PyTorch and transformers are not installed"
        raise BadInputError(f"beam search (--num-beams) needs the torch backend, which cannot run {entry.name}: {detail}")
    device = router.choose(entry, "torch").device
    if backend == "llama.cpp":
        why = note("beam_search_moved", "beam search over {beams} beams runs on PyTorch: llama.cpp has none", beams=beams)
    else:
        why = note("beam_search", "beam search over {beams} beams runs on PyTorch", beams=beams)
    return router.Route.because("torch", device, why)


def failed_result(
    request: ActionRequest,
    error: str,
    route: router.Route | None = None,
    partial: str = "",
    model: str | None = None,
    instruction: str | None = None,
    profile: str | None = None,
) -> ActionResult:
    """The result of a run that failed, with whatever it had produced so far."""
    return ActionResult(
        action=request.action,
        options={k: v for k, v in request.options.items() if v},
        input=request.text,
        output=partial.strip(),
        model=model or request.model,
        backend=route.backend if route else None,
        device=route.device if route else None,
        reason=route.reason if route else None,
        adapter=request.adapter,
        prompt_tokens=None,
        completion_tokens=None,
        ttft_s=None,
        tokens_per_s=None,
        elapsed_s=None,
        chunks=None,
        finish_reason="error",
        instruction=instruction,
        error=error,
        reason_code=route.why.code if route else None,
        reason_params=dict(route.why.params) if route else {},
        profile=profile,
    )


def record_run(
    result: ActionResult,
    outcome: str,
    document: str | None = None,
    final_text: str | None = None,
    db: Database | None = None,
) -> int | None:
    """Record ``result`` in history with the user's ``outcome``; the new entry's id, or None when
    history is turned off. ``document``: the file the text came from, if any."""
    from core.storage.history import record

    return record(**result.to_dict(), outcome=outcome, document=document, final_text=final_text, db=db)
