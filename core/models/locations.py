"""Where other local-AI tools keep their models, on Linux, macOS and Windows.

Each tool's folder and its override were checked against the tool's own documentation or source:

- Ollama: ``OLLAMA_MODELS``; otherwise ``~/.ollama/models`` (macOS, Windows, a Linux user's own
  ``ollama serve``) or ``/usr/share/ollama/.ollama/models`` (the Linux system service). Blobs are
  ``blobs/sha256-<hex>``; ``manifests/<host>/<namespace>/<model>/<tag>`` name them (Ollama FAQ;
  ``server/images.go``).
- LM Studio: ``~/.lmstudio/models/<publisher>/<model>/<file>.gguf`` (lmstudio.ai docs, "Import
  Models"); older releases used ``~/.cache/lm-studio/models``. The folder can be moved in the app:
  ``~/.lmstudio-home-pointer`` names the LM Studio home and ``settings.json`` (in the home or in
  the Electron settings folder) keeps ``downloadsFolder``.
- GPT4All: the "Download Path" setting, stored as ``modelPath`` (``mysettings.cpp``); default
  ``~/.local/share/nomic.ai/GPT4All`` (Linux), ``~/Library/Application Support/nomic.ai/GPT4All``
  (macOS), ``%LOCALAPPDATA%\\nomic.ai\\GPT4All`` (Windows) (docs.gpt4all.io, Settings). Its Python
  bindings download to ``~/.cache/gpt4all``.
- Jan: the Jan data folder: ``%APPDATA%\\Jan\\data``, ``~/Library/Application Support/Jan/data``,
  ``$XDG_CONFIG_HOME/Jan/data`` or ``~/.config/Jan/data`` (jan.ai docs, "Jan Data Folder");
  older releases used ``~/jan``.
- llama.cpp (``-hf`` downloads): ``LLAMA_CACHE``; current releases otherwise use the Hugging Face
  cache below (``common/hf-cache.cpp``); older ones used ``$XDG_CACHE_HOME/llama.cpp`` or
  ``~/.cache/llama.cpp`` (Linux), ``~/Library/Caches/llama.cpp`` (macOS),
  ``%LOCALAPPDATA%\\llama.cpp`` (Windows) (``common/common.cpp``, ``fs_get_cache_directory``).
- Hugging Face hub cache: ``HF_HUB_CACHE``, then ``HUGGINGFACE_HUB_CACHE``, then ``HF_HOME/hub``,
  then ``$XDG_CACHE_HOME/huggingface/hub``, then ``~/.cache/huggingface/hub`` on every system
  (``huggingface_hub/constants.py``).

Nothing here touches the disk beyond reading a settings file or two; :mod:`core.models.discover`
walks the folders.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

SOURCE_LABELS = {
    "ollama": "Ollama",
    "lm-studio": "LM Studio",
    "gpt4all": "GPT4All",
    "jan": "Jan",
    "llama.cpp": "llama.cpp",
    "hf-cache": "Hugging Face cache",
}


@dataclass(frozen=True)
class Location:
    """One folder to search, how its files are laid out, and why it is searched."""

    source: str  # a key of SOURCE_LABELS
    path: Path
    layout: str  # "ollama", "hf-cache" or "files" (GGUF files and model folders, any depth)
    why: str  # "default", or the environment variable / setting that named it

    def to_dict(self) -> dict:
        return {"source": self.source, "path": str(self.path), "layout": self.layout, "why": self.why}


class _Env:
    """The environment, home folder and system a search is for (tests pass their own)."""

    def __init__(self, env=None, home=None, system=None) -> None:
        self.env = dict(os.environ if env is None else env)
        self.home = Path(home) if home is not None else Path.home()
        self.system = system or sys.platform

    def get(self, name: str) -> str:
        return (self.env.get(name) or "").strip()

    def path(self, name: str, default: Path | None = None) -> Path | None:
        value = self.get(name)
        return Path(value).expanduser() if value else default

    @property
    def windows(self) -> bool:
        return self.system.startswith("win")

    @property
    def mac(self) -> bool:
        return self.system == "darwin"

    def local_appdata(self) -> Path:
        return self.path("LOCALAPPDATA", self.home / "AppData" / "Local")

    def appdata(self) -> Path:
        return self.path("APPDATA", self.home / "AppData" / "Roaming")

    def xdg(self, name: str, fallback: str) -> Path:
        return self.path(name, self.home / fallback)


def tool_locations(env=None, home=None, system=None) -> list[Location]:
    """Every folder where a known tool may keep models, for this (or the given) machine."""
    e = _Env(env, home, system)
    found: list[Location] = []
    for finder in (_ollama, _lm_studio, _gpt4all, _jan, _llama_cpp, _hf_cache):
        found.extend(finder(e))
    seen: set[str] = set()
    unique = []
    for location in found:
        key = os.path.normcase(os.path.abspath(location.path))
        if key not in seen:
            seen.add(key)
            unique.append(location)
    return unique


def _ollama(e: _Env) -> list[Location]:
    places = []
    if e.get("OLLAMA_MODELS"):
        places.append(Location("ollama", e.path("OLLAMA_MODELS"), "ollama", "OLLAMA_MODELS"))
    places.append(Location("ollama", e.home / ".ollama" / "models", "ollama", "default"))
    if not e.windows and not e.mac:
        places.append(Location("ollama", Path("/usr/share/ollama/.ollama/models"), "ollama", "default (system service)"))
    return places


def _lm_studio(e: _Env) -> list[Location]:
    places = []
    pointer = e.home / ".lmstudio-home-pointer"
    home = _first_line(pointer)
    if home:
        places.append(Location("lm-studio", Path(home).expanduser() / "models", "files", ".lmstudio-home-pointer"))
    settings_files = [e.home / ".lmstudio" / "settings.json"]
    if e.windows:
        settings_files.append(e.appdata() / "LM Studio" / "settings.json")
    elif e.mac:
        settings_files.append(e.home / "Library" / "Application Support" / "LM Studio" / "settings.json")
    else:
        settings_files.append(e.xdg("XDG_CONFIG_HOME", ".config") / "LM Studio" / "settings.json")
    for settings in settings_files:
        folder = _json_value(settings, "downloadsFolder")
        if folder:
            places.append(Location("lm-studio", Path(folder).expanduser(), "files", f"downloadsFolder in {settings}"))
    places.append(Location("lm-studio", e.home / ".lmstudio" / "models", "files", "default"))
    places.append(Location("lm-studio", e.home / ".cache" / "lm-studio" / "models", "files", "default (older releases)"))
    return places


def _gpt4all(e: _Env) -> list[Location]:
    places = []
    setting = _gpt4all_setting(e)
    if setting:
        places.append(Location("gpt4all", Path(setting).expanduser(), "files", "Download Path setting"))
    if e.windows:
        default = e.local_appdata() / "nomic.ai" / "GPT4All"
    elif e.mac:
        default = e.home / "Library" / "Application Support" / "nomic.ai" / "GPT4All"
    else:
        default = e.xdg("XDG_DATA_HOME", ".local/share") / "nomic.ai" / "GPT4All"
    places.append(Location("gpt4all", default, "files", "default"))
    places.append(Location("gpt4all", e.home / ".cache" / "gpt4all", "files", "default (Python bindings)"))
    return places


def _gpt4all_setting(e: _Env) -> str:
    """GPT4All's Download Path, where its settings can be read without Qt."""
    if e.windows:
        try:
            import winreg  # type: ignore[import-not-found]

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\nomic.ai\GPT4All") as key:
                return str(winreg.QueryValueEx(key, "modelPath")[0])
        except (ImportError, OSError):
            return ""
    if e.mac:
        import plistlib

        for name in ("com.nomic.GPT4All.plist", "ai.nomic.GPT4All.plist", "com.nomic-ai.gpt4all.plist"):
            try:
                with open(e.home / "Library" / "Preferences" / name, "rb") as handle:
                    value = plistlib.load(handle).get("modelPath")
            except (OSError, ValueError, plistlib.InvalidFileException):
                continue
            if isinstance(value, str) and value:
                return value
        return ""
    ini = e.xdg("XDG_CONFIG_HOME", ".config") / "nomic.ai" / "GPT4All.ini"
    try:
        lines = ini.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in lines:
        key, _, value = line.partition("=")
        if key.strip() in ("modelPath", "modelPaths") and value.strip():
            return value.strip().strip('"')
    return ""


def _jan(e: _Env) -> list[Location]:
    if e.windows:
        data = e.appdata() / "Jan" / "data"
    elif e.mac:
        data = e.home / "Library" / "Application Support" / "Jan" / "data"
    else:
        data = e.xdg("XDG_CONFIG_HOME", ".config") / "Jan" / "data"
    return [
        Location("jan", data / "models", "files", "default"),
        Location("jan", data / "llamacpp" / "models", "files", "default"),
        Location("jan", e.home / "jan" / "models", "files", "default (older releases)"),
    ]


def _llama_cpp(e: _Env) -> list[Location]:
    if e.get("LLAMA_CACHE"):
        # Current releases keep the Hugging Face layout there; older ones flat files. "files" finds
        # both (a snapshot file is a GGUF file like any other), and models--* folders are named.
        return [Location("llama.cpp", e.path("LLAMA_CACHE"), "files", "LLAMA_CACHE")]
    if e.windows:
        legacy = e.local_appdata() / "llama.cpp"
    elif e.mac:
        legacy = e.home / "Library" / "Caches" / "llama.cpp"
    else:
        legacy = e.xdg("XDG_CACHE_HOME", ".cache") / "llama.cpp"
    return [Location("llama.cpp", legacy, "files", "default (releases before the Hugging Face cache)")]


def hf_hub_cache(env=None, home=None) -> tuple[Path, str]:
    """The Hugging Face hub cache folder, and which setting chose it."""
    e = _Env(env, home)
    for name in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if e.get(name):
            return e.path(name), name
    if e.get("HF_HOME"):
        return e.path("HF_HOME") / "hub", "HF_HOME"
    if e.get("XDG_CACHE_HOME"):
        return e.path("XDG_CACHE_HOME") / "huggingface" / "hub", "XDG_CACHE_HOME"
    return e.home / ".cache" / "huggingface" / "hub", "default"


def _hf_cache(e: _Env) -> list[Location]:
    path, why = hf_hub_cache(e.env, e.home)
    return [Location("hf-cache", path, "hf-cache", why)]


def _first_line(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.readline().strip()
    except OSError:
        return ""


def _json_value(path: Path, key: str) -> str:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""
