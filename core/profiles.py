"""Prompt profiles: how each action's prompt is laid out for a family of models, and the decoding
that suits it (``resources/prompt_profiles.toml``).

Small models answer best in the shape they were trained on: SmolLM2's instruct data put a rewrite's
task in the system prompt and the text alone in the user turn, and it continues a text best as
plain text. Which shape suits which action was measured with tests/benchmarks/bench_quality.py, not
assumed (asking for a summary *after* the text looked better on one e-mail and was worse over the
set). A profile says, per action: the ``layout`` (``instruction-first``: instruction,
blank line, text; ``text-first``: text, blank line, instruction; ``system``: the instruction is
the system prompt and the text the whole user turn), an optional ``system`` prompt and
``instruction`` template (``{option}`` fields as in actions.toml), the ``mode`` (``chat``, or
``completion``: plain text continued without a chat template, for Continue) and ``decoding``
defaults.

An entry named ``ACTION.CHOICE`` (``rewrite.formal``) is laid over the action's own when that
choice is picked.

A model's profile is chosen in this order: its catalog entry, the GGUF metadata (name, base model,
architecture), a model folder's ``config.json``, else ``default``. The user's actions file can
override any of an action's fields (``[prompts.<action>]``).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.errors import BadInputError
from core.models import ModelEntry
from core.paths import resources_dir

LAYOUTS = ("instruction-first", "text-first", "system")
MODES = ("chat", "completion")
DECODING_KEYS = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty")
DEFAULT = "default"


@dataclass(frozen=True)
class ActionProfile:
    layout: str = "instruction-first"
    #: None: the app's system prompt (actions.toml); "": no system turn; else this text.
    system: str | None = None
    #: None: the action's own instruction; else this template.
    instruction: str | None = None
    mode: str = "chat"
    decoding: dict[str, float] = field(default_factory=dict)

    def merged(self, override: dict[str, Any], where: str) -> ActionProfile:
        """This profile with ``override``'s fields (checked like a profile file's); decoding
        values are merged one by one."""
        changes = _action_fields(override, where)
        if "decoding" in changes:
            changes["decoding"] = {**self.decoding, **changes["decoding"]}
        return replace(self, **changes)


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    match: tuple[str, ...]
    actions: dict[str, ActionProfile]
    #: Entries for one choice of an action ("rewrite.formal"), laid over the action's own.
    choices: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_action(self, action: str, values: dict[str, str] | None = None) -> ActionProfile:
        """How ``action`` is asked, with the option ``values`` chosen (a choice's own entry,
        such as ``rewrite.formal``, changes what it names)."""
        found = self.actions.get(action) or self.actions.get("*") or ActionProfile()
        for value in (values or {}).values():
            extra = self.choices.get(f"{action}.{value}")
            if extra is not None:
                found = found.merged(extra, f"profile {self.name!r}, {action}.{value}")
        return found


def _action_fields(raw: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise BadInputError(f"{where} must be a table")
    known = {f.name for f in fields(ActionProfile)}
    unknown = set(raw) - known
    if unknown:
        raise BadInputError(f"{where}: unknown setting {sorted(unknown)[0]!r}; settings: {', '.join(sorted(known))}")
    if raw.get("layout", LAYOUTS[0]) not in LAYOUTS:
        raise BadInputError(f"{where}: layout must be one of {', '.join(LAYOUTS)}")
    if raw.get("mode", MODES[0]) not in MODES:
        raise BadInputError(f"{where}: mode must be one of {', '.join(MODES)}")
    for key in ("system", "instruction"):
        if key in raw and not isinstance(raw[key], str):
            raise BadInputError(f"{where}: {key} must be text")
    decoding = raw.get("decoding", {})
    if not isinstance(decoding, dict) or any(k not in DECODING_KEYS or not isinstance(v, int | float) for k, v in decoding.items()):
        raise BadInputError(f"{where}: decoding takes numbers for {', '.join(DECODING_KEYS)}")
    return {**raw, "decoding": dict(decoding)} if "decoding" in raw else dict(raw)


def profiles_file() -> Path:
    return resources_dir() / "prompt_profiles.toml"


@lru_cache(maxsize=4)
def _load(path: str, stamp: int) -> dict[str, Profile]:
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    profiles = {}
    for name, raw in data.get("profiles", {}).items():
        actions, choices = {}, {}
        for action, entry in raw.get("actions", {}).items():
            checked = _action_fields(entry, f"profile {name!r}, action {action!r}")
            if "." in action:
                choices[action] = checked
            else:
                actions[action] = ActionProfile(**checked)
        match = tuple(m.lower() for m in raw.get("match", []))
        profiles[name] = Profile(name, raw.get("description", ""), match, actions, choices)
    if DEFAULT not in profiles:
        raise BadInputError(f"{path} has no {DEFAULT!r} profile; reinstall Inkstone")
    return profiles


def load_profiles() -> dict[str, Profile]:
    path = profiles_file()
    return _load(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=16)
def _gguf_words(path: str, stamp: tuple[int, int]) -> tuple[str, ...]:
    """The naming metadata of the GGUF file at ``path`` as it was at ``stamp`` (its size and
    modification time): read once, since parsing a header walks the whole vocabulary (~50 ms of
    Python for SmolLM2's, at the start of every run otherwise)."""
    from core.gguf_header import read_header

    header = read_header(path)
    keys = ["general.name", "general.basename", "general.finetune", "general.architecture"]
    keys += [k for k in header.metadata if k.startswith("general.base_model.") and k.endswith(".name")]
    return tuple(str(header.get(k)) for k in keys if header.get(k))


def _model_words(model: ModelEntry) -> list[str]:
    """What names a model's family: GGUF metadata, or a folder's config.json."""
    if model.format == "gguf":
        try:
            stat = Path(model.path).stat()
            return list(_gguf_words(str(model.path), (stat.st_size, stat.st_mtime_ns)))
        except Exception:  # noqa: BLE001 - an unreadable header is the validator's message, not ours
            return [model.name]
    try:
        config = json.loads((Path(model.path) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [model.name]
    words = [config.get("_name_or_path"), config.get("model_type"), *(config.get("architectures") or [])]
    return [str(w) for w in words if w]


def _catalog_profile(model: ModelEntry) -> str | None:
    """The profile the download catalog names for a model downloaded from it."""
    if model.origin != "download":
        return None
    try:
        from core.models.catalog import load_catalog
        from core.models.registry import model_record

        details = model_record(model.name).get("details") or {}
        for entry in load_catalog():
            if (entry.repo, entry.file) == (details.get("repo"), details.get("file")):
                return entry.profile
    except Exception:  # noqa: BLE001 - a damaged record falls back to the model's own metadata
        return None
    return None


def choose_profile(model: ModelEntry, name: str | None = None) -> tuple[Profile, str]:
    """The profile for ``model`` (or the one called ``name``) and where the choice came from."""
    profiles = load_profiles()
    if name:
        if name not in profiles:
            from core.errors import UnknownNameError

            raise UnknownNameError("prompt profile", name, list(profiles))
        return profiles[name], "requested"
    named = _catalog_profile(model)
    if named in profiles:
        return profiles[named], "catalog"
    words = " ".join(_model_words(model)).lower()
    for profile in profiles.values():
        if any(pattern in words for pattern in profile.match):
            return profile, "gguf metadata" if model.format == "gguf" else "config.json"
    return profiles[DEFAULT], "default"
