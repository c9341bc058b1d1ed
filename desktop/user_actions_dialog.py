"""The "Your actions" dialog: add, change and delete the user's own actions (the app actions kept
in the database).

Each action is a name, a menu label, an instruction and optionally the longest answer. Saving and
deleting run on the window's database thread; the core checks the input (the name's form, a
name a built-in or the actions file already uses) and a refusal comes back as one line shown in
the dialog. After each change the window's action menus reload, so the action is in the
right-click menu at once. Actions from the user's actions.toml are edited in that file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from core.actions import MAX_OUTPUT_TOKENS


class UserActionsDialog(QDialog):
    """Edits the user's app actions through ``window.db``; the window's menus follow each change."""

    saved = Signal(str)  # name of the action saved
    deleted = Signal(str)  # name of the action deleted
    failed = Signal(str)  # the one-line reason shown in the dialog

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("UserActionsDialog")
        self.setWindowTitle(self.tr("Your actions"))
        self.main_window = window
        self._editing: str | None = None  # the stored action on the form; None for a new one
        self._busy = False

        intro = QLabel(
            self.tr(
                "Actions you add here appear in the right-click menu and in the Assistant menu, and run "
                "from the terminal with inkstone-cli run NAME. Actions in your actions.toml file are "
                "changed in that file."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("UserActionsList")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. make-tweet"))
        self.name_edit.setToolTip(self.tr("Lowercase letters, digits and hyphens; inkstone-cli run uses this name"))
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("Menu text (default: from the name)"))
        self.instruction_edit = QPlainTextEdit(self)
        self.instruction_edit.setPlaceholderText(self.tr("What should the model do with the text? e.g. Turn the text into a single tweet."))
        self.instruction_edit.setTabChangesFocus(True)
        self.tokens_spin = QSpinBox(self)
        self.tokens_spin.setRange(0, MAX_OUTPUT_TOKENS)  # the most the core accepts
        self.tokens_spin.setSpecialValueText(self.tr("Automatic"))
        self.tokens_spin.setToolTip(self.tr("Longest answer in tokens; Automatic allows 256"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("UserActionsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left.addLayout(list_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Label:"), self.label_edit)
        form.addRow(self.tr("Instruction:"), self.instruction_edit)
        form.addRow(self.tr("Longest answer (tokens):"), self.tokens_spin)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(form, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 420)

        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_button.clicked.connect(self.new_action)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        window.user_actions.changed.connect(self._fill)
        self._update_buttons()

    # -- the list -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the actions the window knows, and read them again from the database."""
        self._fill(self.main_window.menus.app_actions)
        self.main_window.user_actions.refresh()

    def _fill(self, rows: list) -> None:
        keep = self._editing
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            label = row.get("label") or row["name"]
            item = QListWidgetItem(f"{label}  ({row['name']})" if label != row["name"] else label)
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(row.get("instruction") or "")
            self.list.addItem(item)
            if row["name"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if keep is not None and self.list.currentItem() is None:
            self._clear_form()  # deleted elsewhere (inkstone-cli)
        self._update_buttons()

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)["name"] for i in range(self.list.count())]

    def select(self, name: str) -> bool:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole)["name"] == name:
                self.list.setCurrentRow(index)
                return True
        return False

    def _show_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = item.data(Qt.ItemDataRole.UserRole)
        self._editing = row["name"]
        self.name_edit.setText(row["name"])
        self.label_edit.setText(row.get("label") or "")
        self.instruction_edit.setPlainText(row.get("instruction") or "")
        self.tokens_spin.setValue(row.get("output_tokens") or 0)
        self._show_message("")
        self._update_buttons()

    def new_action(self) -> None:
        """Empty the form for a new action."""
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self._clear_form()
        self._show_message("")
        self.name_edit.setFocus()

    def _clear_form(self) -> None:
        self._editing = None
        self.name_edit.clear()
        self.label_edit.clear()
        self.instruction_edit.clear()
        self.tokens_spin.setValue(0)
        self._update_buttons()

    # -- saving and deleting ----------------------------------------------------------------------

    def save(self) -> None:
        """Store the form (a new action, or changes to the selected one, renamed if its name changed)."""
        if self._busy:
            return
        editing = self._editing
        name = self.name_edit.text().strip()
        label = self.label_edit.text().strip()
        instruction = self.instruction_edit.toPlainText().strip()
        tokens = self.tokens_spin.value() or None

        def work():
            from core.errors import BadInputError
            from core.storage import user_actions
            from core.storage.db import write_transaction

            with write_transaction():
                if editing is None:
                    if user_actions.get_user_action(name) is not None:
                        raise BadInputError(f"you already have an action named {name!r}; select it in the list to change it")
                    user_actions.save_user_action(name, instruction, label, tokens)
                else:
                    user_actions.rename_user_action(editing, name, instruction, label, tokens)
            return user_actions.list_user_actions()

        def done(rows: list) -> None:
            self._busy = False
            self._editing = name
            self.main_window.user_actions.apply(rows)
            self._fill(rows)
            shown = label or next((r["label"] for r in rows if r["name"] == name), "") or name
            self._show_message(self.tr("Saved. “{label}” is in the right-click menu and the Assistant menu.").format(label=shown))
            self.saved.emit(name)

        self._submit(work, done, self.tr("Not saved: {reason}"))

    def delete_current(self) -> None:
        """Delete the selected action."""
        name = self._editing
        if self._busy or name is None:
            return

        def work():
            from core.storage import user_actions

            user_actions.delete_user_action(name)
            return user_actions.list_user_actions()

        def done(rows: list) -> None:
            self._busy = False
            self._clear_form()
            self.main_window.user_actions.apply(rows)
            self._fill(rows)
            self._show_message(self.tr("Deleted {name}.").format(name=name))
            self.deleted.emit(name)

        self._submit(work, done, self.tr("Not deleted: {reason}"))

    def _submit(self, work, done, error_text: str) -> None:
        def failed(reason: str) -> None:
            self._busy = False
            self._update_buttons()
            line = error_text.format(reason=reason)
            self._show_message(line, error=True)
            self.failed.emit(line)

        self._busy = True
        self._update_buttons()
        self.main_window.db.submit(work, done, failed)

    # -- state ------------------------------------------------------------------------------------

    def _show_message(self, text: str, error: bool = False) -> None:
        # One line: a message from the core never brings a traceback with it.
        line = text.strip().splitlines()[0] if text.strip() else ""
        self.message.setText(line)
        self.message.setProperty("kind", "error" if error else "info")
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setVisible(bool(line))

    @property
    def error_text(self) -> str:
        """The error shown in the dialog ("" when none)."""
        return self.message.text() if self.message.property("kind") == "error" and not self.message.isHidden() else ""

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self._busy)
        self.add_button.setEnabled(not self._busy)
        self.delete_button.setEnabled(not self._busy and self._editing is not None)
