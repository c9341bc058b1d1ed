"""How big a model is: bytes on disk and parameter count, read from file headers only."""

from __future__ import annotations

import json
import struct
from functools import lru_cache
from pathlib import Path

from core.models.registry import ModelEntry


def model_bytes(model: ModelEntry) -> int:
    path = Path(model.path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.glob("*.safetensors"))


def model_parameters(model: ModelEntry) -> int | None:
    """Parameter count from the GGUF tensor table or the safetensors headers (no weights read)."""
    path = Path(model.path)
    try:
        files = [path] if path.is_file() else sorted(path.glob("*.safetensors"))
        stamps = tuple((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    except OSError:
        return None
    return _count_parameters(model.format, stamps)


@lru_cache(maxsize=32)
def _count_parameters(fmt: str, stamps: tuple) -> int | None:
    try:
        if fmt == "gguf":
            return _gguf_parameters(stamps[0][0])
        total = 0
        for name, _size, _mtime in stamps:
            with open(name, "rb") as handle:
                (length,) = struct.unpack("<Q", handle.read(8))
                header = json.loads(handle.read(length))
            for key, info in header.items():
                if key != "__metadata__":
                    count = 1
                    for dim in info["shape"]:
                        count *= dim
                    total += count
        return total
    except (OSError, ValueError, KeyError, struct.error):
        return None


def _gguf_parameters(path: str) -> int:
    """Sum the tensor element counts in a GGUF header (no weights read)."""
    from core.gguf_header import read_header

    return sum(tensor.elements for tensor in read_header(path).tensors)
