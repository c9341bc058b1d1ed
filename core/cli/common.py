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
