"""A strip above the editor for errors, warnings and offers — the app's only error surface.

Messages never block: there is no modal traceback dialog. A message can carry buttons (e.g.
"Restore" / "Discard" for crash recovery); pressing one runs its callback and closes the bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

INFO, WARNING, ERROR = "info", "warning", "error"


class MessageBar(QFrame):
    """Shows one message at a time; a newer message replaces an older one."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self._buttons_box = QHBoxLayout()
        layout.addLayout(self._buttons_box)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.kind = INFO
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = INFO,
        buttons: list[tuple[str, Callable[[], None]]] | None = None,
    ) -> None:
        self.kind = kind
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setText({INFO: "ℹ", WARNING: "⚠", ERROR: "⛔"}.get(kind, ""))
        self.label.setText(text)
        self._clear_buttons()
        for caption, callback in buttons or []:
            button = QPushButton(caption, self)
            button.clicked.connect(lambda _=False, cb=callback: self._press(cb))
            self._buttons_box.addWidget(button)
        self.show()

    def info(self, text: str, buttons=None) -> None:
        self.show_message(text, INFO, buttons)

    def warning(self, text: str, buttons=None) -> None:
        self.show_message(text, WARNING, buttons)

    def error(self, text: str, buttons=None) -> None:
        self.show_message(text, ERROR, buttons)

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def button_texts(self) -> list[str]:
        return [self._buttons_box.itemAt(i).widget().text() for i in range(self._buttons_box.count())]

    def press(self, caption: str) -> None:
        """Press the button labelled ``caption`` (used by tests and keyboard users alike)."""
        for i in range(self._buttons_box.count()):
            button = self._buttons_box.itemAt(i).widget()
            if button.text() == caption:
                button.click()
                return
        raise KeyError(caption)

    def dismiss(self) -> None:
        self._clear_buttons()
        self.hide()
        self.closed.emit()

    def _press(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()

    def _clear_buttons(self) -> None:
        while self._buttons_box.count():
            widget = self._buttons_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
