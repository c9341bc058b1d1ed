"""A form built from a config dataclass: one editor per field, its help text as the tooltip.

The core's configs (training, dataset building) are dataclasses whose fields carry
``metadata={"help": ...}`` (and ``"choices"`` for a field with a fixed set of values, shown as a
list); the form needs no knowledge of any particular config. Optional numbers show "auto" for None.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

_INT_MAX = 2**31 - 1


def _field_type(cls, field: dataclasses.Field):
    hints = typing.get_type_hints(cls)
    kind = hints.get(field.name, field.type)
    origin = typing.get_origin(kind)
    if origin is typing.Union or origin is types.UnionType:  # Optional[X] and X | None
        args = [a for a in typing.get_args(kind) if a is not type(None)]
        return args[0] if len(args) == 1 else str, True
    return kind, False


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize() + ":"


class DataclassForm(QWidget):
    """Edit an instance of a dataclass; :meth:`value` returns a new instance."""

    def __init__(self, instance: Any, parent: QWidget | None = None, skip: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.cls = type(instance)
        self.editors: dict[str, tuple[QWidget, type, bool]] = {}
        layout = QFormLayout(self)
        for field in dataclasses.fields(self.cls):
            if field.name in skip or field.name.startswith("_"):
                continue
            kind, optional = _field_type(self.cls, field)
            value = getattr(instance, field.name)
            choices = field.metadata.get("choices") if field.metadata else None
            editor = self._choice_editor(choices, value) if choices else self._editor(kind, value, optional)
            if editor is None:
                continue
            help_text = field.metadata.get("help", "") if field.metadata else ""
            editor.setToolTip(help_text)
            editor.setObjectName(field.name)
            label = QLabel(_label(field.name), self)
            label.setToolTip(help_text)
            layout.addRow(label, editor)
            self.editors[field.name] = (editor, kind, optional)

    def _choice_editor(self, choices, value) -> QComboBox:
        combo = QComboBox(self)
        for choice in choices:
            combo.addItem(str(choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _editor(self, kind, value, optional: bool) -> QWidget | None:
        if kind is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if kind is int:
            spin = QSpinBox(self)
            spin.setRange(-1 if optional else -_INT_MAX, _INT_MAX)
            if optional:
                spin.setSpecialValueText(self.tr("auto"))
            spin.setValue(-1 if value is None else int(value))
            return spin
        if kind is float:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(6 if optional or (value is not None and 0 < abs(value) < 0.001) else 4)
            spin.setRange(-1.0 if optional else -1e9, 1e9)
            if optional:  # "auto" (None) sits at the bottom of the range
                spin.setSpecialValueText(self.tr("auto"))
            spin.setSingleStep(0.1 if value is not None and abs(value) >= 0.1 else (abs(value) / 2 if value else 1e-5) or 0.01)
            spin.setValue(float(value) if value is not None else (-1.0 if optional else 0.0))
            return spin
        if kind is str or typing.get_origin(kind) in (list, tuple) or kind in (list, tuple):
            edit = QLineEdit(self)
            if isinstance(value, (list, tuple)):
                edit.setText(", ".join(str(v) for v in value))
            else:
                edit.setText("" if value is None else str(value))
            return edit
        return None  # nested or exotic fields are left at their defaults

    def value(self, base: Any | None = None) -> Any:
        """A new instance with the form's values (fields not shown keep ``base``'s values)."""
        changes = {}
        for name, (editor, kind, optional) in self.editors.items():
            if isinstance(editor, QComboBox):
                changes[name] = editor.currentData()
            elif kind is bool:
                changes[name] = editor.isChecked()
            elif kind is int:
                number = editor.value()
                changes[name] = None if optional and number == -1 else number
            elif kind is float:
                number = editor.value()
                changes[name] = None if optional and number == editor.minimum() else number
            else:
                text = editor.text().strip()
                if typing.get_origin(kind) in (list, tuple) or kind in (list, tuple):
                    items = [t.strip() for t in text.split(",") if t.strip()]
                    container = typing.get_origin(kind) or kind
                    changes[name] = container(items)
                else:
                    changes[name] = None if optional and not text else text
        base = base if base is not None else self.cls()
        return dataclasses.replace(base, **changes)
