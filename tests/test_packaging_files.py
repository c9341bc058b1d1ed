"""Packaging files: the Linux desktop entry and AppStream metadata, the app icons, the PyInstaller
spec's inputs, and resources read from a relocated folder (the code path a bundle takes).

Building a bundle is too slow for the suite; packaging/smoke.sh builds one and runs it.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.inkstone.Inkstone"
DESKTOP_FILE = REPO / "resources" / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = REPO / "resources" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SPEC = REPO / "packaging" / "inkstone.spec"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


# --- Linux desktop integration ------------------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate():
    tool = shutil.which("desktop-file-validate")
    if not tool:
        pytest.skip("desktop-file-validate is not installed (Debian/Ubuntu package: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    report = (result.stdout + result.stderr).strip()
    assert result.returncode == 0 and "error" not in report.lower(), report


def test_desktop_entry_names_the_app_its_icon_and_files():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Inkstone"
    assert entry["Exec"].split()[0] == "inkstone"  # packaging/install-linux.sh makes it absolute
    assert entry["Icon"] == APP_ID  # the hicolor name install-linux.sh installs the icons under
    assert "text/plain" in entry["MimeType"].split(";")


def test_metainfo_passes_appstreamcli_validate():
    tool = shutil.which("appstreamcli")
    if not tool:
        pytest.skip("appstreamcli is not installed (Debian/Ubuntu package: appstream)")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_entry_and_the_project():
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("project_license") == "Apache-2.0"
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert version in releases, f"pyproject version {version} has no <release> in {METAINFO_FILE.name}"


# --- icons ---------------------------------------------------------------------------------------


def test_app_icon_svg_and_png_sizes():
    svg = ET.parse(ICONS / "inkstone.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox")
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"inkstone-{size}.png") == (size, size)


def test_windows_ico_and_macos_icns_hold_the_expected_images():
    ico = (REPO / "packaging" / "inkstone.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {(ico[6 + 16 * i] or 256) for i in range(count)}
    assert {16, 32, 48, 256} <= sizes

    icns = (REPO / "packaging" / "inkstone.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, offset = set(), 8
    while offset < len(icns):
        kinds.add(icns[offset : offset + 4])
        offset += struct.unpack(">I", icns[offset + 4 : offset + 8])[0]
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


# --- the PyInstaller spec ------------------------------------------------------------------------


class _Recorder:
    """Stands in for PyInstaller's spec classes and remembers how the spec called them."""

    def __init__(self, calls: list, kind: str):
        self.calls, self.kind = calls, kind

    def __call__(self, *args, **kwargs):
        self.calls.append((self.kind, args, kwargs))
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])


def _run_spec(variant: str, monkeypatch) -> list:
    """Execute packaging/inkstone.spec with PyInstaller's objects stubbed out (no build)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]
    hooks.collect_dynamic_libs = lambda package: []
    hooks.copy_metadata = lambda dist: [(str(REPO / "pyproject.toml"), f"{dist}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "argv", ["inkstone.spec", "--variant", variant])
    calls: list = []
    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), "__name__": "__main__"}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = _Recorder(calls, kind)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


@pytest.mark.parametrize("variant", ["lite", "full"])
def test_spec_inputs_exist(variant, monkeypatch):
    calls = _run_spec(variant, monkeypatch)
    analyses = [kwargs | {"scripts": args[0]} for kind, args, kwargs in calls if kind == "Analysis"]
    assert len(analyses) == 2  # the window and the CLI
    for analysis in analyses:
        for script in analysis["scripts"]:
            assert Path(script).is_file(), script
        for source, _dest in analysis["datas"]:
            assert Path(source).exists(), f"the spec collects {source}, which does not exist"
    datas = {dest: Path(source) for a in analyses for source, dest in a["datas"]}
    assert (datas["resources"] / "actions.toml").is_file()

    from core.models import BUNDLED_FILE, BUNDLED_PACKAGE, bundled_model_path

    # The model lands where importlib.util.find_spec(BUNDLED_PACKAGE) looks in the bundle.
    assert datas[BUNDLED_PACKAGE] == bundled_model_path() and datas[BUNDLED_PACKAGE].name == BUNDLED_FILE

    excludes = set(analyses[0]["excludes"])
    assert ("torch" in excludes) == (variant == "lite")
    if variant == "full":  # transformers -> huggingface_hub -> httpx needs these at import time
        assert not {"truststore", "urllib3", "requests"} & excludes
        assert "gguf.dist-info" in datas  # transformers checks gguf's version before loading a GGUF
    assert not {"PySide6.QtCharts", "PySide6.QtSvg"} & excludes
    assert {"PySide6.QtCharts", "PySide6.QtSvg"} <= set(analyses[0]["hiddenimports"])

    exes = {kwargs["name"]: kwargs for kind, _args, kwargs in calls if kind == "EXE"}
    assert set(exes) == {"inkstone", "inkstone-cli"}
    assert exes["inkstone"]["console"] is False and exes["inkstone-cli"]["console"] is True
    for icon in (REPO / "packaging" / "inkstone.ico", REPO / "packaging" / "inkstone.icns"):
        assert icon.is_file()
    [(_, _, collect)] = [c for c in calls if c[0] == "COLLECT"]
    assert collect["name"] == f"inkstone-{variant}"


def test_spec_collects_llama_cpp_shared_library():
    hooks = pytest.importorskip("PyInstaller.utils.hooks", reason="PyInstaller is not installed (pip install pyinstaller)")
    libs = hooks.collect_dynamic_libs("llama_cpp")
    names = {Path(source).name for source, _dest in libs}
    assert any(name.startswith(("libllama.", "llama.")) for name in names), names
    assert all(dest.replace("\\", "/").startswith("llama_cpp/lib") for _source, dest in libs), libs


# --- resources from a relocated folder (what a bundle does) --------------------------------------


@pytest.fixture()
def copied_resources(tmp_path, monkeypatch):
    """resources/ copied elsewhere, with a marker action only the copy has."""
    copy = tmp_path / "bundle" / "resources"
    shutil.copytree(REPO / "resources", copy)
    with (copy / "actions.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[actions.packaging-marker]\nlabel = "Marker"\ninstruction = "Say hello."\n')
    return copy


def _check_loaded_from(copy: Path):
    from core.actions import load_catalog
    from core.paths import resources_dir

    assert resources_dir() == copy
    assert "packaging-marker" in load_catalog().actions  # read from the copy, not the checkout
    assert (resources_dir() / "icons" / "inkstone.svg").is_file()
    assert (resources_dir() / "linux" / DESKTOP_FILE.name).is_file()


def test_resources_load_from_inkstone_resources(copied_resources, monkeypatch):
    monkeypatch.setenv("INKSTONE_RESOURCES", str(copied_resources))
    _check_loaded_from(copied_resources)


def test_resources_load_from_a_pyinstaller_bundle_folder(copied_resources, monkeypatch):
    monkeypatch.delenv("INKSTONE_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(copied_resources.parent), raising=False)
    _check_loaded_from(copied_resources)


def test_app_icon_renders_from_copied_resources(copied_resources, monkeypatch, qapp):
    pytest.importorskip("PySide6.QtSvg", reason="PySide6 has no QtSvg here")
    from PySide6.QtGui import QIcon

    from core.paths import resources_dir

    monkeypatch.setenv("INKSTONE_RESOURCES", str(copied_resources))
    icon = QIcon(str(resources_dir() / "icons" / "inkstone.svg"))
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64 and image.pixelColor(32, 32).alpha() > 0
