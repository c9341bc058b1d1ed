"""Damaged copies of a GGUF model for fuzz tests (``tests/test_hostile_models.py``,
``tests/benchmarks/fuzz_models.py``).

:func:`fields` walks a header and lists the position, size and meaning of every number in it
(counts, lengths, value and item types, dimensions, tensor types and offsets, scalar values);
:func:`mutations` yields named header variants that set those numbers to 0, 1, off-by-one and
huge values, plus random byte flips. :func:`write_model` writes a variant as a full-size model
without copying the tensor data: the header is written and the rest of the file is left as a
hole (a sparse file: llama.cpp reads zeros there, and the disk holds only the header).
"""

from __future__ import annotations

import os
import random
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_SCALARS = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_INT_FORMATS = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}


@dataclass(frozen=True)
class Field:
    offset: int
    size: int  # bytes: 1, 2, 4 or 8
    kind: str  # count, key_length, value_type, item_type, array_count, string_length, value, n_dims, dim, ggml_type, tensor_offset
    name: str  # what it belongs to (a key or tensor name)
    value_type: int | None = None  # for kind == "value": the GGUF value type


def fields(header: bytes) -> list[Field]:
    """Every number in a well-formed GGUF header, in file order."""
    out = [Field(8, 8, "count", "tensor count"), Field(16, 8, "count", "metadata count")]
    n_tensors, n_kv = struct.unpack_from("<QQ", header, 8)
    pos = 24

    def string(name: str, kind: str = "string_length") -> tuple[str, int]:
        nonlocal pos
        (length,) = struct.unpack_from("<Q", header, pos)
        out.append(Field(pos, 8, kind, name))
        text = header[pos + 8 : pos + 8 + length].decode("utf-8", errors="replace")
        pos += 8 + length
        return text, length

    for _ in range(n_kv):
        key, _ = string("key", "key_length")
        (kind,) = struct.unpack_from("<I", header, pos)
        out.append(Field(pos, 4, "value_type", key))
        pos += 4
        if kind in _SCALARS:
            out.append(Field(pos, _SCALARS[kind], "value", key, kind))
            pos += _SCALARS[kind]
        elif kind == 8:
            string(key)
        else:
            item, count = struct.unpack_from("<IQ", header, pos)
            out.append(Field(pos, 4, "item_type", key))
            out.append(Field(pos + 4, 8, "array_count", key))
            pos += 12
            if item in _SCALARS:
                if count <= 64:
                    for index in range(count):
                        out.append(Field(pos + index * _SCALARS[item], _SCALARS[item], "value", f"{key}[{index}]", item))
                pos += count * _SCALARS[item]
            else:  # strings: only the first few lengths are worth mutating
                for index in range(count):
                    if index < 3:
                        string(f"{key}[{index}]")
                    else:
                        (length,) = struct.unpack_from("<Q", header, pos)
                        pos += 8 + length
    for _ in range(n_tensors):
        name, _ = string("tensor", "key_length")
        (n_dims,) = struct.unpack_from("<I", header, pos)
        out.append(Field(pos, 4, "n_dims", name))
        pos += 4
        for index in range(n_dims):
            out.append(Field(pos + 8 * index, 8, "dim", f"{name}[{index}]"))
        pos += 8 * n_dims
        out.append(Field(pos, 4, "ggml_type", name))
        out.append(Field(pos + 4, 8, "tensor_offset", name))
        pos += 12
    return out


def header_length(header: bytes) -> int:
    """Where the tensor table ends (before alignment padding)."""
    last = fields(header)[-1]
    return last.offset + last.size


def _values_for(field: Field, current: int) -> list[int]:
    top = (1 << (8 * field.size)) - 1
    if field.kind in ("value_type", "item_type"):
        return [0, 4, 5, 6, 8, 9, 10, 13, 0xFFFFFFFF]
    if field.kind == "ggml_type":
        return [0, 1, 2, 4, 39, 0xFFFFFFFF]
    if field.kind == "n_dims":
        return [0, 1, 5, 0xFFFFFFFF]
    values = [0, 1, current + 1, max(current - 1, 0), top, top >> 1, 2**31 - 1]
    return list(dict.fromkeys(v for v in values if 0 <= v <= top))


def _set(data: bytearray, field: Field, value: int) -> None:
    struct.pack_into(_INT_FORMATS[field.size], data, field.offset, value & ((1 << (8 * field.size)) - 1))


def targeted_specs(header: bytes) -> Iterator[tuple[str, Field, int]]:
    """Every number of :func:`fields` with each of its interesting values: (name, field, value)."""
    for field in fields(header):
        if field.kind == "value" and field.value_type not in (0, 1, 2, 3, 4, 5, 10, 11):
            continue  # floats and booleans: no sizes hide there
        current = int.from_bytes(header[field.offset : field.offset + field.size], "little")
        for value in _values_for(field, current):
            if value != current:
                yield f"{field.kind} of {field.name} = {value}", field, value


def apply(header: bytes, field: Field, value: int) -> bytes:
    data = bytearray(header)
    _set(data, field, value)
    return bytes(data)


def targeted(header: bytes) -> Iterator[tuple[str, bytes]]:
    """Every number of :func:`fields` set to each of its interesting values (a few thousand)."""
    for name, field, value in targeted_specs(header):
        yield name, apply(header, field, value)


def byte_flips(header: bytes, rng: random.Random, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` variants with 1-8 random bytes of the header replaced."""
    end = header_length(header)
    for _ in range(count):
        data = bytearray(header)
        spots = []
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(8, end)
            data[at] = rng.randrange(256)
            spots.append(at)
        yield f"random bytes at {', '.join(map(str, sorted(spots)))}", bytes(data)


def read_header_bytes(model: Path, alignment: int = 32) -> bytes:
    """The header of ``model`` (metadata and tensor table, with its alignment padding), found by
    this module's own walk (independent of the code under test)."""
    with open(model, "rb") as handle:
        data = handle.read(64 << 20)
    end = header_length(data)
    return data[: end + (-end % alignment)]


def write_model(path: Path, header: bytes, size: int) -> Path:
    """A model file of ``size`` bytes: ``header`` and then a hole (no tensor data is written)."""
    with open(path, "wb") as handle:
        handle.write(header)
        handle.truncate(size)
    os.utime(path)
    return path


# -- building headers ---------------------------------------------------------------------------


def gguf_string(text: str | bytes) -> bytes:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return struct.pack("<Q", len(raw)) + raw


def kv(key: str | bytes, value_type: int, payload: bytes) -> bytes:
    """One metadata entry: key, value type and the value's bytes (already packed)."""
    return gguf_string(key) + struct.pack("<I", value_type) + payload


def kv_u32(key: str, value: int) -> bytes:
    return kv(key, 4, struct.pack("<I", value))


def kv_str(key: str, value: str | bytes) -> bytes:
    return kv(key, 8, gguf_string(value))


def with_metadata(header: bytes, *entries: bytes, alignment: int = 32) -> bytes:
    """``header`` with ``entries`` added after its metadata (tensor offsets stay valid: they count
    from the start of the data, which moves with the header)."""
    table = fields(header)
    first_tensor = next(f.offset for f in table if f.kind == "key_length" and f.name == "tensor")
    n_tensors, n_kv = struct.unpack_from("<QQ", header, 8)
    end = header_length(header)
    body = header[24:first_tensor] + b"".join(entries) + header[first_tensor:end]
    out = header[:8] + struct.pack("<QQ", n_tensors, n_kv + len(entries)) + body
    return out + b"\0" * (-len(out) % alignment)


def set_value(header: bytes, key: str, value: int) -> bytes:
    """``header`` with the integer metadata value ``key`` set to ``value`` (same width)."""
    field = next(f for f in fields(header) if f.kind == "value" and f.name == key)
    data = bytearray(header)
    _set(data, field, value)
    return bytes(data)


def tiny_gguf(*entries: bytes, version: int = 3) -> bytes:
    """A GGUF file with these metadata entries and no tensors."""
    return b"GGUF" + struct.pack("<IQQ", version, 0, len(entries)) + b"".join(entries)


def data_size(model: Path) -> int:
    """Bytes of tensor data in ``model`` (everything after its header)."""
    return model.stat().st_size - len(read_header_bytes(model))


# -- choosing cases ---------------------------------------------------------------------------

#: Metadata a model cannot do without: every number in them is worth damaging.
VITAL_KEYS = (
    "general.architecture", "llama.block_count", "llama.context_length", "llama.embedding_length",
    "llama.feed_forward_length", "llama.attention.head_count", "llama.attention.head_count_kv",
    "llama.rope.dimension_count", "tokenizer.ggml.tokens", "tokenizer.ggml.token_type",
    "tokenizer.ggml.merges", "tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id",
)  # fmt: skip
#: Tensors whose entries are worth damaging (the first layer, the embedding, the output norm).
VITAL_TENSORS = ("token_embd.weight", "blk.0.attn_q.weight", "output_norm.weight", "tensor count", "metadata count")
#: The two values that made llama.cpp abort the whole process before issue #17.
MUST_HAVE = ("value of llama.block_count = 0", "value of llama.block_count = 2147483647")


def _vital(name: str) -> bool:
    subject = name.split(" of ", 1)[1].rsplit(" = ", 1)[0] if " of " in name else name
    base = subject.split("[", 1)[0]
    return base in VITAL_KEYS or base in VITAL_TENSORS


def field_flips(header: bytes, rng: random.Random, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` variants with random bytes written into 1-3 parsed numbers of the header."""
    table = [f for f in fields(header) if f.kind != "value" or f.value_type not in (6, 12)]
    for _ in range(count):
        data = bytearray(header)
        hits = []
        for field in rng.sample(table, rng.randint(1, 3)):
            at = field.offset + rng.randrange(field.size)
            data[at] = rng.randrange(256)
            hits.append(f"{field.kind} of {field.name}")
        yield f"random bytes in {'; '.join(hits)}", bytes(data)


def choose_cases(header: bytes, count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` damaged headers: the two historic aborts, then a seeded sample of damaged vital
    numbers, random bytes in parsed numbers and random bytes anywhere (about 3:1:1)."""
    rng = random.Random(seed)
    specs = [spec for spec in targeted_specs(header) if _vital(spec[0])]
    wanted_targeted = max(0, count - len(MUST_HAVE)) * 3 // 5
    picked = [spec for spec in specs if spec[0] in MUST_HAVE]
    others = [spec for spec in specs if spec[0] not in MUST_HAVE]
    picked += rng.sample(others, min(wanted_targeted, len(others)))
    cases = [(name, apply(header, field, value)) for name, field, value in picked]
    rest = count - len(cases)
    cases += list(field_flips(header, rng, (rest + 1) // 2))
    cases += list(byte_flips(header, rng, rest // 2))
    return cases[:count]
