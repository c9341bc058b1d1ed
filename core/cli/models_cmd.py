"""``inkstone-cli models``: list, add, remove and choose models; find other tools' models; download
from the catalog or any Hugging Face repository; delete a downloaded model with its file."""

from __future__ import annotations

import sys

from core.cli.common import print_json, print_table


def register(subparsers) -> None:
    parser = subparsers.add_parser("models", help="list, add, find, download or remove models")
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
    discover = sub.add_parser(
        "discover", help="find models that Ollama, LM Studio, GPT4All, Jan, llama.cpp or the Hugging Face cache keep here"
    )
    discover.add_argument("--json", action="store_true", help="print JSON (with the skipped files and the folders searched)")
    discover.add_argument("--add", action="store_true", help="add every model found, where it is (nothing is copied)")
    discover.set_defaults(handler=_discover)
    catalog = sub.add_parser("catalog", help="models Inkstone can download, and which suits this machine")
    catalog.add_argument("--json", action="store_true", help="print JSON")
    catalog.set_defaults(handler=_catalog)
    download = sub.add_parser(
        "download",
        help="download a catalog model, or FILE from any Hugging Face repository (the only command that uses the network)",
    )
    download.add_argument("name", help="a name from 'models catalog', or a Hub repository ORGANIZATION/NAME with --file")
    download.add_argument("--file", help="the file to download from the repository NAME")
    download.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
    download.add_argument("--yes", action="store_true", help="accept the license and download without asking")
    download.set_defaults(handler=_download)
    delete = sub.add_parser(
        "delete",
        help="forget a model Inkstone downloaded and delete its file; or discard an unfinished download (catalog name or repository)",
    )
    delete.add_argument("name")
    delete.set_defaults(handler=_delete)

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
            entry["from"] = "built in" if entry["bundled"] else entry["origin"] or "added"
        print_table(entries, ["default", "name", "format", "from", "backends", "auto", "path"])
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


def params_label(count: float | int | None, billions: bool = False) -> str:
    if not count:
        return ""
    value = count * 1e9 if billions else count
    return f"{value / 1e9:.1f}B" if value >= 1e9 else f"{value / 1e6:.0f}M"


def _discover(args) -> int:
    from core.errors import InkstoneError
    from core.models.discover import add_found, discover
    from core.models.download import human_size

    found = discover()
    added = []
    if args.add:
        for model in found.models:
            if model.registered_as:
                continue
            try:
                entry = add_found(model)
            except InkstoneError as exc:
                print(f"inkstone-cli: warning: {model.label} was not added: {exc}", file=sys.stderr)
                continue
            added.append({"name": entry.name, "source": model.source, "path": entry.path, "label": model.label})
    if args.json:
        print_json({**found.to_dict(), "added": [{k: v for k, v in a.items() if k != "label"} for a in added]})
        return 0
    added_as = {item["label"]: item["name"] for item in added}
    if not found.models:
        from core.models.locations import SOURCE_LABELS

        where = ", ".join(sorted({SOURCE_LABELS.get(loc.source, loc.source) for loc in found.searched}))
        print(f"no models found (searched: {where or 'no tool folders exist on this machine'})")
    else:
        rows = [
            {
                "name": m.label,
                "tool": m.source_label,
                "size": human_size(m.size),
                "params": params_label(m.parameters),
                "quant": m.quantization or "",
                "arch": m.architecture or "",
                "context": m.context_length or "",
                "backends": ", ".join(m.backends) or "none",
                "added as": m.registered_as or added_as.get(m.label, ""),
                "path": m.path,
            }
            for m in found.models
        ]
        print_table(rows, ["name", "tool", "size", "params", "quant", "arch", "context", "backends", "added as", "path"])
    for item in added:
        print(f"added {item['name']} (from {item['source']}): {item['path']}")
    if found.skipped:
        print(f"{len(found.skipped)} file(s) skipped (projectors, adapters, unfinished downloads); --json lists them")
    if found.models and not args.add and any(not m.registered_as for m in found.models):
        print("add them with: inkstone-cli models discover --add   (or one: inkstone-cli models add PATH)")
    return 0


def _catalog(args) -> int:
    from core.models import hub_store
    from core.models.catalog import load_catalog, recommend, this_machine
    from core.models.download import human_size

    entries = load_catalog()
    machine = this_machine()
    advice = recommend(entries, machine)
    states = hub_store.catalog_state(entries)
    if args.json:
        models = [{**e.to_dict(), **{"state": states[e.name]["state"], "added_as": states[e.name]["model"]}} for e in entries]
        print_json({
            "machine": machine.to_dict(),
            "recommendation": advice.to_dict(),
            "models": models,
            "leftovers": [item.to_dict() for item in hub_store.leftovers()],
        })
        return 0
    rows = []
    for e in entries:
        state = states[e.name]
        mark = "*" if advice.entry is not None and e.name == advice.entry.name else ""
        shown = {"added": f"added as {state['model']}", "partial": f"partial ({human_size(state['bytes'])})"}.get(state["state"], "")
        rows.append({
            "": mark,
            "name": e.name,
            "params": params_label(e.parameters, billions=True),
            "size": human_size(e.size),
            "memory": f"{e.memory_gb:g} GB",
            "license": e.license + (" (non-commercial)" if e.noncommercial else ""),
            "languages": ", ".join(e.languages[:6]) + ("…" if len(e.languages) > 6 else ""),
            "state": shown,
            "good for": e.good_for,
        })
    print_table(rows, ["", "name", "params", "size", "memory", "license", "languages", "state", "good for"])
    print()
    print(f"recommended here: {advice.reason}" if advice.entry else advice.reason)
    for item in hub_store.leftovers():
        kind = "unfinished download" if item.kind == "partial" else "downloaded file no model uses"
        print(f"{kind}: {item.repo} ({human_size(item.size)}) in {item.path}; inkstone-cli models delete {item.repo} discards it")
    print("download one with: inkstone-cli models download NAME")
    return 0


def _download(args) -> int:
    from core.errors import InkstoneError
    from core.models.catalog import find_entry
    from core.models.download import Download, human_size, hub_endpoint, spec_for

    spec = spec_for(args.name, args.file, args.revision)
    entry = find_entry(spec.catalog_name) if spec.catalog_name else None
    size = f" ({human_size(spec.size)})" if spec.size else ""
    print(f"{spec.repo}/{spec.file}{size}", file=sys.stderr)
    if entry is not None:
        print(f"license: {entry.license} — {entry.license_url}", file=sys.stderr)
        if entry.license_note:
            print(f"         {entry.license_note}", file=sys.stderr)
    else:
        print(f"license: see the model card at {hub_endpoint()}/{spec.repo}", file=sys.stderr)
    print(f"this downloads from {hub_endpoint()}; Inkstone uses the network for nothing else", file=sys.stderr)
    if not args.yes:
        if not sys.stdin.isatty():
            raise InkstoneError("accept the license and start the download with --yes")
        answer = input("download it? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            print("nothing downloaded", file=sys.stderr)
            return 1
    import signal

    download = Download(spec)
    progress_line = _ProgressLine()
    # Ctrl-C cancels like the app's Cancel button: the child process ends (it runs in its own
    # session, so the terminal's signal does not reach it) and the partial file is reported.
    previous = signal.signal(signal.SIGINT, lambda *_: download.cancel())
    try:
        for progress in download:
            progress_line.show(progress)
    finally:
        signal.signal(signal.SIGINT, previous)
        progress_line.clear()
    outcome = download.result
    if outcome.status != "done":
        print(f"inkstone-cli: {outcome.message}", file=sys.stderr)
        return 130
    print(f"added {outcome.model.name}: {outcome.model.path}")
    print(f"use it with: inkstone-cli run ACTION --model {outcome.model.name}   (or: inkstone-cli models default {outcome.model.name})")
    return 0


class _ProgressLine:
    """One line on stderr, rewritten in place on a terminal; a line every few seconds otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.shown = False

    def show(self, progress) -> None:
        import time

        from core.models.download import human_duration, human_size

        now = time.monotonic()
        if not self.tty and now - self.last < 5 and progress.phase != "checking":
            return
        self.last = now
        if progress.phase == "downloading" and progress.total:
            eta = f", {human_duration(progress.eta)} left" if progress.eta is not None else ""
            text = (
                f"{human_size(progress.done)} of {human_size(progress.total)} ({progress.fraction:.0%}), "
                f"{human_size(progress.speed)}/s{eta}"
            )
        elif progress.phase == "verifying":
            text = f"checking the checksum… {progress.fraction:.0%}"
        elif progress.phase == "checking":
            text = "checking the model file…"
        else:
            text = "connecting…"
        if self.tty:
            sys.stderr.write("\r\033[K" + text)
            self.shown = True
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.tty and self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


def _delete(args) -> int:
    from core.errors import InkstoneError
    from core.models import hub_store, list_models
    from core.models.catalog import load_catalog
    from core.models.download import human_size

    if any(m.name == args.name and not m.bundled for m in list_models()):
        path, freed = hub_store.delete_downloaded(args.name)
        print(f"deleted {args.name} and its file {path} ({human_size(freed)} freed)")
        return 0
    repo = next((e.repo for e in load_catalog() if e.name == args.name), args.name)
    if any(item.repo == repo for item in hub_store.leftovers()):
        freed = hub_store.discard_leftovers(repo)
        print(f"discarded the unfinished download of {repo} ({human_size(freed)} freed)")
        return 0
    raise InkstoneError(
        f"{args.name} is neither a model Inkstone downloaded nor an unfinished download; "
        "inkstone-cli models list shows the models, inkstone-cli models catalog the unfinished downloads"
    )

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
