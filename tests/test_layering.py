"""The core must import and run without Qt (ARCHITECTURE rule 1)."""

import ast
import subprocess
import sys

from tests.conftest import REPO

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "desktop", "shiboken6")


def test_no_core_module_imports_qt_or_desktop():
    offenders = []
    for path in (REPO / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert not offenders


def test_core_imports_with_qt_unavailable():
    # Make any Qt import fail, then import every core module.
    modules = sorted(
        ".".join(p.relative_to(REPO).with_suffix("").parts)
        for p in (REPO / "core").rglob("*.py")
        if p.name != "__main__.py"
    )
    code = (
        "import sys\n"
        "for name in ('PySide6', 'shiboken6'): sys.modules[name] = None\n"
        "import importlib\n"
        f"for module in {modules!r}: importlib.import_module(module.removesuffix('.__init__'))\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=str(REPO), timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]



def test_modules_stay_small_and_the_main_window_is_wiring():
    sizes = {
        str(path.relative_to(REPO)): len(path.read_text(encoding="utf-8").splitlines())
        for package in ("core", "desktop")
        for path in (REPO / package).rglob("*.py")
    }
    assert not {name: n for name, n in sizes.items() if n > 500}, "split these modules by what they hold"
    assert sizes["desktop/main_window.py"] < 400
