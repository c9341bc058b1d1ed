"""What holding an answer to its text's numbers costs on llama.cpp (core/number_guard.py).

The bundled model continues a story with no numbers in it, greedy, with and without the guard; the
guard then masks every digit at every step, and as long as the model never wanted one (``held``
stays 0) both runs write the same tokens, so their times compare. Rounds alternate to spread the
machine's noise; the ratio is the median guarded time over the median plain time.

    python tests/benchmarks/bench_number_guard.py [--rounds 5] [--tokens 128]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

STORY = ("The lighthouse keeper climbed the stairs every evening to light the lamp. The ships passed in the dark, "
         "and nobody on board ever knew his name. One night the lamp would not light.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=128)
    args = parser.parse_args()

    from core.backends.base import GenerationParams
    from core.backends.llamacpp import LlamaCppBackend
    from core.models import BUNDLED_NAME, ModelEntry, bundled_model_path
    from core.number_guard import allowed_numbers

    backend = LlamaCppBackend()
    backend.load(ModelEntry(BUNDLED_NAME, str(bundled_model_path()), "gguf", True, True))
    plain = GenerationParams(max_tokens=args.tokens, temperature=0.0)
    guarded = GenerationParams(max_tokens=args.tokens, temperature=0.0, numbers=allowed_numbers(STORY))
    started = time.perf_counter()
    backend.number_guard(guarded)  # the one-time vocabulary scan, timed apart
    scan_s = time.perf_counter() - started

    times: dict[str, list[float]] = {"plain": [], "guarded": []}
    texts: dict[str, str] = {}
    held = 0
    for _ in range(args.rounds):
        for name, params in (("plain", plain), ("guarded", guarded)):
            started = time.perf_counter()
            generation = backend.complete(STORY, params)
            texts[name] = "".join(generation)
            times[name].append(time.perf_counter() - started)
            held += generation.stats.numbers_held
    backend.close()
    if held or texts["plain"] != texts["guarded"]:
        print(f"the model reached for a digit ({held} times): the runs differ and do not compare", file=sys.stderr)
        return 1
    plain_s, guarded_s = statistics.median(times["plain"]), statistics.median(times["guarded"])
    print(f"{args.tokens} tokens, {args.rounds} rounds, {backend.threads} thread(s)")
    print(f"vocabulary scan (once per loaded model): {scan_s * 1000:.0f} ms")
    print(f"plain   median {plain_s:.2f} s")
    print(f"guarded median {guarded_s:.2f} s")
    print(f"guarded / plain: {guarded_s / plain_s:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
