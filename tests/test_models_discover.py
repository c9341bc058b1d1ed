"""Finding other tools' models in fake Ollama / LM Studio / GPT4All / Jan / llama.cpp / HF-cache layouts, and the catalog."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from core.errors import UnknownNameError
from core.models import list_models
from core.models.catalog import GIB, Machine, find_entry, load_catalog, recommend
from core.models.discover import add_found, discover
from core.models.locations import hf_hub_cache, tool_locations
from tests.fixtures.ggufs import link_bundled, write_gguf


def ollama_model(root: Path, name: str, tag: str, namespace: str = "library", extra_layers=(), loadable: bool = False) -> Path:
    """An Ollama model: a blob and its manifest. ``loadable``: the blob is the bundled model (one
    llama.cpp really loads, for a test that adds it), else a few-kilobyte GGUF."""
    made = link_bundled(root / "tmp.gguf") if loadable else write_gguf(root / "tmp.gguf", name=name)
    digest = hashlib.sha256(name.encode() + str(made.stat().st_size).encode()).hexdigest()
    blob = root / "blobs" / f"sha256-{digest}"
    blob.parent.mkdir(parents=True, exist_ok=True)
    made.replace(blob)
    layers = [{"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": blob.stat().st_size}]
    layers += list(extra_layers)
    manifest = root / "manifests" / "registry.ollama.ai" / namespace / name / tag
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps({"schemaVersion": 2, "layers": layers}), encoding="utf-8")
    return blob


@pytest.fixture
def machine_home(tmp_path):
    """A home folder with every tool's models in its default place (Linux layout)."""
    home = tmp_path / "home"
    ollama = home / ".ollama" / "models"
    ollama_model(ollama, "llama3.2", "3b", loadable=True)
    projector = write_gguf(ollama / "proj.gguf", kind="mmproj", arch="clip")
    ollama_model(ollama, "writer", "latest", namespace="someone", extra_layers=[
        {"mediaType": "application/vnd.ollama.image.projector", "digest": "sha256:" + "b" * 64, "size": projector.stat().st_size}
    ])
    (ollama / "blobs" / ("sha256-" + "c" * 64 + "-partial")).write_bytes(b"GGUF" + b"\0" * 100)
    lms = home / ".lmstudio" / "models" / "lmstudio-community" / "Qwen2.5-1.5B-Instruct-GGUF"
    write_gguf(lms / "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf", arch="qwen2", name="Qwen2.5 1.5B", context=32768)
    write_gguf(lms / "mmproj-model-f16.gguf", arch="clip", kind="mmproj")
    (lms / "other.gguf.part").write_bytes(b"GGUF")
    write_gguf(home / ".local/share/nomic.ai/GPT4All/Llama-3.2-1B-Instruct-Q4_0.gguf", file_type=2)
    write_gguf(home / ".config/Jan/data/llamacpp/models/gemma/model.gguf", arch="gemma2")
    write_gguf(home / ".cache/llama.cpp/bartowski_SmolLM2_adapter.gguf", kind="adapter")
    hf = home / ".cache" / "huggingface" / "hub" / "models--Qwen--Qwen2.5-0.5B-Instruct-GGUF"
    blob = write_gguf(hf / "blobs" / ("d" * 64), arch="qwen2")
    snapshot = hf / "snapshots" / ("e" * 40)
    snapshot.mkdir(parents=True)
    (snapshot / "qwen2.5-0.5b-instruct-q4_k_m.gguf").symlink_to(blob)
    (hf / "refs").mkdir()
    (hf / "refs" / "main").write_text("e" * 40)
    safetensors_folder(home / ".cache" / "huggingface" / "hub" / "models--HuggingFaceTB--SmolLM2-360M-Instruct" / "snapshots" / ("f" * 40))
    mlx = safetensors_folder(home / ".lmstudio" / "models" / "mlx-community" / "Qwen2.5-0.5B-4bit")
    (mlx / "config.json").write_text(json.dumps({"model_type": "qwen2", "quantization": {"bits": 4}}))
    return home


def safetensors_folder(folder: Path) -> Path:
    import numpy as np
    from safetensors.numpy import save_file

    folder.mkdir(parents=True)
    save_file({"embed.weight": np.zeros((4, 8), dtype=np.float32), "norm.weight": np.ones(8, dtype=np.float32)}, str(folder / "model.safetensors"))
    (folder / "config.json").write_text(json.dumps({"model_type": "llama", "max_position_embeddings": 2048, "torch_dtype": "bfloat16"}))
    (folder / "tokenizer.json").write_text("{}")
    return folder


def test_every_tool_is_found_with_facts_from_its_header(machine_home):
    found = discover(tool_locations(env={}, home=machine_home, system="linux"))
    by_label = {m.label: m for m in found.models}
    assert set(by_label) == {
        "llama3.2:3b",
        "someone/writer:latest",
        "lmstudio-community/Qwen2.5-1.5B-Instruct-GGUF/Qwen2.5-1.5B-Instruct-Q4_K_M.gguf",
        "Llama-3.2-1B-Instruct-Q4_0.gguf",
        "gemma/model.gguf",
        "Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf",
        "HuggingFaceTB/SmolLM2-360M-Instruct",
    }
    ollama = by_label["llama3.2:3b"]
    # Its blob is the bundled SmolLM2 (a model the add test can really load): facts from its header.
    assert (ollama.source, ollama.name, ollama.format, ollama.quantization) == ("ollama", "llama3.2-3b", "gguf", "Q4_1")
    assert ollama.architecture == "llama" and ollama.context_length == 8192 and 130e6 < ollama.parameters < 140e6
    assert "llama.cpp" in ollama.backends
    qwen = by_label["lmstudio-community/Qwen2.5-1.5B-Instruct-GGUF/Qwen2.5-1.5B-Instruct-Q4_K_M.gguf"]
    assert (qwen.source, qwen.context_length, qwen.architecture) == ("lm-studio", 32768, "qwen2")
    assert by_label["Llama-3.2-1B-Instruct-Q4_0.gguf"].quantization == "Q4_0"
    assert by_label["Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf"].source == "hf-cache"
    folder = by_label["HuggingFaceTB/SmolLM2-360M-Instruct"]
    assert (folder.format, folder.parameters, folder.context_length, folder.quantization) == ("hf", 40, 2048, "bfloat16")
    reasons = " | ".join(item["reason"] for item in found.skipped)
    assert "projector" in reasons and "adapter" in reasons and "unfinished download" in reasons and "MLX" in reasons
    assert not any("partial" in m.path for m in found.models)


def test_environment_overrides_win(tmp_path):
    env = {"OLLAMA_MODELS": str(tmp_path / "o"), "LLAMA_CACHE": str(tmp_path / "l"), "HF_HOME": str(tmp_path / "h")}
    places = {(loc.source, loc.why): loc.path for loc in tool_locations(env=env, home=tmp_path / "home", system="linux")}
    assert places[("ollama", "OLLAMA_MODELS")] == tmp_path / "o"
    assert places[("llama.cpp", "LLAMA_CACHE")] == tmp_path / "l"
    assert places[("hf-cache", "HF_HOME")] == tmp_path / "h" / "hub"
    assert hf_hub_cache({"HF_HUB_CACHE": "/x"}, tmp_path)[0] == Path("/x")
    windows = [loc.path for loc in tool_locations(env={"LOCALAPPDATA": "L", "APPDATA": "R"}, home=tmp_path, system="win32")]
    assert Path("L") / "nomic.ai" / "GPT4All" in windows and Path("R") / "Jan" / "data" / "models" in windows
    assert Path("L") / "llama.cpp" in windows and tmp_path / ".ollama" / "models" in windows
    mac = [loc.path for loc in tool_locations(env={}, home=tmp_path, system="darwin") if loc.source == "jan"]
    assert tmp_path / "Library/Application Support/Jan/data/models" in mac


def test_settings_files_that_move_a_tools_folder_are_read(tmp_path):
    home = tmp_path / "home"
    (home / ".lmstudio").mkdir(parents=True)
    (home / ".lmstudio" / "settings.json").write_text(json.dumps({"downloadsFolder": str(tmp_path / "big-disk")}))
    ini = home / ".config" / "nomic.ai" / "GPT4All.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[General]\nmodelPath={tmp_path / 'gpt4all-models'}/\n")
    paths = [loc.path for loc in tool_locations(env={}, home=home, system="linux")]
    assert tmp_path / "big-disk" in paths and tmp_path / "gpt4all-models" in paths


def test_adding_a_found_model_keeps_it_in_place_and_marks_it(machine_home):
    locations = tool_locations(env={}, home=machine_home, system="linux")
    found = {m.label: m for m in discover(locations).models}
    entry = add_found(found["llama3.2:3b"])
    assert entry.origin == "ollama" and entry.path == found["llama3.2:3b"].path
    assert any(m.name == entry.name for m in list_models())
    again = {m.label: m for m in discover(locations).models}
    assert again["llama3.2:3b"].registered_as == entry.name
    # A second copy under the same suggested name gets a free name.
    assert add_found(found["llama3.2:3b"], None).name == "llama3.2-3b-2"


def test_catalog_entries_are_complete_and_named():
    entries = load_catalog()
    assert len(entries) >= 8 and [e.parameters for e in entries] == sorted(e.parameters for e in entries)
    for entry in entries:
        assert entry.repo.count("/") == 1 and entry.file and entry.size > 0
        assert entry.license and entry.license_url.startswith("https://") and entry.good_for
    assert not any(e.repo.startswith("meta-llama/") for e in entries)  # gated
    assert find_entry("qwen2.5-3b-instruct").noncommercial
    with pytest.raises(UnknownNameError, match="qwen2.5-1.5b-instruct"):
        find_entry("gpt-5")


@pytest.mark.parametrize(
    ("machine", "expected", "device"),
    [
        (Machine(int(4 * GIB), 8 * GIB, 2), "qwen2.5-1.5b-instruct", "cpu"),
        (Machine(int(1.5 * GIB), 4 * GIB, 2), "qwen2.5-0.5b-instruct", "cpu"),
        (Machine(32 * GIB, 64 * GIB, 16), "qwen2.5-7b-instruct", "cpu"),
        (Machine(2 * GIB, 64 * GIB, 2, "RTX 4090", 20 * GIB), "qwen2.5-7b-instruct", "cuda"),
        (Machine(int(0.5 * GIB), 1 * GIB, 2), None, "cpu"),
    ],
)
def test_recommendation_follows_memory_cores_and_gpu(machine, expected, device):
    advice = recommend(load_catalog(), machine)
    assert (advice.entry.name if advice.entry else None) == expected
    assert advice.device == device and advice.reason
    assert "qwen2.5-3b-instruct" != expected  # a non-commercial license is never picked for the user
