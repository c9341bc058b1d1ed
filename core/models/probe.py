"""The first load of a GGUF file happens in a child process.

llama.cpp aborts or crashes the whole process on some malformed files (a block count of 0, a
tokenizer array of the wrong type, ...), and no header check can list every such input. So before
the app or the CLI loads a file it has not loaded before, a child process loads it, tokenizes and
evaluates a few tokens, and exits (a LoRA adapter is tried together with its base model). A child
that dies by a signal, or does not finish in time, becomes a one-line :class:`ModelError`, and
the file is remembered as refused; a file that passed is not tried again.

Results live in ``<cache>/model_probes.json``, keyed by the files' size, modification time and
fingerprint (:func:`core.gguf_check.file_fingerprint`) and by the checks' versions. Delete that
file, or run ``inkstone-cli models check NAME``, to try a refused file again.

The child is ``python -m core.models.probe MODEL [ADAPTER]``; in a PyInstaller bundle, which has
no Python interpreter, it is the bundle's own executable with :data:`PROBE_FLAG` (the entry
points in ``packaging/`` hand that over to :func:`child_main`).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from core.bundle_child import PROBE_FLAG
from core.errors import ModelError, printable
from core.gguf_check import VALIDATOR_VERSION, GGUFInfo, check_adapter_fits, inspect_gguf

#: Bump when the child does more (or different) work: older results are then ignored.
PROBE_VERSION = 1
CACHE_FILE = "model_probes.json"
TIMEOUT_ENV = "INKSTONE_PROBE_TIMEOUT"
_RESULT_MARK = "INKSTONE-PROBE-RESULT "
_TEXT = "Hello, world. The quick brown fox jumps over the lazy dog."
_CHILD_CONTEXT = 256
log = logging.getLogger("inkstone.probe")
_passed: set[tuple] = set()  # in this process: (key, fingerprints) already known to load
_lock = threading.Lock()


def probe_timeout(size: int) -> float:
    """Seconds a test load may take: a minute, plus time to read a big file from a slow disk."""
    override = os.environ.get(TIMEOUT_ENV, "")
    try:
        if override and float(override) > 0:
            return float(override)
    except ValueError:
        pass
    return 60.0 + 30.0 * size / 2**30


def probe_command(model: str, adapter: str | None = None) -> list[str]:
    """The command line of a probe child: this interpreter, or a bundle's own executable."""
    files = [model] + ([adapter] if adapter else [])
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_FLAG, *files]
    return [sys.executable, "-m", "core.models.probe", *files]


def _cache_path() -> Path:
    from core.paths import cache_dir

    return cache_dir() / CACHE_FILE


def _key(model: GGUFInfo, adapter: GGUFInfo | None) -> str:
    return f"{Path(model.path).resolve()}|{Path(adapter.path).resolve() if adapter else ''}"


def _stamp(info: GGUFInfo | None) -> list | None:
    if info is None:
        return None
    return [info.size, os.stat(info.path).st_mtime_ns, info.fingerprint]


def _version() -> str:
    return f"{VALIDATOR_VERSION}.{PROBE_VERSION}"


def _describe(model: str, adapter: str | None) -> tuple[GGUFInfo, GGUFInfo | None]:
    model_info = inspect_gguf(model)
    adapter_info = inspect_gguf(adapter) if adapter else None
    return model_info, adapter_info


def remembered(model: str, adapter: str | None = None) -> dict | None:
    """The stored result for these exact files (``{"ok": bool, "reason": str}``), or None."""
    from core.cachefile import read_json

    model_info, adapter_info = _describe(model, adapter)
    entry = read_json(_cache_path()).get(_key(model_info, adapter_info))
    if not isinstance(entry, dict):
        return None
    if entry.get("version") != _version():
        return None
    if entry.get("model") != _stamp(model_info) or entry.get("adapter") != _stamp(adapter_info):
        return None
    return entry


def check_not_refused(model: str, adapter: str | None = None) -> None:
    """Raise the remembered :class:`ModelError` if this file was refused before (cheap: no child)."""
    entry = remembered(model, adapter)
    if entry is not None and not entry.get("ok"):
        raise ModelError(str(entry.get("reason") or "this model file crashes llama.cpp"))


def forget(model: str) -> int:
    """Drop every remembered result that involves ``model`` (as model or adapter); return how many."""
    from core.cachefile import update_json

    resolved = str(Path(model).expanduser().resolve())
    dropped = []

    def change(data: dict) -> None:
        for key in list(data):
            if resolved in key.split("|"):
                dropped.append(data.pop(key))

    update_json(_cache_path(), change)
    with _lock:
        _passed.clear()
    return len(dropped)


def ensure_loadable(model: str, adapter: str | None = None) -> None:
    """Make sure llama.cpp can load ``model`` (with ``adapter``) without crashing this process.

    Runs the child once per file (and adapter) and remembers the answer. Raises
    :class:`ModelError` for a file that fails the header check, crashes or hangs llama.cpp, or
    that llama.cpp refuses.
    """
    model_info, adapter_info = _describe(model, adapter)
    key = _key(model_info, adapter_info)
    stamps = (key, tuple(_stamp(model_info)), tuple(_stamp(adapter_info) or ()))
    with _lock:
        if stamps in _passed:
            return
    entry = remembered(model, adapter)
    if entry is None:
        if adapter is not None:
            check_adapter_fits(model, adapter)  # a clear message for the commonest crash
        entry = _run_child(model_info, adapter_info)
        if entry.get("unavailable"):
            return  # no llama.cpp here: this process cannot load it either (torch may use the file)
        if entry.get("remember", True):
            from core.cachefile import update_json

            entry = {**entry, "version": _version(), "model": _stamp(model_info), "adapter": _stamp(adapter_info)}
            update_json(_cache_path(), lambda data: data.__setitem__(key, entry))
    if not entry.get("ok"):
        raise ModelError(str(entry.get("reason")))
    with _lock:
        _passed.add(stamps)


def _what(model: GGUFInfo, adapter: GGUFInfo | None) -> str:
    name = printable(Path(model.path).name)
    if adapter is None:
        return f"this model file crashes llama.cpp: {name}"
    return f"this adapter crashes llama.cpp: {printable(Path(adapter.path).name)} with {name}"


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _run_child(model: GGUFInfo, adapter: GGUFInfo | None) -> dict:
    """Run one probe; the result as it is stored: ok, reason, and whether to remember it."""
    from core.llama_log import verbose

    command = probe_command(model.path, adapter.path if adapter else None)
    timeout = probe_timeout(model.size + (adapter.size if adapter else 0))
    # One thread, and no GPU: a GPU build of llama.cpp would reserve address space beyond the
    # child's memory cap; the app runs llama.cpp on the CPU.
    env = {**os.environ, "INKSTONE_THREADS": "1", "CUDA_VISIBLE_DEVICES": "", "HIP_VISIBLE_DEVICES": "", "GGML_VK_VISIBLE_DEVICES": ""}
    started = time.perf_counter()
    # The child's own output (llama.cpp's log) goes to a file, never to the user's terminal
    # unless asked; only its tail is read back.
    with tempfile.TemporaryFile() as errors:
        try:
            done = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=None if verbose() else errors,
                env=env,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            log.warning("model probe of %s timed out after %.0f s", model.path, timeout)
            return {
                "ok": False,
                "reason": f"{_what(model, adapter).replace('crashes', 'hangs')} (a test load did not finish in "
                f"{timeout:.0f} s); it is refused — run 'inkstone-cli models check' on it to try again",
            }
        except OSError as exc:
            return {"ok": False, "remember": False, "reason": f"cannot start the model check ({printable(exc, 200)})"}
        errors.seek(max(0, errors.seek(0, os.SEEK_END) - 16384))
        tail = errors.read().decode("utf-8", errors="replace")
    elapsed = time.perf_counter() - started
    log.info("model probe of %s: exit %s in %.2f s", model.path, done.returncode, elapsed)
    if tail.strip():
        log.info("model probe output (last lines): %s", printable(" | ".join(tail.strip().splitlines()[-5:]), 1000))
    result = None
    for line in done.stdout.decode("utf-8", errors="replace").splitlines():
        if line.startswith(_RESULT_MARK):
            try:
                result = json.loads(line[len(_RESULT_MARK) :])
            except ValueError:
                result = None
    if done.returncode < 0:
        return {"ok": False, "reason": f"{_what(model, adapter)} (it stopped a test load with {_signal_name(-done.returncode)}); it is refused — download it again or choose another model"}
    if isinstance(result, dict) and result.get("ok") and done.returncode == 0:
        return {"ok": True, "reason": ""}
    if isinstance(result, dict) and result.get("unavailable"):
        return {"ok": False, "unavailable": True, "remember": False, "reason": str(result.get("error"))}
    if isinstance(result, dict) and not result.get("ok"):
        reason = printable(result.get("error") or "unknown error", 300)
        name = printable(Path((adapter or model).path).name)
        return {
            "ok": False,
            "remember": bool(result.get("file_problem", True)),
            "reason": f"llama.cpp could not load {name}: {reason}",
        }
    # No result line: the child died some other way (on Windows an abort is exit status 3).
    return {"ok": False, "reason": f"{_what(model, adapter)} (a test load ended with exit status {done.returncode}); it is refused — download it again or choose another model"}


# -- the child ---------------------------------------------------------------------------------


def _report(ok: bool, error: str = "", file_problem: bool = True, unavailable: bool = False) -> None:
    result = {"ok": ok, "error": error, "file_problem": file_problem, "unavailable": unavailable}
    sys.stdout.write(_RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__


def _limit_memory(file_bytes: int) -> None:
    """Cap the child's address space, so a file that makes llama.cpp allocate without bound
    fails in the child instead of pushing the user's machine into swap."""
    if not sys.platform.startswith("linux"):
        return  # macOS does not enforce RLIMIT_AS; Windows has no such limit
    import resource

    limit = 3 * file_bytes + (8 << 30)
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def child_main(argv: list[str]) -> int:
    """Load ``argv[0]`` (with the adapter ``argv[1]``, if given), tokenize, evaluate, exit."""
    if not 1 <= len(argv) <= 2:
        sys.stderr.write("usage: probe MODEL [ADAPTER]\n")
        return 2
    from core.offline import enforce_offline

    enforce_offline()
    model, adapter = argv[0], (argv[1] if len(argv) > 1 else None)
    _limit_memory(sum(os.path.getsize(f) for f in argv if os.path.isfile(f)))
    try:
        from llama_cpp import Llama

        from core.backends.llamacpp import safe_model_params
        from core.llama_log import load_error, route_llama_log
    except ImportError as exc:
        _report(False, f"llama.cpp is not available ({exc})", file_problem=False, unavailable=True)
        return 3
    route_llama_log()
    try:
        with safe_model_params():
            llm = Llama(
                model_path=model,
                n_ctx=_CHILD_CONTEXT,
                n_batch=64,
                n_threads=1,
                n_threads_batch=1,
                use_mmap=True,
                lora_path=adapter,
                verbose=False,
            )
        # What the backend does on every load and run: special tokens, a chat-template marker,
        # a short prompt evaluated and one token sampled and decoded.
        for token in (llm.token_bos(), llm.token_eos()):
            if token >= 0:
                llm.detokenize([token], special=True)
        llm.tokenize(b"<|im_end|>", add_bos=False, special=True)
        tokens = llm.tokenize(_TEXT.encode("utf-8"), add_bos=True, special=False)[:16]
        if not tokens:
            _report(False, "its tokenizer turns text into no tokens")
            return 3
        for token in llm.generate(tokens, temp=0.0, top_k=1):
            llm.detokenize([token])
            break
        llm.close()
    except Exception as exc:  # noqa: BLE001 - whatever Python-side error: the file is unusable
        _report(False, load_error() or _first_line(exc))
        return 3
    _report(True)
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
