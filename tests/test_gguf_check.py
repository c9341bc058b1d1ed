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
