"""Crash safety and concurrency, with real processes: SIGKILL mid-write, two writers at once."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from core.storage.db import db_path, integrity_check, open_db
from tests.conftest import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

IMPORT_FOREVER = """
import sys
from core.storage.jsonl import import_jsonl
n = 0
while True:
    n += 1
    import_jsonl(f"set{n}", sys.argv[1])
    print(f"set{n}", flush=True)
"""

HISTORY_FOREVER = """
from core.storage.history import record
n = 0
while True:
    n += 1
    entry_id = record("rewrite", f"burst{n} 长江 input text " * 20, f"burst{n} output", outcome="accepted")
    print(entry_id, n, flush=True)
"""

WRITE_WHEN_TOLD = """
import sys, time, pathlib
from core.storage.db import get_db
from core.storage.history import record
get_db()  # both processes open (and migrate) the new database at about the same time
go = pathlib.Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
for i in range(int(sys.argv[3])):
    record("summarize", f"{sys.argv[1]} entry {i}", "out", outcome="accepted")
"""


def spawn(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=str(REPO), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def reopen():
    db = open_db()
    assert integrity_check(db) == ["ok"]
    return db


def test_sigkill_during_large_imports_leaves_whole_datasets_only(tmp_path):
    lines = 6000
    path = tmp_path / "big.jsonl"
    text = "A realistic paragraph of someone's writing, with punctuation — and some 中文 too. " * 3
    with path.open("w", encoding="utf-8") as handle:
        for i in range(lines):
            row = {"messages": [{"role": "user", "content": f"{i} {text}"}, {"role": "assistant", "content": f"{text} {i}"}]}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    child = spawn(IMPORT_FOREVER, str(path))
    committed, stamps = [], []
    try:
        while len(committed) < 2:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            committed.append(line.strip())
            stamps.append(time.monotonic())
        # Kill halfway through the third import (each takes about as long as the second did).
        time.sleep((stamps[1] - stamps[0]) / 2)
    finally:
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
    committed += rest.split()
    assert child.returncode == -signal.SIGKILL

    db = reopen()
    counts = dict(db.conn.execute("SELECT d.name, count(e.id) FROM datasets d LEFT JOIN examples e ON e.dataset_id = d.id GROUP BY d.id"))
    for name in committed:
        assert counts.get(name) == lines, f"committed dataset {name} lost rows"
    assert all(count == lines for count in counts.values()), f"half-imported dataset: {counts}"
    orphans = db.conn.execute("SELECT count(*) FROM examples WHERE dataset_id NOT IN (SELECT id FROM datasets)").fetchone()[0]
    assert orphans == 0
    db.close()


def test_sigkill_during_a_burst_of_history_writes_keeps_every_committed_row():
    child = spawn(HISTORY_FOREVER)
    printed = []
    try:
        while len(printed) < 150:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            printed.append(line.split())
    finally:
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
    printed += [line.split() for line in rest.splitlines() if line.strip()]

    db = reopen()
    stored = {row[0]: row[1] for row in db.conn.execute("SELECT id, input FROM history")}
    for entry_id, n in printed:
        assert stored[int(entry_id)].startswith(f"burst{n} ")
    # The search index holds exactly the committed rows, the last one included.
    last_id, last_n = printed[-1]
    hits = db.conn.execute("SELECT rowid FROM history_fts WHERE history_fts MATCH ?", [f"burst{last_n}"]).fetchall()
    assert hits == [(int(last_id),)]
    assert db.conn.execute("SELECT count(*) FROM history_fts").fetchone()[0] == len(stored)
    db.close()


def test_two_processes_writing_history_at_once_both_succeed(tmp_path):
    go = tmp_path / "go"
    per_process = 120
    children = [spawn(WRITE_WHEN_TOLD, name, str(go), str(per_process)) for name in ("alpha", "beta")]
    time.sleep(0.3)
    go.touch()
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    assert db_path().exists()
    db = reopen()
    for name in ("alpha", "beta"):
        inputs = [row[0] for row in db.conn.execute("SELECT input FROM history WHERE input LIKE ? ORDER BY id", [f"{name} %"])]
        assert inputs == [f"{name} entry {i}" for i in range(per_process)]
    db.close()
