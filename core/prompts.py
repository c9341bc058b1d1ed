"""The one prompt builder: every chat an action sends to a model, and every training example made
from the user's work, is assembled here, so inference and fine-tuning see the same shape.

How an action's chat is laid out depends on the model's prompt profile (:mod:`core.profiles`):
the instruction before or after the text, or as the system prompt; a plain-text continuation
instead of a chat for Continue on models that do better that way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.profiles import ActionProfile

if TYPE_CHECKING:
    from core.actions import Action, ActionCatalog

Message = dict[str, str]


def chat_messages(system_prompt: str, instruction: str, text: str, answer: str | None = None,
                  layout: str = "instruction-first") -> list[Message]:
    """A chat asking for ``instruction`` to be applied to ``text`` in ``layout`` (see
    :mod:`core.profiles`); with ``answer``, the assistant's turn too (a training example)."""
    if layout == "system":
        if "{task}" in system_prompt:
            system = system_prompt.replace("{task}", instruction)
        else:
            system = f"{system_prompt}\n\n{instruction}" if system_prompt else instruction
        messages = [{"role": "system", "content": system}, {"role": "user", "content": text}]
    else:
        user = f"{text}\n\n{instruction}" if layout == "text-first" else f"{instruction}\n\n{text}"
        messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
        messages.append({"role": "user", "content": user})
    if answer is not None:
        messages.append({"role": "assistant", "content": answer})
    return messages


def action_instruction(action: Action, values: dict[str, str], profile: ActionProfile | None = None) -> str:
    """The instruction ``action`` gives for option ``values`` under ``profile``."""
    return action.instruction(values, profile.instruction if profile else None)


def action_messages(
    action: Action,
    values: dict[str, str],
    text: str,
    catalog: ActionCatalog,
    instruction: str | None = None,
    profile: ActionProfile | None = None,
    examples: list[tuple[str, str]] = (),
    reminder: str | None = None,
) -> list[Message]:
    """The chat asking the model to apply ``action`` (with option ``values``) to ``text``.

    ``instruction`` replaces the action's own (the map step of a long summary uses the catalog's
    map prompt). ``examples`` are (text, answer) pairs from the user's history, shown first as
    earlier turns of the same chat (:mod:`core.few_shot`). ``reminder`` follows the instruction:
    "answer in Chinese", in Chinese (:mod:`core.answer_language`)."""
    profile = profile or ActionProfile()
    system = catalog.system_prompt if profile.system is None else profile.system
    task = instruction or action_instruction(action, values, profile)
    if reminder:
        task = f"{task} {reminder}"
    layout = profile.layout if instruction is None else "instruction-first"
    messages = chat_messages(system, task, text, layout=layout)
    if not examples:
        return messages
    shown: list[Message] = []
    for example_text, answer in examples:
        turns = chat_messages(system, task, example_text, answer, layout=layout)
        shown.extend(turn for turn in turns if turn["role"] != "system")
    head = [m for m in messages if m["role"] == "system"]
    return head + shown + [m for m in messages if m["role"] != "system"]


def strip_echo(source: str, answer: str) -> str:
    """``answer`` without a repeat of ``source`` at its start (small models often restate the
    text they were asked to continue before adding to it)."""
    lead = answer.lstrip()
    tail = source.strip()
    # The whole source repeated, or its last part (at least a sentence's worth) repeated.
    for size in range(len(tail), 23, -1):
        piece = tail[-size:]
        if lead.startswith(piece):
            return lead[len(piece) :]
        if size < len(tail) - 2000:
            break
    return answer
