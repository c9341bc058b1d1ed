"""Damaged model files (issue #17): the header check refuses what llama.cpp would abort on, a
file is first loaded in a child process, and every message is one readable line.

The damaged models are the bundled model's header, changed, followed by a hole instead of the
tensor data (sparse files, see tests/gguf_mutate.py): nothing copies 98 MB per case.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from pathlib import Path

import pytest

from core.errors import ModelError
from core.gguf_check import GGUFInfo, inspect_gguf
from tests import gguf_mutate as gm
from tests.conftest import REPO, run_cli


@pytest.fixture(scope="module")
def header(bundled_model_path) -> bytes:
    return gm.read_header_bytes(bundled_model_path)


@pytest.fixture(scope="module")
def tensor_bytes(bundled_model_path) -> int:
    return gm.data_size(bundled_model_path)


def _model(tmp_path: Path, header: bytes, tensor_bytes: int, name: str = "damaged.gguf") -> Path:
    return gm.write_model(tmp_path / name, header, len(header) + tensor_bytes)


def _field(header: bytes, kind: str, name: str) -> gm.Field:
    return next(f for f in gm.fields(header) if f.kind == kind and f.name == name)


def _with_field(header: bytes, kind: str, name: str, value: int) -> bytes:
    data = bytearray(header)
    gm._set(data, _field(header, kind, name), value)
    return bytes(data)


def _duplicate_token(header: bytes) -> bytes:
    """The vocabulary with one token's text replaced by an earlier token of the same length."""
    key = _field(header, "item_type", "tokenizer.ggml.tokens")
    pos = key.offset + 12
    seen: dict[int, bytes] = {}
    data = bytearray(header)
    while True:
        (length,) = struct.unpack_from("<Q", header, pos)
        text = header[pos + 8 : pos + 8 + length]
        if length in seen and seen[length] != text:
            data[pos + 8 : pos + 8 + length] = seen[length]
            return bytes(data)
        seen.setdefault(length, text)
        pos += 8 + length


def _nul_in_token(header: bytes) -> bytes:
    """A NUL byte inside a token: llama.cpp reads the token up to it, so "Ġresulted" becomes "Ġ",
    which is a token already (found by the fuzz benchmark: SIGABRT)."""
    key = _field(header, "item_type", "tokenizer.ggml.tokens")
    pos = key.offset + 12
    while True:
        (length,) = struct.unpack_from("<Q", header, pos)
        if length > 3 and header[pos + 8 : pos + 10] == "Ġ".encode():
            data = bytearray(header)
            data[pos + 10] = 0
            return bytes(data)
        pos += 8 + length


CASES = {
    # name: (change to the header, words the message must hold)
    "block count 0 (llama.cpp aborts)": (lambda h: gm.set_value(h, "llama.block_count", 0), "block_count is 0"),
    "block count 2**31-1 (llama.cpp aborts)": (lambda h: gm.set_value(h, "llama.block_count", 2**31 - 1), "block_count is 2,147,483,647"),
    "fewer blocks than the tensors use": (lambda h: gm.set_value(h, "llama.block_count", 29), "beyond the block count"),
    "absurd context (8.5 GB to load)": (lambda h: gm.set_value(h, "llama.context_length", 2**31 - 1), "context_length"),
    "zero KV heads": (lambda h: gm.set_value(h, "llama.attention.head_count_kv", 0), "KV head count"),
    "zero embedding size": (lambda h: gm.set_value(h, "llama.embedding_length", 0), "embedding_length is 0"),
    "absurd hyper-parameter": (lambda h: gm.set_value(h, "llama.rope.dimension_count", 2**31 - 1), "far beyond"),
    "zero tensor dimension": (lambda h: _with_field(h, "dim", "output_norm.weight[0]", 0), "dimension of size 0"),
    "quantized norm weights (llama.cpp aborts; found by the fuzz benchmark)": (
        lambda h: _with_field(h, "ggml_type", "output_norm.weight", 39), "one-dimensional tensor output_norm.weight"),
    "F16 norm weights (llama.cpp aborts; found by the fuzz benchmark)": (
        lambda h: _with_field(h, "ggml_type", "output_norm.weight", 1), "are not 32-bit floats"),
    "five tensor dimensions": (lambda h: _with_field(h, "n_dims", "output_norm.weight", 5), "dimensions"),
    "misaligned tensor data": (lambda h: _with_field(h, "tensor_offset", "output_norm.weight", 7), "not aligned"),
    "alignment of type u64": (lambda h: gm.with_metadata(h, gm.kv("general.alignment", 10, struct.pack("<Q", 32))), "32-bit unsigned"),
    "alignment 48": (lambda h: gm.with_metadata(h, gm.kv_u32("general.alignment", 48)), "power of two"),
    "empty metadata key": (lambda h: gm.with_metadata(h, gm.kv_u32("", 1)), "is empty"),
    "duplicate metadata key": (lambda h: gm.with_metadata(h, gm.kv_str("general.architecture", "llama")), "appears twice"),
    "duplicate vocabulary entry (llama.cpp aborts)": (_duplicate_token, "twice"),
    "NUL byte inside a token (llama.cpp aborts)": (_nul_in_token, "lists the token 'Ġ' twice"),
    "token types of another width": (lambda h: _with_field(h, "item_type", "tokenizer.ggml.token_type", 0), "corrupt"),
    "token types as floats": (lambda h: _with_field(h, "item_type", "tokenizer.ggml.token_type", 6), "token_type"),
    "vocabulary of numbers": (lambda h: _with_field(h, "item_type", "tokenizer.ggml.tokens", 5), "corrupt"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_header_check_refuses_what_llama_cpp_cannot_load(case, header, tensor_bytes, tmp_path):
    change, words = CASES[case]
    path = _model(tmp_path, change(header), tensor_bytes)
    with pytest.raises(ModelError) as caught:
        inspect_gguf(path)
    message = str(caught.value)
    assert words in message, message
    assert "\n" not in message and len(message) < 400


def test_an_array_nested_3000_deep_is_refused_without_recursion(tmp_path):
    nested = struct.pack("<IQ", 9, 1) * 3000 + struct.pack("<IQ", 4, 0)
    path = tmp_path / "deep.gguf"
    path.write_bytes(gm.tiny_gguf(gm.kv_str("general.architecture", "llama"), gm.kv("deep", 9, nested)))
    with pytest.raises(ModelError, match="nests arrays more than"):
        inspect_gguf(path)


def test_a_split_model_needs_all_its_parts(header, tensor_bytes, tmp_path):
    split = gm.with_metadata(
        header,
        gm.kv("split.no", 2, struct.pack("<H", 0)),
        gm.kv("split.count", 2, struct.pack("<H", 3)),
        gm.kv("split.tensors.count", 3, struct.pack("<h", 272)),
    )
    first = _model(tmp_path, split, tensor_bytes, "novel-00001-of-00003.gguf")
    _model(tmp_path, split, tensor_bytes, "novel-00003-of-00003.gguf")
    with pytest.raises(ModelError, match=r"part 1 of 3 .* part 2 \(novel-00002-of-00003.gguf\) is missing"):
        inspect_gguf(first)
    renamed = first.rename(tmp_path / "novel.gguf")
    with pytest.raises(ModelError, match="does not follow the pattern"):
        inspect_gguf(renamed)


def test_names_from_a_damaged_file_are_cut_and_escaped(header, tensor_bytes, tmp_path):
    # A key of 5,000 bytes with control characters and a line break, and an unknown value type.
    hostile_key = b"\x1b[31m" + b"\n\x00\xff" * 1700
    path = _model(tmp_path, gm.with_metadata(header, gm.kv(hostile_key, 99, b"")), tensor_bytes)
    with pytest.raises(ModelError) as caught:
        inspect_gguf(path)
    message = str(caught.value)
    assert "unknown value type 99" in message
    assert "\n" not in message and "\x1b" not in message and "\x00" not in message
    assert len(message) < 300
    # The CLI says it in one line too.
    done = run_cli("models", "add", str(path))
    assert done.returncode == 2
    assert len(done.stderr.decode().splitlines()) == 1


def test_a_stale_validation_is_not_trusted(header, tensor_bytes, tmp_path):
    """A file checked by an older, looser release, or changed in place with its time kept, is
    checked again: the cache key holds the validator's version and a SHA-256 of the header."""
    from core.paths import cache_dir

    path = _model(tmp_path, header, tensor_bytes)
    good = inspect_gguf(path)
    stat = path.stat()
    with open(path, "r+b") as handle:
        handle.write(gm.set_value(header, "llama.block_count", 0))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    # What a release without versions cached: keyed by path, size and modification time only.
    legacy = {f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}": {k: v for k, v in good.__dict__.items() if k in (
        "path", "size", "version", "architecture", "name", "context_length", "tensor_count", "file_type", "has_chat_template")}}
    (cache_dir() / "gguf_validated.json").write_text(json.dumps(legacy), encoding="utf-8")
    import core.gguf_check as check

    check._validated.clear()  # a new process: only the disk cache remains
    with pytest.raises(ModelError, match="block_count is 0"):
        inspect_gguf(path)


# -- the first load happens in a child process ---------------------------------------------------


def _info(path: Path) -> GGUFInfo:
    size = path.stat().st_size
    return GGUFInfo(str(path), size, 3, "llama", path.stem, 8192, 272, "model", True, 0, "")


def test_a_file_that_crashes_llama_cpp_kills_only_the_probe(header, tensor_bytes, tmp_path):
    """block_count = 0 makes llama.cpp abort (SIGABRT). The header check refuses it first, so the
    child is started here directly to see what a crash the header check misses becomes."""
    from core.models import probe

    path = _model(tmp_path, gm.set_value(header, "llama.block_count", 0), tensor_bytes)
    result = probe._run_child(_info(path), None)
    assert result["ok"] is False
    reason = result["reason"]
    assert reason.startswith("this model file crashes llama.cpp: damaged.gguf")
    if sys.platform != "win32":
        assert "SIGABRT" in reason
    assert "\n" not in reason


def test_a_refused_file_is_remembered_until_checked_again(header, tensor_bytes, tmp_path, monkeypatch):
    from core.models import probe

    path = _model(tmp_path, header, tensor_bytes, "sleepy.gguf")  # loadable (zeros for weights)
    monkeypatch.setenv(probe.TIMEOUT_ENV, "0.01")  # no load finishes in 10 ms: it "hangs"
    with pytest.raises(ModelError, match="this model file hangs llama.cpp: sleepy.gguf"):
        probe.ensure_loadable(str(path))
    monkeypatch.delenv(probe.TIMEOUT_ENV)
    with pytest.raises(ModelError, match="hangs llama.cpp"):  # remembered: no second child
        probe.check_not_refused(str(path))
    with pytest.raises(ModelError, match="hangs llama.cpp"):
        probe.ensure_loadable(str(path))
    done = run_cli("models", "check", str(path))
    assert done.returncode == 0, done.stderr.decode()
    assert b"ok: llama.cpp loads sleepy.gguf" in done.stdout
    probe.ensure_loadable(str(path))  # the new result, from the cache
    assert probe.remembered(str(path))["ok"] is True


def test_models_add_and_run_refuse_a_remembered_file_in_one_line(header, tensor_bytes, tmp_path):
    path = _model(tmp_path, gm.set_value(header, "llama.block_count", 31), tensor_bytes)  # llama.cpp refuses it
    added = run_cli("models", "add", str(path))
    assert added.returncode == 2
    assert added.stderr.decode().splitlines() == [
        "inkstone-cli: error: llama.cpp could not load damaged.gguf: check_tensor_dims: tensor 'blk.30.attn_norm.weight' not found"
    ]
    ran = run_cli("run", "summarize", "--model", str(path), "--text", "Some text.", "--no-history")
    assert ran.returncode == 2 and len(ran.stderr.decode().splitlines()) == 1
    # llama.cpp's own log lines only when asked for.
    from core.models import probe

    probe.forget(str(path))
    verbose = run_cli("--verbose", "models", "add", str(path))
    assert verbose.returncode == 2
    assert "llama_model_load" in verbose.stderr.decode()


def test_an_adapter_is_probed_with_its_base_model(bundled_model_path, tmp_path):
    from core.models import probe

    adapter = _lora_adapter(tmp_path / "style.gguf", rank=4)
    probe.ensure_loadable(str(bundled_model_path), str(adapter))
    entry = probe.remembered(str(bundled_model_path), str(adapter))
    assert entry["ok"] is True and entry["adapter"][0] == adapter.stat().st_size
    # An adapter of another model's shape: llama.cpp 0.3.36 dies of SIGSEGV loading it. The
    # header check says so first; the probe child, started directly, shows the crash it prevents.
    wrong = _lora_adapter(tmp_path / "wrong.gguf", rank=4, width=100)
    with pytest.raises(ModelError, match=r"the adapter wrong.gguf was made for another model: for blk.0.attn_q.weight \(576x576\)"):
        probe.ensure_loadable(str(bundled_model_path), str(wrong))
    crashed = probe._run_child(inspect_gguf(bundled_model_path), inspect_gguf(wrong))
    assert crashed["ok"] is False
    assert crashed["reason"].startswith("this adapter crashes llama.cpp: wrong.gguf with SmolLM2-135M-Instruct.Q4_1.gguf")


def _lora_adapter(path: Path, rank: int, width: int = 576) -> Path:
    """A GGUF LoRA adapter for the bundled model's first attention block (zero weights)."""
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), arch="llama")
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(rank))
    writer.add_tensor("blk.0.attn_q.weight.lora_a", np.zeros((rank, width), dtype=np.float32))
    writer.add_tensor("blk.0.attn_q.weight.lora_b", np.zeros((576, rank), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_a_bundle_probes_by_running_its_own_executable(bundled_model_path, monkeypatch):
    """In a PyInstaller bundle there is no interpreter: the probe runs the bundle's executable
    with a flag, which the entry points hand to the probe."""
    import subprocess

    from core.models import probe

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/inkstone/inkstone-cli")
    assert probe.probe_command("m.gguf") == ["/opt/inkstone/inkstone-cli", probe.PROBE_FLAG, "m.gguf"]
    monkeypatch.undo()
    for entry in ("entry_cli.py", "entry_gui.py"):
        done = subprocess.run(
            [sys.executable, str(REPO / "packaging" / entry), probe.PROBE_FLAG, str(bundled_model_path)],
            capture_output=True, cwd=str(REPO), timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()[-500:]
        assert b'INKSTONE-PROBE-RESULT {"ok": true' in done.stdout


def test_a_bundle_runs_a_helper_module_through_its_own_executable(tmp_path, monkeypatch):
    """Where Inkstone would run ``python -m MODULE`` (a download), a bundle runs its executable
    with the child flag, and the entry points run the module with its arguments."""
    import subprocess

    from core.bundle_child import CHILD_FLAG
    from core.models.download import child_command

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert child_command("core.models.fetch_child")[1:] == [CHILD_FLAG, "core.models.fetch_child"]
    monkeypatch.undo()
    data = tmp_path / "x.json"
    data.write_text('{"b": 1, "a": [2]}', encoding="utf-8")
    for entry in ("entry_cli.py", "entry_gui.py"):
        done = subprocess.run(
            [sys.executable, str(REPO / "packaging" / entry), CHILD_FLAG, "json.tool", "--sort-keys", str(data)],
            capture_output=True, cwd=str(REPO), timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()[-500:]
        assert done.stdout.decode().split() == ["{", '"a":', "[", "2", "],", '"b":', "1", "}"]
