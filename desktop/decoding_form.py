"""Spin boxes for the decoding settings (core.decoding.SETTINGS), each with an "Automatic" choice:
the value then comes from the next layer down (the action's settings, the model's prompt profile,
the built-in default). Preferences and the per-action settings both use it."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from core import decoding

_STEPS = {"temperature": 0.05, "top_p": 0.05, "min_p": 0.01, "repeat_penalty": 0.05}


class DecodingForm(QWidget):
    def __init__(self, parent: QWidget | None = None, names: tuple[str, ...] = tuple(decoding.SETTINGS)) -> None:
        super().__init__(parent)
        labels = {
            "temperature": self.tr("Temperature:"),
            "top_p": self.tr("Top-p:"),
            "top_k": self.tr("Top-k:"),
            "min_p": self.tr("Min-p:"),
            "repeat_penalty": self.tr("Repeat penalty:"),
            "max_tokens": self.tr("Longest answer (tokens):"),
            "num_beams": self.tr("Beams (PyTorch only):"),
            "few_shot": self.tr("Examples from your history:"),
        }
        tips = {
            "temperature": self.tr("0 always picks the likeliest word; higher values vary more"),
            "top_p": self.tr("Pick only among the likeliest words that together make up this share"),
            "top_k": self.tr("Pick only among this many likeliest words (0: no limit)"),
            "min_p": self.tr("Leave out words less likely than this share of the likeliest one"),
            "repeat_penalty": self.tr("Make words used in the last 64 less likely (1: off)"),
            "max_tokens": self.tr("The longest answer, in tokens"),
            "num_beams": self.tr("Search several answers at once and keep the best; the answer then arrives whole"),
            "few_shot": self.tr("Show the model this many of your earlier kept results for the action (0: none)"),
        }
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for name in names:
            setting = decoding.RANGED[name]
            # One step below the allowed range (or its excluded lower end) stands for "Automatic".
            if name in decoding.INTEGERS:
                box = QSpinBox(self)
                box.setRange(int(setting.low) - 1, int(setting.high))
            else:
                box = QDoubleSpinBox(self)
                step = _STEPS.get(name, 0.05)
                box.setDecimals(2)
                box.setSingleStep(step)
                box.setRange(setting.low - (step if setting.low_inclusive else 0), setting.high)
            box.setSpecialValueText(self.tr("Automatic (depends on the action)") if name == "max_tokens"
                                    else self.tr("Automatic (suits the action and model)"))
            box.setToolTip(tips[name])
            box.setObjectName(name)
            box.setValue(box.minimum())
            layout.addRow(labels[name], box)
            self.boxes[name] = box

    def values(self) -> dict[str, float | int | None]:
        """Each setting's value, None for Automatic."""
        result: dict[str, float | int | None] = {}
        for name, box in self.boxes.items():
            if box.value() == box.minimum():
                result[name] = None
            else:
                result[name] = int(box.value()) if isinstance(box, QSpinBox) else round(box.value(), 3)
        return result

    def set_values(self, values: dict) -> None:
        for name, box in self.boxes.items():
            value = values.get(name)
            box.setValue(box.minimum() if value is None else value)
