"""PyInstaller entry point of the ``inkstone`` desktop app (same as the ``inkstone`` gui-script).

A bundle has no Python interpreter: Inkstone runs this executable again as a helper process (a
model probe, a download), and core/bundle_child.py handles that before anything else is imported."""

import sys

if __name__ == "__main__":
    from core.bundle_child import run_child

    status = run_child(sys.argv)  # Inkstone running this executable as a helper process
    if status is not None:
        sys.exit(status)
    from desktop.app import main

    sys.exit(main())
