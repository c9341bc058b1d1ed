"""Writing actions, defined as data: the built-ins in ``resources/actions.toml``, the user's own
file (``<data dir>/actions.toml``) and the actions the user made in the app or with
``inkstone-cli actions add`` (rows kept in the database by :mod:`core.storage.user_actions`,
which reads them and hands them to :func:`load_catalog`; this module never opens the database).

An :class:`Action` validates its options and renders its instruction (:mod:`core.action_tables`
reads one from its table); :mod:`core.prompts` builds the chat messages from it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.decoding import MAX_OUTPUT_TOKENS
from core.errors import BadInputError, UnknownNameError, printable
from core.paths import data_dir, resources_dir
from core.stop_rules import StopRule

LONG_INPUT_MODES = ("map-reduce", "per-chunk", "tail")
USER_ACTIONS_FILE = "actions.toml"
#: Names of actions made in the app: what ``inkstone-cli run NAME`` can take without quoting.
ACTION_NAME_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
MAX_ACTION_NAME_LENGTH = 40
MAX_LABEL_LENGTH = 80


@dataclass(frozen=True)
class Choice:
    text: str
    tokens: int | None = None
    ratio: float | None = None
    #: What menus call this choice (the choice's key when not given).
    label: str | None = None
    #: Where an answer of this shape is complete (core.stop_rules), if the choice asks for one.
    stop: StopRule | None = None
    #: "light": only the answer's correction-sized changes to the text are kept (core.light_edits).
    edits: str | None = None


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
    #: Whether the answer stays in the input's language (core.answer_language); Translate: no.
    keep_language: bool = True
    #: Where an answer is complete (core.stop_rules); an option's choice can say otherwise.
    stop: StopRule | None = None
    #: What is left out around the answer (core.answer_framing): "all", "added" or None.
    framing: str | None = None
    #: "from-text": the answer writes only numbers of the text (core.number_guard); None: any.
    numbers: str | None = None
    builtin: bool = True
    source: str = "builtin"  # "builtin", "file" (the user's actions.toml) or "app" (the database)

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

    def instruction(self, values: dict[str, str], template: str | None = None) -> str:
        """The instruction text for these option values (from ``template`` instead of the
        action's own prompt when given; a free-form instruction the user typed always uses the
        action's instruction prompt)."""
        if "instruction" in values:
            template = self.instruction_prompt or self.prompt
        else:
            template = template or self.prompt
        rendered = {}
        for key, value in values.items():
            option = self.options.get(key)
            rendered[key] = option.choices[value].text if option and option.kind == "choice" else value
        # Only known {name} fields are filled, so a brace in a user's template is left alone.
        return re.sub(r"\{([a-z_]+)\}", lambda m: rendered.get(m.group(1), m.group(0)), template)

    def stop_rule(self, values: dict[str, str]) -> StopRule | None:
        """Where an answer for these option values is complete: the chosen choice's ``stop``, else
        the action's own (a free-form instruction may ask for any shape: none then)."""
        if "instruction" in values:
            return None
        for key, value in values.items():
            option = self.options.get(key)
            if option and option.kind == "choice" and value in option.choices and option.choices[value].stop:
                return option.choices[value].stop.under(self.stop)
        return self.stop

    def light_edits(self, values: dict[str, str]) -> bool:
        """Whether only correction-sized changes of the answer are kept (a chosen choice's
        ``edits = "light"``; never for a free-form instruction)."""
        return "instruction" not in values and any(
            option.kind == "choice" and values.get(name) in option.choices and option.choices[values[name]].edits == "light"
            for name, option in self.options.items()
        )

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
    #: Prompt name -> ISO 639-1 code, for checking what language an answer is in.
    language_codes: dict[str, str] = field(default_factory=dict)
    #: (menu text, prompt name) of the languages the app's Translate menu offers directly.
    menu_languages: list[tuple[str, str]] = field(default_factory=list)
    #: The user's changes to prompt profiles, per action (``[prompts.<action>]`` in their file).
    prompt_overrides: dict[str, dict] = field(default_factory=dict)
    #: "Answer in <language>" reminders by ISO code, in that language (core.answer_language).
    answer_in: dict[str, str] = field(default_factory=dict)
    answer_in_strict: dict[str, str] = field(default_factory=dict)
    #: Problems that did not stop the catalog from loading (an app action that clashes with
    #: another one and was left out, the database being unreadable), one line each.
    warnings: list[str] = field(default_factory=list)

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


def user_actions_path() -> Path:
    return data_dir() / USER_ACTIONS_FILE


def check_action_name(name: str) -> str:
    """``name`` stripped, or a :class:`BadInputError` saying what an action name may hold."""
    stripped = (name or "").strip()
    if not stripped:
        raise BadInputError("an action needs a name (lowercase letters, digits and hyphens, e.g. 'make-tweet')")
    if len(stripped) > MAX_ACTION_NAME_LENGTH:
        raise BadInputError(f"action names are at most {MAX_ACTION_NAME_LENGTH} characters")
    if not ACTION_NAME_RE.fullmatch(stripped):
        raise BadInputError(
            f"the action name {stripped!r} may only hold lowercase letters, digits and hyphens, "
            "and cannot start or end with a hyphen (e.g. 'make-tweet')"
        )
    return stripped


def check_output_tokens(tokens: int | None) -> int | None:
    """The longest answer an app action asks for: None (the default) or 1..MAX_OUTPUT_TOKENS."""
    if tokens is None:
        return None
    if isinstance(tokens, bool) or not isinstance(tokens, int) or not 1 <= tokens <= MAX_OUTPUT_TOKENS:
        raise BadInputError(f"the longest answer must be a whole number of tokens from 1 to {MAX_OUTPUT_TOKENS}")
    return tokens


def app_action_table(row: dict) -> dict:
    """A stored app action (see :mod:`core.storage.user_actions`) as the table an actions.toml
    entry would be, so that it is read and validated exactly like one."""
    raw: dict = {"instruction": row.get("instruction")}
    if row.get("label"):
        raw["label"] = row["label"]
    tokens = (row.get("options") or {}).get("output_tokens")
    if tokens is not None:
        raw["output"] = {"tokens": tokens}
    return raw


_APP_SOURCE = "your app actions"


def _clash(name: str, existing: Action, user_file: Path) -> str:
    if existing.builtin:
        return f"{name!r} is a built-in action"
    return f"{name!r} is already defined in your actions file {user_file}"


def check_app_action(name: str, instruction: str, label: str | None = None, output_tokens: int | None = None) -> Action:
    """Validate an action the user is saving in the app or with the CLI; the :class:`Action` it
    will be. A name taken by a built-in or by the actions file is refused: an app action never
    silently replaces another one."""
    name = check_action_name(name)
    if not isinstance(instruction, str) or not instruction.strip():
        raise BadInputError(f"the action {name!r} needs an instruction: what should the model do with the text?")
    label = (label or "").strip()
    if len(label) > MAX_LABEL_LENGTH or any(ord(ch) < 32 for ch in label):
        raise BadInputError(f"an action's label is one line of at most {MAX_LABEL_LENGTH} characters")
    check_output_tokens(output_tokens)
    existing = catalog_without_app_actions().actions.get(name)
    if existing is not None:
        raise BadInputError(f"{_clash(name, existing, user_actions_path())}; choose another name")
    row = {"label": label, "instruction": instruction, "options": {"output_tokens": output_tokens}}
    from core.action_tables import parse_action  # it builds this module's classes

    return parse_action(name, app_action_table(row), False, _APP_SOURCE, origin="app")


def catalog_without_app_actions() -> ActionCatalog:
    """The built-ins and the user's actions file, without the database; only the built-ins when
    that file is broken (it then defines nothing: should the fixed file use a name an app action
    has, loading leaves the app action out and says so)."""
    try:
        return load_catalog()
    except BadInputError:
        return load_catalog(NO_USER_FILE)


def _prompt_overrides(raw, user_file: Path) -> dict[str, dict]:
    """``[prompts.<action>]`` tables of the user's file, checked like a prompt profile's."""
    from core.profiles import ActionProfile

    if not isinstance(raw, dict):
        raise BadInputError(f"'prompts' in {user_file} must be a table of actions")
    for action, entry in raw.items():
        ActionProfile().merged(entry, f"[prompts.{action}] in {user_file}")
    return dict(raw)


#: The user's actions file is read only up to this size (it holds a few instructions).
MAX_USER_FILE_BYTES = 1 << 20


def _read_user_file(user_file: Path) -> dict:
    """The user's file as a table, its ``[actions.*]`` checked to be tables; a file of the wrong
    shape is a :class:`BadInputError` that says what is wrong where."""
    try:
        with user_file.open("rb") as handle:
            raw = handle.read(MAX_USER_FILE_BYTES + 1)
    except OSError as exc:
        raise BadInputError(f"your actions file {user_file} cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_USER_FILE_BYTES:
        raise BadInputError(f"your actions file {user_file} is larger than {MAX_USER_FILE_BYTES // 2**20} MB; it is not an actions file")
    try:
        user_data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadInputError(f"your actions file {user_file} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise BadInputError(f"your actions file {user_file} is not valid TOML: {printable(exc, 200)}") from None
    except RecursionError:
        raise BadInputError(f"your actions file {user_file} nests its tables too deep") from None
    table = user_data.get("actions", {})
    if not isinstance(table, dict):
        raise BadInputError(
            f"in your actions file {user_file}, 'actions' must hold tables such as [actions.headline], not {type(table).__name__} values"
        )
    return user_data


# A path that never exists: load_catalog() without the user's actions file.
NO_USER_FILE = Path("/nonexistent/inkstone-actions.toml")


def load_catalog(
    user_file: Path | None = None, app_actions: Iterable[dict] = (), warnings: Iterable[str] = ()
) -> ActionCatalog:
    """Load the built-in actions, the user's file (``<data dir>/actions.toml``, or ``user_file``)
    and the actions made in the app.

    ``app_actions`` are rows as :func:`core.storage.user_actions.list_user_actions` returns them
    (:func:`core.storage.user_actions.current_catalog` reads them and calls this; the desktop
    reads them on its database thread). An app action whose name a built-in or the file already
    uses is left out, with a line in ``warnings`` (which starts with the ``warnings`` given). A
    broken actions file is a :class:`BadInputError`.
    """
    from core.action_tables import parse_action  # it builds this module's classes

    builtin_file = resources_dir() / "actions.toml"
    with builtin_file.open("rb") as handle:
        data = tomllib.load(handle)
    actions = {name: parse_action(name, raw, True, builtin_file.name) for name, raw in data["actions"].items()}
    languages: dict[str, str] = {}
    codes: dict[str, str] = {}
    menu: list[tuple[str, str]] = []
    for prompt_name, entry in data["languages"].items():
        languages[prompt_name.lower()] = prompt_name
        for alias in [*entry.get("names", []), entry.get("menu") or prompt_name]:
            languages[alias.lower()] = prompt_name
        if entry.get("code"):
            codes[prompt_name] = entry["code"]
        if entry.get("menu"):
            menu.append((entry["menu"], prompt_name))
    user_file = user_file or user_actions_path()
    prompt_overrides: dict[str, dict] = {}
    if user_file.is_file():
        user_data = _read_user_file(user_file)
        for name, raw in user_data.get("actions", {}).items():
            if name in actions and actions[name].builtin:
                raise BadInputError(f"your actions file {user_file} redefines the built-in action {printable(name, 40)!r}; rename it")
            actions[name] = parse_action(name, raw, False, str(user_file))
        prompt_overrides = _prompt_overrides(user_data.get("prompts", {}), user_file)
        for table in ("answer_in", "answer_in_strict"):
            extra = user_data.get(table, {})
            if not isinstance(extra, dict) or not all(isinstance(v, str) for v in extra.values()):
                raise BadInputError(f"[{table}] in {user_file} must map language codes to sentences")
            data[table] = {**data.get(table, {}), **extra}
    warnings = list(warnings)
    for row in app_actions:
        name = row.get("name") or ""
        existing = actions.get(name)
        if existing is not None:
            warnings.append(
                f"your app action {name!r} is left out: {_clash(name, existing, user_file)}; "
                "rename one of them"
            )
            continue
        try:
            check_action_name(name)
            actions[name] = parse_action(name, app_action_table(row), False, _APP_SOURCE, origin="app")
        except BadInputError as exc:
            warnings.append(f"your app action {name!r} is left out: {exc}")
    return ActionCatalog(
        system_prompt=data["system_prompt"],
        map_prompt=data["map_prompt"],
        actions=actions,
        languages=languages,
        language_names=list(data["languages"]),
        language_codes=codes,
        menu_languages=menu,
        prompt_overrides=prompt_overrides,
        answer_in=dict(data.get("answer_in", {})),
        answer_in_strict=dict(data.get("answer_in_strict", {})),
        warnings=warnings,
    )
