"""The child process that downloads one file from the Hugging Face Hub (``python -m core.models.fetch_child``).

Inkstone's own processes keep the Hub libraries offline; this process, started by
:mod:`core.models.download` for a download the user asked for, runs with the offline switches
cleared, and the parent ends it to cancel. It speaks JSON lines:

- stdin, first line: ``{"repo", "file", "revision", "cache_dir"}``;
- stdout: ``{"event": "meta", "size", "etag", "commit", "blob", "partial", "have"}``, then it
  waits for ``go`` (the parent checks the disk space first) or ``stop`` on stdin;
- stdout: ``{"event": "done", "path"}`` or ``{"event": "error", "kind", "message"}``.

The bytes are written to ``blobs/<etag>.incomplete`` (a fixed name, so an interrupted download
resumes where it stopped, also in a later process; huggingface_hub's own temporary files are
unique per process and deleted on failure) and moved to ``blobs/<etag>`` when complete;
``hf_hub_download`` then adds the snapshot link and the ref, so the folder keeps the library's
cache layout. The library resumes a dropped connection by itself with a Range request.
"""

from __future__ import annotations

import json
import os
import sys

from core.offline import OFFLINE_SWITCHES


def emit(event: dict) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def error_kind(exc: BaseException) -> str:
    names = {cls.__name__ for cls in type(exc).__mro__}
    for name, kind in (
        ("GatedRepoError", "gated"),
        ("RevisionNotFoundError", "revision"),
        ("RemoteEntryNotFoundError", "file"),
        ("EntryNotFoundError", "file"),
        ("RepositoryNotFoundError", "repo"),
        ("OfflineModeIsEnabled", "offline"),
        ("ConnectError", "network"),
        ("TimeoutException", "network"),
        ("TransportError", "network"),
        ("HfHubHTTPError", "http"),
    ):
        if name in names:
            return kind
    if isinstance(exc, OSError):
        return "disk"
    return "error"


def _first_line(exc: BaseException) -> str:
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()[:300]
    return type(exc).__name__


def main() -> int:
    for key in OFFLINE_SWITCHES:  # before huggingface_hub is imported: it reads them once
        os.environ.pop(key, None)
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    request = json.loads(sys.stdin.readline())
    repo, filename, revision, cache_dir = request["repo"], request["file"], request["revision"], request["cache_dir"]
    try:
        from huggingface_hub import get_hf_file_metadata, hf_hub_download, hf_hub_url
        from huggingface_hub.file_download import http_get, repo_folder_name
        from huggingface_hub.utils import WeakFileLock, build_hf_headers
    except ImportError as exc:
        emit({"event": "error", "kind": "missing", "message": str(exc.name or exc)})
        return 3
    try:
        meta = get_hf_file_metadata(hf_hub_url(repo, filename, revision=revision))
    except Exception as exc:  # every failure is reported as one line, never a traceback
        emit({"event": "error", "kind": error_kind(exc), "message": _first_line(exc)})
        return 3
    if not meta.etag or not meta.commit_hash or meta.size is None:
        emit({"event": "error", "kind": "http", "message": "the server's answer lacks the file's checksum, commit or size"})
        return 3
    storage = os.path.join(cache_dir, repo_folder_name(repo_id=repo, repo_type="model"))
    blob = os.path.join(storage, "blobs", meta.etag)
    partial = blob + ".incomplete"
    have = os.path.getsize(blob) if os.path.exists(blob) else os.path.getsize(partial) if os.path.exists(partial) else 0
    emit({"event": "meta", "size": meta.size, "etag": meta.etag, "commit": meta.commit_hash, "blob": blob, "partial": partial, "have": have})
    if sys.stdin.readline().strip() != "go":
        return 0
    try:
        if not os.path.exists(blob):
            os.makedirs(os.path.dirname(blob), exist_ok=True)
            lock = os.path.join(cache_dir, ".locks", repo_folder_name(repo_id=repo, repo_type="model"), f"{meta.etag}.inkstone.lock")
            os.makedirs(os.path.dirname(lock), exist_ok=True)
            with WeakFileLock(lock):
                if os.path.exists(partial) and os.path.getsize(partial) > meta.size:
                    os.remove(partial)  # longer than the file: not a prefix of it
                with open(partial, "ab") as handle:
                    http_get(
                        meta.location,
                        handle,
                        resume_size=handle.tell(),
                        headers=build_hf_headers(),
                        expected_size=meta.size,
                        displayed_filename=filename,
                    )
                os.replace(partial, blob)
        path = hf_hub_download(repo, filename, revision=revision, cache_dir=cache_dir)
    except Exception as exc:
        emit({"event": "error", "kind": error_kind(exc), "message": _first_line(exc)})
        return 3
    emit({"event": "done", "path": path})
    return 0


if __name__ == "__main__":
    sys.exit(main())
