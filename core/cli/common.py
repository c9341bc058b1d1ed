"""Helpers shared by the CLI commands."""

from __future__ import annotations

import json
import sys


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: list[dict], columns: list[str]) -> None:
    """Print ``rows`` as aligned text columns with a header."""
    widths = {c: max([len(c), *(len(str(r.get(c, ""))) for r in rows)]) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip())
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns).rstrip())


def print_catalog_warnings(catalog) -> None:
    """The action catalog's warnings (an app action left out, an unreadable database) on stderr."""
    for warning in catalog.warnings:
        print(f"inkstone-cli: warning: {warning}", file=sys.stderr)


def add_decoding_arguments(parser, defaults_from: str) -> None:
    """One flag per decoding setting (core.decoding.SETTINGS): --temperature, --top-p, --top-k,
    --min-p, --repeat-penalty, --max-tokens, --num-beams. ``defaults_from`` says, in the help,
    where a value left out comes from."""
    from core import decoding

    for name, setting in decoding.SETTINGS.items():
        kind = int if name in decoding.INTEGERS else float
        default = ", else the action's own limit" if setting.default is None else f", else {setting.default}"
        parser.add_argument(f"--{setting.name}", dest=name, type=kind,
                            help=f"{setting.help} ({setting.low:g} to {setting.high:g}; default: {defaults_from}{default})")
    few = decoding.FEW_SHOT
    parser.add_argument("--few-shot", dest="few_shot", type=int, metavar="N",
                        help=f"{few.help} (default: the action's setting, else {few.default})")


def check_decoding_arguments(args) -> None:
    """Each decoding flag given is in its range (one line naming the flag otherwise)."""
    from core import decoding

    for name, setting in decoding.RANGED.items():
        setting.check(getattr(args, name, None), f"--{setting.name}")
