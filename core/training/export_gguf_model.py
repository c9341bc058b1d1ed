"""Write a fully fine-tuned model as a GGUF file llama.cpp runs, laid out as its converter would.

The base model's GGUF is the template: every metadata item (hyperparameters, tokenizer, chat
template) is copied from it, and its tensor table gives the names, order and shapes. Each tensor
is then taken from the trained weights (transformers names, mapped with the ``gguf`` package's
tensor-name map) and written as llama.cpp's converter writes it:

* 2-D weights in float16, 1-D ones (norms) in float32 (the converter's ``--outtype f16``);
* the rows of llama q/k weights permuted back for llama.cpp's rotary embedding, as
  ``convert_hf_to_gguf.LlamaModel.permute`` does (transformers reversed that permutation when it
  loaded the GGUF; see :func:`core.training.export_gguf.permute_rows`);
* an output layer tied to the embeddings is not written (the base has none either);
* a base tensor that training does not have (say, precomputed rope frequencies) is copied as is.

The file is written under a temporary name and renamed into place.
"""

from __future__ import annotations

from pathlib import Path

from core.gc_freeze import loading_phase
from core.training.errors import TrainingError
from core.training.export_gguf import PERMUTED_ARCHITECTURES, permute_rows, written_gguf

# Set by the writer itself, or describing the base file rather than this one.
_SKIPPED_KEYS = ("general.architecture", "general.file_type", "general.name", "general.quantization_version")


def _value(field):
    return field.contents()


def export_gguf_model(state: dict, base_gguf: str | Path, out_path: str | Path, name: str) -> Path:
    """Write the weights in ``state`` (transformers names → tensors) as ``out_path``, a GGUF model
    with ``base_gguf``'s metadata and tensor layout."""
    import gguf
    import numpy as np

    base_gguf, out_path = Path(base_gguf), Path(out_path)
    with loading_phase():  # the vocabulary alone is ~100,000 small objects
        reader = gguf.GGUFReader(str(base_gguf))
    fields = reader.fields
    arch = _value(fields["general.architecture"])
    blocks = int(_value(fields[f"{arch}.block_count"]))
    heads = int(_value(fields[f"{arch}.attention.head_count"]))
    kv_field = fields.get(f"{arch}.attention.head_count_kv")
    kv_heads = int(_value(kv_field)) if kv_field is not None else heads
    by_name = {n: key for key, n in gguf.MODEL_ARCH_NAMES.items()}
    if arch not in by_name:
        raise TrainingError(f"the gguf package does not know the architecture {arch!r}; cannot write a llama.cpp model")
    names = gguf.get_tensor_name_map(by_name[arch], blocks)
    permute = arch in PERMUTED_ARCHITECTURES

    trained: dict[str, str] = {}
    for hf_name in state:
        mapped = names.get_name(hf_name, try_suffixes=(".weight", ".bias"))
        if mapped is None:
            raise TrainingError(f"no llama.cpp tensor corresponds to {hf_name}; this model cannot be exported for llama.cpp")
        trained[mapped] = hf_name
    layout = {t.name for t in reader.tensors}
    extra = sorted(set(trained) - layout - {"output.weight"})  # a tied head maps to output.weight
    if extra:
        raise TrainingError(f"the trained model has tensors the base GGUF lacks ({extra[0]}); cannot keep its layout")

    with written_gguf(out_path, "model") as tmp:
        writer = gguf.GGUFWriter(str(tmp), arch=arch)
        for key, field in fields.items():
            if key.startswith("GGUF.") or key in _SKIPPED_KEYS:
                continue
            kind = field.types[0]
            sub = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
            writer.add_key_value(key, _value(field), kind, sub_type=sub)
        writer.add_name(name)
        writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
        writer.add_quantization_version(gguf.GGML_QUANT_VERSION)
        for tensor in reader.tensors:
            hf_name = trained.get(tensor.name)
            if hf_name is None:
                writer.add_tensor(tensor.name, np.asarray(tensor.data), raw_dtype=tensor.tensor_type)
                continue
            array = state[hf_name].detach().float().cpu().numpy()
            if permute and tensor.name.endswith("attn_q.weight"):
                array = permute_rows(array, heads, heads)
            elif permute and tensor.name.endswith("attn_k.weight"):
                array = permute_rows(array, heads, kv_heads)
            if list(reversed(array.shape)) != [int(d) for d in tensor.shape]:
                raise TrainingError(f"{hf_name} has shape {tuple(array.shape)}, but {base_gguf.name} expects {list(tensor.shape)}")
            array = array.astype(np.float16 if array.ndim > 1 else np.float32)
            writer.add_tensor(tensor.name, np.ascontiguousarray(array))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
    return out_path
