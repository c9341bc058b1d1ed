"""Datasets: building from history and documents, splits, JSONL import/export."""

from __future__ import annotations

import json

import pytest

from core.datasets_build import (
    BuildOptions,
    build_from_documents,
    build_from_history,
    example_from_entry,
    split_passages,
)
from core.errors import BadInputError
from core.storage import history
from core.storage.datasets import assign_splits, delete_dataset, find_dataset, iter_examples, list_datasets, save_examples
from core.storage.jsonl import export_jsonl, import_jsonl

from tests.test_storage_history import ANY_SCRIPT
from tests.conftest import run_cli


def example(user: str, assistant: str) -> dict:
    return {"messages": [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]}


def write_jsonl(path, rows) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def paragraph(i: int, words: int = 30) -> str:
    return " ".join(f"word{i}x{j}" for j in range(words)) + "."


# -- from history --------------------------------------------------------------------------


def test_build_from_history_uses_kept_text_of_accepted_and_edited_results():
    accepted = history.record("summarize", "Long text about rivers.", "Rivers.", outcome="accepted", options={"length": "short"})
    edited = history.record("rewrite", "hey u", "Hello you.", outcome="edited", final_text="Hello, you!", options={"style": "formal"},
                            instruction="Rewrite the text formally.")  # as the run recorded it
    for outcome in ("discarded", "cancelled", "failed", "pending"):
        history.record("summarize", f"not kept {outcome}", "no", outcome=outcome)
    history.record("summarize", "cut off text", "Half a sen", outcome="accepted", finish_reason="length")
    history.record("summarize", "Long text about rivers.", "Rivers.", outcome="accepted", options={"length": "short"})
    gone = history.record("haiku", "an action since removed", "five seven five", outcome="accepted")
    assert history.get_entry(gone)["instruction"] is None and example_from_entry(history.get_entry(gone)) is None

    report = build_from_history("kept")
    assert (report.examples, report.sources, report.duplicates) == (2, 5, 1)
    assert (report.skipped_truncated, report.skipped_other) == (1, 1)
    examples = list(iter_examples("kept"))
    by_source = {e["source_id"]: e["messages"] for e in examples}
    assert set(by_source) == {str(accepted), str(edited)}
    system, user, assistant = by_source[str(edited)]
    assert system["role"] == "system" and "Inkstone" in system["content"]
    assert user == {"role": "user", "content": "Rewrite the text formally.\n\nhey u"}  # the stored instruction wins
    assert assistant == {"role": "assistant", "content": "Hello, you!"}
    # Recorded without an instruction: the action's current one is used.
    assert by_source[str(accepted)][1]["content"].startswith("Summarize the following text in one or two sentences.")

    only = build_from_history("rewrites", action="rewrite")
    assert only.examples == 1
    with pytest.raises(BadInputError, match="already exists"):
        build_from_history("KEPT")


def test_build_from_empty_history_is_an_error_and_creates_nothing():
    history.record("summarize", "x", "y", outcome="discarded")
    with pytest.raises(BadInputError, match="no accepted or edited results"):
        build_from_history("empty")
    assert find_dataset("empty") is None


# -- from documents ------------------------------------------------------------------------


def test_split_passages_merges_short_paragraphs_at_paragraph_boundaries():
    text = "Chapter 1\n\n" + paragraph(1) + "\n\n\n" + "Hi.\n\nYes.\n\n" + paragraph(2) + "\n\nEnd."
    passages = split_passages(text, min_chars=80)
    assert passages == ["Chapter 1\n\n" + paragraph(1), "Hi.\n\nYes.\n\n" + paragraph(2), "End."]


def test_build_from_documents_makes_continuations_and_skips_what_it_should(tmp_path):
    folder = tmp_path / "writing"
    (folder / "drafts").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    paragraphs = [paragraph(i) for i in range(12)]
    too_long = "x" * 2500
    (folder / "one.md").write_text("\n\n".join(paragraphs[:6] + [too_long] + paragraphs[6:]), encoding="utf-8")
    # The second document repeats a passage of the first one word for word.
    (folder / "drafts" / "two.txt").write_text("\n\n".join([paragraph(50), paragraphs[3], paragraph(51), "Tiny."]), encoding="utf-8")
    (folder / ".hidden" / "secret.txt").write_text("\n\n".join(paragraph(90 + i) for i in range(4)), encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")

    report = build_from_documents("voice", [folder])
    assert report.sources == 2
    assert report.skipped_long == 1 and report.skipped_short == 1 and report.duplicates == 1
    examples = list(iter_examples("voice"))
    # one.md: 13 passages, the first has no context and one is too long -> 11; two.txt: 3 after
    # its first, minus the duplicate and the short one -> 1.
    assert len(examples) == report.examples == 12
    first = next(e for e in examples if e["source_id"].endswith("one.md#1"))
    system, user, assistant = first["messages"]
    assert user["content"].startswith("Continue the following text in the same voice")
    assert user["content"].endswith(paragraphs[0])
    assert assistant["content"] == paragraphs[1]
    later = next(e for e in examples if e["source_id"].endswith("one.md#9"))
    context = later["messages"][1]["content"].split("\n\n", 1)[1]
    assert len(context) <= BuildOptions().context_chars
    assert context.endswith(paragraphs[7]) and context.startswith("word")  # whole sentences, no cut words
    assert not any("secret" in e["source_id"] for e in examples)


def test_document_splits_are_deterministic_and_seeded(tmp_path):
    doc = tmp_path / "long.txt"
    doc.write_text("\n\n".join(paragraph(i) for i in range(60)), encoding="utf-8")
    a = build_from_documents("a", [doc], BuildOptions(eval_fraction=0.2, seed=7))
    build_from_documents("b", [doc], BuildOptions(eval_fraction=0.2, seed=7))
    build_from_documents("c", [doc], BuildOptions(eval_fraction=0.2, seed=8))
    assert (a.examples, a.eval) == (59, 12)
    split = {name: [e["split"] for e in iter_examples(name)] for name in "abc"}
    assert split["a"] == split["b"] and split["a"] != split["c"]
    hashes = [f"h{i}" for i in range(100)]
    assert assign_splits(hashes, 0.1, 3) == assign_splits(list(reversed(hashes)), 0.1, 3)
    assert list(assign_splits(["only"], 0.5).values()) == ["train"]


def test_an_unreadable_document_fails_the_whole_build(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("\n\n".join(paragraph(i) for i in range(5)), encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 50)
    with pytest.raises(BadInputError, match="binary"):
        build_from_documents("mixed", [good, binary])
    with pytest.raises(BadInputError, match="not found"):
        build_from_documents("mixed", [good, tmp_path / "missing.md"])
    assert find_dataset("mixed") is None


# -- JSONL ---------------------------------------------------------------------------------


def test_export_then_import_gives_the_same_examples_and_splits(tmp_path):
    rows = [example(f"question {i} {ANY_SCRIPT[i % len(ANY_SCRIPT)]}", f"answer {i} {ANY_SCRIPT[-1 - i % len(ANY_SCRIPT)]}")
            for i in range(40)]
    rows[0]["messages"].insert(0, {"role": "system", "content": "Be brief. \u2028 Really."})
    source = tmp_path / "in.jsonl"
    write_jsonl(source, rows)
    first = import_jsonl("original", source)
    assert (first["examples"], first["eval"]) == (40, 4)

    out = tmp_path / "out.jsonl"
    assert export_jsonl("original", out) == 40
    lines = out.read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028 is inside a string
    assert len(lines) == 41 and lines[-1] == ""
    assert json.loads(lines[0]) == rows[0]  # only "messages", exactly as given
    import_jsonl("copy", out)
    original = [(e["messages"], e["split"]) for e in iter_examples("original")]
    copy = [(e["messages"], e["split"]) for e in iter_examples("copy")]
    assert original == copy
    assert export_jsonl("copy", tmp_path / "eval.jsonl", split="eval") == 4


def test_malformed_line_aborts_the_import_with_its_line_number(tmp_path):
    good = [example(f"q{i}", f"a{i}") for i in range(10)]
    path = tmp_path / "bad.jsonl"
    cases = {
        7: '{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}',
        3: '{"messages": [{"role": "robot", "content": "q"}]}',
        5: '{"prompt": "q", "completion": "a"}',
        9: '{"messages": [{"role": "user", "content": "only a question"}]}',
        4: r'{"messages": [{"role": "user", "content": "q \ud83d\ude00"}, {"role": "assistant", "content": "lone \ud800"}]}',
        2: '{"messages": [{"role": "user", "content": ["parts"]}, {"role": "assistant", "content": "a"}]}',
    }
    for number, bad_line in cases.items():
        lines = [json.dumps(r) for r in good]
        lines.insert(number - 1, bad_line)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(BadInputError, match=f"bad.jsonl line {number}:.*nothing was imported"):
            import_jsonl("partial", path)
        assert find_dataset("partial") is None
    # Appending is all or nothing too.
    write_jsonl(tmp_path / "ok.jsonl", good[:3])
    import_jsonl("existing", tmp_path / "ok.jsonl")
    with pytest.raises(BadInputError, match="line 2"):
        import_jsonl("existing", path, append=True)
    assert find_dataset("existing")["examples"] == 3
    path.write_bytes(b'{"messages": []}\n'.replace(b"[]", b'[{"role": "user", "content": "ok"}]') + b"\n\xff\xfe broken\n")
    with pytest.raises(BadInputError, match="line 3: not UTF-8"):
        import_jsonl("partial", path)


def test_append_skips_duplicates_and_blank_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(example("q1", "a1")) + "\n\n   \n" + json.dumps(example("q2", "a2")) + "\n", encoding="utf-8")
    assert import_jsonl("set", path)["added"] == 2
    write_jsonl(path, [example("q2", "a2"), example("q3", "a3"), example("q3", "a3")])
    info = import_jsonl("set", path, append=True)
    assert (info["added"], info["duplicates"], info["examples"]) == (1, 2, 3)


def test_bad_dataset_requests_are_clear_errors(tmp_path):
    with pytest.raises(BadInputError, match="unknown dataset 'nope'; datasets: none yet"):
        export_jsonl("nope", tmp_path / "x.jsonl")
    save_examples("tiny", [example("q", "a")], source="import")
    with pytest.raises(BadInputError, match="unknown dataset 'nope'; datasets: tiny"):
        delete_dataset("nope")
    with pytest.raises(BadInputError, match="eval split of dataset 'tiny' has no examples"):
        export_jsonl("tiny", tmp_path / "x.jsonl", split="eval")
    assert not (tmp_path / "x.jsonl").exists()
    with pytest.raises(BadInputError, match="already exists"):
        save_examples("TINY", [example("q", "a")], source="import")
    with pytest.raises(BadInputError, match="a dataset needs a name"):
        save_examples("  ", [example("q", "a")], source="import")
    with pytest.raises(BadInputError, match="not found"):
        import_jsonl("x", tmp_path / "missing.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="has no examples"):
        import_jsonl("x", tmp_path / "empty.jsonl")
    assert [d["name"] for d in list_datasets()] == ["tiny"]
    assert delete_dataset("Tiny")["examples"] == 1
    assert list_datasets() == []


def test_edit_and_delete_single_examples():
    from core.storage.datasets import delete_example, update_example

    save_examples("edits", [example("a", "one"), example("b", "two"), example("c", "three")], source="import")
    first, second, third = list(iter_examples("edits"))
    update_example(first["id"], example("a", "one, improved")["messages"])
    edited = {e["id"]: e for e in iter_examples("edits")}[first["id"]]
    assert edited["messages"][-1]["content"] == "one, improved" and edited["split"] == first["split"]
    with pytest.raises(BadInputError, match="already has this example"):
        update_example(second["id"], third["messages"])
    with pytest.raises(BadInputError, match="does not end with an assistant answer"):
        update_example(second["id"], [{"role": "user", "content": "no answer"}])
    delete_example(second["id"])
    assert [e["id"] for e in iter_examples("edits")] == [first["id"], third["id"]]
    assert find_dataset("edits")["examples"] == 2
    with pytest.raises(BadInputError, match="no longer exists"):
        delete_example(second["id"])


def test_one_rule_for_examples_from_import_to_training(tmp_path):
    """An example that used to import cleanly and then be refused by the trainer (its last turn is
    not the answer) is refused at import; rows an older release stored that break the rule are
    flagged when read, never deleted."""
    from core.examples import example_problem
    from core.storage.db import write_transaction
    from core.training.data import fetch_examples
    from core.training.errors import ChatFormatError

    answer_then_question = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."},
                            {"role": "user", "content": "And?"}]  # fmt: skip
    path = tmp_path / "chat.jsonl"
    path.write_text(json.dumps({"messages": answer_then_question}) + "\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="chat.jsonl line 1: does not end with an assistant answer, so there is nothing to learn; nothing was imported"):
        import_jsonl("chats", path)
    with pytest.raises(BadInputError, match="example 1 does not end with an assistant answer"):
        save_examples("chats", [{"messages": answer_then_question}], source="import")

    save_examples("chats", [example("a", "fine")], source="import")
    dataset_id = find_dataset("chats")["id"]
    with write_transaction() as tx:
        tx.execute(
            "INSERT INTO examples(dataset_id, messages_json, source_kind, content_hash, split, created_at) "
            "VALUES (?, ?, 'import', 'x', 'train', 'now')",
            [dataset_id, json.dumps(answer_then_question)],
        )
    rows = list(iter_examples("chats"))
    assert [row["problem"] is None for row in rows] == [True, False]
    assert rows[1]["problem"] == example_problem(answer_then_question) and rows[1]["messages"] == answer_then_question
    with pytest.raises(ChatFormatError, match="does not end with an assistant answer"):
        fetch_examples("chats")
    shown = run_cli("dataset", "show", "chats")
    assert shown.returncode == 0 and "[cannot be used for training: the example does not end" in shown.stdout.decode()
