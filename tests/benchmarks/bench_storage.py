"""Storage benchmark: history search and listing at 100,000 rows, open+migrate, a 20,000-example import.

Run from the repository root:

    python tests/benchmarks/bench_storage.py [--rows 100000] [--examples 20000] [--keep DIR]

Each figure is printed beside its goal and beside a baseline measured in the same run on the same
data (machines are noisy; the ratio travels better than the milliseconds):

* search     ``history.search_history`` vs a plain sqlite3 ``LIKE`` scan for the same word
* list       ``history.list_history`` (newest page of 50) vs a bare sqlite3 ``SELECT ... LIMIT 50``
* open       ``db.open_db`` (connect, pragmas, migration check) vs a bare ``sqlite3.connect`` + query
* import     ``jsonl.import_jsonl`` (validate, hash, dedup, split, insert) vs reading the same file and
             a bare sqlite3 ``executemany`` of the parsed rows into a plain table

This is a measurement, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

ACTIONS = [("rewrite", 0.35), ("summarize", 0.3), ("translate", 0.2), ("continue", 0.15)]
OUTCOMES = [("accepted", 0.5), ("edited", 0.15), ("discarded", 0.2), ("pending", 0.05), ("cancelled", 0.07), ("failed", 0.03)]
COMMON = (
    "the of and to a in is it you that he was for on are with as his they be at one have this from or had by "
    "not word but what some we can out other were all there when up use your how said an each she which do their "
    "time if will way about many then them write would like so these her long make thing see him two has look more "
    "day could go come did number sound no most people my over know water than call first who may down side been now "
    "find any new work part take get place made live where after back little only round man year came show every good "
    "me give our under name very through just form sentence great think say help low line differ turn cause much mean "
    "before move right boy old too same tell does set three want air well also play small end put home read hand port "
    "large spell add even land here must big high such follow act why ask men change went light kind off need house "
    "picture try us again animal point mother world near build self earth father head stand own page should country"
).split()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


class TextMaker:
    """Zipf-distributed words (real common English words first, then invented ones) and Chinese."""

    def __init__(self, rng: random.Random, vocabulary: int = 30000):
        self.rng = rng
        # About 60 syllables: a 4-letter prefix then matches a handful of words, as in English.
        syllables = [c + v for c in ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t") for v in "aeiou"]
        invented = set()
        while len(invented) < vocabulary - len(COMMON):
            invented.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
        shuffled = sorted(invented)
        rng.shuffle(shuffled)
        self.words = COMMON + shuffled
        self.weights = [1 / (rank + 1) ** 1.05 for rank in range(len(self.words))]
        self.cum = list(itertools.accumulate(self.weights))
        self.hanzi = [chr(c) for c in range(0x4E00, 0x4E00 + 2500)]

    def english(self, chars: int) -> str:
        count = max(3, chars // 6)
        words = self.rng.choices(self.words, cum_weights=self.cum, k=count)
        sentences, i = [], 0
        while i < len(words):
            n = self.rng.randint(8, 22)
            sentences.append(" ".join(words[i : i + n]).capitalize() + self.rng.choice([".", ".", ".", "?", "!"]))
            i += n
        text, paragraphs = "", []
        for sentence in sentences:
            text += (" " if text else "") + sentence
            if len(text) > 400 and self.rng.random() < 0.4:
                paragraphs.append(text)
                text = ""
        if text:
            paragraphs.append(text)
        return "\n\n".join(paragraphs)

    def chinese(self, chars: int) -> str:
        # Skewed choice so some characters (and pairs) are common, as in real text.
        picks = [self.hanzi[min(int(self.rng.paretovariate(1.1)) - 1, len(self.hanzi) - 1)] for _ in range(chars)]
        for i in range(12, len(picks), self.rng.randint(12, 30)):
            picks[i] = "，" if self.rng.random() < 0.6 else "。"
        return "".join(picks)

    def length(self, median: float, lo: int, hi: int) -> int:
        return max(lo, min(hi, int(self.rng.lognormvariate(0, 0.8) * median)))


def weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def build_history(db, rows: int, maker: TextMaker, rng: random.Random) -> float:
    from core.storage.db import write_transaction

    started = time.perf_counter()
    batch = []
    columns = ("created_at", "action", "options_json", "instruction", "input", "output", "final_text", "outcome", "model",
               "backend", "device", "prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "elapsed_s", "chunks",
               "finish_reason")
    sql = f"INSERT INTO history ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    for i in range(rows):
        action = weighted(rng, ACTIONS)
        outcome = weighted(rng, OUTCOMES)
        chinese = rng.random() < 0.1
        n = maker.length(600, 40, 8000)
        text = maker.chinese(n // 3) if chinese else maker.english(n)
        if action == "summarize":
            out_len = max(60, n // 4)
        elif action == "continue":
            out_len = maker.length(500, 80, 2000)
        else:
            out_len = n
        output = maker.english(out_len) if (action == "translate" and chinese) or not chinese else maker.chinese(out_len // 3)
        final = maker.english(out_len) if outcome == "edited" else None
        seconds = i * 30
        created = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(1_700_000_000 + seconds))
        batch.append((created, action, "{}", None, text, output, final, outcome, "SmolLM2-135M-Instruct", "llama.cpp",
                      "cpu", n // 4, out_len // 4, 0.25, 120.0, 2.0, 1, "stop"))
        if len(batch) == 5000:
            with write_transaction(db):
                db.conn.executemany(sql, batch)
            batch = []
    if batch:
        with write_transaction(db):
            db.conn.executemany(sql, batch)
    return time.perf_counter() - started


def queries(maker: TextMaker, rng: random.Random) -> list[tuple[str, str, bool]]:
    """(kind, query, prefix): words across the frequency range, pairs, Chinese, prefixes."""
    found = []
    for _ in range(40):
        found.append(("common word", maker.words[rng.randint(0, 60)], False))
        found.append(("mid word", maker.words[rng.randint(500, 3000)], False))
        found.append(("rare word", maker.words[rng.randint(10000, len(maker.words) - 1)], False))
        found.append(("two words", f"{maker.words[rng.randint(100, 2000)]} {maker.words[rng.randint(100, 5000)]}", False))
        found.append(("chinese pair", maker.chinese(2), False))
        found.append(("prefix", maker.words[rng.randint(200, 5000)][: rng.randint(3, 5)], True))
    rng.shuffle(found)
    return found


def timed(fn, *args, **kwargs) -> float:
    t = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t


def make_jsonl(path: Path, count: int, maker: TextMaker) -> None:
    system = "You are Inkstone, a careful writing assistant. Follow the instruction exactly."
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            user = "Continue the following text in the same voice.\n\n" + maker.english(maker.length(700, 100, 3000))
            row = {"messages": [{"role": "system", "content": system}, {"role": "user", "content": user},
                                {"role": "assistant", "content": maker.english(maker.length(400, 80, 2000)) + f" ({i})"}]}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--keep", help="folder to keep (and reuse) the benchmark database in")
    args = parser.parse_args()

    home = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="inkstone-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    os.environ["INKSTONE_HOME"] = str(home)
    rng = random.Random(1234)
    maker = TextMaker(rng)

    t = time.perf_counter()
    import sqlite_utils  # noqa: F401  (import cost reported separately from open+migrate)

    import_s = time.perf_counter() - t
    from core.storage import history
    from core.storage.db import db_path, open_db
    from core.storage.jsonl import import_jsonl

    print("load average (1, 5, 15 min) at the start: " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} CPUs")
    db = open_db()
    existing = db.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    if existing < args.rows:
        print(f"building {args.rows - existing:,} history rows in {home} ...", flush=True)
        build_s = build_history(db, args.rows - existing, maker, rng)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"  built in {build_s:.1f} s ({(args.rows - existing) / build_s:,.0f} rows/s, full-text index included)")
    total = db.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    size_mb = db_path().stat().st_size / 2**20
    chars = db.conn.execute("SELECT avg(length(input)), avg(length(output)) FROM history").fetchone()
    print(f"history: {total:,} rows, {size_mb:,.0f} MB, mean input {chars[0]:,.0f} chars, mean output {chars[1]:,.0f} chars")

    results = []

    # -- search ------------------------------------------------------------------------------
    qs = queries(maker, rng)
    for _kind, q, prefix in qs[:10]:  # warm the page cache, as a running app would be
        history.search_history(q, limit=50, prefix=prefix, db=db)
    times, by_kind, hits, search_cpu = [], {}, [], []
    for kind, q, prefix in qs:
        t, cpu = time.perf_counter(), time.process_time()
        found = history.search_history(q, limit=50, prefix=prefix, db=db)
        elapsed = time.perf_counter() - t
        search_cpu.append(time.process_time() - cpu)
        times.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)
        hits.append(len(found))
    raw = sqlite3.connect(str(db_path()))
    like_times = []
    for _kind, q, _prefix in [x for x in qs if x[0] in ("mid word", "rare word")][:12]:
        pattern = f"%{q}%"
        t = time.perf_counter()
        raw.execute(
            "SELECT * FROM history WHERE input LIKE ? OR output LIKE ? OR final_text LIKE ? ORDER BY id DESC LIMIT 50",
            [pattern, pattern, pattern],
        ).fetchall()
        like_times.append(time.perf_counter() - t)
    search_p95 = percentile(times, 95)
    results.append(("full-text search p95 (50 hits max)", search_p95 * 1000, 20, "ms", percentile(like_times, 95) * 1000,
                    "LIKE scan p95"))

    # -- newest page -------------------------------------------------------------------------
    for _ in range(5):
        history.list_history(limit=50, db=db)
    list_times, list_cpu = [], []
    for _ in range(100):
        t, cpu = time.perf_counter(), time.process_time()
        history.list_history(limit=50, db=db)
        list_times.append(time.perf_counter() - t)
        list_cpu.append(time.process_time() - cpu)
    bare_times = [timed(lambda: raw.execute("SELECT * FROM history ORDER BY id DESC LIMIT 50").fetchall()) for _ in range(100)]
    results.append(("newest page of 50, p95", percentile(list_times, 95) * 1000, 20, "ms", percentile(bare_times, 95) * 1000,
                    "bare SELECT p95"))
    deep = [timed(history.list_history, limit=50, before_id=total // 2, db=db) for _ in range(20)]
    raw.close()

    # -- open + migrate ----------------------------------------------------------------------
    db.close()
    opens = []
    for _ in range(20):
        t = time.perf_counter()
        other = open_db()
        opens.append(time.perf_counter() - t)
        other.close()
    bare_opens = []
    for _ in range(20):
        t = time.perf_counter()
        conn = sqlite3.connect(str(db_path()))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        bare_opens.append(time.perf_counter() - t)
        conn.close()
    fresh = []
    for i in range(5):
        path = home / f"blank-{i}.db"
        t = time.perf_counter()
        created = open_db(path)
        fresh.append(time.perf_counter() - t)
        created.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    results.append((f"open + migrate ({total // 1000}k-row db), max of 20", max(opens) * 1000, 100, "ms", max(bare_opens) * 1000,
                    "bare connect max"))
    results.append(("open + migrate (blank db), max of 5", max(fresh) * 1000, 100, "ms", max(bare_opens) * 1000,
                    "bare connect max"))

    # -- import ------------------------------------------------------------------------------
    jsonl = home / "examples.jsonl"
    make_jsonl(jsonl, args.examples, maker)
    file_mb = jsonl.stat().st_size / 2**20
    db = open_db()
    if db.conn.execute("SELECT 1 FROM datasets WHERE name = 'bench'").fetchone():
        db.execute("DELETE FROM datasets WHERE name = 'bench'")
    base_path = home / "baseline.db"
    import_times, baseline_times, import_cpu = [], [], []
    for _ in range(3):  # interleaved, so a burst of load elsewhere hits both sides alike
        t, cpu = time.perf_counter(), time.process_time()
        info = import_jsonl("bench", jsonl, db=db)
        import_times.append(time.perf_counter() - t)
        import_cpu.append(time.process_time() - cpu)
        assert info["examples"] == args.examples, info
        db.execute("DELETE FROM datasets WHERE name = 'bench'")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{base_path}{suffix}").unlink(missing_ok=True)
        t = time.perf_counter()
        conn = sqlite3.connect(str(base_path))
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("CREATE TABLE examples (id INTEGER PRIMARY KEY, messages_json TEXT)")
        with jsonl.open(encoding="utf-8") as handle:
            parsed = [(json.dumps(json.loads(line)["messages"], ensure_ascii=False),) for line in handle]
        with conn:
            conn.executemany("INSERT INTO examples(messages_json) VALUES (?)", parsed)
        conn.close()
        baseline_times.append(time.perf_counter() - t)
    results.append((f"import {args.examples:,} examples ({file_mb:.0f} MB JSONL), median of 3",
                    statistics.median(import_times), 5, "s", statistics.median(baseline_times), "parse + bare executemany"))
    db.close()

    # sqlite-utils' own import (it pulls in numpy when installed) is paid once per process.
    cold = subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); import sqlite_utils; "
                           "print(time.perf_counter() - t)"], capture_output=True, text=True)

    print()
    print(f"{'measure':44} {'value':>9} {'goal':>8}  {'':4} {'baseline':>9}  {'ratio':>6}  baseline is")
    for name, value, goal, unit, base, base_name in results:
        verdict = "ok" if value <= goal else "MISS"
        print(f"{name:44} {value:8.2f}{unit:1} {goal:>6}{unit:2}  {verdict:4} {base:8.2f}{unit:1}  {value / base:5.2f}x  {base_name}")
    print()
    print("search p95 by query kind (ms): " + ", ".join(f"{k} {percentile(v, 95) * 1000:.1f}" for k, v in sorted(by_kind.items())))
    print(f"search: {len(qs)} queries, median {statistics.median(times) * 1000:.1f} ms, "
          f"LIKE scan median {statistics.median(like_times) * 1000:.0f} ms "
          f"({statistics.median(like_times) / statistics.median(times):.0f}x slower), mean hits {statistics.mean(hits):.0f}")
    print(f"CPU time of this process (what an idle machine would show): search p95 {percentile(search_cpu, 95) * 1000:.1f} ms, "
          f"newest page p95 {percentile(list_cpu, 95) * 1000:.1f} ms")
    print(f"newest page: median {statistics.median(list_times) * 1000:.2f} ms, bare SELECT median "
          f"{statistics.median(bare_times) * 1000:.2f} ms; page in the middle of history (before_id): p95 "
          f"{percentile(deep, 95) * 1000:.2f} ms")
    print(f"open + migrate: median {statistics.median(opens) * 1000:.2f} ms; "
          f"import sqlite_utils: {import_s * 1000:.0f} ms in this process, {float(cold.stdout or 'nan') * 1000:.0f} ms in a new one "
          "(paid once per process, not per open)")
    print(f"import: runs {', '.join(f'{x:.2f}' for x in import_times)} s, baseline {', '.join(f'{x:.2f}' for x in baseline_times)} s; "
          f"{args.examples / min(import_times):,.0f} examples/s at best ({info['train']:,} train, {info['eval']:,} eval); "
          f"CPU time of this process per import: median {statistics.median(import_cpu):.2f} s")
    print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} CPUs")
    if not args.keep:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
