"""Spelling & Grammar settings: on/off, dialect, the rules to turn off, the personal dictionary.

The settings live in the database, so ``inkstone-cli check`` uses the same ones. Saving goes
through the controller (on the database thread); the underlines follow at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.grammar import DIALECTS
from desktop.grammar_controller import GrammarController


class GrammarSettingsDialog(QDialog):
    def __init__(self, controller: GrammarController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Spelling & Grammar Settings"))
        self.resize(560, 520)
        names = {
            "american": self.tr("American English"),
            "british": self.tr("British English"),
            "canadian": self.tr("Canadian English"),
            "australian": self.tr("Australian English"),
        }
        self.enabled = QCheckBox(self.tr("Underline problems as I type"), self)
        self.dialect = QComboBox(self)
        for dialect in DIALECTS:
            self.dialect.addItem(names[dialect], dialect)

        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.enabled)
        form.addRow(self.tr("Dialect:"), self.dialect)
        note = QLabel(self.tr("Paragraphs that are not in English are skipped. The checker is Harper; it runs "
                              "on this computer and sends nothing anywhere."), general)
        note.setWordWrap(True)
        form.addRow(note)

        rules = QWidget(self)
        self.rule_filter = QLineEdit(rules)
        self.rule_filter.setPlaceholderText(self.tr("Find a rule…"))
        self.rule_filter.setClearButtonEnabled(True)
        self.rule_list = QListWidget(rules)
        self.rule_list.setUniformItemSizes(True)
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(QLabel(self.tr("Untick a rule to turn it off:"), rules))
        rules_layout.addWidget(self.rule_filter)
        rules_layout.addWidget(self.rule_list, 1)

        words = QWidget(self)
        self.word_list = QListWidget(words)
        self.word_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self.tr("Remove"), words)
        words_layout = QVBoxLayout(words)
        words_layout.addWidget(QLabel(self.tr("Words the checker accepts (add them from an underlined word's menu, "
                                              "or with inkstone-cli dictionary add):"), words))
        words_layout.addWidget(self.word_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        words_layout.addLayout(row)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(rules, self.tr("Rules"))
        self.tabs.addTab(words, self.tr("Dictionary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.rule_filter.textChanged.connect(self._filter_rules)
        self.remove_button.clicked.connect(self._remove_words)
        self.word_list.itemSelectionChanged.connect(lambda: self.remove_button.setEnabled(bool(self.word_list.selectedItems())))
        controller.ready.connect(self._fill_rules)
        self._removed: list[str] = []

    def reload(self) -> None:
        """Show the settings in force now."""
        settings = self.controller.settings
        self.enabled.setChecked(settings.enabled)
        self.dialect.setCurrentIndex(max(self.dialect.findData(settings.dialect), 0))
        self._removed = []
        self.word_list.clear()
        self.word_list.addItems(list(settings.words))
        self.remove_button.setEnabled(False)
        self._fill_rules()

    def _fill_rules(self) -> None:
        rules = self.controller.rules
        disabled = set(self.controller.settings.disabled_rules)
        self.rule_list.clear()
        if not rules:
            item = QListWidgetItem(self.tr("The checker is starting; the rules appear in a moment."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.rule_list.addItem(item)
            return
        for name, info in rules.items():
            if not info["default"]:
                continue  # off in Harper itself
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(info["description"])
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked if name in disabled else Qt.CheckState.Checked)
            self.rule_list.addItem(item)
        self._filter_rules(self.rule_filter.text())

    def _filter_rules(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.rule_list.count()):
            item = self.rule_list.item(row)
            shown = not needle or needle in item.text().casefold() or needle in (item.toolTip() or "").casefold()
            item.setHidden(not shown)

    def _remove_words(self) -> None:
        for item in self.word_list.selectedItems():
            self._removed.append(item.text())
            self.word_list.takeItem(self.word_list.row(item))

    def chosen(self):
        """The settings as the dialog shows them, and the words to remove."""
        settings = self.controller.settings
        disabled = set(settings.disabled_rules)
        for row in range(self.rule_list.count()):
            item = self.rule_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name is None:
                continue
            if item.checkState() == Qt.CheckState.Checked:
                disabled.discard(name)
            else:
                disabled.add(name)
        return replace(
            settings,
            enabled=self.enabled.isChecked(),
            dialect=self.dialect.currentData(),
            disabled_rules=tuple(sorted(disabled)),
        ), list(self._removed)

    def accept(self) -> None:
        settings, removed = self.chosen()
        if settings != self.controller.settings or removed:
            self.controller.save_settings(settings, removed)
        super().accept()
