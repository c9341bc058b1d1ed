"""Inkstone's download folder: files fetched from the Hugging Face Hub, in the Hub library's own cache
layout (``models--<org>--<name>/blobs``, ``snapshots/<commit>/<file>``, ``refs``).

It lives in Inkstone's data folder (``<data>/models/hub``), apart from the user's own Hugging Face
cache, so deleting a model here never takes a file another tool still uses. This module lists
what is left over (an interrupted download, a complete file that was never added), deletes a
downloaded model with its file, and says which catalog models are here already.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import ModelError

PARTIAL_SUFFIX = ".incomplete"


def download_root() -> Path:
    from core.paths import data_dir

    return data_dir() / "models" / "hub"


def repo_dir(repo: str, root: Path | None = None) -> Path:
    return (root or download_root()) / ("models--" + repo.replace("/", "--"))


def repo_of(folder: Path) -> str:
    return folder.name.removeprefix("models--").replace("--", "/")


@dataclass(frozen=True)
class Leftover:
    """A file in the download folder that no model uses."""

    repo: str
    path: str
    size: int
    kind: str  # "partial" (an interrupted download; downloading again resumes it) or "unused"

    def to_dict(self) -> dict:
        return asdict(self)


def _registered_paths() -> set[str]:
    from core.models.registry import list_models

    try:
        return {_key(entry.path) for entry in list_models()}
    except ModelError:
        return set()


def _key(path: str | Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def leftovers(root: Path | None = None) -> list[Leftover]:
    """Interrupted downloads and complete files no model uses, largest first."""
    root = root or download_root()
    used = _registered_paths()
    found = []
    for folder in sorted(root.glob("models--*")) if root.is_dir() else []:
        for blob in sorted((folder / "blobs").glob("*")):
            if not blob.is_file():
                continue
            if blob.name.endswith(PARTIAL_SUFFIX):
                found.append(Leftover(repo_of(folder), str(blob), blob.stat().st_size, "partial"))
            elif _key(blob) not in used:
                found.append(Leftover(repo_of(folder), str(blob), blob.stat().st_size, "unused"))
    return sorted(found, key=lambda item: -item.size)


def discard_leftovers(repo: str | None = None, root: Path | None = None) -> int:
    """Delete the leftovers (of ``repo`` only, when given); return the bytes freed."""
    root = root or download_root()
    freed = 0
    for item in leftovers(root):
        if repo is None or item.repo == repo:
            freed += _remove_blob(Path(item.path))
    for folder in list(root.glob("models--*")) if root.is_dir() else []:
        _prune(folder)
    return freed


def _remove_blob(blob: Path) -> int:
    """Delete ``blob`` and every snapshot link to it; return its size."""
    size = blob.stat().st_size if blob.exists() else 0
    folder = blob.parent.parent
    for link in (folder / "snapshots").rglob("*") if (folder / "snapshots").is_dir() else []:
        if link.is_symlink() and _key(link) == _key(blob):
            link.unlink()
    if blob.exists() or blob.is_symlink():
        blob.unlink()
    return size


def _prune(folder: Path) -> None:
    """Remove empty snapshot folders, and the whole repository folder once it holds no file."""
    for path in sorted(folder.rglob("*"), key=lambda p: -len(p.parts)):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    has_files = any(p.is_file() for p in (folder / "blobs").glob("*")) or any(
        p.is_file() or p.is_symlink() for p in (folder / "snapshots").rglob("*")
    )
    if not has_files:
        shutil.rmtree(folder, ignore_errors=True)


def delete_downloaded(name: str) -> tuple[str, int]:
    """Forget the downloaded model ``name`` and delete its file; return (path, bytes freed).

    Only files Inkstone downloaded into its own folder are deleted; for anything else the error
    says where the file is and that ``models remove`` forgets it. The file goes first: if it
    cannot be deleted, the model stays registered and nothing is half done.
    """
    from core.models.registry import list_models, model_record, remove_model

    record = model_record(name)
    path = Path(record["path"])
    root = download_root()
    if record.get("origin") != "download":
        raise ModelError(
            f"{name} was not downloaded by Inkstone, so its file stays where it is ({path}); "
            f"inkstone-cli models remove {name} forgets it"
        )
    if not _key(path).startswith(_key(root) + os.sep):
        raise ModelError(f"{name}'s file {path} is outside Inkstone's download folder; it was not deleted")
    sharing = [e.name for e in list_models() if e.name != name and _key(e.path) == _key(path)]
    if sharing:
        raise ModelError(f"{name}'s file is also used by {', '.join(sharing)}; remove that model first")
    folder = next((p for p in path.parents if p.name.startswith("models--")), None)
    try:
        freed = _remove_blob(Path(os.path.realpath(path))) if path.exists() else 0
        if folder is not None:
            _prune(folder)
    except OSError as exc:
        raise ModelError(f"could not delete {path} ({exc.strerror or exc}); {name} is still listed") from None
    remove_model(name)
    return str(path), freed


def catalog_state(entries, root: Path | None = None) -> dict[str, dict]:
    """For each catalog entry: {"state": "added" | "partial" | "", "model": name, "bytes": n}."""
    from core.models.registry import list_models

    root = root or download_root()
    added = {}
    try:
        from core.models.registry import model_record

        for entry in list_models():
            if entry.origin == "download":
                details = model_record(entry.name).get("details") or {}
                added[(details.get("repo"), details.get("file"))] = entry.name
    except ModelError:
        pass
    states = {}
    for entry in entries:
        name = added.get((entry.repo, entry.file))
        if name:
            states[entry.name] = {"state": "added", "model": name, "bytes": entry.size}
            continue
        blobs = repo_dir(entry.repo, root) / "blobs"
        pattern = f"{entry.sha256}{PARTIAL_SUFFIX}" if entry.sha256 else f"*{PARTIAL_SUFFIX}"
        partial = sum(p.stat().st_size for p in blobs.glob(pattern)) if blobs.is_dir() else 0
        states[entry.name] = {"state": "partial" if partial else "", "model": None, "bytes": partial}
    return states
