"""Actions the user makes in the app or with ``inkstone-cli actions``: storage, the catalog they
join, name clashes, the CLI, and one run on the bundled model."""

from __future__ import annotations

import json
import time

import pytest

from core.actions import load_catalog
from core.prompts import action_messages
from core.storage.user_actions import current_catalog
from core.cli import main
from core.errors import BadInputError
from core.storage.db import get_db
from core.storage.user_actions import (
    delete_user_action,
    get_user_action,
    list_user_actions,
    rename_user_action,
    save_user_action,
)

TEXT = "Our team shipped the new search page on Friday. Users can now filter results by date and author."


def _write_toml(home, body: str = '[actions.headline]\nlabel = "Headline"\ninstruction = "Write a one-line headline."\n'):
    (home / "actions.toml").write_text(body, encoding="utf-8")


def _insert_raw(name: str, prompt: str = "Do it.", label: str | None = None, options_json: str = "{}") -> None:
    """A row written past save_user_action's checks (an older release, another tool)."""
    get_db().execute(
        "INSERT INTO user_actions(name, label, prompt, options_json) VALUES (?, ?, ?, ?)", [name, label, prompt, options_json]
    )


# -- storage ------------------------------------------------------------------------------------


def test_save_list_get_update_delete():
    saved = save_user_action("make-tweet", "  Turn the text into a single tweet.  ", label="Make a tweet", output_tokens=80)
    assert saved["name"] == "make-tweet" and saved["label"] == "Make a tweet"
    assert saved["instruction"] == "Turn the text into a single tweet." and saved["output_tokens"] == 80
    stored = get_db().conn.execute("SELECT prompt, options_json FROM user_actions WHERE name = 'make-tweet'").fetchone()
    assert stored[0] == "Turn the text into a single tweet." and json.loads(stored[1]) == {"output_tokens": 80}

    save_user_action("abstract", "Write an abstract.")
    assert [row["name"] for row in list_user_actions()] == ["abstract", "make-tweet"]
    assert get_user_action("abstract")["label"] == "" and get_user_action("abstract")["output_tokens"] is None

    time.sleep(0.01)  # timestamps have millisecond resolution
    updated = save_user_action("make-tweet", "Turn the text into a short tweet.", label="Tweet")
    assert updated["created_at"] == saved["created_at"] and updated["updated_at"] > saved["updated_at"]
    assert updated["instruction"] == "Turn the text into a short tweet." and updated["output_tokens"] is None
    assert len(list_user_actions()) == 2

    assert delete_user_action("make-tweet") is True
    assert delete_user_action("make-tweet") is False
    assert get_user_action("make-tweet") is None
    assert [row["name"] for row in list_user_actions()] == ["abstract"]


def test_rename_keeps_the_creation_time_and_refuses_a_taken_name():
    first = save_user_action("draft-one", "Say it once.")
    save_user_action("other", "Say it twice.")
    renamed = rename_user_action("draft-one", "draft-two", "Say it once, better.", "Draft")
    assert renamed["name"] == "draft-two" and renamed["created_at"] == first["created_at"]
    assert get_user_action("draft-one") is None and get_user_action("draft-two")["label"] == "Draft"
    with pytest.raises(BadInputError, match="already have an action named 'other'"):
        rename_user_action("draft-two", "other", "x")
    assert get_user_action("draft-two") is not None  # nothing changed


@pytest.mark.parametrize(
    "name, match",
    [
        ("", "needs a name"),
        ("Make-Tweet", "lowercase letters, digits and hyphens"),
        ("make tweet", "lowercase letters, digits and hyphens"),
        ("-tweet", "cannot start or end with a hyphen"),
        ("tweet_it", "lowercase letters, digits and hyphens"),
        ("a" * 41, "at most 40 characters"),
    ],
)
def test_bad_names_are_refused_with_a_clear_message(name, match):
    with pytest.raises(BadInputError, match=match) as info:
        save_user_action(name, "Do something.")
    assert "\n" not in str(info.value)
    assert list_user_actions() == []


def test_bad_instruction_label_or_length_is_refused():
    with pytest.raises(BadInputError, match="needs an instruction"):
        save_user_action("empty", "   ")
    with pytest.raises(BadInputError, match="from 1 to 8192"):
        save_user_action("long", "Go on.", output_tokens=0)
    with pytest.raises(BadInputError, match="from 1 to 8192"):
        save_user_action("long", "Go on.", output_tokens=10_000)
    with pytest.raises(BadInputError, match="one line"):
        save_user_action("label", "Go on.", label="two\nlines")
    assert list_user_actions() == []


# -- the catalog --------------------------------------------------------------------------------


def test_app_actions_join_the_catalog_beside_builtins_and_the_file(inkstone_home):
    _write_toml(inkstone_home)
    save_user_action("make-tweet", "Turn the text into a single tweet.", label="Make a tweet", output_tokens=80)
    save_user_action("abstract", "Write an abstract.")
    catalog = current_catalog()
    assert not catalog.warnings
    sources = {name: action.source for name, action in catalog.actions.items()}
    assert sources["summarize"] == "builtin" and sources["headline"] == "file"
    assert sources["make-tweet"] == "app" and sources["abstract"] == "app"
    tweet = catalog.get("make-tweet")
    assert not tweet.builtin and tweet.label == "Make a tweet" and tweet.output_tokens == 80
    assert tweet.output_budget({}, 1000) == 80
    assert catalog.get("abstract").label == "Abstract" and catalog.get("abstract").output_tokens == 256
    user = action_messages(tweet, {}, "Some text.", catalog)[1]["content"]
    assert user == "Turn the text into a single tweet.\n\nSome text."


def test_app_actions_load_without_the_actions_file_and_when_passed_in(inkstone_home):
    from pathlib import Path

    save_user_action("abstract", "Write an abstract.")
    missing = Path(inkstone_home / "no-such-file.toml")
    assert "abstract" in current_catalog(user_file=missing).actions  # what the desktop does on a broken file
    assert "abstract" not in load_catalog().actions  # the pure loader never reads the database
    passed = load_catalog(app_actions=[{"name": "given", "label": "", "instruction": "Be given.", "options": {}}])
    assert passed.get("given").source == "app" and "abstract" not in passed.actions


def test_a_name_taken_by_a_builtin_or_the_file_is_refused_at_save(inkstone_home):
    with pytest.raises(BadInputError, match="'summarize' is a built-in action; choose another name"):
        save_user_action("summarize", "Summarize it my way.")
    _write_toml(inkstone_home)
    with pytest.raises(BadInputError, match=r"'headline' is already defined in your actions file .*actions\.toml"):
        save_user_action("headline", "A headline, my way.")
    assert list_user_actions() == []
    assert load_catalog().get("headline").source == "file"


def test_a_broken_actions_file_does_not_block_saving_app_actions(inkstone_home):
    _write_toml(inkstone_home, "[actions.headline\n")
    save_user_action("abstract", "Write an abstract.")
    with pytest.raises(BadInputError, match="'summarize' is a built-in action"):
        save_user_action("summarize", "x")


def test_clashing_rows_are_left_out_at_load_with_a_warning(inkstone_home):
    _write_toml(inkstone_home)
    _insert_raw("summarize", "Hijack the summary.")
    _insert_raw("headline", "Hijack the headline.")
    _insert_raw("Bad Name", "Odd.")
    _insert_raw("fine", "Be fine.", options_json="not json")
    catalog = current_catalog()
    assert catalog.get("summarize").builtin and catalog.get("summarize").prompt != "Hijack the summary."
    assert catalog.get("headline").source == "file" and catalog.get("headline").prompt == "Write a one-line headline."
    assert "Bad Name" not in catalog.actions
    assert catalog.get("fine").source == "app" and catalog.get("fine").output_tokens == 256
    joined = "\n".join(catalog.warnings)
    assert "'summarize' is left out: 'summarize' is a built-in action" in joined
    assert "'headline' is left out: 'headline' is already defined in your actions file" in joined
    assert "'Bad Name' is left out" in joined


def test_an_unreadable_database_leaves_builtins_and_the_file_working(inkstone_home):
    _write_toml(inkstone_home)
    (inkstone_home / "inkstone.db").write_bytes(b"this is not a database" * 100)
    catalog = current_catalog()
    assert {"summarize", "headline"} <= set(catalog.actions)
    assert any("could not be read" in warning for warning in catalog.warnings)


# -- the CLI ------------------------------------------------------------------------------------


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli_fails(capsys, *args: str, match: str) -> str:
    code, _out, err = cli(capsys, *args)
    assert code == 2, (code, err)
    assert err.startswith("inkstone-cli: error:") and err.count("\n") == 1 and "Traceback" not in err, err
    assert match in err, err
    return err


def test_cli_add_list_update_remove(capsys, inkstone_home):
    _write_toml(inkstone_home)
    code, out, _ = cli(capsys, "actions", "add", "make-tweet", "--instruction", "Turn the text into a tweet.",
                       "--label", "Make a tweet", "--max-tokens", "80")  # fmt: skip
    assert code == 0 and "added action make-tweet" in out
    code, out, _ = cli(capsys, "actions", "list", "--json")
    listed = {row["name"]: row for row in json.loads(out)}
    assert listed["summarize"]["source"] == "builtin" and listed["summarize"]["builtin"] is True
    assert listed["headline"]["source"] == "file"
    tweet = listed["make-tweet"]
    assert tweet["source"] == "app" and tweet["label"] == "Make a tweet"
    assert tweet["instruction"] == "Turn the text into a tweet." and tweet["max_tokens"] == 80

    code, out, _ = cli(capsys, "actions", "add", "make-tweet", "--instruction", "Turn the text into a short tweet.")
    assert code == 0 and "updated action make-tweet" in out
    assert get_user_action("make-tweet")["instruction"] == "Turn the text into a short tweet."
    assert len(list_user_actions()) == 1

    code, out, _ = cli(capsys, "actions")  # no subcommand: the plain listing
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "SOURCE", "LABEL", "DETAILS"]
    assert any(line.split()[:2] == ["make-tweet", "app"] for line in lines)
    assert any(line.split()[:2] == ["headline", "file"] for line in lines)
    code, out, _ = cli(capsys, "actions", "--json")
    assert "make-tweet" in [row["name"] for row in json.loads(out)]

    code, out, _ = cli(capsys, "actions", "remove", "make-tweet")
    assert code == 0 and "removed action make-tweet" in out
    assert list_user_actions() == []


def test_cli_refusals_are_one_line_with_exit_2(capsys, inkstone_home):
    _write_toml(inkstone_home)
    cli_fails(capsys, "actions", "add", "summarize", "--instruction", "x", match="'summarize' is a built-in action")
    cli_fails(capsys, "actions", "add", "headline", "--instruction", "x", match="already defined in your actions file")
    cli_fails(capsys, "actions", "add", "Make_Tweet", "--instruction", "x", match="lowercase letters, digits and hyphens")
    cli_fails(capsys, "actions", "add", "tweet", "--instruction", " ", match="needs an instruction")
    cli_fails(capsys, "actions", "add", "tweet", "--instruction", "x", "--max-tokens", "0", match="--max-tokens must be from 1 to 8192")
    cli_fails(capsys, "actions", "remove", "summarize", match="'summarize' is a built-in action and cannot be removed")
    err = cli_fails(capsys, "actions", "remove", "headline", match="comes from your actions file")
    assert str(inkstone_home / "actions.toml") in err
    save_user_action("abstract", "Write an abstract.")
    cli_fails(capsys, "actions", "remove", "nothing", match="no app action named 'nothing'; your app actions: abstract")
    assert [row["name"] for row in list_user_actions()] == ["abstract"]


def test_cli_list_warns_about_a_left_out_action(capsys, inkstone_home):
    _insert_raw("summarize", "Hijack.")
    code, out, err = cli(capsys, "actions", "list", "--json")
    assert code == 0 and "warning: your app action 'summarize' is left out" in err
    assert [row["source"] for row in json.loads(out) if row["name"] == "summarize"] == ["builtin"]


# -- running one --------------------------------------------------------------------------------


def test_an_app_action_runs_on_the_bundled_model(shared_pool):
    from core.engine import ActionRequest, Delta, run_action

    save_user_action("shout", "Rewrite the text in capital letters.", output_tokens=8)
    run = run_action(ActionRequest("shout", TEXT, {}, temperature=0), pool=shared_pool)
    deltas = [event.text for event in run if isinstance(event, Delta)]
    result = run.result
    assert result.action == "shout" and result.output.strip() and "".join(deltas) == result.output
    assert result.backend == "llama.cpp" and 0 < result.completion_tokens <= 8  # the action's own longest answer


def test_cli_runs_an_app_action(capsys, monkeypatch, shared_pool):
    from core.backends import pool as pool_module
    from core.storage.history import get_entry

    monkeypatch.setattr(pool_module, "_default_pool", shared_pool)  # the session's loaded model, not a second copy
    assert cli(capsys, "actions", "add", "headline", "--instruction", "Write a one-line headline for the text.")[0] == 0
    code, out, err = cli(capsys, "run", "headline", "--text", TEXT, "--max-tokens", "8", "--temperature", "0", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["action"] == "headline" and data["output"].strip() and data["completion_tokens"] <= 8
    entry = get_entry(data["history_id"])
    assert entry["action"] == "headline" and entry["instruction"] == "Write a one-line headline for the text."


def test_cli_json_before_the_subcommand_and_warnings_on_run(capsys, inkstone_home):
    code, out, _ = cli(capsys, "actions", "--json", "list")
    assert code == 0 and {"summarize", "continue"} <= {row["name"] for row in json.loads(out)}
    # An app action left out of the catalog: `run` says why before it says the name is unknown.
    _insert_raw("Bad Name", "Odd.")
    code, _out, err = cli(capsys, "run", "Bad Name", "--text", TEXT, "--no-history")
    assert code == 2 and "Traceback" not in err
    assert "warning: your app action 'Bad Name' is left out" in err and "error:" in err
