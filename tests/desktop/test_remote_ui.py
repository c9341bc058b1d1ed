"""Remote endpoints in the app: Preferences ▸ Endpoints (add, test, remove) feeding the model list,
a remote run marked in the result pane and history, Run on this computer after a fault, and the
question before text first goes unencrypted to another machine."""

from __future__ import annotations

from tests.desktop.conftest import flush_db, run_and_wait


def test_preferences_add_test_and_remove_an_endpoint(qtbot, window, fault_server):
    from desktop.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    page = dialog.endpoints_page
    assert "remote" not in [dialog.backend_combo.itemData(i) for i in range(dialog.backend_combo.count())]
    page.name_edit.setText("lab")
    page.url_edit.setText(fault_server.base_url)
    page.model_edit.setText("good")
    assert page.http_warning.isHidden()  # loopback
    with qtbot.waitSignal(page.reported, timeout=30_000) as report:
        page.add()
    assert report.args[1] == "info" and "Added endpoint lab" in report.args[0]
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
    models = [dialog.model_combo.itemData(i) for i in range(dialog.model_combo.count())]
    assert "lab" in models
    dialog.model_combo.setCurrentIndex(models.index("lab"))
    qtbot.waitUntil(lambda: "remote endpoint lab (chosen in Preferences)" in dialog.route_label.text(), timeout=30_000)

    page.list.setCurrentRow(0)
    with qtbot.waitSignal(page.reported, timeout=30_000) as report:
        page.test()
    assert report.args == ["lab answers: good, context 4096 tokens, tokens estimated.", "info"]
    # A wrong server model is refused with the server's list.
    page.name_edit.setText("lab2")
    page.url_edit.setText(fault_server.base_url)
    page.model_edit.setText("gpt-9")
    with qtbot.waitSignal(page.reported, timeout=30_000) as report:
        page.add()
    assert report.args[1] == "error" and "has no model 'gpt-9'" in report.args[0]
    page.url_edit.setText("http://192.0.2.10:8000/v1")  # only typed: never contacted
    assert not page.http_warning.isHidden()

    page.list.setCurrentRow(0)
    with qtbot.waitSignal(page.reported, timeout=30_000):
        page.remove()
    qtbot.waitUntil(lambda: page.list.count() == 0, timeout=10_000)
    assert "lab" not in [dialog.model_combo.itemData(i) for i in range(dialog.model_combo.count())]
    qtbot.waitUntil(lambda: dialog.route_label.text() != dialog.tr("Checking…"), timeout=30_000)


def test_a_failed_remote_run_keeps_its_text_and_runs_locally_in_one_click(qtbot, make_window, fault_server):
    from core.endpoints import add_endpoint
    from core.storage.history import list_history
    from desktop.action_session import DONE, FAILED

    add_endpoint("flaky", fault_server.base_url, "nofinish", context_length=2048)
    window = make_window()
    window.prefs.model = "flaky"
    window.show()
    tab = window.documents.current_tab()
    tab.set_text("the meeting got moved to friday")
    session = run_and_wait(qtbot, window, "rewrite", {"style": "formal"})
    pane = window.result_pane
    assert session.state == FAILED and pane.proposal_text() == "Hello"
    assert pane.route_label.text().startswith("Remote: your text is sent to " + fault_server.base_url)
    assert "remote endpoint flaky (chosen in Preferences)" in pane.route_label.text()
    assert pane.local_button.isVisible() and "ended before it was finished" in pane.stats.text()

    pane.local_button.click()
    local = window.flow.session
    assert local is not session
    if local.running:
        with qtbot.waitSignal(local.ended, timeout=120_000):
            pass
    assert local.state == DONE and local.route.backend == "llama.cpp"
    assert not pane.local_button.isVisible()
    flush_db(qtbot, window)
    entries = list_history()
    assert [(e["backend"], e["outcome"]) for e in entries[-1:]] == [("remote", "failed")]
    assert entries[-1]["output"] == "Hello" and entries[0]["backend"] == "llama.cpp"
    # The history panel marks the remote run.
    panel = window.panels.history
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.refresh()
    labels = [panel.list.topLevelItem(i).text(1) for i in range(panel.list.topLevelItemCount())]
    assert labels == ["rewrite", "rewrite (remote: flaky)"]
    assert "Remote endpoint: the text was sent to " + fault_server.base_url in panel._entry_html(entries[-1])


def test_plain_http_to_another_machine_asks_first(qtbot, make_window):
    from core.endpoints import add_endpoint, get_endpoint, needs_http_warning

    add_endpoint("lan", "http://192.0.2.10:8000/v1", "m")  # declined below: nothing is ever sent there
    window = make_window()
    window.prefs.model = "lan"
    window.show()
    asked = []
    window.flow.confirm_send = lambda message: asked.append(message) or False
    window.documents.current_tab().set_text("private notes")
    assert window.flow.run("summarize", {}, "") is None
    assert window.flow.session is None and "travel unencrypted" in asked[0] and "192.0.2.10" in asked[0]
    assert needs_http_warning(get_endpoint("lan"))  # declined: it asks again next time
