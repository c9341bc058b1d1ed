"""Full fine-tuning of small models: what it needs, whether it fits, and the model to train.

Every weight of the model trains (the token embeddings only when asked: on a small model they are a
fifth to a quarter of the weights, and a writer's style lives in the layers above them). The
memory a run needs is worked out from the model's files before anything is loaded, so a model that
cannot fit is refused in one line instead of running the machine out of memory half-way through
loading:

* weights in float32 (4 bytes each; mixed precision on a GPU keeps float32 master weights),
* a gradient (4 bytes) and AdamW's two moments (8 bytes) for each trainable weight,
* activations for one micro batch (about ``4 * tokens * layers * (10 * hidden + 2 * intermediate)``
  bytes, measured on the bundled model) and the output layer at answer positions,
* the runtime itself (PyTorch's libraries, or the CUDA context).

Memory-conscious choices: embeddings frozen by default, AdamW without its multi-tensor fast path
(which copies every gradient at once), gradients freed after each step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.errors import BadInputError
from core.training.errors import TrainingError, TrainingOutOfMemoryError

#: "Models up to about 0.5B parameters" (Qwen2.5-0.5B has 494 M): above this, use LoRA.
MAX_FULL_PARAMS = 600_000_000
GB = 1e9
_RUNTIME_BYTES = {"cpu": int(0.6 * GB), "cuda": int(0.5 * GB)}
_EMBEDDING_SUFFIXES = ("embed_tokens.weight", "wte.weight", "word_embeddings.weight")
_HEAD_NAMES = ("lm_head.weight", "embed_out.weight")


@dataclass
class FullPlan:
    """What a full fine-tune of one model will need, worked out before loading it."""

    model: str
    params: int
    trainable: int
    need_bytes: int
    available_bytes: int | None
    device: str

    def message(self) -> str:
        free = f" ({self.available_bytes / GB:.1f} GB available)" if self.available_bytes is not None else ""
        return (
            f"full fine-tune of {self.model}: {self.trainable / 1e6:.1f} M of {self.params / 1e6:.1f} M weights train; "
            f"needs about {self.need_bytes / GB:.1f} GB of memory on {self.device}{free}"
        )


def count_parameters(folder: Path) -> tuple[int, int, int, dict]:
    """(all weights, input-embedding weights, untied output-head weights, config) of an HF folder,
    read from the safetensors headers without loading a tensor."""
    from safetensors import safe_open

    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainingError(f"cannot read {folder / 'config.json'}: {exc}") from None
    text = config.get("text_config") or {}
    tied = config.get("tie_word_embeddings", text.get("tie_word_embeddings", True))
    total = embedding = head = 0
    for path in sorted(folder.glob("*.safetensors")):
        with safe_open(str(path), framework="pt") as handle:
            for name in handle.keys():
                count = 1
                for size in handle.get_slice(name).get_shape():
                    count *= size
                if name.endswith(_HEAD_NAMES):
                    head += count
                elif name.endswith(_EMBEDDING_SUFFIXES):
                    embedding += count
                total += count
    if tied and head:
        # One tensor once loaded; a folder may store it under either name (or both).
        total -= head if embedding else 0
        embedding, head = embedding or head, 0
    return total, embedding, head, config


def _activation_bytes(config: dict, tokens: int) -> int:
    text = config.get("text_config") or config
    hidden = int(text.get("hidden_size") or text.get("n_embd") or 1024)
    layers = int(text.get("num_hidden_layers") or text.get("n_layer") or 24)
    inner = int(text.get("intermediate_size") or 4 * hidden)
    vocab = int(text.get("vocab_size") or 32000)
    # About half the tokens of an example are answer tokens, where the output layer runs.
    return 4 * tokens * layers * (10 * hidden + 2 * inner) + (tokens // 2) * vocab * 8


def available_bytes(device: str) -> int | None:
    """Memory a run can use now: free GPU memory, or the system's available memory."""
    if device.startswith("cuda"):
        from core import devices

        return devices.cuda_status(refresh=True).free_bytes
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except ImportError:
        return None


def plan(model_name: str, folder: Path, config, device: str) -> FullPlan:
    """Work out what a full fine-tune needs; raise a one-line error when it cannot run here."""
    total, embedding, _head, model_config = count_parameters(Path(folder))
    if total > MAX_FULL_PARAMS:
        raise BadInputError(
            f"{model_name} has {total / 1e9:.2f} B parameters; full fine-tuning is for models up to about 0.5 B "
            "— train a LoRA adapter instead (--method lora)"
        )
    trainable = total if config.train_embeddings else total - embedding
    tokens = config.micro_batch_size * config.max_seq_len
    kind = "cuda" if device.startswith("cuda") else "cpu"
    need = 4 * total + 12 * trainable + _activation_bytes(model_config, tokens) + _RUNTIME_BYTES[kind]
    found = FullPlan(model_name, total, trainable, need, available_bytes(device), device)
    if found.available_bytes is not None and need > found.available_bytes:
        raise TrainingOutOfMemoryError(
            f"{found.message()}: not enough memory; close other programs, lower the micro batch or max length"
            f"{'' if not config.train_embeddings else ', keep the embeddings frozen'}, or train a LoRA adapter instead (--method lora)"
        )
    return found


def prepare_model(base, config) -> None:
    """Freeze what a full fine-tune keeps (the embeddings, unless asked) and train the rest."""
    for param in base.parameters():
        param.requires_grad_(True)
    if not config.train_embeddings:
        embeddings = base.get_input_embeddings()
        if embeddings is not None:
            embeddings.weight.requires_grad_(False)  # a tied output layer stays with them
    if not any(p.requires_grad for p in base.parameters()):
        raise TrainingError("the model has no weights left to train")
