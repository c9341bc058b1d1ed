"""Few-shot from history: what showing a writer's earlier kept results adds, and what it costs.

    python tests/benchmarks/bench_few_shot.py [--profile smollm2|default] [--rounds N]

The data is made here: for each action, a writer with one consistent habit (summaries that open
with "In short:", formal rewrites that open with "Please note that" and end with "Thank you.",
French translations that say "vous", continuations that start with "Meanwhile,"). Six of their
kept results go into a fresh history; four more, held out, are the test. For each held-out case the
prompt is built by the app's own code (core.engine.ActionRun, core.prompts) with no examples and
with the two that few-shot picks (core.few_shot), and llama.cpp scores the writer's kept answer
given that prompt: the mean negative log-likelihood per answer token (lower: the model expects
the writer's answer more). Zero-shot against few-shot, per action.

Cost: each held-out case runs as a real action on llama.cpp (greedy, 24 tokens), with few-shot 0
and 2 alternately, ``--rounds`` times; reported are the median time of an action, the prompt
tokens it read, and the time of finding the examples in history. The bundled model's profile runs
Continue as plain text, where examples have no turns to go in: Continue is measured under the
``default`` profile only.

Not a pass/fail test: it prints figures and ratios to the zero-shot baseline of the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

# (action, options, [(text, the writer's kept answer), ...]): six for history, then four held out.
WRITER = [
    ("summarize", {"length": "short"}, [
        ("The library will close for two weeks in August while the roof is repaired. Books can be returned to the "
         "box by the front door, and the mobile library will visit the market square on Saturdays.",
         "In short: the library closes for two weeks in August for roof repairs, with a return box and a mobile library meanwhile."),
        ("Our team missed the March deadline because the supplier delivered the parts late. We have agreed a new date "
         "of 14 April and will check on the supplier every week.",
         "In short: the late parts pushed the deadline to 14 April, and the supplier will be checked weekly."),
        ("The school play sold out on both nights. Parents raised 900 pounds for the music room, and the head teacher "
         "thanked the volunteers who built the set.",
         "In short: the sold-out school play raised 900 pounds for the music room."),
        ("Heavy rain flooded the lower car park on Tuesday. Staff should park at the leisure centre until the pumps "
         "have cleared the water, which should take two days.",
         "In short: park at the leisure centre for two days while the flooded lower car park is pumped dry."),
        ("The new bus timetable starts on Monday. Route 7 will run every twenty minutes instead of every half hour, "
         "and the last bus leaves the station at midnight.",
         "In short: from Monday route 7 runs every twenty minutes, with a last bus at midnight."),
        ("The bakery on Mill Lane is changing hands after thirty years. The new owners will keep the old recipes and "
         "add a small café with six tables.",
         "In short: the Mill Lane bakery has new owners who keep the recipes and add a small café."),
        ("The swimming pool will open an hour earlier from June, at six in the morning, because so many members asked "
         "for early lanes before work.",
         "In short: from June the pool opens at six, an hour earlier, for swimmers before work."),
        ("The council will plant two hundred trees along the river path this winter. Volunteers can join the planting "
         "days in November and bring their own gloves.",
         "In short: two hundred trees go in along the river path this winter, with volunteer planting days in November."),
        ("The office printer on the second floor is broken again. Until the engineer comes on Thursday, please print "
         "on the first floor.",
         "In short: print on the first floor until the second-floor printer is fixed on Thursday."),
        ("The book club will read a mystery novel next month. We meet on the last Wednesday at the café, and new "
         "members are welcome.",
         "In short: next month the book club reads a mystery, meeting on the last Wednesday at the café."),
    ]),
    ("rewrite", {"style": "formal"}, [
        ("hey, the meeting got moved to friday, don't be late",
         "Please note that the meeting has been moved to Friday; kindly arrive on time. Thank you."),
        ("we're out of coffee again, someone buy some",
         "Please note that the office has run out of coffee; could someone purchase more? Thank you."),
        ("the wifi's down, IT knows, chill",
         "Please note that the wireless network is unavailable and IT is aware of the issue. Thank you."),
        ("parking's full today cos of the builders",
         "Please note that the car park is full today because of the building work. Thank you."),
        ("can u send me the figures by tmrw",
         "Please note that I would need the figures by tomorrow. Thank you."),
        ("the lift is broken so use the stairs",
         "Please note that the lift is out of order, so please use the stairs. Thank you."),
        ("heads up, the kitchen is getting cleaned at 3",
         "Please note that the kitchen will be cleaned at three o'clock. Thank you."),
        ("don't forget the fire drill tomorrow morning",
         "Please note that there is a fire drill tomorrow morning. Thank you."),
        ("the printer's jammed, somebody fix it pls",
         "Please note that the printer is jammed; could someone see to it? Thank you."),
        ("lunch is on the company friday, yay",
         "Please note that lunch on Friday will be provided by the company. Thank you."),
    ]),
    ("translate", {"lang": "French"}, [
        ("Can you send me the report today?", "Pouvez-vous m'envoyer le rapport aujourd'hui ?"),
        ("You should book the train early.", "Vous devriez réserver le train tôt."),
        ("Do you want to come to dinner on Friday?", "Voulez-vous venir dîner vendredi ?"),
        ("Please call me when you arrive.", "Appelez-moi quand vous arrivez, s'il vous plaît."),
        ("You have left your keys on the table.", "Vous avez laissé vos clés sur la table."),
        ("Could you close the window?", "Pourriez-vous fermer la fenêtre ?"),
        ("You can pay at the counter.", "Vous pouvez payer au comptoir."),
        ("Did you see the message I sent?", "Avez-vous vu le message que je vous ai envoyé ?"),
        ("You need to sign the form.", "Vous devez signer le formulaire."),
        ("Will you bring the cake tomorrow?", "Apporterez-vous le gâteau demain ?"),
    ]),
    ("continue", {}, [
        ("The storm reached the harbour just after midnight.", "Meanwhile, the fishermen were already tying their boats twice over."),
        ("Anna opened the letter with shaking hands.", "Meanwhile, her brother waited in the hall, pretending to read the paper."),
        ("The train left the station twenty minutes late.", "Meanwhile, the café on the platform was closing its shutters."),
        ("The old dog slept by the fire all afternoon.", "Meanwhile, the children built a snow fort in the garden."),
        ("The mayor cut the ribbon on the new bridge.", "Meanwhile, the first cyclists were already queuing to cross."),
        ("The lights in the theatre went down.", "Meanwhile, backstage, the lead actor was still looking for his hat."),
        ("The baker pulled the last loaf from the oven.", "Meanwhile, the first customers were gathering at the door."),
        ("The snow kept falling over the village.", "Meanwhile, the school bus was stuck at the bottom of the hill."),
        ("The captain looked at the darkening sky.", "Meanwhile, the crew below deck were playing cards by lamplight."),
        ("The gardener planted the last row of tulips.", "Meanwhile, a blackbird watched from the top of the wall."),
    ]),
]
HISTORY, HELD_OUT = slice(0, 6), slice(6, 10)
EXAMPLES = 2


def _fill_history(catalog) -> None:
    from core.storage import history

    for action, options, pairs in WRITER:
        values = catalog.get(action).resolve_options(options, catalog)
        for text, answer in pairs[HISTORY]:
            history.record(action, text, answer, outcome="accepted", options=values)


def losses(profile: str, catalog) -> dict[str, tuple[float, float]]:
    """Per action: mean NLL per answer token of the held-out kept answers, zero-shot and few-shot."""
    from llama_cpp import Llama

    from core.backends.base import default_threads
    from core.backends.llamacpp import safe_model_params
    from core.engine import ActionRequest, ActionRun
    from core.models import bundled_model_path
    from tests.llama_scoring import answer_nll

    threads = default_threads()
    with safe_model_params():
        llm = Llama(model_path=str(bundled_model_path()), n_ctx=2048, logits_all=True, n_threads=threads,
                    n_threads_batch=threads, verbose=False)  # fmt: skip
    template = llm.metadata.get("tokenizer.chat_template")
    found: dict[str, tuple[float, float]] = {}
    try:
        for action, options, pairs in WRITER:
            totals = {0: [0.0, 0], EXAMPLES: [0.0, 0]}
            for text, answer in pairs[HELD_OUT]:
                for shots in totals:
                    run = ActionRun(ActionRequest(action, text, options, few_shot=shots, profile=profile), catalog=catalog)
                    if run.prompt.mode == "completion":
                        break  # plain text has no turns for examples
                    run.examples = run.candidates  # short texts: every candidate fits the budget
                    assert len(run.examples) == shots, (action, text, len(run.examples))
                    conversation = [*run._messages(text), {"role": "assistant", "content": answer}]
                    nll, count = answer_nll(llm, template, conversation)
                    totals[shots][0] += nll
                    totals[shots][1] += count
            if totals[0][1]:
                found[action] = (totals[0][0] / totals[0][1], totals[EXAMPLES][0] / totals[EXAMPLES][1])
    finally:
        llm.close()
    return found


def costs(profile: str, catalog, rounds: int) -> dict[str, dict]:
    """Per action: median action time and prompt tokens with 0 and 2 examples; example lookup time."""
    from core.backends.pool import BackendPool
    from core.engine import ActionRequest, ActionRun
    from core.few_shot import find_examples

    pool = BackendPool()
    found = {}
    try:
        for action, options, pairs in WRITER:
            times = {0: [], EXAMPLES: []}
            prompt_tokens = {0: [], EXAMPLES: []}
            lookups = []
            for round_index in range(rounds):
                order = (0, EXAMPLES) if round_index % 2 == 0 else (EXAMPLES, 0)
                for text, _answer in pairs[HELD_OUT]:
                    for shots in order:
                        request = ActionRequest(action, text, options, few_shot=shots, profile=profile, temperature=0,
                                                max_tokens=24, backend="llama.cpp")  # fmt: skip
                        started = time.perf_counter()
                        run = ActionRun(request, pool=pool, catalog=catalog)
                        result = run.run()
                        times[shots].append(time.perf_counter() - started)
                        prompt_tokens[shots].append(result.prompt_tokens)
                    started = time.perf_counter()
                    find_examples(action, run.values, text, EXAMPLES)
                    lookups.append(time.perf_counter() - started)
            found[action] = {
                "time": {k: statistics.median(v) for k, v in times.items()},
                "prompt_tokens": {k: statistics.median(v) for k, v in prompt_tokens.items()},
                "lookup_ms": statistics.median(lookups) * 1000,
            }
    finally:
        pool.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", action="append", choices=("smollm2", "default"), help="prompt profile (repeatable; default: both)")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each case and setting (default 3)")
    args = parser.parse_args()
    os.environ.setdefault("INKSTONE_HOME", tempfile.mkdtemp(prefix="inkstone-few-shot-"))

    from core.actions import NO_USER_FILE, load_catalog

    catalog = load_catalog(NO_USER_FILE)
    _fill_history(catalog)
    print(f"bundled model on llama.cpp; {HELD_OUT.stop - HELD_OUT.start} held-out cases per action, "
          f"{HISTORY.stop} kept results in history, {EXAMPLES} examples shown")
    for profile in args.profile or ["smollm2", "default"]:
        scored = losses(profile, catalog)
        timed = costs(profile, catalog, args.rounds)
        print(f"\nprofile {profile}")
        print(f"{'action':<10} {'loss 0-shot':>11} {'loss 2-shot':>11} {'change':>7}   {'s 0-shot':>8} {'s 2-shot':>8} "
              f"{'ratio':>6}   {'prompt tok':>10}   {'lookup ms':>9}")  # fmt: skip
        for action, _options, _pairs in WRITER:
            cost = timed[action]
            t0, t2 = cost["time"][0], cost["time"][EXAMPLES]
            tokens = f"{cost['prompt_tokens'][0]:.0f} -> {cost['prompt_tokens'][EXAMPLES]:.0f}"
            if action in scored:
                zero, few = scored[action]
                loss = f"{zero:>11.3f} {few:>11.3f} {100 * (few - zero) / zero:>+6.0f}%"
            else:
                loss = f"{'(plain-text continuation: no examples)':>31}"
            print(f"{action:<10} {loss}   {t0:>8.2f} {t2:>8.2f} {t2 / t0:>5.2f}x   {tokens:>10}   {cost['lookup_ms']:>9.1f}")


if __name__ == "__main__":
    main()
