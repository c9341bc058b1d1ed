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


def test_the_final_record_does_not_plot_the_best_adapters_loss_again(qtbot, window):
    """The trainer's last record repeats the best adapter's eval loss; the chart already has it at
    the step where it was measured, and plotting it again at the last step draws a false drop."""
    from core.training.loop import TrainProgress

    tab = window.panels.personalization.training
    records = [
        TrainProgress("eval_before", 0, 8, eval_loss=4.5),
        *(TrainProgress("step", step, 8, train_loss=4.0 - step * 0.3) for step in range(1, 9)),
        TrainProgress("eval", 4, 8, eval_loss=3.9),
        TrainProgress("eval", 8, 8, eval_loss=4.2),
        TrainProgress("done", 8, 8, eval_loss=3.9, done=True, status="early_stopped"),
    ]
    for record in records:
        tab._on_record(record)
    assert tab.chart.points() == (8, 3)
    assert tab.progress.value() == 8 and tab.progress.maximum() == 8


def test_nice_range_uses_round_steps_and_few_ticks():
    from desktop.loss_chart import nice_range

    assert nice_range(0.0, 4.6) == (0.0, 5.0, 6)
    assert nice_range(3.9, 4.6) == (3.8, 4.6, 5)
    for low, high in [(0.0, 4.6), (3.9, 4.6), (0.01, 0.07), (2.2, 11.3), (0.0, 0.0)]:
        start, end, ticks = nice_range(low, high)
        assert start <= low and end > start and end >= high and 2 <= ticks <= 6, (low, high, start, end, ticks)
