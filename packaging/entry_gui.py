"""PyInstaller entry point of the ``inkstone`` desktop app (same as the ``inkstone`` gui-script).

The app's model probe (core/models/probe.py) runs this executable again with the probe flag:
that child loads one model file and exits, without Qt."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--inkstone-probe-model":
        from core.models.probe import child_main

        sys.exit(child_main(sys.argv[2:]))
    from desktop.app import main

    sys.exit(main())
