"""Settings and import files of the wrong shape (issue #17): one line that names the wrong entry,
and Inkstone keeps working with its built-ins, never a traceback."""

from __future__ import annotations

import json

import pytest

from core.errors import BadInputError
from tests.conftest import run_cli

BAD_ACTION_FILES = {
    "actions is a number": (b"actions = 3\n", "'actions' must hold tables"),
    "output is a number": (b'[actions.tweet]\ninstruction = "Make a tweet."\noutput = 80\n', "output must be a table"),
    "choices are not tables": (
        b'[actions.tone]\ninstruction = "Rewrite {mood}."\n[actions.tone.options.mood.choices]\nwarm = "warmly"\n',
        "choice 'warm' must be a table with a text",
    ),
    "choice with unknown entries": (
        b'[actions.tone]\ninstruction = "Rewrite {mood}."\n[actions.tone.options.mood.choices]\nwarm = { text = "warmly", colour = 3 }\n',
        "unknown entries: colour",
    ),
    "label is a table": (b'[actions.x]\ninstruction = "Do."\nlabel = { a = 1 }\n', "label must be text"),
    "options is a list": (b'[actions.x]\ninstruction = "Do."\noptions = [1, 2]\n', "options must be a table"),
    "negative tokens": (b'[actions.x]\ninstruction = "Do."\noutput = { tokens = -5 }\n', "output.tokens must be a whole number"),
    "not UTF-8": (b'[actions.caf\xe9]\ninstruction = "Do."\n', "is not UTF-8 text"),
}


@pytest.mark.parametrize("case", list(BAD_ACTION_FILES))
def test_a_wrongly_shaped_actions_file_is_one_clear_error(case, inkstone_home):
    from core.actions import load_catalog

    content, words = BAD_ACTION_FILES[case]
    (inkstone_home / "actions.toml").write_bytes(content)
    with pytest.raises(BadInputError) as caught:
        load_catalog()
    assert words in str(caught.value)
    assert "actions.toml" in str(caught.value)


def test_the_cli_reports_a_broken_actions_file_in_one_line_and_runs_built_ins(inkstone_home):
    (inkstone_home / "actions.toml").write_bytes(b"actions = 3\n")
    listed = run_cli("actions", "list")
    assert listed.returncode == 2
    assert listed.stderr.decode().count("\n") == 1 and "'actions' must hold tables" in listed.stderr.decode()


# -- models.json -----------------------------------------------------------------------------


BAD_MODEL_LISTS = {
    "a list": ([], "holds a JSON list"),
    "models is a number": ({"models": 5}, '"models" entry is a number'),
    "default is a number": ({"models": [], "default": 3}, '"default" entry is not a model name'),
    "not JSON": (None, "not valid JSON"),
}


@pytest.mark.parametrize("case", list(BAD_MODEL_LISTS))
def test_an_unusable_model_list_leaves_the_built_in_model(case, inkstone_home):
    from core.errors import ModelError
    from core.models import BUNDLED_NAME, add_model, list_models, model_list_problems, resolve_model

    data, words = BAD_MODEL_LISTS[case]
    target = inkstone_home / "models.json"
    raw = b"\xff{not json" if data is None else json.dumps(data).encode()
    target.write_bytes(raw)
    assert [m.name for m in list_models()] == [BUNDLED_NAME]
    assert resolve_model(None).name == BUNDLED_NAME
    (problem,) = model_list_problems()
    assert words in problem and "models.json" in problem and "fix or delete it" in problem
    with pytest.raises(ModelError, match="unusable"):  # nothing writes over the user's file
        add_model(inkstone_home, "x")
    assert target.read_bytes() == raw


def test_bad_entries_are_left_out_by_number_and_the_rest_still_works(inkstone_home, bundled_model_path):
    from core.models import list_models, model_list_problems, resolve_model

    good = {"name": "mine", "path": str(bundled_model_path), "format": "gguf"}
    (inkstone_home / "models.json").write_text(json.dumps({"models": [
        {"path": str(bundled_model_path), "format": "gguf"},  # no name
        {"name": "odd", "path": str(bundled_model_path), "format": "onnx"},
        "just a string",
        good,
    ], "default": "mine"}), encoding="utf-8")  # fmt: skip
    assert [m.name for m in list_models()] == ["smollm2-135m-instruct", "mine"]
    assert resolve_model(None).name == "mine"
    problems = model_list_problems()
    assert problems[0].startswith("model 1 in ") and "has no 'name'" in problems[0]
    assert "model 2 ('odd')" in problems[1] and "'onnx' is not one of gguf, hf" in problems[1]
    assert "model 3" in problems[2] and "is a string" in problems[2]
    with pytest.raises(Exception, match="model 1 in"):  # asking for a left-out model says why
        resolve_model("odd")


def test_models_list_warns_about_a_broken_model_list(inkstone_home):
    (inkstone_home / "models.json").write_text("[]", encoding="utf-8")
    listed = run_cli("models", "list")
    assert listed.returncode == 0
    assert listed.stderr.decode().startswith("inkstone-cli: warning: the model list")
    assert b"smollm2-135m-instruct" in listed.stdout


# -- JSONL import ----------------------------------------------------------------------------


def test_a_deeply_nested_jsonl_line_is_a_line_error(tmp_path):
    from core.storage.jsonl import read_jsonl

    path = tmp_path / "deep.jsonl"
    path.write_text('{"messages": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="deep.jsonl line 1: its JSON nests objects or lists too deep"):
        read_jsonl(path)


def test_an_oversized_jsonl_file_is_refused_before_it_is_read(tmp_path):
    from core.storage import jsonl

    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as handle:
        handle.truncate(jsonl.MAX_JSONL_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(BadInputError, match="huge.jsonl is 256 MB; Inkstone imports JSONL files up to 256 MB"):
        jsonl.read_jsonl(path)
