"""The personalization panel: datasets from documents and history, JSONL import/export, example
preview, adapters; and fine-tuning from the panel when the trainer is installed."""

from __future__ import annotations

import json

import pytest

from tests.desktop.conftest import flush_db


PASSAGES = [
    "Morning light crept over the rooftops of the old quarter, and the baker was already singing.",
    "By noon the market square was a storm of voices, oranges and bicycle bells.",
    "In the evening the river carried the lanterns slowly towards the sea, one by one.",
    "At night the lighthouse keeper wrote letters he never sent, in green ink, to nobody.",
]


def _panel(qtbot, window):
    panel = window.panels.personalization
    with qtbot.waitSignal(panel.datasets.loaded, timeout=30_000):
        window.panels.show_personalization()
    return panel


def test_build_a_dataset_from_documents_and_preview_it(qtbot, window, tmp_path):
    doc = tmp_path / "journal.md"
    doc.write_text("\n\n".join(PASSAGES * 3), encoding="utf-8")
    panel = _panel(qtbot, window)
    from core.datasets_build import BuildOptions

    with qtbot.waitSignal(panel.datasets.examples_loaded, timeout=60_000):
        panel.datasets.build("documents", "journal", paths=[str(doc)], options=BuildOptions(min_chars=40, eval_fraction=0.2))
    flush_db(qtbot, window)
    assert panel.datasets.current_name() == "journal"
    assert panel.datasets.examples_view.topLevelItemCount() > 0
    panel.datasets.examples_view.setCurrentItem(panel.datasets.examples_view.topLevelItem(0))
    assert panel.datasets.example_edit.toPlainText() in "\n\n".join(PASSAGES * 3)
    # The training tab lists the dataset.
    assert panel.training.dataset_combo.findData("journal") >= 0


def test_edit_and_delete_an_example_from_the_preview(qtbot, window, tmp_path):
    source = tmp_path / "style.jsonl"
    lines = [
        {"messages": [{"role": "user", "content": f"Write line {i}"}, {"role": "assistant", "content": f"Line {i}."}]}
        for i in range(3)
    ]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    tab = _panel(qtbot, window).datasets
    with qtbot.waitSignal(tab.examples_loaded, timeout=30_000):
        tab.import_jsonl("style", str(source))
    flush_db(qtbot, window)
    tab.examples_view.setCurrentItem(tab.examples_view.topLevelItem(0))
    assert tab.save_example_button.isEnabled() and tab.delete_example_button.isEnabled()
    edited_id = tab.current_example()["id"]
    tab.example_edit.setPlainText("Line zero, said my way.")
    with qtbot.waitSignal(tab.examples_loaded, timeout=30_000):
        tab.save_example_button.click()
    from core.storage.datasets import iter_examples

    stored = {e["id"]: e for e in iter_examples("style")}
    assert stored[edited_id]["messages"][-1]["content"] == "Line zero, said my way."
    tab.examples_view.setCurrentItem(tab.examples_view.topLevelItem(0))
    doomed = tab.current_example()["id"]
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.delete_example_button.click()
    flush_db(qtbot, window)
    assert doomed not in {e["id"] for e in iter_examples("style")} and len(list(iter_examples("style"))) == 2


def test_import_export_and_delete_jsonl(qtbot, window, tmp_path):
    source = tmp_path / "style.jsonl"
    lines = [
        {"messages": [{"role": "user", "content": f"Write line {i}"}, {"role": "assistant", "content": f"Line {i}, my way."}]}
        for i in range(6)
    ]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    panel = _panel(qtbot, window)
    tab = panel.datasets
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.import_jsonl("style", str(source))
    flush_db(qtbot, window)
    assert [d["name"] for d in tab.datasets] == ["style"] and tab.datasets[0]["examples"] == 6
    out = tmp_path / "out.jsonl"
    tab.export_jsonl("style", str(out))
    flush_db(qtbot, window)
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(e["messages"][1]["content"] for e in exported) == sorted(l["messages"][1]["content"] for l in lines)

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"messages": []}\nnot json\n', encoding="utf-8")
    messages = []
    tab.message.connect(lambda text, kind: messages.append((kind, text)))
    tab.import_jsonl("bad", str(bad))
    flush_db(qtbot, window)
    assert messages and messages[-1][0] == "error" and "line" in messages[-1][1]

    tab.select("style")
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.delete_button.click()
    assert tab.datasets == []


def test_adapters_list_and_activate(qtbot, window, tmp_path):
    from core.storage.runs import add_adapter

    adapter_id = add_adapter(
        "my-voice", "smollm2-135m-instruct", gguf_path=str(tmp_path / "a.gguf"),
        metrics={"eval_loss_before": 2.5, "eval_loss_after": 1.9},
    )
    panel = _panel(qtbot, window)
    tab = panel.adapters
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.refresh()
    assert tab.list.topLevelItemCount() == 1
    assert "2.500 → 1.900" in tab.list.topLevelItem(0).text(3)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    window.load_model = lambda reload=False: None  # loading the (fake) adapter is not this test's business
    with qtbot.waitSignal(panel.adapter_activated, timeout=5_000):
        tab.activate_button.click()
    assert window.prefs.adapter == str(adapter_id)
    assert "my-voice" in tab.active_label.text()
    tab.deactivate_button.click()
    assert window.prefs.adapter == ""


def test_build_options_form_round_trips_values(qtbot):
    from core.datasets_build import BuildOptions
    from desktop.dataclass_form import DataclassForm

    form = DataclassForm(BuildOptions(min_chars=50))
    qtbot.addWidget(form)
    editor, _, _ = form.editors["eval_fraction"]
    editor.setValue(0.25)
    assert "merged" in form.editors["min_chars"][0].toolTip()  # the field's help text
    value = form.value()
    assert value.min_chars == 50 and value.eval_fraction == 0.25 and value.seed == BuildOptions().seed


def test_training_tab_without_trainer_says_so(qtbot, window, monkeypatch):
    # The lite bundle has no torch or peft: what it finds is what available() reports.
    from desktop import training_job

    monkeypatch.setattr(training_job, "available", lambda: False)
    panel = _panel(qtbot, window)
    assert not panel.training.start_button.isEnabled()
    assert "not part of this installation" in panel.training.form_area.widget().text()


def _style_dataset(tmp_path, count: int = 24) -> str:
    path = tmp_path / "voice.jsonl"
    lines = []
    for i in range(count):
        lines.append({"messages": [
            {"role": "user", "content": f"Continue the story about the lighthouse, part {i}."},
            {"role": "assistant", "content": f"The lamp turned slowly, and on night {i} the keeper counted the ships in green ink."},
        ]})
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_a_short_fine_tune_from_the_panel_moves_the_progress_bar_and_stops(qtbot, window, tmp_path):
    import time

    from PySide6.QtCore import QTimer

    from core.training import TrainConfig

    panel = _panel(qtbot, window)
    with qtbot.waitSignal(panel.datasets.loaded, timeout=60_000):
        panel.datasets.import_jsonl("voice", _style_dataset(tmp_path))
    flush_db(qtbot, window)
    tab = panel.training
    assert tab.dataset_combo.findData("voice") >= 0
    config = TrainConfig(
        max_steps=400, micro_batch_size=2, eval_interval=200, checkpoint_interval=200, max_seq_len=64, eval_max_examples=4
    )
    values: list[int] = []
    tab.progress.valueChanged.connect(values.append)
    steps: list[int] = []
    tab.progress_changed.connect(lambda done, total, eta: steps.append(done))
    gaps: list[float] = []
    slow: list = []
    stop_at: list[float] = []
    last = [time.perf_counter()]

    starting: list[float] = []  # from Start until the first step: libraries and model loading

    def tick():
        now = time.perf_counter()
        if not steps:
            starting.append(now - last[0])
        else:
            gaps.append(now - last[0])
            if now - last[0] > 0.05:
                slow.append((round((now - last[0]) * 1000), len(steps), round(now - stop_at[0], 2) if stop_at else None))
        last[0] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("voice"))
    worker = tab.start(config=config)
    assert worker is not None and tab.stop_button.isEnabled()
    qtbot.waitUntil(lambda: len([s for s in steps if s >= 1]) >= 3, timeout=600_000)
    assert tab.progress.maximum() == 400 and tab.progress.value() >= 2
    assert "ETA" in tab.eta_label.text()
    assert tab.chart.points()[0] >= 2  # training loss plotted live
    assert window.status.training_bar.isVisible()
    with qtbot.waitSignal(tab.ended, timeout=120_000) as ended:
        stop_at.append(time.perf_counter())
        tab.stop_button.click()
    probe.stop()
    assert ended.args == ["cancelled"]
    assert not window.status.training_bar.isVisible()
    assert max(values) < 400
    worst_ms = max(gaps) * 1000 if gaps else 0.0
    print(f"\ntraining: {max(steps)} steps; event-loop probe while training: worst gap {worst_ms:.1f} ms over {len(gaps)} ticks")
    print(f"gaps over 50 ms (ms, records seen, seconds after Stop): {slow}")
    long_starts = sorted(round(g * 1000) for g in starting if g > 0.15)
    print(f"while the trainer started (imports, model load): worst gap {max(starting) * 1000:.1f} ms over "
          f"{len(starting)} ticks; over 150 ms: {long_starts}")
    # Training saturates both cores of a 2-core machine, so the OS alone can delay an occasional
    # tick; the UI must still answer within 50 ms on 99% of ticks and never freeze visibly.
    p99_ms = sorted(gaps)[int(len(gaps) * 0.99)] * 1000 if gaps else 0.0
    assert p99_ms < 50, f"the event loop was slower than 50 ms on over 1% of ticks while training (p99 {p99_ms:.0f} ms)"
    assert worst_ms < 250, f"the event loop stalled for {worst_ms:.0f} ms while training"
    # Starting pauses the window only where a library holds the interpreter lock in one native call
    # (loading libtorch ~0.5 s, parsing the tokenizer ~0.2 s, a first GGUF conversion); full garbage
    # collections over torch's objects (dozens of 100-500 ms pauses) must not happen (core.gc_freeze).
    assert len(long_starts) <= 5, f"the window paused over 150 ms {len(long_starts)} times while training started: {long_starts}"
    with qtbot.waitSignal(tab.runs_loaded, timeout=30_000):
        tab.refresh_runs()
    assert tab.runs and tab.runs[0]["status"] == "cancelled"
    tab.runs_view.setCurrentItem(tab.runs_view.topLevelItem(0))
    assert tab.resume_button.isEnabled()
