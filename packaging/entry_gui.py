"""PyInstaller entry point of the ``inkstone`` desktop app (same as the ``inkstone`` gui-script).

The app's model probe (core/models/probe.py) runs this executable again with the probe flag:
that child loads one model file and exits, without Qt."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--inkstone-probe-model":
        from core.models.probe import child_main

        sys.exit(child_main(sys.argv[2:]))
    if len(sys.argv) >= 3 and sys.argv[1] == "--inkstone-child":
        # A helper process Inkstone started (core.models.download.child_command): a bundle has
        # no "python -m", so the bundle's own executable runs the module.
        import runpy

        module, sys.argv = sys.argv[2], [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from desktop.app import main

    sys.exit(main())
