"""Settings of a fine-tune (LoRA or full), as one dataclass whose fields carry their help text.

The desktop builds its training form from these fields (``metadata["help"]`` is the tooltip), the
CLI fills them from its options, and every run stores ``asdict(config)`` in its database record
and in each checkpoint, so a resumed run continues with exactly the settings it started with.

The defaults are for "learn my style from a few hundred passages" on a small model: a rank-8 LoRA
on the attention and MLP projections, a learning rate high enough to move in a couple of epochs,
evaluation often enough to keep the best adapter and to stop early once the held-out loss stops
improving. ``method="full"`` trains every weight of a small model instead (embeddings optional)
and publishes a new model rather than an adapter; the LoRA fields are then ignored.
"""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field

from core.errors import BadInputError

#: Attention and MLP projections in llama-style models (SmolLM2, Llama, Mistral, Qwen2, Gemma).
DEFAULT_TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
#: Never adapted: tied to the vocabulary, they would make the adapter as big as the model and
#: llama.cpp's LoRA loader does not apply adapters to them.
FORBIDDEN_TARGETS = ("embed_tokens", "lm_head", "wte", "wpe", "embed_out", "output")
PRECISIONS = ("auto", "fp32", "bf16", "fp16")
DEVICES = ("auto", "cpu", "cuda")
METHODS = ("lora", "full")
#: Peak learning rates when none is given: a LoRA update starts at zero and needs a bold step; a
#: full fine-tune moves weights the model already relies on and needs a small one.
DEFAULT_LEARNING_RATES = {"lora": 1e-3, "full": 5e-5}


@dataclass
class TrainConfig:
    """How a LoRA adapter (or, with ``method="full"``, a whole small model) is trained on a personal dataset."""

    method: str = field(
        default="lora",
        metadata={
            "help": "lora: train a small adapter on top of the model (any size). full: train every weight of a small "
            "model (up to about 0.5B parameters) and save the result as a new model.",
            "choices": METHODS,
        },
    )
    rank: int = field(default=8, metadata={"help": "LoRA rank: size of the low-rank update. Higher learns more and trains slower (4-32)."})
    alpha: float = field(default=16.0, metadata={"help": "LoRA alpha: the update is scaled by alpha / rank. Usually twice the rank."})
    dropout: float = field(default=0.05, metadata={"help": "Dropout on the LoRA input during training (0 to 0.2); guards against memorizing a small dataset."})
    target_modules: tuple[str, ...] = field(
        default=DEFAULT_TARGET_MODULES,
        metadata={"help": "Layers that get a LoRA update, comma-separated (attention and MLP projections). Embeddings and the output head are never adapted."},
    )
    train_embeddings: bool = field(
        default=False,
        metadata={"help": "Full fine-tuning only: also train the token embeddings (and an output layer tied to them). Needs more memory; rarely helps a style."},
    )
    learning_rate: float | None = field(
        default=None,
        metadata={"help": "Peak learning rate, reached after warm-up and then lowered along a cosine curve (auto: 1e-3 for LoRA, 5e-5 for full fine-tuning)."},
    )
    min_lr_ratio: float = field(default=0.1, metadata={"help": "Learning rate at the end of training, as a fraction of the peak."})
    warmup_fraction: float = field(default=0.05, metadata={"help": "Share of the steps spent raising the learning rate from zero to its peak."})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay on the LoRA weights."})
    max_grad_norm: float = field(default=1.0, metadata={"help": "Gradients are clipped to this norm (0 turns clipping off)."})
    epochs: int = field(default=2, metadata={"help": "Passes over the training examples (ignored when max steps is set)."})
    max_steps: int | None = field(default=None, metadata={"help": "Stop after this many optimizer steps, whatever the epochs (auto: from the epochs)."})
    micro_batch_size: int = field(default=4, metadata={"help": "Examples per forward pass. Lower it if memory runs out."})
    grad_accum_steps: int = field(default=1, metadata={"help": "Forward passes per optimizer step; the effective batch is micro batch x this."})
    max_seq_len: int = field(
        default=512,
        metadata={"help": "Longest example in tokens. Longer ones lose the middle of their prompt, then the end of their answer (counted and reported)."},
    )
    eval_interval: int = field(default=20, metadata={"help": "Measure the loss on the held-out examples every this many steps (and at the end)."})
    eval_max_examples: int = field(default=64, metadata={"help": "At most this many held-out examples per evaluation (0: all of them)."})
    early_stopping_patience: int = field(
        default=3, metadata={"help": "Stop after this many evaluations without a better held-out loss (0: never stop early)."}
    )
    checkpoint_interval: int = field(default=20, metadata={"help": "Save a resumable checkpoint every this many steps (and when stopped)."})
    seed: int = field(default=0, metadata={"help": "Seed for the LoRA initialization, dropout and the order of examples."})
    precision: str = field(
        default="auto",
        metadata={"help": "auto: bf16 (else fp16) autocast on a GPU, fp32 on a CPU without native bf16; or fp32, bf16, fp16."},
    )
    device: str = field(default="auto", metadata={"help": "auto: the GPU when one is usable, else the CPU; or cpu, cuda."})
    threads: int | None = field(default=None, metadata={"help": "CPU threads for training (auto: the physical cores not kept busy by other programs at the start)."})

    def __post_init__(self) -> None:
        if isinstance(self.target_modules, str):
            self.target_modules = tuple(t.strip() for t in self.target_modules.split(",") if t.strip())
        else:
            self.target_modules = tuple(self.target_modules)

    def check(self) -> "TrainConfig":
        """Raise :class:`BadInputError` naming the first setting that cannot work; return self."""
        positive = {
            "rank": self.rank,
            "epochs": self.epochs,
            "micro_batch_size": self.micro_batch_size,
            "grad_accum_steps": self.grad_accum_steps,
            "eval_interval": self.eval_interval,
            "checkpoint_interval": self.checkpoint_interval,
        }
        for name, value in positive.items():
            if not isinstance(value, int) or value < 1:
                raise BadInputError(f"training setting {name} must be a whole number of at least 1 (got {value!r})")
        if self.max_steps is not None and self.max_steps < 1:
            raise BadInputError(f"training setting max_steps must be at least 1 (got {self.max_steps})")
        if self.max_seq_len < 16:
            raise BadInputError(f"training setting max_seq_len must be at least 16 tokens (got {self.max_seq_len})")
        if self.method not in METHODS:
            raise BadInputError(f"unknown training method {self.method!r}; choose {', '.join(METHODS)}")
        if self.alpha <= 0 or not (self.learning_rate is None or self.learning_rate > 0):
            raise BadInputError("training settings alpha and learning_rate must be above 0")
        if not 0 <= self.dropout < 1 or not 0 <= self.warmup_fraction < 1 or not 0 <= self.min_lr_ratio <= 1:
            raise BadInputError("training settings dropout and warmup_fraction must be in [0, 1), min_lr_ratio in [0, 1]")
        if self.weight_decay < 0 or self.max_grad_norm < 0 or self.eval_max_examples < 0 or self.early_stopping_patience < 0:
            raise BadInputError("training settings weight_decay, max_grad_norm, eval_max_examples and early_stopping_patience cannot be negative")
        if not self.target_modules:
            raise BadInputError("training setting target_modules needs at least one layer name")
        bad = [m for m in self.target_modules if m in FORBIDDEN_TARGETS]
        if bad:
            raise BadInputError(f"{bad[0]} cannot be a LoRA target: embeddings and the output head are never adapted")
        if self.precision not in PRECISIONS:
            raise BadInputError(f"unknown precision {self.precision!r}; choose {', '.join(PRECISIONS)}")
        if self.device not in DEVICES:
            raise BadInputError(f"unknown training device {self.device!r}; choose {', '.join(DEVICES)}")
        if self.threads is not None and self.threads < 1:
            raise BadInputError("training setting threads must be at least 1 (or empty for auto)")
        return self

    @property
    def peak_lr(self) -> float:
        """The learning rate the schedule peaks at (the method's default when none is set)."""
        return self.learning_rate if self.learning_rate is not None else DEFAULT_LEARNING_RATES.get(self.method, 1e-3)

    @property
    def effective_batch(self) -> int:
        return self.micro_batch_size * self.grad_accum_steps

    def to_dict(self) -> dict:
        data = asdict(self)
        data["target_modules"] = list(self.target_modules)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        """The config stored in a run or checkpoint; unknown keys (from a newer release) are dropped."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})
