"""Validate a GGUF file before llama.cpp sees it.

llama.cpp aborts or segfaults on some malformed files, which would take the user's unsaved text
with the process. Everything here is pure Python (:mod:`core.gguf_header` over a memory map),
so a bad file becomes a :class:`ModelError` instead. This is the fast first line: it cannot know
every input llama.cpp crashes on, so a file is also loaded once in a child process before the
app or the CLI loads it (:mod:`core.models.probe`).

Results are remembered in the cache folder, keyed by the file's size, modification time and a
SHA-256 of its header plus its first and last MiB, and by :data:`VALIDATOR_VERSION`: a release
with stricter checks looks again at files an older one accepted.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import ModelError, printable
from core.gguf_header import GGUF_MAGIC, ArrayInfo, GGUFFormatError, GGUFHeader, read_header

SUPPORTED_VERSIONS = (2, 3)
#: Bump whenever a check is added or made stricter: cached results of older versions are ignored.
VALIDATOR_VERSION = 2
#: llama.cpp's LLAMA_MAX_LAYERS.
MAX_BLOCKS = 512
#: Longest trained context accepted (real models: up to ~10 M tokens).
MAX_CONTEXT = 1 << 25
#: Any other whole-number hyper-parameter of the architecture (sizes, counts) above this is damage.
MAX_HYPERPARAMETER = 1 << 26
_MIB = 1 << 20
#: The fingerprint hashes at most this much of a (corrupt) header that claims to be enormous.
_MAX_HASHED_HEADER = 64 * _MIB
_CACHE_FILE = "gguf_checks.json"
_OLD_CACHE_FILE = "gguf_validated.json"  # before VALIDATOR_VERSION existed


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
    header_bytes: int = 0  # where the tensor data starts
    fingerprint: str = ""  # see file_fingerprint()


def file_fingerprint(path: str | Path, header_bytes: int) -> str:
    """SHA-256 of the file's header (at least its first MiB) and its last MiB, plus its size:
    enough to notice a changed or replaced file without hashing gigabytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        head = min(max(header_bytes, _MIB), _MAX_HASHED_HEADER, size)
        handle.seek(0)
        digest.update(handle.read(head))
        tail_start = max(head, size - _MIB)
        handle.seek(tail_start)
        digest.update(handle.read(size - tail_start))
    digest.update(str(size).encode("ascii"))
    return digest.hexdigest()


_validated: dict[str, GGUFInfo] = {}


def inspect_gguf(path: str | Path) -> GGUFInfo:
    """Check that ``path`` is a complete, well-formed GGUF file and describe it.

    Checks the magic, the version, that the key/value and tensor tables parse, that every
    tensor's data lies within the file, and the values llama.cpp needs to be sane (block count,
    dimensions, tokenizer arrays, alignment, the other parts of a split model). Raises
    :class:`ModelError` with a one-line reason.
    """
    path = Path(path)
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    if not path.is_file():
        raise ModelError(f"not a model file (it is a folder or device): {path}")
    stat = path.stat()
    size = stat.st_size
    label = printable(path.name)
    with path.open("rb") as handle:
        opening = handle.read(24)
    if len(opening) < 24 or opening[:4] != GGUF_MAGIC:
        raise ModelError(f"{label} is not a GGUF model file (wrong magic bytes)")
    version = struct.unpack("<I", opening[4:8])[0]
    if version not in SUPPORTED_VERSIONS:
        raise ModelError(f"{label} uses GGUF version {version}; supported versions: 2, 3")

    memory_key = f"{path.resolve()}|{size}|{stat.st_mtime_ns}"
    cached = _validated.get(memory_key) or _disk_cache_get(path, size, stat.st_mtime_ns)
    if cached is not None:
        _validated[memory_key] = cached
        return cached

    header = _read(path, label)
    _check_tensors(header, label, size)
    _check_model(path, header, label)
    architecture = header.get("general.architecture")
    file_type = header.get("general.type") or "model"
    name = header.get("general.name")
    context_length = header.get(f"{architecture}.context_length")
    if not header.tensors and not _split_count(header):  # a split model's first part may hold only metadata
        raise ModelError(f"{label} contains no tensors")
    info = GGUFInfo(
        path=str(path),
        size=size,
        version=version,
        architecture=str(architecture),
        name=name if isinstance(name, str) and name else path.stem,
        context_length=context_length if _is_int(context_length) and context_length > 0 else None,
        tensor_count=len(header.tensors),
        file_type=str(file_type),
        has_chat_template=isinstance(header.get("tokenizer.chat_template"), str),
        header_bytes=header.data_start,
        fingerprint=file_fingerprint(path, header.data_start),
    )
    _validated[memory_key] = info
    _disk_cache_put(path, stat.st_mtime_ns, info)
    return info


def _read(path: Path, label: str) -> GGUFHeader:
    try:
        return read_header(path)
    except GGUFFormatError as exc:
        raise ModelError(f"{label} is corrupt or truncated and cannot be loaded ({exc})") from None
    except RecursionError:  # a last guard: the reader limits nesting itself
        raise ModelError(f"{label} is corrupt: its metadata nests too deep") from None
    except (OSError, ValueError, MemoryError) as exc:
        raise ModelError(f"{label} cannot be read ({type(exc).__name__}: {printable(exc, 200)})") from None


def _check_tensors(header: GGUFHeader, label: str, size: int) -> None:
    for tensor in header.tensors:
        n_bytes = tensor.n_bytes()
        if n_bytes is None:
            raise ModelError(
                f"{label} uses tensor type {tensor.ggml_type}, which this version of Inkstone does not know "
                "(the file is corrupt or newer than this release)"
            )
        end = tensor.offset + n_bytes
        if end > size:
            raise ModelError(
                f"{label} is truncated: tensor {printable(tensor.name)} ends at byte {end:,} but the file has {size:,} bytes"
            )
        if len(tensor.dims) <= 1 and tensor.ggml_type not in _FLOAT_TYPES:
            # Norms and biases: no quantizer writes them quantized, and llama.cpp aborts on one.
            raise ModelError(
                f"{label} is corrupt and cannot be loaded: the one-dimensional tensor {printable(tensor.name)} "
                f"has the quantized type {tensor.ggml_type}"
            )
        if tensor.name.endswith("norm.weight") and len(tensor.dims) <= 1 and tensor.ggml_type != 0:
            # Converters always write norm weights as F32; llama.cpp 0.3.36 aborts on an F16 one.
            raise ModelError(
                f"{label} is corrupt and cannot be loaded: the norm weights {printable(tensor.name)} are not 32-bit floats"
            )


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _split_count(header: GGUFHeader) -> int:
    count = header.get("split.count")
    return count if _is_int(count) and count > 1 else 0


#: ggml's plain number types: F32, F16, I8, I16, I32, I64, F64, BF16.
_FLOAT_TYPES = frozenset({0, 1, 24, 25, 26, 27, 28, 30})
_BLOCK_TENSOR = re.compile(r"blk\.(\d+)\.")
_STRING, _ARRAY = 8, 9


def _check_model(path: Path, header: GGUFHeader, label: str) -> None:
    """The values llama.cpp must find sane to load the file at all (some of them it aborts on)."""
    architecture = header.get("general.architecture")
    if not architecture:
        raise ModelError(f"{label} has no general.architecture entry; it is not a usable GGUF model")
    for key in ("general.architecture", "general.type", "general.name", "tokenizer.ggml.model", "tokenizer.chat_template"):
        if key in header.metadata and header.types[key] != _STRING:
            raise ModelError(f"{label} is corrupt: {key} is not text")
    if header.get("general.type", "model") != "adapter":
        _check_hyperparameters(header, label, architecture)
        _check_tokenizer(header, label)
    _check_split(path, header, label)


def _corrupt(label: str, what: str) -> ModelError:
    return ModelError(f"{label} is corrupt and cannot be loaded: {what}")


def _whole_numbers(header: GGUFHeader, key: str, label: str) -> list[int] | None:
    """A metadata value that must be a whole number or a short list of them (per-layer values)."""
    if key not in header.metadata:
        return None
    value = header.get(key)
    values = value if isinstance(value, list) else [value]
    if isinstance(value, ArrayInfo) or not all(_is_int(v) for v in values):
        raise _corrupt(label, f"{printable(key)} is not a whole number")
    return values


def _whole_numbers_or_none(header: GGUFHeader, key: str) -> list[int]:
    value = header.get(key)
    values = value if isinstance(value, list) else [value]
    return [v for v in values if _is_int(v)]


def _check_hyperparameters(header: GGUFHeader, label: str, arch: str) -> None:
    """Zero or absurd sizes: llama.cpp aborts on a block count of 0 or 2**31 - 1, and divides by
    head counts."""
    limits = {  # key suffix: (lowest, highest, required)
        "block_count": (1, MAX_BLOCKS, True),
        "embedding_length": (1, 1 << 20, True),
        # llama.cpp allocates per position of the trained context: 2**31 - 1 took 8.5 GB and
        # a minute to load the 135M bundled model. The longest real contexts are ~10 M.
        "context_length": (1, MAX_CONTEXT, False),
        "feed_forward_length": (0, 1 << 24, False),
        "attention.head_count": (0, 1 << 16, False),
        "attention.head_count_kv": (0, 1 << 16, False),
        "vocab_size": (1, 1 << 24, False),
    }
    for key in header.metadata:
        if key.startswith(f"{arch}.") and key.removeprefix(f"{arch}.") not in limits:
            for value in _whole_numbers_or_none(header, key):
                if value > MAX_HYPERPARAMETER:
                    raise _corrupt(label, f"{printable(key)} is {value:,}, far beyond any real model")
    found = {}
    for suffix, (low, high, required) in limits.items():
        key = f"{arch}.{suffix}"
        values = _whole_numbers(header, key, label)
        if values is None:
            if required:
                raise _corrupt(label, f"it has no {printable(key)} entry")
            continue
        for value in values:
            if not low <= value <= high:
                raise _corrupt(label, f"{printable(key)} is {value:,} (expected {low:,} to {high:,})")
        found[suffix] = values
    heads, kv_heads = found.get("attention.head_count"), found.get("attention.head_count_kv")
    if heads and len(heads) == 1:
        if heads[0] < 1:
            raise _corrupt(label, f"{printable(arch)}.attention.head_count is 0")
        if kv_heads and len(kv_heads) == 1 and (kv_heads[0] < 1 or heads[0] % kv_heads[0]):
            raise _corrupt(label, f"the head count ({heads[0]}) is not a multiple of the KV head count ({kv_heads[0]})")
    blocks = found["block_count"][0]
    for tensor in header.tensors:
        match = _BLOCK_TENSOR.match(tensor.name)
        if match and int(match.group(1)) >= blocks:
            raise _corrupt(label, f"tensor {printable(tensor.name)} lies beyond the block count ({blocks})")


def _array_count(value) -> int:
    return value.count if isinstance(value, ArrayInfo) else len(value) if isinstance(value, list) else -1


def _check_tokenizer(header: GGUFHeader, label: str) -> None:
    """llama.cpp reads the vocabulary arrays as raw memory of one type and aborts on a repeated
    token: check types, lengths and uniqueness."""
    if "tokenizer.ggml.tokens" not in header.metadata:
        return  # llama.cpp refuses this cleanly
    if header.types["tokenizer.ggml.tokens"] != _ARRAY or header.item_types.get("tokenizer.ggml.tokens") != _STRING:
        raise _corrupt(label, "tokenizer.ggml.tokens is not a list of strings")
    count = _array_count(header.get("tokenizer.ggml.tokens"))
    if count == 0:
        raise _corrupt(label, "its vocabulary (tokenizer.ggml.tokens) is empty")
    if "tokenizer.ggml.tokens" in header.duplicates:
        item = printable(header.duplicates["tokenizer.ggml.tokens"], 40)
        raise _corrupt(label, f"its vocabulary lists the token {item!r} twice")
    for key, item_type, kind in (("tokenizer.ggml.scores", 6, "32-bit floats"), ("tokenizer.ggml.token_type", 5, "32-bit integers")):
        if key not in header.metadata:
            continue
        if header.types[key] != _ARRAY or header.item_types.get(key) != item_type or _array_count(header.get(key)) != count:
            raise _corrupt(label, f"{key} is not a list of {count:,} {kind}")
    if "tokenizer.ggml.merges" in header.metadata and (
        header.types["tokenizer.ggml.merges"] != _ARRAY or header.item_types.get("tokenizer.ggml.merges") != _STRING
    ):
        raise _corrupt(label, "tokenizer.ggml.merges is not a list of strings")


_SPLIT_NAME = re.compile(r"^(?P<prefix>.+)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$")


def _check_split(path: Path, header: GGUFHeader, label: str) -> None:
    """A model split into several files: llama.cpp opens the first and finds the others by name."""
    count = _split_count(header)
    if not count:
        return
    number = header.get("split.no", 0)
    if number != 0:
        raise ModelError(f"{label} is part {number + 1 if _is_int(number) else '?'} of a split model; choose its first part")
    match = _SPLIT_NAME.match(path.name)
    if not match or int(match.group("count")) != count:
        raise ModelError(
            f"{label} is the first of {count} parts of a split model, but its name does not follow the pattern "
            f"NAME-00001-of-{count:05d}.gguf that llama.cpp needs to find the other parts"
        )
    for index in range(1, count):
        part = path.with_name(f"{match.group('prefix')}-{index + 1:05d}-of-{count:05d}.gguf")
        if not part.is_file():
            raise ModelError(f"{label} is part 1 of {count} of a split model, and part {index + 1} ({printable(part.name)}) is missing")
        part_label = printable(part.name)
        part_header = _read(part, part_label)
        _check_tensors(part_header, part_label, part.stat().st_size)


# -- the cache of validated files ---------------------------------------------------------------


def _disk_cache_file() -> Path:
    from core.paths import cache_dir

    return cache_dir() / _CACHE_FILE


def _disk_cache_get(path: Path, size: int, mtime_ns: int) -> GGUFInfo | None:
    try:
        data = json.loads(_disk_cache_file().read_text(encoding="utf-8"))
        entry = data.get(str(path.resolve())) if isinstance(data, dict) else None
        if not isinstance(entry, dict):
            return None
        if (entry.get("version"), entry.get("size"), entry.get("mtime_ns")) != (VALIDATOR_VERSION, size, mtime_ns):
            return None
        info = GGUFInfo(**entry["info"])
        if file_fingerprint(path, info.header_bytes) != info.fingerprint:
            return None
        return GGUFInfo(**{**asdict(info), "path": str(path)})
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _disk_cache_put(path: Path, mtime_ns: int, info: GGUFInfo) -> None:
    from core.cachefile import update_json

    entry = {"version": VALIDATOR_VERSION, "size": info.size, "mtime_ns": mtime_ns, "info": asdict(info)}
    update_json(_disk_cache_file(), lambda data: data.__setitem__(str(path.resolve()), entry))
    try:
        (_disk_cache_file().parent / _OLD_CACHE_FILE).unlink(missing_ok=True)
    except OSError:
        pass


def check_adapter_fits(model: str | Path, adapter: str | Path) -> None:
    """Refuse a GGUF LoRA adapter whose matrices do not match the model's tensors (llama.cpp
    0.3.36 crashes with SIGSEGV loading one that is too narrow). ggml lists the fastest-varying
    dimension first: a model tensor is (in, out), ``lora_a`` (in, rank) and ``lora_b`` (rank, out)."""
    base = {tensor.name: tensor.dims for tensor in _read(Path(model), printable(Path(model).name)).tensors}
    label = printable(Path(adapter).name)
    pairs: dict[str, dict[str, tuple[int, ...]]] = {}
    for tensor in _read(Path(adapter), label).tensors:
        for part in ("lora_a", "lora_b"):
            if tensor.name.endswith(f".{part}"):
                pairs.setdefault(tensor.name[: -len(part) - 1], {})[part] = tensor.dims
    for target, parts in pairs.items():
        if target.startswith("token_embd"):
            continue  # stored transposed by llama.cpp's converter; llama.cpp checks it itself
        if target not in base:
            raise ModelError(f"the adapter {label} does not fit this model: it changes {printable(target)}, which the model does not have")
        weight, a, b = base[target], parts.get("lora_a"), parts.get("lora_b")
        if a is None or b is None or len(a) != 2 or len(b) != 2 or len(weight) < 2:
            raise ModelError(f"the adapter {label} is corrupt: {printable(target)} needs a lora_a and a lora_b matrix")
        if a[0] != weight[0] or b[1] != weight[1] or a[1] != b[0]:
            raise ModelError(
                f"the adapter {label} was made for another model: for {printable(target)} ({weight[0]}x{weight[1]}) "
                f"it holds {a[0]}x{a[1]} and {b[0]}x{b[1]} matrices"
            )
