"""Live chart of training and evaluation loss by step (QtCharts)."""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


def nice_range(low: float, high: float, most_ticks: int = 6) -> tuple[float, float, int]:
    """Widen ``low..high`` to round tick values (steps of 1, 2, 2.5 or 5 times a power of ten)
    with at most ``most_ticks`` ticks: 0-5 in steps of 1 rather than 0-4.6 in steps of 1.15."""
    span = max(high - low, 1e-9)
    magnitude = 10 ** math.floor(math.log10(span / (most_ticks - 1)))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        start, end = math.floor(low / step) * step, math.ceil(high / step) * step
        end = max(end, start + step)
        count = round((end - start) / step) + 1
        if count <= most_ticks:
            return round(start, 12), round(end, 12), count
    return low, high, most_ticks


class LossChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Loss"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)  # lower, the axis labels are elided
        self.train = QLineSeries(chart)
        self.train.setName(self.tr("training"))
        self.eval = QLineSeries(chart)
        self.eval.setName(self.tr("evaluation"))
        self.eval.setPointsVisible(True)
        chart.addSeries(self.train)
        chart.addSeries(self.eval)
        self.x_axis = QValueAxis(chart)
        self.x_axis.setTitleText(self.tr("step"))
        self.x_axis.setLabelFormat("%d")
        self.y_axis = QValueAxis(chart)
        self.y_axis.setLabelFormat("%.2f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.train, self.eval):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.clear()

    def clear(self) -> None:
        self.train.clear()
        self.eval.clear()
        self._max_step = 1
        self._low, self._high = None, None
        self.x_axis.setRange(0, 10)
        self.y_axis.setRange(0, 4)

    def add(self, step: int, train_loss: float | None = None, eval_loss: float | None = None) -> None:
        for series, value in ((self.train, train_loss), (self.eval, eval_loss)):
            if value is None or value != value:  # skip missing and NaN
                continue
            series.append(QPointF(step, value))
            self._low = value if self._low is None else min(self._low, value)
            self._high = value if self._high is None else max(self._high, value)
        self._max_step = max(self._max_step, step)
        self.x_axis.setRange(0, self._max_step)
        if self._low is not None:
            pad = max((self._high - self._low) * 0.1, 0.05)
            low, high, ticks = nice_range(max(0.0, self._low - pad), self._high + pad)
            self.y_axis.setRange(low, high)
            self.y_axis.setTickCount(ticks)

    def points(self) -> tuple[int, int]:
        """How many training and evaluation points the chart holds."""
        return self.train.count(), self.eval.count()
