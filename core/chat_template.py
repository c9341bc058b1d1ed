"""Render chat messages through a model's own Jinja chat template.

Both backends render prompts here, from the same template string (the GGUF's
``tokenizer.chat_template`` or the HF tokenizer's ``chat_template``), so the same messages become
the same prompt text on llama.cpp and on torch. The environment matches what transformers and
llama-cpp-python use (sandboxed, ``trim_blocks`` and ``lstrip_blocks``).
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

# Used only for a model that ships no template of its own (base models).
CHATML_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class TemplateError(ValueError):
    """The model's chat template failed to render these messages."""


def _raise(message: str):
    raise TemplateError(message)


@lru_cache(maxsize=8)
def _compile(template: str):
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = _raise
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(template)


def render_chat(
    template: str | None,
    messages: list[dict[str, str]],
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
) -> str:
    """Render ``messages`` with ``template`` (ChatML when the model has none)."""
    try:
        return _compile(template or CHATML_TEMPLATE).render(
            messages=messages,
            bos_token=bos_token,
            eos_token=eos_token,
            add_generation_prompt=add_generation_prompt,
        )
    except TemplateError:
        raise
    except Exception as exc:  # a template is third-party code; report, don't crash
        raise TemplateError(f"the model's chat template failed to render: {exc}") from None
