"""The privacy promise, tested: actions, adding a model and a one-step fine-tune run in a process
that has none of the Hugging Face offline variables set (Inkstone must set them itself) and whose
sockets may reach nothing but loopback (tests/fixtures/socket_guard/sitecustomize.py, which
guards every Python process started from it, the model probe's included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO
from tests.fixtures import style_corpus

OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY", "DO_NOT_TRACK")

DRIVER = """
import sys
from core.cli import main

def step(*argv):
    status = main(list(argv))
    if status != 0:
        sys.exit(f"'inkstone-cli {' '.join(argv)}' ended with status {status}")

step("run", "summarize", "--text", "The harbour office opens at six. Boats leave at seven.", "--max-tokens", "8")
step("run", "rewrite", "--style", "formal", "--text", "gonna be late, sorry", "--max-tokens", "8")
step("models", "add", sys.argv[1], "--name", "private-copy")
step("dataset", "import", "voice", sys.argv[2])
step("train", "--dataset", "voice", "--max-steps", "1", "--batch", "2", "--max-len", "64", "--eval-interval", "1",
     "--checkpoint-interval", "1", "--json")
import os
# The test started this process without them: only Inkstone can have set them (before any
# Hugging Face library was imported, so they took effect).
unset = [name for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE") if os.environ.get(name) != "1"]
if unset:
    sys.exit(f"Inkstone did not force these offline: {unset}")
print("privacy-driver: done")
"""


def test_no_connection_leaves_the_machine(tmp_path, bundled_model_path, inkstone_home):
    log = tmp_path / "connections.log"
    model_copy = tmp_path / "copy.gguf"
    os.link(bundled_model_path, model_copy) if _same_device(bundled_model_path, tmp_path) else model_copy.symlink_to(bundled_model_path)
    dataset = tmp_path / "voice.jsonl"
    with dataset.open("w", encoding="utf-8") as handle:
        for passage in style_corpus.passages(8):
            handle.write(json.dumps({"messages": [{"role": "user", "content": "Next entry."},
                                                  {"role": "assistant", "content": passage[:120]}]}) + "\n")  # fmt: skip
    env = {key: value for key, value in os.environ.items() if key not in OFFLINE_VARIABLES}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "fixtures" / "socket_guard"), str(REPO)])
    env["INKSTONE_SOCKET_GUARD_LOG"] = str(log)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(model_copy), str(dataset)],
        capture_output=True, cwd=str(REPO), env=env, timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert not attempts, f"network access attempted:\n{attempts[:3000]}"
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    assert b"privacy-driver: done" in done.stdout


def test_the_guard_blocks_and_records_an_outside_connection(tmp_path):
    """The guard itself works: a lookup and a connection elsewhere are refused and logged."""
    log = tmp_path / "connections.log"
    env = {**os.environ, "PYTHONPATH": str(REPO / "tests" / "fixtures" / "socket_guard"), "INKSTONE_SOCKET_GUARD_LOG": str(log)}
    code = (
        "import socket\n"
        "for attempt in (lambda: socket.getaddrinfo('huggingface.co', 443), lambda: socket.create_connection(('192.0.2.1', 80), 1)):\n"
        "    try: attempt()\n"
        "    except OSError as exc: print('blocked' if 'test guard' in str(exc) else 'other')\n"
        "server = socket.socket(); server.bind(('127.0.0.1', 0)); server.listen(1)\n"
        "socket.create_connection(server.getsockname(), 1).close(); print('loopback ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60)
    assert done.stdout.decode().split() == ["blocked", "blocked", "loopback", "ok"], done.stderr.decode()
    text = log.read_text(encoding="utf-8")
    assert "look up 'huggingface.co'" in text and "'192.0.2.1'" in text


def _same_device(a, b) -> bool:
    return os.stat(a).st_dev == os.stat(b).st_dev
