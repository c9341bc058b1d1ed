"""Continual learning: the adapter in use keeps learning from the edits the user keeps.

* **Counting.** Every adapter records the newest history entry its training data could include
  (``history_mark``). The results accepted or edited after it that would make usable examples (the
  dataset builder's own rule, :func:`core.datasets_build.usable_example`) are the new examples;
  once there are ``threshold`` of them (a setting, default 50) an update is due. The CLI
  (``inkstone-cli adapters status``) and the app read the same count.
* **Updating.** An update is a LoRA run that starts from the active adapter's weights, on a dataset
  of its own (``<line> update vN``): the new examples, split as usual, plus a seeded sample of the
  examples the line was trained on so far (replay; as many as the new ones by default), plus the
  line's held-out examples as the "old" eval group. The new adapter joins the line as the next
  version (parent, version, history mark in the database). Old and new held-out losses are
  measured before and after: forgetting is the relative rise of the old loss.
* **Activating.** When the update finishes and the adapter it continued from is still the active
  one, the new version becomes active — unless the old examples' loss rose more than
  :data:`MAX_FORGETTING` or the new ones' did not fall; then the previous version stays active and
  the result says why. An interrupted update changes nothing: the active adapter is only ever
  switched after the new version is published; the next update resumes it.
* **Rolling back.** :func:`rollback` makes the active version's parent active again; the newer
  version stays registered (and can be picked again) until the user deletes it.

The active adapter is a setting in the database (``adapters.active``), shared by the app and the CLI.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from typing import Any

from core.errors import BadInputError
from core.storage.db import resolve
from core.storage.settings import get_setting, set_setting

ACTIVE_KEY = "adapters.active"
THRESHOLD_KEY = "continual.threshold"
WHEN_IDLE_KEY = "continual.when_idle"
DEFAULT_THRESHOLD = 50
#: The old examples' held-out loss may rise at most this much (relative) for a new version to be used.
MAX_FORGETTING = 0.05
#: Old examples replayed per new one.
REPLAY_RATIO = 1.0
#: An update moves more gently than the first training: a fraction of the line's learning rate.
UPDATE_LR_FACTOR = 0.5
REPLAY = "replay"


@dataclass
class UpdateStatus:
    """Where an adapter stands: how many new examples wait, and whether an update is due."""

    adapter: dict | None
    new_examples: int
    threshold: int
    when_idle: bool

    @property
    def due(self) -> bool:
        return self.adapter is not None and self.new_examples >= self.threshold

    def to_dict(self) -> dict:
        data = asdict(self)
        adapter = self.adapter or {}
        data["adapter"] = {k: adapter.get(k) for k in ("id", "name", "version", "parent_id", "base_model")} if adapter else None
        data["due"] = self.due
        return data


# -- settings ---------------------------------------------------------------------------------


def threshold(db=None) -> int:
    value = get_setting(THRESHOLD_KEY, db=db)
    return int(value) if isinstance(value, int) and value >= 1 else DEFAULT_THRESHOLD


def set_threshold(count: int, db=None) -> None:
    if not isinstance(count, int) or count < 1:
        raise BadInputError(f"the number of new examples before an update must be at least 1 (got {count!r})")
    set_setting(THRESHOLD_KEY, count, db=db)


def when_idle(db=None) -> bool:
    return bool(get_setting(WHEN_IDLE_KEY, db=db))


def set_when_idle(enabled: bool, db=None) -> None:
    set_setting(WHEN_IDLE_KEY, bool(enabled), db=db)


def active_adapter(db=None) -> dict | None:
    """The adapter actions use (None: the base model), as :func:`core.storage.runs.get_adapter` gives it."""
    from core.storage.runs import get_adapter

    value = get_setting(ACTIVE_KEY, db=db)
    return get_adapter(int(value), db) if isinstance(value, int) else None


def set_active_adapter(adapter: str | int | None, db=None) -> dict | None:
    """Make ``adapter`` (id or name; None for none) the one actions use; return it."""
    from core.adapters import find_adapter
    from core.errors import UnknownNameError
    from core.storage.runs import list_adapters

    if adapter is None or str(adapter).strip() == "":
        set_setting(ACTIVE_KEY, None, db=db)
        return None
    found = find_adapter(adapter, db)
    if found is None:
        raise UnknownNameError("adapter", str(adapter), [a["name"] for a in list_adapters(db=db)])
    set_setting(ACTIVE_KEY, found["id"], db=db)
    return found


# -- counting new examples ----------------------------------------------------------------------


def history_mark(adapter: dict, db=None) -> int:
    """The newest history entry ``adapter``'s training data could include."""
    if adapter.get("history_mark") is not None:
        return int(adapter["history_mark"])
    # Trained before adapters recorded it: whatever history existed when it was made.
    row = resolve(db).conn.execute("SELECT coalesce(max(id), 0) FROM history WHERE created_at <= ?", [adapter["created_at"]]).fetchone()
    return int(row[0])


def new_examples(adapter: dict, db=None) -> tuple[list[dict], int]:
    """Training examples from the results kept since ``adapter`` was trained, and the newest
    history id they come from (the new version's mark)."""
    from core.actions import load_catalog
    from core.datasets_build import BuildOptions, usable_example
    from core.storage.history import KEPT_OUTCOMES, get_entry

    db = resolve(db)
    mark = history_mark(adapter, db)
    marks = ", ".join("?" for _ in KEPT_OUTCOMES)
    ids = [row[0] for row in db.conn.execute(f"SELECT id FROM history WHERE outcome IN ({marks}) AND id > ? ORDER BY id", [*KEPT_OUTCOMES, mark])]
    if not ids:
        return [], mark
    options, catalog = BuildOptions(), load_catalog()
    found = []
    for entry_id in ids:
        entry = get_entry(entry_id, db)
        example, _why = usable_example(entry, options, catalog) if entry is not None else (None, "gone")
        if example is not None:
            found.append(example)
    return found, max(ids)


def status(adapter: str | int | None = None, db=None) -> UpdateStatus:
    """The update status of ``adapter`` (default: the active one)."""
    from core.adapters import find_adapter

    found = active_adapter(db) if adapter is None else find_adapter(adapter, db)
    if adapter is not None and found is None:
        raise BadInputError(f"no adapter called {adapter!r}")
    count = len(new_examples(found, db)[0]) if found is not None else 0
    return UpdateStatus(found, count, threshold(db), when_idle(db))


# -- updating -----------------------------------------------------------------------------------


def _line_datasets(parent: dict, db) -> list[str]:
    """Names of the datasets the line up to ``parent`` was trained on (those that still exist)."""
    from core.storage.runs import get_adapter

    names, seen = [], set()
    current = parent
    while current is not None and current["id"] not in seen:
        seen.add(current["id"])
        if current.get("dataset_id") is not None:
            row = resolve(db).conn.execute("SELECT name FROM datasets WHERE id = ?", [current["dataset_id"]]).fetchone()
            if row is not None:
                names.append(row[0])
        current = get_adapter(int(current["parent_id"]), db) if current.get("parent_id") else None
    return names


def update_config(parent: dict, changes: dict | None = None):
    """The settings of an update of ``parent``: its LoRA shape, a gentler learning rate."""
    from core.training.config import TrainConfig

    base = TrainConfig.from_dict(parent.get("config") or {})
    if base.method != "lora":
        raise BadInputError(f"{parent['name']!r} is not a LoRA adapter; only LoRA adapters can be updated")
    config = TrainConfig.from_dict(base.to_dict())
    shape = _lora_shape(parent)
    if shape:  # the adapter's own files say what its weights are; they must load unchanged
        config.rank, config.alpha = int(shape["r"]), float(shape["lora_alpha"])
        config.dropout = float(shape.get("lora_dropout", config.dropout))
        config.target_modules = tuple(sorted(shape["target_modules"]))
    config.learning_rate = base.peak_lr * UPDATE_LR_FACTOR
    config.max_steps = None
    fixed = ("rank", "alpha", "target_modules", "method")
    for key, value in (changes or {}).items():
        if key in fixed:
            raise BadInputError(f"an update keeps the adapter's {key}; train a new adapter to change it")
        if value is not None:
            setattr(config, key, value)
    return config.check()


def _lora_shape(adapter: dict) -> dict | None:
    import json
    from pathlib import Path

    peft_dir = adapter.get("peft_dir")
    try:
        return json.loads((Path(peft_dir) / "adapter_config.json").read_text(encoding="utf-8")) if peft_dir else None
    except (OSError, ValueError):
        return None


def prepare_update(parent: dict, *, replay_ratio: float = REPLAY_RATIO, seed: int = 0, db=None) -> dict:
    """Create the dataset an update of ``parent`` trains on; return its summary (as
    :func:`core.storage.datasets.save_examples`) with ``new``, ``replay``, ``old_eval`` counts."""
    from core.storage.datasets import DEFAULT_EVAL_FRACTION, assign_splits, content_hash, find_dataset, iter_examples, save_examples
    from core.storage.runs import adapter_line

    if replay_ratio < 0:
        raise BadInputError("the replay ratio cannot be negative")
    fresh, mark = new_examples(parent, db)
    if not fresh:
        raise BadInputError(f"there are no new accepted results since adapter {parent['name']!r} was trained; nothing to update")
    old_train: dict[str, dict] = {}
    old_eval: dict[str, dict] = {}
    for name in _line_datasets(parent, db):
        for example in iter_examples(name, db=db):
            target = old_eval if example["split"] == "eval" else old_train
            target.setdefault(example["content_hash"], example)
    splits = assign_splits([content_hash(e["messages"]) for e in fresh], DEFAULT_EVAL_FRACTION, seed)
    fresh_hashes = set(splits)
    rng = random.Random(f"inkstone-replay:{seed}:{parent['id']}")
    pool = sorted(h for h in old_train if h not in fresh_hashes)
    replay = rng.sample(pool, min(len(pool), math.ceil(len(fresh) * replay_ratio)))
    examples = [{**e, "split": splits[content_hash(e["messages"])]} for e in fresh]
    for digest in replay:
        examples.append({"messages": old_train[digest]["messages"], "source_kind": REPLAY, "source_id": str(old_train[digest]["id"]), "split": "train"})
    for digest, example in sorted(old_eval.items()):
        if digest not in fresh_hashes:
            examples.append({"messages": example["messages"], "source_kind": REPLAY, "source_id": str(example["id"]), "split": "eval"})
    line = adapter_line(parent["id"], db)
    root, version = line[0]["name"], max(a.get("version") or 1 for a in line) + 1
    name, extra = f"{root} update v{version}", 1
    while find_dataset(name, db) is not None:
        extra += 1
        name = f"{root} update v{version} ({extra})"
    saved = save_examples(
        name, examples, source="update", description=f"new accepted results and replayed examples for {parent['name']}",
        params={"update_of": parent["id"], "history_mark": mark, "replay_ratio": replay_ratio}, seed=seed, db=db,
    )  # fmt: skip
    saved.update(new=len(fresh), replay=len(replay), old_eval=len([e for e in examples if e.get("source_kind") == REPLAY and e["split"] == "eval"]))
    saved["version_name"] = f"{root}-v{version}"
    return saved


def _unfinished_update(parent: dict, db) -> int | None:
    """An update of ``parent`` that stopped with a checkpoint, to resume rather than start over."""
    from pathlib import Path

    from core.storage import runs
    from core.training.checkpoint import read_state

    runs.mark_interrupted_runs(db)
    for run in runs.list_runs(limit=200, db=db):
        if run["config"].get("init_adapter_id") == parent["id"] and run["status"] in ("interrupted", "cancelled", "failed"):
            if run.get("dataset_name") and run.get("checkpoint_dir") and read_state(Path(run["checkpoint_dir"]) / "checkpoint"):
                return run["id"]
    return None


def update(
    adapter: str | int | None = None,
    *,
    changes: dict | None = None,
    replay_ratio: float = REPLAY_RATIO,
    name: str | None = None,
    stop: Callable[[], bool] | Any = None,
    db=None,
) -> Generator:
    """Update ``adapter`` (default: the active one) with the new examples; yield progress records
    (as :func:`core.training.train`) and return its :class:`~core.training.runner.TrainResult`.
    An update of the same adapter that was interrupted is resumed instead of started again."""
    from core.adapters import find_adapter
    from core.training.runner import train

    parent = active_adapter(db) if adapter is None else find_adapter(adapter, db)
    if parent is None:
        raise BadInputError("no adapter is in use, so there is nothing to update; pick one first" if adapter is None else f"no adapter called {adapter!r}")
    waiting = _unfinished_update(parent, db)
    if waiting is not None:
        return (yield from train(resume=waiting, stop=stop, db=db))
    from core.adapters import check_base_model
    from core.models import resolve_model

    # Checked before a dataset is made for nothing.
    check_base_model(parent, resolve_model(parent["base_model"]))
    if _lora_shape(parent) is None:
        raise BadInputError(f"the files of adapter {parent['name']!r} are missing ({parent.get('peft_dir')}); it cannot be updated")
    config = update_config(parent, changes)
    saved = prepare_update(parent, replay_ratio=replay_ratio, seed=config.seed, db=db)
    return (yield from train(saved["name"], config, stop=stop, model=parent["base_model"], adapter_name=name or saved["version_name"],
                             init_adapter=parent["id"], db=db))  # fmt: skip


def after_update(result, parent: dict, db=None) -> str:
    """Called once an update's adapter is published: switch to it when that is safe. Returns a
    note for the final progress message."""
    active = active_adapter(db)
    groups_before, groups_after = result.eval_groups_before or {}, result.eval_groups_after or {}
    new_fell = groups_before.get("new") is None or (groups_after.get("new") or math.inf) < groups_before["new"]
    forgot = result.forgetting is not None and result.forgetting > MAX_FORGETTING
    forgetting = f"; old examples' loss {result.forgetting * 100:+.1f}%" if result.forgetting is not None else ""
    if active is None or active["id"] != parent["id"]:
        result.activated = False
        return forgetting
    if forgot or not new_fell:
        result.activated = False
        why = f"the old examples' loss rose {result.forgetting * 100:.1f}% (at most {MAX_FORGETTING * 100:.0f}%)" if forgot else "the new examples' loss did not fall"
        result.notes.append(f"{parent['name']!r} stays in use because {why}")
        return f"; {result.notes[-1]}"
    set_active_adapter(result.adapter_id, db)
    result.activated = True
    return f"{forgetting}; actions now use it"


def rollback(adapter: str | int | None = None, db=None) -> tuple[dict, dict]:
    """Go back from ``adapter`` (default: the active one) to the version it was made from, which
    becomes active. Returns (now active, rolled back); the rolled-back version stays registered."""
    from core.adapters import find_adapter
    from core.storage.runs import get_adapter

    current = active_adapter(db) if adapter is None else find_adapter(adapter, db)
    if current is None:
        raise BadInputError("no adapter is in use; there is nothing to roll back" if adapter is None else f"no adapter called {adapter!r}")
    previous = get_adapter(int(current["parent_id"]), db) if current.get("parent_id") else None
    if previous is None:
        raise BadInputError(f"adapter {current['name']!r} is the first version of its line (or its previous version was deleted); there is nothing to roll back to")
    set_active_adapter(previous["id"], db)
    return previous, current
