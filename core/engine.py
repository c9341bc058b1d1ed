"""Run one writing action end to end: options, model, route, chunking, generation.

``ActionRun`` is an iterable of events (:class:`Delta` text for the user, :class:`Progress` for
long inputs); once iteration ends, ``run.result`` holds the :class:`ActionResult`. The desktop
wraps the iteration in a worker thread; the CLI iterates it directly. The request, its
preparation (model, route, adapter) and the result live in :mod:`core.run`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from core import answer_language, chunking, quality, router
from core.actions import Action, ActionCatalog
from core.adapters import resolve_adapter
from core.answer_framing import strip_framing
from core.backends.base import Backend, CancelToken, GenerationParams
from core.backends.pool import BackendPool, default_pool
from core.devices import cpu_lease
from core.errors import BadInputError, GpuOutOfMemoryError, InkstoneError
from core.light_edits import keep_light_edits
from core.notes import Note, note
from core.profiles import choose_profile
from core.prompts import action_instruction, action_messages, strip_echo
from core.run import ActionRequest, ActionResult, prepare, read_action_settings, settle
from core.stop_rules import LoopGuard
from core.textio import require_text

__all__ = ["ActionRequest", "ActionResult", "ActionRun", "Delta", "Progress", "Restart", "Routed", "run_action"]
# Tokens kept free beyond prompt and answer, for template tokens the estimate may miss.
_SAFETY_TOKENS = 16
# A map step's summary of one chunk.
_MAP_OUTPUT_TOKENS = 200
# Map chunks stay well below a full context: small models summarize a few pages far better than
# a whole context's worth, and prompt processing slows as the context fills.
_MAP_CHUNK_TOKENS = 3072


@dataclass(frozen=True)
class Delta:
    """Text for the user, in order."""

    text: str


@dataclass(frozen=True)
class Progress:
    """A step of a multi-part run (e.g. "summarizing part 2 of 5")."""

    message: str
    done: int
    total: int


@dataclass(frozen=True)
class Restart:
    """The answer so far is dropped: the model is asked again (``why`` says what was wrong)."""

    why: Note


@dataclass(frozen=True)
class Routed:
    """Which model, backend and device will run, and why; sent before any text."""

    model: str
    route: router.Route

    @property
    def backend(self) -> str:
        return self.route.backend

    @property
    def device(self) -> str:
        return self.route.device

    @property
    def reason(self) -> str:
        return self.route.reason

    @property
    def why(self) -> Note:
        return self.route.why


class _Totals:
    def __init__(self) -> None:
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.ttft_s: float | None = None
        self.decode_tokens = 0
        self.decode_s = 0.0
        self.finish_reason = "stop"
        self.numbers_held = 0

    def add(self, stats) -> None:
        self.numbers_held += stats.numbers_held
        self.prompt_tokens += stats.prompt_tokens
        self.completion_tokens += stats.completion_tokens
        if self.ttft_s is None and stats.ttft_s is not None:
            self.ttft_s = stats.ttft_s
        if stats.completion_tokens > 1:
            self.decode_tokens += stats.completion_tokens - 1
            self.decode_s += stats.generation_s
        if stats.finish_reason in ("cancelled", "length"):
            self.finish_reason = stats.finish_reason

    @property
    def tokens_per_s(self) -> float | None:
        return self.decode_tokens / self.decode_s if self.decode_s > 0 else None


class ActionRun:
    """One action, ready to iterate. Call :meth:`cancel` from any thread to stop it."""

    def __init__(
        self,
        request: ActionRequest,
        pool: BackendPool | None = None,
        catalog: ActionCatalog | None = None,
        cancel: CancelToken | None = None,
        action_settings: dict | None = None,
    ) -> None:
        self.request = request
        self.pool = pool or default_pool()
        if catalog is None:
            from core.storage.user_actions import current_catalog

            catalog = current_catalog()
        self.catalog = catalog
        self.cancel_token = cancel or CancelToken()
        self.result: ActionResult | None = None
        # Validate everything cheap before any model work, so bad input fails fast.
        self.action: Action = self.catalog.get(request.action)
        self.values = self.action.resolve_options(request.options, self.catalog)
        require_text(request.text, "the text")
        self.notes: list[Note] = []
        if action_settings is None:
            action_settings, problem = read_action_settings(self.action.name)
            if problem:
                self.notes.append(note("action_settings_unreadable", "this action's own settings could not be read ({error}); "
                                       "your general settings were used", error=problem))
        chosen = settle(request, action_settings)
        prepared = prepare(chosen.model, chosen.backend, chosen.adapter, beams=chosen.num_beams,
                           sources=chosen.sources, local=request.local)
        self.notes.extend(prepared.notes)
        self.model = prepared.model
        self.route = prepared.route
        self.adapter_path = prepared.adapter_path
        # The model's prompt profile lays the prompt out and brings decoding defaults that come
        # after the run's own values and the action's settings (core.run.settle).
        profile, self.profile_source = choose_profile(self.model, request.profile)
        self.profile_name = profile.name
        self.prompt = profile.for_action(self.action.name, self.values)
        overrides = [(key, self.catalog.prompt_overrides.get(key))
                     for key in (self.action.name, *(f"{self.action.name}.{value}" for value in self.values.values()))]
        for key, override in overrides:
            if override:
                self.prompt = self.prompt.merged(override, f"[prompts.{key}]")
        if any(override for _, override in overrides):
            self.profile_name += " (changed in your actions file)"
        self.settings = settle(request, action_settings, self.prompt.decoding)
        self.instruction = action_instruction(self.action, self.values, self.prompt)
        self.numbers = None  # the digit runs the answer may write (core.number_guard); None: any
        if self.action.numbers == "from-text" and "instruction" not in self.values:  # a typed one may ask for new ones
            from core.number_guard import allowed_numbers  # numpy: only once a model will run

            self.numbers = allowed_numbers(request.text, self.instruction)
        self.candidates = self._few_shot_candidates()
        self.examples: list[dict] = []  # the candidates that fit beside the text, once routed
        self.keep_language = answer_language.keeps_language(self.action, self.values)
        # "Answer in Chinese", in Chinese, for a text that is not English (none for a plain-text
        # continuation: it has no instruction to carry it, and continues in the text's language).
        self.reminder = answer_language.reminder(self.catalog, request.text) if self.keep_language else None
        self.chat_only = False  # a retry in the text's language asks in a chat, even for Continue
        self.loop_stopped = False  # an answer was ended where it began repeating itself
        self.framing_removed: list[str] = []  # lines left out around the answer (core.answer_framing)
        self.edits_undone = 0  # the answer's changes larger than a correction, undone (core.light_edits)

    def _few_shot_candidates(self) -> list[dict]:
        """Earlier kept results of this action to show as examples (none for a plain-text
        continuation, which has no turns to show them in)."""
        if self.settings.few_shot <= 0 or self.prompt.mode == "completion":
            return []
        import sqlite3

        from core.few_shot import find_examples

        try:
            return find_examples(self.action.name, self.values, self.request.text, self.settings.few_shot)
        except (InkstoneError, sqlite3.Error) as exc:
            self.notes.append(note("few_shot_unreadable", "your earlier results could not be read ({error}); no examples "
                                   "were shown", error=str(exc)))
            return []

    def cancel(self) -> None:
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def __iter__(self) -> Iterator[Delta | Progress | Routed]:
        started = time.perf_counter()
        totals = _Totals()
        notes: list[Note] = list(self.notes)
        output_parts: list[str] = []
        state = {"chunks": 1, "device": self.route.device}
        try:
            yield from self._run_on(self.route, totals, notes, output_parts, state)
        except GpuOutOfMemoryError as exc:
            # Re-run on the CPU when nothing reached the user yet and the model has a GGUF file.
            if output_parts or self.model.format != "gguf" or self.route.backend == "llama.cpp":
                raise
            self.route = router.Route.because(
                "llama.cpp", "cpu", note("gpu_oom_rerouted", "GPU out of memory ({error}); re-routed to llama.cpp on the CPU", error=str(exc))
            )
            self.adapter_path = resolve_adapter(self.settings.adapter, self.model, "llama.cpp")
            totals = _Totals()
            yield from self._run_on(self.route, totals, notes, output_parts, state)
        output = self._output(output_parts)
        wrong = None if self.cancelled or not self.keep_language else answer_language.wrong_language(self.request.text, output)
        strict = answer_language.reminder(self.catalog, self.request.text, strict=True) if wrong else None
        if strict:
            why = note("language_retry", "the first answer was in another language ({found}); asked again for {expected}",
                       expected=wrong[0], found=wrong[1])
            yield Restart(why)
            notes.append(why)
            output_parts.clear()
            self.loop_stopped = False
            self.reminder, self.chat_only, totals = strict, True, _Totals()
            yield from self._run_on(self.route, totals, notes, output_parts, state)
            output = self._output(output_parts)
        route = self.route
        device = state["device"]
        chunk_count = state["chunks"]
        if self.cancelled:
            totals.finish_reason = "cancelled"
        if self.loop_stopped:
            notes.append(note("repetition_stopped", "the model began to repeat itself; the answer ends before the repeat"))
        if self.edits_undone:
            notes.append(note("edits_undone", "kept your own words in {count} place(s) where the model rewrote more than a "
                              "correction", count=self.edits_undone))
        if totals.numbers_held:
            notes.append(note("numbers_held", "the model reached for numbers your text does not have {count} time(s); "
                              "it was kept to yours", count=totals.numbers_held))
        if self.framing_removed:
            notes.append(note("framing_removed", "left out what the model put around the answer: {items}",
                              items=self.framing_removed))
        notes += quality.check_result(self.action.name, self.values, self.request.text, output, totals.finish_reason,
                                      keep_language=self.keep_language)
        self.result = ActionResult(
            action=self.action.name,
            options=self.values,
            input=self.request.text,
            output=output,
            model=self.model.name,
            backend=route.backend,
            device=device,
            reason=route.reason,
            reason_code=route.code,
            reason_params=dict(route.params),
            adapter=self.settings.adapter,
            prompt_tokens=totals.prompt_tokens,
            completion_tokens=totals.completion_tokens,
            ttft_s=totals.ttft_s,
            tokens_per_s=totals.tokens_per_s,
            elapsed_s=time.perf_counter() - started,
            chunks=chunk_count,
            finish_reason=totals.finish_reason,
            notes=notes,
            instruction=self.instruction,
            profile=self.profile_name,
            few_shot_ids=[entry["id"] for entry in self.examples],
            settings=self.settings.described(),
        )

    def _output(self, parts: list[str]) -> str:
        output = "".join(parts)
        if self.action.long_input == "tail":  # a continuation: drop a restatement of the text
            output = strip_echo(self.request.text, output)
        self.framing_removed = []
        if self.action.framing and "instruction" not in self.values:
            output, self.framing_removed = strip_framing(self.request.text, output, self.action.framing)
        self.edits_undone = 0
        if self.action.light_edits(self.values) and output.strip() and not self.cancelled:
            output, self.edits_undone = keep_light_edits(self.request.text, output)
        return output.strip()

    def _run_on(self, route, totals, notes: list[Note], output_parts, state):
        yield Routed(self.model.name, route)
        with self.pool.use(route.backend, self.model, self.adapter_path) as backend:
            state["device"] = backend.device
            if route.backend == "llama.cpp" and cpu_lease.busy:
                notes.append(note("cpu_shared", "sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower",
                                  threads=backend.threads_now()))
            for event in self._generate(backend, totals, notes):
                if isinstance(event, int):  # the number of parts a long input was split into
                    state["chunks"] = event
                    continue
                if isinstance(event, Delta):
                    output_parts.append(event.text)
                yield event

    def run(self) -> ActionResult:
        """Run to completion without streaming; return the result."""
        for _ in self:
            pass
        assert self.result is not None
        return self.result

    # -- internals -------------------------------------------------------------------------

    def _params(self, max_tokens: int) -> GenerationParams:
        s = self.settings
        return GenerationParams(max_tokens=max_tokens, temperature=s.temperature, top_p=s.top_p, top_k=s.top_k,
                                min_p=s.min_p, repeat_penalty=s.repeat_penalty, num_beams=s.num_beams, seed=self.request.seed,
                                numbers=self.numbers)

    def _budget(self, input_tokens: int) -> int:
        return self.settings.max_tokens or self.action.output_budget(self.values, input_tokens)

    def _messages(self, text: str, instruction: str | None = None) -> list[dict[str, str]]:
        # Examples show how the user's own answers to this action look; the map step of a long
        # summary has another instruction, so they do not belong there.
        shown = [(e["input"], e["kept_text"]) for e in self.examples] if instruction is None else []
        return action_messages(self.action, self.values, text, self.catalog, instruction, self.prompt, shown, self.reminder)

    def _completion(self, backend: Backend) -> bool:
        """Whether this run continues plain text (the profile asks for it and the backend can)."""
        return self.prompt.mode == "completion" and backend.supports_completion and not self.chat_only

    def _overhead(self, backend: Backend, instruction: str | None = None) -> int:
        if self._completion(backend) and instruction is None:
            return backend.text_tokens("") + _SAFETY_TOKENS
        return backend.prompt_tokens(self._messages("", instruction)) + _SAFETY_TOKENS

    def _stream(self, backend: Backend, text: str, max_tokens: int, totals: _Totals, instruction: str | None = None):
        """Generate an answer for ``text``; it ends early where it has the shape the action asks for
        (core.stop_rules), exactly as at a stop sequence."""
        params = self._params(max_tokens)
        if self._completion(backend) and instruction is None:
            generation = backend.complete(text, params, self.cancel_token)
        else:
            generation = backend.stream(self._messages(text, instruction), params, self.cancel_token)
        rule = self.action.stop_rule(self.values) if instruction is None else None
        rule = rule.for_text(text) if rule else None
        loops = LoopGuard(text)
        answer, shown = "", 0
        # Text that may yet be cut (a sentence past the length allowed, the model retyping an
        # earlier sentence) is held back until it is either cut or clear, so what streams is
        # exactly what the answer keeps.
        for piece in generation:
            answer += piece
            cut = self._cut(rule, loops, answer, shown)
            if cut is not None:
                generation.close()  # the answer has the shape asked for: stop as at a stop sequence
                generation.stats.finish_reason = "stop"
                break
            held = [p for p in (rule.hold(answer) if rule else None, loops.hold(answer)) if p is not None]
            upto = min(held, default=len(answer))
            if upto > shown:
                yield answer[shown:upto]
                shown = upto
        else:  # the model ended: its last sentence is complete, or it was cut off while retyping one
            retyping = loops.hold(answer) if generation.stats.finish_reason == "length" else None
            cut = self._cut(rule, loops, answer + "\n", shown)
            if cut is None and retyping is not None and retyping < len(answer.rstrip()):
                cut, self.loop_stopped = retyping, True
        cut = len(answer) if cut is None else max(min(cut, len(answer)), shown)
        if cut > shown:
            yield answer[shown:cut]
        totals.add(generation.stats)

    def _cut(self, rule, loops: LoopGuard, answer: str, shown: int) -> int | None:
        """Where ``answer`` (of which ``shown`` characters were streamed) is complete by the
        action's stop rule, or ends before it starts repeating itself; None while it goes on."""
        cut = rule.cut(answer, shown) if rule else None
        loop = loops.check(answer)
        if loop is not None and (cut is None or loop < cut):
            self.loop_stopped = True
            return loop
        return cut

    def _choose_examples(self, backend: Backend, input_tokens: int, budget: int) -> None:
        """Keep the candidate examples that fit: at most a share of the context, and never so
        many that the text itself (with room for its answer) would no longer fit whole."""
        from core.few_shot import CONTEXT_SHARE, fit_examples

        self.examples = []
        if not self.candidates:
            return
        ctx = backend.context_length
        room = min(int(ctx * CONTEXT_SHARE), ctx - self._overhead(backend) - input_tokens - budget)
        if room > 0:
            self.examples = fit_examples(self.candidates, room, backend.count_tokens)

    def _generate(self, backend: Backend, totals: _Totals, notes: list[Note]):
        text = self.request.text
        ctx = backend.context_length
        input_tokens = backend.count_tokens(text)
        budget = self._budget(input_tokens)
        self._choose_examples(backend, input_tokens, budget)
        overhead = self._overhead(backend)
        requested = self.settings.max_tokens
        if requested and overhead + requested >= ctx:
            raise BadInputError(
                f"--max-tokens {requested} does not fit the model's {ctx}-token context; use at most {ctx - overhead - 1}"
            )
        if self.settings.num_beams > 1:
            # Beams cannot stream: say what is happening until the whole answer arrives.
            yield Progress(f"Searching {self.settings.num_beams} beams for the best answer", 0, 0)
        if overhead + input_tokens + budget <= ctx:
            for piece in self._stream(backend, text, budget, totals):
                yield Delta(piece)
            return
        mode = self.action.long_input
        if mode == "tail":
            room = ctx - overhead - budget
            kept = chunking.tail(text, room, backend.count_tokens)
            notes.append(note("long_input_tail", "the text is longer than the model's context: continued from its last "
                              "{kept:,} of {total:,} tokens", kept=backend.count_tokens(kept), total=input_tokens))
            for piece in self._stream(backend, kept, budget, totals):
                yield Delta(piece)
        elif mode == "per-chunk":
            yield from self._per_chunk(backend, text, ctx, overhead, totals, notes)
        else:
            yield from self._map_reduce(backend, text, ctx, totals, notes)

    def _per_chunk_size(self, ctx: int, overhead: int) -> int:
        # Largest chunk whose answer budget still fits beside it.
        size = ctx - overhead
        while size > 8 and overhead + size + self._budget(size) > ctx:
            size = int(size * 0.9)
        if size <= 8:
            raise InkstoneError("the model's context is too small for this action; choose a larger model")
        return size

    def _per_chunk(self, backend, text, ctx, overhead, totals, notes):
        size = self._per_chunk_size(ctx, overhead)
        chunks = chunking.split_text(text, size, backend.count_tokens)
        yield len(chunks)
        notes.append(note("long_input_parts", "the text is longer than the model's context: processed in {parts} parts",
                          parts=len(chunks)))
        for index, chunk in enumerate(chunks, 1):
            if self.cancelled:
                return
            yield Progress(f"{self.action.label}: part {index} of {len(chunks)}", index - 1, len(chunks))
            budget = self._budget(backend.count_tokens(chunk.text))
            first = True
            for piece in self._stream(backend, chunk.text, budget, totals):
                if first:
                    piece, first = piece.lstrip(), False
                yield Delta(piece)
            if index < len(chunks):
                # Keep the source's paragraph breaks between the parts' answers.
                yield Delta(chunk.joiner)

    def _map_reduce(self, backend, text, ctx, totals, notes):
        map_instruction = self.catalog.map_prompt
        map_overhead = self._overhead(backend, map_instruction)
        final_budget = self._budget(0)
        final_overhead = self._overhead(backend)
        rounds = 0
        total_chunks = 0
        while backend.count_tokens(text) + final_overhead + final_budget > ctx:
            rounds += 1
            size = min(ctx - map_overhead - _MAP_OUTPUT_TOKENS, _MAP_CHUNK_TOKENS)
            chunks = chunking.split_text(text, size, backend.count_tokens)
            total_chunks += len(chunks)
            yield total_chunks
            summaries = []
            for index, chunk in enumerate(chunks, 1):
                if self.cancelled:
                    return
                yield Progress(f"Summarizing part {index} of {len(chunks)}", index - 1, len(chunks))
                summaries.append("".join(self._stream(backend, chunk.text, _MAP_OUTPUT_TOKENS, totals, map_instruction)).strip())
            text = "\n\n".join(s for s in summaries if s)
            if rounds > 8:
                raise InkstoneError("the text is too long to summarize with this model's context")
        notes.append(note("long_input_map_reduce", "the text is longer than the model's context: summarized {parts} parts, "
                          "then combined them", parts=total_chunks))
        if self.cancelled:
            return
        yield Progress("Combining the part summaries", total_chunks, total_chunks + 1)
        for piece in self._stream(backend, text, final_budget, totals):
            yield Delta(piece)


def run_action(request: ActionRequest, **kwargs) -> ActionRun:
    """Prepare an action run (validates the request; raises :class:`InkstoneError` on bad input)."""
    return ActionRun(request, **kwargs)
