"""Write a PEFT LoRA adapter as a GGUF LoRA adapter that llama.cpp applies at load (``lora_path=``).

What llama.cpp's adapter loader needs (checked against llama-cpp-python 0.3.36):

* metadata ``general.architecture`` equal to the base model's, ``general.type = "adapter"``,
  ``adapter.type = "lora"`` and ``adapter.lora.alpha`` (llama.cpp scales by alpha / rank, as PEFT
  does);
* for each adapted weight ``<base>.weight`` of the GGUF model, tensors ``<base>.weight.lora_a``
  (rank x in) and ``<base>.weight.lora_b`` (out x rank) — the numpy shapes of PEFT's ``lora_A``
  and ``lora_B``; the base names come from ``gguf``'s tensor-name map for the architecture.
* transformers un-permutes the rows of llama q/k weights when it loads a llama GGUF (llama.cpp's
  converter had interleaved them for its rotary embedding), so our LoRA learned the HF row order;
  ``lora_b`` of q_proj and k_proj gets the converter's permutation back (heads = KV heads for k).
  Without it the adapter still "works" but much less well (held-out perplexity 2.13 instead of
  1.85 in the spike), which is why the tests check perplexity, not just that it loads.

The file is written under a temporary name and renamed into place.
"""

from __future__ import annotations

import errno
import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from core.portable import fsync_file
from core.training.errors import DiskFullError, TrainingError

# GGUF architectures whose q/k rows transformers reverse-permutes on load (its LlamaTensorProcessor).
PERMUTED_ARCHITECTURES = frozenset({"llama"})


def permute_rows(weights, n_head: int, n_head_kv: int | None = None):
    """llama.cpp's converter permutation of q/k rows (``convert_hf_to_gguf.LlamaModel.permute``)."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    shape = weights.shape
    return weights.reshape(n_head, 2, shape[0] // n_head // 2, *shape[1:]).swapaxes(1, 2).reshape(shape)


def _base_metadata(base_gguf: Path) -> dict:
    stat = base_gguf.stat()
    return _read_base_metadata(str(base_gguf.resolve()), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=4)
def _read_base_metadata(path: str, _size: int, _mtime: int) -> dict:
    from core.gguf_header import GGUFFormatError, read_header

    base_gguf = Path(path)
    try:
        header = read_header(path)
    except GGUFFormatError as exc:
        raise TrainingError(f"{base_gguf.name} is not a readable GGUF file ({exc})") from None
    value = header.get

    arch = value("general.architecture")
    if not arch:
        raise TrainingError(f"{base_gguf.name} has no architecture in its metadata")
    shapes = {t.name: list(t.dims) for t in header.tensors}
    return {
        "arch": arch,
        "blocks": value(f"{arch}.block_count"),
        "heads": value(f"{arch}.attention.head_count"),
        "kv_heads": value(f"{arch}.attention.head_count_kv") or value(f"{arch}.attention.head_count"),
        "shapes": shapes,
    }


def _name_map(arch: str, blocks: int):
    import gguf

    by_name = {name: key for key, name in gguf.MODEL_ARCH_NAMES.items()}
    if arch not in by_name:
        raise TrainingError(f"the gguf package does not know the architecture {arch!r}; cannot export a llama.cpp adapter")
    return gguf.get_tensor_name_map(by_name[arch], int(blocks))


def export_gguf_adapter(peft_dir: str | Path, base_gguf: str | Path, out_path: str | Path) -> Path:
    """Convert the PEFT adapter in ``peft_dir`` (trained on ``base_gguf``'s weights) to ``out_path``."""
    import gguf
    import numpy as np
    from safetensors.numpy import load_file

    peft_dir, base_gguf, out_path = Path(peft_dir), Path(base_gguf), Path(out_path)
    config = json.loads((peft_dir / "adapter_config.json").read_text(encoding="utf-8"))
    if config.get("rank_pattern") or config.get("alpha_pattern"):
        raise TrainingError("adapters with per-layer ranks or alphas cannot be exported for llama.cpp")
    rank, alpha = int(config["r"]), float(config["lora_alpha"])
    if config.get("use_rslora"):
        alpha = alpha * math.sqrt(rank)  # rsLoRA scales by alpha/sqrt(r); llama.cpp by alpha/r
    meta = _base_metadata(base_gguf)
    names = _name_map(meta["arch"], meta["blocks"])
    permute = meta["arch"] in PERMUTED_ARCHITECTURES
    tensors = load_file(str(peft_dir / "adapter_model.safetensors"))

    pairs: dict[str, dict[str, np.ndarray]] = {}
    for key, value in tensors.items():
        for part in ("lora_A", "lora_B"):
            marker = f".{part}.weight"
            if key.endswith(marker):
                module = key[: -len(marker)].removeprefix("base_model.model.")
                pairs.setdefault(module, {})[part] = value
                break
        else:
            raise TrainingError(f"unexpected tensor {key} in the adapter; only LoRA A/B weights can be exported")

    out: list[tuple[str, np.ndarray]] = []
    for module in sorted(pairs):
        pair = pairs[module]
        if set(pair) != {"lora_A", "lora_B"}:
            raise TrainingError(f"the adapter has only half of the LoRA pair for {module}")
        base = names.get_name(module)
        if base is None:
            raise TrainingError(f"no llama.cpp tensor corresponds to {module}; choose other target modules")
        a = pair["lora_A"].astype(np.float32)
        b = pair["lora_B"].astype(np.float32)
        target = f"{base}.weight"
        shape = meta["shapes"].get(target)  # ggml order: [in, out]
        if shape is None or shape[0] != a.shape[1] or shape[1] != b.shape[0]:
            raise TrainingError(f"the adapter does not fit {base_gguf.name}: {module} has shape {b.shape[0]}x{a.shape[1]}, the model {shape}")
        if permute and base.endswith(".attn_q"):
            b = permute_rows(b, meta["heads"], meta["heads"])
        elif permute and base.endswith(".attn_k"):
            b = permute_rows(b, meta["heads"], meta["kv_heads"])
        out.append((f"{target}.lora_a", np.ascontiguousarray(a)))
        out.append((f"{target}.lora_b", np.ascontiguousarray(b)))
    if not out:
        raise TrainingError("the adapter has no LoRA weights to export")

    with written_gguf(out_path, "adapter") as tmp:
        writer = gguf.GGUFWriter(str(tmp), arch=meta["arch"])
        writer.add_type(gguf.GGUFType.ADAPTER)
        writer.add_string("adapter.type", "lora")
        writer.add_float32("adapter.lora.alpha", alpha)
        writer.add_string("general.name", "inkstone-lora")
        for name, array in out:
            writer.add_tensor(name, array)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
    return out_path


@contextmanager
def written_gguf(out_path: Path, what: str) -> Iterator[Path]:
    """A temporary file next to ``out_path`` to write a GGUF ``what`` ("adapter", "model") into;
    when the block ends it is synced to disk and moved into place, so a crash or a full disk never
    leaves half a file under the final name. A full disk is a :class:`DiskFullError`."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}-", suffix=".partial")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, out_path)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(f"the disk is full: could not write the llama.cpp {what} to {out_path.parent}; "
                                "free some space and try again") from None
        raise TrainingError(f"could not write the llama.cpp {what} {out_path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
