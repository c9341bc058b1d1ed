"""History from the desktop: each outcome recorded, and the history panel's search, filters and
entry actions."""

from __future__ import annotations

from tests.desktop.conftest import flush_db, run_and_wait, select


TEXT = "The harbour was quiet at dawn. Fishing boats rocked gently while gulls circled the old lighthouse."


def _entries():
    from core.storage.history import list_history

    return list_history(limit=20)


def test_each_outcome_is_recorded(qtbot, make_window):
    window = make_window(max_tokens=16)
    window.show()
    tab = window.documents.current_tab()
    tab.set_text(TEXT)

    # accepted
    select(tab, 0, len(TEXT))
    run_and_wait(qtbot, window, "rewrite", {"style": "formal"})
    accepted_output = window.result_pane.proposal_text()
    assert window.flow.apply("replace")
    # edited, then accepted
    tab.set_text(TEXT)
    select(tab, 0, len(TEXT))
    run_and_wait(qtbot, window, "summarize", {"length": "short"})
    window.result_pane.proposal.setPlainText("A quiet harbour at dawn.")
    assert window.flow.apply("insert")
    # discarded
    run_and_wait(qtbot, window, "summarize", {"length": "short"})
    window.result_pane.discard_button.click()
    # cancelled
    window.prefs.max_tokens = 400
    cursor = tab.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    session = window.flow.run("summarize", {"length": "long"}, "")  # no stop rule: it runs until stopped
    qtbot.waitUntil(lambda: len(session.parts) >= 2, timeout=60_000)
    with qtbot.waitSignal(session.ended, timeout=30_000):
        window.flow.stop()
    # failed (a model file that does not exist)
    window.prefs.model = "/nonexistent/model.gguf"
    failed = run_and_wait(qtbot, window, "summarize", {})
    assert failed.state == "failed"
    flush_db(qtbot, window)

    entries = _entries()
    outcomes = [e["outcome"] for e in entries]
    assert outcomes == ["failed", "cancelled", "discarded", "edited", "accepted"], outcomes
    by_outcome = {e["outcome"]: e for e in entries}
    assert by_outcome["accepted"]["output"] == accepted_output and by_outcome["accepted"]["final_text"] is None
    assert by_outcome["edited"]["final_text"] == "A quiet harbour at dawn."
    assert by_outcome["edited"]["action"] == "summarize" and by_outcome["edited"]["input"] == TEXT
    assert by_outcome["cancelled"]["finish_reason"] == "cancelled"
    assert "model not found" in by_outcome["failed"]["error"]
    assert by_outcome["accepted"]["backend"] == "llama.cpp" and by_outcome["accepted"]["reason"]


def test_closing_the_window_records_an_undecided_result_as_discarded(qtbot, make_window):
    window = make_window(max_tokens=12)
    window.show()
    window.documents.current_tab().set_text(TEXT)
    run_and_wait(qtbot, window, "summarize", {"length": "short"})
    flush_db(qtbot, window)
    assert [e["outcome"] for e in _entries()] == ["pending"]
    window.shutdown()
    assert [e["outcome"] for e in _entries()] == ["discarded"]


def _seed_history():
    from core.storage.history import record

    ids = {}
    ids["fox"] = record("rewrite", "the quick brown fox", "The swift brown fox.", outcome="accepted", options={"style": "formal"}, document="/tmp/a.md")
    ids["harbour"] = record("summarize", "a long text about the harbour", "Harbour summary.", outcome="edited", final_text="My harbour summary.", document="/tmp/b.md")
    ids["cat"] = record("translate", "le chat", "the cat", outcome="discarded", options={"lang": "English"})
    return ids


def test_history_panel_lists_searches_and_filters(qtbot, window):
    ids = _seed_history()
    panel = window.panels.history
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        window.panels.show_history()
    assert [e["id"] for e in panel.entries] == [ids["cat"], ids["harbour"], ids["fox"]]  # newest first
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.search.setText("harb")
    assert [e["id"] for e in panel.entries] == [ids["harbour"]]
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.search.clear()
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.action_filter.setCurrentIndex(panel.action_filter.findData("rewrite"))
    assert [e["id"] for e in panel.entries] == [ids["fox"]]
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.action_filter.setCurrentIndex(0)
    index = panel.document_filter.findData("/tmp/b.md")
    assert index > 0
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.document_filter.setCurrentIndex(index)
    assert [e["id"] for e in panel.entries] == [ids["harbour"]]


def test_history_entry_copy_reapply_delete_and_add_to_dataset(qtbot, window):
    ids = _seed_history()
    panel = window.panels.history
    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        window.panels.show_history()
    assert panel.select_entry(ids["harbour"])
    assert "a long text about the harbour" in panel.detail.toPlainText()
    assert "My harbour summary." in panel.detail.toPlainText()

    panel.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "My harbour summary."

    tab = window.documents.current_tab()
    tab.set_text("Before. OLD. After.")
    select(tab, 8, 11)
    panel.reapply_button.click()
    assert tab.text() == "Before. My harbour summary.. After."
    tab.editor.undo()
    assert tab.text() == "Before. OLD. After."

    messages = []
    panel.message.connect(lambda text, kind: messages.append(text))
    panel.ask_dataset_name = lambda: "my-style"
    panel.dataset_button.click()
    flush_db(qtbot, window)
    from core.storage.datasets import find_dataset, iter_examples

    assert find_dataset("my-style")["examples"] == 1
    example = next(iter_examples("my-style"))
    assert example["messages"][-1] == {"role": "assistant", "content": "My harbour summary."}
    assert "a long text about the harbour" in example["messages"][1]["content"]
    assert messages and "my-style" in messages[-1]

    with qtbot.waitSignal(panel.refreshed, timeout=30_000):
        panel.delete_button.click()
    assert ids["harbour"] not in [e["id"] for e in panel.entries]
    from core.storage.history import get_entry, search_history

    assert get_entry(ids["harbour"]) is None
    assert search_history("harbour") == []


def test_the_examples_a_result_used_open_their_history_entries(qtbot, window):
    from core.storage.history import record

    earlier = record("rewrite", "The keeper of the lighthouse lit its lamp at dusk.", "At dusk, the keeper lit the lamp.",
                     outcome="accepted", options={"style": "formal"})
    tab = window.documents.current_tab()
    tab.set_text("the lighthouse keeper lit the lamp at dusk")
    session = run_and_wait(qtbot, window, "rewrite", {"style": "formal"})
    assert session.result.few_shot_ids == [earlier]
    label = window.result_pane.examples_label
    assert f'href="history:{earlier}"' in label.text()
    with qtbot.waitSignal(window.panels.history.refreshed, timeout=30_000):
        label.linkActivated.emit(f"history:{earlier}")
    qtbot.waitUntil(lambda: window.panels.history.current is not None and window.panels.history.current["id"] == earlier, timeout=10_000)
