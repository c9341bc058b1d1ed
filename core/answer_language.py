"""Answers in the writer's language: every action but Translate answers in the language of the
text it was given (a user's own action can turn this off with ``keep_language = false``).

Small models drift into English when the instruction is English and the text is not, so the
instruction carries a reminder written in the text's own language (``[answer_in]`` in
resources/actions.toml, which your own actions.toml can extend); when the answer still comes back
in another language, the engine asks once more with a firmer reminder (``[answer_in_strict]``),
and if that fails too, :mod:`core.quality` puts a note on the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core import langid, quality

if TYPE_CHECKING:
    from core.actions import Action, ActionCatalog


def keeps_language(action: Action, values: dict[str, str]) -> bool:
    """Whether ``action``'s answer must be in its input's language (a free-form instruction that
    names a language, "rewrite it in English", may change it)."""
    return action.keep_language and not langid.mentioned_language(values.get("instruction") or "")


def reminder(catalog: ActionCatalog, text: str, strict: bool = False) -> str | None:
    """The "answer in <language>" sentence for ``text``'s language, written in that language;
    None for English (the instructions are English already) or a language without one."""
    code = langid.detect(text).code
    if code in ("en", langid.UNDETERMINED):
        return None
    return (catalog.answer_in_strict if strict else catalog.answer_in).get(code)


def wrong_language(text: str, answer: str) -> tuple[str, str] | None:
    """``(text's language, answer's language)`` when the answer is surely in another language."""
    return quality.language_mismatch(text, answer)
