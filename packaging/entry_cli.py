"""PyInstaller entry point of ``inkstone-cli`` (same as the ``inkstone-cli`` console script).

A bundle has no Python interpreter: Inkstone runs this executable again as a helper process (a
model probe, a download), and core/bundle_child.py handles that before anything else is imported."""

import sys

if __name__ == "__main__":
    from core.bundle_child import run_child

    status = run_child(sys.argv)  # Inkstone running this executable as a helper process
    if status is not None:
        sys.exit(status)
    from core.cli import main

    sys.exit(main())
