"""Generation speed and start-up of inkstone-cli against plain llama-cpp-python.

Same prompt, greedy decoding, 160 new tokens, bundled model. Baselines measured in the same run:
(a) llama-cpp-python with its default settings, (b) llama-cpp-python with the thread count
Inkstone uses. Start-up is process start to first streamed token, for the CLI and for a bare
llama-cpp-python script doing the same.

    python tests/benchmarks/bench_generation.py [--repeat 3]

Goals on a 2-core machine: >= 1.3x (a), >= 0.95x (b), start-up within 1 s of the bare script.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

STORY = (
    "The lighthouse keeper woke before dawn, as he had every day for thirty years. He climbed the spiral "
    "stairs, wiped the salt from the great lens and looked out over the grey water."
)
NEW_TOKENS = 160

_BARE_SCRIPT = r"""
import sys, time, json
from llama_cpp import Llama
from core.backends.llamacpp import safe_model_params  # only avoids a crash on AMX CPUs
path, prompt, n, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
kwargs = {} if threads == 0 else {"n_threads": threads, "n_threads_batch": threads}
with safe_model_params():
    llm = Llama(model_path=path, n_ctx=8192, verbose=False, **kwargs)
first = last = None
count = 0
for chunk in llm.create_completion(prompt, max_tokens=n, temperature=0.0, top_k=40, top_p=0.95, min_p=0.0,
                                   repeat_penalty=1.1, stream=True):
    now = time.perf_counter()
    if first is None:
        first = now
        sys.stdout.write("FIRST\n"); sys.stdout.flush()
    last = now
    count += 1
print(json.dumps({"tokens": count, "tokens_per_s": (count - 1) / (last - first) if count > 1 else None}))
"""


def _prompt() -> str:
    from core.actions import load_catalog
    from core.prompts import action_messages
    from core.backends.llamacpp import LlamaCppBackend
    from core.models import resolve_model

    catalog = load_catalog()
    action = catalog.get("continue")
    messages = action_messages(action, action.resolve_options({}, catalog), STORY, catalog)
    backend = LlamaCppBackend()
    backend.load(resolve_model(None))
    try:
        return backend.render(messages)
    finally:
        backend.close()


def _timed_first_line(cmd: list[str], env: dict) -> tuple[float, str]:
    """Run ``cmd``; return seconds from process start to its first stdout byte, and all stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=str(REPO))
    proc.stdout.read(1)
    first = time.perf_counter() - start
    rest = proc.stdout.read().decode("utf-8", "replace")
    proc.wait()
    return first, rest


def bare(model: str, prompt: str, threads: int, env: dict) -> tuple[float, float]:
    first, out = _timed_first_line([sys.executable, "-c", _BARE_SCRIPT, model, prompt, str(NEW_TOKENS), str(threads)], env)
    data = json.loads(out.strip().splitlines()[-1])
    return data["tokens_per_s"], first


def cli(env: dict) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "core.cli", "run", "continue", "--text", STORY, "--max-tokens", str(NEW_TOKENS),
           "--temperature", "0", "--no-history"]
    first, _ = _timed_first_line(cmd, env)
    proc = subprocess.run(cmd + ["--json"], capture_output=True, env=env, cwd=str(REPO), check=True)
    return json.loads(proc.stdout)["tokens_per_s"], first


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from core.backends.base import default_threads
    from core.models import bundled_model_path

    model = str(bundled_model_path())
    threads = default_threads()
    prompt = _prompt()
    env = {**os.environ, "INKSTONE_HOME": tempfile.mkdtemp(prefix="inkstone-bench-")}
    results: dict[str, list[tuple[float, float]]] = {"default": [], "same": [], "cli": []}
    for _ in range(args.repeat):  # interleaved, so drift in machine load hits every variant alike
        results["default"].append(bare(model, prompt, 0, env))
        results["same"].append(bare(model, prompt, threads, env))
        results["cli"].append(cli(env))
    med = {k: (statistics.median(v[0] for v in runs), statistics.median(v[1] for v in runs)) for k, runs in results.items()}
    print(f"bundled model, greedy, {NEW_TOKENS} new tokens, median of {args.repeat}; Inkstone threads = {threads}")
    print(f"{'variant':42} {'tokens/s':>9} {'start->1st token':>17}")
    print(f"{'llama-cpp-python, default settings (a)':42} {med['default'][0]:9.1f} {med['default'][1]:16.2f}s")
    print(f"{f'llama-cpp-python, {threads} threads (b)':42} {med['same'][0]:9.1f} {med['same'][1]:16.2f}s")
    print(f"{'inkstone-cli run continue':42} {med['cli'][0]:9.1f} {med['cli'][1]:16.2f}s")
    print(f"speed vs (a): {med['cli'][0] / med['default'][0]:.2f}x (goal >= 1.3x)")
    print(f"speed vs (b): {med['cli'][0] / med['same'][0]:.2f}x (goal >= 0.95x)")
    print(f"start-up vs bare script (b): {med['cli'][1] - med['same'][1]:+.2f} s (goal within 1 s)")


if __name__ == "__main__":
    main()
