"""Entry point of the ``inkstone`` desktop app (a minimal window until the full desktop lands)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from core.offline import enforce_offline

    enforce_offline()
    try:
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    except ImportError as exc:
        print(f"inkstone: the desktop needs PySide6 ({exc}); run: pip install PySide6", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    window = QMainWindow()
    window.setWindowTitle("Inkstone")
    window.setCentralWidget(QLabel("Inkstone — the editor arrives with the desktop release. Use inkstone-cli meanwhile."))
    window.resize(800, 500)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
