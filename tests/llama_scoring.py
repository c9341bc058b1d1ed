"""How likely llama.cpp finds an answer: the summed negative log-likelihood of a conversation's last
(assistant) turn given the turns before it, as the app's chat template lays them out."""

from __future__ import annotations


def answer_nll(llm, template: str | None, conversation: list[dict]) -> tuple[float, int]:
    """The summed NLL of ``conversation``'s last turn given the others, and its token count. ``llm``
    is a ``llama_cpp.Llama`` made with ``logits_all=True``."""
    import numpy as np

    from core.chat_template import render_chat

    prompt = render_chat(template, conversation[:-1])
    full = render_chat(template, conversation, add_generation_prompt=False).rstrip("\n")
    prompt_ids = llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
    answer_ids = llm.tokenize(full[len(prompt) :].encode("utf-8"), add_bos=False, special=True)
    ids = prompt_ids + answer_ids
    llm.reset()
    llm.eval(ids)
    rows = np.asarray(llm.scores[len(prompt_ids) - 1 : len(ids) - 1], dtype=np.float64)
    top = rows.max(axis=1, keepdims=True)
    log_z = top[:, 0] + np.log(np.exp(rows - top).sum(axis=1))
    return float((log_z - rows[np.arange(len(answer_ids)), answer_ids]).sum()), len(answer_ids)
