"""The interface's own wording of the core's notes and route reasons (:class:`core.notes.Note`).

The core hands over a code, its parameters and an English sentence; here each known code gets a
translatable sentence with the same ``{fields}``, so the reason a run took a route and the notes
on its result appear in the interface's language. Unknown codes (a newer core, text-only notes
from old history) show the core's English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _texts() -> dict[str, str]:
    # Built on each call: the interface language is chosen at start-up, after import. The calls
    # are spelled out in full so that pyside6-lupdate finds the strings.
    return {
        # route reasons (core.router, core.devices)
        "requested": QCoreApplication.translate("Notes", "requested"),
        "gpu_busy": QCoreApplication.translate("Notes", "GPU busy with fine-tuning"),
        "no_cuda": QCoreApplication.translate("Notes", "no CUDA device"),
        "cuda_disabled": QCoreApplication.translate("Notes", "CUDA disabled by INKSTONE_DISABLE_CUDA"),
        "torch_missing": QCoreApplication.translate("Notes", "PyTorch is not installed"),
        "gpu_memory_short": QCoreApplication.translate("Notes", "not enough free GPU memory ({free} free, ~{needed} needed)"),
        "transformers_architecture": QCoreApplication.translate("Notes", "transformers cannot load GGUF architecture {architecture!r}"),
        "model_unreadable": QCoreApplication.translate("Notes", "the model file cannot be read: {error}"),
        "cuda_room": QCoreApplication.translate("Notes", "CUDA device {name} has {free} free"),
        "no_gguf_cpu": QCoreApplication.translate("Notes", "model has no GGUF file; {why}, so on the CPU"),
        "gpu_oom_rerouted": QCoreApplication.translate("Notes", "GPU out of memory ({error}); re-routed to llama.cpp on the CPU"),
        "remote_endpoint": QCoreApplication.translate("Notes", "remote endpoint {name} ({via})"),
        # how an endpoint was chosen: the {via} of remote_endpoint, by core.run.settle's layer
        "via:request": QCoreApplication.translate("Notes", "chosen for this run"),
        "via:action": QCoreApplication.translate("Notes", "chosen in this action's settings"),
        "via:preferences": QCoreApplication.translate("Notes", "chosen in Preferences"),
        "via:default": QCoreApplication.translate("Notes", "the default model"),
        # notes on a result (core.engine)
        "cpu_shared": QCoreApplication.translate("Notes", "sharing the CPU with fine-tuning: llama.cpp runs {threads} thread(s), so it is slower"),
        "long_input_tail": QCoreApplication.translate("Notes", "the text is longer than the model's context: continued from its last {kept:,} of {total:,} tokens"),
        "long_input_parts": QCoreApplication.translate("Notes", "the text is longer than the model's context: processed in {parts} parts"),
        "long_input_map_reduce": QCoreApplication.translate("Notes", "the text is longer than the model's context: summarized {parts} parts, then combined them"),
        "action_settings_unreadable": QCoreApplication.translate("Notes", "this action's own settings could not be read ({error}); your general settings were used"),
        "few_shot_unreadable": QCoreApplication.translate("Notes", "your earlier results could not be read ({error}); no examples were shown"),
        "beam_search": QCoreApplication.translate("Notes", "beam search over {beams} beams runs on PyTorch"),
        "beam_search_moved": QCoreApplication.translate("Notes", "beam search over {beams} beams runs on PyTorch: llama.cpp has none"),
        "language_retry": QCoreApplication.translate("Notes", "the first answer was in another language ({found}); asked again for {expected}"),
        "repetition_stopped": QCoreApplication.translate("Notes", "the model began to repeat itself; the answer ends before the repeat"),
        "framing_removed": QCoreApplication.translate("Notes", "left out what the model put around the answer: {items}"),
        "numbers_held": QCoreApplication.translate("Notes", "the model reached for numbers your text does not have {count} time(s); it was kept to yours"),
        "edits_undone": QCoreApplication.translate("Notes", "kept your own words in {count} place(s) where the model rewrote more than a correction"),
        # quality notes on a result (core.quality)
        "empty_output": QCoreApplication.translate("Notes", "The model returned no text."),
        "translation_wrong_language": QCoreApplication.translate("Notes", "The translation does not read as {target} (it looks like {found}); a larger model translates better."),
        "answer_language_mismatch": QCoreApplication.translate("Notes", "The answer is not in the language of your text (text: {expected}, answer: {found})."),
        "summary_cut_off": QCoreApplication.translate("Notes", "The answer stopped at the token limit and may be cut off; allow more tokens or select less text."),
        "output_cut_off": QCoreApplication.translate("Notes", "The answer stopped at the token limit and may be cut off; allow more tokens or select less text."),
        "summary_not_shorter": QCoreApplication.translate("Notes", "The summary is not clearly shorter than the text ({percent}% of its length)."),
        "summary_greeting": QCoreApplication.translate("Notes", "The summary contains a greeting or sign-off: {items}."),
        "grammar_overedit": QCoreApplication.translate("Notes", "The grammar fix changed {percent}% of the words; a grammar fix should change only the mistakes."),
        "continuation_echo": QCoreApplication.translate("Notes", "The continuation starts by repeating your text ({count} words)."),
        "repetitive_output": QCoreApplication.translate("Notes", "The answer repeats itself ({percent}% repeated phrases)."),
        "invented_numbers": QCoreApplication.translate("Notes", "Numbers or dates in the answer are not in your text: {items}. Check them before you use it."),
        "invented_names": QCoreApplication.translate("Notes", "Names in the answer are not in your text: {items}. Check them before you use it."),
        "run_locally": QCoreApplication.translate("Notes", "run on this computer instead of remote endpoint {name}"),
        "remote_adapter_unused": QCoreApplication.translate("Notes", "adapter {adapter} is not applied on remote endpoint {name}; its server would have to serve it"),
    }


def note_text(note) -> str:
    """``note`` (a :class:`core.notes.Note`, its dict form, or a plain string) in the interface's
    language."""
    from core.notes import Note

    note = Note.from_value(note)
    template = _texts().get(note.code)
    if template is None:
        return note.text
    from core.notes import shown

    params = shown(note.params)
    if "via_code" in params:  # how an endpoint was chosen
        params["via"] = _texts().get(f"via:{params.pop('via_code')}", str(params.get("via", "")))
    if "why_code" in params:  # a reason that embeds another one
        params["why"] = note_text(Note(params.pop("why_code"), str(params.get("why", "")), params.pop("why_params", {}) or {}))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return note.text


#: Notes that say a bigger model would do better: the result pane links them to the Models dialog.
BIGGER_MODEL_HELPS = frozenset({
    "translation_wrong_language", "answer_language_mismatch", "summary_not_shorter", "grammar_overedit",
    "continuation_echo", "repetitive_output", "invented_numbers", "invented_names", "summary_greeting",
    "repetition_stopped", "numbers_held", "edits_undone",
})


def route_reason(route) -> str:
    """The reason of a :class:`core.router.Route` (or anything with ``why``) in the interface's language."""
    why = getattr(route, "why", None)
    return note_text(why) if why is not None else str(getattr(route, "reason", ""))
