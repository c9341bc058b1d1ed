"""A fast, allocation-light reader of a GGUF file's header: metadata and tensor table.

``gguf``'s ``GGUFReader`` builds numpy views for every metadata item; on a 49k-entry vocabulary
that is several seconds and millions of objects, whose garbage collection pauses every thread of
the process — the app's window included. The app needs only scalars, strings and the tensor
table, so arrays are skipped (their length is kept) and nothing is decoded that is not asked for.

Every read is bounds-checked against the file size: a truncated or corrupt file raises
:class:`GGUFFormatError` with a short reason, never an ``IndexError`` from deep inside.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.errors import printable

GGUF_MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

# Value types: 0..7 and 10..12 are scalars (size, struct code); 8 is a string; 9 an array.
_SCALARS = {
    0: (1, "<B"), 1: (1, "<b"), 2: (2, "<H"), 3: (2, "<h"), 4: (4, "<I"), 5: (4, "<i"),
    6: (4, "<f"), 7: (1, "<?"), 10: (8, "<Q"), 11: (8, "<q"), 12: (8, "<d"),
}  # fmt: skip
_STRING, _ARRAY = 8, 9
UINT32 = 4
#: Arrays of scalars up to this length are decoded (e.g. per-layer head counts); longer ones are not.
SMALL_ARRAY = 64
#: llama.cpp reads no array of arrays; the format allows them, so a few levels are walked, but a
#: file nesting them thousands deep is refused rather than recursed into.
MAX_ARRAY_DEPTH = 8
#: ggml tensors have at most 4 dimensions (GGML_MAX_DIMS).
MAX_DIMS = 4
#: llama.cpp keeps tensor sizes in int64: larger element counts cannot be real.
MAX_ELEMENTS = 2**62
#: Metadata whose string items must be unique (llama.cpp aborts on a duplicate vocabulary entry;
#: it reads each item up to its first NUL byte, so "a\0b" repeats "a").
UNIQUE_STRING_ARRAYS = ("tokenizer.ggml.tokens",)


class GGUFFormatError(ValueError):
    """The bytes do not form a valid GGUF header."""


@dataclass(frozen=True)
class ArrayInfo:
    """A metadata array that was skipped, not decoded."""

    item_type: int
    count: int


@dataclass(frozen=True)
class TensorInfo:
    name: str
    dims: tuple[int, ...]  # ggml order: the fastest-varying dimension first
    ggml_type: int
    offset: int  # absolute position of the tensor's data in the file

    @property
    def elements(self) -> int:
        count = 1
        for dim in self.dims:
            count *= dim
        return count

    def n_bytes(self) -> int | None:
        """Size of the tensor's data, or None for a type this ``gguf`` package does not know."""
        block = _block_sizes().get(self.ggml_type)
        if block is None:
            return None
        block_size, type_size = block
        return self.elements * type_size // block_size


@dataclass
class GGUFHeader:
    version: int
    size: int
    metadata: dict[str, object] = field(default_factory=dict)
    tensors: list[TensorInfo] = field(default_factory=list)
    #: Each metadata key's value type (4 = uint32, 8 = string, 9 = array, ...).
    types: dict[str, int] = field(default_factory=dict)
    #: For arrays: the type of their items.
    item_types: dict[str, int] = field(default_factory=dict)
    #: Where the tensor data starts: the length of the header, padding included.
    data_start: int = 0
    #: String arrays of :data:`UNIQUE_STRING_ARRAYS` that hold a repeated item: key -> the item.
    duplicates: dict[str, str] = field(default_factory=dict)

    def get(self, key: str, default=None):
        return self.metadata.get(key, default)


@lru_cache(maxsize=1)
def _block_sizes() -> dict[int, tuple[int, int]]:
    from gguf.constants import GGML_QUANT_SIZES  # (block size, bytes per block) per ggml type

    return {int(kind): sizes for kind, sizes in GGML_QUANT_SIZES.items()}


class _Cursor:
    def __init__(self, data, size: int) -> None:
        self.data, self.size, self.pos = data, size, 0

    def need(self, count: int, what: str) -> None:
        if count < 0 or self.pos + count > self.size:
            raise GGUFFormatError(f"the file ends inside {what}")

    def unpack(self, fmt: str, size: int, what: str):
        self.need(size, what)
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values

    def string(self, what: str, decode: bool = True) -> str | None:
        (length,) = self.unpack("<Q", 8, what)
        self.need(length, what)
        start = self.pos
        self.pos += length
        return bytes(self.data[start : self.pos]).decode("utf-8", errors="replace") if decode else None

    def value(self, kind: int, what: str, depth: int = 0, unique: dict | None = None):
        if kind in _SCALARS:
            size, fmt = _SCALARS[kind]
            return self.unpack(fmt, size, what)[0]
        if kind == _STRING:
            return self.string(what)
        if kind == _ARRAY:
            item_kind, count = self.unpack("<IQ", 12, what)
            if item_kind in _SCALARS:
                size, fmt = _SCALARS[item_kind]
                self.need(count * size, what)
                if count <= SMALL_ARRAY:
                    values = list(struct.unpack_from(f"<{count}{fmt[1]}", self.data, self.pos))
                    self.pos += count * size
                    return values
                self.pos += count * size
            elif item_kind == _STRING:
                self.need(count * 8, what)  # every string has at least its length field
                unpack_from, data, pos, size = struct.unpack_from, self.data, self.pos, self.size
                seen = set() if unique is not None else None
                for _ in range(count):
                    if pos + 8 > size:
                        raise GGUFFormatError(f"the file ends inside {what}")
                    (length,) = unpack_from("<Q", data, pos)
                    if seen is not None and pos + 8 + length <= size:
                        # llama.cpp reads these as C strings: a NUL byte ends the item there.
                        item = data[pos + 8 : pos + 8 + length].split(b"\0", 1)[0]
                        if item in seen and "item" not in unique:
                            unique["item"] = bytes(item).decode("utf-8", errors="replace")
                        seen.add(item)
                    pos += 8 + length
                if pos > size:
                    raise GGUFFormatError(f"the file ends inside {what}")
                self.pos = pos
            elif item_kind == _ARRAY:
                if depth + 1 >= MAX_ARRAY_DEPTH:
                    raise GGUFFormatError(f"{what} nests arrays more than {MAX_ARRAY_DEPTH} deep")
                for _ in range(count):
                    self.value(_ARRAY, what, depth + 1)
            else:
                raise GGUFFormatError(f"{what} has an unknown array item type {item_kind}")
            return ArrayInfo(item_kind, count)
        raise GGUFFormatError(f"{what} has an unknown value type {kind}")


def read_header(path: str | Path) -> GGUFHeader:
    """Parse ``path``'s metadata and tensor table; raise :class:`GGUFFormatError` if malformed.

    ``OSError`` from opening or mapping the file passes through unchanged.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        if size < 24:
            raise GGUFFormatError("the file is shorter than a GGUF header")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _parse(data, size)


def _parse(data, size: int) -> GGUFHeader:
    cursor = _Cursor(data, size)
    if bytes(data[:4]) != GGUF_MAGIC:
        raise GGUFFormatError("wrong magic bytes")
    cursor.pos = 4
    version, n_tensors, n_kv = cursor.unpack("<IQQ", 20, "the header")
    # Every entry takes at least 8 bytes, so larger counts can only come from a corrupt header.
    if n_kv * 8 > size or n_tensors * 8 > size:
        raise GGUFFormatError("the header's entry counts exceed the file size")
    header = GGUFHeader(version=version, size=size)
    for index in range(n_kv):
        key = cursor.string(f"metadata key {index}")
        if not key:
            raise GGUFFormatError(f"metadata key {index} is empty")
        what = f"metadata entry {printable(key)}"
        if key in header.metadata:
            raise GGUFFormatError(f"{what} appears twice")
        (kind,) = cursor.unpack("<I", 4, what)
        unique = {} if key in UNIQUE_STRING_ARRAYS else None
        start = cursor.pos
        header.metadata[key] = cursor.value(kind, what, unique=unique)
        header.types[key] = kind
        if kind == _ARRAY:
            header.item_types[key] = struct.unpack_from("<I", data, start)[0]
        if unique:
            header.duplicates[key] = unique["item"]
    raw_tensors = []
    names = set()
    for index in range(n_tensors):
        name = cursor.string(f"tensor entry {index}")
        what = f"tensor {printable(name)}"
        if not name:
            raise GGUFFormatError(f"tensor entry {index} has no name")
        if name in names:
            raise GGUFFormatError(f"{what} appears twice")
        names.add(name)
        (n_dims,) = cursor.unpack("<I", 4, what)
        if n_dims > MAX_DIMS:
            raise GGUFFormatError(f"{what} claims {n_dims} dimensions (at most {MAX_DIMS})")
        dims = cursor.unpack(f"<{n_dims}Q", 8 * n_dims, what)
        elements = 1
        for dim in dims:
            if dim == 0:
                raise GGUFFormatError(f"{what} has a dimension of size 0")
            elements *= dim
            if elements > MAX_ELEMENTS:
                raise GGUFFormatError(f"{what} claims an impossible size {'x'.join(map(str, dims))}")
        ggml_type, offset = cursor.unpack("<IQ", 12, what)
        raw_tensors.append((name, dims, ggml_type, offset))
    if header.types.get("general.alignment", UINT32) != UINT32:
        raise GGUFFormatError("general.alignment is not a 32-bit unsigned integer")
    alignment = header.metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise GGUFFormatError("general.alignment is not a power of two")
    data_start = -(-cursor.pos // alignment) * alignment
    header.data_start = data_start
    tensors = []
    for name, dims, kind, offset in raw_tensors:
        if offset % alignment:
            raise GGUFFormatError(f"tensor {printable(name)}'s data is not aligned to {alignment} bytes")
        block = _block_sizes().get(kind)
        if block is not None and dims and dims[0] % block[0]:
            raise GGUFFormatError(f"tensor {printable(name)}'s rows do not fill whole blocks of its type")
        tensors.append(TensorInfo(name, tuple(dims), kind, data_start + offset))
    header.tensors = tensors
    return header
