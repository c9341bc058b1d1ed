"""Action definitions: built-ins, option validation, user-defined actions."""

import pytest

from core.actions import load_catalog
from core.prompts import action_messages
from core.errors import BadInputError, UnknownNameError


def test_builtin_actions_and_their_options():
    catalog = load_catalog()
    assert {"summarize", "translate", "rewrite", "continue"} <= set(catalog.actions)
    assert set(catalog.get("summarize").options["length"].choices) == {"short", "medium", "long", "bullets"}
    assert set(catalog.get("rewrite").options["style"].choices) == {"formal", "casual", "concise", "friendly", "fix-grammar"}


def test_languages_resolve_by_any_name():
    catalog = load_catalog()
    translate = catalog.get("translate")
    assert translate.resolve_options({"lang": "French"}, catalog)["lang"] == "French (Français)"
    assert translate.resolve_options({"lang": "简体中文"}, catalog)["lang"] == "Simplified Chinese (简体中文)"
    assert translate.resolve_options({"lang": "ZH"}, catalog)["lang"] == "Simplified Chinese (简体中文)"
    with pytest.raises(UnknownNameError, match="unknown language 'Klingon'; valid languages: English"):
        translate.resolve_options({"lang": "Klingon"}, catalog)


def test_unknown_style_and_inapplicable_option_are_errors():
    catalog = load_catalog()
    with pytest.raises(UnknownNameError, match="unknown style 'pirate'.*fix-grammar"):
        catalog.get("rewrite").resolve_options({"style": "pirate"}, catalog)
    with pytest.raises(BadInputError, match="summarize action has no 'lang' option"):
        catalog.get("summarize").resolve_options({"lang": "French"}, catalog)
    with pytest.raises(UnknownNameError, match="unknown action 'poem'"):
        catalog.get("poem")


def test_prompt_rendering_fills_options_and_leaves_text_alone():
    catalog = load_catalog()
    rewrite = catalog.get("rewrite")
    values = rewrite.resolve_options({"style": "concise"}, catalog)
    messages = action_messages(rewrite, values, "Keep {these} braces.", catalog)
    assert messages[0] == {"role": "system", "content": catalog.system_prompt}
    assert "more concisely" in messages[1]["content"]
    assert messages[1]["content"].endswith("\n\nKeep {these} braces.")
    custom = rewrite.resolve_options({"instruction": "Make it sound like a pirate."}, catalog)
    assert "as instructed: Make it sound like a pirate." in rewrite.instruction(custom)


def test_output_budget_follows_choice_and_input_length():
    catalog = load_catalog()
    summarize = catalog.get("summarize")
    assert summarize.output_budget(summarize.resolve_options({"length": "short"}, catalog), 5000) == 96
    translate = catalog.get("translate")
    values = translate.resolve_options({}, catalog)
    assert translate.output_budget(values, 1000) > translate.output_budget(values, 100) >= 48


def test_user_defined_actions_load_beside_builtins(inkstone_home):
    (inkstone_home / "actions.toml").write_text(
        '[actions.headline]\nlabel = "Headline"\ninstruction = "Write a one-line headline for the text."\n',
        encoding="utf-8",
    )
    catalog = load_catalog()
    headline = catalog.get("headline")
    assert headline.label == "Headline" and not headline.builtin
    assert action_messages(headline, {}, "Text.", catalog)[1]["content"].startswith("Write a one-line headline")
    assert "summarize" in catalog.actions


def test_bad_user_actions_file_is_a_clear_error(inkstone_home):
    (inkstone_home / "actions.toml").write_text("[actions.summarize]\ninstruction = 'x'\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="redefines the built-in action 'summarize'"):
        load_catalog()
    (inkstone_home / "actions.toml").write_text("[actions.x\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="not valid TOML"):
        load_catalog()
