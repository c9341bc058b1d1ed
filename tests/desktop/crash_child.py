"""Child process for the crash-recovery test: edit documents, let autosave run, then wait to be
killed. Prints "autosaved" once the recovery files are on disk."""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv[:1])
    from desktop.main_window import MainWindow

    window = MainWindow(preload=False, check_recovery=False, autosave_ms=100)
    window.show()
    tab = window.documents.current_tab()
    tab.editor.insertPlainText("Unsaved draft: 草稿 — never saved.\nSecond line.")
    opened = window.documents.open_file(sys.argv[1])
    opened.editor.moveCursor(opened.editor.textCursor().MoveOperation.End)
    opened.editor.insertPlainText(" Edited after opening.")

    def check():
        files = list(Path(window.recovery.store.folder).glob("*.json"))
        if len(files) == 2:
            print("autosaved", flush=True)
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # the parent kills us long before this
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
