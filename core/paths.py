"""Where Inkstone keeps its data and finds its resources.

The data directory comes from platformdirs; ``INKSTONE_HOME`` overrides it (tests point it at a
temporary folder). Resources are read the same way from a source checkout, an installed wheel
and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Inkstone"


def data_dir() -> Path:
    """Return the user's data directory, creating it if needed."""
    override = os.environ.get("INKSTONE_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Return the folder for derived, re-creatable files (converted weights and the like).

    ``INKSTONE_CACHE`` overrides it (the test suite shares one cache across tests)."""
    override = os.environ.get("INKSTONE_CACHE")
    path = Path(override).expanduser() if override else data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Return the folder that holds actions, prompts, icons and translations."""
    candidates = []
    override = os.environ.get("INKSTONE_RESOURCES")
    if override:
        candidates.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "inkstone" / "resources")
    for candidate in candidates:
        if (candidate / "actions.toml").is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Inkstone's resources folder is missing (looked in {searched}); reinstall Inkstone")
