"""The core's notes and route reasons, worded by the interface."""

import re
from pathlib import Path

from core.notes import Note, note
from core.router import Route
from desktop.note_texts import note_text, route_reason


def test_known_codes_are_worded_from_their_parameters(qapp):
    assert note_text(note("long_input_parts", "whatever the core said", parts=3)).endswith("processed in 3 parts")
    nested = note("no_gguf_cpu", "model has no GGUF file; {why}, so on the CPU", why="no CUDA device", why_code="no_cuda", why_params={})
    assert route_reason(Route.because("torch", "cpu", nested)) == "model has no GGUF file; no CUDA device, so on the CPU"


def test_unknown_codes_and_plain_strings_show_the_core_text(qapp):
    assert note_text(Note("from_a_newer_core", "something new")) == "something new"
    assert note_text("an old note from history") == "an old note from history"
    assert note_text({"code": "long_input_parts", "text": "bad params", "params": {}}) == "bad params"


def test_every_note_the_core_makes_is_worded_by_the_interface(qapp):
    """A note without the interface's wording shows in English in a Chinese interface."""
    from desktop.note_texts import _texts

    core = Path(__file__).resolve().parents[2] / "core"
    made = {code for path in core.rglob("*.py") for code in re.findall(r'\bnote\(\s*"([a-z_:]+)"', path.read_text(encoding="utf-8"))}
    assert len(made) > 30 and not made - set(_texts())
