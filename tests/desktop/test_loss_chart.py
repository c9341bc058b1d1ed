"""The loss chart: every point stays in view, on round tick values, and NaN losses are skipped."""

from __future__ import annotations

import math


def test_points_stay_in_view_on_round_ticks(qtbot):
    from desktop.loss_chart import LossChart

    chart = LossChart()
    qtbot.addWidget(chart)
    losses = [4.52, 3.9, 2.61, 1.02, 0.41, float("nan"), 0.05]
    for step, loss in enumerate(losses, start=1):
        chart.add(step, train_loss=loss, eval_loss=4.0 if step % 3 == 0 else None)
    assert chart.points() == (6, 2)  # the NaN step is not plotted
    low, high = chart.y_axis.min(), chart.y_axis.max()
    assert 0.0 <= low <= 0.05 and high >= 4.52
    ticks = chart.y_axis.tickCount()
    step = (high - low) / (ticks - 1)
    # "Nice" ticks: the interval is 1, 2 or 5 times a power of ten.
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, nice, rel_tol=1e-6) for nice in (1, 2, 2.5, 5, 10)), (low, high, ticks)
    assert chart.x_axis.max() == len(losses)

    chart.clear()
    assert chart.points() == (0, 0)
