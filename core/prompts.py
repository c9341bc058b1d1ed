"""The one prompt builder: every chat an action sends to a model, and every training example made
from the user's work, is assembled here, so inference and fine-tuning see the same shape.

Today's layout: the app's system prompt, then one user turn holding the instruction, a blank line
and the text. Later layouts (per model family, examples from history, a retry in the input's
language) extend these functions rather than growing beside them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.actions import Action, ActionCatalog

Message = dict[str, str]


def chat_messages(system_prompt: str, instruction: str, text: str, answer: str | None = None) -> list[Message]:
    """System prompt, then the instruction and ``text`` as the user's turn; with ``answer``, the
    assistant's turn too (a training example)."""
    messages = [
        {"role": "system", "content": system_prompt},
        {"role": "user", "content": f"{instruction}\n\n{text}"},
    ]
    if answer is not None:
        messages.append({"role": "assistant", "content": answer})
    return messages


def action_messages(
    action: Action, values: dict[str, str], text: str, catalog: ActionCatalog, instruction: str | None = None
) -> list[Message]:
    """The chat asking the model to apply ``action`` (with option ``values``) to ``text``.

    ``instruction`` replaces the action's own (the map step of a long summary uses the catalog's
    map prompt)."""
    return chat_messages(catalog.system_prompt, instruction or action.instruction(values), text)
