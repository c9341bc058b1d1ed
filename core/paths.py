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
    """Return the user's data directory, creating it (private to the user) if needed."""
    override = os.environ.get("INKSTONE_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    # Everything the user wrote is in here. An earlier release made the default folder readable
    # by everyone: tighten it. A folder the user chose with INKSTONE_HOME is theirs to set.
    private_dir(path, tighten=not override)
    return path


def private_dir(path: Path, tighten: bool = False) -> Path:
    """Create ``path`` (and its parents) with permissions for the user only (0700 on POSIX).

    ``tighten``: also take group and other permissions away from a folder that already exists."""
    path = Path(path)
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass
        tighten = True
    if tighten and os.name == "posix":
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o700)
        except OSError:
            pass  # not ours to change
    return path


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists, created readable and writable by the user only (0600 on POSIX),
    before a library (SQLite, logging) opens it with the default, world-readable mode."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path
    os.close(fd)
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
