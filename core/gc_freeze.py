"""Keep Python's cyclic garbage collector from freezing the app for half a second.

A full (generation 2) collection walks every tracked object while holding the GIL, so every
thread waits for it, the window's included. Measured on the development machine: with PySide6
and the app loaded a full collection takes 17 ms; with llama-cpp-python 65 ms; with torch,
transformers and peft imported (~390,000 objects) 460 ms. Importing torch and transformers
triggers dozens of them (100-530 ms each, seen from the desktop while a fine-tune started), and
afterwards one runs whenever enough new objects have survived, e.g. in the middle of a fine-tune.

Almost all of those objects live as long as the process: modules, classes, functions, a loaded
model. So libraries and models load inside :func:`loading_phase`: the collector is off while they
load, and everything alive at the end moves to the collector's permanent generation, which
collections skip. Frozen objects are still freed by reference counting (a closed model releases
its memory: the tests check it); only reference cycles among them are never collected, and
that includes cyclic garbage made while a phase ran (collecting it first would cost the very
pause this avoids). Each load leaves a little of it; measured, a closed model is still freed.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # loading phases in progress, on any thread
_reenable = False  # whether the collector was on when the first of them began


_unfreeze_at_exit = False


def _freeze() -> None:
    global _unfreeze_at_exit
    if not _unfreeze_at_exit:
        # At exit the objects go back to the collector, so its last collections finalize them
        # (llama.cpp's model, say) while their modules still exist, as without freezing.
        atexit.register(gc.unfreeze)
        _unfreeze_at_exit = True
    gc.freeze()


def freeze_long_lived() -> int:
    """Exempt every object alive now from future collections; return how many are exempt."""
    _freeze()
    return gc.get_freeze_count()


@contextmanager
def loading_phase() -> Iterator[None]:
    """Run a block that imports libraries or loads a model with the collector off; freeze what is
    alive at its end. Nested and concurrent phases (two threads) are fine: the collector comes
    back on when the last one ends, if it was on before the first."""
    global _depth, _reenable
    with _lock:
        if _depth == 0:
            _reenable = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            _freeze()
            if _depth == 0 and _reenable:
                gc.enable()
