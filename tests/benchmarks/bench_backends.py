"""Decode speed of torch against llama.cpp on the bundled model, same greedy prompt.

    python tests/benchmarks/bench_backends.py [--tokens N] [--runs N]

Baseline: llama.cpp on the CPU, measured in the same run. Printed: torch on the CPU against it
(expected far slower: why ``auto`` picks llama.cpp on CPU-only machines) and, where a CUDA device
is usable, torch on the GPU against it. Not a pass/fail test: numbers depend on the machine and on
what else it is running.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

# The same prompt on every backend; a story prompt, so greedy decoding rarely stops early.
MESSAGES = [
    {"role": "system", "content": "You are a helpful writing assistant."},
    {"role": "user", "content": "Write a long story about a lighthouse keeper and the sea."},
]


@dataclass
class Speed:
    label: str
    device: str
    load_s: float
    ttft_s: float
    tokens_per_s: float
    completion_tokens: int
    first_words: str


def measure(contenders: list[tuple[str, object, int]], runs: int) -> list[Speed]:
    """Median decode speed and time to first token of ``runs`` greedy generations per backend.

    Runs are interleaved (A, B, A, B, ...) so that load from other processes on a shared machine
    falls on every backend alike and the ratios stay meaningful.
    """
    from core.backends.base import GenerationParams

    for _label, backend, _tokens in contenders:
        # First-call costs (CUDA kernels, allocator, thread pools) are not decode speed.
        list(backend.stream(MESSAGES, GenerationParams(max_tokens=4, temperature=0)))
    samples: dict[str, list] = {label: [] for label, _b, _t in contenders}
    texts: dict[str, str] = {}
    for _ in range(runs):
        for label, backend, tokens in contenders:
            generation = backend.stream(MESSAGES, GenerationParams(max_tokens=tokens, temperature=0))
            texts[label] = "".join(generation)
            samples[label].append(generation.stats)
    speeds = []
    for label, backend, _tokens in contenders:
        stats = samples[label]
        speeds.append(
            Speed(
                label=label,
                device=backend.device,
                load_s=getattr(backend, "load_s", None) or 0.0,
                ttft_s=statistics.median(s.ttft_s or 0.0 for s in stats),
                tokens_per_s=statistics.median(s.tokens_per_s or 0.0 for s in stats),
                completion_tokens=int(statistics.median(s.completion_tokens for s in stats)),
                first_words=" ".join(texts[label].split()[:6]),
            )
        )
    return speeds


def load_timed(backend, model) -> float:
    started = time.perf_counter()
    backend.load(model)
    return time.perf_counter() - started


def print_speeds(rows: list[Speed], baseline: Speed) -> None:
    header = f"{'backend':<18} {'device':<8} {'load s':>7} {'ttft s':>7} {'tok/s':>8} {'tokens':>6} {'vs llama.cpp-CPU':>17}"
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = row.tokens_per_s / baseline.tokens_per_s if baseline.tokens_per_s else float("nan")
        print(
            f"{row.label:<18} {row.device:<8} {row.load_s:>7.2f} {row.ttft_s:>7.2f} {row.tokens_per_s:>8.1f} "
            f"{row.completion_tokens:>6} {ratio:>16.2f}x"
        )
    print()
    for row in rows:
        print(f"{row.label:<18} greedy start: {row.first_words!r}")


def use_scratch_home() -> None:
    """Keep runs out of the user's history and model list, but reuse the app's converted weights."""
    if "INKSTONE_CACHE" not in os.environ:
        from core.paths import cache_dir

        os.environ["INKSTONE_CACHE"] = str(cache_dir())
    os.environ.setdefault("INKSTONE_HOME", tempfile.mkdtemp(prefix="inkstone-bench-"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64, help="tokens per run on llama.cpp and CUDA (default 64)")
    parser.add_argument("--cpu-tokens", type=int, default=24, help="tokens per run on torch-CPU (default 24)")
    parser.add_argument("--runs", type=int, default=3, help="runs per backend; the median is reported")
    args = parser.parse_args(argv)
    use_scratch_home()

    from core import devices
    from core.backends import hf_cache
    from core.backends.llamacpp import LlamaCppBackend
    from core.backends.torch import TorchBackend
    from core.models import BUNDLED_NAME, ModelEntry, bundled_model_path

    model = ModelEntry(BUNDLED_NAME, str(bundled_model_path()), "gguf", True, True)
    print(f"model: {model.name} ({Path(model.path).name}); CPU threads: {devices.physical_cores()}")

    llama = LlamaCppBackend()
    llama_load = load_timed(llama, model)

    started = time.perf_counter()
    hf_cache.ensure_converted(model)
    convert_s = time.perf_counter() - started
    made = "made now in" if hf_cache.conversion_count() else "found in the cache in"
    print(f"converted weights: {made} {convert_s:.1f} s")
    torch_cpu = TorchBackend(device="cpu")
    first_load = load_timed(torch_cpu, model)  # pays transformers' own lazy imports
    torch_cpu.close()
    cached_load = load_timed(torch_cpu, model)
    print(f"torch-CPU load from the cache: {first_load:.2f} s first in this process, {cached_load:.2f} s again")

    contenders = [("llama.cpp", llama, args.tokens), ("torch", torch_cpu, args.cpu_tokens)]
    cuda = devices.cuda_status(refresh=True)
    torch_gpu = None
    gpu_load = 0.0
    if cuda.available:
        torch_gpu = TorchBackend(device=cuda.device)
        gpu_load = load_timed(torch_gpu, model)
        contenders.append((f"torch ({torch_gpu.dtype})", torch_gpu, args.tokens))
    else:
        print(f"torch on CUDA: skipped ({cuda.reason or 'no CUDA device'})")

    rows = measure(contenders, args.runs)
    baseline, cpu_row = rows[0], rows[1]
    baseline.load_s, cpu_row.load_s = llama_load, cached_load
    if torch_gpu is not None:
        rows[2].load_s = gpu_load
        torch_gpu.close()
    torch_cpu.close()
    llama.close()

    print()
    print_speeds(rows, baseline)
    print()
    ratio = baseline.tokens_per_s / cpu_row.tokens_per_s if cpu_row.tokens_per_s else float("nan")
    print(
        f"CPU decode: llama.cpp {baseline.tokens_per_s:.1f} tok/s, torch {cpu_row.tokens_per_s:.1f} tok/s: "
        f"llama.cpp/torch = {ratio:.1f}x"
    )
    if ratio < 1:
        print("llama.cpp lost: its threads spin-wait, so it collapses when other processes hold the cores; "
              "try INKSTONE_THREADS=1 on a busy machine")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
