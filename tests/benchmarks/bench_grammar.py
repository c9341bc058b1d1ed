"""The offline spelling and grammar checker: speed, the window while typing, and fixes against the model.

1. Lint speed on a long document (50,000 words, one known misspelling every 4 sentences):
   Inkstone's checker (paragraph by paragraph, as the editor uses it) against one call of
   Harper's own ``Linter.lint`` on the whole text (baseline, same run), then the same document
   again from the checker's per-paragraph memory.
2. Stall probe: the event loop's worst gap (a 5 ms timer, as the generation probe in
   tests/desktop measures it) in the main window holding such a document: while it is checked
   after opening, and while 200 characters are typed into a paragraph in its middle (one key
   every 50 ms), in a checked document and in one just opened (still being checked); the same
   typing with checking off is the baseline. Three interleaved rounds.
3. Fixes: Fix spelling & grammar (fast) against the model's Rewrite > Fix grammar (bundled model,
   greedy) on the sentences with known errors of tests/fixtures/prose.py, and on correct
   sentences: errors fixed, and words changed that needed no change. An error counts as fixed
   when the answer makes the reference sentence's correction in place (a rewrite of the whole
   sentence that also fixes it does not count; its changed words count as unneeded).

    python tests/benchmarks/bench_grammar.py [--words 50000] [--skip-model]

Goals: the worst gap while typing stays under 50 ms; the checker fixes more errors than the model
and changes fewer words that needed no change.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("INKSTONE_HOME", tempfile.mkdtemp(prefix="inkstone-bench-"))
os.environ.setdefault("INKSTONE_THREADS", "2")

from tests.fixtures import prose  # noqa: E402


def load_average() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- 1. lint speed -----------------------------------------------------------------------------------


def lint_speed(words: int) -> dict:
    import harper

    from core.grammar import Checker

    text = prose.with_mistakes(prose.document(words), every=4)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    count = len(text.split())
    linter = harper.Linter()
    linter.lint("Warm up.", language="plaintext")
    started = time.perf_counter()
    raw = linter.lint(text, language="plaintext")
    raw_s = time.perf_counter() - started
    with Checker() as checker:
        started = time.perf_counter()
        problems = checker.check(text)
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        again = checker.check(text)
        warm_s = time.perf_counter() - started
    assert len(again) == len(problems)
    return {
        "words": count, "paragraphs": len(paragraphs), "problems": len(problems), "raw_lints": len(raw),
        "raw_s": raw_s, "cold_s": cold_s, "warm_s": warm_s,
    }


# -- 2. stall probe --------------------------------------------------------------------------------------


def _spin(app, seconds: float, until=lambda: False) -> None:
    """Run the event loop for ``seconds`` or until ``until()``, polled every 50 ms (an idle loop,
    as in the app: a busy one would compete with the checker thread for the interpreter)."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.perf_counter() + seconds
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: loop.quit() if until() or time.perf_counter() >= end else None)
    poll.start()
    if not until():
        loop.exec()
    poll.stop()


def stall_probe(words: int, rounds: int = 3) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gc
    from dataclasses import replace

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from core import grammar
    from desktop.grammar_controller import GrammarController
    from desktop.main_window import MainWindow
    from desktop.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    window = MainWindow(prefs=Preferences(), preload=False, check_recovery=False)
    window.resize(1200, 800)
    window.show()
    controller = window.grammar.controller
    _spin(app, 20, lambda: controller.loaded and controller.rules)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def reset_probe():
        gaps.clear()
        last[0] = time.perf_counter()

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()

    # How many paragraphs Harper lints (the rest come from the checker's memory).
    counted = {"lines": 0}
    original_lint = grammar.Checker._lint

    def counting_lint(self, line, markdown):
        counted["lines"] += 1
        return original_lint(self, line, markdown)

    # The longest piece of the checker's work on the UI thread, by kind.
    ui_work: dict[str, float] = {"batch": 0.0, "redraw": 0.0, "key (checking on)": 0.0, "key (checking off)": 0.0}

    def timed(name, fn):
        def wrapper(*args):
            started = time.perf_counter()
            try:
                return fn(*args)
            finally:
                ui_work[name] = max(ui_work[name], time.perf_counter() - started)
        return wrapper

    originals = (GrammarController._on_event, GrammarController._redraw_slice)
    grammar.Checker._lint = counting_lint
    GrammarController._on_event = timed("batch", GrammarController._on_event)
    GrammarController._redraw_slice = timed("redraw", GrammarController._redraw_slice)
    collections: list[int] = []
    gc_started = [0.0]

    def on_gc(phase, info):
        if phase == "start":
            gc_started[0] = time.perf_counter()
        elif time.perf_counter() - gc_started[0] > 0.02:
            collections.append(round((time.perf_counter() - gc_started[0]) * 1000))

    gc.callbacks.append(on_gc)

    def set_enabled(enabled: bool) -> None:
        if controller.settings.enabled != enabled:
            controller.set_settings(replace(controller.settings, enabled=enabled))

    def open_document(enabled: bool, seed: int, wait: bool = True):
        """A new tab holding ``words`` words; (tab, seconds until checked, worst gap ms, lines linted)."""
        set_enabled(enabled)
        _spin(app, 300, lambda: not controller.busy)
        tab = window.new_document()
        _spin(app, 0.5)
        before = counted["lines"]
        reset_probe()
        started = time.perf_counter()
        tab.set_text(prose.with_mistakes(prose.document(words, seed=seed), every=4), modified=False)
        if not wait:
            return tab, 0.0, 0.0, 0
        _spin(app, 1.0)
        _spin(app, 300, lambda: not controller.busy)
        return tab, time.perf_counter() - started, max(gaps) * 1000, counted["lines"] - before

    def type_into(tab, enabled: bool) -> dict:
        """Type 200 characters into the middle of ``tab``, one key every 50 ms."""
        set_enabled(enabled)
        window.tabs.setCurrentWidget(tab)
        cursor = QTextCursor(tab.document.findBlockByNumber(tab.document.blockCount() // 2))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        tab.editor.setTextCursor(cursor)
        tab.editor.centerCursor()
        typed = (" Then the comittee anounced a plan to reopen the old bakery befor the winter." * 3)[:200]
        before = counted["lines"]
        index = [0]
        key_name = "key (checking on)" if enabled else "key (checking off)"

        def key():
            if index[0] < len(typed):
                started = time.perf_counter()
                QTest.keyClick(tab.editor, typed[index[0]])
                ui_work[key_name] = max(ui_work[key_name], time.perf_counter() - started)
                index[0] += 1

        keys = QTimer()
        keys.setInterval(50)
        keys.timeout.connect(key)
        reset_probe()
        keys.start()
        _spin(app, 60, lambda: index[0] >= len(typed))
        keys.stop()
        _spin(app, 2.0)  # the last check lands and is drawn
        ordered = sorted(gaps)
        problems = controller.lookup((tab.editor.textCursor().block().text(), False)) or ()
        return {
            "worst_ms": ordered[-1] * 1000,
            "p99_ms": ordered[int(len(ordered) * 0.99)] * 1000,
            "over_50": sum(1 for g in gaps if g > 0.05),
            "lines": counted["lines"] - before,
            "flagged": sum(1 for p in problems if p.text in ("comittee", "anounced", "befor")) if enabled else "-",
        }

    def close(tab) -> None:
        window.close_tab(tab)
        _spin(app, 0.5)

    window.ask_save = lambda _tab: "discard"
    results: dict = {"typing_checked": [], "typing_off": [], "typing_while_checking": []}
    try:
        # A new text each time (seed): a document must not find another's results in memory.
        # Closing a tab drops what it still waited for, so only one document is checked at a time.
        checked, results["open_check_s"], results["open_worst_ms"], results["open_lines"] = open_document(True, seed=1)
        results["open_problems"] = len(controller.problems_in(checked.document)[0])
        plain, _s, results["open_off_worst_ms"], _n = open_document(False, seed=2)
        for round_ in range(rounds):  # interleaved, so a change in the machine's load hits all three
            results["typing_checked"].append(type_into(checked, True))
            results["typing_off"].append(type_into(plain, False))
            busy, _s, _w, _n = open_document(True, seed=10 + round_, wait=False)
            results["typing_while_checking"].append(type_into(busy, True))
            close(busy)
        results["ui_work_ms"] = {k: v * 1000 for k, v in ui_work.items()}
        results["collections_over_20ms"] = collections
    finally:
        gc.callbacks.remove(on_gc)
        GrammarController._on_event, GrammarController._redraw_slice = originals
        grammar.Checker._lint = original_lint
        probe.stop()
        window.shutdown()
        window.deleteLater()
        _spin(app, 0.2)
    return results


# -- 3. fixes against the model ----------------------------------------------------------------------------


def _ops(before: str, after: str) -> set[tuple[int, int, tuple[str, ...]]]:
    a, b = before.split(), after.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return {(i1, i2, tuple(b[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"}


def score(original: str, reference: str, output: str) -> tuple[int, int, int]:
    """(errors, errors fixed, words changed that needed no change) of ``output``."""
    needed = _ops(original, reference)
    made = _ops(original, output.strip())
    fixed = len(needed & made)
    extra = sum(max(i2 - i1, len(new)) for i1, i2, new in made - needed)
    return len(needed), fixed, extra


def compare_fixes(skip_model: bool, show: bool = False) -> dict:
    from core.grammar import Checker, fast_fix

    cases = [(bad, good) for bad, good in prose.SENTENCES] + [(s, s) for s in prose.CLEAN_SENTENCES]
    rows = {"checker": [0, 0, 0, 0.0], "model": [0, 0, 0, 0.0]}
    with Checker() as checker:
        for bad, good in cases:
            started = time.perf_counter()
            out = fast_fix(checker, bad).text
            rows["checker"][3] += time.perf_counter() - started
            for i, v in enumerate(score(bad, good, out)):
                rows["checker"][i] += v
            if show and out != good:
                print(f"   checker: {bad!r} -> {out!r}")
    if not skip_model:
        from core.backends.pool import BackendPool
        from core.engine import ActionRequest, run_action

        pool = BackendPool()
        try:
            for bad, good in cases:
                request = ActionRequest(action="rewrite", text=bad, options={"style": "fix-grammar"}, temperature=0.0, seed=0)
                started = time.perf_counter()
                run = run_action(request, pool=pool)
                for _event in run:
                    pass
                rows["model"][3] += time.perf_counter() - started
                for i, v in enumerate(score(bad, good, run.result.output)):
                    rows["model"][i] += v
                if show and run.result.output.strip() != good:
                    print(f"   model: {bad!r} -> {run.result.output.strip()!r}")
        finally:
            pool.close()
    rows["cases"] = len(cases)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--skip-model", action="store_true", help="leave out the model's Fix grammar (part 3)")
    parser.add_argument("--parts", default="1,2,3", help="which parts to run, e.g. 2 or 1,3")
    parser.add_argument("--rounds", type=int, default=3, help="typing rounds in part 2")
    parser.add_argument("--show", action="store_true", help="part 3: print each answer that is not exactly right")
    args = parser.parse_args()
    parts = {int(p) for p in args.parts.split(",")}
    print(f"load average before: {load_average()} (the machine may be shared: compare ratios, not absolutes)")

    if 1 in parts:
        print_speed(lint_speed(args.words))
    if 2 in parts:
        print_probe(stall_probe(args.words, args.rounds), args.words)
    if 3 in parts:
        print_fixes(compare_fixes(args.skip_model, args.show), args.skip_model)
    print(f"\nload average after: {load_average()}")
    return 0


def print_speed(speed: dict) -> None:
    print(f"\n1. lint speed, {speed['words']} words in {speed['paragraphs']} paragraphs, {speed['problems']} problems")
    print(f"   Harper, whole text in one call (baseline): {speed['raw_s']:.2f} s = {speed['words'] / speed['raw_s']:,.0f} words/s")
    print(f"   Inkstone checker, paragraph by paragraph: {speed['cold_s']:.2f} s = {speed['words'] / speed['cold_s']:,.0f} words/s, "
          f"{speed['paragraphs'] / speed['cold_s']:,.0f} paragraphs/s, {speed['problems'] / speed['cold_s']:,.0f} problems/s "
          f"({speed['raw_s'] / speed['cold_s']:.2f}x the baseline)")
    print(f"   again, unchanged (per-paragraph memory): {speed['warm_s'] * 1000:.1f} ms")


def print_probe(probe: dict, words: int) -> None:
    print(f"\n2. stall probe, main window, documents of {words} words (worst event-loop gap, 5 ms timer)")
    print(f"   opening: worst gap {probe['open_worst_ms']:.1f} ms (checking off, baseline: {probe['open_off_worst_ms']:.1f} ms); "
          f"checked in {probe['open_check_s']:.1f} s ({probe['open_lines']} paragraphs linted, {probe['open_problems']} problems)")
    for name, label in (("typing_checked", "typing in a checked document"),
                        ("typing_while_checking", "typing while a just-opened document is checked"),
                        ("typing_off", "typing, checking off (baseline)")):
        rows = probe[name]
        worst = " / ".join(f"{row['worst_ms']:.1f}" for row in rows)
        p99 = " / ".join(f"{row['p99_ms']:.1f}" for row in rows)
        over = sum(row["over_50"] for row in rows)
        lines = " / ".join(str(row["lines"]) for row in rows)
        flagged = " / ".join(str(row["flagged"]) for row in rows)
        print(f"   {label}: worst gap {worst} ms (p99 {p99}); {over} gaps over 50 ms; paragraphs linted meanwhile "
              f"{lines}; typed misspellings underlined after the pause {flagged}")
    work = ", ".join(f"{name} {ms:.1f} ms" for name, ms in probe["ui_work_ms"].items())
    print(f"   longest single piece of UI-thread work: {work}")
    print(f"   garbage collections over 20 ms: {probe['collections_over_20ms'] or 'none'}")
    import statistics

    on = [row["worst_ms"] for row in probe["typing_checked"] + probe["typing_while_checking"]]
    off = [row["worst_ms"] for row in probe["typing_off"]]
    print(f"   goal: worst gap under 50 ms while typing -> {'met' if max(on) < 50 else 'MISSED'} in "
          f"{sum(1 for w in on if w < 50)} of {len(on)} runs (median {statistics.median(on):.1f} ms; "
          f"checking off: median {statistics.median(off):.1f} ms, worst {max(off):.1f} ms)")


def print_fixes(fixes: dict, skip_model: bool) -> None:
    errors = fixes["checker"][0]
    print(f"\n3. fixes on {fixes['cases']} sentences ({len(prose.SENTENCES)} with {errors} known errors, "
          f"{len(prose.CLEAN_SENTENCES)} correct)")
    for name in ("checker", "model"):
        total, fixed, extra, seconds = fixes[name]
        if name == "model" and skip_model:
            continue
        label = "Fix spelling & grammar (fast)" if name == "checker" else "Rewrite > Fix grammar (bundled model, greedy)"
        print(f"   {label}: {fixed}/{total} errors fixed, {extra} words changed that needed no change, "
              f"{seconds / fixes['cases'] * 1000:.0f} ms per sentence")


if __name__ == "__main__":
    sys.exit(main())
