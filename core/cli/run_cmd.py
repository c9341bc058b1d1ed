"""``inkstone-cli run ACTION``."""

from __future__ import annotations

import signal
import sys

from core import decoding
from core.cli.common import add_decoding_arguments, check_decoding_arguments, print_catalog_warnings, print_json
from core.errors import BadInputError, InkstoneError

EXIT_INTERRUPTED = 130


def register(subparsers) -> None:
    run = subparsers.add_parser(
        "run",
        help="run an action on text",
        description="Run a writing action (summarize, translate, rewrite, continue, or your own) on text "
        "from --file, --text or standard input. The answer streams to standard output.",
    )
    run.add_argument("action", help="summarize, translate, rewrite, continue, or one of your own actions")
    source = run.add_mutually_exclusive_group()
    source.add_argument("--file", help="read the text from a .txt, .md or .docx file")
    source.add_argument("--text", help="the text itself")
    run.add_argument("--lang", help="translate: target language by name (French, 简体中文, ...)")
    run.add_argument("--style", help="rewrite: formal, casual, concise, friendly or fix-grammar")
    run.add_argument("--length", help="summarize: short, medium, long or bullets")
    run.add_argument("--instruction", help="rewrite: a free-form instruction instead of a style")
    run.add_argument("--model", help="model name (see 'models list'), endpoint name (see 'endpoints list') or path to a "
                     "GGUF file / HF folder (default: the action's own model, see 'actions set', else the default model)")
    run.add_argument("--local", action="store_true",
                     help="run on this computer even where the settings choose a remote endpoint (the default local model)")
    run.add_argument("--backend", help="auto (default), llama.cpp or torch")
    run.add_argument("--adapter", help="LoRA adapter to apply ('none' for no adapter, over an action's own one)")
    add_decoding_arguments(run, "the action's setting, then the model's prompt profile")
    run.add_argument("--seed", type=int, help="random seed, for repeatable sampling")
    run.add_argument("--profile", help="prompt profile to use instead of the model's own (see resources/prompt_profiles.toml)")
    run.add_argument("--no-history", action="store_true", help="do not record this run in history")
    run.add_argument("--json", action="store_true", help="print one JSON object instead of streaming text")
    run.set_defaults(handler=_run)


def _read_input(args) -> str:
    from core.textio import decode_bytes, read_document, require_text

    if args.file is not None:
        text = read_document(args.file)
        what = args.file
    elif args.text is not None:
        text, what = args.text, "--text"
    elif not sys.stdin.isatty():
        text, what = decode_bytes(sys.stdin.buffer.read(), "standard input"), "standard input"
    else:
        raise BadInputError("give the text with --text, --file or on standard input")
    return require_text(text, what)




def _run(args) -> int:
    from core.engine import ActionRequest, Delta, Progress, Restart, Routed, run_action
    from core.run import failed_result

    check_decoding_arguments(args)
    request = ActionRequest(
        action=args.action,
        text=_read_input(args),
        options={"lang": args.lang, "style": args.style, "length": args.length, "instruction": args.instruction},
        model=args.model,
        backend=args.backend,
        adapter=args.adapter,
        **{name: getattr(args, name) for name in decoding.SETTINGS},
        few_shot=args.few_shot,
        profile=args.profile,
        seed=args.seed,
        local=args.local,
    )
    from core.storage.user_actions import current_catalog

    catalog = current_catalog()
    print_catalog_warnings(catalog)  # e.g. why an app action of this name is left out
    run = run_action(request, catalog=catalog)
    _warn_plain_http(run.model)
    interactive = sys.stderr.isatty()
    routed: Routed | None = None
    produced: list[str] = []

    def on_sigint(_signum, _frame):
        # First Ctrl-C stops generation between tokens; a second one aborts at once.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        run.cancel()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        for event in run:
            if isinstance(event, Delta):
                produced.append(event.text)
                if not args.json:
                    sys.stdout.write(event.text)
                    sys.stdout.flush()
            elif isinstance(event, Progress) and interactive:
                print(f"[{event.message}]", file=sys.stderr, flush=True)
            elif isinstance(event, Restart):
                # The answer so far came back in another language; the new one follows it.
                produced.clear()
                print(f"\n[{event.why.text}]", file=sys.stderr, flush=True)
                if not args.json:
                    sys.stdout.write("\n")
            elif isinstance(event, Routed):
                routed = event
                if interactive:
                    print(f"[{event.model} on {event.backend} ({event.device}): {event.reason}]", file=sys.stderr, flush=True)
    except InkstoneError as exc:
        # Keep what was produced: the failed run goes to history with its partial output.
        failed = failed_result(request, str(exc), routed, "".join(produced), run.model.name, run.instruction, run.profile_name)
        _record(failed, args, "failed")
        if produced and not args.json:
            sys.stdout.write("\n")
        if run.route.backend == "remote":
            raise InkstoneError(f"{exc}; to run it on this computer instead, add --local") from None
        raise
    finally:
        signal.signal(signal.SIGINT, previous)
    result = run.result
    history_id = _record(result, args, "cancelled" if result.finish_reason == "cancelled" else "accepted")
    if args.json:
        data = result.to_dict()
        data["history_id"] = history_id
        print_json(data)
    else:
        sys.stdout.write("\n")
        for note in result.notes:
            print(f"note: {note}", file=sys.stderr)
    if result.finish_reason == "cancelled":
        print("inkstone-cli: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def _warn_plain_http(model) -> None:
    """Once per endpoint: say that text to it travels unencrypted (plain http to another machine)."""
    endpoint = getattr(model, "endpoint", None)
    if endpoint is None:
        return
    from core.endpoints import http_warning, mark_http_warned, needs_http_warning

    if needs_http_warning(endpoint):
        print(f"inkstone-cli: warning: {http_warning(endpoint)} (said once)", file=sys.stderr)
        mark_http_warned(endpoint)


def _record(result, args, outcome: str) -> int | None:
    """Record the run in history (unless --no-history or history is turned off)."""
    if args.no_history:
        return None
    from core.run import record_run

    try:
        return record_run(result, outcome, document=args.file)
    except InkstoneError as exc:
        # The answer is already on screen; a history problem must not turn it into a failure.
        print(f"inkstone-cli: warning: not recorded in history: {exc}", file=sys.stderr)
        return None
