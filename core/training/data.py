"""From a personal dataset to token batches: the same prompt as inference, loss on the answer only.

* Examples are read straight from the database and checked here, so a dataset written in another
  chat format (ShareGPT's ``from``/``value``, Alpaca's ``instruction``/``output``, text that
  already carries chat markup) is refused with the example's id instead of failing mid-run.
* Each conversation is rendered with :func:`core.chat_template.render_chat` from the model's own
  template, exactly as both backends render prompts at run time, and tokenized segment by segment
  the way inference sees it: the prompt up to ``<|im_start|>assistant\\n`` as one piece, the
  answer (with its end-of-turn marker, which teaches the model to stop) as the next. Only answer
  tokens count in the loss.
* Too-long examples lose the middle of their prompt first (the head, which holds the system prompt
  and instruction, and the text right before the answer are kept), then the end of their answer.
  Both are counted and reported, never silent.
* Batches group examples of similar length and pad only to the longest in the batch.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.backends.hf_cache import tokenizer_adds_bos
from core.chat_template import TemplateError, render_chat
from core.examples import check_messages
from core.storage.datasets import SPLITS, require_dataset
from core.storage.db import resolve
from core.training.errors import ChatFormatError, TrainingError

if TYPE_CHECKING:
    from sqlite_utils import Database

IGNORE = -100
#: Micro-batches formed from one shuffled window: big enough that neighbours in length are found,
#: small enough that the order stays random across the epoch.
GROUP_WINDOW = 16
# Special tokens every chat template uses; datasets holding them were rendered for some model
# already and would teach the model to write control tokens as text.
_COMMON_MARKUP = ("<|im_start|>", "<|im_end|>", "<|eot_id|>", "<|start_header_id|>", "[INST]", "<start_of_turn>")


@dataclass
class Example:
    id: int | None
    messages: list[dict[str, str]]
    split: str = "train"
    source_kind: str | None = None  # "replay": an older example a continual-learning update revisits


@dataclass
class Encoded:
    """One tokenized example: ``targets[i]`` is True where ``ids[i]`` is an answer token to learn."""

    ids: list[int]
    targets: list[bool]
    example_id: int | None = None
    truncated: bool = False
    answer_cut: bool = False

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def n_targets(self) -> int:
        # The first token is never predicted (nothing comes before it).
        return sum(self.targets[1:])


@dataclass
class EncodeReport:
    examples: int = 0
    tokens: int = 0
    answer_tokens: int = 0
    truncated: int = 0
    answers_cut: int = 0
    longest: int = 0
    truncated_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "truncated_ids"}


# -- reading and checking ---------------------------------------------------------------------


def fetch_examples(dataset: str, split: str | None = None, db: Database | None = None) -> tuple[dict, list[Example]]:
    """Dataset ``dataset``'s row and its examples of ``split`` (None: both), checked.

    Read here rather than through :func:`core.storage.datasets.iter_examples`, which expects
    well-formed rows: a dataset from another tool must fail with a message, not a KeyError.
    """
    db = resolve(db)
    info = require_dataset(dataset, db)
    sql = "SELECT id, messages_json, split, source_kind FROM examples WHERE dataset_id = ?"
    params: list = [info["id"]]
    if split is not None:
        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r}")
        sql += " AND split = ?"
        params.append(split)
    examples = []
    for example_id, raw, example_split, source_kind in db.conn.execute(sql + " ORDER BY id", params):
        where = f"dataset {info['name']!r}, example {example_id}"
        try:
            messages = json.loads(raw)
        except ValueError:
            raise ChatFormatError(f"{where} is not valid JSON") from None
        examples.append(Example(example_id, check_messages(messages, where), example_split, source_kind))
    return info, examples


def fingerprint(examples: Sequence[Example]) -> str:
    """Identity of a set of examples, to notice a dataset that changed under a paused run."""
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: (e.split, e.id or 0)):
        digest.update(f"{example.split}:{example.id}:".encode())
        digest.update(json.dumps(example.messages, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]


# -- tokenizing ------------------------------------------------------------------------------------


class ChatEncoder:
    """Tokenizes conversations as the model sees them at inference, with answer-only targets."""

    def __init__(self, tokenizer, max_len: int) -> None:
        self.tokenizer = tokenizer
        self.max_len = max_len
        self.template = tokenizer.chat_template
        self.bos = tokenizer.bos_token or ""
        self.eos = tokenizer.eos_token or ""
        self.add_bos = tokenizer_adds_bos(tokenizer)
        # The control tokens this model's template writes: a user's text may mention "<filename>"
        # (a special token of some vocabularies), but never the template's own role markers.
        probe = self._render([{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"}], False)
        special = {t for t in getattr(tokenizer, "all_special_tokens", []) if t and t in probe}
        self.markup = sorted(special | set(_COMMON_MARKUP))

    def _render(self, messages: list[dict], generation_prompt: bool) -> str:
        try:
            return render_chat(self.template, messages, self.bos, self.eos, add_generation_prompt=generation_prompt)
        except TemplateError as exc:
            raise TrainingError(str(exc)) from None

    def _tokens(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=False) if text else []

    def segments(self, messages: list[dict]) -> list[tuple[str, bool]]:
        """The rendered conversation as (text, is_answer) pieces, in order."""
        pieces: list[tuple[str, bool]] = []
        done = ""
        answers = [i for i, m in enumerate(messages) if m["role"] == "assistant"]
        for index in answers:
            prompt = self._render(messages[:index], True)
            full = self._render(messages[: index + 1], False)
            if not prompt.startswith(done) or not full.startswith(prompt):
                # A template that rewrites earlier turns (some drop old reasoning) cannot be split
                # turn by turn; learn the last answer only, which every template allows.
                return self._last_answer_only(messages)
            answer = full[len(prompt) :]
            learned = answer.rstrip("\n")
            pieces.append((prompt[len(done) :], False))
            pieces.append((learned, True))
            if answer[len(learned) :]:
                pieces.append((answer[len(learned) :], False))
            done = full
        if pieces and not pieces[-1][1]:
            pieces.pop()  # the newline after the last answer: nothing follows it to predict
        return pieces

    def _last_answer_only(self, messages: list[dict]) -> list[tuple[str, bool]]:
        prompt = self._render(messages[:-1], True)
        full = self._render(messages, False)
        if not full.startswith(prompt):
            raise TrainingError("the model's chat template renders answers that do not follow their prompt; it cannot be fine-tuned here")
        answer = full[len(prompt) :]
        learned = answer.rstrip("\n")
        return [(prompt, False), (learned, True)]

    def encode(self, example: Example) -> Encoded:
        for message in example.messages:
            for marker in self.markup:
                if marker in message["content"]:
                    raise ChatFormatError(
                        f"example {example.id} already contains chat markup ({marker}); a dataset holds plain "
                        "messages and the model's own template adds the markup"
                    )
        ids: list[int] = []
        targets: list[bool] = []
        for text, learn in self.segments(example.messages):
            tokens = self._tokens(text)
            ids.extend(tokens)
            targets.extend([learn] * len(tokens))
        if self.add_bos and self.tokenizer.bos_token_id is not None and (not ids or ids[0] != self.tokenizer.bos_token_id):
            ids.insert(0, self.tokenizer.bos_token_id)
            targets.insert(0, False)
        return _fit(Encoded(ids, targets, example.id), self.max_len)


def _fit(item: Encoded, max_len: int) -> Encoded:
    """Shorten ``item`` to ``max_len`` tokens: the prompt's middle first, then the answer's end."""
    excess = len(item.ids) - max_len
    if excess <= 0:
        return item
    item.truncated = True
    first = item.targets.index(True) if True in item.targets else len(item.ids)
    head = min(first, max(16, max_len // 8))
    drop = min(excess, first - head)
    if drop > 0:
        del item.ids[head : head + drop]
        del item.targets[head : head + drop]
    if len(item.ids) > max_len:
        item.answer_cut = True
        del item.ids[max_len:]
        del item.targets[max_len:]
    return item


def encode_examples(encoder: ChatEncoder, examples: Sequence[Example]) -> tuple[list[Encoded], EncodeReport]:
    report = EncodeReport()
    encoded = []
    for example in examples:
        item = encoder.encode(example)
        encoded.append(item)
        report.examples += 1
        report.tokens += len(item)
        report.answer_tokens += item.n_targets
        report.longest = max(report.longest, len(item))
        if item.truncated:
            report.truncated += 1
            report.truncated_ids.append(example.id)
        if item.answer_cut:
            report.answers_cut += 1
    return encoded, report


# -- batching --------------------------------------------------------------------------------------


def length_grouped_batches(lengths: Sequence[int], batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """Indices of one epoch, in micro-batches of similar length, in a seeded random order.

    Shuffle, cut into windows of ``GROUP_WINDOW`` batches, sort each window by length, batch it,
    then shuffle the batches: padding stays small and the order random, and the result is a pure
    function of (seed, epoch), so a resumed run sees the same batches it would have seen.
    """
    rng = random.Random(f"inkstone-train:{seed}:{epoch}")
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = batch_size * GROUP_WINDOW
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: (-lengths[i], i))
        batches.extend(chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def mixed_batches(groups: Sequence[int], batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """Indices of one epoch in micro-batches that each mix the groups in proportion (a
    continual-learning update: new examples and replayed old ones learned side by side, not in
    separate steps, which is what keeps the old ones from being forgotten). Length grouping is
    given up for this; like :func:`length_grouped_batches`, a pure function of (seed, epoch)."""
    rng = random.Random(f"inkstone-mix:{seed}:{epoch}")
    members: dict[int, list[int]] = {}
    for index, group in enumerate(groups):
        members.setdefault(group, []).append(index)
    queues = []
    for group in sorted(members):
        order = members[group]
        rng.shuffle(order)
        queues.append(order)
    total = len(groups)
    # Each group's items spread evenly over the epoch: item k of a group of n sits at (k + 0.5) / n.
    placed = sorted(((k + 0.5) / len(q), rank, i) for rank, q in enumerate(queues) for k, i in enumerate(q))
    order = [i for _pos, _rank, i in placed]
    return [order[j : j + batch_size] for j in range(0, total, batch_size)]


def eval_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Evaluation needs no randomness: sort by length so padding is minimal."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    return [order[j : j + batch_size] for j in range(0, len(order), batch_size)]


def collate(items: Sequence[Encoded], pad_id: int, device: str = "cpu"):
    """Pad to the longest item (right side). Returns ``input_ids``, ``attention_mask``, ``labels``
    (``IGNORE`` outside answers) and the count of real tokens."""
    import torch

    width = max(len(item) for item in items)
    ids = torch.full((len(items), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(items), width), dtype=torch.long)
    labels = torch.full((len(items), width), IGNORE, dtype=torch.long)
    for row, item in enumerate(items):
        n = len(item)
        ids[row, :n] = torch.tensor(item.ids, dtype=torch.long)
        mask[row, :n] = 1
        learn = torch.tensor(item.targets, dtype=torch.bool)
        labels[row, :n] = torch.where(learn, ids[row, :n], torch.full_like(ids[row, :n], IGNORE))
    tokens = int(mask.sum())
    if device != "cpu":
        ids, mask, labels = ids.to(device, non_blocking=True), mask.to(device, non_blocking=True), labels.to(device, non_blocking=True)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels, "tokens": tokens}
