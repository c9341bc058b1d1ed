"""Writing actions, defined as data in ``resources/actions.toml`` plus the user's own file.

An :class:`Action` validates its options and renders chat messages; the model's chat template
(applied by the backend) turns those into the final prompt.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import BadInputError, UnknownNameError
from core.paths import data_dir, resources_dir

LONG_INPUT_MODES = ("map-reduce", "per-chunk", "tail")
USER_ACTIONS_FILE = "actions.toml"


@dataclass(frozen=True)
class Choice:
    text: str
    tokens: int | None = None
    ratio: float | None = None


@dataclass(frozen=True)
class Option:
    name: str
    kind: str  # "choice", "language" or "text"
    default: str | None = None
    choices: dict[str, Choice] = field(default_factory=dict)


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    prompt: str
    long_input: str = "per-chunk"
    output_tokens: int | None = 256
    output_ratio: float | None = None
    output_min: int = 32
    options: dict[str, Option] = field(default_factory=dict)
    instruction_prompt: str | None = None
    builtin: bool = True

    def resolve_options(self, given: dict[str, str | None], catalog: ActionCatalog) -> dict[str, str]:
        """Check ``given`` option values against this action; fill in defaults.

        Returns the values to render the prompt with (languages resolved to their prompt names).
        """
        values: dict[str, str] = {}
        for key, value in given.items():
            if value is None or value == "":
                continue
            if key == "instruction":
                if not self.instruction_prompt:
                    raise BadInputError(f"the {self.name} action takes no free-form instruction")
                values["instruction"] = value.strip().rstrip(".")
                continue
            if key not in self.options:
                valid = ", ".join(self.options) or "none"
                raise BadInputError(f"the {self.name} action has no {key!r} option (its options: {valid})")
            option = self.options[key]
            if option.kind == "choice" and value not in option.choices:
                raise UnknownNameError(key, value, list(option.choices))
            if option.kind == "language":
                value = catalog.language(value)
            values[key] = value
        for option in self.options.values():
            if option.name not in values and option.default is not None:
                values[option.name] = catalog.language(option.default) if option.kind == "language" else option.default
        return values

    def instruction(self, values: dict[str, str]) -> str:
        """The instruction text for these option values."""
        if "instruction" in values:
            template = self.instruction_prompt or self.prompt
        else:
            template = self.prompt
        rendered = {}
        for key, value in values.items():
            option = self.options.get(key)
            rendered[key] = option.choices[value].text if option and option.kind == "choice" else value
        # Only known {name} fields are filled, so a brace in a user's template is left alone.
        return re.sub(r"\{([a-z_]+)\}", lambda m: rendered.get(m.group(1), m.group(0)), template)

    def messages(self, text: str, values: dict[str, str], system_prompt: str, instruction: str | None = None) -> list[dict[str, str]]:
        """Chat messages asking the model to apply this action to ``text``."""
        instruction = instruction or self.instruction(values)
        return [
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": f"{instruction}\n\n{text}"},
        ]

    def output_budget(self, values: dict[str, str], input_tokens: int) -> int:
        """Tokens to allow for the answer to an input of ``input_tokens`` tokens."""
        tokens, ratio = self.output_tokens, self.output_ratio
        for key, value in values.items():
            option = self.options.get(key)
            if option and option.kind == "choice":
                choice = option.choices[value]
                if choice.tokens is not None:
                    tokens, ratio = choice.tokens, None
                if choice.ratio is not None:
                    ratio = choice.ratio
        if ratio is not None:
            return max(self.output_min, int(input_tokens * ratio) + 16)
        return tokens or 256


@dataclass
class ActionCatalog:
    system_prompt: str
    map_prompt: str
    actions: dict[str, Action]
    languages: dict[str, str]  # lower-case name or alias -> prompt name
    language_names: list[str]

    def get(self, name: str) -> Action:
        try:
            return self.actions[name]
        except KeyError:
            raise UnknownNameError("action", name, list(self.actions)) from None

    def language(self, name: str) -> str:
        key = name.strip().lower()
        if key in self.languages:
            return self.languages[key]
        raise UnknownNameError("language", name, self.language_names)


def _parse_action(name: str, raw: dict, builtin: bool, source: str) -> Action:
    prompt = raw.get("prompt") or raw.get("instruction")
    if not isinstance(prompt, str) or not prompt.strip():
        raise BadInputError(f"action {name!r} in {source} needs an 'instruction' (or 'prompt') text")
    long_input = raw.get("long_input", "per-chunk")
    if long_input not in LONG_INPUT_MODES:
        raise BadInputError(f"action {name!r} in {source}: long_input must be one of {', '.join(LONG_INPUT_MODES)}")
    output = raw.get("output", {"tokens": 256})
    options = {}
    for opt_name, opt in raw.get("options", {}).items():
        choices = {key: Choice(**value) for key, value in opt.get("choices", {}).items()}
        kind = opt.get("kind", "choice" if choices else "text")
        options[opt_name] = Option(opt_name, kind, opt.get("default"), choices)
    return Action(
        name=name,
        label=raw.get("label", name.replace("-", " ").capitalize()),
        prompt=prompt.strip(),
        long_input=long_input,
        output_tokens=output.get("tokens"),
        output_ratio=output.get("ratio"),
        output_min=output.get("min", 32),
        options=options,
        instruction_prompt=raw.get("instruction_prompt"),
        builtin=builtin,
    )


def user_actions_path() -> Path:
    return data_dir() / USER_ACTIONS_FILE


def load_catalog(user_file: Path | None = None) -> ActionCatalog:
    """Load the built-in actions and the user's own (``<data dir>/actions.toml``)."""
    builtin_file = resources_dir() / "actions.toml"
    with builtin_file.open("rb") as handle:
        data = tomllib.load(handle)
    actions = {name: _parse_action(name, raw, True, builtin_file.name) for name, raw in data["actions"].items()}
    languages: dict[str, str] = {}
    for prompt_name, aliases in data["languages"].items():
        languages[prompt_name.lower()] = prompt_name
        for alias in aliases:
            languages[alias.lower()] = prompt_name
    user_file = user_file or user_actions_path()
    if user_file.is_file():
        try:
            with user_file.open("rb") as handle:
                user_data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise BadInputError(f"your actions file {user_file} is not valid TOML: {exc}") from None
        for name, raw in user_data.get("actions", {}).items():
            if name in actions and actions[name].builtin:
                raise BadInputError(f"your actions file {user_file} redefines the built-in action {name!r}; rename it")
            if not isinstance(raw, dict):
                raise BadInputError(f"action {name!r} in {user_file} must be a table")
            actions[name] = _parse_action(name, raw, False, str(user_file))
    return ActionCatalog(
        system_prompt=data["system_prompt"],
        map_prompt=data["map_prompt"],
        actions=actions,
        languages=languages,
        language_names=list(data["languages"]),
    )
