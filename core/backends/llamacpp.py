"""llama.cpp through llama-cpp-python, on the CPU.

The model is memory-mapped and stays loaded across actions, so llama.cpp's KV cache keeps the
shared prompt prefix (system prompt and instruction) and does not recompute it. Threads default
to the number of physical cores: llama-cpp-python's own default (half the logical CPUs) runs one
thread on a two-core machine and generates ~40% slower.
"""

from __future__ import annotations

import contextlib
import random
import threading
from functools import lru_cache

from core.backends.base import (
    END_OF_TURN_MARKERS,
    Backend,
    CancelToken,
    Generation,
    GenerationParams,
    Message,
    default_threads,
    context_cap,
)
from core.backends.text_pieces import TextPieces
from core.chat_template import TemplateError, render_chat
from core.devices import cpu_lease
from core.errors import InkstoneError, ModelError
from core.gguf_check import inspect_gguf
from core.llama_log import route_llama_log
from core.models import ModelEntry
from core.models.probe import ensure_loadable

_PARAMS_PATCH = threading.Lock()


@lru_cache(maxsize=1)
def cpu_has_amx() -> bool:
    """Whether the CPU advertises Intel AMX (Sapphire Rapids and later).

    llama.cpp built for such a CPU multiplies matrices through its AMX buffer type, which crashes
    the process with a segmentation fault at the first evaluation on some of these machines
    (llama.cpp issue 20824, open; seen on this project's development machines).
    """
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return "amx_tile" in line.split()
    except OSError:
        pass
    return False


@contextlib.contextmanager
def safe_model_params():
    """Load llama.cpp models without its "extra" CPU buffer types (AMX, repacked weights) where the
    CPU has AMX, so the crash above cannot happen. llama-cpp-python's ``Llama`` does not expose
    ``use_extra_bufts``, so its default-parameter function is wrapped while a model is constructed.
    Elsewhere this does nothing."""
    if not cpu_has_amx():
        yield
        return
    import llama_cpp.llama_cpp as native

    with _PARAMS_PATCH:
        original = native.llama_model_default_params

        def without_extra_buffers():
            params = original()
            params.use_extra_bufts = False
            return params

        native.llama_model_default_params = without_extra_buffers
        try:
            yield
        finally:
            native.llama_model_default_params = original


class LlamaCppBackend(Backend):
    name = "llama.cpp"
    formats = ("gguf",)
    supports_completion = True
    holds_numbers = True

    def __init__(self, threads: int | None = None, max_context: int | None = None) -> None:
        super().__init__()
        self.threads = threads or default_threads()
        self.max_context = max_context or context_cap()
        self._llm = None
        self._template: str | None = None
        self._bos = ""
        self._eos = ""
        self._add_bos = False
        self._eog: set[int] = set()
        self._active_threads = self.threads

    @property
    def device(self) -> str:
        return "cpu"

    @property
    def context_length(self) -> int:
        if self._llm is None:
            raise InkstoneError("no model is loaded")
        return self._llm.n_ctx()

    def load(self, model: ModelEntry, adapter: str | None = None) -> None:
        if model.format != "gguf":
            raise ModelError(f"{model.name} has no GGUF file; llama.cpp cannot run it (use --backend torch)")
        info = inspect_gguf(model.path)  # never hand llama.cpp a file it could crash on
        if adapter:
            adapter_info = inspect_gguf(adapter)
            if adapter_info.file_type != "adapter":
                raise ModelError(f"{adapter} is not a GGUF LoRA adapter")
        ensure_loadable(model.path, adapter)  # first load of a file: in a child process (issue #17)
        from llama_cpp import Llama

        route_llama_log()

        n_ctx = min(info.context_length or 2048, self.max_context)
        try:
            with safe_model_params():
                llm = Llama(
                    model_path=model.path,
                    n_ctx=n_ctx,
                    n_threads=self.threads,
                    n_threads_batch=self.threads,
                    use_mmap=True,
                    lora_path=adapter,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(f"llama.cpp could not load {model.name}: {exc}") from None
        self._llm = llm
        self.model, self.adapter = model, adapter
        self._digit_tokens = None
        meta = llm.metadata
        self._template = meta.get("tokenizer.chat_template")
        self._bos = _piece(llm, llm.token_bos())
        self._eos = _piece(llm, llm.token_eos())
        self._add_bos = meta.get("tokenizer.ggml.add_bos_token", "false") == "true"
        self._eog = _end_of_generation_tokens(llm)
        self._active_threads = self.threads

    def close(self) -> None:
        if self._llm is not None:
            self._llm.close()
        self._llm = None
        self.model = self.adapter = None

    def render(self, messages: list[Message]) -> str:
        try:
            return render_chat(self._template, messages, self._bos, self._eos)
        except TemplateError as exc:
            raise ModelError(str(exc)) from None

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def prompt_tokens(self, messages: list[Message]) -> int:
        return len(self._tokenize_prompt(self.render(messages)))

    def text_tokens(self, text: str) -> int:
        return len(self._tokenize_prompt(text, special=False))

    def _tokenize_prompt(self, prompt: str, special: bool = True) -> list[int]:
        # A rendered chat holds the template's special tokens; the user's own text is only text.
        tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=special)
        bos = self._llm.token_bos()
        if self._add_bos and bos >= 0 and (not tokens or tokens[0] != bos):
            tokens.insert(0, bos)
        return tokens

    def vocabulary(self):
        llm = self._llm
        return ((token, llm.detokenize([token]).decode("utf-8", errors="replace")) for token in range(llm.n_vocab()))

    def threads_now(self) -> int:
        """Threads for the next generation: fewer while a fine-tune shares the CPU."""
        return max(1, self.threads // 2) if cpu_lease.busy else self.threads

    def _apply_threads(self) -> None:
        wanted = self.threads_now()
        if wanted != self._active_threads:
            import llama_cpp

            llama_cpp.llama_set_n_threads(self._llm._ctx.ctx, wanted, wanted)
            self._active_threads = wanted

    def stream(self, messages: list[Message], params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        if self._llm is None:
            raise InkstoneError("no model is loaded")
        return self._generate(self._tokenize_prompt(self.render(messages)), params, cancel)

    def complete(self, text: str, params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        if self._llm is None:
            raise InkstoneError("no model is loaded")
        return self._generate(self._tokenize_prompt(text, special=False), params, cancel)

    def _generate(self, prompt_tokens: list[int], params: GenerationParams, cancel: CancelToken | None) -> Generation:
        self._apply_threads()
        room = self._llm.n_ctx() - len(prompt_tokens)
        if room <= 0:
            raise InkstoneError(
                f"the prompt has {len(prompt_tokens):,} tokens and the model's context holds {self._llm.n_ctx():,}; "
                "select less text"
            )
        max_tokens = min(params.max_tokens, room)
        llm = self._llm
        eog = self._eog
        guard = self.number_guard(params)
        start = len(prompt_tokens)
        # llama-cpp-python hands a processor all ids so far (the prompt's too) and the logits by id.
        hold = [lambda ids, logits: guard.apply(ids[start:], logits)] if guard is not None else None

        def chunks(generation: Generation):
            generation.stats.prompt_tokens = len(prompt_tokens)
            llm.set_seed(params.seed if params.seed is not None else random.randrange(2**31))
            stop = (lambda _ids, _logits: cancel.cancelled) if cancel is not None else None
            pieces = TextPieces()
            produced = 0
            finish = "length"
            for token in llm.generate(
                prompt_tokens,
                temp=max(params.temperature, 0.0),
                top_p=params.top_p,
                top_k=params.top_k,
                min_p=params.min_p,
                repeat_penalty=params.repeat_penalty,
                logits_processor=hold,
                stopping_criteria=stop,
            ):
                if token in eog:
                    finish = "stop"
                    break
                generation.mark_token(token)
                produced += 1
                text = pieces.push(llm.detokenize([token]))
                if text:
                    yield text
                if cancel is not None and cancel.cancelled:
                    break
                if produced >= max_tokens:
                    break
            if cancel is not None and cancel.cancelled:
                finish = "cancelled"
            pieces.finish()
            generation.stats.dropped_bytes = pieces.dropped_bytes
            generation.stats.finish_reason = finish
            generation.stats.numbers_held = guard.held if guard is not None else 0

        return Generation(chunks)


def _piece(llm, token: int) -> str:
    if token < 0:
        return ""
    return llm.detokenize([token], special=True).decode("utf-8", errors="replace")


def _end_of_generation_tokens(llm) -> set[int]:
    """Token ids that end a reply: EOS, EOT and the template's end-of-turn marker."""
    ids = {llm.token_eos()}
    model = getattr(llm, "_model", None)
    if model is not None and hasattr(model, "token_eot"):
        ids.add(model.token_eot())
    for marker in END_OF_TURN_MARKERS:
        tokens = llm.tokenize(marker.encode("utf-8"), add_bos=False, special=True)
        if len(tokens) == 1:
            ids.add(tokens[0])
    return {i for i in ids if i is not None and i >= 0}
