"""Continual learning without a training run: adapter lineage, the count of new kept results, what
an update trains on, the adapter in use and roll back (core and CLI)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli
from tests.fixtures import second_voice, style_corpus


def _keep(notes: list[str], outcome: str = "accepted") -> list[int]:
    from core.storage import history

    return [history.record("continue", f"Notes for bed {i}:", note, outcome=outcome) for i, note in enumerate(notes)]


def _first_version(name: str = "keeper-run1", examples: int = 20) -> dict:
    """A registered first version trained (on paper) on a keeper dataset, with its history mark."""
    from core.storage.datasets import save_examples
    from core.storage.runs import add_adapter, get_adapter

    saved = save_examples("keeper", [{"messages": m} for m in style_corpus.messages(examples)], source="test", eval_fraction=0.25)
    from core.storage.db import get_db

    mark = get_db().conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
    adapter_id = add_adapter(name, "smollm2-135m-instruct", dataset_id=saved["id"], history_mark=mark,
                             config={"rank": 8, "alpha": 16.0, "learning_rate": 2e-3})  # fmt: skip
    return get_adapter(adapter_id)


def test_lineage_is_recorded_and_a_release_1_database_gains_it():
    from core.storage.db import db_path, get_db
    from core.storage.runs import add_adapter, adapter_line, get_adapter
    from tests.test_storage_db import make_v1_database

    make_v1_database(db_path())
    columns = {row[1] for row in get_db().conn.execute("PRAGMA table_info(adapters)")}
    assert {"parent_id", "line_id", "version", "history_mark"} <= columns
    first = add_adapter("voice", "m")
    second = add_adapter("voice-v2", "m", parent_id=first, history_mark=7)
    third = add_adapter("voice-v3", "m", parent_id=second)
    other = add_adapter("other", "m")
    assert [(a["name"], a["version"], a["parent_id"]) for a in adapter_line("voice-v2")] == [
        ("voice", 1, None), ("voice-v2", 2, first), ("voice-v3", 3, second),
    ]  # fmt: skip
    assert get_adapter(third)["line_id"] == first and get_adapter(second)["history_mark"] == 7
    assert [a["name"] for a in adapter_line(other)] == ["other"]


def test_only_usable_results_kept_after_the_adapter_was_trained_count():
    from core.training import continual

    _keep(["before training: bed 1 - kale: picked."])
    first = _first_version()
    assert continual.status().adapter is None  # none in use: nothing counted
    continual.set_active_adapter("keeper-run1")
    ids = _keep(second_voice.notes(5))
    _keep(["bed 9 - chard: thinned."], outcome="discarded")
    _keep([""])  # accepted, but nothing was kept
    found = continual.status()
    assert (found.adapter["id"], found.new_examples, found.threshold, found.due) == (first["id"], 5, 50, False)
    examples, mark = continual.new_examples(first)
    assert [e["source_id"] for e in examples] == [str(i) for i in ids] and mark == ids[-1] + 2
    continual.set_threshold(5)
    assert continual.status().due
    with pytest.raises(Exception, match="at least 1"):
        continual.set_threshold(0)


def test_an_update_trains_on_the_new_results_a_replay_sample_and_both_held_out_sets():
    from core.storage.datasets import iter_examples
    from core.training import continual

    first = _first_version()
    notes = second_voice.notes(10)
    _keep(notes)
    saved = continual.prepare_update(first, replay_ratio=1.0)
    assert saved["name"] == "keeper-run1 update v2" and saved["version_name"] == "keeper-run1-v2"
    assert (saved["new"], saved["replay"], saved["old_eval"]) == (10, 10, 5)
    rows = list(iter_examples(saved["name"]))
    new = [r for r in rows if r["source_kind"] == "history"]
    replay = [r for r in rows if r["source_kind"] == "replay"]
    assert sorted(r["messages"][-1]["content"] for r in new) == sorted(notes)
    assert [r["split"] for r in new].count("eval") == 1  # 10% of the new results held out
    keeper_train = {json.dumps(e["messages"]) for e in iter_examples("keeper", split="train")}
    keeper_eval = {json.dumps(e["messages"]) for e in iter_examples("keeper", split="eval")}
    assert {json.dumps(r["messages"]) for r in replay if r["split"] == "train"} <= keeper_train
    assert {json.dumps(r["messages"]) for r in replay if r["split"] == "eval"} == keeper_eval
    assert continual.prepare_update(first, replay_ratio=0.5)["replay"] == 5  # a second attempt gets its own dataset
    config = continual.update_config(first, {"max_steps": 3})
    assert (config.rank, config.alpha, config.learning_rate, config.max_steps) == (8, 16.0, 1e-3, 3)
    with pytest.raises(Exception, match="keeps the adapter's rank"):
        continual.update_config(first, {"rank": 16})


def test_nothing_new_and_nothing_to_roll_back_are_one_line_errors(capsys):
    from core.cli import main
    from core.storage.runs import add_adapter
    from core.training import continual

    first = _first_version()
    with pytest.raises(Exception, match="no new accepted results since adapter 'keeper-run1'"):
        continual.prepare_update(first)
    assert main(["adapters", "update"]) == 2
    assert capsys.readouterr().err.strip() == "inkstone-cli: error: no adapter is in use, so there is nothing to update; pick one first"
    second = add_adapter("keeper-run1-v2", "smollm2-135m-instruct", parent_id=first["id"])
    assert main(["adapters", "use", "keeper-run1-v2"]) == 0 and continual.active_adapter()["id"] == second
    assert main(["adapters", "list"]) == 0
    listing = capsys.readouterr().out
    assert "* keeper-run1-v2" in listing and "v2 of keeper-run1" in listing
    proc = run_cli("adapters", "rollback")
    assert proc.returncode == 0 and "actions now use adapter keeper-run1 (version 1)" in proc.stdout.decode()
    proc = run_cli("adapters", "rollback")
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1 and "nothing to roll back to" in proc.stderr.decode()
    assert main(["adapters", "delete", "keeper-run1", "--keep-files"]) == 0
    assert continual.active_adapter() is None  # deleting the adapter in use leaves none in use


def test_update_batches_mix_new_and_replayed_examples_and_repeat_exactly():
    from core.training.data import mixed_batches

    groups = [0] * 11 + [1] * 12
    batches = mixed_batches(groups, 2, seed=0, epoch=0)
    assert sorted(i for b in batches for i in b) == list(range(23))
    assert sum(1 for b in batches if len(b) == 2 and {groups[i] for i in b} == {0, 1}) >= 10  # nearly every step sees both
    assert mixed_batches(groups, 2, seed=0, epoch=0) == batches and mixed_batches(groups, 2, seed=0, epoch=1) != batches
