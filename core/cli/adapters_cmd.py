"""``inkstone-cli adapters``: trained adapters, the one in use, and keeping it up to date.

``use`` picks the adapter the app's actions use (shared with the app); ``status`` counts the
results you kept since it was trained; ``update`` teaches it those (continual learning, see
:mod:`core.training.continual`); ``rollback`` returns to the version before. Nothing here imports
torch unless an update runs.
"""

from __future__ import annotations

import time

from core.cli.common import print_json, print_table


def register(subparsers) -> None:
    adapters = subparsers.add_parser("adapters", help="list, pick, update, roll back, delete, export or import adapters")
    sub = adapters.add_subparsers(dest="adapters_command", metavar="SUBCOMMAND")
    sub.required = True
    listing = sub.add_parser("list", help="list trained adapters and their versions")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)
    use = sub.add_parser("use", help="pick the adapter the app's actions use (and updates keep up to date)")
    use.add_argument("adapter", nargs="?", help="adapter id or name")
    use.add_argument("--none", action="store_true", help="use no adapter")
    use.set_defaults(handler=_use)
    status = sub.add_parser("status", help="the adapter in use and how many new accepted results wait to be learned")
    status.add_argument("adapter", nargs="?", help="another adapter than the one in use")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=_status)
    update = sub.add_parser(
        "update",
        help="teach the adapter the results you kept since it was trained (a new version)",
        description="Continue training the adapter (default: the one in use) on the results you accepted or edited "
        "since it was trained, mixed with a sample of what it learned before. The result is the next version; the "
        "previous one stays for rollback. An interrupted update is resumed by running this again.",
    )
    update.add_argument("adapter", nargs="?", help="adapter id or name (default: the one in use)")
    update.add_argument("--name", help="name of the new version (default: <first version>-v<N>)")
    update.add_argument("--max-steps", type=int, help="stop after this many optimizer steps")
    update.add_argument("--epochs", type=int, help="passes over the new and replayed examples (default: the adapter's)")
    update.add_argument("--lr", type=float, help="peak learning rate (default: half the adapter's)")
    update.add_argument("--batch", type=int, help="micro batch size")
    update.add_argument("--max-len", type=int, help="longest example in tokens")
    update.add_argument("--replay", type=float, default=1.0, help="old examples replayed per new one (default 1)")
    update.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where to train")
    update.add_argument("--json", action="store_true", help="print one JSON object with the result")
    update.set_defaults(handler=_update)
    rollback = sub.add_parser("rollback", help="go back to the version the adapter in use was updated from")
    rollback.add_argument("adapter", nargs="?", help="adapter id or name (default: the one in use)")
    rollback.set_defaults(handler=_rollback)
    settings = sub.add_parser("settings", help="when updates are offered, and whether the app runs them when idle")
    settings.add_argument("--threshold", type=int, help="new accepted results before an update is offered (default 50)")
    settings.add_argument("--when-idle", choices=("on", "off"), help="let the app run the update while you are away")
    settings.set_defaults(handler=_settings)
    delete = sub.add_parser("delete", help="delete an adapter and its files")
    delete.add_argument("adapter", help="adapter id or name")
    delete.add_argument("--keep-files", action="store_true", help="forget it but leave its files on disk")
    delete.set_defaults(handler=_delete)
    from core.cli import adapter_transfer_cmd

    adapter_transfer_cmd.register(sub)  # export for a serving engine, import from elsewhere


def _loss(value) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def _list(args) -> int:
    from core.storage.runs import list_adapters
    from core.training.continual import active_adapter

    adapters = list_adapters()
    active = active_adapter()
    if args.json:
        for adapter in adapters:
            adapter["active"] = active is not None and adapter["id"] == active["id"]
        print_json(adapters)
        return 0
    if not adapters:
        print("no adapters yet; train one with: inkstone-cli train --dataset NAME")
        return 0
    by_id = {a["id"]: a["name"] for a in adapters}
    rows = []
    for adapter in adapters:
        metrics = adapter.get("metrics") or {}
        rows.append(
            {
                "id": adapter["id"],
                "name": ("* " if active is not None and adapter["id"] == active["id"] else "") + adapter["name"],
                "version": f"v{adapter.get('version') or 1}" + (f" of {by_id.get(adapter['parent_id'], '?')}" if adapter.get("parent_id") else ""),
                "base_model": adapter["base_model"],
                "eval_loss": f"{_loss(metrics.get('eval_loss_before'))} -> {_loss(metrics.get('eval_loss_after'))}",
                "backends": "llama.cpp, torch" if adapter.get("gguf_path") else "torch",
                "created_at": adapter["created_at"],
            }
        )
    print_table(rows, ["id", "name", "version", "base_model", "eval_loss", "backends", "created_at"])
    if active is not None:
        print("* in use by the app's actions")
    return 0


def _use(args) -> int:
    from core.errors import BadInputError
    from core.training.continual import set_active_adapter

    if args.none == bool(args.adapter):
        raise BadInputError("name an adapter, or pass --none to use no adapter")
    found = set_active_adapter(None if args.none else args.adapter)
    print(f"actions now use adapter {found['name']}" if found else "actions now use no adapter")
    return 0


def _status(args) -> int:
    from core.training.continual import status

    found = status(args.adapter)
    if args.json:
        print_json(found.to_dict())
        return 0
    if found.adapter is None:
        print("no adapter is in use; pick one with: inkstone-cli adapters use NAME")
        return 0
    adapter = found.adapter
    print(f"adapter {adapter['name']} (version {adapter.get('version') or 1})")
    print(f"  {found.new_examples} new accepted result{'s' if found.new_examples != 1 else ''} since it was trained; "
          f"an update is offered at {found.threshold}")  # fmt: skip
    print(f"  the app {'updates it' if found.when_idle else 'does not update it'} by itself when idle")
    if found.due:
        print("update it with: inkstone-cli adapters update")
    return 0


def _update(args) -> int:
    from core.cli.train_cmd import drive
    from core.training import continual

    changes = {"max_steps": args.max_steps, "epochs": args.epochs, "learning_rate": args.lr, "micro_batch_size": args.batch,
               "max_seq_len": args.max_len, "device": args.device}  # fmt: skip
    started = time.perf_counter()
    result = drive(
        lambda stop: continual.update(args.adapter, changes=changes, replay_ratio=args.replay, name=args.name, stop=stop), args.json
    )
    if result is None:
        return 1
    if args.json:
        data = result.to_dict()
        data["elapsed_s"] = round(time.perf_counter() - started, 2)
        print_json(data)
        return 130 if result.status == "cancelled" else 0
    if result.status == "cancelled":
        print("update stopped; the adapter in use is unchanged. Run inkstone-cli adapters update again to continue it")
        return 130
    before, after = result.eval_groups_before or {}, result.eval_groups_after or {}
    print(f"adapter {result.adapter_name} (id {result.adapter_id}), continued from adapter {result.parent_adapter_id}")
    if "new" in before:
        print(f"  new examples' held-out loss {_loss(before.get('new'))} -> {_loss(after.get('new'))}")
    if "old" in before:
        change = f" ({result.forgetting * 100:+.1f}%)" if result.forgetting is not None else ""
        print(f"  old examples' held-out loss {_loss(before.get('old'))} -> {_loss(after.get('old'))}{change}")
    if result.activated:
        print("actions now use it; go back with: inkstone-cli adapters rollback")
    else:
        print(f"the adapter in use is unchanged; use the new version with: inkstone-cli adapters use {result.adapter_name}")
    return 0


def _rollback(args) -> int:
    from core.training.continual import rollback

    now, previous = rollback(args.adapter)
    print(f"actions now use adapter {now['name']} (version {now.get('version') or 1}); "
          f"{previous['name']} is kept: inkstone-cli adapters use {previous['name']} returns to it")  # fmt: skip
    return 0


def _settings(args) -> int:
    from core.training import continual

    if args.threshold is not None:
        continual.set_threshold(args.threshold)
    if args.when_idle is not None:
        continual.set_when_idle(args.when_idle == "on")
    print(f"an update is offered after {continual.threshold()} new accepted results; "
          f"the app {'runs it' if continual.when_idle() else 'does not run it'} by itself when idle")  # fmt: skip
    return 0


def _delete(args) -> int:
    import shutil
    from pathlib import Path

    from core.adapters import find_adapter
    from core.errors import UnknownNameError
    from core.storage.runs import delete_adapter, list_adapters
    from core.training import continual
    from core.training.publish import adapters_root

    record = find_adapter(args.adapter)
    if record is None:
        raise UnknownNameError("adapter", args.adapter, [a["name"] for a in list_adapters()])
    active = continual.active_adapter()
    delete_adapter(record["id"])
    if active is not None and active["id"] == record["id"]:
        continual.set_active_adapter(None)
    removed = ""
    folder = Path(record["peft_dir"]) if record.get("peft_dir") else None
    # Only folders Inkstone made are removed; an adapter registered from elsewhere keeps its files.
    if not args.keep_files and folder is not None and folder.resolve().parent == adapters_root().resolve():
        shutil.rmtree(folder, ignore_errors=True)
        removed = " and its files"
    print(f"deleted adapter {record['name']}{removed}")
    return 0
