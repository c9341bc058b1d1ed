"""Checkpoints and adapter folders, written so that a crash or a full disk never costs the last good one.

Every folder is written under a temporary name next to its target and renamed into place; the
previous version is renamed aside first and removed only once the new one is in place. A reader
that finds the target missing (a crash between the two renames) uses the aside copy.

All tensor files go through :func:`write_tensors`: the single seam where tests simulate a disk
that fills up mid-write.

A checkpoint folder holds: the LoRA weights and ``adapter_config.json`` (so it is itself a
loadable PEFT adapter) — or, for a full fine-tune, every trainable weight in
``trainable.safetensors`` (frozen weights are the base model's and are not repeated) —
``optimizer.pt`` (AdamW moments, loaded with ``weights_only=True``),
``rng.pt`` (torch CPU and CUDA generator states), and ``state.json`` (step, schedule, best eval
loss, early-stopping counter, config, dataset fingerprint).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.portable import fsync_file
from core.training.errors import DiskFullError, TrainingError

ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"
#: A full fine-tune's trained weights (the ones that changed), by their transformers names.
TRAINABLE_WEIGHTS = "trainable.safetensors"
STATE = "state.json"
_ASIDE = ".previous"


def write_tensors(tensors: dict, path: Path, metadata: dict | None = None) -> None:
    """Write a safetensors file (the seam tests use to simulate a full disk)."""
    from safetensors.torch import save_file

    save_file({k: v.detach().contiguous().cpu() for k, v in tensors.items()}, str(path), metadata=metadata or {"format": "pt"})


def _fsync_folder(folder: Path) -> None:
    for item in folder.iterdir():
        if item.is_file():
            fsync_file(item)


def _remove_leftovers(target: Path) -> None:
    """Staging folders of ``target`` that a crash or a kill left behind."""
    for leftover in target.parent.glob(f".{target.name}-*.partial"):
        shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def atomic_folder(target: Path, what: str) -> Iterator[Path]:
    """Yield an empty staging folder; on success it replaces ``target`` in one rename.

    ``what`` names the folder in error messages ("the checkpoint", "the adapter"). A failed write
    raises :class:`DiskFullError` (or :class:`TrainingError`) and leaves ``target`` as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-", suffix=".partial"))
    try:
        yield staging
        _fsync_folder(staging)
        aside = target.with_name(target.name + _ASIDE)
        if target.exists():
            # target is complete (only a finished staging folder is ever renamed to it), so an
            # older aside copy is redundant. Without target, the aside copy is the last good one
            # (a crash came between the two renames): it stays until the new folder is in place.
            if aside.exists():
                shutil.rmtree(aside)
            os.rename(target, aside)
        os.rename(staging, target)
        shutil.rmtree(aside, ignore_errors=True)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(
                f"the disk is full: could not save {what} in {target.parent}; the previous one is intact — free some space and try again"
            ) from None
        raise TrainingError(f"could not save {what} in {target.parent}: {exc.strerror or exc}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def readable_folder(target: Path) -> Path | None:
    """``target`` if it is complete, else the copy set aside while it was being replaced."""
    target = Path(target)
    for candidate in (target, target.with_name(target.name + _ASIDE)):
        if any((candidate / name).is_file() for name in (STATE, ADAPTER_WEIGHTS, TRAINABLE_WEIGHTS)):
            return candidate
    return None


# -- adapter folders -----------------------------------------------------------------------------


def lora_state(model) -> dict:
    """The trainable LoRA tensors under the names PEFT saves and loads."""
    from peft import get_peft_model_state_dict

    return get_peft_model_state_dict(model)


def is_lora(model) -> bool:
    return hasattr(model, "peft_config")


def trainable_state(model) -> dict:
    """A full fine-tune's trainable tensors by name (a tied weight once)."""
    state, seen = {}, set()
    for name, param in model.named_parameters():
        if param.requires_grad and id(param) not in seen:
            seen.add(id(param))
            state[name] = param
    return state


def write_adapter(model, folder: Path, extra: dict | None = None) -> None:
    """Write what training changed: a PEFT adapter folder (``adapter_config.json`` +
    ``adapter_model.safetensors``), or a full fine-tune's trainable weights."""
    if not is_lora(model):
        write_tensors(trainable_state(model), folder / TRAINABLE_WEIGHTS)
        if extra:
            (folder / "inkstone.json").write_text(json.dumps(extra, indent=2, ensure_ascii=False), encoding="utf-8")
        return
    write_tensors(lora_state(model), folder / ADAPTER_WEIGHTS)
    config = model.peft_config["default"].to_dict()
    config["base_model_name_or_path"] = None  # a cache path that means nothing elsewhere
    for key, value in list(config.items()):
        if isinstance(value, set):
            config[key] = sorted(value)
    (folder / ADAPTER_CONFIG).write_text(json.dumps(config, indent=2, sort_keys=True), encoding="utf-8")
    if extra:
        (folder / "inkstone.json").write_text(json.dumps(extra, indent=2, ensure_ascii=False), encoding="utf-8")


def load_adapter_weights(model, folder: Path) -> None:
    from safetensors.torch import load_file

    if not is_lora(model):
        _load_trainable(model, load_file(str(Path(folder) / TRAINABLE_WEIGHTS)), folder)
        return
    from peft import set_peft_model_state_dict

    result = set_peft_model_state_dict(model, load_file(str(Path(folder) / ADAPTER_WEIGHTS)))
    unexpected = getattr(result, "unexpected_keys", None)
    if unexpected:
        raise TrainingError(f"the checkpoint in {folder} does not fit this model ({len(unexpected)} unknown tensors)")


def _load_trainable(model, tensors: dict, folder: Path) -> None:
    import torch

    params = dict(model.named_parameters())
    unknown = [name for name in tensors if name not in params]
    if unknown:
        raise TrainingError(f"the checkpoint in {folder} does not fit this model ({len(unknown)} unknown tensors)")
    with torch.no_grad():
        for name, value in tensors.items():
            params[name].copy_(value)


# -- checkpoints -----------------------------------------------------------------------------------


def save_checkpoint(folder: Path, model, optimizer, state: dict, scaler=None, with_optimizer: bool = True) -> None:
    """Write a complete checkpoint to ``folder`` atomically. ``with_optimizer=False`` for a run
    that has no steps left: resuming it only publishes, and AdamW's moments are twice the size of
    the weights (a gigabyte for a full fine-tune of a small model)."""
    import torch

    with atomic_folder(folder, "the checkpoint") as staging:
        write_adapter(model, staging)
        if with_optimizer:
            extras = {"optimizer": optimizer.state_dict()}
            if scaler is not None:
                extras["scaler"] = scaler.state_dict()
            torch.save(extras, staging / "optimizer.pt")
        rng = {"cpu": torch.get_rng_state()}
        if torch.cuda.is_available():
            rng["cuda"] = torch.cuda.get_rng_state_all()
        torch.save(rng, staging / "rng.pt")
        (staging / STATE).write_text(json.dumps(state, indent=2, ensure_ascii=False), encoding="utf-8")


def read_state(folder: Path) -> dict | None:
    found = readable_folder(folder)
    if found is None or not (found / STATE).is_file():
        return None
    try:
        return json.loads((found / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def load_checkpoint(folder: Path, model, optimizer, scaler=None) -> dict:
    """Restore weights, optimizer, scaler and RNG from ``folder``; return its state dict."""
    import torch

    found = readable_folder(folder)
    if found is None:
        raise TrainingError(f"no checkpoint in {folder}")
    state = json.loads((found / STATE).read_text(encoding="utf-8"))
    load_adapter_weights(model, found)
    if (found / "optimizer.pt").is_file():
        # weights_only: a checkpoint is data; never let a file in the data folder run code.
        extras = torch.load(found / "optimizer.pt", map_location="cpu", weights_only=True)
        optimizer.load_state_dict(extras["optimizer"])
        if scaler is not None and "scaler" in extras:
            scaler.load_state_dict(extras["scaler"])
    elif state.get("step", 0) < state.get("total_steps", 0):
        raise TrainingError(f"the checkpoint in {folder} has no optimizer state; start a new run")
    rng = torch.load(found / "rng.pt", map_location="cpu", weights_only=True)
    torch.set_rng_state(rng["cpu"])
    if "cuda" in rng and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(rng["cuda"])
    return state
