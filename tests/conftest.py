"""Shared fixtures: an isolated data directory per test and the real bundled model."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
# One llama.cpp thread: its spin-waiting threads slow down many times over when anything else
# competes for the cores (a second test process, a busy CI neighbour), and one thread keeps the
# suite's run time predictable. The default (one per physical core) has its own test.
os.environ.setdefault("INKSTONE_THREADS", "1")
os.environ["TRANSFORMERS_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parent.parent

# The remote backend's loopback servers (tests/fixtures/remote_fixtures.py).
from tests.fixtures.remote_fixtures import endpoint_key, fault_server, memory_keyring, remote_server  # noqa: E402,F401


@pytest.fixture(scope="session", autouse=True)
def shared_cache(tmp_path_factory):
    """Derived files (validated GGUFs, converted weights) are shared by all tests, as in the app."""
    path = tmp_path_factory.mktemp("inkstone-cache")
    os.environ["INKSTONE_CACHE"] = str(path)
    return path


@pytest.fixture(autouse=True)
def inkstone_home(tmp_path, monkeypatch):
    """Every test gets its own empty data directory."""
    home = tmp_path / "inkstone-home"
    home.mkdir()
    monkeypatch.setenv("INKSTONE_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_dangling_threads():
    """Fail a test that leaves a non-daemon thread running (napari's _dangling_qthreads idea)."""
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leftover:
        thread.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture(scope="session")
def bundled_model_path() -> Path:
    from core.models import bundled_model_path as locate

    return locate()


@pytest.fixture(scope="session")
def shared_pool():
    """One backend pool for the session, so the model loads once (as it does in the app)."""
    from core.backends.pool import BackendPool

    pool = BackendPool()
    yield pool
    pool.close()


def run_cli(*args: str, input: str | bytes | None = None, env: dict | None = None, timeout: float = 300):
    """Run ``inkstone-cli`` in a fresh process; return the CompletedProcess."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    data = input.encode("utf-8") if isinstance(input, str) else input
    return subprocess.run(
        [sys.executable, "-m", "core.cli", *args],
        input=data,
        capture_output=True,
        env=full_env,
        cwd=str(REPO),
        timeout=timeout,
        stdin=None if data is not None else subprocess.DEVNULL,
    )
