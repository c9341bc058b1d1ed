"""``inkstone-cli``: the headless interface to Inkstone's engine.

Each command group lives in its own module with a ``register(subparsers)`` function. Errors the
user can act on print one line and exit 2; Ctrl-C cancels and exits 130.
"""

from __future__ import annotations

import argparse
import sys

from core import __version__
from core.errors import InkstoneError

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _command_modules():
    from core.cli import actions_cmd, models_cmd, run_cmd

    modules = [run_cmd, actions_cmd, models_cmd]
    for optional in ("history_cmd", "dataset_cmd", "train_cmd", "adapters_cmd"):
        try:
            modules.append(__import__(f"core.cli.{optional}", fromlist=["register"]))
        except ModuleNotFoundError as exc:
            if exc.name != f"core.cli.{optional}":
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inkstone-cli",
        description="Summarize, translate, rewrite or continue text on a local model.",
    )
    parser.add_argument("--version", action="version", version=f"inkstone {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for module in _command_modules():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    from core.offline import enforce_offline

    enforce_offline()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args) or 0
    except InkstoneError as exc:
        print(f"inkstone-cli: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\ninkstone-cli: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
