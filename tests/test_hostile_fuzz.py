"""Fuzz: damaged copies of the bundled model go through ``inkstone-cli`` in a subprocess, which
must end with exit status 0 or 2: never a signal, never a traceback, at most 3 lines on standard
error (issue #17). A few dozen cases here; ``tests/benchmarks/fuzz_models.py`` runs thousands.

Each case is the bundled header, changed, followed by a hole (a sparse file): no tensor data is
copied. The files go to ``models add``, which checks the header and test-loads the file in a
child process, the path every file takes before Inkstone loads it; a few accepted ones then run
an action.
"""

from __future__ import annotations

import pytest

from tests import gguf_mutate as gm
from tests.conftest import run_cli

CASES = 30
SEED = 17
RUN_ACTION_ON = 2  # accepted cases that also run an action


@pytest.fixture(scope="module")
def fuzz_setup(bundled_model_path, tmp_path_factory):
    header = gm.read_header_bytes(bundled_model_path)
    size = bundled_model_path.stat().st_size
    folder = tmp_path_factory.mktemp("fuzz")
    cache = tmp_path_factory.mktemp("fuzz-cache")  # the fuzz cases stay out of the shared cache
    return {"header": header, "size": size, "folder": folder, "cases": gm.choose_cases(header, CASES, SEED),
            "env": {"INKSTONE_CACHE": str(cache)}, "accepted": []}  # fmt: skip


def check_outcome(done, what: str) -> None:
    stderr = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode in (0, 2), f"{what}: exit status {done.returncode}; stderr: {stderr[-600:]}"
    assert "Traceback" not in stderr, f"{what}: {stderr[-1500:]}"
    assert len(stderr.splitlines()) <= 3, f"{what}: {len(stderr.splitlines())} lines on stderr: {stderr[:600]}"


@pytest.mark.parametrize("index", range(CASES))
def test_a_damaged_model_never_crashes_the_cli(index, fuzz_setup, inkstone_home):
    name, header = fuzz_setup["cases"][index]
    path = gm.write_model(fuzz_setup["folder"] / f"case-{index}.gguf", header, len(header) - len(fuzz_setup["header"]) + fuzz_setup["size"])
    try:
        done = run_cli("models", "add", str(path), "--name", f"case-{index}", env=fuzz_setup["env"], timeout=240)
        check_outcome(done, name)
        if done.returncode == 0 and len(fuzz_setup["accepted"]) < RUN_ACTION_ON:
            fuzz_setup["accepted"].append(name)
            ran = run_cli("run", "summarize", "--model", f"case-{index}", "--text", "A short text to summarize.",
                          "--max-tokens", "2", "--no-history", env=fuzz_setup["env"], timeout=240)  # fmt: skip
            check_outcome(ran, f"{name} (run)")
    finally:
        path.unlink(missing_ok=True)
