"""Downloads against a loopback stand-in for the Hub (tests/fixtures/fake_hub.py) serving the bundled GGUF.

Each download runs the real child process and huggingface_hub; only the server is local.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from core.errors import ModelError
from core.models import download as dl
from core.models import hub_store
from core.models.download import Download, DownloadSpec, spec_for
from core.models.registry import add_model, list_models, model_record
from tests.fixtures.fake_hub import FakeHub

REPO, FILE = "inkstone-test/SmolLM2-135M-GGUF", "smollm2-135m.gguf"


@pytest.fixture(scope="module")
def model_bytes(bundled_model_path) -> bytes:
    return bundled_model_path.read_bytes()


@pytest.fixture
def hub(monkeypatch, tmp_path):
    server = FakeHub().start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))  # no token, no cache of the user's
    yield server
    server.stop()


def run(download: Download) -> list:
    return list(download)


def downloaded_files() -> list[Path]:
    root = hub_store.download_root()
    return [p for p in root.rglob("*") if p.is_file() and "blobs" in p.parts] if root.exists() else []


def test_download_verifies_and_registers_in_place(hub, model_bytes):
    served = hub.add(REPO, FILE, model_bytes)
    download = Download(spec_for(REPO, FILE))
    progress = run(download)

    assert download.result.status == "done"
    model = download.result.model
    assert model.origin == "download" and model.name == "smollm2-135m"
    assert hashlib.sha256(Path(model.path).read_bytes()).hexdigest() == served.sha256
    record = model_record(model.name)
    assert record["details"]["sha256"] == served.sha256 and record["details"]["repo"] == REPO
    # The library's cache layout: a snapshot link named like the file, pointing at the blob.
    snapshot = hub_store.repo_dir(REPO) / "snapshots" / served.commit / FILE
    assert snapshot.resolve() == Path(model.path)
    phases = [p.phase for p in progress]
    assert {"connecting", "downloading", "verifying", "checking"} <= set(phases)
    final = [p for p in progress if p.phase == "downloading"][-1]
    assert final.done == final.total == len(model_bytes)
    assert hub_store.leftovers() == []

    # Asking again downloads nothing and returns the model already added.
    again = Download(spec_for(REPO, FILE))
    run(again)
    assert again.result.model.name == model.name
    assert len(hub.gets()) == 1
    assert [m.name for m in list_models() if m.origin == "download"] == [model.name]


def test_dropped_connection_resumes_with_a_range_request(hub, model_bytes):
    hub.add(REPO, FILE, model_bytes, drop_after=25_000_000)
    download = Download(spec_for(REPO, FILE))
    run(download)
    assert download.result.status == "done"
    ranges = [r for _, _, r in hub.gets() if r]
    assert ranges and int(ranges[0].split("=")[1].rstrip("-")) > 0


def test_wrong_bytes_of_the_right_size_are_deleted_not_registered(hub, model_bytes):
    hub.add(REPO, FILE, model_bytes, corrupt=True)
    download = Download(spec_for(REPO, FILE))
    with pytest.raises(ModelError, match="does not match its checksum"):
        run(download)
    assert [m for m in list_models() if not m.bundled] == []
    assert downloaded_files() == []


def test_missing_file_is_one_line_and_leaves_nothing(hub):
    download = Download(spec_for(REPO, "no-such-file.gguf"))
    with pytest.raises(ModelError, match=r"does not exist on the Hub \(404\)"):
        run(download)
    assert hub.gets() == []
    assert downloaded_files() == []


def test_cancel_keeps_the_partial_file_and_the_next_download_resumes_it(hub, model_bytes):
    served = hub.add(REPO, FILE, model_bytes, delay=0.02)  # about 12 MB/s
    download = Download(spec_for(REPO, FILE))
    for progress in download:
        if progress.phase == "downloading" and progress.done > 0:
            download.cancel()
    outcome = download.result
    assert outcome.status == "cancelled" and outcome.model is None
    assert 0 < outcome.partial_bytes < len(model_bytes)
    assert "kept" in outcome.message and "models delete" in outcome.message
    assert [m for m in list_models() if not m.bundled] == []
    (leftover,) = hub_store.leftovers()
    assert leftover.kind == "partial" and leftover.repo == REPO
    kept = Path(outcome.partial_path).stat().st_size

    served.delay = 0.0
    resumed = Download(spec_for(REPO, FILE))
    run(resumed)
    assert resumed.result.status == "done"
    assert hub.gets()[-1][2] == f"bytes={kept}-"
    assert hashlib.sha256(Path(resumed.result.model.path).read_bytes()).hexdigest() == served.sha256
    assert hub_store.leftovers() == []


def test_no_space_left_stops_before_any_byte_is_fetched(hub, model_bytes, monkeypatch):
    hub.add(REPO, FILE, model_bytes)
    monkeypatch.setattr(dl, "disk_free", lambda path: 10 * 2**20)
    with pytest.raises(ModelError, match="not enough disk space"):
        run(Download(spec_for(REPO, FILE)))
    assert hub.gets() == []
    assert downloaded_files() == []


def test_a_catalog_checksum_the_hub_no_longer_has_is_refused(hub, model_bytes):
    hub.add(REPO, FILE, model_bytes)
    spec = DownloadSpec(REPO, FILE, "tiny", sha256="0" * 64, catalog_name="tiny")
    with pytest.raises(ModelError, match="no longer the file this catalog lists"):
        run(Download(spec))
    assert hub.gets() == []


def test_a_file_that_is_not_a_model_is_deleted(hub):
    hub.add(REPO, "notes.gguf", b"this is not a model " * 1000)
    with pytest.raises(ModelError, match="cannot be used"):
        run(Download(spec_for(REPO, "notes.gguf")))
    assert [m for m in list_models() if not m.bundled] == []
    assert downloaded_files() == []


def test_delete_removes_the_file_and_the_entry(hub, model_bytes, bundled_model_path):
    hub.add(REPO, FILE, model_bytes)
    download = Download(spec_for(REPO, FILE))
    run(download)
    path, freed = hub_store.delete_downloaded(download.result.model.name)
    assert freed == len(model_bytes) and not Path(path).exists()
    assert not hub_store.repo_dir(REPO).exists()
    assert [m for m in list_models() if not m.bundled] == []

    add_model(bundled_model_path, "mine")  # added by path: its file is not Inkstone's to delete
    with pytest.raises(ModelError, match="not downloaded by Inkstone"):
        hub_store.delete_downloaded("mine")
    assert bundled_model_path.exists()


def test_spec_checks_names_before_any_network(monkeypatch):
    from core.errors import BadInputError, UnknownNameError

    with pytest.raises(UnknownNameError, match="qwen2.5-1.5b-instruct"):
        spec_for("no-such-model")
    with pytest.raises(BadInputError, match="--file"):
        spec_for("org/repo")
    with pytest.raises(BadInputError):
        spec_for("org/repo", "../../etc/passwd")
    spec = spec_for("qwen2.5-1.5b-instruct")
    assert spec.sha256 and spec.size == 1117320736 and spec.license == "Apache-2.0"
    assert json.dumps(spec.__dict__)  # plain data, for the CLI's --json


def test_leftovers_are_listed_and_discarded_without_the_network():
    blobs = hub_store.repo_dir(REPO) / "blobs"
    blobs.mkdir(parents=True)
    (blobs / ("a" * 64 + ".incomplete")).write_bytes(b"x" * 1000)
    (blobs / ("b" * 64)).write_bytes(b"y" * 500)  # complete, but no model uses it
    found = {item.kind: item for item in hub_store.leftovers()}
    assert found["partial"].size == 1000 and found["unused"].size == 500 and found["partial"].repo == REPO
    assert hub_store.discard_leftovers("someone/else") == 0
    assert hub_store.discard_leftovers(REPO) == 1500
    assert hub_store.leftovers() == [] and not hub_store.repo_dir(REPO).exists()


def test_time_left_reads_the_same_in_the_app_and_the_cli():
    from core.models.download import human_duration

    assert [human_duration(s) for s in (None, -3, 40.9, 192, 3900)] == ["", "0 s", "40 s", "3 min 12 s", "1 h 5 min"]
