"""Fuzz Inkstone with damaged copies of the bundled model: the long run of tests/test_hostile_fuzz.py.

    python tests/benchmarks/fuzz_models.py [--cases 500] [--seed 1] [--run] [--all-targeted]

Every case is the bundled model's header with numbers at parsed positions changed (counts,
lengths, value and item types, dimensions, tensor types and offsets, hyper-parameters set to 0, 1,
off by one and huge) or random bytes flipped, followed by a hole instead of the tensor data. Each
goes through ``inkstone-cli models add`` in a subprocess (``--run``: ``run summarize`` on the file
instead). A case fails when the CLI ends with anything but exit status 0 or 2, prints a
traceback, or prints more than 3 lines on standard error. Prints the outcomes, the failures, and
what writing a case costs as a sparse file against a full copy. Exit status 1 on any failure.

Uses a scratch data and cache folder; nothing in your own data folder is touched.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from core.models import bundled_model_path  # noqa: E402
from tests import gguf_mutate as gm  # noqa: E402


def measure_writing(header: bytes, model: Path, folder: Path) -> str:
    """Sparse case file against a full copy of the model, 3 of each."""
    size = model.stat().st_size
    sparse, copies = [], []
    for index in range(3):
        started = time.perf_counter()
        path = gm.write_model(folder / f"sparse-{index}.gguf", header, size)
        sparse.append(time.perf_counter() - started)
        sparse_disk = path.stat().st_blocks * 512
        path.unlink()
        started = time.perf_counter()
        copy = folder / f"copy-{index}.gguf"
        shutil.copyfile(model, copy)
        with open(copy, "r+b") as handle:
            handle.write(header)
        copies.append(time.perf_counter() - started)
        copy.unlink()
    return (
        f"writing one case: sparse {statistics.median(sparse) * 1000:.1f} ms ({sparse_disk / 2**20:.1f} MB on disk) "
        f"vs full copy {statistics.median(copies) * 1000:.1f} ms ({size / 2**20:.0f} MB): "
        f"{statistics.median(copies) / statistics.median(sparse):.0f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--run", action="store_true", help="run an action on each file instead of 'models add'")
    parser.add_argument("--all-targeted", action="store_true", help="every targeted change of every number (thousands)")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()

    model = bundled_model_path()
    header = gm.read_header_bytes(model)
    scratch = Path(tempfile.mkdtemp(prefix="inkstone-fuzz-"))
    env = {**os.environ, "INKSTONE_HOME": str(scratch / "home"), "INKSTONE_CACHE": str(scratch / "cache"), "INKSTONE_THREADS": "1"}
    print(measure_writing(header, model, scratch), flush=True)
    cases = gm.targeted(header) if args.all_targeted else iter(gm.choose_cases(header, args.cases, args.seed))
    outcomes: collections.Counter[str] = collections.Counter()
    failures = []
    crashes = []  # caught by the probe: what the header check could learn next
    durations = []
    started_all = time.perf_counter()
    try:
        for index, (name, damaged) in enumerate(cases):
            path = gm.write_model(scratch / "case.gguf", damaged, len(damaged) - len(header) + model.stat().st_size)
            command = [sys.executable, "-m", "core.cli"]
            if args.run:
                command += ["run", "summarize", "--model", str(path), "--text", "A short text.", "--max-tokens", "2", "--no-history"]
            else:
                command += ["models", "add", str(path), "--name", f"case-{index}"]
            started = time.perf_counter()
            try:
                done = subprocess.run(command, capture_output=True, env=env, cwd=str(REPO), timeout=args.timeout, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired:
                failures.append((name, "the CLI did not finish"))
                continue
            durations.append(time.perf_counter() - started)
            stderr = done.stderr.decode("utf-8", errors="replace")
            lines = stderr.splitlines()
            if done.returncode not in (0, 2) or "Traceback" in stderr or len(lines) > 3:
                failures.append((name, f"exit {done.returncode}, {len(lines)} stderr lines: {stderr[-400:]!r}"))
                outcomes["FAILED"] += 1
            elif done.returncode == 0:
                outcomes["accepted"] += 1
            else:
                message = lines[-1] if lines else ""
                kind = "crashes llama.cpp (probe)" if "crashes llama.cpp" in message else (
                    "refused by llama.cpp (probe)" if "llama.cpp could not load" in message else "refused by the header check")
                outcomes[kind] += 1
                if "crashes" in kind:
                    crashes.append((name, message))
                    print(f"caught by the probe: {name}", flush=True)
            if (index + 1) % 50 == 0:
                print(f"{index + 1} cases, {dict(outcomes)}", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    total = sum(outcomes.values())
    print(f"\n{total} cases in {time.perf_counter() - started_all:.0f} s "
          f"(median {statistics.median(durations):.2f} s per CLI run; machine shared, load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    for kind, count in outcomes.most_common():
        print(f"  {kind:32} {count:5}")
    for name, message in crashes:
        print(f"caught by the probe: {name}: {message}")
    for name, problem in failures:
        print(f"FAILED: {name}: {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
