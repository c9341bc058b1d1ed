"""An action's table in actions.toml (the built-ins, the user's file, an action made in the
app) read into an :class:`~core.actions.Action`, every value checked: a wrong type anywhere is a
:class:`~core.errors.BadInputError` that names the action and the entry, never a TypeError.
"""

from __future__ import annotations

from core.actions import LONG_INPUT_MODES, Action, Choice, Option
from core.answer_framing import MODES as FRAMING_MODES
from core.errors import BadInputError, printable
from core.stop_rules import StopRule


def parse_action(name: str, raw: dict, builtin: bool, source: str, origin: str | None = None) -> Action:
    """Build an :class:`Action` from its table, checking the shape of every value: a wrong type
    anywhere is a :class:`BadInputError` naming the action and the entry, never a TypeError."""
    where = f"action {printable(name, 40)!r} in {source}"

    def wrong(what: str) -> BadInputError:
        return BadInputError(f"{where}: {what}")

    if not isinstance(raw, dict):
        raise wrong("must be a table")
    prompt = raw.get("prompt") or raw.get("instruction")
    if not isinstance(prompt, str) or not prompt.strip():
        raise BadInputError(f"{where} needs an 'instruction' (or 'prompt') text")
    long_input = raw.get("long_input", "per-chunk")
    if long_input not in LONG_INPUT_MODES:
        raise wrong(f"long_input must be one of {', '.join(LONG_INPUT_MODES)}")
    label = raw.get("label", name.replace("-", " ").capitalize())
    if not isinstance(label, str):
        raise wrong("label must be text")
    instruction_prompt = raw.get("instruction_prompt")
    if instruction_prompt is not None and not isinstance(instruction_prompt, str):
        raise wrong("instruction_prompt must be text")
    keep_language = raw.get("keep_language", True)
    if not isinstance(keep_language, bool):
        raise wrong("keep_language must be true or false")
    framing = raw.get("framing")
    if framing is not None and framing not in FRAMING_MODES:
        raise wrong('framing must be "all" (leave out greetings and sign-offs) or "added" (only those the text did not have)')
    numbers = raw.get("numbers")
    if numbers not in (None, "from-text", "any"):
        raise wrong('numbers must be "from-text" (only numbers the text has) or "any"')
    stop = raw.get("stop")
    if stop is not None and not _valid_stop(stop):
        raise wrong(_STOP_HELP)
    output = raw.get("output", {"tokens": 256})
    if not isinstance(output, dict):
        raise wrong("output must be a table such as { tokens = 80 } or { ratio = 1.5, min = 48 }")
    tokens = _number(output.get("tokens"), int, "output.tokens", wrong)
    ratio = _number(output.get("ratio"), float, "output.ratio", wrong)
    minimum = _number(output.get("min", 32), int, "output.min", wrong)
    options_table = raw.get("options", {})
    if not isinstance(options_table, dict):
        raise wrong("options must be a table of options")
    options = {}
    for opt_name, opt in options_table.items():
        options[opt_name] = _parse_option(opt_name, opt, wrong)
    return Action(
        name=name,
        label=label,
        prompt=prompt.strip(),
        long_input=long_input,
        output_tokens=tokens,
        output_ratio=ratio,
        output_min=minimum,
        options=options,
        instruction_prompt=instruction_prompt,
        keep_language=keep_language,
        stop=StopRule.from_table(stop),
        framing=framing,
        numbers=None if numbers == "any" else numbers,
        builtin=builtin,
        source=origin or ("builtin" if builtin else "file"),
    )


def _number(value, kind: type, what: str, wrong) -> int | float | None:
    """A positive whole number (``kind`` int) or positive number (float) from a table, or None."""
    if value is None:
        return None
    valid = isinstance(value, (int, float)) if kind is float else isinstance(value, int)
    if isinstance(value, bool) or not valid or value < 0 or (kind is int and value > 1_000_000):
        described = "a whole number of tokens" if kind is int else "a positive number"
        raise wrong(f"{what} must be {described}")
    return value


_STOP_HELP = ('stop takes whole numbers of sentences and paragraphs (paragraphs = "same": as many as the text) '
              "and at_most, a share of the text's length such as 0.8")


def _valid_stop(stop) -> bool:
    def count(value, same_ok: bool) -> bool:
        return (isinstance(value, int) and not isinstance(value, bool) and value > 0) or (same_ok and value == "same")

    share = stop.get("at_most", 1.0) if isinstance(stop, dict) else None
    return (isinstance(stop, dict) and not set(stop) - {"sentences", "paragraphs", "at_most"}
            and count(stop.get("sentences", 1), False) and count(stop.get("paragraphs", 1), True)
            and isinstance(share, int | float) and not isinstance(share, bool) and 0 < share <= 10)


def _parse_option(opt_name: str, opt, wrong) -> Option:
    where = f"option {printable(opt_name, 40)!r}"
    if not isinstance(opt, dict):
        raise wrong(f"{where} must be a table")
    choices_table = opt.get("choices", {})
    if not isinstance(choices_table, dict):
        raise wrong(f"{where}: choices must be a table of choices")
    choices = {}
    for key, value in choices_table.items():
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            raise wrong(f"{where}: choice {printable(key, 40)!r} must be a table with a text, such as {{ text = \"in one sentence\" }}")
        unknown = sorted(set(value) - {"text", "tokens", "ratio", "label", "stop", "edits"})
        if unknown:
            raise wrong(f"{where}: choice {printable(key, 40)!r} has unknown entries: {printable(', '.join(unknown))}")
        if "label" in value and not isinstance(value["label"], str):
            raise wrong(f"{where}: choice {printable(key, 40)!r} needs its label as text")
        stop = value.get("stop")
        if stop is not None and not _valid_stop(stop):
            raise wrong(f"{where}: choice {printable(key, 40)!r}: {_STOP_HELP}")
        if value.get("edits", "light") != "light":
            raise wrong(f'{where}: choice {printable(key, 40)!r}: edits can only be "light" (keep only correction-sized changes)')
        choices[key] = Choice(
            value["text"],
            _number(value.get("tokens"), int, f"{key}.tokens", wrong),
            _number(value.get("ratio"), float, f"{key}.ratio", wrong),
            value.get("label"),
            StopRule.from_table(stop),
            value.get("edits"),
        )
    kind = opt.get("kind", "choice" if choices else "text")
    if kind not in ("choice", "language", "text"):
        raise wrong(f"{where}: kind must be choice, language or text")
    default = opt.get("default")
    if default is not None and not isinstance(default, str):
        raise wrong(f"{where}: default must be text")
    if kind == "choice" and default is not None and default not in choices:
        raise wrong(f"{where}: the default {printable(default, 40)!r} is not one of its choices")
    return Option(opt_name, kind, default, choices)
