"""The Adapters tab's "learning from your edits" box: how many kept results wait to be learned,
Update now, update by itself when idle, and a one-click roll back to the previous version.

The box only shows and asks; :class:`desktop.adapters_tab.AdaptersTab` reads and writes the core
(:mod:`core.training.continual`) on the database thread, and the personalization panel runs the
update in the Training tab.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class AdapterUpdateBox(QGroupBox):
    update_requested = Signal()
    rollback_requested = Signal()
    when_idle_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Learning from your edits"))
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.update_button = QPushButton(self.tr("Update now"), self)
        self.update_button.setToolTip(
            self.tr("Teach the adapter the results you kept since it was trained. The current version stays available.")
        )
        self.rollback_button = QPushButton(self.tr("Roll back"), self)
        self.idle_check = QCheckBox(self.tr("Update by itself when Inkstone is idle"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.rollback_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.idle_check)
        self.update_button.clicked.connect(self.update_requested)
        self.rollback_button.clicked.connect(self.rollback_requested)
        self.idle_check.toggled.connect(self._idle_toggled)
        self._filling = False
        self.show_status(None, None)

    def _idle_toggled(self, checked: bool) -> None:
        if not self._filling:
            self.when_idle_changed.emit(checked)

    def show_status(self, status: dict | None, previous: dict | None) -> None:
        """``status``: :meth:`core.training.continual.UpdateStatus.to_dict`; ``previous``: the
        version the adapter in use was made from (None for a first version)."""
        adapter = (status or {}).get("adapter")
        self._filling = True
        self.idle_check.setChecked(bool((status or {}).get("when_idle")))
        self._filling = False
        if adapter is None:
            self.count_label.setText(
                self.tr("Pick an adapter to use. Inkstone then counts the results you keep, and offers to teach them to it.")
            )
            self.update_button.setEnabled(False)
        else:
            count, threshold = status["new_examples"], status["threshold"]
            if status["due"]:
                text = self.tr("{name} can learn from {count} results you kept since it was trained.")
            else:
                text = self.tr("{count} results kept since {name} was trained; an update is offered at {threshold}.")
            self.count_label.setText(text.format(name=adapter["name"], count=count, threshold=threshold))
            self.update_button.setEnabled(count > 0)
        self.rollback_button.setEnabled(previous is not None)
        if previous is not None:
            self.rollback_button.setText(self.tr("Roll back to {name}").format(name=previous["name"]))
            self.rollback_button.setToolTip(self.tr("Use the previous version again; the newer one stays in the list."))
        else:
            self.rollback_button.setText(self.tr("Roll back"))
            self.rollback_button.setToolTip(self.tr("The adapter in use is a first version: there is nothing to roll back to."))
