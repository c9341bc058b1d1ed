"""What the safe save costs: the outside-change check (read and hash the file) and the version
kept of what is on disk, against the atomic write alone.

    python tests/benchmarks/bench_save_versions.py [--runs N]

Baseline: the atomic write (QSaveFile) of the same bytes, measured in the same run. Printed per
document: baseline ms, the whole sequence in ms, and their ratio; the version's size on disk.
Not a pass/fail test: numbers depend on the machine, its disk and what else it is running.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

SENTENCE = "The lighthouse keeper wrote the weather, the ships and the birds into a leather logbook. "


def prose(size: int) -> str:
    """Words of the sentence above in a seeded random order: compresses about as well as real
    prose (a repeated sentence would compress a thousand-fold and flatter the numbers)."""
    import random

    words = SENTENCE.split() + ["harbour", "morning", "quietly", "of", "and", "she", "storm", "lamp"]
    chosen = random.Random(7).choices(words, k=size // 5)
    return " ".join(chosen)[:size]


def documents() -> list[tuple[str, str, bytes]]:
    from docx import Document

    found = []
    for label, size in (("text 20 KB", 20_000), ("text 1 MB", 1_000_000), ("text 10 MB", 10_000_000)):
        found.append((label, ".md", prose(size).encode("utf-8")))
    document = Document()
    for index in range(3000):
        document.add_paragraph(f"{index}. {SENTENCE}")
    buffer = io.BytesIO()
    document.save(buffer)
    found.append(("Word, 3,000 paragraphs", ".docx", buffer.getvalue()))
    return found


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="inkstone-bench-"))
    os.environ["INKSTONE_HOME"] = str(folder / "home")

    from core.documents import disk
    from core.documents.versions import SAVED, Limits, VersionStore
    from desktop.file_io import write_bytes

    store = VersionStore(limits=Limits(per_document=1000, total_bytes=100 * 2**30))
    print(f"{'document':<24} {'write ms':>9} {'safe save ms':>13} {'ratio':>6} {'version on disk':>16}")
    for label, suffix, data in documents():
        path = folder / f"doc{suffix}"
        write_bytes(path, data)
        baseline = median_ms(lambda: write_bytes(path, data), args.runs)
        flip = [0]

        def safe_save():
            state = disk.read_state(path)
            disk.compare(state.hash, state)
            # Alternate the content so every run keeps a new version (none is skipped as equal).
            flip[0] ^= 1
            store.add(path, state.data, SAVED)
            write_bytes(path, data + (b" " if flip[0] else b""))

        whole = median_ms(safe_save, args.runs)
        stored = store.versions(path)[0].stored_bytes
        print(f"{label:<24} {baseline:>9.1f} {whole:>13.1f} {whole / baseline:>6.1f} {stored / 1e6:>13.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
