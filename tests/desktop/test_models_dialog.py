"""The Models dialog: found models added in place, a catalog download with progress, Cancel and
resume, and deleting the downloaded model (a loopback Hub serves the bundled GGUF)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from core.models import list_models
from core.models.locations import tool_locations
from tests.fixtures.fake_hub import FakeHub
from tests.fixtures.ggufs import link_bundled

REPO, FILE = "inkstone-test/SmolLM2-135M-GGUF", "smollm2-135m.gguf"


@pytest.fixture
def hub(bundled_model_path, monkeypatch, tmp_path):
    server = FakeHub().start()
    served = server.add(REPO, FILE, bundled_model_path.read_bytes())
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(
        f"""
[[model]]
name = "smollm2-135m-test"
title = "SmolLM2 135M (test)"
repo = "{REPO}"
file = "{FILE}"
size = {len(served.data)}
sha256 = "{served.sha256}"
parameters = 0.135
quantization = "Q4_1"
license = "Apache-2.0"
license_url = "https://www.apache.org/licenses/LICENSE-2.0"
languages = ["en"]
memory_gb = 0.5
context = 8192
good_for = "Tests."
""",
        encoding="utf-8",
    )
    yield server, served, catalog
    server.stop()


@pytest.fixture
def make_dialog(qtbot):
    from desktop.models_dialog import ModelsDialog

    dialogs = []

    def make(**kwargs):
        dialog = ModelsDialog(None, **kwargs)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.shutdown()


def test_found_models_are_listed_and_added_where_they_are(qtbot, make_dialog, tmp_path):
    ollama = tmp_path / "ollama"
    digest = hashlib.sha256(b"granite3").hexdigest()  # Ollama names blobs by their digest; not checked here
    blob = link_bundled(ollama / "blobs" / f"sha256-{digest}")  # adding test-loads it: a real model
    manifest = ollama / "manifests" / "registry.ollama.ai" / "library" / "granite3" / "2b"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"layers": [{"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}"}]}))

    dialog = make_dialog()
    dialog.locations = tool_locations(env={"OLLAMA_MODELS": str(ollama)}, home=tmp_path / "home", system="linux")
    with qtbot.waitSignal(dialog.search_done, timeout=10_000):
        dialog.search()
    assert dialog.found_tree.topLevelItemCount() == 1
    row = dialog.found_tree.topLevelItem(0)
    assert (row.text(0), row.text(1), row.text(4), row.text(8)) == ("granite3:2b", "Ollama", "Q4_1", "")
    assert "Found 1 model" in dialog.found_status.text()

    row.setSelected(True)
    with qtbot.waitSignal(dialog.models_changed, timeout=10_000):
        dialog.add_selected()
    added = next(m for m in list_models() if m.name == "granite3-2b")
    assert added.origin == "ollama" and added.path == str(blob)
    qtbot.waitUntil(lambda: dialog.found_tree.topLevelItemCount() == 1 and dialog.found_tree.topLevelItem(0).text(8) == "granite3-2b", timeout=10_000)
    names = [dialog.yours_tree.topLevelItem(i).text(0) for i in range(dialog.yours_tree.topLevelItemCount())]
    assert "granite3-2b" in names


def test_catalog_download_shows_progress_cancels_resumes_and_deletes(qtbot, make_dialog, hub):
    server, served, catalog = hub
    dialog = make_dialog(catalog_path=catalog)
    with qtbot.waitSignal(dialog.catalog.shown, timeout=10_000):
        dialog.catalog.reload()
    tab = dialog.catalog
    assert tab.tree.topLevelItemCount() == 1
    tab.select("smollm2-135m-test")
    assert "Apache-2.0" in tab.details.text() and "network only for a download you start" in tab.network_note.text()

    asked = []
    tab.confirm = lambda text: asked.append(text) or True
    served.delay = 0.02
    tab.download_selected()
    assert "License: Apache-2.0" in asked[0] and "network only for this download" in asked[0]
    qtbot.waitUntil(lambda: tab.progress.value() > 0 and "of 98.4 MB" in tab.progress_label.text(), timeout=15_000)
    assert tab.progress.value() > 0 and not tab.download_button.isEnabled() and tab.cancel_button.isEnabled()
    with qtbot.waitSignal(tab.download_done, timeout=15_000):
        tab.cancel_download()
    assert "kept" in tab.progress_label.text()
    assert not [m for m in list_models() if m.origin == "download"]
    qtbot.waitUntil(lambda: "Partly downloaded" in tab.tree.topLevelItem(0).text(5), timeout=10_000)

    served.delay = 0.0
    tab.select("smollm2-135m-test")
    with qtbot.waitSignal(dialog.models_changed, timeout=30_000):
        tab.download_selected()
    assert "Added smollm2-135m-test" in tab.progress_label.text()
    assert server.gets()[-1][2].startswith("bytes=")  # resumed, not started over
    (model,) = [m for m in list_models() if m.origin == "download"]

    dialog.tabs.setCurrentIndex(2)
    items = [dialog.yours_tree.topLevelItem(i) for i in range(dialog.yours_tree.topLevelItemCount())]
    dialog.yours_tree.setCurrentItem(next(i for i in items if i.text(0) == model.name))
    assert dialog.delete_button.isEnabled()
    dialog.confirm = lambda text: True
    with qtbot.waitSignal(dialog.models_changed, timeout=10_000):
        dialog.delete_selected()
    assert not Path(model.path).exists()
    assert "freed" in dialog.yours_status.text()
