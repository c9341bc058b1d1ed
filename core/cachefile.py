"""Small JSON files in the cache folder (validated models, probe results), updated atomically.

Several processes (the app, the CLI) may update one file at once; the last writer wins, which
at worst costs a repeated check. A file that cannot be read counts as empty.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def read_json(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update_json(path: Path, change: Callable[[dict], object]) -> None:
    """Read ``path`` (a JSON object), let ``change`` modify it, write it back atomically."""
    path = Path(path)
    data = read_json(path)
    change(data)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a cache that cannot be written only costs time
