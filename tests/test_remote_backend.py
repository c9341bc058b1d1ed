"""The remote backend against a real OpenAI-compatible server on loopback (llama-cpp-python's own,
serving the bundled model) and a fault-injecting one: streaming, Stop, a killed server, wrong
URL / model / key, stalls and malformed events, token counting, and an adapter served remotely
that answers exactly as the local llama.cpp route with the same adapter."""

from __future__ import annotations

import threading
import time

import pytest

from core.backends.base import CancelToken, GenerationParams
from core.errors import InkstoneError
from tests.fixtures.remote_fixtures import API_KEY, CONTEXT

MESSAGES = [
    {"role": "system", "content": "You are a careful writing assistant."},
    {"role": "user", "content": "Rewrite in a formal style:\n\nthe meeting got moved to friday cause the room was taken"},
]
GREEDY = GenerationParams(max_tokens=24, temperature=0.0, seed=0)


def _endpoint(name, base_url, model, key_env=None, **found):
    from core.endpoints import add_endpoint

    found = {"tokenize_route": "extras", "completions": True, **found}
    return add_endpoint(name, base_url, model, key_env=key_env, context_length=found.pop("context_length", CONTEXT), found=found)


def _backend(endpoint):
    from core.backends.remote import RemoteBackend
    from core.endpoints import endpoint_entry

    backend = RemoteBackend()
    backend.load(endpoint_entry(endpoint))
    return backend


def test_an_action_streams_from_the_endpoint_and_history_marks_it_remote(remote_server, endpoint_key, shared_pool):
    from core.engine import Delta, Routed, run_action
    from core.run import ActionRequest, record_run
    from core.storage.history import get_entry

    _endpoint("gpubox", remote_server.base_url, "smol", endpoint_key)
    run = run_action(ActionRequest("summarize", "The harbour froze early that winter. Boats stayed in.", model="gpubox",
                                   temperature=0.0, max_tokens=16), pool=shared_pool)
    events = list(run)
    routed = [e for e in events if isinstance(e, Routed)]
    deltas = [e.text for e in events if isinstance(e, Delta)]
    assert routed[0].backend == "remote" and routed[0].device == remote_server.base_url
    assert routed[0].why.code == "remote_endpoint" and routed[0].reason == "remote endpoint gpubox (chosen for this run)"
    assert len(deltas) > 1 and "".join(deltas).strip() == run.result.output
    result = run.result
    assert (result.backend, result.model, result.device) == ("remote", "gpubox", remote_server.base_url)
    assert result.finish_reason in ("stop", "length") and result.completion_tokens >= len(deltas) - 1
    entry = get_entry(record_run(result, "accepted"))
    assert (entry["backend"], entry["reason_code"]) == ("remote", "remote_endpoint")


def test_route_reason_says_how_the_endpoint_was_chosen(remote_server):
    from core.run import ActionRequest, prepare, settle

    _endpoint("gpubox", remote_server.base_url, "smol")
    settings = settle(ActionRequest("summarize", "x", fallback={"model": "gpubox", "backend": "llama.cpp"}))
    prepared = prepare(settings.model, settings.backend, settings.adapter, sources=settings.sources)
    # The Preferences' backend (for local models) does not apply to an endpoint chosen there.
    assert prepared.route.backend == "remote"
    assert prepared.route.reason == "remote endpoint gpubox (chosen in Preferences)"
    settings = settle(ActionRequest("summarize", "x"), {"model": "gpubox"})
    assert prepare(settings.model, sources=settings.sources).route.params["via_code"] == "action"
    with pytest.raises(InkstoneError, match="remote endpoint"):
        prepare("gpubox", "llama.cpp")  # asked for this run: refused, not silently changed
    # Re-run locally: the default local model on this computer instead.
    local = prepare("gpubox", sources=settings.sources, local=True)
    assert local.route.backend == "llama.cpp" and local.notes[0].code == "run_locally"


def test_adapter_served_remotely_answers_as_the_local_route(remote_server, endpoint_key, bundled_model_path, shared_pool):
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from core.backends.llamacpp import LlamaCppBackend
    from core.models import resolve_model

    local = LlamaCppBackend()
    local.load(resolve_model(None), str(remote_server.lora))
    remote = _backend(_endpoint("mine", remote_server.base_url, "smol-lora", endpoint_key))
    try:
        # Same context size on both routes.
        assert local.context_length == remote.context_length == CONTEXT
        # Same prompt token ids: what the local route feeds llama.cpp, and what the server does
        # (its chat handler renders the GGUF's template and tokenizes without adding BOS).
        local_ids = local._tokenize_prompt(local.render(MESSAGES))
        llm = local._llm
        server_prompt = Jinja2ChatFormatter(
            template=llm.metadata["tokenizer.chat_template"],
            eos_token=llm.detokenize([llm.token_eos()], special=True).decode(),
            bos_token=llm.detokenize([llm.token_bos()], special=True).decode(),
        )(messages=MESSAGES).prompt
        server_ids = remote._server.http.post(
            remote_server.server.base_url.removesuffix("/v1") + "/extras/tokenize",
            json={"input": server_prompt, "model": "smol-lora"},
        ).json()["tokens"]
        assert server_ids == local_ids
        usage = remote._server.client.chat.completions.create(model="smol-lora", messages=MESSAGES, max_tokens=1).usage
        assert usage.prompt_tokens == len(local_ids)
        # Greedy answers match token for token.
        remote_text = "".join(remote.stream(MESSAGES, GREEDY))
        local_text = "".join(local.stream(MESSAGES, GREEDY))
        assert remote_text and remote_text == local_text
    finally:
        local.close()
        remote.close()
    # ...and the adapter mattered: the bundled model alone answers differently.
    with shared_pool.use("llama.cpp", resolve_model(None)) as base:
        assert "".join(base.stream(MESSAGES, GREEDY)) != local_text


def test_stop_mid_stream_closes_it_and_the_server_keeps_serving(remote_server, endpoint_key):
    backend = _backend(_endpoint("gpubox", remote_server.base_url, "smol", endpoint_key))
    cancel = CancelToken()
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=200, temperature=0.0), cancel)
    pieces = []
    for piece in generation:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.cancel()
    assert len(pieces) == 3 and generation.stats.finish_reason == "cancelled"
    again = backend.stream(MESSAGES, GenerationParams(max_tokens=4, temperature=0.0))
    assert "".join(again) and again.stats.finish_reason in ("stop", "length")
    backend.close()


def test_the_server_counts_tokens_and_the_estimate_stays_above(remote_server, endpoint_key, shared_pool):
    from core.backends.remote_api import estimate_tokens
    from core.models import resolve_model

    backend = _backend(_endpoint("gpubox", remote_server.base_url, "smol", endpoint_key))
    texts = ["The keeper logged the storm at dawn, then slept.", "灯塔守护者在黎明时记录了风暴。", "naïve café déjà vu"]
    with shared_pool.use("llama.cpp", resolve_model(None)) as local:
        for text in texts:
            assert backend.count_tokens(text) == local.count_tokens(text)
            assert estimate_tokens(text) >= local.count_tokens(text)
    backend.close()


def test_continue_uses_the_completions_route(remote_server, endpoint_key):
    backend = _backend(_endpoint("gpubox", remote_server.base_url, "smol", endpoint_key))
    assert backend.supports_completion
    generation = backend.complete("Once upon a time, in a quiet harbour town,", GenerationParams(max_tokens=8, temperature=0.0))
    assert "".join(generation).strip() and generation.stats.finish_reason in ("stop", "length")
    backend.close()


def test_long_input_is_split_by_the_endpoint_context(remote_server, endpoint_key, shared_pool):
    from core.engine import run_action
    from core.run import ActionRequest

    _endpoint("small", remote_server.base_url, "smol", endpoint_key, context_length=300)
    paragraph = "The lighthouse keeper wrote every evening about the weather, the ships and the gulls. "
    text = "\n\n".join(paragraph * 3 for _ in range(6))
    result = run_action(ActionRequest("rewrite", text, options={"style": "concise"}, model="small", max_tokens=4,
                                      temperature=0.0), pool=shared_pool).run()
    assert result.backend == "remote" and result.chunks > 1
    assert any(n.code == "long_input_parts" for n in result.notes)


@pytest.mark.parametrize(
    "case",
    ["wrong model", "wrong key", "no key", "unset variable", "wrong url", "nothing listening"],
)
def test_faults_before_any_text_are_one_line(case, remote_server, endpoint_key, monkeypatch):
    from tests.fixtures.llama_server import free_port

    base, model, key_env = remote_server.base_url, "smol", endpoint_key
    if case == "wrong model":
        model = "gpt-9"
    elif case == "wrong key":
        monkeypatch.setenv(endpoint_key, "not-the-key")
    elif case == "no key":
        key_env = None
    elif case == "unset variable":
        monkeypatch.delenv(endpoint_key)
    elif case == "wrong url":
        base = base.removesuffix("/v1") + "/api/v2"
    else:
        base = f"http://127.0.0.1:{free_port()}/v1"
    endpoint = _endpoint("gpubox", base, model, key_env)
    with pytest.raises(InkstoneError) as error:
        _backend(endpoint)
    message = str(error.value)
    assert "\n" not in message and "gpubox" in message
    expected = {
        "wrong model": "has no model 'gpt-9'; it offers: smol, smol-lora",
        "wrong key": "refused the request (401",
        "no key": "refused the request (401",
        "unset variable": f"environment variable {endpoint_key}, which is not set",
        "wrong url": "no OpenAI-compatible API",
        "nothing listening": "connection refused",
    }[case]
    assert expected in message


@pytest.mark.parametrize(
    "model, expected",
    [
        ("stall", "stopped sending for 1 s while answering; the text so far is kept"),
        ("malformed", "sent a reply Inkstone cannot read"),
        ("nofinish", "ended before it was finished; the text so far is kept"),
        ("busy", "busy or rate-limited (429"),
        ("broken", "failed (500: the model crashed)"),
    ],
)
def test_faults_while_answering_keep_the_text_so_far(model, expected, fault_server):
    from core.endpoints import add_endpoint

    endpoint = add_endpoint("flaky", fault_server.base_url, model, read_timeout_s=1.0, context_length=2048)
    backend = _backend(endpoint)
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=16))
    with pytest.raises(InkstoneError) as error:
        for _ in generation:
            pass
    assert expected in str(error.value) and "\n" not in str(error.value)
    assert generation.text == ("" if model in ("busy", "broken") else "Hello")
    backend.close()


def test_stop_does_not_wait_for_a_silent_server(fault_server):
    from core.endpoints import add_endpoint

    backend = _backend(add_endpoint("flaky", fault_server.base_url, "stall", read_timeout_s=60.0, context_length=2048))
    cancel = CancelToken()
    generation = backend.stream(MESSAGES, GenerationParams(max_tokens=16), cancel)
    started = time.monotonic()
    pieces = []
    for piece in generation:
        pieces.append(piece)
        threading.Timer(0.2, cancel.cancel).start()  # Stop pressed while the server is silent
    assert pieces == ["Hello"] and generation.stats.finish_reason == "cancelled"
    assert time.monotonic() - started < 30  # the 60 s read timeout was not waited out
    backend.close()
    # What went over the wire: the sampling settings, and no key (the endpoint has none).
    path, body = fault_server.requests[-1]
    assert path == "/v1/chat/completions" and body["stream"] is True and body["messages"] == MESSAGES


def test_a_server_killed_mid_stream_is_one_line_and_keeps_the_text(tmp_path, bundled_model_path):
    from core.endpoints import add_endpoint
    from tests.fixtures.llama_server import start_server

    server = start_server([{"model": str(bundled_model_path), "model_alias": "smol", "n_ctx": 512}], tmp_path)
    try:
        backend = _backend(add_endpoint("doomed", server.base_url, "smol", context_length=512))
        generation = backend.stream(MESSAGES, GenerationParams(max_tokens=300, temperature=0.0))
        pieces = []
        with pytest.raises(InkstoneError, match="connection to endpoint doomed broke while it was answering") as error:
            for piece in generation:
                pieces.append(piece)
                if len(pieces) == 2:
                    server.kill()
        assert "\n" not in str(error.value) and generation.text == "".join(pieces) and len(pieces) >= 2
        backend.close()
    finally:
        server.stop()


def test_keys_live_in_the_keyring_or_a_variable_never_in_the_database(remote_server, memory_keyring, monkeypatch):
    from core.endpoints import add_endpoint, get_endpoint, keyring_problem, remove_endpoint
    from core.storage.db import get_db

    assert keyring_problem() is None
    endpoint = add_endpoint("secure", remote_server.base_url, "smol", key=API_KEY, context_length=CONTEXT)
    assert endpoint.key_source == "keyring" and list(memory_keyring.secrets.values()) == [API_KEY]
    dump = "\n".join(get_db().conn.iterdump())
    assert API_KEY not in dump
    backend = _backend(get_endpoint("secure"))
    assert "".join(backend.stream(MESSAGES, GenerationParams(max_tokens=2)))
    backend.close()
    remove_endpoint("secure")
    assert memory_keyring.secrets == {}


def test_no_keyring_says_why_and_offers_the_variable(monkeypatch):
    import keyring
    from keyring.backends import fail

    from core.endpoints import KeyringUnavailableError, add_endpoint, list_endpoints

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError, match="no system keyring is available here.*--key-env"):
            add_endpoint("secure", "http://127.0.0.1:9/v1", "m", key="secret")
    finally:
        keyring.set_keyring(previous)
    assert list_endpoints() == []  # nothing half-added
