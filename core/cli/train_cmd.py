"""``inkstone-cli train`` and ``runs``: fine-tune on a dataset (LoRA or full), list the runs.

Adapters (and their continual-learning updates) are managed in :mod:`core.cli.adapters_cmd`.
Nothing here imports torch until a training command runs: ``inkstone-cli run`` stays light.
"""

from __future__ import annotations

import signal
import sys
import threading
import time

from core.cli.common import print_json, print_table


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train",
        help="fine-tune a LoRA adapter (or a whole small model) on a dataset",
        description="Fine-tune a LoRA adapter on one of your datasets, or with --method full train every weight "
        "of a small model (up to about 0.5B parameters) into a new model. Ctrl-C stops after the current step "
        "and keeps a checkpoint; --resume RUN_ID continues it.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--dataset", help="name of the dataset to train on (see: inkstone-cli dataset list)")
    source.add_argument("--resume", type=int, metavar="RUN_ID", help="continue a stopped or interrupted run")
    parser.add_argument("--max-steps", type=int, help="stop after this many optimizer steps")
    parser.add_argument("--epochs", type=int, help="passes over the training examples (default 2)")
    parser.add_argument("--method", choices=("lora", "full"), help="lora: a small adapter (default); full: every weight, saved as a new model")
    parser.add_argument("--train-embeddings", action="store_true", help="full fine-tuning: also train the token embeddings (more memory)")
    parser.add_argument("--name", help="name of the adapter, or of the new model with --method full (default: <dataset>-run<ID>)")
    parser.add_argument("--model", help="base model name or path (default: the default model)")
    parser.add_argument("--rank", type=int, help="LoRA rank (default 8)")
    parser.add_argument("--lr", type=float, help="peak learning rate (default 1e-3 for LoRA, 5e-5 for full fine-tuning)")
    parser.add_argument("--batch", type=int, help="micro batch size (default 4)")
    parser.add_argument("--grad-accum", type=int, help="micro batches per optimizer step (default 1)")
    parser.add_argument("--max-len", type=int, help="longest example in tokens (default 512)")
    parser.add_argument("--eval-interval", type=int, help="evaluate every this many steps (default 20)")
    parser.add_argument("--checkpoint-interval", type=int, help="save a resumable checkpoint every this many steps (default 20)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where to train (default auto)")
    parser.add_argument("--seed", type=int, help="seed for initialization and example order (default 0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object with the result")
    parser.set_defaults(handler=_train)

    runs = subparsers.add_parser("runs", help="list training runs (to resume one)")
    runs_sub = runs.add_subparsers(dest="runs_command", metavar="SUBCOMMAND")
    runs_sub.required = True
    runs_list = runs_sub.add_parser("list", help="list training runs, newest first")
    runs_list.add_argument("--json", action="store_true", help="print JSON")
    runs_list.set_defaults(handler=_runs_list)


def _config(args):
    from core.training.config import TrainConfig

    values = {
        "method": args.method,
        "train_embeddings": args.train_embeddings or None,
        "max_steps": args.max_steps,
        "epochs": args.epochs,
        "rank": args.rank,
        "learning_rate": args.lr,
        "micro_batch_size": args.batch,
        "grad_accum_steps": args.grad_accum,
        "max_seq_len": args.max_len,
        "eval_interval": args.eval_interval,
        "checkpoint_interval": args.checkpoint_interval,
        "device": args.device,
        "seed": args.seed,
    }
    config = TrainConfig(**{k: v for k, v in values.items() if v is not None})
    if args.rank is not None:
        config.alpha = 2.0 * args.rank  # keep the update's scale when only the rank is changed
    return config


class _Bar:
    """One updating line on a terminal; plain lines (evaluations, the end) everywhere else."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last_eval: float | None = None
        self.drawn = False

    def line(self, text: str) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.drawn = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def update(self, record) -> None:
        if record.eval_loss is not None:
            self.last_eval = record.eval_loss
        if record.event == "plan":
            self.line(record.message)
            return
        if record.event in ("start", "eval_before", "eval", "done"):
            text = f"step {record.step}/{record.total_steps}"
            if record.eval_loss is not None:
                text += f"  eval loss {record.eval_loss:.4f}"
            if record.eval_groups:
                text += "".join(f"  {name} {loss:.4f}" for name, loss in record.eval_groups.items())
            if record.message:
                text += f"  ({record.message})"
            self.line(text)
            return
        if not self.tty:
            return
        width = 24
        filled = int(width * record.step / max(1, record.total_steps))
        parts = [f"[{'#' * filled}{'-' * (width - filled)}] {record.step}/{record.total_steps}"]
        if record.train_loss is not None:
            parts.append(f"loss {record.train_loss:.4f}")
        if self.last_eval is not None:
            parts.append(f"eval {self.last_eval:.4f}")
        if record.tokens_per_s:
            parts.append(f"{record.tokens_per_s:.0f} tok/s")
        parts.append(f"ETA {record.eta_text or '--:--'}")
        self.stream.write("\r\033[K" + "  ".join(parts))
        self.stream.flush()
        self.drawn = True


def drive(make_job, as_json: bool):
    """Run a training generator with a progress bar and Ctrl-C handling; return its result."""
    stop = threading.Event()
    bar = _Bar(sys.stderr)

    def on_interrupt(_signum, _frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        bar.line("stopping after this step and saving a checkpoint (Ctrl-C again to abort at once)")

    previous = signal.signal(signal.SIGINT, on_interrupt) if threading.current_thread() is threading.main_thread() else None
    result = None
    try:
        for record in make_job(stop.is_set):
            if not as_json:
                bar.update(record)
            if record.done:
                result = record.result
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return result


def _train(args) -> int:
    from core.training.runner import train

    started = time.perf_counter()
    result = drive(
        lambda stop: train(
            dataset=args.dataset,
            config=None if args.resume is not None else _config(args),
            resume=args.resume,
            stop=stop,
            model=args.model,
            adapter_name=args.name,
        ),
        args.json,
    )
    if result is None:
        return 1
    if args.json:
        data = result.to_dict()
        data["elapsed_s"] = round(time.perf_counter() - started, 2)
        print_json(data)
    elif result.status == "cancelled":
        print(f"stopped at step {result.steps} of {result.total_steps}; continue with: inkstone-cli train --resume {result.run_id}")
    elif result.method == "full":
        print(f"model {result.model_name} (added to your models)")
        print(f"  held-out loss {_loss(result.eval_loss_before)} -> {_loss(result.eval_loss_after)} after {result.steps} steps")
        print(f"  {result.train_tokens_per_s or 0:.0f} training tokens/s on {result.device}")
        print(f"  folder (torch): {result.model_path}")
        if result.gguf_path:
            print(f"  llama.cpp file: {result.gguf_path}")
        print(f"use it with: inkstone-cli run continue --model {result.model_name} --text '...'")
    else:
        print(f"adapter {result.adapter_name} (id {result.adapter_id})")
        print(f"  held-out loss {_loss(result.eval_loss_before)} -> {_loss(result.eval_loss_after)} after {result.steps} steps")
        print(f"  {result.train_tokens_per_s or 0:.0f} training tokens/s on {result.device}")
        print(f"  PEFT folder: {result.peft_dir}")
        if result.gguf_path:
            print(f"  llama.cpp adapter: {result.gguf_path}")
        print(f"use it with: inkstone-cli run continue --adapter {result.adapter_name} --text '...'")
    return 130 if result.status == "cancelled" else 0


def _loss(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def _runs_list(args) -> int:
    from core.storage.runs import list_runs, mark_interrupted_runs

    mark_interrupted_runs()
    found = list_runs()
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no training runs yet")
        return 0
    rows = [
        {
            "id": r["id"],
            "dataset": r.get("dataset_name") or "",
            "status": r["status"],
            "step": f"{r.get('step') or 0}/{r.get('total_steps') or '?'}",
            "started_at": r["started_at"],
            "note": (r.get("error") or "")[:60],
        }
        for r in found
    ]
    print_table(rows, ["id", "dataset", "status", "step", "started_at", "note"])
    return 0
