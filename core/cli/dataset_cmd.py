"""``inkstone-cli dataset``: build, list, show, export, import and delete personal datasets."""

from __future__ import annotations

import json

from core.cli.common import print_json, print_table
from core.errors import BadInputError


def register(subparsers) -> None:
    from core.datasets_build import BuildOptions

    defaults = BuildOptions()
    parser = subparsers.add_parser(
        "dataset",
        help="build, list, export or import fine-tuning datasets",
        description="Personal datasets of chat examples, built from your accepted results or your own writing.",
    )
    sub = parser.add_subparsers(dest="dataset_command", metavar="SUBCOMMAND")
    sub.required = True

    build = sub.add_parser(
        "build",
        help="build a dataset from history or from your documents",
        description="Build a dataset from accepted and edited results in history (--from-history), or from "
        "your own .txt/.md/.docx documents (--from-docs), which become 'continue in my voice' examples.",
    )
    build.add_argument("name")
    source = build.add_mutually_exclusive_group(required=True)
    source.add_argument("--from-history", action="store_true", help="use accepted and edited results from history")
    source.add_argument("--from-docs", nargs="+", metavar="PATH", help="documents, or folders of them")
    build.add_argument("--action", help="with --from-history: only results of this action")
    build.add_argument("--eval-fraction", type=float, default=defaults.eval_fraction,
                       help=f"share held out for evaluation (default {defaults.eval_fraction})")
    build.add_argument("--seed", type=int, default=defaults.seed, help="seed of the train/eval split (default 0)")
    build.add_argument("--min-chars", type=int, default=defaults.min_chars,
                       help=f"with --from-docs: shortest passage, in characters (default {defaults.min_chars})")
    build.add_argument("--max-chars", type=int, default=defaults.max_chars,
                       help=f"with --from-docs: longest passage, in characters (default {defaults.max_chars})")
    build.add_argument("--json", action="store_true", help="print JSON")
    build.set_defaults(handler=_build)

    listing = sub.add_parser("list", help="list datasets")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    show = sub.add_parser("show", help="describe a dataset and print its first examples")
    show.add_argument("name")
    show.add_argument("--limit", type=int, default=3, help="how many examples to print (default 3)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    export = sub.add_parser("export", help="write a dataset as JSONL (chat 'messages' format)")
    export.add_argument("name")
    export.add_argument("--out", required=True, metavar="FILE", help="file to write ('-' for standard output)")
    export.add_argument("--split", choices=["train", "eval"], help="only this split (default: all examples)")
    export.set_defaults(handler=_export)

    imp = sub.add_parser("import", help="import a JSONL file (chat 'messages' format) as a dataset")
    imp.add_argument("name")
    imp.add_argument("file")
    imp.add_argument("--append", action="store_true", help="add to an existing dataset instead of creating one")
    imp.add_argument("--eval-fraction", type=float, default=defaults.eval_fraction,
                     help=f"share held out for evaluation (default {defaults.eval_fraction})")
    imp.add_argument("--seed", type=int, default=defaults.seed, help="seed of the train/eval split (default 0)")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=_import)

    delete = sub.add_parser("delete", help="delete a dataset and its examples")
    delete.add_argument("name")
    delete.set_defaults(handler=_delete)


def _summary(verb: str, info: dict) -> str:
    skipped = []
    for key, label in (("duplicates", "duplicates"), ("skipped_short", "too short"), ("skipped_long", "too long"),
                       ("skipped_truncated", "cut off"), ("skipped_other", "unusable")):
        if info.get(key):
            skipped.append(f"{info[key]} {label}")
    line = f"{verb} dataset {info['name']!r}: {info['examples']} examples ({info['train']} train, {info['eval']} eval)"
    return line + (f"; skipped {', '.join(skipped)}" if skipped else "")


def _build(args) -> int:
    from core.datasets_build import BuildOptions, build_from_documents, build_from_history

    options = BuildOptions(
        min_chars=args.min_chars, max_chars=args.max_chars, eval_fraction=args.eval_fraction, seed=args.seed
    )
    if args.from_history:
        report = build_from_history(args.name, action=args.action, options=options)
    else:
        if args.action:
            raise BadInputError("--action goes with --from-history")
        report = build_from_documents(args.name, args.from_docs, options=options)
    if args.json:
        print_json(report.to_dict())
    else:
        print(_summary("built", report.to_dict()))
    return 0


def _list(args) -> int:
    from core.storage.datasets import list_datasets

    datasets = list_datasets()
    if args.json:
        print_json(datasets)
    elif datasets:
        rows = [{**d, "created": d["created_at"][:16].replace("T", " ")} for d in datasets]
        print_table(rows, ["name", "examples", "train", "eval", "source", "created"])
    else:
        print("no datasets yet; build one with 'inkstone-cli dataset build NAME --from-history'")
    return 0


def _show(args) -> int:
    from core.storage.datasets import iter_examples, require_dataset

    if args.limit < 0:
        raise BadInputError("--limit cannot be negative")
    dataset = require_dataset(args.name)
    examples = list(iter_examples(dataset["name"], limit=args.limit)) if args.limit else []
    if args.json:
        print_json({**dataset, "first_examples": examples})
        return 0
    print(f"{dataset['name']}: {dataset['examples']} examples ({dataset['train']} train, {dataset['eval']} eval)")
    print(f"source: {dataset['source']}" + (f" — {dataset['description']}" if dataset["description"] else ""))
    print(f"created: {dataset['created_at']}")
    if dataset["params"]:
        print("settings: " + json.dumps(dataset["params"], ensure_ascii=False))
    for example in examples:
        print(f"\n--- example {example['id']} ({example['split']}, from {example['source_kind']}) ---")
        if example["problem"]:
            # Kept as stored (never deleted); training refuses it until it is edited or removed.
            print(f"[cannot be used for training: {example['problem']}]")
            print(json.dumps(example["messages"], ensure_ascii=False))
            continue
        for message in example["messages"]:
            print(f"[{message['role']}] {message['content']}")
    return 0


def _export(args) -> int:
    import sys

    from core.storage.jsonl import export_jsonl

    count = export_jsonl(args.name, args.out, split=args.split)
    where = "standard output" if args.out == "-" else args.out
    print(f"exported {count} examples to {where}", file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def _import(args) -> int:
    from core.storage.jsonl import import_jsonl

    info = import_jsonl(args.name, args.file, append=args.append, eval_fraction=args.eval_fraction, seed=args.seed)
    if args.json:
        print_json(info)
    else:
        print(_summary("appended to" if args.append else "imported", info) + f" ({info['added']} added)")
    return 0


def _delete(args) -> int:
    from core.storage.datasets import delete_dataset

    info = delete_dataset(args.name)
    print(f"deleted dataset {info['name']!r} ({info['examples']} examples)")
    return 0
