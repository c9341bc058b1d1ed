"""Discovery benchmark: dozens of multi-GB GGUF files in an LM Studio-style folder.

Run from the repository root:

    python tests/benchmarks/bench_discover.py [--files 24] [--gib 4]

Each file is the bundled model's header (its real 49,152-token vocabulary and tensor table)
followed by a sparse hole up to ``--gib`` GiB, so the files are as large as real 7B models while
using almost no disk. Printed against a baseline measured in the same run on the same files:

* cold     ``discover()`` with an empty memo (every header is parsed)
* warm     ``discover()`` again (headers remembered per path, size and modification time)
* baseline ``gguf.GGUFReader`` opening three of the same files (the ``gguf`` package's full
           reader; it takes seconds a file, so it is timed on three and compared per file)

This is a measurement, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=24)
    parser.add_argument("--gib", type=float, default=4.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="inkstone-bench-discover-"))
    os.environ["INKSTONE_HOME"] = str(work / "home")
    os.environ["INKSTONE_CACHE"] = str(work / "cache")

    from core.gguf_header import read_header
    from core.models import bundled_model_path
    from core.models.discover import discover
    from core.models.locations import Location

    source = bundled_model_path()
    header = read_header(source)
    data_start = min(t.offset for t in header.tensors)
    head = source.read_bytes()[:data_start]
    size = int(args.gib * 2**30)
    root = work / "models"
    paths = []
    for index in range(args.files):
        path = root / f"publisher-{index}" / f"model-{index}-GGUF" / f"model-{index}-Q4_K_M.gguf"
        path.parent.mkdir(parents=True)
        with open(path, "wb") as handle:
            handle.write(head)
            handle.truncate(size)  # sparse: the tensors' bytes read as zeros
        paths.append(path)
    location = [Location("lm-studio", root, "files", "benchmark")]

    started = time.perf_counter()
    cold = discover(location)
    cold_s = time.perf_counter() - started
    started = time.perf_counter()
    discover(location)
    warm_s = time.perf_counter() - started

    from gguf import GGUFReader

    sample = paths[:3]
    started = time.perf_counter()
    for path in sample:
        GGUFReader(path)
    baseline_s = (time.perf_counter() - started) / len(sample) * args.files

    assert len(cold.models) == args.files, cold.skipped
    print(f"{args.files} files of {args.gib:g} GiB each (sparse), real headers with a 49,152-token vocabulary")
    print(f"cold discovery   {cold_s:7.2f} s  ({cold_s / args.files * 1000:.0f} ms a file)")
    print(f"warm discovery   {warm_s:7.2f} s  ({warm_s / args.files * 1000:.1f} ms a file)")
    print(f"gguf.GGUFReader  {baseline_s:7.2f} s  (baseline, {baseline_s / args.files * 1000:.0f} ms a file, timed on {len(sample)})")
    print(f"ratio cold/baseline {cold_s / baseline_s:.3f}, warm/baseline {warm_s / baseline_s:.4f}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
