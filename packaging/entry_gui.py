"""PyInstaller entry point of the ``inkstone`` desktop app (same as the ``inkstone`` gui-script)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
