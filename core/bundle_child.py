"""What Inkstone's executables do when Inkstone starts them again as a helper process.

A PyInstaller bundle has no Python interpreter: where Inkstone would run ``python -m MODULE`` (a
download, core.models.download) or probe a model file in a separate process
(core.models.probe), a bundle runs its own executable with a flag instead. Both entry points
(packaging/entry_cli.py, entry_gui.py) hand their arguments here before importing anything else.
"""

from __future__ import annotations

#: ``EXECUTABLE --inkstone-probe-model FILE...``: load each model file once, report, exit.
PROBE_FLAG = "--inkstone-probe-model"
#: ``EXECUTABLE --inkstone-child MODULE ARGS...``: run MODULE as ``python -m MODULE ARGS`` would.
CHILD_FLAG = "--inkstone-child"


def run_child(argv: list[str]) -> int | None:
    """Run the helper ``argv`` asks for and return its exit status; None when it asks for none
    (the executable then starts as usual)."""
    if len(argv) > 1 and argv[1] == PROBE_FLAG:
        from core.models.probe import child_main

        return child_main(argv[2:])
    if len(argv) >= 3 and argv[1] == CHILD_FLAG:
        import runpy
        import sys

        sys.argv = [argv[0], *argv[3:]]
        runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        return 0
    return None
