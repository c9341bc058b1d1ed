"""Check the torch route on a CUDA machine and print a table (not collected by pytest).

    python tests/gpu_check.py [--tokens N] [--runs N]

On a machine with a usable CUDA device it: routes the bundled model (expects torch on the GPU),
loads it there in half precision, runs the four actions through the engine, measures torch-CUDA
against llama.cpp-CPU on the same greedy prompt, checks that a fine-tune's GPU lease and a full
GPU send actions to llama.cpp and that running out of GPU memory raises GpuOutOfMemoryError,
runs 20 LoRA steps on the GPU, and, when ``core.training`` exists, 20 steps of the app's trainer.
On a machine without CUDA it says so, measures the llama.cpp-CPU baseline, and exits 0.

It installs and downloads nothing, writes history into a scratch data directory, and reuses the
app's converted-weights cache. Exit status: 0 when every check that ran passed, 1 otherwise.
Budget: under 5 minutes (about one on a modern GPU once the weights are converted).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.benchmarks.bench_backends import MESSAGES, measure, print_speeds, use_scratch_home  # noqa: E402

TEXT = (
    "The lighthouse keeper climbed the stairs every evening to light the lamp. For forty years no ship "
    "was lost on the rocks below, and the village below the cliff forgot that it had ever feared the sea."
)
ACTIONS = [
    ("summarize", {"length": "short"}),
    ("translate", {"lang": "French"}),
    ("rewrite", {"style": "formal"}),
    ("continue", {}),
]


@dataclass
class Check:
    name: str
    status: str  # PASS, FAIL, SKIP, INFO
    detail: str
    seconds: float = 0.0


class Report:
    def __init__(self) -> None:
        self.checks: list[Check] = []

    def run(self, name: str, func, *args):
        """Run one check; an exception fails that check, not the script."""
        started = time.perf_counter()
        try:
            status, detail, value = func(*args)
        except Exception as exc:  # the table must print whatever broke
            status, detail, value = "FAIL", f"{type(exc).__name__}: {exc}".splitlines()[0][:160], None
            traceback.print_exc()
        self.checks.append(Check(name, status, detail, time.perf_counter() - started))
        print(f"[{status}] {name}: {detail}", flush=True)
        return value

    def add(self, name: str, status: str, detail: str) -> None:
        self.checks.append(Check(name, status, detail))
        print(f"[{status}] {name}: {detail}", flush=True)

    def print_table(self) -> None:
        width = max(len(c.name) for c in self.checks)
        print()
        print(f"{'check':<{width}}  {'result':<6}  {'s':>6}  detail")
        print("-" * (width + 60))
        for c in self.checks:
            print(f"{c.name:<{width}}  {c.status:<6}  {c.seconds:>6.1f}  {c.detail}")

    @property
    def failed(self) -> bool:
        return any(c.status == "FAIL" for c in self.checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=128, help="tokens per speed run (default 128)")
    parser.add_argument("--runs", type=int, default=3, help="speed runs per backend; medians are reported")
    parser.add_argument("--lora-steps", type=int, default=20)
    args = parser.parse_args(argv)
    use_scratch_home()
    started = time.perf_counter()

    from core import devices, router
    from core.backends.llamacpp import LlamaCppBackend
    from core.models import BUNDLED_NAME, ModelEntry, bundled_model_path

    model = ModelEntry(BUNDLED_NAME, str(bundled_model_path()), "gguf", True, True)
    report = Report()
    cuda = devices.cuda_status(refresh=True)
    if not cuda.available:
        report.add("CUDA device", "SKIP", f"{cuda.reason or 'no CUDA device'}: the torch-CUDA checks are skipped")
        report.run("route (auto)", _expect_route, router, model, "llama.cpp", "cpu")
        llama = LlamaCppBackend()
        llama.load(model)
        # A short baseline: without a GPU there is nothing to compare it with.
        speeds = report.run("llama.cpp-CPU baseline", _speed, [("llama.cpp", llama, min(args.tokens, 32))], 1)
        llama.close()
        report.add("LoRA steps", "SKIP", "needs a CUDA device")
        report.print_table()
        if speeds:
            print()
            print_speeds(speeds, speeds[0])
        print(f"\ntotal {time.perf_counter() - started:.0f} s; no CUDA device, so nothing GPU-specific was checked")
        return 1 if report.failed else 0

    import torch

    report.add(
        "CUDA device",
        "INFO",
        f"{cuda.name}, {cuda.free_bytes / 2**30:.1f} of {cuda.total_bytes / 2**30:.1f} GB free, "
        f"bf16 {'yes' if torch.cuda.is_bf16_supported() else 'no'}, torch {torch.__version__}",
    )
    report.run("route (auto)", _expect_route, router, model, "torch", cuda.device)
    report.run("convert GGUF (or cache hit)", _convert, model)
    gpu = report.run("load on the GPU", _load_gpu, model)
    pool = report.run("four actions (auto route)", _actions, gpu)
    llama = LlamaCppBackend()
    started_llama = time.perf_counter()
    llama.load(model)
    llama.load_s = time.perf_counter() - started_llama
    if gpu is not None:
        speeds = report.run(
            "speed: torch-CUDA vs llama.cpp-CPU",
            _speed,
            [("llama.cpp", llama, args.tokens), (f"torch ({gpu.dtype})", gpu, args.tokens)],
            args.runs,
        )
        report.run("greedy start vs llama.cpp", _greedy_start, gpu, llama)
    else:
        speeds = None
    report.run("fine-tune holds the GPU", _lease, router, model)
    if pool is not None:
        pool.close()
    if gpu is not None:
        gpu.close()
    report.run("GPU full: route + GpuOutOfMemoryError", _out_of_memory, router, model)
    report.run(f"LoRA {args.lora_steps} steps (peft, bf16 autocast)", _peft_steps, model, args.lora_steps)
    report.run(f"core.training {args.lora_steps} steps", _core_training_steps, args.lora_steps)
    llama.close()

    report.print_table()
    if speeds:
        print()
        print_speeds(speeds, speeds[0])
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 1 if report.failed else 0


# -- checks: each returns (status, detail, value) -------------------------------------------------


def _expect_route(router, model, backend: str, device: str):
    route = router.choose(model)
    ok = (route.backend, route.device) == (backend, device)
    return ("PASS" if ok else "FAIL"), f"{route.backend} on {route.device}: {route.reason}", route


def _convert(model):
    from core.backends import hf_cache

    folder = hf_cache.ensure_converted(model)
    made = "converted now" if hf_cache.conversion_count() else "cache hit"
    return "PASS", f"{made}: {folder.name}", folder


def _load_gpu(model):
    from core.backends.torch import TorchBackend

    backend = TorchBackend()  # auto device, as the app does
    started = time.perf_counter()
    backend.load(model)
    elapsed = time.perf_counter() - started
    import torch

    on_gpu = backend.device.startswith("cuda") and next(backend._model.parameters()).is_cuda
    half = backend.dtype in ("bfloat16", "float16")
    detail = f"{backend.device}, {backend.dtype}, {elapsed:.2f} s, {torch.cuda.memory_allocated() / 2**20:.0f} MiB allocated"
    return ("PASS" if on_gpu and half else "FAIL"), detail, backend


def _actions(_gpu):
    from core.backends.pool import BackendPool
    from core.engine import ActionRequest, ActionRun

    pool = BackendPool()
    lines, ok = [], True
    for action, options in ACTIONS:
        request = ActionRequest(action, TEXT, options=options, max_tokens=48, temperature=0)
        result = ActionRun(request, pool=pool).run()
        good = result.backend == "torch" and result.device.startswith("cuda") and bool(result.output)
        ok &= good
        speed = f"{result.tokens_per_s:.0f} tok/s" if result.tokens_per_s else "-"
        lines.append(f"{action}: {result.completion_tokens} tok, {speed}")
        print(f"    {action} [{result.backend} {result.device}] {result.output[:100]!r}", flush=True)
    return ("PASS" if ok else "FAIL"), "; ".join(lines), pool


def _speed(contenders, runs):
    speeds = measure(contenders, runs)
    detail = ", ".join(f"{s.label} {s.tokens_per_s:.0f} tok/s (ttft {s.ttft_s:.2f} s)" for s in speeds)
    if len(speeds) > 1 and speeds[0].tokens_per_s:
        detail += f"; ratio {speeds[1].tokens_per_s / speeds[0].tokens_per_s:.2f}x"
    return "PASS", detail, speeds


def _greedy_start(gpu, llama):
    from core.backends.base import GenerationParams

    params = GenerationParams(max_tokens=12, temperature=0)
    gpu_words = "".join(gpu.stream(MESSAGES, params)).split()[:4]
    cpu_words = "".join(llama.stream(MESSAGES, params)).split()[:4]
    # Half precision on the GPU vs quantized activations in llama.cpp: report, don't require.
    status = "PASS" if gpu_words == cpu_words else "INFO"
    return status, f"torch {' '.join(gpu_words)!r} / llama.cpp {' '.join(cpu_words)!r}", None


def _lease(router, model):
    with router.gpu_lease:
        route = router.choose(model)
    ok = (route.backend, route.reason) == ("llama.cpp", "GPU busy with fine-tuning")
    return ("PASS" if ok else "FAIL"), f"{route.backend} on {route.device}: {route.reason}", None


def _out_of_memory(router, model):
    import torch

    from core.backends.torch import TorchBackend
    from core.errors import GpuOutOfMemoryError

    torch.cuda.empty_cache()
    free, _total = torch.cuda.mem_get_info()
    # Plain device allocations (no managed memory) leaving less than the model needs.
    hog = torch.empty(max(0, free - 192 * 2**20), dtype=torch.uint8, device="cuda")
    try:
        route = router.choose(model)
        backend = TorchBackend(device="cuda:0")
        try:
            backend.load(model)
            raised = "loaded (no error)"
        except GpuOutOfMemoryError as exc:
            raised = f"GpuOutOfMemoryError: {exc}"
        finally:
            backend.close()
    finally:
        del hog
        torch.cuda.empty_cache()
    ok = route.backend == "llama.cpp" and raised.startswith("GpuOutOfMemoryError")
    return ("PASS" if ok else "FAIL"), f"route {route.backend} ({route.reason}); load: {raised}", None


def _peft_steps(model, steps: int):
    """Plain peft LoRA steps on the GPU: the numbers the app's trainer should at least match."""
    import torch
    from peft import LoraConfig, get_peft_model

    from core.backends.hf_cache import ensure_converted, import_transformers

    _torch, transformers = import_transformers()
    folder = ensure_converted(model)
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
    base = transformers.AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).to("cuda")
    lora = get_peft_model(base, LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "k_proj", "v_proj", "o_proj"]))
    optimizer = torch.optim.AdamW([p for p in lora.parameters() if p.requires_grad], lr=2e-4)
    texts = [f"{TEXT} ({i})" for i in range(4)]
    batch = tokenizer(texts, return_tensors="pt", padding=True).to("cuda")
    dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    losses, tokens = [], 0
    torch.cuda.synchronize()
    started = time.perf_counter()
    for _ in range(steps):
        with torch.autocast("cuda", dtype=dtype):
            loss = lora(**batch, labels=batch["input_ids"]).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(loss.detach().item())
        tokens += int(batch["attention_mask"].sum())
    torch.cuda.synchronize()
    elapsed = time.perf_counter() - started
    del lora, base, optimizer
    torch.cuda.empty_cache()
    ok = losses[-1] < losses[0]
    detail = f"loss {losses[0]:.2f} -> {losses[-1]:.2f}, {tokens / elapsed:.0f} training tokens/s, {elapsed:.1f} s"
    return ("PASS" if ok else "FAIL"), detail, None


def _core_training_steps(steps: int):
    try:
        import core.training as training
    except ImportError:
        return "SKIP", "skipped: core.training is not in this tree yet", None
    hook = getattr(training, "gpu_check_steps", None)
    if hook is None:
        return "SKIP", "skipped: core.training has no gpu_check_steps(steps) hook for this script", None
    result = hook(steps)
    return "PASS", str(result), result


if __name__ == "__main__":
    raise SystemExit(main())
