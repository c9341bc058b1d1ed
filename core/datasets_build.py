"""Build personal fine-tuning datasets from history and from the user's own documents.

Examples are chat messages in the shape the engine sends at run time — the app's system prompt,
then the action's instruction and the text as the user turn — so a model tuned on them sees the
same prompt it will be served with.

* From history: each accepted or edited result becomes one example; the assistant turn is the
  text the user kept.
* From documents: the text is cut into passages at paragraph boundaries, and each passage becomes
  the answer to the ``continue`` action applied to the text before it. That teaches the user's
  own voice.

Lengths are in characters, not tokens: building a dataset must not need a model loaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.chunking import split_paragraphs, tail
from core.errors import BadInputError
from core.prompts import chat_messages
from core.storage.datasets import DEFAULT_EVAL_FRACTION, DEFAULT_SEED, find_dataset, save_examples

if TYPE_CHECKING:
    from sqlite_utils import Database

#: File types read when a folder is given.
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


@dataclass
class BuildOptions:
    """How examples are cut and split (the settings UI builds its form from these fields)."""

    min_chars: int = field(
        default=80,
        metadata={"help": "Passages shorter than this are merged with the next paragraph, or skipped at the end of a document."},
    )
    max_chars: int = field(
        default=2000,
        metadata={"help": "Passages longer than this are not used as answers (they still serve as context)."},
    )
    context_chars: int = field(
        default=1500,
        metadata={"help": "Most text before a passage shown as the prompt of a continuation example."},
    )
    max_history_chars: int = field(
        default=12000,
        metadata={"help": "History entries whose input and kept text together are longer than this are skipped."},
    )
    eval_fraction: float = field(
        default=DEFAULT_EVAL_FRACTION,
        metadata={"help": "Share of examples held out for evaluation (0 keeps all for training)."},
    )
    seed: int = field(default=DEFAULT_SEED, metadata={"help": "Seed of the train/eval split; the same seed gives the same split."})

    def check(self) -> None:
        if self.min_chars < 1 or self.max_chars < self.min_chars:
            raise BadInputError("passage lengths need 1 <= min_chars <= max_chars")
        if self.context_chars < 1:
            raise BadInputError("context_chars must be at least 1")
        if not 0 <= self.eval_fraction < 1:
            raise BadInputError("the eval fraction must be at least 0 and less than 1")


@dataclass
class BuildReport:
    """What a build did. ``examples``/``train``/``eval`` are the dataset's totals."""

    name: str
    id: int
    source: str
    sources: int
    examples: int
    train: int
    eval: int
    duplicates: int = 0
    skipped_short: int = 0
    skipped_long: int = 0
    skipped_truncated: int = 0
    skipped_other: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def _catalog():
    from core.storage.user_actions import current_catalog

    return current_catalog()


def _ensure_new(name: str, db: Database | None) -> None:
    # Checked before reading files or history so a taken name fails fast; save_examples checks
    # again inside its transaction.
    existing = find_dataset(name, db)
    if existing is not None:
        raise BadInputError(f"a dataset called {existing['name']!r} already exists; choose another name or delete it first")


# -- from history --------------------------------------------------------------------------


def build_from_history(
    name: str, action: str | None = None, options: BuildOptions | None = None, db: Database | None = None
) -> BuildReport:
    """Create dataset ``name`` from accepted and edited history entries (of ``action`` only,
    when given)."""
    from core.grammar import NOT_LEARNED_ACTIONS
    from core.storage.history import iter_kept

    if action in NOT_LEARNED_ACTIONS:
        raise BadInputError(f"{action} results come from the spelling and grammar checker, not a model; they are never used for training")
    options = options or BuildOptions()
    options.check()
    _ensure_new(name, db)
    catalog = _catalog()
    examples, sources = [], 0
    short = long = truncated = other = 0
    for entry in iter_kept(action, db=db):
        if entry["action"] in NOT_LEARNED_ACTIONS:
            continue  # the checker's fixes: the personal model must not learn from them
        sources += 1
        example, why = usable_example(entry, options, catalog)
        if example is not None:
            examples.append(example)
        elif why == "short":
            short += 1
        elif why == "truncated":
            truncated += 1
        elif why == "long":
            long += 1
        else:
            other += 1
    if not examples:
        which = f" of the {action} action" if action else ""
        if sources == 0:
            raise BadInputError(f"history has no accepted or edited results{which} to build a dataset from")
        raise BadInputError(
            f"none of the {sources} accepted or edited results{which} can be used (empty, cut off or too long)"
        )
    saved = save_examples(
        name,
        examples,
        source="history",
        eval_fraction=options.eval_fraction,
        seed=options.seed,
        description=f"accepted results of {action}" if action else "accepted results from history",
        params={"action": action, "max_history_chars": options.max_history_chars},
        db=db,
    )
    return BuildReport(
        name=saved["name"],
        id=saved["id"],
        source="history",
        sources=sources,
        examples=saved["examples"],
        train=saved["train"],
        eval=saved["eval"],
        duplicates=saved["duplicates"],
        skipped_short=short,
        skipped_long=long,
        skipped_truncated=truncated,
        skipped_other=other,
    )


def usable_example(entry: dict, options: BuildOptions, catalog=None) -> tuple[dict | None, str]:
    """A kept history entry as a training example, or None and why not: ``short`` (nothing kept),
    ``truncated`` (cut off by the token limit), ``long`` or ``other`` (its action is gone). The
    dataset builder and continual learning's count of new examples both use this one rule."""
    kept = entry["kept_text"]
    if not kept.strip():
        return None, "short"
    if entry["final_text"] is None and entry["finish_reason"] == "length":
        # Cut off by the token limit: training on it would teach the model to stop mid-sentence.
        return None, "truncated"
    if len(entry["input"]) + len(kept) > options.max_history_chars:
        return None, "long"
    example = example_from_entry(entry, catalog)
    if example is None:  # the action no longer exists and its instruction was not stored
        return None, "other"
    return example, "ok"


def example_from_entry(entry: dict, catalog=None) -> dict | None:
    """One history entry (as :mod:`core.storage.history` returns it) as a training example for
    :func:`core.storage.datasets.save_examples`: the app's system prompt, the action's
    instruction and the input as the user turn, the text the user kept as the assistant turn.

    None when the entry's instruction was not stored and its action no longer exists. Raises
    :class:`BadInputError` for the checker's fixes (:data:`core.grammar.NOT_LEARNED_ACTIONS`).
    """
    from core.grammar import NOT_LEARNED_ACTIONS

    if entry["action"] in NOT_LEARNED_ACTIONS:
        raise BadInputError("this entry is a fix by the spelling and grammar checker, not a model's answer; it cannot become an example")
    catalog = catalog or _catalog()
    instruction = entry.get("instruction")
    if not instruction and entry["action"] in catalog.actions:
        instruction = catalog.actions[entry["action"]].instruction(entry.get("options") or {})
    if not instruction:
        return None
    return {
        "messages": chat_messages(catalog.system_prompt, instruction, entry["input"], entry["kept_text"]),
        "source_kind": "history",
        "source_id": str(entry["id"]),
    }


# -- from documents ------------------------------------------------------------------------


def collect_documents(paths: list[str | Path]) -> list[Path]:
    """The files to read: each file given, plus the .txt/.md/.docx files inside each folder
    (recursively, skipping hidden ones), in a stable order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            raise BadInputError(f"file not found: {path}")
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise BadInputError(f"no {', '.join(DOCUMENT_SUFFIXES)} files in {path}")
            files.extend(found)
        else:
            files.append(path)
    if not files:
        raise BadInputError("give at least one document or folder")
    unique: dict[Path, None] = {}
    for f in files:
        unique.setdefault(f.resolve(), None)
    return list(unique)


def split_passages(text: str, min_chars: int) -> list[str]:
    """Cut ``text`` into passages at paragraph boundaries, merging short paragraphs (headings,
    lines of dialogue) with the ones after them until a passage has ``min_chars`` characters.
    The last passage may be shorter."""
    passages, current = [], []
    for paragraph in split_paragraphs(text):
        current.append(paragraph)
        joined = "\n\n".join(current)
        if len(joined) >= min_chars:
            passages.append(joined)
            current = []
    if current:
        passages.append("\n\n".join(current))
    return passages


def _context(passages: list[str], index: int, budget: int) -> str:
    before, size = [], 0
    for passage in reversed(passages[:index]):
        before.insert(0, passage)
        size += len(passage) + 2
        if size >= budget:
            break
    return tail("\n\n".join(before), budget, len)


def _passage_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def continuation_examples(
    text: str, source_id: str, options: BuildOptions, instruction: str, system_prompt: str, seen: set[str]
) -> tuple[list[dict], dict[str, int]]:
    """Continuation examples from one document's text, and counts of what was skipped.

    ``seen`` holds the keys of passages already used (across documents): a passage repeated
    word for word (a signature, a boilerplate paragraph) is used only once.
    """
    examples: list[dict] = []
    counts = {"short": 0, "long": 0, "duplicates": 0}
    passages = split_passages(text, options.min_chars)
    for index, passage in enumerate(passages):
        if index == 0:
            continue  # nothing before it to continue from
        if len(passage) < options.min_chars:
            counts["short"] += 1
            continue
        if len(passage) > options.max_chars:
            counts["long"] += 1
            continue
        key = _passage_key(passage)
        if key in seen:
            counts["duplicates"] += 1
            continue
        seen.add(key)
        examples.append(
            {
                "messages": chat_messages(system_prompt, instruction, _context(passages, index, options.context_chars), passage),
                "source_kind": "document",
                "source_id": f"{source_id}#{index}",
            }
        )
    return examples, counts


def build_from_documents(
    name: str, paths: list[str | Path], options: BuildOptions | None = None, db: Database | None = None
) -> BuildReport:
    """Create dataset ``name`` of continuation examples from the user's documents.

    Every file is read before anything is stored: one unreadable file fails the whole build.
    """
    from core.textio import read_document

    options = options or BuildOptions()
    options.check()
    _ensure_new(name, db)
    files = collect_documents(paths)
    catalog = _catalog()
    instruction = catalog.get("continue").instruction({})
    examples: list[dict] = []
    seen: set[str] = set()
    totals = {"short": 0, "long": 0, "duplicates": 0}
    for path in files:
        found, counts = continuation_examples(
            read_document(path), str(path), options, instruction, catalog.system_prompt, seen
        )
        examples.extend(found)
        for key, value in counts.items():
            totals[key] += value
    if not examples:
        raise BadInputError(
            f"no examples: a document needs at least two passages of {options.min_chars} to "
            f"{options.max_chars} characters, separated by a blank line"
        )
    saved = save_examples(
        name,
        examples,
        source="documents",
        eval_fraction=options.eval_fraction,
        seed=options.seed,
        description=f"continuations from {len(files)} document{'s' if len(files) != 1 else ''}",
        params={
            "files": [str(f) for f in files],
            "min_chars": options.min_chars,
            "max_chars": options.max_chars,
            "context_chars": options.context_chars,
        },
        db=db,
    )
    return BuildReport(
        name=saved["name"],
        id=saved["id"],
        source="documents",
        sources=len(files),
        examples=saved["examples"],
        train=saved["train"],
        eval=saved["eval"],
        duplicates=totals["duplicates"] + saved["duplicates"],
        skipped_short=totals["short"],
        skipped_long=totals["long"],
    )
