"""The one rule for a chat example, used wherever examples enter or leave a dataset: JSONL import,
editing an example, building a dataset, and training.

An example is a list of ``{"role", "content"}`` messages (roles: system, user, assistant; content:
text) that ends with an assistant answer holding text, because that answer is what a fine-tune
learns. Anything else is a :class:`ChatFormatError` saying which message is wrong.
"""

from __future__ import annotations

from core.errors import BadInputError

ROLES = ("system", "user", "assistant")


class ChatFormatError(BadInputError):
    """An example is not a list of ``{"role", "content"}`` chat messages ending in an answer."""


def check_messages(messages, where: str = "the example") -> list[dict[str, str]]:
    """``messages`` reduced to plain ``{"role", "content"}`` dicts, or :class:`ChatFormatError`
    naming ``where`` and the first problem."""
    if isinstance(messages, dict):
        raise ChatFormatError(f"{where} is not a list of chat messages{_format_hint(messages)}")
    if not isinstance(messages, list) or not messages:
        raise ChatFormatError(f"{where} has no chat messages; expected a list of {{\"role\", \"content\"}} objects")
    checked = []
    for index, message in enumerate(messages, 1):
        if not isinstance(message, dict) or "role" not in message or "content" not in message:
            hint = _format_hint(message) if isinstance(message, dict) else ""
            raise ChatFormatError(f"{where}, message {index}: expected {{\"role\", \"content\"}}{hint}")
        role, content = message["role"], message["content"]
        if role not in ROLES:
            raise ChatFormatError(f"{where}, message {index} has role {role!r}; roles are {', '.join(ROLES)}")
        if not isinstance(content, str):
            raise ChatFormatError(f"{where}, message {index}: content must be text")
        checked.append({"role": role, "content": content})
    if checked[-1]["role"] != "assistant" or not checked[-1]["content"].strip():
        raise ChatFormatError(f"{where} does not end with an assistant answer, so there is nothing to learn")
    return checked


def example_problem(messages) -> str | None:
    """What is wrong with a stored example, or None (for flagging rows made by older releases)."""
    try:
        check_messages(messages)
    except ChatFormatError as exc:
        return str(exc)
    return None


def _format_hint(item: dict) -> str:
    keys = set(item)
    if {"from", "value"} <= keys or "conversations" in keys:
        return " (it looks like ShareGPT's from/value format; convert it to role/content messages)"
    if {"instruction", "output"} <= keys:
        return " (it looks like Alpaca's instruction/output format; convert it to role/content messages)"
    if "prompt" in keys and ("completion" in keys or "response" in keys):
        return " (it looks like prompt/completion pairs; convert them to user/assistant messages)"
    return ""
