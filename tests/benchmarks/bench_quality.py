"""Quality of the writing actions on the quality set (issue #12), scored without a judge model.

Runs every action of ``quality_set/plan.toml`` on its inputs through ``core.engine`` (greedy:
temperature 0, so a rerun gives the same text), scores each answer with ``core.quality`` and
prints one table per model, prompt profile and half of the set (tune, report):

    python tests/benchmarks/bench_quality.py                       # bundled model, both halves
    python tests/benchmarks/bench_quality.py --split tune          # while working on prompts
    python tests/benchmarks/bench_quality.py --model NAME --model PATH.gguf --json results.json

Columns (each where it applies; "-" elsewhere):
  n          runs
  flagged    runs that got at least one quality note (core.quality.check_result)
  shorter    summaries shorter than their input; one stopped at the token limit counts as not
  ratio      median output size over input size (a CJK character 1, another word 1.5)
  cut        answers that stopped at the token limit
  greet      summaries with a greeting, sign-off or "[Your Name]"; rewrites that add one
  invented   numbers, dates and names in the answer that are not in the input, per run
             (translations: numbers and dates only; continuations: not counted)
  repeat     mean share of repeated n-grams (a model looping scores high)
  target     translations in the target language
  zh->zh     Chinese inputs answered in Chinese (issue #13); translations excluded
  kept       content words of the input the rewrite still has
  changed    fix-grammar: words changed against the input, the reference's in brackets; then
             the distance to the reference correction (0 is the reference itself)
  echo       continuations that start by repeating the input

Prompt profiles (resources/prompt_profiles.toml): "default" (the instruction, then the text, with
the app's system prompt: the prompts every model had before profiles) and "smollm2" (the bundled
model's own). Few-shot examples are off, so history does not change the figures.

The machine's load changes the run time, never the text: greedy decoding on llama.cpp gives the
same tokens for the same prompt and thread count.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
SET_DIR = Path(__file__).resolve().parent / "quality_set"

#: Prompt profiles the benchmark can run, as the ActionRequest fields that select them.
PROFILES: dict[str, dict] = {"default": {"profile": "default"}, "smollm2": {"profile": "smollm2"}}


@dataclass
class Case:
    id: str
    lang: str
    size: str
    split: str
    action: str
    options: dict
    text: str
    reference: str | None = None

    @property
    def variant(self) -> str:
        """The row a case belongs to: the action and the option that matters."""
        if self.action == "translate":
            return f"translate→{self.options['lang'].split(' (')[0].replace('Simplified ', '')}"
        if self.action == "rewrite":
            return f"rewrite:{self.options.get('style', 'formal')}"
        return self.action


@dataclass
class Outcome:
    case: Case
    model: str
    profile: str
    output: str
    finish_reason: str
    completion_tokens: int
    seconds: float
    notes: list[str] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    input_language: str = ""


def load_cases(set_dir: Path = SET_DIR) -> list[Case]:
    def read(name: str, key: str) -> list[dict]:
        with (set_dir / name).open("rb") as handle:
            return tomllib.load(handle)[key]

    passages = read("passages_en.toml", "passage") + read("passages_zh.toml", "passage")
    for p in passages:
        p.setdefault("lang", p["id"].split("-")[0])
    grammar = read("grammar.toml", "case")
    with (set_dir / "plan.toml").open("rb") as handle:
        plan = tomllib.load(handle)["run"]
    cases = []
    for run in plan:
        inputs = {
            "passages": passages,
            "passages-en": [p for p in passages if p["lang"] == "en"],
            "grammar": grammar,
        }[run["inputs"]]
        for item in inputs:
            cases.append(
                Case(item["id"], item["lang"], item["size"], item["split"], run["action"], dict(run.get("options", {})),
                     item["text"], item.get("reference"))
            )
    return cases


def run_cases(cases: list[Case], model: str | None, profile: str, progress=True) -> list[Outcome]:
    from core import langid, quality
    from core.actions import NO_USER_FILE, load_catalog
    from core.backends.pool import BackendPool
    from core.engine import ActionRequest, ActionRun

    catalog = load_catalog(NO_USER_FILE, app_actions=())  # built-ins only: the user's files play no part
    pool = BackendPool()
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    try:
        for index, case in enumerate(cases, 1):
            request = ActionRequest(action=case.action, text=case.text, options=dict(case.options), model=model,
                                    temperature=0.0, seed=0, few_shot=0, **PROFILES[profile])
            t0 = time.perf_counter()
            result = ActionRun(request, pool=pool, catalog=catalog, action_settings={}).run()
            seconds = time.perf_counter() - t0
            notes = quality.check_result(result.action, result.options, case.text, result.output, result.finish_reason)
            outcomes.append(
                Outcome(case, result.model, profile, result.output, result.finish_reason, result.completion_tokens, seconds,
                        [n.code for n in notes], quality.metrics(case.action, result.options, case.text, result.output, case.reference),
                        langid.detect(case.text).code)
            )
            if progress:
                elapsed = time.perf_counter() - started
                eta = elapsed / index * (len(cases) - index)
                print(f"  [{index}/{len(cases)}] {case.variant} {case.id}: {result.completion_tokens} tokens, "
                      f"{seconds:.1f} s, notes: {', '.join(n.code for n in notes) or '-'} (about {eta / 60:.0f} min left)",
                      file=sys.stderr, flush=True)
    finally:
        pool.close()
    return outcomes


def rescore(path: Path) -> list[Outcome]:
    """Outcomes of an earlier run (its --json file) scored again with today's core.quality: for
    changing a check or a threshold without running the models again."""
    from core import langid, quality

    data = json.loads(path.read_text(encoding="utf-8"))
    cases = {(c.id, c.variant): c for c in load_cases()}
    outcomes = []
    for run in data["runs"]:
        case = cases[(run["id"], run["variant"])]
        notes = quality.check_result(case.action, run["options"] or case.options, case.text, run["output"], run["finish_reason"])
        outcomes.append(
            Outcome(case, run["model"], run["profile"], run["output"], run["finish_reason"], run["completion_tokens"],
                    run.get("seconds", 0.0), [n.code for n in notes],
                    quality.metrics(case.action, case.options, case.text, run["output"], case.reference),
                    langid.detect(case.text).code)
        )
    return outcomes


# -- scoring -----------------------------------------------------------------------------------

COLUMNS = ["n", "flagged", "shorter", "ratio", "cut", "greet", "invented", "repeat", "target", "zh->zh", "kept", "changed", "echo"]


def _pct(values: list[bool]) -> str:
    return f"{100 * sum(values) / len(values):.0f}%" if values else "-"


def score(outcomes: list[Outcome]) -> dict[str, str]:
    """One table row for outcomes of the same action variant."""
    from core.quality import greetings

    if not outcomes:
        return {}
    case = outcomes[0].case
    m = [o.metrics for o in outcomes]
    row = {
        "n": str(len(outcomes)),
        "flagged": _pct([bool(o.notes) for o in outcomes]),
        "ratio": f"{statistics.median(x['length_ratio'] for x in m):.2f}",
        "cut": _pct([o.finish_reason == "length" for o in outcomes]),
        "repeat": f"{statistics.mean(x['repeated_ngrams'] for x in m):.2f}",
    }
    if case.action != "continue":  # a continuation invents by design
        row["invented"] = f"{statistics.mean(x['invented'] for x in m):.2f}"
    if case.action == "summarize":
        row["greet"] = _pct([x["greetings"] > 0 for x in m])
        row["shorter"] = _pct([x["length_ratio"] < 1.0 and o.finish_reason != "length" for o, x in zip(outcomes, m)])
    if case.action == "translate":
        row["target"] = _pct(["translation_wrong_language" not in o.notes and bool(o.output.strip()) for o in outcomes])
    else:
        zh = [o for o in outcomes if o.input_language == "zh"]
        if zh:
            row["zh->zh"] = _pct([o.metrics["language"] == "zh" for o in zh])
    if case.action == "rewrite":
        # A greeting the input did not have (an e-mail keeps its own).
        row["greet"] = _pct([x["greetings"] > 0 and not greetings(o.case.text) for o, x in zip(outcomes, m)])
        row["kept"] = f"{statistics.mean(x['content_kept'] for x in m):.2f}"
        if case.reference is not None:
            changed = statistics.mean(x["changed"] for x in m)
            ref = statistics.mean(x["reference_changed"] for x in m)
            dist = statistics.mean(x["distance_to_reference"] for x in m)
            row["changed"] = f"{changed:.2f} ({ref:.2f}) d={dist:.2f}"
    if case.action == "continue":
        row["echo"] = _pct(["continuation_echo" in o.notes for o in outcomes])
    return row


def table(outcomes: list[Outcome]) -> list[tuple[str, dict[str, str]]]:
    variants: dict[str, list[Outcome]] = {}
    for o in outcomes:
        variants.setdefault(o.case.variant, []).append(o)
    return [(name, score(group)) for name, group in variants.items()]


def print_table(title: str, rows: list[tuple[str, dict[str, str]]]) -> str:
    widths = {c: max(len(c), *(len(r.get(c, "-")) for _, r in rows)) for c in COLUMNS}
    first = max(len("action"), *(len(name) for name, _ in rows))
    lines = [title, "  ".join(["action".ljust(first)] + [c.rjust(widths[c]) for c in COLUMNS])]
    for name, row in rows:
        lines.append("  ".join([name.ljust(first)] + [row.get(c, "-").rjust(widths[c]) for c in COLUMNS]))
    text = "\n".join(lines)
    print(text + "\n")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", help="model name or GGUF path (repeatable; default: the bundled model)")
    parser.add_argument("--profile", action="append", choices=sorted(PROFILES), help="prompt profile (repeatable; default: all)")
    parser.add_argument("--split", choices=["tune", "report", "all"], default="all", help="which half of the set to run")
    parser.add_argument("--action", action="append", help="only these actions (summarize, translate, rewrite, continue)")
    parser.add_argument("--variant", action="append", help="only these variants, as the tables name them (rewrite:formal)")
    parser.add_argument("--limit", type=int, help="at most this many inputs per plan entry (a quick look)")
    parser.add_argument("--json", type=Path, help="write tables and every output to this JSON file")
    parser.add_argument("--rescore", type=Path, metavar="JSON", help="score the outputs of an earlier --json file again")
    args = parser.parse_args(argv)

    cases = load_cases()
    if args.split != "all":
        cases = [c for c in cases if c.split == args.split]
    if args.action:
        cases = [c for c in cases if c.action in args.action]
    if args.variant:
        cases = [c for c in cases if c.variant in args.variant]
    if args.limit:
        kept, seen = [], {}
        for c in cases:
            key = (c.action, json.dumps(c.options, sort_keys=True))
            seen[key] = seen.get(key, 0) + 1
            if seen[key] <= args.limit:
                kept.append(c)
        cases = kept
    models = args.model or [None]
    profiles = args.profile or sorted(PROFILES)
    report: dict = {"threads": os.environ.get("INKSTONE_THREADS", "default"), "tables": [], "runs": []}
    if not args.rescore:
        print(f"{len(cases)} runs per model and profile; greedy decoding\n", file=sys.stderr)
    if args.rescore:
        report["threads"] = json.loads(args.rescore.read_text(encoding="utf-8")).get("threads", "unknown")
        earlier = rescore(args.rescore)
        groups: dict[tuple[str, str], list[Outcome]] = {}
        for o in earlier:
            groups.setdefault((o.model, o.profile), []).append(o)
        runs = [(model, profile, lambda g=group: g) for (model, profile), group in groups.items()]
    else:
        runs = [(model, profile, lambda m=model, p=profile: run_cases(cases, m, p)) for model in models for profile in profiles]
    for model, profile, produce in runs:
        outcomes = [o for o in produce() if o.case in cases]
        name = outcomes[0].model if outcomes else str(model)
        for split in ["tune", "report"] if args.split == "all" else [args.split]:
            part = [o for o in outcomes if o.case.split == split]
            rows = table(part)
            print_table(f"model {name}, profile {profile}, {split} half ({len(part)} runs)", rows)
            report["tables"].append({"model": name, "profile": profile, "split": split, "rows": [{"action": a, **r} for a, r in rows]})
        print(f"model {name}, profile {profile}: {sum(o.seconds for o in outcomes) / 60:.1f} min of generation\n")
        report["runs"] += [
            {"model": name, "profile": profile, "id": o.case.id, "split": o.case.split, "variant": o.case.variant,
             "action": o.case.action, "options": o.case.options, "finish_reason": o.finish_reason,
             "completion_tokens": o.completion_tokens, "seconds": round(o.seconds, 2), "notes": o.notes,
             "metrics": o.metrics, "output": o.output}
            for o in outcomes
        ]
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
