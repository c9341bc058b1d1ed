"""``inkstone-cli actions``: list every action; add, change or remove your own (app) actions.

Actions come from three places, named by ``source``: ``builtin`` (Inkstone's own), ``file`` (the
user's ``actions.toml``) and ``app`` (made in the app's "Your actions…" dialog or with
``actions add``, kept in the database). Only ``app`` actions are changed here.
"""

from __future__ import annotations

import argparse

from core import decoding
from core.cli.common import add_decoding_arguments, print_catalog_warnings, print_json, print_table
from core.errors import BadInputError

_PREVIEW = 48


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "actions",
        help="list the actions; add or remove your own",
        description="Without a subcommand, lists every action (as 'actions list').",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_list)
    sub = parser.add_subparsers(dest="actions_command", metavar="SUBCOMMAND")

    listing = sub.add_parser("list", help="list built-in actions, those in your actions.toml and your app actions")
    # SUPPRESS: without it the subcommand's False would override `actions --json list`.
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    listing.set_defaults(handler=_list)

    add = sub.add_parser(
        "add",
        help="add an action of your own (or change the one of that name)",
        description="Add an app action; if you already have one called NAME, its definition is replaced. "
        "It then appears in the app's menus and works with 'inkstone-cli run NAME'.",
    )
    add.add_argument("name", help="lowercase letters, digits and hyphens, e.g. make-tweet")
    add.add_argument("--instruction", required=True, help="what the model should do with the text")
    add.add_argument("--label", help="menu text (default: from the name)")
    add.add_argument("--max-tokens", type=int, help=f"longest answer, in tokens (default: 256; at most {decoding.MAX_OUTPUT_TOKENS})")
    add.set_defaults(handler=_add)

    remove = sub.add_parser("remove", help="remove an action you added in the app or with 'actions add'")
    remove.add_argument("name")
    remove.set_defaults(handler=_remove)

    settings = sub.add_parser(
        "set",
        help="give an action its own model, adapter or decoding settings",
        description="Settings an action uses whenever it runs, in the app and here, unless a run gives its own "
        "(e.g. 'actions set translate --model qwen2.5-1.5b'). An empty value ('') removes that setting.",
    )
    settings.add_argument("name", help="the action (built-in or your own)")
    settings.add_argument("--model", help="model name or path")
    settings.add_argument("--backend", help="auto, llama.cpp or torch")
    settings.add_argument("--adapter", help="LoRA adapter id or name ('none': no adapter)")
    add_decoding_arguments(settings, "the model's prompt profile, then Preferences")
    settings.add_argument("--clear", action="store_true", help="remove all of this action's settings")
    settings.set_defaults(handler=_set)


def _list(args) -> int:
    from core.storage.action_settings import all_action_settings
    from core.storage.user_actions import current_catalog

    catalog = current_catalog()
    print_catalog_warnings(catalog)
    own = all_action_settings()
    rows = []
    for action in catalog.actions.values():
        rows.append(
            {
                "name": action.name,
                "label": action.label,
                "source": action.source,
                "builtin": action.builtin,
                "instruction": None if action.builtin else action.prompt,
                "max_tokens": None if action.builtin else action.output_tokens,
                "options": {
                    name: (list(opt.choices) if opt.choices else opt.kind) for name, opt in action.options.items()
                },
                "settings": own.get(action.name, {}),
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        if row["builtin"]:
            row["details"] = "; ".join(
                f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in row["options"].items()
            )
        else:
            text = " ".join(row["instruction"].split())
            row["details"] = text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"
        if row["settings"]:
            row["details"] += "  [" + ", ".join(f"{k}={v}" for k, v in row["settings"].items()) + "]"
    print_table(rows, ["name", "source", "label", "details"])
    return 0


def _add(args) -> int:
    from core.storage.user_actions import get_user_action, save_user_action

    decoding.MAX_TOKENS.check(args.max_tokens, "--max-tokens")
    existed = get_user_action(args.name) is not None
    saved = save_user_action(args.name, args.instruction, label=args.label, output_tokens=args.max_tokens)
    print(f"{'updated' if existed else 'added'} action {saved['name']}; run it with: inkstone-cli run {saved['name']}")
    return 0


def _remove(args) -> int:
    from core.actions import catalog_without_app_actions, user_actions_path
    from core.storage.user_actions import delete_user_action, list_user_actions

    if delete_user_action(args.name):
        print(f"removed action {args.name.strip()}")
        return 0
    name = args.name.strip()
    found = catalog_without_app_actions().actions.get(name)
    if found is not None and found.builtin:
        raise BadInputError(f"{name!r} is a built-in action and cannot be removed")
    if found is not None:
        raise BadInputError(f"{name!r} comes from your actions file {user_actions_path()}; remove it there")
    yours = ", ".join(row["name"] for row in list_user_actions()) or "none yet"
    raise BadInputError(f"you have no app action named {name!r}; your app actions: {yours}")


def _set(args) -> int:
    from core.storage.action_settings import KEYS, update_action_settings
    from core.storage.user_actions import current_catalog

    name = current_catalog().get(args.name.strip()).name  # an unknown action lists the valid ones
    if args.clear:
        changes = dict.fromkeys(KEYS)
    else:
        changes = {key: getattr(args, key) for key in KEYS if getattr(args, key) is not None}
        if not changes:
            raise BadInputError("give at least one setting (--model, --backend, --adapter, or a decoding flag such as "
                                "--temperature) or --clear")
    if "model" in changes and changes["model"]:
        from core.models import resolve_model

        changes["model"] = resolve_model(changes["model"]).name if "/" not in changes["model"] else changes["model"]
    if changes.get("backend"):
        from core.router import valid_choices

        if changes["backend"] not in valid_choices():
            raise BadInputError(f"unknown backend {changes['backend']!r}; valid backends: {', '.join(valid_choices())}")
    settings = update_action_settings(name, changes)
    shown = ", ".join(f"{k}={v}" for k, v in settings.items()) or "none (the general settings apply)"
    print(f"settings of {name}: {shown}")
    return 0
