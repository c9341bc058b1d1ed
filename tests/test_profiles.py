"""Prompt profiles: which profile a model gets, how each layout builds its chat, the user's
overrides, and Continue as a plain-text completion on both backends."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.actions import load_catalog
from core.engine import ActionRequest, ActionRun
from core.errors import BadInputError
from core.models import BUNDLED_NAME, ModelEntry
from core.profiles import ActionProfile, choose_profile, load_profiles
from core.prompts import action_messages, chat_messages, strip_echo

STORY = "The lighthouse keeper climbed the stairs every evening to light the lamp."


@pytest.fixture
def bundled(bundled_model_path) -> ModelEntry:
    return ModelEntry(BUNDLED_NAME, str(bundled_model_path), "gguf", True, True)


def _gguf(tmp_path, name: str, arch: str = "llama") -> str:
    from gguf import GGUFWriter

    path = tmp_path / f"{name}.gguf"
    writer = GGUFWriter(str(path), arch=arch)
    writer.add_name(name)
    writer.add_context_length(2048)
    writer.add_tensor("token_embd.weight", np.zeros((16, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return str(path)


def test_profile_comes_from_the_catalog_then_gguf_metadata_then_config_then_default(tmp_path, bundled, inkstone_home):
    assert choose_profile(bundled)[0].name == "smollm2"  # its GGUF's general.name says SmolLM2
    assert choose_profile(bundled)[1] == "gguf metadata"
    other = ModelEntry("qwen", _gguf(tmp_path, "Qwen2.5 1.5B Instruct", "qwen2"), "gguf")
    assert choose_profile(other) == (load_profiles()["default"], "default")
    # A model downloaded from the catalog takes the profile its entry names, whatever its file says.
    # (Written to models.json directly: adding a file test-loads it, which a tiny GGUF cannot pass.)
    from core.models.catalog import find_entry

    entry = find_entry("smollm2-360m-instruct")
    path = _gguf(tmp_path, "renamed weights")
    record = {"name": "from-catalog", "path": path, "format": "gguf", "origin": "download",
              "details": {"repo": entry.repo, "file": entry.file}}
    (inkstone_home / "models.json").write_text(json.dumps({"models": [record], "default": None}), encoding="utf-8")
    downloaded = ModelEntry("from-catalog", path, "gguf", origin="download")
    assert choose_profile(downloaded) == (load_profiles()["smollm2"], "catalog")
    folder = tmp_path / "hf"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"_name_or_path": "HuggingFaceTB/SmolLM2-360M-Instruct"}), encoding="utf-8")
    assert choose_profile(ModelEntry("hf", str(folder), "hf"))[1] == "config.json"


def test_a_gguf_header_is_read_once_per_file_version_not_on_every_run(tmp_path, monkeypatch):
    """Parsing a header walks the whole vocabulary (~50 ms of Python that held up the window's
    event loop at the start of every run): the family is read once, and again when the file changes."""
    import os

    import core.gguf_header as gguf_header

    reads = []
    real = gguf_header.read_header
    monkeypatch.setattr(gguf_header, "read_header", lambda path: reads.append(path) or real(path))
    path = _gguf(tmp_path, "SmolLM2 135M Instruct")
    model = ModelEntry("m", path, "gguf")
    assert choose_profile(model)[0].name == "smollm2" and choose_profile(model)[0].name == "smollm2"
    assert len(reads) == 1
    _gguf(tmp_path, "SmolLM2 135M Instruct")  # written again: a new modification time
    os.utime(path, ns=(1, 1))
    assert choose_profile(model)[0].name == "smollm2" and len(reads) == 2


def test_each_layout_builds_its_chat():
    assert chat_messages("SYS", "Do it.", "TEXT") == [
        {"role": "system", "content": "SYS"}, {"role": "user", "content": "Do it.\n\nTEXT"}]
    assert chat_messages("SYS", "Do it.", "TEXT", layout="text-first")[1] == {"role": "user", "content": "TEXT\n\nDo it."}
    assert chat_messages("You help. {task} Be brief.", "Do it.", "TEXT", layout="system") == [
        {"role": "system", "content": "You help. Do it. Be brief."}, {"role": "user", "content": "TEXT"}]
    assert chat_messages("", "Do it.", "TEXT") == [{"role": "user", "content": "Do it.\n\nTEXT"}]
    assert chat_messages("S", "I", "T", answer="A")[-1] == {"role": "assistant", "content": "A"}


def test_smollm2_profile_puts_the_rewrite_in_the_system_prompt_and_keeps_typed_instructions():
    catalog = load_catalog()
    profile = load_profiles()["smollm2"]
    rewrite = catalog.get("rewrite")
    formal = rewrite.resolve_options({"style": "formal"}, catalog)
    messages = action_messages(rewrite, formal, STORY, catalog, profile=profile.for_action("rewrite"))
    assert messages[0]["role"] == "system" and messages[-1]["content"] == STORY
    assert messages[0]["content"].startswith("You are an assistant that rewrites the user's text. Rewrite it in a formal")
    summarize = catalog.get("summarize")  # measured best as the default layout: instruction, then text
    short = summarize.resolve_options({"length": "short"}, catalog)
    user = action_messages(summarize, short, STORY, catalog, profile=profile.for_action("summarize"))[-1]["content"]
    assert user.startswith("Summarize the following text in one or two sentences.") and user.endswith(STORY)
    typed = rewrite.resolve_options({"instruction": "Make it rhyme"}, catalog)
    system = action_messages(rewrite, typed, STORY, catalog, profile=profile.for_action("rewrite"))[0]["content"]
    assert "as instructed: Make it rhyme" in system  # the user's own instruction wins over the profile's


def test_the_actions_file_overrides_a_profile_per_action(inkstone_home, bundled):
    (inkstone_home / "actions.toml").write_text('[prompts.summarize]\nlayout = "system"\nsystem = "Condense. {task}"\n',
                                                encoding="utf-8")
    run = ActionRun(ActionRequest("summarize", STORY, {"length": "short"}, max_tokens=2, temperature=0), catalog=load_catalog())
    assert run.prompt.layout == "system" and run.profile_name == "smollm2 (changed in your actions file)"
    assert run._messages(STORY)[0]["content"].startswith("Condense. Summarize the following text")
    (inkstone_home / "actions.toml").write_text('[prompts.summarize]\nlayout = "sideways"\n', encoding="utf-8")
    with pytest.raises(BadInputError, match="layout must be one of instruction-first, text-first, system"):
        load_catalog()


def test_an_entry_for_one_choice_is_laid_over_the_actions_own(tmp_path, monkeypatch, inkstone_home, bundled):
    import shutil

    from core.paths import resources_dir

    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    with open(resources / "prompt_profiles.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[profiles.smollm2.actions."rewrite.formal"]\nlayout = "text-first"\n'
                     'decoding = { repeat_penalty = 1.0 }\n')
    monkeypatch.setenv("INKSTONE_RESOURCES", str(resources))
    smollm2 = load_profiles()["smollm2"]
    rewrite, formal = smollm2.for_action("rewrite"), smollm2.for_action("rewrite", {"style": "formal"})
    assert formal.layout == "text-first" and rewrite.layout == "system"
    assert formal.decoding == {**rewrite.decoding, "repeat_penalty": 1.0}  # one value changed, the rest kept
    assert smollm2.for_action("rewrite", {"style": "concise"}) == rewrite
    # The user's actions file can do the same for one choice, after the profile.
    (inkstone_home / "actions.toml").write_text('[prompts."rewrite.formal"]\ndecoding = { temperature = 0.9 }\n',
                                                encoding="utf-8")
    run = ActionRun(ActionRequest("rewrite", STORY, {"style": "formal"}), catalog=load_catalog())
    assert run.prompt.layout == "text-first" and run.prompt.decoding["temperature"] == 0.9
    assert run.profile_name == "smollm2 (changed in your actions file)"
    assert ActionRun(ActionRequest("rewrite", STORY, {"style": "casual"}), catalog=load_catalog()).profile_name == "smollm2"


def test_profile_decoding_sits_below_the_action_settings_and_above_preferences(bundled):
    from core.storage.action_settings import update_action_settings

    request = ActionRequest("summarize", STORY, fallback={"temperature": 1.4, "top_p": 0.5})
    run = ActionRun(request, catalog=load_catalog())
    assert run.settings.temperature == 0.2 and run.settings.top_p == 0.5  # profile, then preferences
    update_action_settings("summarize", {"temperature": 0.9})
    assert ActionRun(request, catalog=load_catalog()).settings.temperature == 0.9


def test_strip_echo_drops_a_restated_text_only():
    assert strip_echo(STORY, STORY + " He was tired.") == " He was tired."
    assert strip_echo(STORY, "every evening to light the lamp. Then he slept.") == " Then he slept."
    assert strip_echo(STORY, "Night fell over the bay.") == "Night fell over the bay."
    assert strip_echo(STORY, "the lamp.") == "the lamp."  # too short to be an echo


@pytest.mark.parametrize("backend", ["llama.cpp", "torch"])
def test_continue_runs_as_a_plain_text_completion(backend, shared_pool):
    run = ActionRun(ActionRequest("continue", STORY, backend=backend, max_tokens=4, temperature=0), pool=shared_pool,
                    catalog=load_catalog())
    assert run.prompt.mode == "completion"
    result = run.run()
    loaded = shared_pool.loaded(backend)
    # The prompt is the text itself (and a BOS where the model wants one): no chat template.
    assert result.prompt_tokens == loaded.text_tokens(STORY) < loaded.prompt_tokens([{"role": "user", "content": STORY}])
    assert result.output and not result.output.startswith(STORY) and result.profile == "smollm2"


def test_a_profile_file_without_a_default_profile_is_refused(tmp_path, monkeypatch):
    import shutil

    from core.paths import resources_dir

    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "prompt_profiles.toml").write_text('[profiles.x]\nmatch = ["x"]\n', encoding="utf-8")
    monkeypatch.setenv("INKSTONE_RESOURCES", str(resources))
    with pytest.raises(BadInputError, match="has no 'default' profile"):
        load_profiles()
    assert ActionProfile().merged({"mode": "completion"}, "x").mode == "completion"
