"""The desktop's preferences, kept in ``desktop.ini`` in the data directory (QSettings, INI format).

Generation settings, backend preference, UI language, recent files and window layout live here.
History on/off is shared with the CLI and lives in the core's settings store when it exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from core import decoding
from core.errors import InkstoneError
from core.paths import data_dir

MAX_RECENT = 10
AUTO_BACKEND = "auto"
LANGUAGES = ("system", "en", "zh_CN")
MAX_VERSIONS_PER_DOCUMENT = 1000
MAX_VERSIONS_TOTAL_MB = 100_000


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "desktop.ini"
        self.settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind=None):
        if kind is None:
            kind = type(default)
        value = self.settings.value(key, default)
        try:
            if kind is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()

    # -- generation ------------------------------------------------------------------------

    @property
    def model(self) -> str:
        return self._get("generation/model", "")

    @model.setter
    def model(self, value: str) -> None:
        self._set("generation/model", value or "")

    @property
    def backend(self) -> str:
        from core.backends import backend_names

        value = self._get("generation/backend", AUTO_BACKEND)
        return value if value in (AUTO_BACKEND, *backend_names(menu=True)) else AUTO_BACKEND

    @backend.setter
    def backend(self, value: str) -> None:
        self._set("generation/backend", value)

    def decoding(self) -> dict[str, float | int | None]:
        """The general decoding settings, by core.decoding name; None is "Automatic" (the default):
        the action's settings or the model's prompt profile decide."""
        values: dict[str, float | int | None] = {}
        for name, setting in decoding.SETTINGS.items():
            raw = self.settings.value(f"generation/{name}", "")
            try:
                value = (int if name in decoding.INTEGERS else float)(raw) if raw not in ("", None) else None
                values[name] = setting.check(value)
            except (TypeError, ValueError, InkstoneError):
                values[name] = None  # a hand-edited file with a bad value: Automatic
        return values

    def set_decoding(self, values: dict) -> None:
        for name, value in values.items():
            self._set(f"generation/{name}", "" if value is None else value)

    @property
    def temperature(self) -> float | None:
        return self.decoding()["temperature"]

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self.set_decoding({"temperature": value})

    @property
    def max_tokens(self) -> int:
        """The longest answer; 0 lets each action choose its own."""
        return self.decoding()["max_tokens"] or 0

    @max_tokens.setter
    def max_tokens(self, value: int) -> None:
        self.set_decoding({"max_tokens": value or None})

    @property
    def threads(self) -> int:
        """llama.cpp threads; 0 means one per physical core."""
        return max(self._get("generation/threads", 0), 0)

    @threads.setter
    def threads(self, value: int) -> None:
        self._set("generation/threads", int(value))
        apply_threads(int(value))

    @property
    def adapter(self) -> str:
        """The active LoRA adapter's id ("" for none)."""
        return self._get("generation/adapter", "")

    @adapter.setter
    def adapter(self, value: str | None) -> None:
        self._set("generation/adapter", value or "")

    # -- action defaults (the last choice made in a menu) ----------------------------------

    @property
    def translate_lang(self) -> str:
        return self._get("actions/translate_lang", "English")

    @translate_lang.setter
    def translate_lang(self, value: str) -> None:
        self._set("actions/translate_lang", value)

    @property
    def summary_length(self) -> str:
        return self._get("actions/summary_length", "medium")

    @summary_length.setter
    def summary_length(self, value: str) -> None:
        self._set("actions/summary_length", value)

    @property
    def rewrite_style(self) -> str:
        return self._get("actions/rewrite_style", "formal")

    @rewrite_style.setter
    def rewrite_style(self, value: str) -> None:
        self._set("actions/rewrite_style", value)

    # -- interface -------------------------------------------------------------------------

    @property
    def language(self) -> str:
        value = self._get("ui/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files if p != path]
        self._set("files/recent", [path, *recent][:MAX_RECENT])

    def clear_recent(self) -> None:
        self._set("files/recent", [])

    def window_state(self):
        return self.settings.value("window/geometry"), self.settings.value("window/state")

    def save_window_state(self, geometry, state) -> None:
        self._set("window/geometry", geometry)
        self._set("window/state", state)

    # -- version history (desktop.doc_versions) --------------------------------------------

    @property
    def versions_per_document(self) -> int:
        from core.documents.versions import DEFAULT_PER_DOCUMENT

        return min(max(self._get("versions/per_document", DEFAULT_PER_DOCUMENT), 1), MAX_VERSIONS_PER_DOCUMENT)

    @versions_per_document.setter
    def versions_per_document(self, value: int) -> None:
        self._set("versions/per_document", int(value))

    @property
    def versions_total_mb(self) -> int:
        from core.documents.versions import DEFAULT_TOTAL_MB

        return min(max(self._get("versions/total_mb", DEFAULT_TOTAL_MB), 1), MAX_VERSIONS_TOTAL_MB)

    @versions_total_mb.setter
    def versions_total_mb(self, value: int) -> None:
        self._set("versions/total_mb", int(value))

    # -- shared with the CLI ---------------------------------------------------------------

    @property
    def history_enabled(self) -> bool:
        from desktop import store

        return store.history_enabled()

    @history_enabled.setter
    def history_enabled(self, value: bool) -> None:
        from desktop import store

        store.set_history_enabled(value)


_UNSET = object()
_env_threads = _UNSET  # INKSTONE_THREADS as it was before the preference overrode it


def apply_threads(threads: int) -> None:
    """Tell llama.cpp how many threads to use from the next model load on (0: the default, which
    is INKSTONE_THREADS when the user set it, else one per physical core)."""
    global _env_threads
    if threads > 0:
        if _env_threads is _UNSET:
            _env_threads = os.environ.get("INKSTONE_THREADS")
        os.environ["INKSTONE_THREADS"] = str(threads)
    elif _env_threads is not _UNSET:
        if _env_threads is None:
            os.environ.pop("INKSTONE_THREADS", None)
        else:
            os.environ["INKSTONE_THREADS"] = _env_threads
        _env_threads = _UNSET
