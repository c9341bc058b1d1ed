"""What a finished run leaves behind, written atomically and registered.

* LoRA: an adapter folder under ``<data dir>/adapters/`` (PEFT files for torch, ``adapter.gguf``
  for llama.cpp when the base model is a GGUF), registered in the database with its lineage when
  it continues an earlier adapter.
* Full fine-tune: a model folder under ``<data dir>/models/`` (safetensors, config and tokenizer
  for torch, and a GGUF file for llama.cpp when the base model is a GGUF), validated like any
  model the user adds and registered among the user's models (``models.json``).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from core.errors import BadInputError
from core.paths import data_dir
from core.slug import slug


def adapters_root() -> Path:
    return data_dir() / "adapters"


def models_root() -> Path:
    return data_dir() / "models"


def _metrics(result) -> dict:
    metrics = {
        "eval_loss_before": result.eval_loss_before,
        "eval_loss_after": result.eval_loss_after,
        "best_step": result.best_step,
        "steps": result.steps,
        "train_tokens_per_s": result.train_tokens_per_s,
        "train_examples": result.train_examples,
        "eval_examples": result.eval_examples,
        "truncated": result.truncated,
        "status": result.status,
    }
    if result.eval_groups_before:
        metrics["eval_groups_before"] = result.eval_groups_before
        metrics["eval_groups_after"] = result.eval_groups_after
        if result.forgetting is not None:
            metrics["forgetting"] = result.forgetting
    return metrics


def publish_adapter(result, outcome, peft_model, config, model_entry, info, adapter_name, lineage: dict, db) -> None:
    """Write the adapter folder (PEFT + GGUF) atomically and register it in the database.

    ``lineage``: ``parent_id`` (the adapter an update continued from, or None) and
    ``history_mark`` (the newest history entry the training data could include).
    """
    from core.adapters import model_fingerprint
    from core.storage import runs
    from core.training.checkpoint import ADAPTER_CONFIG, ADAPTER_WEIGHTS, atomic_folder, write_adapter
    from core.training.export_gguf import export_gguf_adapter

    name = (adapter_name or f"{slug(info['name'], 'adapter', 40)}-run{result.run_id}").strip()
    existing = runs.get_adapter(name, db)
    if existing is not None and existing.get("run_id") == result.run_id:
        # Published already, and the process ended before the run was marked finished.
        result.adapter_name, result.adapter_id = name, existing["id"]
        result.peft_dir, result.gguf_path = existing.get("peft_dir"), existing.get("gguf_path")
        return
    if existing is not None:
        raise BadInputError(f"an adapter called {name!r} already exists; choose another name")
    target = adapters_root() / f"run-{result.run_id}-{slug(name, 'adapter', 40)}"
    metrics = _metrics(result)
    meta = {"name": name, "run_id": result.run_id, "dataset": info["name"], "base_model": model_entry.name, "config": config.to_dict(),
            "metrics": metrics, "parent_id": lineage.get("parent_id")}  # fmt: skip
    with atomic_folder(target, "the adapter") as staging:
        if outcome.best_dir is not None:
            for item in (ADAPTER_WEIGHTS, ADAPTER_CONFIG):
                shutil.copyfile(outcome.best_dir / item, staging / item)
            (staging / "inkstone.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        else:
            write_adapter(peft_model, staging, meta)
        gguf_path = None
        if model_entry.format == "gguf":
            gguf_path = export_gguf_adapter(staging, Path(model_entry.path), staging / "adapter.gguf")
    result.adapter_name = name
    result.peft_dir = str(target)
    result.gguf_path = str(target / "adapter.gguf") if gguf_path else None
    result.adapter_id = runs.add_adapter(
        name,
        model_entry.name,
        run_id=result.run_id,
        dataset_id=info["id"],
        base_model_hash=model_fingerprint(model_entry),
        peft_dir=result.peft_dir,
        gguf_path=result.gguf_path,
        config=config.to_dict(),
        metrics=metrics,
        parent_id=lineage.get("parent_id"),
        history_mark=lineage.get("history_mark"),
        db=db,
    )


def publish_model(result, outcome, model, tokenizer, config, model_entry, info, model_name) -> None:
    """Save a fully fine-tuned model (best evaluation's weights) and add it to the user's models."""
    import safetensors.torch

    from core.models import add_model, check_hf_folder, list_models
    from core.training.checkpoint import TRAINABLE_WEIGHTS, atomic_folder, load_adapter_weights
    from core.training.export_gguf_model import export_gguf_model

    name = (model_name or f"{slug(info['name'], 'model', 40)}-full-run{result.run_id}").strip()
    target = models_root() / f"{slug(name, 'model', 40)}-run{result.run_id}"
    existing = next((entry for entry in list_models() if entry.name == name), None)
    if existing is not None and target.exists() and str(target.resolve()) in (existing.torch_path, existing.path):
        # Published already, and the process ended before the run was marked finished.
        result.model_name, result.model_path = name, str(target)
        result.gguf_path = existing.path if existing.format == "gguf" else None
        return
    if existing is not None:
        raise BadInputError(f"a model called {name!r} already exists; choose another name")
    if outcome.best_dir is not None and (outcome.best_dir / TRAINABLE_WEIGHTS).is_file():
        load_adapter_weights(model, outcome.best_dir)
    meta = {"name": name, "run_id": result.run_id, "dataset": info["name"], "base_model": model_entry.name,
            "method": "full", "config": config.to_dict(), "metrics": _metrics(result)}  # fmt: skip
    gguf_name = f"{slug(name, 'model', 40)}.gguf"
    with atomic_folder(target, "the model") as staging:
        safetensors.torch.save_model(model, str(staging / "model.safetensors"))  # a tied output layer once
        model_config = model.config
        if hasattr(model_config, "quantization_config"):
            delattr(model_config, "quantization_config")
        model_config.use_cache = True  # training turned the cache off; serving wants it
        model_config.save_pretrained(staging)
        if getattr(model, "generation_config", None) is not None:
            model.generation_config.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        (staging / "inkstone.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        check_hf_folder(staging)
        if model_entry.format == "gguf":
            export_gguf_model(model.state_dict(), model_entry.path, staging / gguf_name, name)
    try:  # validated like any model the user adds
        if model_entry.format == "gguf":
            entry = add_model(target / gguf_name, name, torch_path=target)
        else:
            entry = add_model(target, name)
    except Exception:
        shutil.rmtree(target, ignore_errors=True)
        raise
    result.model_name = entry.name
    result.model_path = str(target)
    result.gguf_path = str(target / gguf_name) if model_entry.format == "gguf" else None
