"""The remote backend: an OpenAI-compatible server (llama-server, vLLM, SGLang, Ollama, LM Studio,
llama-cpp-python's server) runs the model; Inkstone streams its answer.

Same contract as the local backends. ``stream`` posts to ``/v1/chat/completions`` with
``stream: true``; ``complete`` (Continue's plain-text route) posts to ``/v1/completions`` where
the server offers it. Stop closes the stream at once, even while the server is silent (the
cancel token shuts the socket down), and the server sees the client go. Token counts come from
the server's usage fields where it sends them; long inputs are measured with the server's
tokenize route where it has one, else with a conservative estimate. Every fault becomes one line
(:func:`core.backends.remote_api.fault`); text already streamed stays with the caller.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from core.backends.base import Backend, CancelToken, Generation, GenerationParams, Message
from core.backends.remote_api import (
    MESSAGE_OVERHEAD_TOKENS,
    PROMPT_OVERHEAD_TOKENS,
    RemoteError,
    ServerClient,
    estimate_tokens,
    fault,
    shutdown_socket,
)
from core.errors import InkstoneError, ModelError
from core.models import ModelEntry

_COUNT_CACHE = 512


class RemoteBackend(Backend):
    name = "remote"
    formats = ("remote",)

    def __init__(self) -> None:
        super().__init__()
        self.endpoint = None
        self._server: ServerClient | None = None
        self._counts: OrderedDict[str, int] = OrderedDict()

    @property
    def supports_completion(self) -> bool:  # per endpoint: whether its server has /v1/completions
        return bool(self.endpoint is not None and self.endpoint.completions)

    @property
    def device(self) -> str:
        return self.endpoint.base_url if self.endpoint is not None else "remote"

    @property
    def context_length(self) -> int:
        if self.endpoint is None:
            raise InkstoneError("no endpoint is loaded")
        return self.endpoint.context

    def load(self, model: ModelEntry, adapter: str | None = None) -> None:
        endpoint = getattr(model, "endpoint", None)
        if model.format != "remote" or endpoint is None:
            raise ModelError(f"{model.name} is not a remote endpoint")
        if adapter:
            raise ModelError(f"a remote endpoint's server applies adapters; {model.name} cannot load {adapter}")
        server = ServerClient(endpoint)
        try:
            server.check_model()  # reachable, and serving this model: fail here, before any text is sent
        except BaseException:
            server.close()
            raise
        self._server, self.endpoint = server, endpoint
        self.model, self.adapter = model, None
        self._counts.clear()

    def is_loaded(self, model: ModelEntry, adapter: str | None = None) -> bool:
        # The entry carries the endpoint's settings: a changed endpoint reloads.
        return self.model is not None and self.model == model and not adapter

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        self._server = None
        self.endpoint = None
        self.model = self.adapter = None

    # -- counting ----------------------------------------------------------------------------------

    def render(self, messages: list[Message]) -> str:
        # The server renders its own template; this text only serves counting.
        return "\n".join(m["content"] for m in messages)

    def count_tokens(self, text: str) -> int:
        if self._server is None:
            raise InkstoneError("no endpoint is loaded")
        cached = self._counts.get(text)
        if cached is not None:
            self._counts.move_to_end(text)
            return cached
        count = self._server.count(text)
        self._counts[text] = count
        if len(self._counts) > _COUNT_CACHE:
            self._counts.popitem(last=False)
        return count

    def prompt_tokens(self, messages: list[Message]) -> int:
        content = sum(self.count_tokens(m["content"]) for m in messages)
        return content + MESSAGE_OVERHEAD_TOKENS * len(messages) + PROMPT_OVERHEAD_TOKENS

    def text_tokens(self, text: str) -> int:
        return self.count_tokens(text) + 1

    # -- generating --------------------------------------------------------------------------------

    def stream(self, messages: list[Message], params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        return self._generate("chat", messages, self._prompt_size([m["content"] for m in messages], params, True), params, cancel)

    def complete(self, text: str, params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        if not self.supports_completion:
            raise NotImplementedError(f"the server of endpoint {self.model.name if self.model else '?'} has no completions route")
        return self._generate("completion", text, self._prompt_size([text], params, False), params, cancel)

    def _prompt_size(self, texts: list[str], params: GenerationParams, chat: bool) -> int:
        """The prompt's tokens for the room check: counts already known plus the conservative
        estimate for the rest, and an exact count from the server only when the estimate leaves too
        little room. A round trip to the tokenize route before each answer would delay the first
        token; the engine has usually counted the long part (the user's text) already."""
        overhead = (MESSAGE_OVERHEAD_TOKENS * len(texts) + PROMPT_OVERHEAD_TOKENS) if chat else 1
        size = overhead + sum(self._counts.get(t) or estimate_tokens(t) for t in texts)
        if size + params.max_tokens <= self.context_length:
            return size
        return overhead + sum(self.count_tokens(t) for t in texts)

    def _request(self, kind: str, prompt: Any, params: GenerationParams, max_tokens: int) -> dict[str, Any]:
        request: dict[str, Any] = {
            "model": self.endpoint.model,
            "max_tokens": max_tokens,
            "temperature": max(params.temperature, 0.0),
            "top_p": params.top_p,
            "stream": True,
            "stream_options": {"include_usage": True},
            # llama.cpp's servers read these; vLLM, SGLang and Ollama ignore what they do not know.
            "extra_body": {"top_k": params.top_k, "min_p": params.min_p, "repeat_penalty": params.repeat_penalty},
        }
        if params.seed is not None:
            request["seed"] = params.seed
        request["messages" if kind == "chat" else "prompt"] = prompt
        return request

    def _generate(self, kind: str, prompt: Any, prompt_tokens: int, params: GenerationParams, cancel: CancelToken | None) -> Generation:
        if self._server is None:
            raise InkstoneError("no endpoint is loaded")
        endpoint, client = self.endpoint, self._server.client
        room = endpoint.context - prompt_tokens
        if room <= 0:
            raise InkstoneError(
                f"the prompt has about {prompt_tokens:,} tokens and endpoint {endpoint.name}'s context holds {endpoint.context:,}; "
                "select less text"
            )
        request = self._request(kind, prompt, params, min(params.max_tokens, room))
        create = client.chat.completions.create if kind == "chat" else client.completions.create

        def chunks(generation: Generation):
            generation.stats.prompt_tokens = prompt_tokens
            if cancel is not None and cancel.cancelled:
                generation.stats.finish_reason = "cancelled"
                return
            try:
                stream = create(**request)
            except Exception as exc:
                raise fault(exc, endpoint, "answering") from None
            remove = cancel.on_cancel(lambda: shutdown_socket(stream.response)) if cancel is not None else (lambda: None)
            finish = None
            usage = None
            try:
                for chunk in stream:
                    if cancel is not None and cancel.cancelled:
                        break
                    usage = getattr(chunk, "usage", None) or usage
                    if not chunk.choices:
                        continue  # the usage chunk, or a keep-alive
                    choice = chunk.choices[0]
                    text = choice.delta.content if kind == "chat" else choice.text
                    if text:
                        if not isinstance(text, str):
                            raise TypeError(f"text of type {type(text).__name__}")
                        generation.mark_token(-1)  # servers send about one token per event; usage corrects it
                        yield text
                    if choice.finish_reason:
                        finish = choice.finish_reason
            except Exception as exc:
                if cancel is None or not cancel.cancelled:
                    raise fault(exc, endpoint, streamed=bool(generation.text_parts)) from None
            finally:
                remove()
                stream.close()
            if cancel is not None and cancel.cancelled:
                finish = "cancelled"
            elif finish is None:
                kept = "; the text so far is kept" if generation.text_parts else ""
                raise RemoteError(f"the answer from endpoint {endpoint.name} ended before it was finished{kept}")
            _apply_usage(generation, usage)
            generation.stats.finish_reason = finish if finish in ("length", "cancelled") else "stop"

        return Generation(chunks)


def _apply_usage(generation: Generation, usage) -> None:
    prompt = getattr(usage, "prompt_tokens", None)
    completion = getattr(usage, "completion_tokens", None)
    if isinstance(prompt, int) and prompt > 0:
        generation.stats.prompt_tokens = prompt
    if isinstance(completion, int) and completion >= 0:
        generation.stats.completion_tokens = completion
