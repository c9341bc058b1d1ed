"""Find models that other local-AI tools already keep on this machine.

Reads headers only: a GGUF file's metadata and tensor table (:mod:`core.gguf_header`, a few
milliseconds even for a multi-GB file), a safetensors file's JSON header, a model folder's
``config.json``. Nothing is loaded, copied or changed; :func:`add_found` registers a file where it
is. Projectors (vision towers), LoRA adapters, vocabulary-only files, unfinished downloads and the
second and later parts of a split model are left out, each with the reason in
:attr:`Discovery.skipped`.
"""

from __future__ import annotations

import json
import os
import re
import struct
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from core.gguf_header import GGUF_MAGIC, GGUFFormatError, read_header
from core.models.locations import SOURCE_LABELS, Location, tool_locations
from core.slug import slug

# Suffixes of files still being downloaded (huggingface_hub, browsers, LM Studio, aria2, ...).
PARTIAL_SUFFIXES = (".incomplete", ".part", ".partial", ".download", ".downloading", ".tmp", ".crdownload", ".aria2")
MAX_DEPTH = 6  # folders below a location's root that are searched
_NOT_MODELS = {"adapter", "mmproj", "projector", "clip", "vocab", "imatrix"}
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundModel:
    """A model another tool keeps here, described from its headers."""

    name: str  # the name it would get in Inkstone
    label: str  # how the tool names it: "llama3.2:3b", "Qwen/Qwen2.5-1.5B-Instruct-GGUF/...gguf"
    source: str  # key of locations.SOURCE_LABELS
    path: str
    format: str  # "gguf" or "hf"
    size: int  # bytes, all parts of a split model together
    parameters: int | None = None
    quantization: str | None = None
    architecture: str | None = None
    context_length: int | None = None
    backends: tuple[str, ...] = ()
    registered_as: str | None = None  # its name in Inkstone when it is added already

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["backends"] = list(self.backends)
        data["source_label"] = self.source_label
        return data


@dataclass
class Discovery:
    models: list[FoundModel] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"path", "reason"}
    searched: list[Location] = field(default_factory=list)  # the folders that exist

    def to_dict(self) -> dict:
        return {
            "models": [m.to_dict() for m in self.models],
            "skipped": self.skipped,
            "searched": [loc.to_dict() for loc in self.searched],
        }


class NotAModel(Exception):
    """A file that is not a model Inkstone can run (the message says what it is)."""


# -- describing one file or folder ----------------------------------------------------------------


def describe_gguf(path: str | Path) -> dict:
    """Architecture, parameters, quantization and context length of a GGUF model, from its header.

    Raises :class:`NotAModel` for projectors, adapters, vocabulary-only and damaged files.
    """
    path = Path(path)
    if "mmproj" in path.name.lower():
        raise NotAModel("a vision projector (mmproj), not a language model")
    try:
        header = read_header(path)
    except GGUFFormatError as exc:
        raise NotAModel(f"not a readable GGUF file ({exc})") from None
    except (OSError, ValueError) as exc:
        raise NotAModel(f"cannot be read ({exc})") from None
    kind = str(header.get("general.type") or "model").lower()
    architecture = header.get("general.architecture")
    if kind in _NOT_MODELS or str(architecture).lower() in _NOT_MODELS:
        raise NotAModel(f"a GGUF {kind if kind in _NOT_MODELS else architecture} file, not a language model")
    if not architecture:
        raise NotAModel("no general.architecture entry")
    if not header.tensors or header.get(f"{architecture}.block_count") == 0:
        raise NotAModel("holds no model weights (vocabulary only)")
    split_no = header.get("split.no") or 0
    if isinstance(split_no, int) and split_no > 0:
        raise NotAModel(f"part {split_no + 1} of a split model (the first part stands for it)")
    ends = [t.offset + n for t in header.tensors if (n := t.n_bytes()) is not None]
    if ends and max(ends) > header.size:
        raise NotAModel("truncated: an unfinished download or a damaged copy")
    context = header.get(f"{architecture}.context_length")
    return {
        "architecture": str(architecture),
        "name": str(header.get("general.name") or ""),
        "parameters": sum(t.elements for t in header.tensors) or None,
        "quantization": _quantization(header),
        "context_length": context if isinstance(context, int) and context > 0 else None,
        "split_count": header.get("split.count") if isinstance(header.get("split.count"), int) else 1,
    }


def _quantization(header) -> str | None:
    from gguf.constants import GGMLQuantizationType, LlamaFileType

    file_type = header.get("general.file_type")
    if isinstance(file_type, int):
        try:
            return LlamaFileType(file_type).name.removeprefix("MOSTLY_").removeprefix("ALL_")
        except ValueError:
            pass
    weights: dict[int, int] = {}
    for tensor in header.tensors:
        if len(tensor.dims) >= 2:
            weights[tensor.ggml_type] = weights.get(tensor.ggml_type, 0) + tensor.elements
    if not weights:
        return None
    kind = max(weights, key=weights.get)
    try:
        return GGMLQuantizationType(kind).name
    except ValueError:
        return None


def describe_hf_folder(folder: str | Path) -> dict:
    """The same facts for a Hugging Face folder with safetensors weights; :class:`NotAModel` if unusable."""
    from core.errors import ModelError
    from core.models.registry import check_hf_folder

    folder = Path(folder)
    try:
        check_hf_folder(folder)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except ModelError as exc:
        raise NotAModel(str(exc)) from None
    except (OSError, ValueError) as exc:
        raise NotAModel(f"config.json cannot be read ({exc})") from None
    if not isinstance(config, dict):
        raise NotAModel("config.json is not a JSON object")
    if "quantization" in config and "quantization_config" not in config:
        raise NotAModel("MLX weights (Apple's format), which Inkstone cannot run")
    quant = config.get("quantization_config")
    quantization = quant.get("quant_method") if isinstance(quant, dict) else config.get("torch_dtype") or config.get("dtype")
    context = config.get("max_position_embeddings")
    return {
        "architecture": str(config.get("model_type") or ""),
        "name": folder.name,
        "parameters": _safetensors_parameters(sorted(folder.glob("*.safetensors"))),
        "quantization": str(quantization) if quantization else None,
        "context_length": context if isinstance(context, int) else None,
    }


def _safetensors_parameters(files: list[Path]) -> int | None:
    total = 0
    for file in files:
        try:
            with open(file, "rb") as handle:
                (length,) = struct.unpack("<Q", handle.read(8))
                if length > 100 * 2**20:
                    return None
                header = json.loads(handle.read(length))
        except (OSError, ValueError, struct.error):
            return None
        for key, info in header.items():
            if key != "__metadata__" and isinstance(info, dict):
                count = 1
                for dim in info.get("shape", []):
                    count *= int(dim)
                total += count
    return total or None


def backends_for(fmt: str, architecture: str | None) -> tuple[str, ...]:
    """Which of Inkstone's backends can run a model of this format and architecture."""
    from core import devices

    torch_ok = devices.torch_installed()
    if fmt == "hf":
        return ("torch",) if torch_ok else ()
    from core.router import TRANSFORMERS_GGUF_ARCHITECTURES, _norm

    names = ["llama.cpp"]
    if torch_ok and architecture and _norm(architecture) in TRANSFORMERS_GGUF_ARCHITECTURES:
        names.append("torch")
    return tuple(names)


# -- searching ------------------------------------------------------------------------------------


def discover(locations: list[Location] | None = None) -> Discovery:
    """Search ``locations`` (default: every known tool's folders on this machine)."""
    result = Discovery()
    for item in iter_discover(locations, result):
        result.models.append(item)
    return result


def iter_discover(locations: list[Location] | None = None, result: Discovery | None = None) -> Iterator[FoundModel]:
    """Yield each model as it is found (for a list that fills while the search runs).

    ``result``, when given, collects the skipped files and the searched folders.
    """
    from core.models.registry import list_models

    result = result if result is not None else Discovery()
    registered = {}
    try:
        for entry in list_models():
            registered[_key(entry.path)] = entry.name
    except Exception:  # an unreadable models.json must not hide what is on disk
        pass
    seen: set[str] = set()
    memo = _read_memo()
    try:
        yield from _search(tool_locations() if locations is None else locations, registered, seen, memo, result)
    finally:
        _write_memo(memo.get("\0fresh", {}))  # only what this search saw: stale entries drop out


def _search(locations, registered: dict, seen: set, memo: dict, result: Discovery) -> Iterator[FoundModel]:
    for location in locations:
        if not location.path.is_dir():
            continue
        result.searched.append(location)
        if location.layout == "ollama":
            candidates = _ollama_candidates(location, result)
        elif location.layout == "hf-cache":
            candidates = _hf_cache_candidates(location)
        else:
            candidates = _file_candidates(location, result)
        for path, label in candidates:
            key = _key(path)
            if key in seen:
                continue
            seen.add(key)
            found = _describe(path, label, location, registered.get(key), result, memo)
            if found is not None:
                yield found


def _describe(path: Path, label: str, location: Location, registered: str | None, result: Discovery, memo: dict):
    try:
        if path.is_dir():
            facts, fmt, size = describe_hf_folder(path), "hf", sum(p.stat().st_size for p in path.glob("*.safetensors"))
        else:
            stat = path.stat()
            stamp = f"{_key(path)}|{stat.st_size}|{stat.st_mtime_ns}"
            known = memo.get(stamp)
            facts = known if isinstance(known, dict) else describe_gguf(path)
            memo.setdefault("\0fresh", {})[stamp] = facts
            fmt = "gguf"
            size = _split_size(path) if facts.get("split_count", 1) > 1 else stat.st_size
    except NotAModel as exc:
        result.skipped.append({"path": str(path), "source": location.source, "reason": str(exc)})
        return None
    except OSError as exc:
        result.skipped.append({"path": str(path), "source": location.source, "reason": f"cannot be read ({exc})"})
        return None
    return FoundModel(
        name=slug(_name_hint(label, path, fmt), "model"),
        label=label,
        source=location.source,
        path=str(path),
        format=fmt,
        size=size,
        parameters=facts.get("parameters"),
        quantization=facts.get("quantization"),
        architecture=facts.get("architecture") or None,
        context_length=facts.get("context_length"),
        backends=backends_for(fmt, facts.get("architecture")),
        registered_as=registered,
    )


# A GGUF's header facts, remembered per (path, size, modification time): a vocabulary of 150,000
# tokens takes tens of milliseconds to step over, and the next search should cost nothing.


def _memo_file() -> Path:
    from core.paths import cache_dir

    return cache_dir() / "discovered.json"


def _read_memo() -> dict:
    try:
        data = json.loads(_memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_memo(memo: dict) -> None:
    target = _memo_file()
    try:
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(memo), encoding="utf-8")
        tmp.replace(target)
    except OSError:
        pass  # the memo only saves time


def _ollama_candidates(location: Location, result: Discovery) -> Iterator[tuple[Path, str]]:
    manifests = location.path / "manifests"
    blobs = location.path / "blobs"
    for manifest in sorted(_walk_files(manifests, depth=5)):
        parts = manifest.relative_to(manifests).parts
        if len(parts) != 4:  # host / namespace / model / tag
            continue
        try:
            layers = json.loads(manifest.read_text(encoding="utf-8")).get("layers") or []
        except (OSError, ValueError, AttributeError):
            result.skipped.append({"path": str(manifest), "source": "ollama", "reason": "unreadable manifest"})
            continue
        for layer in layers:
            if isinstance(layer, dict) and layer.get("mediaType") == "application/vnd.ollama.image.model":
                digest = str(layer.get("digest") or "")
                blob = blobs / digest.replace(":", "-")
                if digest and blob.is_file() and _is_gguf(blob):
                    yield blob, _ollama_name(parts)
                elif digest and blob.is_file():
                    result.skipped.append({"path": str(blob), "source": "ollama", "reason": "not a GGUF file (a newer Ollama format)"})


def _ollama_name(parts: tuple[str, ...]) -> str:
    """Ollama's own short name: the host and "library/" are left out when they are the defaults."""
    host, namespace, model, tag = parts
    name = model if namespace == "library" else f"{namespace}/{model}"
    if host != "registry.ollama.ai":
        name = f"{host}/{namespace}/{model}"
    return f"{name}:{tag}"


def _hf_cache_candidates(location: Location) -> Iterator[tuple[Path, str]]:
    for repo in sorted(location.path.glob("models--*")):
        snapshot = _current_snapshot(repo)
        if snapshot is None:
            continue
        repo_id = repo.name.removeprefix("models--").replace("--", "/")
        if _looks_like_hf_folder(snapshot):
            yield snapshot, repo_id
        for file in sorted(_walk_files(snapshot, depth=3)):
            if file.name.lower().endswith(".gguf"):
                yield file, f"{repo_id}/{file.relative_to(snapshot).as_posix()}"


def _current_snapshot(repo: Path) -> Path | None:
    for ref in ("main", "master"):
        try:
            commit = (repo / "refs" / ref).read_text(encoding="utf-8").strip()
        except OSError:
            continue
        if (repo / "snapshots" / commit).is_dir():
            return repo / "snapshots" / commit
    snapshots = [p for p in (repo / "snapshots").glob("*") if p.is_dir()] if (repo / "snapshots").is_dir() else []
    return max(snapshots, key=lambda p: p.stat().st_mtime) if snapshots else None


def _file_candidates(location: Location, result: Discovery) -> Iterator[tuple[Path, str]]:
    root = location.path
    for folder, dirnames, filenames in _walk(root):
        here = Path(folder)
        if _looks_like_hf_folder(here, filenames):
            yield here, here.relative_to(root).as_posix() or here.name
            dirnames[:] = []
            continue
        for filename in sorted(filenames):
            lower = filename.lower()
            if ".gguf" in lower and lower.endswith(PARTIAL_SUFFIXES):
                result.skipped.append({"path": str(here / filename), "source": location.source, "reason": "an unfinished download"})
            elif lower.endswith(".gguf"):
                yield here / filename, _label_in_tree(root, here / filename)


def _label_in_tree(root: Path, path: Path) -> str:
    parts = path.relative_to(root).parts
    for index, part in enumerate(parts):  # a Hugging Face layout (llama.cpp's LLAMA_CACHE)
        if part.startswith("models--") and len(parts) > index + 3 and parts[index + 1] == "snapshots":
            return "/".join([part.removeprefix("models--").replace("--", "/"), *parts[index + 3 :]])
    return "/".join(parts)


def _walk(root: Path):
    base_depth = len(root.parts)
    for folder, dirnames, filenames in os.walk(root):
        depth = len(Path(folder).parts) - base_depth
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and depth < MAX_DEPTH)
        yield folder, dirnames, filenames


def _walk_files(root: Path, depth: int) -> Iterator[Path]:
    if not root.is_dir():
        return
    base = len(root.parts)
    for folder, dirnames, filenames in os.walk(root):
        if len(Path(folder).parts) - base >= depth:
            dirnames[:] = []
        for filename in filenames:
            yield Path(folder) / filename


def _looks_like_hf_folder(folder: Path, filenames: list[str] | None = None) -> bool:
    names = filenames if filenames is not None else [p.name for p in folder.iterdir()] if folder.is_dir() else []
    return "config.json" in names and any(n.endswith(".safetensors") for n in names)


def _is_gguf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False


def _split_size(first: Path) -> int:
    match = _SPLIT.search(first.name)
    if not match:
        return first.stat().st_size
    prefix = first.name[: match.start()]
    total = 0
    for number in range(1, int(match.group(2)) + 1):
        part = first.with_name(f"{prefix}-{number:05d}-of-{match.group(2)}{first.suffix}")
        total += part.stat().st_size if part.exists() else 0
    return total


def _name_hint(label: str, path: Path, fmt: str) -> str:
    if ":" in label and "/" not in label.split(":")[0]:  # an Ollama name
        return label.replace(":", "-")
    last = label.rstrip("/").split("/")[-1]
    return last[: -len(".gguf")] if fmt == "gguf" and last.lower().endswith(".gguf") else last or path.stem


def _key(path: str | Path) -> str:
    try:
        return os.path.normcase(str(Path(path).resolve()))
    except OSError:
        return os.path.normcase(str(path))


# -- adding ---------------------------------------------------------------------------------------


def add_found(found: FoundModel, name: str | None = None):
    """Register ``found`` in place (no copy) under ``name`` or a free form of its suggested name.

    The full file check (and, where available, the load probe) runs here, as for any added model.
    Returns the :class:`~core.models.registry.ModelEntry`.
    """
    from core.models.registry import add_model, free_name

    return add_model(found.path, name or free_name(found.name), origin=found.source)
