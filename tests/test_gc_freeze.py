"""Freezing long-lived objects: collections get short, and a closed model is still freed."""

from __future__ import annotations

import gc
import weakref


def test_freezing_exempts_objects_and_reference_counting_still_frees_them():
    from core.gc_freeze import freeze_long_lived

    class Node:
        pass

    nodes = [Node() for _ in range(1000)]
    probe = weakref.ref(nodes[0])
    try:
        exempt = freeze_long_lived()
        assert exempt >= 1000
        # Frozen objects are no longer tracked by any generation.
        assert not any(obj is nodes[0] for obj in gc.get_objects())
        del nodes
        assert probe() is None  # freed by reference counting, frozen or not
    finally:
        gc.unfreeze()


def test_loading_a_model_freezes_what_it_loaded_and_closing_it_still_frees_the_model():
    """After a load, a full collection has little left to walk; closing the backend still
    releases the model."""
    from core.backends.pool import BackendPool
    from core.models import resolve_model

    pool = BackendPool()
    gc.unfreeze()
    tracked_before = len(gc.get_objects())
    try:
        with pool.use("llama.cpp", resolve_model(None)) as backend:
            llm = weakref.ref(backend._llm)
        assert gc.get_freeze_count() >= tracked_before
        assert len(gc.get_objects()) < tracked_before / 4
        pool.close()
        assert llm() is None
    finally:
        pool.close()


def test_loading_phases_nest_across_threads_and_restore_the_collector():
    import threading

    from core.gc_freeze import loading_phase

    assert gc.isenabled()
    inside = threading.Event()
    release = threading.Event()
    seen = []

    def other():
        with loading_phase():
            inside.set()
            release.wait(10)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=other)
    try:
        with loading_phase():
            thread.start()
            assert inside.wait(10)
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other thread is still loading
        release.set()
        thread.join(10)
        assert seen == [False] and gc.isenabled()
    finally:
        release.set()
        thread.join(10)
        gc.enable()
        gc.unfreeze()
