"""Per-action settings: stored once for the CLI and the app, and where they sit among a run's
settings (the run's own value, then the action's, then the preferences, then the defaults)."""

from __future__ import annotations

import json

import pytest

from core.errors import BadInputError
from core.run import ActionRequest, settle
from core.storage.action_settings import all_action_settings, get_action_settings, update_action_settings
from tests.conftest import run_cli


def test_each_setting_comes_from_the_first_layer_that_has_it():
    request = ActionRequest("summarize", "x", temperature=0.2, fallback={"temperature": 1.5, "top_p": 0.5, "model": "pref-model"})
    settled = settle(request, {"temperature": 0.9, "model": "action-model", "max_tokens": 40})
    assert settled.temperature == 0.2  # the run's own value
    assert (settled.model, settled.max_tokens) == ("action-model", 40)  # the action's setting
    assert settled.top_p == 0.5  # the preferences
    assert settled.backend == "auto" and settled.adapter is None  # the defaults
    # "none" overrides an adapter the action's settings name.
    assert settle(ActionRequest("continue", "x", adapter="none"), {"adapter": "my-voice"}).adapter is None


def test_settings_are_checked_stored_and_removed():
    assert update_action_settings("translate", {"model": "qwen", "temperature": 0.3}) == {"model": "qwen", "temperature": 0.3}
    assert update_action_settings("translate", {"temperature": None, "max_tokens": 300}) == {"model": "qwen", "max_tokens": 300}
    assert get_action_settings("translate") == {"model": "qwen", "max_tokens": 300}
    assert all_action_settings() == {"translate": {"model": "qwen", "max_tokens": 300}}
    with pytest.raises(BadInputError, match="temperature must be from 0 to 2"):
        update_action_settings("translate", {"temperature": 2.5})
    with pytest.raises(BadInputError, match="unknown action setting 'colour'"):
        update_action_settings("translate", {"colour": "blue"})
    update_action_settings("translate", {"model": None, "max_tokens": None})
    assert all_action_settings() == {}


def test_cli_action_settings_apply_to_runs_and_a_flag_wins(bundled_model_path):
    assert run_cli("models", "add", str(bundled_model_path), "--name", "tiny").returncode == 0
    set_ = run_cli("actions", "set", "summarize", "--model", "tiny", "--max-tokens", "3", "--temperature", "0")
    assert set_.returncode == 0 and "model=tiny" in set_.stdout.decode()
    listed = {row["name"]: row for row in json.loads(run_cli("actions", "list", "--json").stdout)}
    assert listed["summarize"]["settings"] == {"max_tokens": 3, "model": "tiny", "temperature": 0.0}

    text = "The harbour froze in January. Boats stayed in. The town waited for spring."
    result = json.loads(run_cli("run", "summarize", "--text", text, "--json").stdout)
    assert result["model"] == "tiny" and result["completion_tokens"] <= 3
    flagged = json.loads(run_cli("run", "summarize", "--text", text, "--json", "--max-tokens", "6", "--model",
                                 "smollm2-135m-instruct").stdout)
    assert flagged["model"] == "smollm2-135m-instruct" and 3 < flagged["completion_tokens"] <= 6
    # The result says what decoding it used, and which layer each value came from.
    assert result["settings"]["max_tokens"] == {"value": 3, "from": "action"}
    assert flagged["settings"]["max_tokens"] == {"value": 6, "from": "request"}
    assert flagged["settings"]["temperature"] == {"value": 0.0, "from": "action"}
    assert flagged["settings"]["top_k"] == {"value": 40, "from": "default"}
    assert set(flagged["settings"]) == {"temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens",
                                        "num_beams", "few_shot"}
    (latest,) = json.loads(run_cli("history", "list", "--limit", "1", "--json").stdout)
    newest = json.loads(run_cli("history", "show", str(latest["id"]), "--json").stdout)
    assert newest["settings"] == flagged["settings"]  # history keeps them too

    bad = run_cli("actions", "set", "poem", "--temperature", "0.1")
    assert bad.returncode == 2 and "unknown action 'poem'" in bad.stderr.decode()
    assert run_cli("actions", "set", "summarize", "--clear").returncode == 0
    assert json.loads(run_cli("actions", "list", "--json").stdout)[0]["settings"] == {}
