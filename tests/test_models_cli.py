"""``inkstone-cli models discover / catalog / download / delete`` end to end, in fresh processes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.fixtures.fake_hub import FakeHub
from tests.fixtures.ggufs import link_bundled


def isolated_env(tmp_path) -> dict:
    """A home with no tools in it, whatever the machine running the tests has."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"HOME": str(home), "USERPROFILE": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "HF_HOME": str(home / ".cache/huggingface")}  # fmt: skip
    for name in ("OLLAMA_MODELS", "LLAMA_CACHE", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        env[name] = ""
    return env


def test_discover_lists_and_adds_in_place(tmp_path):
    env = isolated_env(tmp_path)
    ollama = tmp_path / "ollama-models"
    digest = hashlib.sha256(b"phi4-mini").hexdigest()  # Ollama names blobs by their digest; not checked here
    blob = link_bundled(ollama / "blobs" / f"sha256-{digest}")  # adding test-loads it: a real model
    manifest = ollama / "manifests" / "registry.ollama.ai" / "library" / "phi4-mini" / "latest"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"layers": [{"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}"}]}))
    env["OLLAMA_MODELS"] = str(ollama)

    table = run_cli("models", "discover", env=env)
    assert table.returncode == 0, table.stderr.decode()
    assert "phi4-mini:latest" in table.stdout.decode() and "models discover --add" in table.stdout.decode()

    added = run_cli("models", "discover", "--json", "--add", env=env)
    report = json.loads(added.stdout)
    assert [m["label"] for m in report["models"]] == ["phi4-mini:latest"]
    assert report["added"] == [{"name": "phi4-mini-latest", "source": "ollama", "path": str(blob)}]
    assert any(loc["why"] == "OLLAMA_MODELS" for loc in report["searched"])
    listing = json.loads(run_cli("models", "list", "--json", env=env).stdout)
    assert {"name": "phi4-mini-latest", "origin": "ollama", "path": str(blob)}.items() <= next(
        m for m in listing if m["name"] == "phi4-mini-latest"
    ).items()
    refused = run_cli("models", "delete", "phi4-mini-latest", env=env)
    assert refused.returncode == 2 and b"not downloaded by Inkstone" in refused.stderr and blob.exists()


def test_catalog_json_has_licenses_and_a_recommendation(tmp_path):
    result = run_cli("models", "catalog", "--json", env=isolated_env(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert report["machine"]["cores"] >= 1 and report["machine"]["ram_total"] > 0
    names = [m["name"] for m in report["models"]]
    assert report["recommendation"]["name"] in names + [None] and report["recommendation"]["reason"]
    assert all(m["license"] and m["state"] == "" for m in report["models"])


@pytest.fixture
def hub(bundled_model_path):
    server = FakeHub().start()
    server.add("inkstone-test/tiny-GGUF", "tiny.gguf", bundled_model_path.read_bytes())
    yield server
    server.stop()


def test_download_asks_for_the_license_then_downloads_and_deletes(tmp_path, hub):
    env = {**isolated_env(tmp_path), "HF_ENDPOINT": hub.url}
    unasked = run_cli("models", "download", "inkstone-test/tiny-GGUF", "--file", "tiny.gguf", env=env)
    assert unasked.returncode == 2 and b"--yes" in unasked.stderr and hub.gets() == []
    assert b"uses the network for nothing else" in unasked.stderr

    done = run_cli("models", "download", "inkstone-test/tiny-GGUF", "--file", "tiny.gguf", "--yes", env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert "added tiny:" in done.stdout.decode()
    listing = json.loads(run_cli("models", "list", "--json", env=env).stdout)
    path = next(m["path"] for m in listing if m["name"] == "tiny")

    deleted = run_cli("models", "delete", "tiny", env=env)
    assert deleted.returncode == 0 and b"deleted tiny" in deleted.stdout
    listing = json.loads(run_cli("models", "list", "--json", env=env).stdout)
    assert "tiny" not in [m["name"] for m in listing]
    assert not Path(path).exists()
