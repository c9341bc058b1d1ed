"""``inkstone-cli check``, ``dictionary`` and ``check-settings``: the offline spelling and grammar
checker from the terminal.

``check`` prints one line per problem (``FILE:LINE:COLUMN: kind: message [rule] -> suggestions``)
and exits 0 when there is none, 1 when there are problems and 2 on bad input, so it can guard a
pre-commit hook for prose. The personal dictionary and the settings are the app's (in the
database).
"""

from __future__ import annotations

import sys
from pathlib import Path

from core.cli.common import print_json, print_table
from core.errors import BadInputError

EXIT_PROBLEMS = 1
_MARKDOWN_SUFFIXES = (".md", ".markdown")


def register(subparsers) -> None:
    from core.grammar import DIALECTS, KINDS

    check = subparsers.add_parser(
        "check",
        help="check spelling and grammar offline (exit 0: none, 1: problems, 2: bad input)",
        description="Check English text with the offline checker (Harper). Text comes from files, --text "
        "or standard input. Lines that do not look like English are skipped. Uses your dictionary, "
        "dialect and rules (see 'dictionary' and 'check-settings').",
    )
    check.add_argument("files", nargs="*", metavar="FILE", help=".txt, .md or .docx files")
    check.add_argument("--file", action="append", default=[], dest="more_files", metavar="FILE",
                       help="a file to check (may be repeated)")
    check.add_argument("--text", help="the text itself")
    check.add_argument("--json", action="store_true", help="print a JSON list of problems")
    check.add_argument("--dialect", choices=DIALECTS, help="this time only (default: your setting)")
    check.add_argument("--kind", action="append", choices=KINDS, help="report only these kinds (may be repeated)")
    markup = check.add_mutually_exclusive_group()
    markup.add_argument("--markdown", action="store_true", default=None, help="treat the text as Markdown (default for .md)")
    markup.add_argument("--plain", dest="markdown", action="store_false", help="treat the text as plain text")
    check.set_defaults(handler=_check)

    dictionary = subparsers.add_parser(
        "dictionary",
        help="your personal dictionary: words the checker accepts",
        description="Without a subcommand, lists the words (as 'dictionary list'). The app's "
        "'Add to dictionary' adds to the same list.",
    )
    dictionary.add_argument("--json", action="store_true", help="print JSON")
    dictionary.set_defaults(handler=_list_words)
    sub = dictionary.add_subparsers(dest="dictionary_command", metavar="SUBCOMMAND")
    listing = sub.add_parser("list", help="list the words")
    listing.add_argument("--json", action="store_true", default=False, help="print JSON")
    listing.set_defaults(handler=_list_words)
    add = sub.add_parser("add", help="add words (kept as written: 'Inkstone' does not accept 'inkstone')")
    add.add_argument("words", nargs="+", metavar="WORD")
    add.set_defaults(handler=_add_words)
    remove = sub.add_parser("remove", help="remove words")
    remove.add_argument("words", nargs="+", metavar="WORD")
    remove.set_defaults(handler=_remove_words)

    settings = subparsers.add_parser(
        "check-settings",
        help="show or change the checker's settings (shared with the app)",
        description="Without options, shows the settings. Changes are saved for the app and the CLI.",
    )
    state = settings.add_mutually_exclusive_group()
    state.add_argument("--on", dest="enabled", action="store_true", default=None, help="underline problems in the app")
    state.add_argument("--off", dest="enabled", action="store_false", help="no underlines in the app")
    settings.add_argument("--dialect", choices=DIALECTS)
    settings.add_argument("--disable", action="append", default=[], metavar="RULE", help="turn a rule off (may be repeated)")
    settings.add_argument("--enable", action="append", default=[], metavar="RULE", help="turn a rule back on (may be repeated)")
    settings.add_argument("--rules", action="store_true", help="list every rule, on or off, with its description")
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings.set_defaults(handler=_settings)


# -- check -------------------------------------------------------------------------------------


def _read_docx_lines(path: Path) -> str:
    """A Word document's paragraphs, one per line, so that LINE is the paragraph's number."""
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BadInputError(f"{path.name} is not a valid .docx document ({type(exc).__name__})") from None
    return "\n".join(p.text for p in document.paragraphs)


def _sources(args) -> list[tuple[str, str, bool]]:
    """``(name, text, markdown)`` for each input; every file is read before anything is checked."""
    from core.textio import decode_bytes, read_document

    files = [*args.files, *args.more_files]
    if files and args.text is not None:
        raise BadInputError("give either files or --text, not both")
    sources = []
    for name in files:
        path = Path(name).expanduser()
        if path.suffix.lower() == ".docx" and path.is_file():
            read_document(path)  # size and format checks
            text = _read_docx_lines(path)
        else:
            text = read_document(path)
        markdown = args.markdown if args.markdown is not None else path.suffix.lower() in _MARKDOWN_SUFFIXES
        sources.append((name, text, markdown))
    if not files:
        if args.text is not None:
            sources.append(("<text>", args.text, bool(args.markdown)))
        elif not sys.stdin.isatty():
            sources.append(("<stdin>", decode_bytes(sys.stdin.buffer.read(), "standard input"), bool(args.markdown)))
        else:
            raise BadInputError("give the text as files, with --text or on standard input")
    return sources


def _check(args) -> int:
    from dataclasses import replace

    from core.grammar import Checker, line_column, line_starts
    from core.storage.dictionary import load_check_settings

    sources = _sources(args)
    settings = load_check_settings()
    if args.dialect:
        settings = replace(settings, dialect=args.dialect)
    kinds = set(args.kind or ())
    rows = []
    with Checker(settings) as checker:
        for name, text, markdown in sources:
            starts = line_starts(text)
            for problem in checker.check(text, markdown):
                if kinds and problem.kind not in kinds:
                    continue
                line, column = line_column(starts, problem.start)
                rows.append({"file": name, "line": line, "column": column, **problem.to_dict()})
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            offer = " -> " + " | ".join(s if s else "(remove)" for s in row["suggestions"][:5]) if row["suggestions"] else ""
            print(f"{row['file']}:{row['line']}:{row['column']}: {row['kind']}: {row['message']} [{row['rule']}]{offer}")
        if sys.stderr.isatty() or rows:
            files = len(sources)
            summary = f"{len(rows)} problem{'s' if len(rows) != 1 else ''}"
            print(f"{summary} in {files} input{'s' if files != 1 else ''}", file=sys.stderr)
    return EXIT_PROBLEMS if rows else 0


# -- dictionary --------------------------------------------------------------------------------


def _list_words(args) -> int:
    from core.storage.dictionary import list_words

    words = list_words()
    if args.json:
        print_json(words)
    else:
        for word in words:
            print(word)
        if not words and sys.stderr.isatty():
            print("the dictionary is empty; add words with: inkstone-cli dictionary add WORD", file=sys.stderr)
    return 0


def _add_words(args) -> int:
    from core.storage.dictionary import add_words

    added = add_words(args.words)
    known = [w for w in dict.fromkeys(w.strip() for w in args.words) if w not in added]
    if added:
        print(f"added: {', '.join(added)}")
    if known:
        print(f"already in the dictionary: {', '.join(known)}")
    return 0


def _remove_words(args) -> int:
    from core.storage.dictionary import remove_words

    removed = remove_words(args.words)
    missing = [w for w in dict.fromkeys(w.strip() for w in args.words) if w not in removed]
    if missing:
        raise BadInputError(f"not in the dictionary: {', '.join(missing)}")
    print(f"removed: {', '.join(removed)}")
    return 0


# -- settings ------------------------------------------------------------------------------------


def _settings(args) -> int:
    from dataclasses import replace

    from core.grammar import Checker
    from core.storage.dictionary import load_check_settings, save_check_settings

    settings = load_check_settings()
    changed = args.enabled is not None or args.dialect or args.disable or args.enable
    rules = None
    if args.disable or args.enable or args.rules:
        with Checker(replace(settings, words=())) as checker:
            rules = checker.rules()
        unknown = [r for r in [*args.disable, *args.enable] if r not in rules]
        if unknown:
            raise BadInputError(f"unknown rule {unknown[0]!r}; list them with: inkstone-cli check-settings --rules")
        off_by_default = [r for r in args.enable if not rules[r]["default"]]
        if off_by_default:
            raise BadInputError(f"the rule {off_by_default[0]!r} is off in Harper by default and cannot be turned on here")
    if changed:
        disabled = (set(settings.disabled_rules) | set(args.disable)) - set(args.enable)
        settings = replace(
            settings,
            enabled=settings.enabled if args.enabled is None else args.enabled,
            dialect=args.dialect or settings.dialect,
            disabled_rules=tuple(sorted(disabled)),
        )
        save_check_settings(settings)
    if args.rules:
        disabled = set(settings.disabled_rules)
        listing = [
            {"rule": name, "on": info["default"] and name not in disabled, "default": info["default"],
             "description": info["description"]}
            for name, info in rules.items()
        ]
        if args.json:
            print_json(listing)
        else:
            for row in listing:
                row["state"] = "on" if row["on"] else "off"
                row["description"] = " ".join(row["description"].split())[:90]
            print_table(listing, ["rule", "state", "description"])
        return 0
    data = {
        "enabled": settings.enabled,
        "dialect": settings.dialect,
        "disabled_rules": list(settings.disabled_rules),
        "dictionary_words": len(settings.words),
    }
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return 0
