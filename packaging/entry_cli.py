"""PyInstaller entry point of ``inkstone-cli`` (same as the ``inkstone-cli`` console script).

A bundle has no Python interpreter to start a model probe with (core/models/probe.py): it runs
this executable again with the probe flag, handled before anything else is imported."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--inkstone-probe-model":
        from core.models.probe import child_main

        sys.exit(child_main(sys.argv[2:]))
    from core.cli import main

    sys.exit(main())
