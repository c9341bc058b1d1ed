"""``inkstone-cli models``: list, add, remove and choose models."""

from __future__ import annotations

import sys

from core.cli.common import print_json, print_table


def register(subparsers) -> None:
    parser = subparsers.add_parser("models", help="list, add or remove models")
    sub = parser.add_subparsers(dest="models_command", metavar="SUBCOMMAND")
    sub.required = True
    listing = sub.add_parser("list", help="list the models Inkstone can use")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)
    add = sub.add_parser("add", help="add a GGUF file or a Hugging Face model folder")
    add.add_argument("path")
    add.add_argument("--name", help="name to refer to it by (default: from the file name)")
    add.set_defaults(handler=_add)
    remove = sub.add_parser("remove", help="forget a model you added (its files stay)")
    remove.add_argument("name")
    remove.set_defaults(handler=_remove)
    default = sub.add_parser("default", help="make a model the default")
    default.add_argument("name")
    default.set_defaults(handler=_default)
    check = sub.add_parser(
        "check",
        help="test-load a GGUF model in a separate process, forgetting an earlier result",
        description="Load the model (and adapter) once in a child process, as Inkstone does the first time it "
        "meets a file; a file that was refused before (it crashed or hung llama.cpp) is tried again.",
    )
    check.add_argument("model", help="model name or path to a GGUF file")
    check.add_argument("--adapter", help="a GGUF LoRA adapter file to test with the model")
    check.set_defaults(handler=_check)


def _list(args) -> int:
    from core.models import list_models, model_list_problems
    from core.router import choose, runnable_backends

    for problem in model_list_problems():
        print(f"inkstone-cli: warning: {problem}", file=sys.stderr)

    entries = []
    for model in list_models():
        entry = model.to_dict()
        # The format alone over-promises: torch cannot load every GGUF architecture.
        entry["backends"] = runnable_backends(model)
        route = choose(model)
        entry["auto"] = {"backend": route.backend, "device": route.device, "reason": route.reason}
        entries.append(entry)
    if args.json:
        print_json(entries)
    else:
        for entry in entries:
            entry["default"] = "*" if entry["default"] else ""
            entry["backends"] = ", ".join(entry["backends"])
            entry["auto"] = f"{entry['auto']['backend']} on {entry['auto']['device']} ({entry['auto']['reason']})"
        print_table(entries, ["default", "name", "format", "backends", "auto", "path"])
    return 0


def _add(args) -> int:
    from core.models import add_model

    entry = add_model(args.path, args.name)
    print(f"added {entry.name} ({entry.format}): {entry.path}")
    return 0


def _remove(args) -> int:
    from core.models import remove_model

    remove_model(args.name)
    print(f"removed {args.name}")
    return 0


def _default(args) -> int:
    from core.models import set_default_model

    set_default_model(args.name)
    print(f"default model: {args.name}")
    return 0


def _check(args) -> int:
    from pathlib import Path

    from core.errors import BadInputError
    from core.models import list_models
    from core.models.probe import ensure_loadable, forget

    path = next((m.path for m in list_models() if m.name == args.model), None) or str(Path(args.model).expanduser())
    if not path.endswith(".gguf") and not Path(path).is_file():
        raise BadInputError(f"{args.model} is not a GGUF model file; only GGUF files are test-loaded")
    forget(path)
    if args.adapter:
        forget(args.adapter)
    ensure_loadable(path, args.adapter)
    print(f"ok: llama.cpp loads {Path(path).name}" + (f" with {Path(args.adapter).name}" if args.adapter else ""))
    return 0
