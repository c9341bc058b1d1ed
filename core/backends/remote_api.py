"""Talking to an OpenAI-compatible server: the client, what a server offers, token counts, and
every fault as one line the user can act on.

The ``openai`` package does the HTTP and the server-sent events; nothing here parses SSE by hand.
Servers differ in their extras, all optional: llama-cpp-python has ``/extras/tokenize``;
llama.cpp's ``llama-server`` has ``/tokenize`` (``content``) and ``/props`` (its context size);
vLLM and SGLang have ``/tokenize`` (``prompt``) and report ``max_model_len`` in ``/v1/models``.
"""

from __future__ import annotations

import json
import math
import socket
from typing import TYPE_CHECKING, Any

from core.errors import InkstoneError

if TYPE_CHECKING:
    from core.endpoints import Endpoint


class RemoteError(InkstoneError):
    """An endpoint could not be used; the message is one line."""


#: Template tokens a chat template adds around each message, and once around the whole prompt,
#: when a server offers no way to count them (ChatML adds 5 per message and 3 at the end).
MESSAGE_OVERHEAD_TOKENS = 8
PROMPT_OVERHEAD_TOKENS = 8


def http_library():
    """The HTTP package the installed ``openai`` is built on (``httpx2`` for openai 3, ``httpx`` before)."""
    try:
        import httpx2

        return httpx2
    except ImportError:
        import httpx

        return httpx


def estimate_tokens(text: str) -> int:
    """A count meant never to fall below what a tokenizer gives: three ASCII letters or spaces per
    token (English averages about four), one token per digit or punctuation mark (many
    vocabularies split numbers digit by digit), and one per UTF-8 byte of any other character
    (byte-level vocabularies never need more; small ones need that many for Chinese)."""
    words = other = 0
    for ch in text:
        if ch.isascii():
            if ch.isalpha() or ch.isspace():
                words += 1
            else:
                other += 1
        else:
            other += len(ch.encode("utf-8"))
    return math.ceil(words / 3) + other


class ServerClient:
    """An ``openai`` client for one endpoint, plus plain requests to the server's extras."""

    def __init__(self, endpoint: Endpoint, read_timeout: float | None = None, key: str | None = None) -> None:
        import openai

        from core.endpoints import CONNECT_TIMEOUT_S

        self.endpoint = endpoint
        key = key or endpoint.api_key()  # ``key``: one not stored yet (checking a new endpoint)
        httpx = http_library()
        timeout = httpx.Timeout(read_timeout or endpoint.read_timeout, connect=CONNECT_TIMEOUT_S)
        self.http = httpx.Client(timeout=timeout, headers={"Authorization": f"Bearer {key}"} if key else {})
        # The key is given explicitly, so OPENAI_API_KEY from the environment never goes to this server;
        # a keyless server gets a placeholder the client requires. No retries: a fault is reported
        # at once and the user decides.
        self.client = openai.OpenAI(
            base_url=endpoint.base_url, api_key=key or "not-needed", timeout=timeout, max_retries=0, http_client=self.http
        )

    def close(self) -> None:
        self.client.close()
        self.http.close()

    # -- what the server offers ------------------------------------------------------------------

    def models(self) -> list[dict[str, Any]]:
        """The server's models (``GET /v1/models``), each as the server described it."""
        try:
            page = self.client.models.list()
            return [item.model_dump() if hasattr(item, "model_dump") else dict(item) for item in page.data]
        except Exception as exc:
            raise fault(exc, self.endpoint, "listing its models") from None

    def check_model(self) -> dict[str, Any]:
        """The endpoint's model as the server lists it; an error naming the models it offers."""
        models = self.models()
        wanted = self.endpoint.model
        for item in models:  # Ollama lists "name:latest" for "name"
            if item.get("id") in (wanted, f"{wanted}:latest"):
                return item
        offered = ", ".join(str(m.get("id")) for m in models[:8]) or "none"
        raise RemoteError(
            f"the server of endpoint {self.endpoint.name} has no model {self.endpoint.model!r}; it offers: {offered}"
        )

    def context_length(self, listed: dict[str, Any]) -> int | None:
        """The context window the server reports for the model, if it reports one."""
        for key in ("max_model_len", "context_length", "context_window", "max_context_length"):
            value = listed.get(key)
            if isinstance(value, int) and value > 0:
                return value
        meta = listed.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("n_ctx"), int):
            return meta["n_ctx"]
        try:  # llama-server reports the running context size here
            response = self.http.get(self.endpoint.root_url + "/props")
            if response.status_code == 200:
                settings = response.json().get("default_generation_settings") or {}
                value = settings.get("n_ctx") or response.json().get("n_ctx")
                if isinstance(value, int) and value > 0:
                    return value
        except Exception:
            pass
        if isinstance(meta, dict) and isinstance(meta.get("n_ctx_train"), int):
            return meta["n_ctx_train"]
        return None

    def find_tokenize_route(self) -> str:
        """"extras" (llama-cpp-python), "tokenize" (llama-server, vLLM, SGLang) or "" (none)."""
        for route in ("extras", "tokenize"):
            try:
                if self._tokenize(route, "Hello world") is not None:
                    return route
            except Exception:
                continue
        return ""

    def offers_completions(self) -> bool:
        """Whether the server continues plain text on ``/v1/completions``."""
        try:
            self.client.completions.create(model=self.endpoint.model, prompt="Hello", max_tokens=1, temperature=0)
            return True
        except Exception:
            return False

    def probe(self) -> dict[str, Any]:
        """What the server offers for the endpoint's model (raises when it cannot be used)."""
        listed = self.check_model()
        return {
            "models": [m.get("id") for m in self.models()],
            "context_length": self.context_length(listed),
            "tokenize_route": self.find_tokenize_route(),
            "completions": self.offers_completions(),
        }

    # -- counting --------------------------------------------------------------------------------

    def _tokenize(self, route: str, text: str) -> list[int] | None:
        if route == "extras":
            response = self.http.post(self.endpoint.root_url + "/extras/tokenize", json={"input": text, "model": self.endpoint.model})
        else:
            response = self.http.post(
                self.endpoint.root_url + "/tokenize",
                json={"model": self.endpoint.model, "prompt": text, "content": text, "add_special": False},
            )
        if response.status_code != 200:
            return None
        tokens = response.json().get("tokens")
        return tokens if isinstance(tokens, list) else None

    def count(self, text: str) -> int:
        """Tokens of ``text`` by the server's tokenize route, else :func:`estimate_tokens`."""
        route = self.endpoint.tokenize_route
        if route:
            try:
                tokens = self._tokenize(route, text)
            except Exception as exc:
                raise fault(exc, self.endpoint, "counting tokens") from None
            if tokens is not None:
                return len(tokens)
        return estimate_tokens(text)


def shutdown_socket(response) -> None:
    """Wake a read blocked on ``response`` (Stop while the server is silent): shut its socket down.
    The reading thread then sees the stream end and the run reports "cancelled"."""
    try:
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, AttributeError):
        pass


def _detail(exc) -> str:
    body = getattr(exc, "body", None)
    message = None
    if isinstance(body, dict):
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else error
        message = message or body.get("detail")
    text = str(message or getattr(exc, "message", "") or exc)
    return " ".join(text.split())[:160]


def fault(exc: BaseException, endpoint: Endpoint, doing: str = "answering", streamed: bool = False) -> InkstoneError:
    """``exc`` (raised while ``doing`` something with ``endpoint``) as one line the user can act on."""
    import openai

    if isinstance(exc, InkstoneError):
        return exc
    name = endpoint.name
    kept = "; the text so far is kept" if streamed else ""
    if isinstance(exc, openai.APITimeoutError):
        if streamed:
            return RemoteError(f"endpoint {name} stopped sending for {endpoint.read_timeout:g} s while answering{kept}")
        return RemoteError(f"endpoint {name} at {endpoint.base_url} did not answer in time while {doing}")
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        if streamed:
            return RemoteError(f"the connection to endpoint {name} broke while it was answering ({_cause(cause)}){kept}")
        return RemoteError(f"cannot reach endpoint {name} at {endpoint.base_url} ({_cause(cause)}); is the server running?")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in (401, 403):
            return RemoteError(
                f"endpoint {name} refused the request ({status}: {_detail(exc)}); check its API key "
                "(remove the endpoint and add it again with --key or --key-env)"
            )
        if status == 404:
            detail = _detail(exc)
            if "model" in detail.lower():
                return RemoteError(f"the server of endpoint {name} has no model {endpoint.model!r} (404: {detail})")
            return RemoteError(
                f"endpoint {name} has no OpenAI-compatible API at {endpoint.base_url} (404 while {doing}); check the base URL "
                "(it usually ends in /v1)"
            )
        if status == 429:
            return RemoteError(f"endpoint {name} is busy or rate-limited (429: {_detail(exc)}); wait a moment and try again{kept}")
        if status >= 500:
            return RemoteError(f"the server of endpoint {name} failed ({status}: {_detail(exc)}){kept}")
        return RemoteError(f"endpoint {name} rejected the request ({status}: {_detail(exc)})")
    if isinstance(exc, openai.APIError):  # an error event inside the stream
        return RemoteError(f"endpoint {name} reported an error while answering: {_detail(exc)}{kept}")
    if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError, json.JSONDecodeError)):
        return RemoteError(f"endpoint {name} sent a reply Inkstone cannot read ({type(exc).__name__}: {str(exc)[:80]}){kept}")
    if isinstance(exc, http_library().HTTPError):
        return RemoteError(f"the connection to endpoint {name} failed ({_cause(exc)}){kept}")
    return RemoteError(f"endpoint {name} failed while {doing}: {type(exc).__name__}: {str(exc)[:120]}{kept}")


def _cause(exc: BaseException | None) -> str:
    if exc is None:
        return "no details"
    text = str(exc).strip() or type(exc).__name__
    for known in ("Connection refused", "Name or service not known", "No route to host", "timed out",
                  "peer closed connection", "Server disconnected", "incomplete chunked read"):
        if known.lower() in text.lower():
            return known.lower()
    return " ".join(text.split())[:100]
