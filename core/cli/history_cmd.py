"""``inkstone-cli history``: list, search, show and delete recorded actions; turn history on/off."""

from __future__ import annotations

from core.cli.common import print_json, print_table
from core.errors import BadInputError

_PREVIEW = 48


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "history",
        help="list, search, show or delete past actions",
        description="Every action you run is recorded in your data folder (unless history is off).",
    )
    sub = parser.add_subparsers(dest="history_command", metavar="SUBCOMMAND")
    sub.required = True

    listing = sub.add_parser("list", help="list recent entries, newest first")
    listing.add_argument("--limit", type=int, default=20, help="how many entries (default 20)")
    listing.add_argument("--offset", type=int, default=0, help="skip this many of the newest entries")
    listing.add_argument("--action", help="only entries of this action")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    search = sub.add_parser("search", help="find entries whose text contains every word of QUERY")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20, help="how many entries (default 20)")
    search.add_argument("--action", help="only entries of this action")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=_search)

    show = sub.add_parser("show", help="show one entry in full")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    delete = sub.add_parser("delete", help="delete one entry")
    delete.add_argument("id", type=int)
    delete.set_defaults(handler=_delete)

    clear = sub.add_parser("clear", help="delete every entry")
    clear.add_argument("--yes", action="store_true", help="confirm: really delete all history")
    clear.set_defaults(handler=_clear)

    sub.add_parser("on", help="record actions from now on (the default)").set_defaults(handler=_on)
    sub.add_parser("off", help="stop recording actions (entries already there stay)").set_defaults(handler=_off)
    status = sub.add_parser("status", help="say whether history is on and how many entries it has")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=_status)


def _check_limit(args) -> None:
    if args.limit < 1:
        raise BadInputError("--limit must be at least 1")
    if getattr(args, "offset", 0) < 0:
        raise BadInputError("--offset cannot be negative")


def _public(entry: dict) -> dict:
    entry = dict(entry)
    entry.pop("document_id", None)
    return entry


def _one_line(text: str, width: int = _PREVIEW) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _table(entries: list[dict], text_key: str = "input") -> None:
    rows = [
        {
            "id": e["id"],
            "created": e["created_at"][:16].replace("T", " "),
            "action": e["action"],
            "outcome": e["outcome"],
            "text": _one_line(e.get(text_key) or e["input"]),
        }
        for e in entries
    ]
    print_table(rows, ["id", "created", "action", "outcome", "text"])


def _list(args) -> int:
    from core.storage.history import list_history

    _check_limit(args)
    entries = list_history(limit=args.limit, offset=args.offset, action=args.action)
    if args.json:
        print_json([_public(e) for e in entries])
    elif entries:
        _table(entries)
    else:
        print("no history yet")
    return 0


def _search(args) -> int:
    from core.storage.history import search_history

    _check_limit(args)
    if not args.query.strip():
        raise BadInputError("give some words to search for")
    entries = search_history(args.query, limit=args.limit, action=args.action)
    if args.json:
        print_json([_public(e) for e in entries])
    elif entries:
        _table(entries, "snippet")
    else:
        print(f"nothing in history matches {args.query!r}")
    return 0


def _require(entry_id: int) -> dict:
    from core.storage.history import get_entry

    entry = get_entry(entry_id)
    if entry is None:
        raise BadInputError(f"no history entry with id {entry_id}")
    return entry


def _show(args) -> int:
    entry = _require(args.id)
    if args.json:
        print_json(_public(entry))
        return 0
    options = ", ".join(f"{k}={v}" for k, v in entry["options"].items())
    print(f"#{entry['id']}  {entry['created_at']}  {entry['action']}{f' ({options})' if options else ''}  {entry['outcome']}")
    details = [entry.get(k) for k in ("model", "backend", "device") if entry.get(k)]
    if details:
        print("model: " + " on ".join(details[:2]) + (f" ({details[2]})" if len(details) > 2 else ""))
    if entry["document"]:
        print(f"document: {entry['document']}")
    if entry["completion_tokens"] is not None:
        speed = f", {entry['tokens_per_s']:.1f} tokens/s" if entry["tokens_per_s"] else ""
        print(f"tokens: {entry['prompt_tokens']} in, {entry['completion_tokens']} out{speed}")
    if entry["error"]:
        print(f"error: {entry['error']}")
    print("\n--- input ---")
    print(entry["input"])
    print("\n--- output ---")
    print(entry["output"])
    if entry["final_text"] is not None:
        print("\n--- kept ---")
        print(entry["final_text"])
    return 0


def _delete(args) -> int:
    from core.storage.history import delete_entry

    if not delete_entry(args.id):
        raise BadInputError(f"no history entry with id {args.id}")
    print(f"deleted history entry {args.id}")
    return 0


def _clear(args) -> int:
    from core.storage.history import clear_history

    if not args.yes:
        raise BadInputError("this deletes all history; add --yes to confirm")
    count = clear_history()
    print(f"deleted {count} history entr{'y' if count == 1 else 'ies'}")
    return 0


def _on(args) -> int:
    from core.storage.settings import set_history_enabled

    set_history_enabled(True)
    print("history is on: actions you run are recorded")
    return 0


def _off(args) -> int:
    from core.storage.settings import set_history_enabled

    set_history_enabled(False)
    print("history is off: actions are no longer recorded (existing entries stay; 'history clear --yes' deletes them)")
    return 0


def _status(args) -> int:
    from core.storage.db import db_path
    from core.storage.history import count_history
    from core.storage.settings import history_enabled

    status = {"enabled": history_enabled(), "entries": count_history(), "database": str(db_path())}
    if args.json:
        print_json(status)
    else:
        print(f"history is {'on' if status['enabled'] else 'off'}; {status['entries']} entries in {status['database']}")
    return 0
