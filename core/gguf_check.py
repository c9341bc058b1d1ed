"""Validate a GGUF file before llama.cpp sees it.

llama.cpp aborts or segfaults on some malformed files, which would take the user's unsaved text
with the process. Everything here is pure Python (:mod:`core.gguf_header` over a memory map),
so a bad file becomes a :class:`ModelError` instead.
"""

from __future__ import annotations

import json
import struct
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import ModelError
from core.gguf_header import GGUF_MAGIC, GGUFFormatError, read_header

SUPPORTED_VERSIONS = (2, 3)


@dataclass(frozen=True)
class GGUFInfo:
    """The facts about a GGUF file that the app needs without loading it."""

    path: str
    size: int
    version: int
    architecture: str
    name: str
    context_length: int | None
    tensor_count: int
    file_type: str  # "model" or "adapter"
    has_chat_template: bool


def _cache_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


_validated: dict[str, GGUFInfo] = {}


def inspect_gguf(path: str | Path) -> GGUFInfo:
    """Check that ``path`` is a complete, well-formed GGUF file and describe it.

    Checks the magic, the version, that the key/value and tensor tables parse, and that every
    tensor's data lies within the file. Raises :class:`ModelError` with a one-line reason.
    """
    path = Path(path)
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    if not path.is_file():
        raise ModelError(f"not a model file (it is a folder or device): {path}")
    size = path.stat().st_size
    with path.open("rb") as handle:
        opening = handle.read(24)
    if len(opening) < 24 or opening[:4] != GGUF_MAGIC:
        raise ModelError(f"{path.name} is not a GGUF model file (wrong magic bytes)")
    version = struct.unpack("<I", opening[4:8])[0]
    if version not in SUPPORTED_VERSIONS:
        raise ModelError(f"{path.name} uses GGUF version {version}; supported versions: 2, 3")

    key = _cache_key(path)
    cached = _validated.get(key) or _disk_cache_get(key)
    if cached is not None:
        _validated[key] = cached
        return cached

    try:
        header = read_header(path)
    except GGUFFormatError as exc:
        raise ModelError(f"{path.name} is corrupt or truncated and cannot be loaded ({exc})") from None
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path.name} cannot be read ({type(exc).__name__}: {exc})") from None
    tensors = header.tensors
    for tensor in tensors:
        n_bytes = tensor.n_bytes()
        if n_bytes is None:
            raise ModelError(
                f"{path.name} uses tensor type {tensor.ggml_type}, which this version of Inkstone does not know "
                "(the file is corrupt or newer than this release)"
            )
        end = tensor.offset + n_bytes
        if end > size:
            raise ModelError(f"{path.name} is truncated: tensor {tensor.name} ends at byte {end:,} but the file has {size:,} bytes")
    architecture = header.get("general.architecture")
    file_type = header.get("general.type") or "model"
    name = header.get("general.name") or path.stem
    context_length = header.get(f"{architecture}.context_length") if architecture else None
    has_template = isinstance(header.get("tokenizer.chat_template"), str)
    if not architecture:
        raise ModelError(f"{path.name} has no general.architecture entry; it is not a usable GGUF model")
    if not tensors:
        raise ModelError(f"{path.name} contains no tensors")
    info = GGUFInfo(
        path=str(path),
        size=size,
        version=version,
        architecture=str(architecture),
        name=str(name),
        context_length=context_length if isinstance(context_length, int) and context_length > 0 else None,
        tensor_count=len(tensors),
        file_type=str(file_type),
        has_chat_template=has_template,
    )
    _validated[key] = info
    _disk_cache_put(key, info)
    return info


# A file that passed validation is remembered by path, size and modification time, so the CLI
# does not re-parse a large GGUF on every start.


def _disk_cache_file() -> Path:
    from core.paths import cache_dir

    return cache_dir() / "gguf_validated.json"


def _disk_cache_get(key: str) -> GGUFInfo | None:
    try:
        data = json.loads(_disk_cache_file().read_text(encoding="utf-8"))
        entry = data.get(key)
        return GGUFInfo(**entry) if entry else None
    except (OSError, ValueError, TypeError):
        return None


def _disk_cache_put(key: str, info: GGUFInfo) -> None:
    target = _disk_cache_file()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[key] = asdict(info)
    tmp = target.with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(target)
    except OSError:
        pass  # a cache that cannot be written only costs time
