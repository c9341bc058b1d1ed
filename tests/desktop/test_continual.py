"""Continual learning in the app: the Adapters tab's versions, count of kept results, Update now,
one-click roll back, and the offer / idle update of desktop.continual_updates."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import flush_db

pytest.importorskip("core.training.continual")


def _keep_results(count: int) -> None:
    from core.storage import history

    for i in range(count):
        history.record("continue", f"Notes for bed {i}:", f"bed {i} - leeks: hoed between rows. [dry]", outcome="accepted")


def _versions(tmp_path, base_model: str = "smollm2-135m-instruct") -> tuple[int, int]:
    from core.storage.runs import add_adapter

    first = add_adapter("garden", base_model, peft_dir=str(tmp_path / "v1"), history_mark=0,
                        metrics={"eval_loss_before": 2.5, "eval_loss_after": 1.9})  # fmt: skip
    second = add_adapter("garden-v2", base_model, peft_dir=str(tmp_path / "v2"), parent_id=first, history_mark=0)
    return first, second


def _panel(qtbot, window):
    panel = window.panels.personalization
    window.model.load = lambda reload=False: None  # the adapters here have no files to load
    with qtbot.waitSignal(panel.adapters.loaded, timeout=30_000):
        window.panels.show_personalization()
    flush_db(qtbot, window)
    return panel


def test_adapters_tab_shows_versions_and_the_count_and_rolls_back_in_one_click(qtbot, window, tmp_path):
    from core.training import continual

    first, second = _versions(tmp_path)
    continual.set_active_adapter(second)  # an update (or the CLI) switched to version 2
    continual.set_threshold(3)
    _keep_results(4)
    panel = _panel(qtbot, window)
    tab = panel.adapters
    assert window.prefs.adapter == str(second)  # the window follows the core's choice
    rows = {tab.list.topLevelItem(i).text(0): tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())}
    assert rows["✔ garden-v2"].text(1) == "v2 (from garden)" and rows["garden"].text(1) == "v1"
    assert "2.500 → 1.900" in rows["garden"].text(3)
    box = tab.updates
    assert box.count_label.text() == "garden-v2 can learn from 4 results you kept since it was trained."
    assert box.update_button.isEnabled() and box.rollback_button.text() == "Roll back to garden"

    with qtbot.waitSignal(panel.adapter_activated, timeout=30_000) as activated:
        box.rollback_button.click()
    assert activated.args == [str(first)] and window.prefs.adapter == str(first)
    assert continual.active_adapter()["id"] == first and "garden" in tab.active_label.text()
    assert not box.rollback_button.isEnabled()  # garden is a first version
    assert box.count_label.text() == "garden can learn from 4 results you kept since it was trained."

    box.idle_check.setChecked(True)
    flush_db(qtbot, window)
    assert continual.when_idle() is True


def test_update_now_runs_the_update_in_the_training_tab(qtbot, window, tmp_path):
    from core.training import continual

    _first, second = _versions(tmp_path, base_model="a-model-that-was-removed")
    continual.set_active_adapter(second)
    _keep_results(2)
    panel = _panel(qtbot, window)
    messages = []
    panel.message.connect(lambda text, kind: messages.append((kind, text)))
    with qtbot.waitSignal(panel.training.ended, timeout=60_000) as ended:
        panel.adapters.updates.update_button.click()
    # The update ran through core.training.continual in the Training tab's worker and stopped at
    # its first check (this adapter's base model is gone); nothing changed.
    assert ended.args == ["failed"]
    assert messages[-1][0] == "error" and "a-model-that-was-removed" in messages[-1][1]
    assert "Starting: dataset update of the adapter in use" in panel.training.log.toPlainText()
    assert continual.active_adapter()["id"] == second


def test_kept_results_bring_one_offer_and_idle_time_starts_the_update(qtbot, window, tmp_path):
    from core.training import continual
    from desktop.continual_updates import ContinualUpdates

    _first, second = _versions(tmp_path)
    continual.set_active_adapter(second)
    continual.set_threshold(2)
    _keep_results(1)
    started, busy = [], [False]
    controller = ContinualUpdates(window.db, lambda: started.append(True) or True, lambda: busy[0], window.message_bar.info,
                                  parent=window, idle_after_s=3600)  # fmt: skip

    def check() -> dict:
        with qtbot.waitSignal(controller.status_read, timeout=30_000) as read:
            controller.check()
        return read.args[0]

    assert check()["new_examples"] == 1 and not window.message_bar.text  # not due yet
    _keep_results(1)
    assert check()["due"]
    assert window.message_bar.text == "garden-v2 can learn from the 2 results you kept since it was trained."
    window.message_bar.press("Not now")
    check()
    assert not window.message_bar.text  # offered once, not again every few minutes
    controller.offered = None
    check()
    window.message_bar.press("Update now")
    assert started == [True]

    continual.set_when_idle(True)
    controller.idle_after_s = 0  # the user has been away long enough
    busy[0] = True  # but an action is running
    check()
    assert started == [True]
    busy[0] = False
    check()
    assert started == [True, True] and not window.message_bar.text


def test_training_form_offers_full_fine_tuning_and_an_automatic_learning_rate(qtbot):
    from PySide6.QtWidgets import QComboBox

    from core.training import TrainConfig
    from desktop.dataclass_form import DataclassForm

    form = DataclassForm(TrainConfig())
    qtbot.addWidget(form)
    method, _, _ = form.editors["method"]
    assert isinstance(method, QComboBox) and [method.itemText(i) for i in range(method.count())] == ["lora", "full"]
    rate, _, _ = form.editors["learning_rate"]
    assert rate.text() == "auto" and "5e-05 for full" in rate.toolTip().replace("5e-5", "5e-05")
    assert form.value() == TrainConfig()
    method.setCurrentIndex(1)
    form.editors["train_embeddings"][0].setChecked(True)
    rate.setValue(0.0002)
    value = form.value()
    assert (value.method, value.train_embeddings, value.learning_rate) == ("full", True, 0.0002)
    assert TrainConfig(method="full").peak_lr == 5e-5 and TrainConfig().peak_lr == 1e-3
