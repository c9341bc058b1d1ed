"""Download a model from the Hugging Face Hub: a catalog entry, or any file of any repository.

The network is used only here, for a download the user started. The bytes are fetched by a child
process (:mod:`core.models.fetch_child`) with the Hub libraries' offline switches cleared, since
Inkstone's own processes keep them offline and ``huggingface_hub`` cannot be stopped mid-file;
:meth:`Download.cancel` ends that process. Then Inkstone itself:

1. computes the file's SHA-256 and compares it with the catalog's value, or with the Hub's
   ``X-Linked-Etag`` (the library checks only the size);
2. checks the file the way every model is checked before it is added (the GGUF header walk, and
   the load probe where there is one);
3. registers it, with where it came from, so ``models delete`` may remove its file later.

A failed check deletes the file; a cancelled or interrupted download keeps its partial file
(downloading again resumes it) and says where it is, how large, and how to discard it. No model
is registered until every check has passed.

Use it as a generator: ``for progress in Download(spec): ...``; ``download.result`` holds the
:class:`Outcome` afterwards. The desktop runs it in a ``GeneratorWorker`` with ``cancel`` as the
cancel hook.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from core.bundle_child import CHILD_FLAG
from core.errors import BadInputError, InkstoneError, ModelError
from core.models import hub_store

_POLL_S = 0.25
_SPEED_WINDOW_S = 4.0
_HASH_BLOCK = 8 * 2**20
_SPACE_MARGIN = 64 * 2**20  # beyond the file itself: the snapshot link, the refs, the file system
_REPO = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX40 = re.compile(r"^[0-9a-f]{40}$")


def disk_free(path: Path) -> int:
    """Free bytes on the file system that holds ``path`` (the one seam tests replace)."""
    path = Path(path)
    while not path.exists() and path != path.parent:
        path = path.parent
    return shutil.disk_usage(path).free


def hub_endpoint() -> str:
    """Where downloads come from: huggingface.co, or the mirror ``HF_ENDPOINT`` names."""
    return (os.environ.get("HF_ENDPOINT") or "https://huggingface.co").rstrip("/")


def human_size(count: int | float) -> str:
    count = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit in ("bytes", "KB") else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} TB"  # pragma: no cover


def human_duration(seconds: float | None) -> str:
    """"1 h 5 min", "3 min 12 s", "40 s" (how long a download has left); "" when unknown."""
    if seconds is None:
        return ""
    seconds = int(max(0, seconds))
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    if seconds >= 60:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds} s"


@dataclass(frozen=True)
class DownloadSpec:
    """What to fetch and what to call it."""

    repo: str
    file: str
    name: str  # the name it gets in Inkstone (made unique when taken)
    revision: str = "main"
    sha256: str | None = None  # the catalog's checksum; None: the Hub's X-Linked-Etag
    size: int | None = None  # the catalog's size, shown before the Hub answers
    license: str = ""
    catalog_name: str | None = None


def spec_for(name_or_repo: str, file: str | None = None, revision: str = "main") -> DownloadSpec:
    """A catalog entry by name, or ``file`` of the Hub repository ``name_or_repo``."""
    from core.models.catalog import find_entry

    if file is None:
        if "/" in name_or_repo:
            raise BadInputError(f"{name_or_repo} looks like a Hub repository: name the file with --file FILE")
        entry = find_entry(name_or_repo)
        return DownloadSpec(
            entry.repo, entry.file, entry.name, entry.revision, entry.sha256, entry.size, entry.license, entry.name
        )
    if not _REPO.match(name_or_repo) or ".." in name_or_repo:
        raise BadInputError(f"{name_or_repo!r} is not a Hub repository name (expected ORGANIZATION/NAME)")
    if file.startswith("/") or ".." in file.split("/") or not file.strip():
        raise BadInputError(f"{file!r} is not a file name inside a repository")
    stem = file.rsplit("/", 1)[-1]
    stem = stem[: -len(".gguf")] if stem.lower().endswith(".gguf") else stem
    return DownloadSpec(name_or_repo, file, stem, revision)


@dataclass(frozen=True)
class Progress:
    phase: str  # "connecting", "downloading", "verifying", "checking"
    done: int = 0
    total: int = 0
    speed: float = 0.0  # bytes per second
    eta: float | None = None  # seconds

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class Outcome:
    status: str  # "done" or "cancelled"
    message: str  # one line for the user
    model: object | None = None  # the registered ModelEntry
    partial_path: str | None = None
    partial_bytes: int = 0


class Download:
    """One download, run by iterating it (see the module docstring)."""

    def __init__(self, spec: DownloadSpec, root: Path | None = None) -> None:
        self.spec = spec
        self.root = Path(root) if root else hub_store.download_root()
        self.result: Outcome | None = None
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._child: subprocess.Popen | None = None
        self._events: queue.Queue = queue.Queue()
        self._samples: deque = deque()
        self._reader: threading.Thread | None = None
        self._stderr = None

    # -- control --------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop the download (any thread): the child process ends; a partial file is kept."""
        self._cancel.set()
        with self._lock:
            child = self._child
        if child is not None and child.poll() is None:
            child.terminate()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __iter__(self) -> Iterator[Progress]:
        return self.run()

    # -- the run --------------------------------------------------------------------------------

    def run(self):
        spec = self.spec
        yield Progress("connecting", 0, spec.size or 0)
        self._start_child()
        try:
            meta = yield from self._wait_meta()
            if meta is None:
                return self._finish_cancelled(None)
            self._check_meta(meta)
            self._check_space(meta)
            self._send("go")
            path = yield from self._transfer(meta)
            if path is None:
                return self._finish_cancelled(meta)
        finally:
            self._stop_child()
        blob = Path(os.path.realpath(path))
        ok = yield from self._verify(blob, meta)
        if ok is None:
            return self._finish_cancelled(meta, complete=str(blob))
        yield Progress("checking", meta["size"], meta["size"])
        model = self._register(Path(path), blob, meta)
        self.result = Outcome("done", f"downloaded {spec.repo}/{spec.file} ({human_size(meta['size'])}) and added it as {model.name}", model)
        return self.result

    def _start_child(self) -> None:
        from core.offline import OFFLINE_SWITCHES

        env = {k: v for k, v in os.environ.items() if k not in OFFLINE_SWITCHES}
        env["HF_HUB_DISABLE_TELEMETRY"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        self.root.mkdir(parents=True, exist_ok=True)
        self._stderr = tempfile.TemporaryFile()
        extra = {"start_new_session": True} if os.name != "nt" else {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
        with self._lock:
            if self._cancel.is_set():
                self._child = None
                return
            self._child = subprocess.Popen(
                child_command("core.models.fetch_child"),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                env=env,
                cwd=str(Path(__file__).resolve().parent.parent.parent),
                text=True,
                encoding="utf-8",
                **extra,
            )
        if self._child is None:
            return
        request = {"repo": self.spec.repo, "file": self.spec.file, "revision": self.spec.revision, "cache_dir": str(self.root)}
        self._send(json.dumps(request))
        self._reader = threading.Thread(target=self._read_events, args=(self._child,), name="inkstone-download-reader", daemon=True)
        self._reader.start()

    def _read_events(self, child: subprocess.Popen) -> None:
        try:
            for line in child.stdout:
                try:
                    self._events.put(json.loads(line))
                except ValueError:
                    continue
        except (OSError, ValueError):
            pass  # the pipe was closed under us: the run is over
        self._events.put({"event": "exit"})

    def _send(self, line: str) -> None:
        child = self._child
        if child is None:
            return
        try:
            child.stdin.write(line + "\n")
            child.stdin.flush()
        except (OSError, ValueError):
            pass  # the child is gone; its exit is reported through the event queue

    def _next_event(self) -> dict | None:
        try:
            return self._events.get(timeout=_POLL_S)
        except queue.Empty:
            return None

    def _wait_meta(self):
        if self._child is None:
            return None
        while True:
            event = self._next_event()
            if self._cancel.is_set():
                return None
            if event is None:
                yield Progress("connecting", 0, self.spec.size or 0)
                continue
            if event["event"] == "meta":
                return event
            self._raise_for(event, None)

    def _check_meta(self, meta: dict) -> None:
        spec = self.spec
        etag = str(meta["etag"]).lower()
        if spec.sha256 and _HEX64.match(etag) and etag != spec.sha256:
            self._send("stop")
            raise ModelError(
                f"{spec.repo}/{spec.file} on the Hub is no longer the file this catalog lists (its checksum changed); "
                f"nothing was downloaded. To take the new file anyway: inkstone-cli models download {spec.repo} --file {spec.file}"
            )

    def _check_space(self, meta: dict) -> None:
        need = max(0, int(meta["size"]) - int(meta.get("have") or 0))
        if need == 0:
            return
        free = disk_free(self.root)
        if need + _SPACE_MARGIN > free:
            self._send("stop")
            raise ModelError(
                f"not enough disk space: {self.spec.file} needs {human_size(need + _SPACE_MARGIN)} more and "
                f"{self.root} has {human_size(free)} free; make room and download again"
            )

    def _transfer(self, meta: dict):
        total = int(meta["size"])
        partial, blob = Path(meta["partial"]), Path(meta["blob"])
        while True:
            event = self._next_event()
            if self._cancel.is_set():
                self._wait_exit()
                return None
            if event is None:
                done = _size(blob) or _size(partial)
                yield self._progress(done, total)
                continue
            if event["event"] == "done":
                yield self._progress(total, total)
                return event["path"]
            self._raise_for(event, partial)

    def _progress(self, done: int, total: int) -> Progress:
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > _SPEED_WINDOW_S:
            self._samples.popleft()
        first_t, first_done = self._samples[0]
        speed = (done - first_done) / (now - first_t) if now > first_t else 0.0
        eta = (total - done) / speed if speed > 0 else None
        return Progress("downloading", done, total, speed, eta)

    def _raise_for(self, event: dict, partial: Path | None):
        """Turn the child's error (or its unexpected exit) into one line, naming any kept partial file."""
        spec = self.spec
        where = f"{spec.repo}/{spec.file}"
        if event["event"] == "exit":
            self._wait_exit()
            detail = _last_line(self._stderr)
            reason = f"the download process stopped unexpectedly (exit {self._child.returncode}{': ' + detail if detail else ''})"
        else:
            reason = _reason(event.get("kind", "error"), event.get("message", ""), where, hub_endpoint())
        kept = _size(partial) if partial is not None else 0
        if kept:
            reason += (
                f"; {human_size(kept)} already downloaded is kept in {partial} (downloading again resumes it; "
                f"inkstone-cli models delete {spec.catalog_name or spec.repo} discards it)"
            )
        raise ModelError(reason)

    def _wait_exit(self) -> None:
        child = self._child
        if child is None:
            return
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()

    def _stop_child(self) -> None:
        child = self._child
        if child is None:
            return
        if child.poll() is None:
            self._send("stop")
            try:
                child.wait(timeout=2)
            except subprocess.TimeoutExpired:
                child.terminate()
                self._wait_exit()
        reader = getattr(self, "_reader", None)
        if reader is not None:
            reader.join(timeout=2)  # it ends at the pipe's end, which the exit brings
        for stream in (child.stdin, child.stdout, self._stderr):
            try:
                stream.close()
            except (OSError, ValueError):
                pass

    def _finish_cancelled(self, meta: dict | None, complete: str | None = None) -> Outcome:
        spec = self.spec
        partial = complete or (meta and meta["partial"])
        kept = _size(Path(partial)) if partial else 0
        if kept:
            what = "the complete file" if complete else f"{human_size(kept)} already downloaded"
            message = (
                f"download cancelled; {what} is kept in {partial} (downloading again "
                f"{'finishes' if complete else 'resumes'} it; inkstone-cli models delete {spec.catalog_name or spec.repo} discards it)"
            )
        else:
            message = "download cancelled; nothing was kept"
        self.result = Outcome("cancelled", message, None, partial if kept else None, kept)
        return self.result

    # -- after the transfer ---------------------------------------------------------------------

    def _verify(self, blob: Path, meta: dict):
        """Compare the file's own checksum with the catalog's or the Hub's; None when cancelled."""
        spec = self.spec
        total = _size(blob)
        etag = str(meta["etag"]).lower()
        expected = spec.sha256 or (etag if _HEX64.match(etag) else None)
        digest = hashlib.sha256() if expected or not _HEX40.match(etag) else hashlib.sha1(b"blob %d\0" % total)
        done = 0
        with open(blob, "rb") as handle:
            while block := handle.read(_HASH_BLOCK):
                if self._cancel.is_set():
                    return None
                digest.update(block)
                done += len(block)
                if done % (8 * _HASH_BLOCK) < _HASH_BLOCK:
                    yield Progress("verifying", done, total)
        actual = digest.hexdigest()
        wanted = expected or (etag if _HEX40.match(etag) else None)
        if wanted is None:
            return True  # the Hub gave no checksum for this file: the size check is all there is
        if actual != wanted:
            hub_store._remove_blob(blob)
            raise ModelError(
                f"the downloaded file does not match its checksum (expected {wanted[:12]}…, got {actual[:12]}…); "
                "it was deleted and nothing was added. Download it again"
            )
        return True

    def _register(self, path: Path, blob: Path, meta: dict):
        """Check the file like any added model and register it; a file that fails is deleted."""
        from core.models.registry import add_model, free_name, list_models

        spec = self.spec
        for entry in list_models():
            if os.path.realpath(entry.path) == str(blob):
                return entry  # downloaded before and already added
        details = {
            "repo": spec.repo,
            "file": spec.file,
            "revision": spec.revision,
            "commit": meta["commit"],
            "sha256": spec.sha256 or str(meta["etag"]).lower(),
            "size": int(meta["size"]),
            "license": spec.license,
            "downloaded": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        try:
            return add_model(path, free_name(spec.name), origin="download", details=details)
        except InkstoneError as exc:
            hub_store._remove_blob(blob)
            raise ModelError(f"{spec.file} downloaded but cannot be used: {exc}; the file was deleted") from None


def child_command(module: str) -> list[str]:
    """The command that runs ``module`` in a fresh Python (or, in a bundle, a fresh Inkstone)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, module]
    return [sys.executable, "-m", module]


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def _last_line(stream) -> str:
    try:
        stream.seek(0)
        lines = [line.strip() for line in stream.read().decode("utf-8", "replace").splitlines() if line.strip()]
    except (OSError, ValueError):
        return ""
    return lines[-1][:200] if lines else ""


def _reason(kind: str, message: str, where: str, endpoint: str) -> str:
    return {
        "file": f"{where} does not exist on the Hub (404); check the file name",
        "repo": f"no repository {where.split('/')[0]}/{where.split('/')[1]} on the Hub, or it is private",
        "revision": f"{where}: no such revision on the Hub",
        "gated": f"{where} is gated: its owners want you to accept their terms on the Hub first; Inkstone only downloads ungated models",
        "network": f"could not reach {endpoint} ({message}); check the connection and download again",
        "offline": f"the download process was offline ({message})",
        "missing": f"downloads need the huggingface_hub package ({message} is missing); install Inkstone's full build or pip install huggingface_hub",
        "disk": f"could not write the file ({message})",
    }.get(kind, f"the download of {where} failed: {message}")
