"""Structured notes: what the core tells a front end about a run, as a code with parameters plus
the English sentence made from them.

The CLI prints ``text``; the desktop looks the code up in its own translated strings and fills in
``params`` (the core stays free of Qt and of translations). A router's reason, a long-input note
and a quality check's warning are all notes. Codes are stable identifiers (``snake_case``): once
shipped, a code keeps its meaning, because history stores them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Note:
    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "params": dict(self.params)}

    @classmethod
    def from_value(cls, value: Any) -> Note:
        """A note from its dict form, or from a plain string (history written before codes)."""
        if isinstance(value, Note):
            return value
        if isinstance(value, dict):
            return cls(str(value.get("code") or "text"), str(value.get("text") or ""), dict(value.get("params") or {}))
        return cls("text", str(value))


def shown(params: dict[str, Any]) -> dict[str, Any]:
    """``params`` as they read in a sentence: lists become "a, b, c"."""
    return {key: ", ".join(map(str, value)) if isinstance(value, list | tuple) else value for key, value in params.items()}


def note(code: str, text: str, **params: Any) -> Note:
    """``Note(code, text, params)``; ``text`` is formatted with ``params`` (``{name}`` fields)."""
    return Note(code, text.format(**shown(params)) if params else text, params)
