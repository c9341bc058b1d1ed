"""Resolve the LoRA adapter a request names to the file or folder its backend loads.

A request names an adapter by its id or name in the database (what ``inkstone-cli train``
registers and ``inkstone-cli adapters list`` shows) or by a path. A registered adapter has a PEFT
folder (for torch) and, when its base model is a GGUF file, a GGUF LoRA file (for llama.cpp); it
is refused for any other base model than the one it was trained on, because a LoRA update for one
model's weights is noise on another's.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from core.errors import BadInputError, UnknownNameError, printable
from core.models import ModelEntry


class AdapterMismatchError(BadInputError):
    """The adapter was trained for a different base model."""


def model_fingerprint(model: ModelEntry) -> str:
    """Identity of a model's weights, independent of its name or where the file lives.

    GGUF: SHA-256 of the whole file (memoized per path, size and mtime by the conversion cache).
    HF folder: the config plus the names and sizes of its safetensors files (hashing gigabytes of
    weights on every request would be too slow; a re-trained folder changes its sizes or config
    often enough, and the name check below catches the rest).
    """
    path = Path(model.path)
    if model.format == "gguf":
        from core.backends.hf_cache import source_digest

        return "gguf:" + source_digest(path)
    digest = hashlib.sha256()
    try:
        digest.update((path / "config.json").read_bytes())
        for item in sorted(path.glob("*.safetensors")):
            digest.update(f"{item.name}:{item.stat().st_size}".encode())
    except OSError as exc:
        raise BadInputError(f"cannot read the model folder {path}: {exc.strerror or exc}") from None
    return "hf:" + digest.hexdigest()


def find_adapter(adapter: str | int, db=None) -> dict | None:
    """The registered adapter with this id or name, or None."""
    from core.storage.runs import get_adapter

    text = str(adapter).strip()
    if isinstance(adapter, int) or text.isdigit():
        found = get_adapter(int(text), db)
        if found is not None:
            return found
    return get_adapter(text, db)


def check_base_model(record: dict, model: ModelEntry) -> None:
    """Raise :class:`AdapterMismatchError` unless ``record`` was trained on ``model``'s weights."""
    expected = record.get("base_model_hash")
    if expected:
        matches = expected == model_fingerprint(model)
    else:  # registered without a fingerprint: the catalog name is all there is to go by
        matches = record.get("base_model") == model.name
    if not matches:
        raise AdapterMismatchError(
            f"adapter {record['name']!r} was trained for {record.get('base_model') or 'another model'}, not {model.name}; "
            f"choose an adapter made for {model.name} or switch to {record.get('base_model') or 'its model'}"
        )


def resolve_adapter(adapter: str | int | None, model: ModelEntry, backend: str, db=None) -> str | None:
    """Return the path ``backend`` should load for ``adapter``, or None for no adapter.

    ``adapter`` is a registered adapter's id or name, or a path: llama.cpp takes a GGUF LoRA
    file, torch a PEFT adapter folder.
    """
    if adapter is None or str(adapter).strip() == "":
        return None
    text = str(adapter).strip()
    path = Path(text).expanduser()
    looks_like_path = path.exists() or "/" in text or "\\" in text or text.endswith(".gguf")
    record = None if looks_like_path else find_adapter(text, db)
    if record is None:
        if not looks_like_path:
            from core.storage.runs import list_adapters

            names = [a["name"] for a in list_adapters(db=db)]
            raise UnknownNameError("adapter", text, names)
        return _resolve_path(text, path, backend)

    check_base_model(record, model)
    if backend == "llama.cpp":
        gguf_path = record.get("gguf_path")
        if not gguf_path:
            raise BadInputError(
                f"adapter {record['name']!r} has no llama.cpp (GGUF) file because its base model is not a GGUF; use --backend torch"
            )
        if not Path(gguf_path).is_file():
            raise BadInputError(f"the files of adapter {record['name']!r} are missing ({gguf_path}); delete it and train again")
        return str(Path(gguf_path).resolve())
    peft_dir = record.get("peft_dir")
    if not peft_dir or not (Path(peft_dir) / "adapter_config.json").is_file():
        raise BadInputError(f"the files of adapter {record['name']!r} are missing ({peft_dir}); delete it and train again")
    return str(Path(peft_dir).resolve())


def _resolve_path(text: str, path: Path, backend: str) -> str:
    if not path.exists():
        raise BadInputError(f"adapter not found: {text}")
    if backend == "llama.cpp" and not path.is_file():
        gguf_file = path / "adapter.gguf"
        if gguf_file.is_file():  # an Inkstone adapter folder holds both forms
            return str(gguf_file.resolve())
        raise BadInputError(f"the llama.cpp backend needs a GGUF LoRA file, and {text} is a folder")
    if backend == "torch" and not path.is_dir():
        raise BadInputError(f"the torch backend needs a PEFT adapter folder, and {text} is a file")
    if backend == "torch":
        _check_peft_folder(path)
    return str(path.resolve())


def _check_peft_folder(path: Path) -> None:
    config = path / "adapter_config.json"
    if not config.is_file():
        raise BadInputError(f"{path} is not a PEFT adapter folder (no adapter_config.json)")
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise BadInputError(f"{config} is unreadable: {printable(exc, 200)}") from None
    check_adapter_config(data, path.name, BadInputError)


#: adapter_config.json entries that make peft import a module by name: Megatron's tensor-parallel
#: layers (``megatron_core``, with a ``megatron_config``) and AutoPeftModel's parent library
#: (``auto_mapping``, which peft itself writes, naming a transformers module). A downloaded adapter
#: could name any module there.
def check_adapter_config(config: object, name: str, error: type[Exception] = BadInputError) -> None:
    """Refuse an adapter config that is not a JSON object or asks peft to import a module."""
    if not isinstance(config, dict):
        raise error(f"the adapter {printable(name)} has an adapter_config.json that is not a JSON object")
    offending = None
    if config.get("megatron_config") or config.get("megatron_core") not in (None, "megatron.core"):
        offending = "megatron_core"
    mapping = config.get("auto_mapping")
    if mapping:
        parent = mapping.get("parent_library") if isinstance(mapping, dict) else None
        if not isinstance(parent, str) or not (parent == "transformers" or parent.startswith("transformers.")):
            offending = "auto_mapping"
    if offending:
        raise error(
            f"the adapter {printable(name)} is refused: its adapter_config.json sets {offending!r}, which makes peft "
            "import a module; Inkstone loads plain LoRA adapters only"
        )
