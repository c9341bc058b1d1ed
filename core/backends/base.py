"""The backend contract, shared value types and the backend registry.

A backend turns chat messages into a stream of text chunks on one loaded model. The contract is
deliberately small (one streaming method plus a few capability attributes), in the spirit of
simonw/llm's ``Model.execute()``:

* ``load(model, adapter)`` makes a model current; a backend holds at most one model.
* ``render(messages)`` renders messages through the model's own chat template.
* ``count_tokens(text)`` counts tokens the way the backend will see them.
* ``stream(messages, params, cancel)`` returns a :class:`Generation` to iterate for text chunks;
  its ``stats`` are complete once iteration ends.
* ``complete(text, params, cancel)`` does the same for plain text continuation, without the chat
  template (backends that can: ``supports_completion``); ``text_tokens(text)`` counts such a prompt.

Cancellation is cooperative: the backend checks ``cancel.cancelled`` in its stopping criteria, so
Stop takes effect between two tokens on every backend.
"""

from __future__ import annotations

import os
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, ClassVar

from core import decoding
from core.errors import BadInputError, UnknownNameError

if TYPE_CHECKING:
    from core.models import ModelEntry

Message = dict[str, str]

#: Context window cap when ``INKSTONE_MAX_CONTEXT`` is not set: long enough for a few pages, small
#: enough that the KV cache of a big model fits a laptop's memory.
DEFAULT_MAX_CONTEXT = 8192
#: End-of-turn markers of the common chat templates (ChatML, Llama 3, Gemma, Phi, GPT-2 style):
#: a reply ends at whichever of them is a single token in the loaded vocabulary.
END_OF_TURN_MARKERS = ("<|im_end|>", "<|eot_id|>", "<end_of_turn>", "<|end|>", "<|endoftext|>")


def _positive_env_int(name: str) -> int | None:
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise BadInputError(f"{name} must be a whole number greater than 0 (it is {value[:40]!r})")
    return int(value)


def default_threads() -> int:
    """CPU threads for a backend: ``INKSTONE_THREADS`` if set, else the physical core count."""
    from core.devices import physical_cores

    return _positive_env_int("INKSTONE_THREADS") or physical_cores()


#: The smallest context cap that still holds a prompt and an answer.
MIN_CONTEXT = 256


def context_cap() -> int:
    """The context window cap: ``INKSTONE_MAX_CONTEXT`` (a whole number of tokens, at least
    :data:`MIN_CONTEXT`) if set, else :data:`DEFAULT_MAX_CONTEXT`."""
    raw = os.environ.get("INKSTONE_MAX_CONTEXT", "").strip()
    if not raw:
        return DEFAULT_MAX_CONTEXT
    value = int(raw.replace("_", "")) if raw.replace("_", "").isdigit() else 0
    if value < MIN_CONTEXT:
        from core.errors import printable

        raise BadInputError(f"INKSTONE_MAX_CONTEXT must be a whole number of tokens of at least {MIN_CONTEXT} "
                            f"(such as 8192), not {printable(raw, 40)!r}")
    return value


class CancelToken:
    """A flag one thread sets and a generating thread polls between tokens. A backend that may
    wait without tokens (a remote server's silence) registers :meth:`on_cancel` to be woken."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._guard = threading.Lock()

    def cancel(self) -> None:
        with self._guard:
            self._event.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback()
            except Exception:  # a waker that fails must not stop the others or the caller
                pass

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` (on the cancelling thread) when cancelled, at once if already; returns
        a function that unregisters it."""
        with self._guard:
            cancelled = self._event.is_set()
            if not cancelled:
                self._callbacks.append(callback)
        if cancelled:
            callback()

        def remove() -> None:
            with self._guard:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return remove

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class GenerationParams:
    """Sampling settings; identical meaning on every backend."""

    max_tokens: int = 512
    temperature: float = decoding.TEMPERATURE.default
    top_p: float = decoding.TOP_P.default
    top_k: int = 40
    min_p: float = 0.0
    repeat_penalty: float = 1.1
    num_beams: int = 1
    seed: int | None = None
    #: The digit runs the answer may write (core.number_guard); None: any.
    numbers: frozenset[str] | None = None

    @property
    def greedy(self) -> bool:
        return self.temperature <= 0.0


@dataclass
class GenerationStats:
    """What one generation cost. ``tokens_per_s`` excludes prompt processing."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_s: float | None = None
    generation_s: float = 0.0
    finish_reason: str = ""  # "stop", "length" or "cancelled"
    #: Bytes of a character the last token left unfinished, dropped rather than shown as U+FFFD.
    dropped_bytes: int = 0
    #: Steps at which the model's likeliest token would have written a number not in the text.
    numbers_held: int = 0

    @property
    def tokens_per_s(self) -> float | None:
        # The first token's latency belongs to prompt processing (it is in ttft_s); the decode
        # rate is measured over the tokens that followed it.
        if self.completion_tokens < 2 or self.generation_s <= 0:
            return None
        return (self.completion_tokens - 1) / self.generation_s

    def to_dict(self) -> dict:
        data = asdict(self)
        data["tokens_per_s"] = self.tokens_per_s
        return data


class Generation:
    """An iterable of text chunks whose ``stats`` are filled in as it runs."""

    def __init__(self, chunks: Callable[["Generation"], Iterator[str]]):
        self.stats = GenerationStats()
        self.text_parts: list[str] = []
        #: The completion's token ids, in order.
        self.token_ids: list[int] = []
        self._chunks = chunks(self)
        self._started = time.perf_counter()
        self._first_at: float | None = None

    def mark_token(self, token_id: int) -> None:
        """Record that completion token ``token_id`` was produced (called by the backend)."""
        self.token_ids.append(token_id)
        now = time.perf_counter()
        if self._first_at is None:
            self._first_at = now
            self.stats.ttft_s = now - self._started
        else:
            self.stats.generation_s = now - self._first_at
        self.stats.completion_tokens += 1

    def close(self) -> None:
        """Stop generating: the backend's loop ends between two tokens, as on Stop."""
        self._chunks.close()

    def __iter__(self) -> Iterator[str]:
        for chunk in self._chunks:
            if chunk:
                self.text_parts.append(chunk)
                yield chunk

    @property
    def text(self) -> str:
        return "".join(self.text_parts)


class Backend(ABC):
    """One way of running a model. Instances serve one request at a time (see ``lock``)."""

    name: ClassVar[str]
    #: Model formats this backend can load ("gguf", "hf").
    formats: ClassVar[tuple[str, ...]]
    #: Whether :meth:`complete` continues plain text (no chat template).
    supports_completion: ClassVar[bool] = False
    #: Whether generation keeps to ``GenerationParams.numbers`` (:meth:`number_guard`).
    holds_numbers: ClassVar[bool] = False

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.model: ModelEntry | None = None
        self.adapter: str | None = None
        self._digit_tokens: dict[int, str] | None = None  # of the loaded model, read on first use

    @property
    @abstractmethod
    def device(self) -> str:
        """Where generation runs: "cpu", "cuda:0", ..."""

    @property
    @abstractmethod
    def context_length(self) -> int:
        """Tokens the loaded model can attend to (prompt plus completion)."""

    @abstractmethod
    def load(self, model: ModelEntry, adapter: str | None = None) -> None:
        """Make ``model`` (optionally with a LoRA adapter file/folder) the loaded model."""

    @abstractmethod
    def close(self) -> None:
        """Free the loaded model."""

    @abstractmethod
    def render(self, messages: list[Message]) -> str:
        """Render chat messages through the model's own template, ready for generation."""

    @abstractmethod
    def count_tokens(self, text: str) -> int:
        """Count the tokens of plain text (no special tokens added)."""

    @abstractmethod
    def stream(self, messages: list[Message], params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        """Generate a reply to ``messages``; iterate the result for text chunks."""

    def prompt_tokens(self, messages: list[Message]) -> int:
        """Count the tokens of the rendered prompt for ``messages``."""
        return self.count_tokens(self.render(messages))

    def complete(self, text: str, params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        """Continue plain ``text`` (no chat template); only where ``supports_completion``."""
        raise NotImplementedError(f"the {self.name} backend cannot continue plain text")

    def text_tokens(self, text: str) -> int:
        """Count the tokens of a plain-text prompt for :meth:`complete` (a BOS token included)."""
        return self.count_tokens(text)

    def vocabulary(self) -> Iterator[tuple[int, str]]:
        """Every token id of the loaded model with its text (where ``holds_numbers``)."""
        raise NotImplementedError(f"the {self.name} backend does not list its vocabulary")

    def number_guard(self, params: GenerationParams):
        """A :class:`core.number_guard.NumberGuard` for a generation with ``params``, or None
        when it may write any number (or this backend cannot hold it to some)."""
        if params.numbers is None or not self.holds_numbers:
            return None
        from core.number_guard import NumberGuard, digit_tokens

        if self._digit_tokens is None:
            self._digit_tokens = digit_tokens(self.vocabulary())
        return NumberGuard(params.numbers, self._digit_tokens)

    def is_loaded(self, model: ModelEntry, adapter: str | None = None) -> bool:
        return self.model is not None and self.model.path == model.path and self.adapter == adapter


@dataclass
class BackendInfo:
    name: str
    formats: tuple[str, ...]
    factory: Callable[[], Backend] = field(repr=False)
    #: How a settings menu names it ("llama.cpp on the CPU").
    label: str = ""
    #: Whether the Backend menu offers it (the remote backend runs only endpoints, which are
    #: chosen as models, never as a backend).
    menu: bool = True


_REGISTRY: dict[str, BackendInfo] = {}


def register_backend(
    name: str, formats: tuple[str, ...], factory: Callable[[], Backend], label: str = "", menu: bool = True
) -> None:
    """Register a backend under a unique name; registering a taken name is an error. ``menu``:
    whether a Backend menu lists it."""
    if name in _REGISTRY:
        raise ValueError(f"backend {name!r} is already registered")
    _REGISTRY[name] = BackendInfo(name, formats, factory, label or name, menu)


def backend_names(menu: bool = False) -> list[str]:
    """Registered backend names; with ``menu``, only those a Backend menu offers."""
    return [name for name, info in _REGISTRY.items() if info.menu or not menu]


def backend_info(name: str) -> BackendInfo:
    """Return the registered backend ``name``, or raise an error listing the valid names."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownNameError("backend", name, backend_names()) from None
