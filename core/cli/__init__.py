"""``inkstone-cli``: the headless interface to Inkstone's engine.

Each command group lives in its own module with a ``register(subparsers)`` function. Errors the
user can act on print one line and exit 2; Ctrl-C cancels and exits 130.
"""

from __future__ import annotations

import argparse
import os
import sys

from core import __version__
from core.errors import InkstoneError, one_line
from core.llama_log import VERBOSE_ENV

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _command_modules():
    from core.cli import (
        actions_cmd, adapters_cmd, check_cmd, dataset_cmd, endpoints_cmd, history_cmd, models_cmd, run_cmd, train_cmd,
    )

    return [run_cmd, actions_cmd, models_cmd, history_cmd, dataset_cmd, train_cmd, adapters_cmd, check_cmd, endpoints_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inkstone-cli",
        description="Summarize, translate, rewrite or continue text on a local model.",
    )
    parser.add_argument("--version", action="version", version=f"inkstone {__version__}")
    parser.add_argument("--verbose", action="store_true", help="also show llama.cpp's own log lines (on standard error)")
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
    if args.verbose:
        os.environ[VERBOSE_ENV] = "1"  # read by core.llama_log, here and in model probe children
    try:
        return args.handler(args) or 0
    except InkstoneError as exc:
        print(f"inkstone-cli: error: {one_line(exc)}", file=sys.stderr)  # one line, whatever a damaged file held
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\ninkstone-cli: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
