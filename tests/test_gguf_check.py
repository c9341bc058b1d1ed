"""GGUF validation: corrupt and truncated files give a clear error, never a crash."""

import shutil
import struct

import pytest

from core.errors import ModelError
from core.gguf_check import inspect_gguf


def test_bundled_model_passes(bundled_model_path):
    info = inspect_gguf(bundled_model_path)
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.file_type == "model" and info.has_chat_template
    assert info.tensor_count > 200


def _copy_prefix(src, dst, length):
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(fin.read(length))
    return dst


@pytest.mark.parametrize("fraction", [0.999, 0.5, 0.01])
def test_truncated_file_is_refused(bundled_model_path, tmp_path, fraction):
    size = bundled_model_path.stat().st_size
    path = _copy_prefix(bundled_model_path, tmp_path / "cut.gguf", int(size * fraction))
    with pytest.raises(ModelError, match="truncated|corrupt"):
        inspect_gguf(path)


def test_header_only_file_is_refused(bundled_model_path, tmp_path):
    path = _copy_prefix(bundled_model_path, tmp_path / "head.gguf", 30)
    with pytest.raises(ModelError, match="corrupt or truncated"):
        inspect_gguf(path)


def test_wrong_magic_and_version(tmp_path, bundled_model_path):
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_bytes(b"hello, this is not a model at all" * 10)
    with pytest.raises(ModelError, match="not a GGUF model file"):
        inspect_gguf(not_gguf)
    future = tmp_path / "future.gguf"
    shutil.copyfile(bundled_model_path, future)
    with open(future, "r+b") as handle:
        handle.seek(4)
        handle.write(struct.pack("<I", 99))
    with pytest.raises(ModelError, match="GGUF version 99"):
        inspect_gguf(future)


def test_garbled_tensor_table_is_refused(bundled_model_path, tmp_path):
    # Overwrite a stretch of the metadata/tensor-info region with noise.
    path = tmp_path / "garbled.gguf"
    shutil.copyfile(bundled_model_path, path)
    with open(path, "r+b") as handle:
        handle.seek(64)
        handle.write(b"\xff" * 4096)
    with pytest.raises(ModelError):
        inspect_gguf(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        inspect_gguf(tmp_path / "nope.gguf")
    with pytest.raises(ModelError, match="folder"):
        inspect_gguf(tmp_path)


# -- the header reader itself --------------------------------------------------------------------


def test_header_reader_agrees_with_the_gguf_package(bundled_model_path):
    from gguf import GGUFReader

    from core.gguf_header import ArrayInfo, read_header

    ours = read_header(bundled_model_path)
    theirs = GGUFReader(str(bundled_model_path))
    assert len(ours.metadata) == len(theirs.fields) - 3  # the reader adds GGUF.version/tensor_count/kv_count
    for key, field in theirs.fields.items():
        if key.startswith("GGUF."):
            continue
        value = ours.metadata[key]
        if isinstance(value, ArrayInfo):
            assert value.count == len(field.data), key
        else:
            assert value == field.contents(), key
    assert ours.get("tokenizer.ggml.tokens").count == 49152
    assert [t.name for t in ours.tensors] == [t.name for t in theirs.tensors]
    for mine, reference in zip(ours.tensors, theirs.tensors):
        assert list(mine.dims) == [int(d) for d in reference.shape], mine.name
        assert mine.ggml_type == int(reference.tensor_type), mine.name
        assert mine.offset == int(reference.data_offset), mine.name
        assert mine.n_bytes() == int(reference.n_bytes), mine.name


def test_header_reader_raises_only_its_own_error_on_random_damage(bundled_model_path, tmp_path):
    import random

    from core.gguf_header import GGUFFormatError, read_header

    original = bundled_model_path.read_bytes()[: 4 << 20]  # the header lies in the first 4 MiB
    rng = random.Random(7)
    outcomes = {"parsed": 0, "refused": 0}
    for trial in range(40):
        damaged = bytearray(original)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(24, 3 << 20)
            damaged[at : at + 8] = rng.randbytes(8)
        if trial % 4 == 0:  # and some cut short inside the header
            damaged = damaged[: rng.randrange(24, 3 << 20)]
        path = tmp_path / f"damaged-{trial}.gguf"
        path.write_bytes(bytes(damaged))
        try:
            read_header(path)
            outcomes["parsed"] += 1
        except GGUFFormatError:
            outcomes["refused"] += 1
    assert outcomes["refused"] >= 10, outcomes  # every cut file at least
