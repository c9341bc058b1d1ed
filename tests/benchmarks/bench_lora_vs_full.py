"""LoRA against full fine-tuning on the same data: held-out loss, time, memory, disk.

    python tests/benchmarks/bench_lora_vs_full.py [--steps N] [--max-len N] [--threads N] [--rounds N]

Both contenders are :func:`core.training.train` on the bundled SmolLM2-135M (through the
converted-weights cache) with each method's default settings (LoRA: rank 8 on the attention and
MLP projections, learning rate 1e-3; full: every weight but the embeddings, learning rate 5e-5),
the same examples (the keeper's log from tests/fixtures/style_corpus.py as continuation examples,
10% held out), the same batch (4), schedule, steps and thread count, on the CPU. Each contender
runs in its own process, so its peak RSS is its own; LoRA is the baseline.

Reported per contender: held-out loss before and after (the app's own evaluation), llama.cpp
perplexity on held-out answers with the exported GGUF (adapter or model), wall time of the run
(load to published result), wall and CPU time per optimizer step (CPU time is what the step cost
this process; on a shared machine the wall time also carries the neighbours' load), peak RSS, and
disk: one checkpoint and the published result. Not a pass/fail test: it prints figures and ratios to the baseline. On a shared
machine run it with ``--rounds 2`` (alternating order, the faster round counts for time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

CONTENDERS = ("lora", "full")


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _dataset(home: Path) -> None:
    from core.datasets_build import BuildOptions, build_from_documents
    from tests.fixtures import style_corpus

    document = home / "keeper-log.txt"
    document.write_text(style_corpus.document(240), encoding="utf-8")
    build_from_documents("keeper", [document], BuildOptions(context_chars=100))


def run(method: str, steps: int, max_len: int, threads: int) -> dict:
    from core.training import TrainConfig, train

    home = Path(os.environ["INKSTONE_HOME"])
    checkpoint_at = max(1, steps // 2)
    config = TrainConfig(method=method, max_steps=steps, micro_batch_size=4, max_seq_len=max_len, threads=threads,
                         eval_interval=steps, eval_max_examples=16, checkpoint_interval=checkpoint_at)  # fmt: skip
    started = time.perf_counter()
    step_marks, cpu_marks, checkpoint_mb, plan = [], [], None, ""
    for record in train("keeper", config):
        if record.event == "plan":
            plan = record.message
        if record.event == "step":
            step_marks.append(time.perf_counter())
            usage = resource.getrusage(resource.RUSAGE_SELF)
            cpu_marks.append(usage.ru_utime + usage.ru_stime)
            folder = home / "training" / f"run-{record.run_id}" / "checkpoint"
            if checkpoint_mb is None and record.step > checkpoint_at and folder.exists():
                checkpoint_mb = _size_mb(folder)
        if record.done:
            result = record.result
    wall = time.perf_counter() - started
    published = Path(result.model_path or result.peft_dir)
    return {
        "method": method,
        "loss_before": result.eval_loss_before,
        "loss_after": result.eval_loss_after,
        "wall_s": wall,
        "step_s": (step_marks[-1] - step_marks[0]) / max(1, len(step_marks) - 1),
        "step_cpu_s": (cpu_marks[-1] - cpu_marks[0]) / max(1, len(cpu_marks) - 1),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "checkpoint_mb": checkpoint_mb,
        "result_mb": _size_mb(published),
        "gguf_mb": _size_mb(Path(result.gguf_path)) if result.gguf_path else None,
        "gguf": result.gguf_path,
        "is_model": result.model_path is not None,
        "plan": plan,
    }


def perplexities(results: dict, count: int = 8) -> dict:
    """llama.cpp perplexity on held-out answers: base model, LoRA adapter, fully tuned model."""
    from core.models import bundled_model_path
    from core.storage.datasets import iter_examples
    from tests.test_training_run import answer_perplexity

    held_out = [e["messages"] for e in iter_examples("keeper", split="eval")][:count]
    base = str(bundled_model_path())
    found = {"base": answer_perplexity(base, held_out)}
    for method, data in results.items():
        if data["is_model"]:
            found[method] = answer_perplexity(data["gguf"], held_out)
        else:
            found[method] = answer_perplexity(base, held_out, lora_path=data["gguf"])
    return found


def _child(method: str, args, home: Path) -> dict:
    env = {**os.environ, "INKSTONE_HOME": str(home), "INKSTONE_THREADS": str(args.threads)}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", method, "--steps", str(args.steps), "--max-len", str(args.max_len),
         "--threads", str(args.threads)],
        env=env, cwd=str(REPO), capture_output=True, text=True,
    )  # fmt: skip
    if proc.returncode != 0:
        raise SystemExit(f"{method} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--max-len", type=int, default=256)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--child", choices=CONTENDERS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run(args.child, args.steps, args.max_len, args.threads)))
        return

    os.environ.setdefault("INKSTONE_CACHE", str(Path(tempfile.gettempdir()) / "inkstone-bench-cache"))
    best: dict[str, dict] = {}
    homes: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="inkstone-bench-") as scratch:
        for round_ in range(args.rounds):
            order = CONTENDERS if round_ % 2 == 0 else tuple(reversed(CONTENDERS))
            for method in order:
                home = Path(scratch) / f"{method}-{round_}"
                home.mkdir()
                os.environ["INKSTONE_HOME"] = str(home)
                _dataset(home)
                load = os.getloadavg()[0]
                data = _child(method, args, home)
                data["load"] = load
                print(f"round {round_ + 1} {method}: {data['wall_s']:.0f} s, {data['step_s']:.2f} s/step, "
                      f"{data['step_cpu_s']:.2f} CPU s/step (load {load:.1f})", file=sys.stderr)  # fmt: skip
                if method not in best or data["wall_s"] < best[method]["wall_s"]:
                    best[method], homes[method] = data, home
        os.environ["INKSTONE_HOME"] = str(homes["lora"])
        ppl = perplexities(best)

    lora = best["lora"]
    print(f"\nbundled SmolLM2-135M, {args.steps} steps of batch 4, max length {args.max_len}, {args.threads} threads, CPU")
    print(f"full fine-tune plan: {best['full']['plan']}")
    print(f"llama.cpp held-out perplexity of the base model: {ppl['base']:.2f}\n")
    header = ("method", "held-out loss", "llama.cpp ppl", "s/step", "CPU s/step", "vs LoRA", "run s", "peak RSS MB", "vs LoRA",
              "checkpoint MB", "result MB", "GGUF MB")  # fmt: skip
    print(" | ".join(header))
    for method in CONTENDERS:
        d = best[method]
        print(" | ".join([
            method,
            f"{d['loss_before']:.3f} -> {d['loss_after']:.3f}",
            f"{ppl[method]:.2f}",
            f"{d['step_s']:.2f}",
            f"{d['step_cpu_s']:.2f}",
            f"{d['step_cpu_s'] / lora['step_cpu_s']:.2f}x",
            f"{d['wall_s']:.0f}",
            f"{d['peak_rss_mb']:.0f}",
            f"{d['peak_rss_mb'] / lora['peak_rss_mb']:.2f}x",
            f"{d['checkpoint_mb']:.0f}" if d["checkpoint_mb"] is not None else "-",
            f"{d['result_mb']:.0f}",
            f"{d['gguf_mb']:.0f}" if d["gguf_mb"] is not None else "-",
        ]))  # fmt: skip
    loads = ", ".join(f"{m} {best[m]['load']:.1f}" for m in CONTENDERS)
    print(f"\nload average at the start of the counted runs (the machine may be shared): {loads}")


if __name__ == "__main__":
    main()
