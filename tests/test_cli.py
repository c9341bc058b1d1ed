"""inkstone-cli: JSON fields, streaming, exit codes and clean errors (each in a fresh process)."""

import json
import os
import signal
import struct
import subprocess
import sys

import pytest

from tests.conftest import REPO, run_cli

TEXT = "Our team shipped the new search page on Friday. Users can now filter results by date and author."


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.decode().startswith("inkstone ")


def test_run_json_fields():
    proc = run_cli("run", "summarize", "--text", TEXT, "--max-tokens", "24", "--temperature", "0", "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    for key in (
        "action", "output", "model", "backend", "device", "reason",
        "prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "chunks",
    ):
        assert key in data, key
    assert data["action"] == "summarize" and data["output"].strip()
    assert data["backend"] == "llama.cpp" and data["device"] == "cpu"
    assert data["model"] == "smollm2-135m-instruct" and data["chunks"] == 1
    assert data["completion_tokens"] <= 24 and data["tokens_per_s"] > 0 and data["ttft_s"] > 0


def test_run_streams_plain_text_from_stdin():
    proc = run_cli("run", "rewrite", "--style", "casual", "--max-tokens", "16", input=TEXT)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.strip() and "{" not in out[:1]


def test_run_reads_files_in_other_encodings(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("今天天气很好，我们去公园散步吧。这是一段国标码中文。".encode("gbk"))
    proc = run_cli("run", "translate", "--lang", "English", "--file", str(path), "--max-tokens", "16", "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["input"].startswith("今天天气很好")


def test_start_up_does_not_import_torch():
    code = (
        "import sys; from core.cli import main; "
        "rc = main(['run', 'summarize', '--text', 'A short note about lunch.', '--max-tokens', '4', '--json']); "
        "heavy = [m for m in ('torch', 'transformers', 'peft', 'PySide6') if m in sys.modules]; "
        "print('HEAVY', heavy, file=sys.stderr); sys.exit(rc if not heavy else 99)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=str(REPO), timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()


def _bad(tmp_path):
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    corrupt = tmp_path / "corrupt.gguf"
    # A header that promises 5 tensors and 3 metadata entries, followed by noise.
    corrupt.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 5, 3) + bytes(range(7, 250)) * 3)
    folder = tmp_path / "not-a-model"
    folder.mkdir()
    return {
        "missing file": (["run", "summarize", "--file", str(tmp_path / "nope.txt")], "file not found"),
        "directory": (["run", "summarize", "--file", str(tmp_path)], "is a folder"),
        "binary": (["run", "summarize", "--file", str(binary)], "binary"),
        "empty file": (["run", "summarize", "--file", str(empty)], "empty"),
        "empty text": (["run", "summarize", "--text", "  "], "empty"),
        "unknown action": (["run", "poem", "--text", "x"], "unknown action 'poem'"),
        "unknown style": (["run", "rewrite", "--style", "pirate", "--text", "x"], "unknown style 'pirate'"),
        "unknown language": (["run", "translate", "--lang", "Elvish", "--text", "x"], "unknown language 'Elvish'"),
        "bad model path": (["run", "summarize", "--text", "x", "--model", str(folder)], "not a Hugging Face model folder"),
        "corrupt gguf": (["run", "summarize", "--text", "x", "--model", str(corrupt)], "corrupt or truncated"),
        "unknown backend": (["run", "summarize", "--text", "x", "--backend", "vllm"], "valid backends"),
        "bad number": (["run", "summarize", "--text", "x", "--max-tokens", "0"], "--max-tokens"),
        # The app's range, 0 to 2, is the CLI's too (it once allowed up to 5).
        "temperature out of range": (["run", "summarize", "--text", "x", "--temperature", "3"], "--temperature must be from 0 to 2"),
    }


@pytest.mark.parametrize(
    "case",
    ["missing file", "directory", "binary", "empty file", "empty text", "unknown action", "unknown style",
     "unknown language", "bad model path", "corrupt gguf", "unknown backend", "bad number", "temperature out of range"],
)
def test_bad_input_exits_2_with_one_clear_line(tmp_path, case):
    args, expected = _bad(tmp_path)[case]
    proc = run_cli(*args)
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2, err
    assert expected in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert proc.stdout == b""


def test_truncated_bundled_model_is_a_clear_error_not_a_crash(tmp_path, bundled_model_path):
    cut = tmp_path / "cut.gguf"
    with open(bundled_model_path, "rb") as fin, open(cut, "wb") as fout:
        fout.write(fin.read(bundled_model_path.stat().st_size // 2))
    proc = run_cli("run", "summarize", "--text", "x", "--model", str(cut))
    assert proc.returncode == 2
    assert "truncated" in proc.stderr.decode()


def test_ctrl_c_cancels_cleanly_with_exit_130():
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        # A long rewrite keeps streaming for a while (a continuation may end after a few words).
        [sys.executable, "-m", "core.cli", "run", "rewrite", "--style", "formal", "--text", " ".join([TEXT] * 12)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=str(REPO), env=env,
    )
    first = proc.stdout.read(8)  # wait until text is streaming
    assert first
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "cancelled" in err.decode() and "Traceback" not in err.decode()


def test_models_list_json():
    proc = run_cli("models", "list", "--json")
    assert proc.returncode == 0
    models = json.loads(proc.stdout)
    default = [m for m in models if m["default"]]
    assert len(default) == 1 and default[0]["format"] == "gguf" and default[0]["path"].endswith(".gguf")
    for model in models:
        assert {"name", "path", "format", "default", "backends"} <= set(model)


def test_models_add_gguf_and_refuse_pickle_folder(tmp_path, bundled_model_path):
    proc = run_cli("models", "add", str(bundled_model_path), "--name", "my-copy")
    assert proc.returncode == 0, proc.stderr.decode()
    names = [m["name"] for m in json.loads(run_cli("models", "list", "--json").stdout)]
    assert "my-copy" in names
    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text("{}", encoding="utf-8")
    (pickled / "pytorch_model.bin").write_bytes(b"\x80\x04")
    proc = run_cli("models", "add", str(pickled))
    assert proc.returncode == 2 and "pickle" in proc.stderr.decode()


def test_user_action_runs_from_the_cli(inkstone_home):
    (inkstone_home / "actions.toml").write_text(
        '[actions.headline]\ninstruction = "Write a one-line headline for the text."\n', encoding="utf-8"
    )
    listing = json.loads(run_cli("actions", "--json").stdout)
    assert "headline" in [a["name"] for a in listing]
    proc = run_cli("run", "headline", "--text", TEXT, "--max-tokens", "16", "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["output"].strip()


def _without_torch(*cli_args: str):
    # The lite bundle ships without PyTorch and transformers; hiding them reproduces it.
    code = (
        "import sys; sys.modules['torch'] = None; sys.modules['transformers'] = None\n"
        f"from core.cli import main; sys.exit(main({list(cli_args)!r}))"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=str(REPO), timeout=120)


def test_without_torch_the_torch_backend_is_a_clear_error():
    proc = _without_torch("run", "summarize", "--text", "A note.", "--backend", "torch", "--max-tokens", "4")
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2 and "need PyTorch and transformers" in err and "Traceback" not in err
    listing = _without_torch("models", "list", "--json")
    assert listing.returncode == 0
    assert all("torch" not in m["backends"] for m in json.loads(listing.stdout))


def test_a_run_that_fails_after_routing_is_recorded_as_failed():
    proc = run_cli("run", "summarize", "--text", "The tide came in.", "--max-tokens", "8192")
    assert proc.returncode == 2 and "does not fit the model's" in proc.stderr.decode()
    listed = run_cli("history", "list", "--json")
    (entry,) = json.loads(listed.stdout)
    assert entry["outcome"] == "failed" and "does not fit" in entry["error"]
    assert entry["backend"] == "llama.cpp" and entry["instruction"].startswith("Summarize the following text")
    assert entry["profile"] == "smollm2"  # the bundled model's prompt profile
