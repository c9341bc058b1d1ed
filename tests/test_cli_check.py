"""inkstone-cli check, dictionary and check-settings (most in-process: one Harper start-up)."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from tests.conftest import run_cli


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_exit_status_and_problems_end_to_end(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The meeting was moved to Thursday.\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("# Notes\n\nI recieved the parcel.\n\n```\nteh code\n```\nShe don't know.\n", encoding="utf-8")
    assert cli(capsys, "check", "--file", str(good)) == (0, "", "")
    result = run_cli("check", str(good), "--file", str(bad))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines == [
        f"{bad}:3:3: spelling: Did you mean to spell `recieved` this way? [SpellCheck] -> received | relieved | receive",
        f"{bad}:8:5: grammar: The form of the verb must agree in grammatical number with the pronoun. [PronounVerbAgreement] -> doesn't",
    ]
    code, _, err = cli(capsys, "check", str(tmp_path / "nope.txt"))
    assert code == 2 and err == f"inkstone-cli: error: file not found: {tmp_path / 'nope.txt'}\n"


def test_check_json_kinds_stdin_empty_and_bad_input(capsys, tmp_path, monkeypatch):
    code, out, _ = cli(capsys, "check", "--json", "--text", "Their is a cat. This is the end...")
    assert code == 1
    rows = json.loads(out)
    assert [(r["line"], r["column"], r["kind"], r["text"]) for r in rows] == [(1, 1, "grammar", "Their"), (1, 32, "style", "...")]
    assert set(rows[0]) == {"file", "line", "column", "start", "end", "kind", "rule", "message", "text", "suggestions"}
    assert rows[0]["suggestions"][0] == "There"
    code, out, _ = cli(capsys, "check", "--json", "--kind", "style", "--text", "Their is a cat.")
    assert (code, json.loads(out)) == (0, [])

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert cli(capsys, "check", str(empty))[0] == 0
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    code, _, err = cli(capsys, "check", str(binary))
    assert code == 2 and err.startswith("inkstone-cli: error:") and len(err.strip().splitlines()) == 1
    code, _, err = cli(capsys, "check", str(empty), "--text", "x")
    assert code == 2 and "not both" in err

    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Teh end.\n".encode())))
    code, out, _ = cli(capsys, "check")
    assert code == 1 and out.startswith("<stdin>:1:1: spelling:")


def test_check_a_file_with_thousands_of_problems_and_a_word_document(capsys, tmp_path):
    from docx import Document

    many = tmp_path / "many.txt"
    many.write_text("I recieved teh parcel.\n" * 1500, encoding="utf-8")
    code, out, _ = cli(capsys, "check", "--json", str(many))
    rows = json.loads(out)
    assert code == 1 and len(rows) == 3000
    assert (rows[-1]["line"], rows[-1]["column"]) == (1500, 12)

    document = Document()
    document.add_paragraph("A clean first paragraph.")
    document.add_paragraph("")
    document.add_paragraph("Then teh second one.")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    code, out, _ = cli(capsys, "check", str(path))
    assert code == 1 and out.startswith(f"{path}:3:6: spelling:")  # line = the paragraph's number


def test_dictionary_and_settings_are_shared_with_the_app(capsys):
    from core.storage.dictionary import load_check_settings

    text = ["check", "--text", "Inkstone works; the colour is fine."]
    code, out, _ = cli(capsys, *text, "--json")
    assert code == 1 and {r["text"] for r in json.loads(out)} == {"Inkstone", "colour"}

    assert cli(capsys, "dictionary", "add", "Inkstone")[1] == "added: Inkstone\n"
    assert cli(capsys, "dictionary", "add", "Inkstone")[1] == "already in the dictionary: Inkstone\n"
    assert json.loads(cli(capsys, "dictionary", "list", "--json")[1]) == ["Inkstone"]
    code, out, _ = cli(capsys, "check-settings", "--dialect", "british", "--disable", "LongSentences", "--off")
    assert code == 0 and "dialect: british" in out
    settings = load_check_settings()
    assert (settings.enabled, settings.dialect, settings.words) == (False, "british", ("Inkstone",))
    assert "LongSentences" in settings.disabled_rules
    assert cli(capsys, *text)[0] == 0  # the word is known, and "colour" is British

    code, _, err = cli(capsys, "check-settings", "--disable", "NoSuchRule")
    assert code == 2 and "unknown rule 'NoSuchRule'" in err
    code, out, _ = cli(capsys, "check-settings", "--enable", "LongSentences", "--json")
    assert code == 0 and "LongSentences" not in json.loads(out)["disabled_rules"]
    code, out, _ = cli(capsys, "check-settings", "--rules", "--json")
    rules = {r["rule"]: r for r in json.loads(out)}
    assert rules["SpellCheck"]["on"] is True and len(rules) > 500
    assert cli(capsys, "dictionary", "remove", "Inkstone")[1] == "removed: Inkstone\n"
    code, _, err = cli(capsys, "dictionary", "remove", "Inkstone")
    assert code == 2 and "not in the dictionary: Inkstone" in err


def test_bad_options_exit_2(capsys):
    with pytest.raises(SystemExit) as raised:  # argparse refuses an unknown dialect
        main(["check", "--dialect", "klingon", "--text", "x"])
    assert raised.value.code == 2
    code, _, err = cli(capsys, "dictionary", "add", "two words")
    assert code == 2 and "not a single word" in err
