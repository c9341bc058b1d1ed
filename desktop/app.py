"""Entry point of the ``inkstone`` desktop app: ``inkstone [FILE ...]``.

Start-up stays light so the window appears at once: only Qt and the core's small modules are
imported here; llama.cpp (and, on a GPU machine, torch) load in a background worker after the
window is on screen.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

XCB_HELP = (
    "inkstone: Qt cannot open a window because system libraries it needs are missing.\n"
    "On Debian or Ubuntu install them with:\n"
    "  sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
    "libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1\n"
    "(Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms xcb-util-renderutil "
    "libxkbcommon-x11 mesa-libEGL)"
)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inkstone", description="Inkstone, a local-first writing assistant.")
    parser.add_argument("files", nargs="*", help=".txt, .md or .docx files to open")
    parser.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)[0]


def _platform_problem() -> str | None:
    """Why Qt's X11 plugin would abort, checked before Qt gets the chance (it aborts the process)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt picks its Wayland plugin
    if not os.environ.get("DISPLAY"):
        return (
            "inkstone: no display found (DISPLAY is not set). Start Inkstone from a desktop session, "
            "or use 'inkstone-cli' in a terminal."
        )
    import ctypes

    for library in ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"):
        try:
            ctypes.CDLL(library)
        except OSError:
            return XCB_HELP
    return None


def binding_problem() -> str | None:
    """PySide6 6.12.0 drops a reference to None/True/False on many calls when run on CPython
    3.11 (those objects are immortal only from 3.12 on); after a few thousand calls the
    interpreter aborts with "deallocating None". Say so instead of crashing mid-session."""
    import PySide6

    version = tuple(getattr(PySide6, "__version_info__", (0, 0, 0))[:3])
    if sys.version_info < (3, 12) and version[:2] == (6, 12):
        return (
            f"PySide6 {PySide6.__version__} crashes on Python {sys.version_info.major}.{sys.version_info.minor} "
            "after a few minutes of use; install PySide6 6.11 (pip install 'PySide6<6.12') or use Python 3.12 or newer"
        )
    return None


def _setup_logging() -> None:
    from core.paths import data_dir, private_file

    try:
        # The log can quote what the user wrote: readable by the user only.
        handler = logging.FileHandler(private_file(data_dir() / "inkstone.log"), encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _process_age() -> float:
    """Seconds since this process started (for --measure-startup)."""
    try:  # Linux: the start time in clock ticks since boot, without importing psutil
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        import psutil

        return time.time() - psutil.Process().create_time()


def create_app(argv: list[str]):
    """The QApplication with Inkstone's name, translations and style sheet."""
    from PySide6.QtWidgets import QApplication

    from core.paths import resources_dir
    from desktop.i18n import install_translators
    from desktop.preferences import Preferences

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Inkstone")
    app.setApplicationDisplayName("Inkstone")
    app.setOrganizationName("Inkstone")
    app.setDesktopFileName("io.github.inkstone.Inkstone")
    install_translators(app, Preferences().language)
    style = resources_dir() / "styles" / "inkstone.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = _parse(argv[1:])
    from core.offline import enforce_offline

    enforce_offline()
    problem = _platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        import PySide6  # noqa: F401
    except ImportError as exc:
        print(f"inkstone: the desktop needs PySide6 ({exc}); run: pip install PySide6", file=sys.stderr)
        return 2
    _setup_logging()
    app = create_app(argv[:1])
    from PySide6.QtCore import QTimer

    from desktop.main_window import MainWindow

    window = MainWindow()
    _route_uncaught_errors(window)
    window.show()
    from desktop import settings_problems

    settings_problems.install(window)  # a damaged models.json: say so (the app runs on the built-in model)
    problem = binding_problem()
    if problem:
        print(f"inkstone: {problem}", file=sys.stderr)
        window.message_bar.error(problem)
    for path in args.files:
        window.documents.open_file(path)
    if args.measure_startup:
        def report():
            print(f"inkstone: window shown {_process_age():.3f} s after the process started", flush=True)
            heavy = sorted(m for m in ("llama_cpp", "torch", "transformers", "sqlite_utils") if m in sys.modules)
            print(f"inkstone: title {window.windowTitle()!r}; heavy modules loaded: {', '.join(heavy) or 'none'}", flush=True)
            window.shutdown()
            app.quit()

        QTimer.singleShot(0, report)
    status = app.exec()
    window.shutdown()  # a no-op after a normal close; joins every worker thread otherwise
    window.workers.stop_all()
    return status


def _route_uncaught_errors(window) -> None:
    """An unexpected exception in a slot goes to the log and the message bar, never a dialog."""
    log = logging.getLogger("inkstone")

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        from PySide6.QtCore import QCoreApplication

        from desktop.workers import describe_error

        try:
            window.message_bar.error(
                QCoreApplication.translate("MainWindow", "Something went wrong: {reason} (details in inkstone.log)").format(
                    reason=describe_error(value)
                )
            )
        except RuntimeError:  # the window is gone
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


if __name__ == "__main__":
    sys.exit(main())
