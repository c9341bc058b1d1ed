"""History entries, the full-text index, settings, and the training-run tables."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.notes import Note
from core.run import ActionResult, record_run
from core.errors import BadInputError
from core.storage import history, runs
from core.storage.db import get_db, integrity_check
from core.storage.settings import all_settings, get_setting, history_enabled, set_history_enabled, set_setting

# Text in many scripts, with the characters most likely to be mangled on the way through.
ANY_SCRIPT = [
    "长江是中国最长的河流，全长约6300公里。",
    "日本語のテキスト：カタカナとひらがな、漢字。ｶﾀｶﾅ",
    "한국어 문장입니다. 서울은 아름답습니다.",
    "مرحبا بالعالم، هذا نص عربي.",
    "שלום עולם \u200fטקסט בעברית\u200f with \u202eoverride\u202c marks",
    "Emoji: 👩🏽‍💻 🇫🇷 ❤️ 🧑‍🤝‍🧑 and a variation selector ︎☺︎",
    "Control chars \x01\x02\x07\x08\x0b\x0c\x1b[31m\x1f\x7f kept, tabs\tand\r\nCRLF, line sep\u2028para sep\u2029",
    "Combining: e\u0301 vs é, Z\u0335\u0322a\u0336lgo; Devanagari नमस्ते; Thai สวัสดีครับ",
    "Astral CJK 𠀀𪚥 and math 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "  leading and trailing whitespace \n\n",
]


def make_result(**overrides) -> ActionResult:
    fields = dict(
        action="summarize", options={"length": "short"}, input="The river flows north.", output="A river.",
        model="SmolLM2-135M-Instruct", backend="llama.cpp", device="cpu", reason="only backend", adapter=None,
        prompt_tokens=40, completion_tokens=5, ttft_s=0.2, tokens_per_s=80.0, elapsed_s=0.4, chunks=1,
        finish_reason="stop", notes=[Note.from_value("a note")], instruction="Summarize the following text in one or two sentences.",
        reason_code="cuda_room", reason_params={"name": "RTX", "free": "20.0 GB"},
    )
    fields.update(overrides)
    return ActionResult(**fields)


def ids(entries) -> list[int]:
    return [e["id"] for e in entries]


def test_record_run_stores_every_field_and_the_instruction(tmp_path):
    doc = tmp_path / "essay.md"
    entry_id = record_run(make_result(), "accepted", document=str(doc))
    entry = history.get_entry(entry_id)
    assert entry["action"] == "summarize" and entry["outcome"] == "accepted"
    assert entry["options"] == {"length": "short"}
    assert entry["instruction"].startswith("Summarize the following text")
    assert entry["input"] == "The river flows north." and entry["output"] == "A river."
    assert entry["kept_text"] == "A river." and entry["final_text"] is None
    assert (entry["model"], entry["backend"], entry["device"]) == ("SmolLM2-135M-Instruct", "llama.cpp", "cpu")
    assert (entry["prompt_tokens"], entry["completion_tokens"], entry["chunks"]) == (40, 5, 1)
    assert entry["tokens_per_s"] == 80.0 and entry["notes"] == [{"code": "text", "text": "a note", "params": {}}]
    assert entry["document"] == str(doc)
    assert (entry["reason_code"], entry["reason_params"]) == ("cuda_room", {"name": "RTX", "free": "20.0 GB"})
    assert entry["created_at"].endswith("Z")
    assert history.get_entry(entry_id + 100) is None


def test_list_filters_and_pages_newest_first(tmp_path):
    made = []
    for i in range(7):
        action = "rewrite" if i % 2 else "summarize"
        made.append(history.record(action, f"text {i}", f"out {i}", outcome="accepted",
                                   document=str(tmp_path / "a.txt") if i < 3 else None))
    assert ids(history.list_history()) == made[::-1]
    assert ids(history.list_history(limit=2, offset=1)) == [made[5], made[4]]
    assert ids(history.list_history(action="rewrite")) == [made[5], made[3], made[1]]
    assert ids(history.list_history(document=str(tmp_path / "a.txt"))) == [made[2], made[1], made[0]]
    assert ids(history.list_history(limit=3, before_id=made[4])) == [made[3], made[2], made[1]]
    assert history.count_history() == 7 and history.count_history(action="rewrite") == 3
    history.update_outcome(made[0], "discarded")
    assert ids(history.list_history(outcome="discarded")) == [made[0]]


def test_full_text_index_follows_insert_update_and_delete():
    db = get_db()
    first = history.record("rewrite", "The heron waited by the marsh.", "A heron waited.", outcome="pending")
    second = history.record("summarize", "Marsh birds at dawn.", "Birds.", outcome="accepted")
    assert ids(history.search_history("marsh")) == [second, first]
    assert ids(history.search_history("HERON waited")) == [first]  # every word, any case

    history.update_outcome(first, "edited", final_text="The egret stood still.")
    assert ids(history.search_history("egret")) == [first]
    history.update_outcome(first, "edited", final_text="The crane stood still.")
    assert history.search_history("egret") == []  # the replaced final text left the index
    assert ids(history.search_history("crane")) == [first]

    db.execute("UPDATE history SET input = 'Nothing about birds.' WHERE id = ?", [first])
    assert ids(history.search_history("marsh")) == [second]

    assert history.delete_entry(second)
    assert history.search_history("marsh") == [] and history.search_history("dawn") == []
    assert not history.delete_entry(second)
    # The index holds exactly the rows that exist.
    indexed = db.conn.execute("SELECT count(*) FROM history_fts").fetchone()[0]
    assert indexed == db.conn.execute("SELECT count(*) FROM history").fetchone()[0] == 1
    assert integrity_check(db) == ["ok"]


def test_search_handles_scripts_accents_prefixes_and_odd_queries():
    zh = history.record("translate", "我们明天去北京看长城。", "We go to Beijing.", outcome="accepted")
    fr = history.record("rewrite", "Un café crème, s'il vous plaît.", "Coffee please.", outcome="accepted")
    ja = history.record("summarize", "東京タワーに行きました", "Went.", outcome="accepted")
    assert ids(history.search_history("长城")) == [zh]  # a word inside an unspaced sentence
    assert ids(history.search_history("北京 长城")) == [zh]
    assert history.search_history("城长") == []  # characters must be adjacent and in order
    assert ids(history.search_history("タワー")) == [ja]
    assert ids(history.search_history("cafe creme")) == [fr]  # accents folded
    assert ids(history.search_history("caf", prefix=True)) == [fr]
    assert history.search_history("caf") == []
    for odd in ['"', "AND OR NOT", "* ( ) :", "NEAR(a b)", "-", "😀"]:
        history.search_history(odd)  # never an FTS syntax error
    assert history.search_history('"unbalanced') == []
    hits = history.search_history("crème")
    assert ids(hits) == [fr] and "crème" in hits[0]["snippet"]
    assert ids(history.search_history("café", action="translate")) == []


def test_any_script_text_round_trips_exactly():
    made = {}
    for text in ANY_SCRIPT:
        made[history.record("rewrite", text, text[::-1], outcome="edited", final_text=text + "!")] = text
    for entry_id, text in made.items():
        entry = history.get_entry(entry_id)
        assert entry["input"] == text
        assert entry["output"] == text[::-1]
        assert entry["final_text"] == text + "!"
    assert len(history.search_history("최장") + history.search_history("서울")) == 1
    assert len(history.search_history("بالعالم")) == 1
    assert len(history.search_history("𪚥")) == 1


def test_history_off_records_nothing_until_turned_back_on():
    assert history_enabled()
    set_history_enabled(False)
    assert record_run(make_result(), "accepted") is None
    assert history.record("summarize", "x", "y", outcome="failed", error="boom") is None
    assert history.count_history() == 0
    set_history_enabled(True)
    assert record_run(make_result(), "accepted") is not None
    assert history.count_history() == 1


def test_bad_outcome_is_refused():
    with pytest.raises(BadInputError, match="unknown outcome"):
        history.record("summarize", "x", "y", outcome="liked")
    entry_id = history.record("summarize", "x", "y", outcome="pending")
    with pytest.raises(BadInputError):
        history.update_outcome(entry_id, "great")
    assert not history.update_outcome(entry_id + 1, "accepted")


def test_clear_history_empties_the_index_and_keeps_it_in_sync_afterwards():
    for i in range(5):
        history.record("summarize", f"lighthouse {i}", "x", outcome="accepted")
    assert history.clear_history() == 5
    assert history.search_history("lighthouse") == []
    entry_id = history.record("summarize", "lighthouse again", "x", outcome="accepted")
    assert ids(history.search_history("lighthouse")) == [entry_id]
    history.delete_entry(entry_id)
    assert history.search_history("lighthouse") == []
    assert integrity_check() == ["ok"]


def test_settings_store_json_values():
    assert get_setting("missing", default=3) == 3
    set_setting("ui.theme", {"name": "dark", "size": 12, "fonts": ["思源宋体"]})
    set_setting("ui.theme", {"name": "light"})
    assert get_setting("ui.theme") == {"name": "light"}
    assert all_settings()["history.enabled"] is True


def test_training_runs_metrics_and_adapters():
    from core.storage.datasets import save_examples

    dataset = save_examples("voice", [{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}],
                            source="import")
    run_id = runs.start_run("SmolLM2-135M-Instruct", {"r": 8, "lr": 2e-4}, dataset_id=dataset["id"], total_steps=40,
                            checkpoint_dir="/tmp/ckpt")
    run = runs.get_run(run_id)
    assert run["status"] == "running" and run["dataset_name"] == "voice" and run["config"] == {"lr": 2e-4, "r": 8}
    runs.log_metrics(run_id, 10, train_loss=2.5, lr=1e-4, tokens_per_s=150.0)
    runs.log_metrics(run_id, 10, eval_loss=2.7)  # the same step again merges
    runs.log_metrics(run_id, 20, train_loss=1.2)
    metrics = runs.run_metrics(run_id)
    assert [(m["step"], m["train_loss"], m["eval_loss"]) for m in metrics] == [(10, 2.5, 2.7), (20, 1.2, None)]
    assert runs.get_run(run_id)["step"] == 20
    runs.finish_run(run_id, "completed")
    assert runs.get_run(run_id)["finished_at"] is not None
    with pytest.raises(ValueError):
        runs.update_run(run_id, colour="red")

    adapter_id = runs.add_adapter("my voice", "SmolLM2-135M-Instruct", run_id=run_id, dataset_id=dataset["id"],
                                  gguf_path="/tmp/a.gguf", metrics={"eval_loss": 2.7})
    assert runs.get_adapter("MY VOICE")["id"] == adapter_id
    assert runs.get_adapter(adapter_id)["metrics"] == {"eval_loss": 2.7}
    with pytest.raises(BadInputError, match="already exists"):
        runs.add_adapter("My Voice", "SmolLM2-135M-Instruct")
    assert [a["name"] for a in runs.list_adapters()] == ["my voice"]
    assert runs.delete_adapter("my voice") and runs.list_adapters() == []


def test_runs_left_running_by_a_dead_process_become_interrupted():
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    run_id = runs.start_run("base", total_steps=10)
    mine = runs.start_run("base", total_steps=10)
    runs.update_run(run_id, pid=int(dead.stdout))
    assert runs.mark_interrupted_runs() == [run_id]
    assert runs.get_run(run_id)["status"] == "interrupted"
    assert runs.get_run(mine)["status"] == "running"  # this process is alive
    assert runs.get_run(mine)["pid"] == os.getpid()


def test_documents_remember_when_they_were_opened(tmp_path):
    from core.storage.documents import find_document, recent_documents, touch_document

    first = touch_document(tmp_path / "a.md")
    second = touch_document(tmp_path / "b.md", title="Chapter B")
    assert touch_document(tmp_path / "a.md") == first  # the same path is the same document
    assert [d["id"] for d in recent_documents()] == [first, second]
    assert find_document(str(tmp_path / "b.md"))["title"] == "Chapter B"
    entry_id = history.record("continue", "Once", "upon", outcome="accepted", document=str(tmp_path / "b.md"))
    assert ids(history.list_history(document=second)) == [entry_id]
    assert history.list_history(document=str(tmp_path / "never-opened.md")) == []


def test_a_failed_run_is_recorded_through_the_same_path():
    from core.run import ActionRequest, failed_result

    request = ActionRequest("rewrite", "hey u", {"style": "formal", "lang": None})
    entry = history.get_entry(record_run(failed_result(request, "the model crashed", partial=" Hello "), "failed"))
    assert (entry["outcome"], entry["error"], entry["finish_reason"]) == ("failed", "the model crashed", "error")
    assert entry["output"] == "Hello" and entry["options"] == {"style": "formal"}
    # No catalog is read to fill the instruction in: a run that never built its prompt has none.
    assert entry["instruction"] is None
