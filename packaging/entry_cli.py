"""PyInstaller entry point of ``inkstone-cli`` (same as the ``inkstone-cli`` console script)."""

import sys

from core.cli import main

if __name__ == "__main__":
    sys.exit(main())
