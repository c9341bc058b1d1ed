"""A personal adapter that travels: export an adapter for a serving engine on a bigger machine, and
import a PEFT LoRA trained elsewhere so it serves this computer's routes.

Export writes what each engine loads: the PEFT folder for vLLM and SGLang (they pick a LoRA per
request by model name), the GGUF LoRA for llama.cpp's ``llama-server``, and a Modelfile with an
``ADAPTER`` line for Ollama; each comes with the command that serves it and the endpoint to add.

Import checks a PEFT LoRA against one of the user's models (every LoRA pair must fit that model's
weights, which is also what catches an adapter made for another model), writes its GGUF LoRA when
the model is a GGUF, and registers it like a trained adapter.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import BadInputError, UnknownNameError

ENGINES = ("vllm", "sglang", "llama-server", "ollama")
ADAPTER_CONFIG = "adapter_config.json"
ADAPTER_WEIGHTS = "adapter_model.safetensors"
#: Hugging Face repositories of models whose GGUF Inkstone knows (the bundled one).
_KNOWN_HF_NAMES = {"smollm2-135m-instruct": "HuggingFaceTB/SmolLM2-135M-Instruct"}


@dataclass
class Exported:
    engine: str
    files: list[str]
    #: Shell commands that serve the adapter, then add it as an endpoint, in order.
    commands: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"engine": self.engine, "files": self.files, "commands": self.commands, "notes": self.notes}


def _record(adapter: str) -> dict:
    from core.adapters import find_adapter
    from core.storage.runs import list_adapters

    record = find_adapter(adapter)
    if record is None:
        raise UnknownNameError("adapter", str(adapter), [a["name"] for a in list_adapters()])
    return record


def hf_name(model_name: str) -> str | None:
    """The Hugging Face repository with the safetensors weights of ``model_name``, where known."""
    if model_name in _KNOWN_HF_NAMES:
        return _KNOWN_HF_NAMES[model_name]
    from core.models import model_record

    try:
        repo = (model_record(model_name).get("details") or {}).get("repo") or ""
    except UnknownNameError:
        return None
    if repo.lower().endswith("-gguf"):  # the official GGUF repositories sit beside the weights
        return repo[: -len("-gguf")]
    return None


def _base_gguf(record: dict) -> str | None:
    from core.models import resolve_model

    try:
        model = resolve_model(record["base_model"])
    except Exception:
        return None
    return model.path if model.format == "gguf" else None


def export_adapter(adapter: str, engine: str, out: str | Path) -> Exported:
    """Write ``adapter`` into ``out`` for ``engine``; return the files and the serving commands."""
    if engine not in ENGINES:
        raise UnknownNameError("engine", engine, list(ENGINES))
    record = _record(adapter)
    name = record["name"]
    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    if engine in ("vllm", "sglang"):
        return _export_peft(record, engine, out)
    gguf = record.get("gguf_path")
    if not gguf or not Path(gguf).is_file():
        raise BadInputError(
            f"adapter {name!r} has no GGUF LoRA (its base model {record['base_model']} is not a GGUF); "
            "export it --for vllm or --for sglang instead"
        )
    target = out / f"{name}.gguf"
    shutil.copyfile(gguf, target)
    base = _base_gguf(record) or "BASE_MODEL.gguf"
    notes = [] if base != "BASE_MODEL.gguf" else [f"put the path of {record['base_model']}'s GGUF file in place of BASE_MODEL.gguf"]
    if engine == "llama-server":
        return Exported(engine, [str(target)], [
            f"llama-server -m {base} --lora {target} --alias {name} --host 0.0.0.0 --port 8080",
            f"inkstone-cli endpoints add {name} --base-url http://SERVER:8080/v1 --model {name}",
        ], notes)
    modelfile = out / "Modelfile"
    modelfile.write_text(f"FROM {base}\nADAPTER ./{target.name}\n", encoding="utf-8")
    return Exported(engine, [str(target), str(modelfile)], [
        f"cd {out} && ollama create {name} -f Modelfile",
        f"inkstone-cli endpoints add {name} --base-url http://SERVER:11434/v1 --model {name}",
    ], notes + ["Ollama's server listens on 127.0.0.1 unless OLLAMA_HOST=0.0.0.0 is set where it runs"])


def _export_peft(record: dict, engine: str, out: Path) -> Exported:
    name = record["name"]
    source = Path(record.get("peft_dir") or "")
    if not (source / ADAPTER_CONFIG).is_file() or not (source / ADAPTER_WEIGHTS).is_file():
        raise BadInputError(f"the PEFT files of adapter {name!r} are missing ({source}); delete it and train again")
    target = out / name
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / ADAPTER_WEIGHTS, target / ADAPTER_WEIGHTS)
    config = json.loads((source / ADAPTER_CONFIG).read_text(encoding="utf-8"))
    base = hf_name(record["base_model"])
    if base:
        config["base_model_name_or_path"] = base
    (target / ADAPTER_CONFIG).write_text(json.dumps(config, indent=2, sort_keys=True), encoding="utf-8")
    notes = []
    if not base:
        base = "BASE_MODEL"
        notes.append(f"put the Hugging Face name of {record['base_model']}'s full weights in place of BASE_MODEL "
                     "(these engines load safetensors weights, not a GGUF)")
    rank = int(config.get("r") or 8)
    files = [str(target / ADAPTER_CONFIG), str(target / ADAPTER_WEIGHTS)]
    if engine == "vllm":
        rank_flag = f" --max-lora-rank {rank}" if rank > 16 else ""
        return Exported(engine, files, [
            f"vllm serve {base} --enable-lora --lora-modules {name}={target}{rank_flag} --host 0.0.0.0 --port 8000",
            f"inkstone-cli endpoints add {name} --base-url http://SERVER:8000/v1 --model {name}",
        ], notes)
    return Exported(engine, files, [
        f"python -m sglang.launch_server --model-path {base} --enable-lora --lora-paths {name}={target} --host 0.0.0.0 --port 30000",
        f"inkstone-cli endpoints add {name} --base-url http://SERVER:30000/v1 --model {base}:{name}",
    ], notes)


# -- import ----------------------------------------------------------------------------------------


def _lora_pairs(folder: Path) -> dict[str, dict[str, tuple[int, ...]]]:
    from safetensors import safe_open

    pairs: dict[str, dict[str, tuple[int, ...]]] = {}
    with safe_open(str(folder / ADAPTER_WEIGHTS), framework="numpy") as handle:
        for key in handle.keys():
            for part in ("lora_A", "lora_B"):
                marker = f".{part}.weight"
                if key.endswith(marker):
                    module = key[: -len(marker)].removeprefix("base_model.model.")
                    pairs.setdefault(module, {})[part] = tuple(handle.get_slice(key).get_shape())
                    break
            else:
                raise BadInputError(f"{folder.name} holds {key}, which is not a LoRA weight; only plain LoRA adapters can be imported")
    if not pairs:
        raise BadInputError(f"{folder} has no LoRA weights")
    return pairs


def _check_hf_fit(folder: Path, model) -> None:
    """Every LoRA pair of ``folder`` must fit a weight of the Hugging Face model folder ``model``."""
    from safetensors import safe_open

    shapes: dict[str, tuple[int, ...]] = {}
    for weights in Path(model.path).glob("*.safetensors"):
        with safe_open(str(weights), framework="numpy") as handle:
            for key in handle.keys():
                shapes[key.removesuffix(".weight")] = tuple(handle.get_slice(key).get_shape())
    for module, pair in _lora_pairs(folder).items():
        shape = shapes.get(module) or shapes.get(module.removeprefix("model."))
        a, b = pair.get("lora_A"), pair.get("lora_B")
        if shape is None or a is None or b is None or (b[0], a[1]) != tuple(shape[:2]):
            raise BadInputError(f"the adapter does not fit {model.name}: {module} does not match its weights")


def import_adapter(path: str | Path, model_name: str | None = None, name: str | None = None) -> dict:
    """Check the PEFT LoRA folder ``path`` against model ``model_name`` (default: the default
    model), write its GGUF LoRA for a GGUF model, copy it into Inkstone's adapters folder and
    register it. Returns the registered adapter."""
    from core.adapters import model_fingerprint
    from core.models import resolve_model
    from core.storage.runs import add_adapter, get_adapter
    from core.training.checkpoint import atomic_folder
    from core.training.errors import TrainingError
    from core.training.export_gguf import export_gguf_adapter
    from core.slug import slug
    from core.training.publish import adapters_root

    folder = Path(path).expanduser().resolve()
    if not (folder / ADAPTER_CONFIG).is_file() or not (folder / ADAPTER_WEIGHTS).is_file():
        raise BadInputError(f"{folder} is not a PEFT adapter folder (it needs {ADAPTER_CONFIG} and {ADAPTER_WEIGHTS})")
    try:
        config = json.loads((folder / ADAPTER_CONFIG).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInputError(f"{folder / ADAPTER_CONFIG} is unreadable: {exc}") from None
    if str(config.get("peft_type", "LORA")).upper() != "LORA" or config.get("use_dora"):
        raise BadInputError(f"{folder.name} is a {config.get('peft_type')} adapter{' with DoRA' if config.get('use_dora') else ''}; "
                            "only plain LoRA adapters can be imported")
    model = resolve_model(model_name or None)
    if model.format == "remote":
        raise BadInputError(f"{model.name} is a remote endpoint; import the adapter for a model on this computer (--model NAME)")
    name = (name or folder.name).strip()
    if get_adapter(name) is not None:
        raise BadInputError(f"an adapter called {name!r} already exists; choose another name with --name")
    _lora_pairs(folder)  # only LoRA weights
    target = adapters_root() / f"imported-{slug(name, 'adapter')}"
    with atomic_folder(target, "the adapter") as staging:
        shutil.copyfile(folder / ADAPTER_WEIGHTS, staging / ADAPTER_WEIGHTS)
        shutil.copyfile(folder / ADAPTER_CONFIG, staging / ADAPTER_CONFIG)
        gguf_path = None
        if model.format == "gguf":
            try:  # checks every pair against the model's tensors, so a foreign adapter stops here
                export_gguf_adapter(staging, Path(model.path), staging / "adapter.gguf")
            except TrainingError as exc:
                raise BadInputError(f"{folder.name} cannot be used with {model.name}: {exc}") from None
            gguf_path = str(target / "adapter.gguf")
        else:
            _check_hf_fit(staging, model)
    adapter_id = add_adapter(
        name,
        model.name,
        base_model_hash=model_fingerprint(model),
        peft_dir=str(target),
        gguf_path=gguf_path,
        config={"r": config.get("r"), "lora_alpha": config.get("lora_alpha"), "target_modules": config.get("target_modules")},
        metrics={"imported_from": str(folder)},
    )
    return get_adapter(adapter_id)
