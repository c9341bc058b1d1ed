"""A few real training steps on a tiny built-in dataset, for machine checks (``tests/gpu_check.py``).

It runs the app's own trainer end to end — dataset in the database, run record, loop, checkpoint,
PEFT and GGUF export, adapter registered — so a GPU machine checks the path users take, not a
stand-in. Call it with ``INKSTONE_HOME`` pointing at a scratch folder.
"""

from __future__ import annotations

import random
import time

_OPENINGS = ["Morning", "Noon", "Evening", "Late night"]
_SCENES = ["the harbour lay flat and grey", "rain ticked on the skylight", "the bakery queue reached the corner", "a fox crossed the allotments"]
_ACTS = ["I wrote two pages and struck out one", "I mended the bicycle chain", "I read the same paragraph three times", "I answered every letter but one"]
_CLOSES = ["Enough for today.", "Tomorrow, the rest.", "Lights out.", "That will do."]


def _examples(count: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    items = []
    for i in range(count):
        entry = f"{rng.choice(_OPENINGS)} {i}. {rng.choice(_SCENES).capitalize()}; {rng.choice(_ACTS)}. {rng.choice(_CLOSES)}"
        items.append(
            {
                "messages": [
                    {"role": "user", "content": "Continue my diary in the same voice."},
                    {"role": "assistant", "content": entry},
                ],
                "source_kind": "smoke",
            }
        )
    return items


def gpu_check_steps(steps: int = 20, device: str = "cuda") -> str:
    """Train ``steps`` steps on ``device`` with the app's trainer; return a one-line summary."""
    from core.storage.datasets import find_dataset, save_examples
    from core.training.config import TrainConfig
    from core.training.runner import train

    name = "inkstone-smoke"
    if find_dataset(name) is None:
        save_examples(name, _examples(48), source="smoke", eval_fraction=0.25)
    config = TrainConfig(max_steps=steps, micro_batch_size=4, eval_interval=max(1, steps), checkpoint_interval=max(1, steps // 2), device=device)
    started = time.perf_counter()
    first_loss = last_loss = None
    result = None
    for record in train(name, config, adapter_name=f"smoke-{int(time.time())}"):
        if record.event == "step":
            first_loss = record.train_loss if first_loss is None else first_loss
            last_loss = record.train_loss
        if record.done:
            result = record.result
    elapsed = time.perf_counter() - started
    if result is None or result.adapter_id is None:
        raise RuntimeError("the trainer finished without an adapter")
    return (
        f"loss {first_loss:.2f} -> {last_loss:.2f}, eval {result.eval_loss_before:.2f} -> {result.eval_loss_after:.2f}, "
        f"{result.train_tokens_per_s:.0f} training tokens/s on {result.device} ({config.precision} precision), "
        f"GGUF {'written' if result.gguf_path else 'not written'}, {elapsed:.1f} s"
    )
