"""``inkstone-cli adapters export`` and ``adapters import``: take a personal adapter to a serving
engine on a bigger machine, or bring in one trained elsewhere (see :mod:`core.adapter_transfer`)."""

from __future__ import annotations

from core.cli.common import print_json


def register(adapters_sub) -> None:
    """Add ``export`` and ``import`` to the ``adapters`` command's subcommands."""
    from core.adapter_transfer import ENGINES

    export = adapters_sub.add_parser(
        "export", help="write an adapter for vLLM, SGLang, llama-server or Ollama and print the command that serves it"
    )
    export.add_argument("adapter", help="adapter id or name")
    export.add_argument("--for", dest="engine", required=True, choices=ENGINES, help="the serving engine")
    export.add_argument("--out", required=True, help="folder to write into (created if missing)")
    export.add_argument("--json", action="store_true", help="print JSON")
    export.set_defaults(handler=_export)
    imported = adapters_sub.add_parser(
        "import", help="register a PEFT LoRA trained elsewhere, checked against one of your models"
    )
    imported.add_argument("path", help="the PEFT adapter folder (adapter_config.json + adapter_model.safetensors)")
    imported.add_argument("--model", help="the model it was trained on (default: the default model)")
    imported.add_argument("--name", help="name to use it by (default: the folder's name)")
    imported.add_argument("--json", action="store_true", help="print JSON")
    imported.set_defaults(handler=_import)


def _export(args) -> int:
    from core.adapter_transfer import export_adapter

    exported = export_adapter(args.adapter, args.engine, args.out)
    if args.json:
        print_json(exported.to_dict())
        return 0
    print(f"wrote for {exported.engine}:")
    for path in exported.files:
        print(f"  {path}")
    print("serve it (on the machine that runs the engine; copy the files there first), then point Inkstone at it:")
    for command in exported.commands:
        print(f"  {command}")
    for note in exported.notes:
        print(f"note: {note}")
    return 0


def _import(args) -> int:
    from core.adapter_transfer import import_adapter

    adapter = import_adapter(args.path, args.model, args.name)
    if args.json:
        print_json(adapter)
        return 0
    routes = "llama.cpp and torch" if adapter.get("gguf_path") else "torch"
    print(f"imported adapter {adapter['name']} (id {adapter['id']}) for {adapter['base_model']}; it serves {routes}")
    print(f"use it with: inkstone-cli run continue --adapter {adapter['name']} --text '...'")
    return 0
