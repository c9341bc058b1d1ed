"""``inkstone-cli endpoints``: add, list, test and remove OpenAI-compatible serving endpoints.

An endpoint is then chosen like a model: ``inkstone-cli run ACTION --model NAME``.
"""

from __future__ import annotations

import sys
import time

from core.cli.common import print_json, print_table
from core.errors import BadInputError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "endpoints",
        help="OpenAI-compatible servers (llama-server, vLLM, SGLang, Ollama, LM Studio) to run models on a bigger machine",
        description="An endpoint names a model on an OpenAI-compatible server. Choose it like a model "
        "(run --model NAME, 'actions set ACTION --model NAME', 'models default NAME', or the app's Preferences); "
        "nothing is sent to it otherwise.",
    )
    sub = parser.add_subparsers(dest="endpoints_command", metavar="SUBCOMMAND")
    sub.required = True
    add = sub.add_parser("add", help="add an endpoint (checks that the server offers the model)")
    add.add_argument("name", help="the name to choose it by; models and endpoints share names")
    add.add_argument("--base-url", required=True, help="the server's OpenAI API address, e.g. http://gpu-box:8000/v1")
    add.add_argument("--model", required=True, help="the model's name on the server (see its /v1/models)")
    keys = add.add_mutually_exclusive_group()
    keys.add_argument("--key", action="store_true",
                      help="ask for an API key (read from standard input when it is not a terminal) and keep it in the system keyring")
    keys.add_argument("--key-env", metavar="VARIABLE", help="read the API key from this environment variable at each run")
    add.add_argument("--context", type=int, metavar="TOKENS", help="the model's context length on the server (default: as the server reports it)")
    add.add_argument("--timeout", type=float, metavar="SECONDS",
                     help="give up when the server sends nothing for this long while answering (default 120)")
    add.add_argument("--no-check", action="store_true", help="add it without contacting the server")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", help="list endpoints")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)
    test = sub.add_parser("test", help="check an endpoint: its models, context, tokenizer, and a one-token answer")
    test.add_argument("name")
    test.add_argument("--json", action="store_true", help="print JSON")
    test.set_defaults(handler=_test)
    remove = sub.add_parser("remove", help="forget an endpoint (and its key in the keyring)")
    remove.add_argument("name")
    remove.set_defaults(handler=_remove)


def _read_key() -> str:
    if sys.stdin.isatty():
        import getpass

        key = getpass.getpass("API key: ")
    else:
        key = sys.stdin.readline()
    key = key.strip()
    if not key:
        raise BadInputError("no API key given")
    return key


def _add(args) -> int:
    from core.backends.remote_api import ServerClient
    from core.endpoints import Endpoint, add_endpoint, check_name, http_warning, keyring_problem, normalize_url

    name = check_name(args.name)
    base_url = normalize_url(args.base_url)
    if args.key:
        problem = keyring_problem()
        if problem:  # say so before asking for the key
            raise BadInputError(problem)
    key = _read_key() if args.key else None
    found: dict = {}
    draft = Endpoint(name, base_url, args.model.strip(), "env" if args.key_env else "", args.key_env)
    if not args.no_check:
        server = ServerClient(draft, key=key)
        try:
            found = server.probe()
        finally:
            server.close()
    endpoint = add_endpoint(name, base_url, args.model, key=key, key_env=args.key_env, context_length=args.context,
                            read_timeout_s=args.timeout, found=found)
    print(f"added endpoint {endpoint.name}: {endpoint.model} at {endpoint.base_url} (key: {endpoint.key_label()})")
    if found:
        print(f"  context {_context(endpoint)}; tokens counted {_counting(endpoint)}; "
              f"Continue uses {'the completions route' if endpoint.completions else 'the chat route'}")
    if endpoint.plain_http_remote:
        print(f"inkstone-cli: warning: {http_warning(endpoint)}", file=sys.stderr)
    print(f"use it with: inkstone-cli run summarize --model {endpoint.name} --file notes.txt")
    return 0


def _context(endpoint) -> str:
    if endpoint.context_length:
        return f"{endpoint.context_length:,} tokens"
    from core.endpoints import FALLBACK_CONTEXT

    return f"unknown (assuming {FALLBACK_CONTEXT:,}; give --context)"


def _counting(endpoint) -> str:
    return "by the server" if endpoint.tokenize_route else "by a conservative estimate (the server has no tokenize route)"


def _list(args) -> int:
    from core.endpoints import list_endpoints

    endpoints = list_endpoints()
    if args.json:
        print_json([e.to_dict() for e in endpoints])
        return 0
    if not endpoints:
        print("no endpoints; add one with: inkstone-cli endpoints add NAME --base-url URL --model SERVER_MODEL")
        return 0
    rows = [
        {"name": e.name, "model": e.model, "base_url": e.base_url, "key": e.key_label(),
         "context": e.context_length or "?", "note": "plain http to another machine" if e.plain_http_remote else ""}
        for e in endpoints
    ]
    print_table(rows, ["name", "model", "base_url", "key", "context", "note"])
    return 0


def _test(args) -> int:
    from core.backends.remote_api import ServerClient, fault
    from core.endpoints import get_endpoint, remember_found

    endpoint = get_endpoint(args.name)
    server = ServerClient(endpoint)
    try:
        found = server.probe()
        endpoint = remember_found(endpoint, found)
        server.endpoint = endpoint
        started = time.perf_counter()
        try:
            reply = server.client.chat.completions.create(
                model=endpoint.model, messages=[{"role": "user", "content": "Say OK."}], max_tokens=1, temperature=0
            )
        except Exception as exc:
            raise fault(exc, endpoint, "answering a test question") from None
        latency = time.perf_counter() - started
    finally:
        server.close()
    result = {
        "endpoint": endpoint.to_dict(),
        "models": found["models"],
        "answer_s": round(latency, 3),
        "answer": (reply.choices[0].message.content or "") if reply.choices else "",
    }
    if args.json:
        print_json(result)
        return 0
    print(f"endpoint {endpoint.name}: {endpoint.model} at {endpoint.base_url} answers ({latency * 1000:.0f} ms for one token)")
    print(f"  the server offers: {', '.join(str(m) for m in found['models'][:10])}")
    print(f"  context {_context(endpoint)}; tokens counted {_counting(endpoint)}; "
          f"Continue uses {'the completions route' if endpoint.completions else 'the chat route'}")
    if endpoint.plain_http_remote:
        print("  warning: plain http:// to another machine; your text would travel unencrypted")
    return 0


def _remove(args) -> int:
    from core.endpoints import remove_endpoint

    endpoint = remove_endpoint(args.name)
    print(f"removed endpoint {endpoint.name}" + (" and its key in the keyring" if endpoint.key_source == "keyring" else ""))
    return 0
