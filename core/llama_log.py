"""llama.cpp's own log lines go to Inkstone's log, not to the user's terminal.

llama-cpp-python prints llama.cpp's errors to standard error; a damaged model file can make it
print thousands of lines of binary. Once :func:`route_llama_log` ran, every line goes to the
``inkstone.llama`` logger (the app's ``inkstone.log``; warnings and errors only, cut to one
readable line) and is echoed to standard error only when the user asked for it
(``inkstone-cli --verbose``, or ``INKSTONE_VERBOSE=1``). The last error lines are kept for
messages (:func:`recent_errors`).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections import deque

from core.errors import printable

VERBOSE_ENV = "INKSTONE_VERBOSE"
log = logging.getLogger("inkstone.llama")
# ggml's log levels (ggml.h; llama-cpp-python's own table is out of date): 1 debug, 2 info,
# 3 warning, 4 error, 5 continuation of the previous line.
_LEVELS = {1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_recent: deque[str] = deque(maxlen=8)
_state = {"callback": None, "level": 1, "partial": ""}
_guard = threading.Lock()


def verbose() -> bool:
    """Whether the user asked to see llama.cpp's own output."""
    return os.environ.get(VERBOSE_ENV, "") not in ("", "0")


def recent_errors() -> list[str]:
    """llama.cpp's last error lines (readable, one line each), oldest first."""
    with _guard:
        return list(_recent)


def _line(level: int, text: str) -> None:
    line = printable(text.strip(), 300)
    if not line:
        return
    if level >= logging.ERROR:
        with _guard:
            _recent.append(line)
    if log.isEnabledFor(level):
        log.log(level, "%s", line)


def load_error() -> str | None:
    """The most telling of llama.cpp's recent error lines: why a model did not load."""
    errors = recent_errors()
    for line in errors:
        if "error loading model:" in line:
            return line.split("error loading model:", 1)[1].strip()
    return errors[-1] if errors else None


def _receive(level: int, text: bytes) -> None:
    decoded = (text or b"").decode("utf-8", errors="replace")
    echo = _state.get("echo")
    if echo is not None:
        try:
            os.write(echo, text or b"")
        except OSError:
            pass
    if level != 5:
        _state["level"] = _LEVELS.get(level, logging.DEBUG)
    pending = _state["partial"] + decoded
    *complete, rest = pending.split("\n")
    # A damaged file can make one "line" huge: keep only its start.
    _state["partial"] = rest[:2000]
    for line in complete:
        _line(_state["level"], line)


def route_llama_log() -> None:
    """Install the log callback (once per process; imports llama_cpp)."""
    if _state["callback"] is not None:
        return
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def callback(level, text, _user_data):
        try:
            _receive(int(level), text)
        except Exception:  # noqa: BLE001 - an exception must never cross back into C
            pass

    _state["callback"] = callback  # keep a reference: llama.cpp holds only the C pointer
    if verbose():
        # A copy of standard error: llama-cpp-python points the real one at /dev/null while loading.
        try:
            _state["echo"] = os.dup(sys.stderr.fileno())
        except (OSError, ValueError, AttributeError):
            _state["echo"] = None
    llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
