"""The user's own app actions in the window: read from the database off the UI thread (shortly
after start-up and whenever the window comes back to the front, since the CLI may have changed
them), handed to the menus, and edited in the "Your actions" dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class UserActionsSync(QObject):
    # The user's app actions were read again (rows of core.storage.user_actions).
    changed = Signal(list)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None
        self._pending = False
        self._error = ""  # the last failure to read them, said once
        self.read_once = False
        # Not during start-up: the window shows before sqlite-utils is imported. The 300 ms count
        # from the event loop's start: counted from here, a slow start (a cold disk, modules
        # compiled on first import) would import sqlite-utils before the window shows.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)
        QTimer.singleShot(0, self.timer, self.timer.start)

    def refresh(self) -> None:
        """Read the user's app actions on the database thread; the menus follow when they arrive."""
        if self.window.shutting_down or self._pending:
            return
        self.timer.stop()
        self.read_once = True

        def work():
            from core.storage.user_actions import list_user_actions

            return list_user_actions()

        def failed(message: str) -> None:
            self._pending = False
            if message != self._error:  # not again each time the window is activated
                self._error = message
                self.window.message_bar.warning(self.tr("Your actions could not be read: {reason}").format(reason=message))

        self._pending = True
        self.window.db.submit(work, self._on_read, failed)

    def _on_read(self, rows: list) -> None:
        self._pending = False
        self._error = ""
        self.apply(rows)

    def apply(self, rows: list) -> None:
        """Show ``rows`` (the user's app actions, read off the UI thread) in every action menu."""
        window = self.window
        if rows == window.menus.app_actions:  # read again on each activation; usually nothing changed
            return
        window.menus.set_app_actions(rows)
        if not window.assistant_menu.isVisible():  # an open menu is refilled when it next opens
            window.fill_assistant_menu()
        self.changed.emit(list(rows))

    def open_dialog(self):
        """The "Your actions" dialog (one at a time); returns it."""
        from desktop.user_actions_dialog import UserActionsDialog

        # Kept for the window's life: a save still in flight when it closes reports back to it.
        if self.dialog is None:
            self.dialog = UserActionsDialog(self.window)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
