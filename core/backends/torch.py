"""PyTorch/transformers, on a CUDA GPU when one is usable, else on the CPU.

The model is loaded from the folder :func:`core.backends.hf_cache.ensure_converted` returns (a
GGUF file is dequantized once and cached). Prompts are rendered by :func:`core.chat_template.
render_chat` from the same template string the llama.cpp path uses, and the sampling chain is
llama.cpp's (repeat penalty over the last 64 generated tokens, then top-k, top-p, temperature),
so the same request means the same thing on both backends and greedy answers start alike.

``generate()`` runs on a worker thread and hands each token to a streamer that records it in the
:class:`Generation` stats; the caller's iteration decodes and yields text. Stop is a
``StoppingCriteria`` that reads the :class:`CancelToken` between tokens.

torch and transformers are imported on the first :meth:`TorchBackend.load`, never at import time,
so the llama.cpp route stays light.
"""

from __future__ import annotations

import gc
import json
import queue
import threading
import time
from dataclasses import replace
from pathlib import Path

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
from core.backends.hf_cache import tokenizer_adds_bos
from core.backends.text_pieces import Detokenizer, token_bytes
from core.chat_template import TemplateError, render_chat
from core import devices
from core.errors import GpuOutOfMemoryError, InkstoneError, ModelError
from core.models import ModelEntry

# llama-cpp-python's ``last_n_tokens_size``: how far back its repeat penalty looks.
REPEAT_WINDOW = 64
_DONE = object()


def auto_device(model: ModelEntry | None = None) -> str:
    """The device torch should use now: the one the router names for ``model``.

    The GPU unless it is absent, a fine-tune holds it, or ``model`` would not fit in its memory.
    """
    if model is not None:
        return devices.torch_device(model)[0]
    status = devices.cuda_status()
    return status.device if status.available and not devices.gpu_lease.busy else "cpu"


def _libs():
    from core.backends.hf_cache import import_transformers

    return import_transformers()


class TorchBackend(Backend):
    name = "torch"
    formats = ("gguf", "hf")
    supports_completion = True
    holds_numbers = True

    def __init__(self, device: str | None = None, threads: int | None = None, max_context: int | None = None) -> None:
        super().__init__()
        #: Fixed device ("cpu", "cuda:0"), or None to follow :func:`auto_device` at each load.
        self.device_preference = device
        self.threads = threads or default_threads()
        self.max_context = max_context or context_cap()
        self._model = None
        self._tokenizer = None
        self._device = "cpu"
        self._dtype_name = ""
        self._add_bos = False
        self._eog: set[int] = set()
        self._pad_id: int | None = None
        self._token_bytes = None
        self.load_s: float | None = None

    # -- capability attributes -------------------------------------------------------------

    @property
    def device(self) -> str:
        return self._device if self._model is not None else self.wanted_device(self.model)

    @property
    def dtype(self) -> str:
        """The loaded weights' precision ("float32", "bfloat16", "float16")."""
        return self._dtype_name

    @property
    def context_length(self) -> int:
        if self._model is None:
            raise InkstoneError("no model is loaded")
        config = self._model.config
        limit = getattr(config, "max_position_embeddings", None) or self.max_context
        return min(int(limit), self.max_context)

    def wanted_device(self, model: ModelEntry | None = None) -> str:
        return self.device_preference or auto_device(model)

    def is_loaded(self, model: ModelEntry, adapter: str | None = None) -> bool:
        # A model loaded on the GPU before a fine-tune started must move off it (and back after).
        return super().is_loaded(model, adapter) and self._device == self.wanted_device(model)

    # -- loading -------------------------------------------------------------------------------

    def load(self, model: ModelEntry, adapter: str | None = None) -> None:
        started = time.perf_counter()
        from core.backends.hf_cache import ensure_converted

        folder = ensure_converted(model)
        torch, transformers = _libs()
        device = self.wanted_device(model)
        if device == "cpu":
            torch.set_num_threads(self.threads)
            dtype = torch.float32
        else:
            # Half precision on the GPU: bf16 keeps fp32's range where the card supports it.
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
            hf_model = transformers.AutoModelForCausalLM.from_pretrained(
                folder, dtype=dtype, trust_remote_code=False, use_safetensors=True
            )
            if adapter:
                hf_model = _apply_adapter(hf_model, Path(adapter))
            hf_model.eval()
            # Weights go to the device once, here; requests only move their token ids.
            hf_model.to(device)
        except torch.cuda.OutOfMemoryError:
            hf_model = None
            _free_gpu(torch)
            raise GpuOutOfMemoryError(
                f"not enough GPU memory to load {model.name} ({_gpu_free_text(torch)}); it can run on the CPU with llama.cpp"
            ) from None
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise ModelError(f"transformers could not load {model.name}: {_first_line(exc)}") from None

        self._model, self._tokenizer, self._device = hf_model, tokenizer, device
        self._dtype_name = str(dtype).removeprefix("torch.")
        self.model, self.adapter = model, adapter
        self._add_bos = tokenizer_adds_bos(tokenizer)
        self._eog = _end_of_generation_tokens(tokenizer, hf_model)
        self._pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else min(self._eog, default=0)
        self._token_bytes, self._digit_tokens = token_bytes(tokenizer), None
        if device != "cpu":
            devices.set_resident_gpu_bytes(torch.cuda.memory_allocated(torch.device(device)))
        self.load_s = time.perf_counter() - started

    def close(self) -> None:
        was_gpu = self._model is not None and self._device != "cpu"
        self._model = self._tokenizer = None
        self.model = self.adapter = None
        self._eog = set()
        if was_gpu:
            import torch

            gc.collect()
            _free_gpu(torch)
            devices.set_resident_gpu_bytes(0)

    # -- prompts and tokens ----------------------------------------------------------------------

    def render(self, messages: list[Message]) -> str:
        tokenizer = self._require_tokenizer()
        try:
            return render_chat(tokenizer.chat_template, messages, tokenizer.bos_token or "", tokenizer.eos_token or "")
        except TemplateError as exc:
            raise ModelError(str(exc)) from None

    def count_tokens(self, text: str) -> int:
        return len(self._require_tokenizer().encode(text, add_special_tokens=False))

    def prompt_tokens(self, messages: list[Message]) -> int:
        return len(self._tokenize_prompt(self.render(messages)))

    def text_tokens(self, text: str) -> int:
        return len(self._tokenize_prompt(text, special=False))

    def _tokenize_prompt(self, prompt: str, special: bool = True) -> list[int]:
        tokenizer = self._require_tokenizer()
        # The template already wrote any BOS it wants; add one only where the model expects it and
        # the template left it out (the rule the llama.cpp path follows). The user's own text
        # (special=False) is only text, even where it spells a special token.
        ids = tokenizer.encode(prompt, add_special_tokens=False, split_special_tokens=not special)
        bos = tokenizer.bos_token_id
        if self._add_bos and bos is not None and (not ids or ids[0] != bos):
            ids.insert(0, bos)
        return ids

    def vocabulary(self):
        tokenizer, to_bytes = self._require_tokenizer(), self._token_bytes
        for token in range(len(tokenizer)):
            yield token, (to_bytes(token).decode("utf-8", errors="replace") if to_bytes else tokenizer.decode([token]))

    def _require_tokenizer(self):
        if self._tokenizer is None:
            raise InkstoneError("no model is loaded")
        return self._tokenizer

    # -- generation ----------------------------------------------------------------------------

    def stream(self, messages: list[Message], params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        if self._model is None:
            raise InkstoneError("no model is loaded")
        return self._generate(self._tokenize_prompt(self.render(messages)), params, cancel)

    def complete(self, text: str, params: GenerationParams, cancel: CancelToken | None = None) -> Generation:
        if self._model is None:
            raise InkstoneError("no model is loaded")
        return self._generate(self._tokenize_prompt(text, special=False), params, cancel)

    def _generate(self, prompt_ids: list[int], params: GenerationParams, cancel: CancelToken | None) -> Generation:
        ctx = self.context_length
        room = ctx - len(prompt_ids)
        if room <= 0:
            raise InkstoneError(
                f"the prompt has {len(prompt_ids):,} tokens and the model's context holds {ctx:,}; select less text"
            )
        max_tokens = min(params.max_tokens, room)
        model, tokenizer, device, eog, pad_id = self._model, self._tokenizer, self._device, self._eog, self._pad_id
        model_name = self.model.name if self.model else "the model"
        guard = self.number_guard(params)

        def chunks(generation: Generation):
            torch, transformers = _libs()
            generation.stats.prompt_tokens = len(prompt_ids)
            abandoned = threading.Event()  # the caller stopped iterating: stop generating too
            tokens: queue.Queue = queue.Queue()
            outcome = {"finish": "length", "error": None}
            streamer = _TokenStreamer(transformers, tokens, generation, eog, outcome, whole=max(1, params.num_beams) > 1)
            stop = _stopping_criteria(torch, transformers, cancel, abandoned)
            beams = max(1, params.num_beams)
            config = transformers.GenerationConfig(
                max_new_tokens=max_tokens,
                # Beam search keeps the likeliest beams, no sampling; its answer arrives whole.
                do_sample=not params.greedy and beams == 1,
                num_beams=beams,
                early_stopping=beams > 1,
                # Sampling is done by our llama.cpp-ordered processors; the built-ins stay off.
                temperature=1.0,
                top_k=0,
                top_p=1.0,
                min_p=None,
                repetition_penalty=1.0,
                eos_token_id=sorted(eog) or None,
                pad_token_id=pad_id,
            )
            processors = _llama_cpp_sampling(torch, transformers, params if beams == 1 else replace(params, temperature=0.0),
                                             len(prompt_ids))
            if guard is not None:  # before the sampler chain, as on llama.cpp
                from core.number_guard import torch_processor

                processors.insert(0, torch_processor(torch, transformers, guard, len(prompt_ids)))
            input_ids = torch.tensor([prompt_ids], dtype=torch.long, device=device)

            def run() -> None:
                try:
                    if params.seed is not None:
                        torch.manual_seed(params.seed)
                    with torch.inference_mode():
                        output = model.generate(
                            input_ids=input_ids,
                            attention_mask=torch.ones_like(input_ids),
                            generation_config=config,
                            logits_processor=processors,
                            stopping_criteria=stop,
                            streamer=streamer if beams == 1 else None,  # transformers streams no beams
                        )
                    if beams > 1:
                        streamer.put(output[0, : len(prompt_ids)])  # the prompt, which it skips
                        streamer.put(output[0, len(prompt_ids) :])
                except BaseException as exc:  # handed to the consuming thread, which raises it
                    outcome["error"] = exc
                finally:
                    tokens.put(_DONE)

            worker = threading.Thread(target=run, name="inkstone-torch-generate")
            worker.start()
            decoder = Detokenizer(tokenizer, self._token_bytes)
            try:
                while True:
                    item = tokens.get()
                    if item is _DONE:
                        break
                    text = decoder.push(item)
                    if text:
                        yield text
                error = outcome["error"]
                if error is not None:
                    if isinstance(error, torch.cuda.OutOfMemoryError):
                        _free_gpu(torch)
                        raise GpuOutOfMemoryError(
                            f"the GPU ran out of memory while {model_name} was generating; "
                            "it can run on the CPU with llama.cpp"
                        ) from None
                    if isinstance(error, Exception):
                        raise ModelError(f"generation failed on {device}: {_first_line(error)}") from error
                    raise error
                tail = decoder.flush()
                if tail:
                    yield tail
                generation.stats.dropped_bytes = decoder.dropped_bytes
                generation.stats.numbers_held = guard.held if guard is not None else 0
            finally:
                abandoned.set()
                worker.join()
            finish = outcome["finish"]
            if cancel is not None and cancel.cancelled:
                finish = "cancelled"
            generation.stats.finish_reason = finish

        return Generation(chunks)


# -- helpers (torch and transformers are passed in: they are not imported at module level) ------


class _TokenStreamer:
    """Receives each new token on the generation thread, records it, and queues it for decoding."""

    def __init__(self, transformers, tokens: queue.Queue, generation: Generation, eog: set[int], outcome: dict,
                 whole: bool = False):
        self._tokens = tokens
        self._generation = generation
        self._eog = eog
        self._outcome = outcome
        self._prompt_seen = False
        #: The answer arrives in one piece (beam search), ending at the first end-of-turn token.
        self._whole = whole

    def put(self, value) -> None:
        if not self._prompt_seen:  # generate() first echoes the prompt
            self._prompt_seen = True
            return
        for token in value.reshape(-1).tolist():
            if token in self._eog:
                self._outcome["finish"] = "stop"
                if self._whole:  # a finished beam: what follows is padding
                    break
                continue
            self._generation.mark_token(token)
            self._tokens.put(token)

    def end(self) -> None:
        pass


def _stopping_criteria(torch, transformers, cancel: CancelToken | None, abandoned: threading.Event):
    class _Stop(transformers.StoppingCriteria):
        def __call__(self, input_ids, scores, **kwargs):
            stop = abandoned.is_set() or (cancel is not None and cancel.cancelled)
            return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)

    return transformers.StoppingCriteriaList([_Stop()])


def _llama_cpp_sampling(torch, transformers, params: GenerationParams, prompt_length: int):
    """The llama.cpp sampler chain as logits processors: penalty, top-k, top-p, min-p, temperature."""

    class _RecentRepeatPenalty(transformers.LogitsProcessor):
        # llama.cpp penalizes tokens among the last 64 it generated (the prompt is not counted),
        # dividing positive logits and multiplying the others; transformers' own penalty would
        # look at the whole prompt too.
        def __call__(self, input_ids, scores):
            recent = input_ids[:, prompt_length:][:, -REPEAT_WINDOW:]
            if recent.shape[1] == 0:
                return scores
            picked = torch.gather(scores, 1, recent)
            picked = torch.where(picked <= 0, picked * params.repeat_penalty, picked / params.repeat_penalty)
            return scores.scatter(1, recent, picked)

    processors = transformers.LogitsProcessorList()
    if params.repeat_penalty and params.repeat_penalty != 1.0:
        processors.append(_RecentRepeatPenalty())
    if params.greedy:
        return processors
    if params.top_k and params.top_k > 0:
        processors.append(transformers.TopKLogitsWarper(top_k=params.top_k))
    if params.top_p is not None and params.top_p < 1.0:
        processors.append(transformers.TopPLogitsWarper(top_p=params.top_p))
    if params.min_p and params.min_p > 0.0:
        processors.append(transformers.MinPLogitsWarper(min_p=params.min_p))
    if params.temperature != 1.0:
        processors.append(transformers.TemperatureLogitsWarper(params.temperature))
    return processors


def _apply_adapter(hf_model, folder: Path):
    """Apply a PEFT LoRA adapter folder and merge it, so generation costs what the base model costs."""
    if not folder.is_dir() or not (folder / "adapter_config.json").is_file():
        raise ModelError(f"{folder} is not a PEFT adapter folder (no adapter_config.json)")
    if not (folder / "adapter_model.safetensors").is_file():
        raise ModelError(f"{folder.name} has no adapter_model.safetensors (pickle adapters are refused)")
    try:
        config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{folder.name}/adapter_config.json is unreadable: {exc}") from None
    if config.get("peft_type", "LORA") != "LORA":
        raise ModelError(f"{folder.name} is a {config.get('peft_type')} adapter; only LoRA adapters are supported")
    from core.adapters import check_adapter_config

    check_adapter_config(config, folder.name, ModelError)  # no module for peft to import
    from peft import PeftModel

    try:
        peft_model = PeftModel.from_pretrained(hf_model, str(folder), is_trainable=False)
    except (ValueError, KeyError, RuntimeError, OSError) as exc:
        raise ModelError(f"the adapter {folder.name} does not fit this model: {_first_line(exc)}") from None
    return peft_model.merge_and_unload()


def _end_of_generation_tokens(tokenizer, hf_model) -> set[int]:
    """Token ids that end a reply: EOS, the generation config's EOS list and end-of-turn markers."""
    ids: set[int] = set()
    if tokenizer.eos_token_id is not None:
        ids.add(tokenizer.eos_token_id)
    configured = getattr(getattr(hf_model, "generation_config", None), "eos_token_id", None)
    if isinstance(configured, int):
        ids.add(configured)
    elif configured:
        ids.update(int(i) for i in configured)
    for marker in END_OF_TURN_MARKERS:
        pieces = tokenizer.encode(marker, add_special_tokens=False)
        if len(pieces) == 1:
            ids.add(pieces[0])
    return {i for i in ids if i is not None and i >= 0}


def _free_gpu(torch) -> None:
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def _gpu_free_text(torch) -> str:
    try:
        free, _total = torch.cuda.mem_get_info()
    except RuntimeError:
        return "free memory unknown"
    return f"{free / 2**30:.1f} GB free"


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
