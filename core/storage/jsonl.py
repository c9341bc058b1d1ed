"""Datasets to and from JSONL in the chat "messages" format.

One JSON object per line: ``{"messages": [{"role": "user", "content": "..."}, ...]}`` — what
TRL's SFTTrainer and LLaMA-Factory read. Other keys on a line are ignored on import and never
written on export, so files from other tools import and ours load in theirs.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import BadInputError
from core.examples import ChatFormatError, check_messages
from core.storage.datasets import DEFAULT_EVAL_FRACTION, DEFAULT_SEED, iter_examples, require_dataset, save_examples

if TYPE_CHECKING:
    from sqlite_utils import Database


#: Largest JSONL file imported (read whole and checked before anything is stored): a 20,000-example
#: dataset is ~30 MB.
MAX_JSONL_BYTES = 256 * 2**20
_SURROGATE_ESCAPE = re.compile(r"\\[uU][dD][89a-fA-F]")


def _line_error(where: str, number: int, problem: str) -> BadInputError:
    return BadInputError(f"{where} line {number}: {problem}; nothing was imported")


def parse_example(line: str, where: str = "input", number: int = 1) -> list[dict[str, str]]:
    """The messages of one JSONL line, or :class:`BadInputError` naming the line."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _line_error(where, number, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _line_error(where, number, "its JSON nests objects or lists too deep") from None
    if not isinstance(data, dict) or "messages" not in data:
        raise _line_error(where, number, 'expected an object with a "messages" list')
    try:
        messages = check_messages(data["messages"], "the example")
    except ChatFormatError as exc:
        raise _line_error(where, number, str(exc).removeprefix("the example").lstrip(", ")) from None
    # The file decoded as UTF-8, so a surrogate can only come from a \uD800-\uDFFF escape; a
    # lone one cannot be stored. Encoding every message to find out would slow imports down.
    if _SURROGATE_ESCAPE.search(line) is not None:
        for index, message in enumerate(messages, 1):
            try:
                message["content"].encode("utf-8")
            except UnicodeEncodeError:
                raise _line_error(where, number, f"message {index} contains an unpaired surrogate (\\ud800-\\udfff)") from None
    return messages


def read_jsonl(path: str | Path) -> list[list[dict[str, str]]]:
    """Every example in a JSONL file, checked line by line before anything is stored.

    Blank lines are skipped; any other bad line raises :class:`BadInputError` with its number.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise BadInputError(f"file not found: {path}")
    if path.is_dir():
        raise BadInputError(f"{path} is a folder; give a .jsonl file")
    try:
        size = path.stat().st_size
        if size > MAX_JSONL_BYTES:
            raise BadInputError(
                f"{path.name} is {size / 2**20:,.0f} MB; Inkstone imports JSONL files up to {MAX_JSONL_BYTES // 2**20} MB "
                "(split it and import the parts with --append)"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        number = raw.count(b"\n", 0, exc.start) + 1
        raise _line_error(path.name, number, "not UTF-8 text (JSONL files are UTF-8)") from None
    examples = []
    # split("\n"), not splitlines(): U+2028 and friends are legal inside a JSON string.
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            examples.append(parse_example(line, path.name, number))
    if not examples:
        raise BadInputError(f"{path.name} has no examples (one JSON object per line expected)")
    return examples


def import_jsonl(
    name: str,
    path: str | Path,
    *,
    append: bool = False,
    eval_fraction: float = DEFAULT_EVAL_FRACTION,
    seed: int = DEFAULT_SEED,
    db: Database | None = None,
) -> dict:
    """Import a JSONL file as dataset ``name`` in one transaction (all lines or none).

    Returns the summary of :func:`core.storage.datasets.save_examples`.
    """
    examples = read_jsonl(path)
    source_name = Path(path).name
    return save_examples(
        name,
        ({"messages": m, "source_kind": "import", "source_id": f"{source_name}:{i}"} for i, m in enumerate(examples, 1)),
        source="import",
        append=append,
        eval_fraction=eval_fraction,
        seed=seed,
        description=f"imported from {source_name}",
        params={"file": str(Path(path).expanduser().absolute())},
        db=db,
    )


def export_jsonl(name: str, out: str | Path, *, split: str | None = None, db: Database | None = None) -> int:
    """Write dataset ``name`` (or one ``split`` of it) to ``out`` (``-`` for standard output).

    The file is written beside its destination and renamed into place, so a failed export
    never leaves a half-written file behind. Returns how many examples were written; an empty
    dataset or split is a :class:`BadInputError`.
    """
    dataset = require_dataset(name, db)
    count = dataset[split] if split else dataset["examples"]
    if count == 0:
        which = f"the {split} split of " if split else ""
        raise BadInputError(f"{which}dataset {dataset['name']!r} has no examples to export")
    lines = (
        json.dumps({"messages": e["messages"]}, ensure_ascii=False) + "\n" for e in iter_examples(name, split, db=db)
    )
    if str(out) == "-":
        written = 0
        for line in lines:
            sys.stdout.write(line)
            written += 1
        sys.stdout.flush()
        return written
    target = Path(out).expanduser()
    if target.is_dir():
        raise BadInputError(f"{target} is a folder; give a file name such as {target / (dataset['name'] + '.jsonl')}")
    if not target.parent.is_dir():
        raise BadInputError(f"folder not found: {target.parent}")
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="\n", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        raise BadInputError(f"cannot write to {target.parent}: {exc.strerror or exc}") from None
    written = 0
    try:
        with handle:
            for line in lines:
                handle.write(line)
                written += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return written
