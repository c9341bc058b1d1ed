"""What the remote route adds over local llama.cpp, on loopback.

The same bundled model, the same chat prompt, greedy decoding and the same thread count on both
sides: Inkstone's llama.cpp backend in this process (the baseline), and Inkstone's remote backend
talking to llama-cpp-python's OpenAI-compatible server on 127.0.0.1 (``--n_threads`` and
``--n_threads_batch`` set to the same count; the server's default would be one thread and
half the CPUs for batches). Each round uses a new text, so both sides process the prompt afresh
(both keep the shared system-prompt prefix); the order of the two sides alternates per round.

    python tests/benchmarks/bench_remote.py [--rounds 5] [--tokens 128] [--threads N]

Goals: remote tokens/s at least 90% of local, and at most 50 ms more to the first token.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

TEXT = (
    "Round {n}. The lighthouse keeper woke before dawn, as he had every day for thirty years. He climbed the "
    "spiral stairs, wiped the salt from the great lens and looked out over the grey water, where a fishing "
    "boat was coming home early with its nets still wet."
)


def run(rounds: int, new_tokens: int, threads: int) -> None:
    from core.backends.base import GenerationParams
    from core.backends.llamacpp import LlamaCppBackend
    from core.backends.remote import RemoteBackend
    from core.endpoints import Endpoint, endpoint_entry
    from core.models import bundled_model_path, resolve_model
    from tests.fixtures.llama_server import start_server

    model = resolve_model(None)
    local = LlamaCppBackend(threads=threads)
    local.load(model)
    ctx = local.context_length
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server([{"model": str(bundled_model_path()), "model_alias": "smol", "n_ctx": ctx}], Path(tmp), threads=threads)
        try:
            remote = RemoteBackend()
            remote.load(endpoint_entry(Endpoint("bench", server.base_url, "smol", context_length=ctx, tokenize_route="extras")))
            params = GenerationParams(max_tokens=new_tokens, temperature=0.0, seed=0)
            samples = {"local": [], "remote": []}
            warm = [{"role": "user", "content": "Warm up."}]
            for backend in (local, remote):
                "".join(backend.stream(warm, GenerationParams(max_tokens=4, temperature=0.0)))
            for n in range(rounds):
                messages = [
                    {"role": "system", "content": "You are a careful writing assistant."},
                    {"role": "user", "content": "Continue the story:\n\n" + TEXT.format(n=n)},
                ]
                order = [("local", local), ("remote", remote)]
                for name, backend in order if n % 2 == 0 else reversed(order):
                    started = time.perf_counter()
                    first = last = None
                    generation = backend.stream(messages, params)
                    for _piece in generation:
                        last = time.perf_counter()
                        first = first or last
                    tokens = generation.stats.completion_tokens
                    samples[name].append({"ttft": first - started, "rate": (tokens - 1) / (last - first), "tokens": tokens})
            remote.close()
        finally:
            server.stop()
    local.close()

    def median(name, key):
        return statistics.median(s[key] for s in samples[name])

    print(f"bundled model, {threads} thread(s) each side, {new_tokens} new tokens, greedy, {rounds} rounds (medians)")
    for name in ("local", "remote"):
        print(f"  {name:6}  first token {median(name, 'ttft') * 1000:7.1f} ms   {median(name, 'rate'):6.1f} tokens/s"
              f"   ({statistics.mean(s['tokens'] for s in samples[name]):.0f} tokens)")
    ratio = median("remote", "rate") / median("local", "rate")
    added = (median("remote", "ttft") - median("local", "ttft")) * 1000
    print(f"  remote/local tokens/s: {ratio:.2f}x (goal >= 0.90)   added to the first token: {added:+.1f} ms (goal <= 50 ms)")


def main() -> None:
    import os

    from core.backends.base import default_threads

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=0, help="threads on each side (default: Inkstone's default)")
    args = parser.parse_args()
    os.environ.setdefault("INKSTONE_HOME", tempfile.mkdtemp(prefix="inkstone-bench-"))
    run(args.rounds, args.tokens, args.threads or default_threads())


if __name__ == "__main__":
    main()
