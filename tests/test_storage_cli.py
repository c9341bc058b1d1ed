"""``inkstone-cli history`` and ``inkstone-cli dataset`` in real processes: output and exit codes."""

from __future__ import annotations

import json

from core.storage import history
from core.storage.datasets import find_dataset, iter_examples
from tests.conftest import run_cli
from tests.test_storage_history import ANY_SCRIPT


def ok(*args: str) -> str:
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode("utf-8")


def fails(*args: str, match: str) -> str:
    """Run a command that must fail as bad input: exit 2, one line on stderr, no traceback."""
    proc = run_cli(*args)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, (proc.returncode, err)
    assert err.startswith("inkstone-cli: error:") and err.count("\n") == 1 and "Traceback" not in err, err
    assert match in err, err
    return err


def test_run_records_an_accepted_entry_and_prints_its_id():
    text = "The committee met on Tuesday and agreed to repair the old bridge before winter."
    data = json.loads(ok("run", "summarize", "--text", text, "--max-tokens", "16", "--json"))
    assert isinstance(data["history_id"], int)
    entry = history.get_entry(data["history_id"])
    assert entry["input"] == text and entry["output"] == data["output"]
    assert entry["outcome"] == "accepted" and entry["backend"] == data["backend"] and entry["model"] == data["model"]


def test_history_commands():
    made = [history.record("rewrite", text, f"out {i}", outcome="accepted") for i, text in enumerate(ANY_SCRIPT)]
    listed = json.loads(ok("history", "list", "--limit", "50", "--json"))
    assert [e["id"] for e in listed] == made[::-1]
    assert {"id", "action", "input", "output", "outcome", "created_at"} <= set(listed[0])
    # Every script comes back through the CLI's JSON exactly as stored.
    assert [e["input"] for e in listed] == ANY_SCRIPT[::-1]
    table = ok("history", "list", "--limit", "3")
    assert table.splitlines()[0].split() == ["ID", "CREATED", "ACTION", "OUTCOME", "TEXT"]
    assert [line.split()[0] for line in table.splitlines()[1:]] == [str(i) for i in made[::-1][:3]]

    found = json.loads(ok("history", "search", "最长", "--json"))
    assert [e["id"] for e in found] == [made[0]] and "最长" in found[0]["snippet"]
    shown = ok("history", "show", str(made[3]))
    assert ANY_SCRIPT[3] in shown and "--- output ---" in shown

    assert "deleted history entry" in ok("history", "delete", str(made[0]))
    fails("history", "delete", str(made[0]), match=f"no history entry with id {made[0]}")
    fails("history", "clear", match="--yes")
    ok("history", "off")
    assert history.record("summarize", "x", "y", outcome="accepted") is None
    assert "deleted 9 history entries" in ok("history", "clear", "--yes")


def test_dataset_commands(tmp_path):
    for i in range(12):
        history.record("rewrite", f"draft number {i}", f"Polished draft {i}.", outcome="accepted", options={"style": "formal"})
    history.record("summarize", "ignored", "no", outcome="discarded")

    built = json.loads(ok("dataset", "build", "mine", "--from-history", "--action", "rewrite", "--json"))
    assert (built["examples"], built["train"], built["eval"]) == (12, 11, 1)
    fails("dataset", "build", "MINE", "--from-history", match="already exists")

    listed = json.loads(ok("dataset", "list", "--json"))
    assert [(d["name"], d["examples"]) for d in listed] == [("mine", 12)]
    shown = ok("dataset", "show", "mine", "--limit", "1")
    assert "mine: 12 examples (11 train, 1 eval)" in shown and "[assistant] Polished draft 0." in shown

    out = tmp_path / "mine.jsonl"
    assert "exported 12 examples" in ok("dataset", "export", "mine", "--out", str(out))
    assert "imported dataset 'copy': 12 examples" in ok("dataset", "import", "copy", str(out))
    assert [e["messages"] for e in iter_examples("copy")] == [e["messages"] for e in iter_examples("mine")]

    bad = tmp_path / "bad.jsonl"
    bad.write_text(out.read_text(encoding="utf-8") + "{not json}\n", encoding="utf-8")
    fails("dataset", "import", "broken", str(bad), match="bad.jsonl line 13: not valid JSON")
    assert find_dataset("broken") is None
    fails("dataset", "export", "nope", "--out", str(tmp_path / "x.jsonl"), match="unknown dataset 'nope'; datasets: copy, mine")

    doc = tmp_path / "story.md"
    doc.write_text("\n\n".join(f"Paragraph {i} of my story, told slowly and with care, as I always tell my stories." for i in range(10)),
                   encoding="utf-8")
    assert "built dataset 'story': 9 examples" in ok("dataset", "build", "story", "--from-docs", str(doc))

    assert "deleted dataset 'copy' (12 examples)" in ok("dataset", "delete", "copy")
    fails("dataset", "delete", "copy", match="unknown dataset 'copy'")


def test_a_damaged_database_is_one_clear_error(inkstone_home):
    (inkstone_home / "inkstone.db").write_bytes(b"garbage" * 1000)
    fails("history", "list", match="damaged or is not an Inkstone database")
