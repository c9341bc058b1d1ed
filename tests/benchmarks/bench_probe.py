"""What the first-load probe costs the first action on a model Inkstone has not seen before.

    python tests/benchmarks/bench_probe.py [--rounds 3]

Each round links the bundled model under a new name (a "new" file: nothing about it is cached),
then runs ``inkstone-cli run summarize --max-tokens 8`` on it twice: the first run checks the
header and test-loads the file in a child process, the second finds both results cached. The
difference is what the probe (and the header check) add to the first action. Also times the
probe child on its own. Rounds are interleaved; medians are printed. Uses scratch folders.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from core.models import bundled_model_path  # noqa: E402

TEXT = "The harbour office opens at six. Boats leave at seven, weather permitting; the last one returns at nine."


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, cwd=str(REPO), stdin=subprocess.DEVNULL, timeout=600)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-800:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    model = bundled_model_path()
    scratch = Path(tempfile.mkdtemp(prefix="inkstone-probe-bench-"))
    env = {**os.environ, "INKSTONE_HOME": str(scratch / "home"), "INKSTONE_CACHE": str(scratch / "cache"), "INKSTONE_THREADS": "1"}
    first, later, probe_alone = [], [], []
    for index in range(args.rounds):
        link = scratch / f"new-model-{index}.gguf"
        try:
            os.link(model, link)
        except OSError:
            link.symlink_to(model)  # another file system: a symlink is a new path too
        command = [sys.executable, "-m", "core.cli", "run", "summarize", "--model", str(link), "--text", TEXT,
                   "--max-tokens", "8", "--temperature", "0", "--no-history"]  # fmt: skip
        first.append(timed(command, env))
        later.append(timed(command, env))
        probe_alone.append(timed([sys.executable, "-m", "core.models.probe", str(link)], env))
    first_s, later_s = statistics.median(first), statistics.median(later)
    print(f"rounds: {args.rounds}; machine shared, load average {os.getloadavg()[0]:.1f}")
    print(f"first action on a new model (header check + probe): {first_s:.2f} s")
    print(f"the same action once both are cached:               {later_s:.2f} s")
    print(f"added to the first action:                          {first_s - later_s:+.2f} s ({first_s / later_s:.2f}x)")
    print(f"the probe child alone (start, load, evaluate, exit): {statistics.median(probe_alone):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
