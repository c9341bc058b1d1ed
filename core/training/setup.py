"""Where and how a fine-tune runs: device, CPU threads, precision, and the model made ready to train.

LoRA wraps the base model with peft (a fresh adapter, or the weights of an earlier adapter when a
continual-learning update resumes from it); a full fine-tune trains the model's own weights, in
float32 so that small updates are not rounded away (mixed precision on a GPU runs the maths in half
precision and keeps these master weights).
"""

from __future__ import annotations

import os
import random
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.errors import BadInputError
from core.training.config import TrainConfig
from core.training.errors import TrainingError


def stop_check(stop) -> Callable[[], bool]:
    if stop is None:
        return lambda: False
    if hasattr(stop, "is_set"):
        return stop.is_set
    if callable(stop):
        return stop
    raise TypeError("stop must be a callable or a threading.Event")


def pick_device(config: TrainConfig) -> str:
    from core import devices

    if config.device == "cpu":
        return "cpu"
    status = devices.cuda_status(refresh=True)
    if config.device == "cuda" and not status.available:
        raise BadInputError(f"training on the GPU was requested, but {status.reason or 'no CUDA device is usable'}")
    return status.device if status.available else "cpu"


def auto_threads() -> int:
    """CPU threads for training: the physical cores, minus those other programs keep busy.

    torch's CPU kernels split each operation across their threads and wait for the slowest: on
    two cores already busy with other work (the app generating on llama.cpp, a build), two
    threads ran a forward pass 2-2.5x slower than one. The load average at the start decides.
    """
    from core.devices import physical_cores

    cores = physical_cores()
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores
    return max(1, min(cores, round(cores - busy + 0.5)))


def _cpu_has_native_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


def precision(config: TrainConfig, device: str, torch) -> tuple[Any, Any]:
    """(weights dtype, autocast dtype or None) for the device."""
    want = config.precision
    if device == "cpu":
        if want == "fp16":
            raise BadInputError("fp16 training needs a GPU; use bf16 or fp32 on the CPU")
        if want == "bf16" or (want == "auto" and _cpu_has_native_bf16()):
            return torch.float32, torch.bfloat16
        return torch.float32, None
    if want == "fp32":
        return torch.float32, None
    if want == "fp16" or (want == "auto" and not torch.cuda.is_bf16_supported()):
        # fp16 weights would need master copies; keep fp32 weights and let autocast do the rest.
        return torch.float32, torch.float16
    if config.method == "full":
        return torch.float32, torch.bfloat16  # trained weights stay float32 (see the module docstring)
    # bf16 has fp32's range: the frozen base can live in bf16, the LoRA weights stay fp32.
    return torch.bfloat16, torch.bfloat16


def sample(examples: list, limit: int, seed: int) -> list:
    if not limit or len(examples) <= limit:
        return examples
    picked = sorted(random.Random(f"inkstone-eval:{seed}").sample(range(len(examples)), limit))
    return [examples[i] for i in picked]


def load_model(model_entry, config: TrainConfig, device: str, weights_dtype, init_adapter: str | None = None):
    """(model ready to train on ``device``, tokenizer, pad id). ``init_adapter``: a PEFT folder
    whose weights the LoRA starts from (its rank, alpha and layers must be the config's)."""
    from core.backends.hf_cache import ensure_converted, import_transformers

    folder = ensure_converted(model_entry)
    torch, transformers = import_transformers()

    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
        base = transformers.AutoModelForCausalLM.from_pretrained(folder, dtype=weights_dtype, trust_remote_code=False, use_safetensors=True)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise TrainingError(f"transformers could not load {model_entry.name}: {str(exc).splitlines()[0]}") from None
    if getattr(base.config, "use_cache", None) is not None:
        base.config.use_cache = False
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (tokenizer.eos_token_id or 0)
    if config.method == "full":
        from core.training.full import prepare_model

        prepare_model(base, config)
        base.to(device)
        return base, tokenizer, pad_id

    from peft import LoraConfig, get_peft_model

    lora = LoraConfig(
        r=config.rank,
        lora_alpha=config.alpha,
        lora_dropout=config.dropout,
        target_modules=list(config.target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )
    torch.manual_seed(config.seed)  # the same seed gives the same LoRA initialization
    try:
        with warnings.catch_warnings():
            # peft asks transformers a deprecated question; the answer is right, the warning noise.
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
            peft_model = get_peft_model(base, lora)
    except ValueError as exc:
        linear = sorted({name.rsplit(".", 1)[-1] for name, module in base.named_modules() if isinstance(module, torch.nn.Linear)})
        raise BadInputError(
            f"none of the target modules {', '.join(config.target_modules)} is in {model_entry.name}; its layers: {', '.join(linear)}"
        ) from exc
    if init_adapter is not None:
        from core.training.checkpoint import load_adapter_weights

        load_adapter_weights(peft_model, Path(init_adapter))
    peft_model.to(device)
    return peft_model, tokenizer, pad_id


def make_optimizer(model, config: TrainConfig, torch):
    params = [p for p in model.parameters() if p.requires_grad]
    # The multi-tensor path copies every gradient at once: for a full fine-tune, another model's worth of memory.
    extra = {"foreach": False} if config.method == "full" else {}
    return torch.optim.AdamW(params, lr=config.peak_lr, weight_decay=config.weight_decay, **extra)
