"""``inkstone-cli endpoints``, ``run --model ENDPOINT`` / ``--local``, and ``adapters export`` /
``adapters import``, run in this process against the loopback servers."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from tests.fixtures.remote_fixtures import CONTEXT


@pytest.fixture(scope="module", autouse=True)
def close_default_pool():
    """The in-process CLI runs load models into the default pool; free them with this module."""
    yield
    from core.backends.pool import default_pool

    default_pool().close()


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_test_run_and_remove_an_endpoint(remote_server, endpoint_key, capsys):
    from core.storage.history import list_history

    code, out, err = cli(capsys, "endpoints", "add", "gpubox", "--base-url", remote_server.base_url.removesuffix("/v1"),
                         "--model", "smol", "--key-env", endpoint_key, "--context", str(CONTEXT))
    assert code == 0, err
    assert f"added endpoint gpubox: smol at {remote_server.base_url} (key: ${endpoint_key})" in out
    assert "tokens counted by the server" in out and "Continue uses the completions route" in out
    code, out, _ = cli(capsys, "endpoints", "list", "--json")
    listed = json.loads(out)
    assert [(e["name"], e["tokenize_route"], e["completions"], e["context_length"]) for e in listed] == [
        ("gpubox", "extras", True, CONTEXT)]
    code, out, _ = cli(capsys, "endpoints", "test", "gpubox")
    assert code == 0 and "answers" in out and "the server offers: smol, smol-lora" in out
    # Names are shared with models, both ways.
    code, _, err = cli(capsys, "endpoints", "add", "smollm2-135m-instruct", "--base-url", remote_server.base_url, "--model", "smol")
    assert code == 2 and "models and endpoints share names" in err

    code, out, err = cli(capsys, "run", "summarize", "--model", "gpubox", "--text", "The tide rose over the pier at noon.",
                         "--max-tokens", "8", "--temperature", "0", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["backend"], result["model"], result["device"]) == ("remote", "gpubox", remote_server.base_url)
    assert result["reason"] == "remote endpoint gpubox (chosen for this run)" and result["output"]
    # The same choice, run on this computer instead.
    code, out, err = cli(capsys, "run", "summarize", "--model", "gpubox", "--local", "--text", "The tide rose over the pier.",
                         "--max-tokens", "4", "--temperature", "0", "--json")
    assert code == 0, err
    local = json.loads(out)
    assert local["backend"] == "llama.cpp" and local["model"] == "smollm2-135m-instruct"
    assert local["notes"][0]["code"] == "run_locally"
    assert [e["backend"] for e in list_history()] == ["llama.cpp", "remote"]

    code, out, _ = cli(capsys, "endpoints", "remove", "gpubox")
    assert code == 0 and "removed endpoint gpubox" in out
    code, _, err = cli(capsys, "run", "summarize", "--model", "gpubox", "--text", "x")
    assert code == 2 and "unknown model 'gpubox'" in err


def test_a_failed_remote_run_keeps_its_text_and_offers_the_local_route(fault_server, capsys):
    from core.endpoints import add_endpoint
    from core.storage.history import list_history

    add_endpoint("flaky", fault_server.base_url, "nofinish", context_length=2048)
    code, out, err = cli(capsys, "run", "rewrite", "--model", "flaky", "--text", "the meeting moved to friday")
    assert code == 2 and out.startswith("Hello")
    lines = err.strip().splitlines()
    assert lines[-1] == ("inkstone-cli: error: the answer from endpoint flaky ended before it was finished; "
                         "the text so far is kept; to run it on this computer instead, add --local")
    entry = list_history()[0]
    assert (entry["outcome"], entry["output"], entry["backend"]) == ("failed", "Hello", "remote")


def test_plain_http_to_another_machine_is_warned_once(capsys):
    from core.cli.run_cmd import _warn_plain_http
    from core.endpoints import add_endpoint, endpoint_entry, get_endpoint

    # Added without contacting it: nothing is ever sent to this address in the tests.
    code, out, err = cli(capsys, "endpoints", "add", "lan", "--base-url", "http://192.0.2.10:8000/v1", "--model", "m", "--no-check")
    assert code == 0 and "uses plain http:// to 192.0.2.10" in err
    _warn_plain_http(endpoint_entry(get_endpoint("lan")))
    assert "your text travels unencrypted" in capsys.readouterr().err
    _warn_plain_http(endpoint_entry(get_endpoint("lan")))
    assert capsys.readouterr().err == ""  # once per endpoint
    for index, url in enumerate(("https://192.0.2.10/v1", "http://localhost:8080/v1", "http://127.0.0.2:1/v1", "http://[::1]:8000/v1")):
        endpoint = add_endpoint(f"e{index}", url, "m")
        assert not endpoint.plain_http_remote


def test_import_checks_the_adapter_against_the_model_and_export_writes_each_engine(tmp_path, capsys, bundled_model_path):
    from core.adapters import resolve_adapter
    from core.gguf_check import inspect_gguf
    from core.models import resolve_model
    from tests.fixtures.peft_adapter import write_peft_adapter

    peft = write_peft_adapter(tmp_path / "from-the-gpu-box")
    code, out, err = cli(capsys, "adapters", "import", str(peft), "--name", "my-voice")
    assert code == 0, err
    assert "imported adapter my-voice" in out and "llama.cpp and torch" in out
    model = resolve_model(None)
    gguf = resolve_adapter("my-voice", model, "llama.cpp")
    assert inspect_gguf(gguf).file_type == "adapter"
    assert (tmp_path / "from-the-gpu-box").is_dir()  # the original stays where it was
    # An adapter for another model's shapes is refused, and nothing is registered.
    wrong = write_peft_adapter(tmp_path / "other-model", hidden=512)
    code, _, err = cli(capsys, "adapters", "import", str(wrong))
    assert code == 2 and "cannot be used with smollm2-135m-instruct" in err and "does not fit" in err
    code, _, err = cli(capsys, "adapters", "import", str(tmp_path))
    assert code == 2 and "is not a PEFT adapter folder" in err

    out_dir = tmp_path / "export"
    expected = {
        "vllm": ("vllm serve HuggingFaceTB/SmolLM2-135M-Instruct --enable-lora --lora-modules my-voice=", "--model my-voice"),
        "sglang": ("--enable-lora --lora-paths my-voice=", "--model HuggingFaceTB/SmolLM2-135M-Instruct:my-voice"),
        "llama-server": (f"llama-server -m {bundled_model_path.resolve()} --lora {out_dir / 'my-voice.gguf'} --alias my-voice",
                         "--base-url http://SERVER:8080/v1 --model my-voice"),
        "ollama": (f"cd {out_dir} && ollama create my-voice -f Modelfile", "--base-url http://SERVER:11434/v1 --model my-voice"),
    }
    for engine, (serve, point) in expected.items():
        code, out, err = cli(capsys, "adapters", "export", "my-voice", "--for", engine, "--out", str(out_dir), "--json")
        assert code == 0, err
        exported = json.loads(out)
        assert serve in exported["commands"][0] and point in exported["commands"][1]
        for path in exported["files"]:
            assert (out_dir / path).exists()
    config = json.loads((out_dir / "my-voice" / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == "HuggingFaceTB/SmolLM2-135M-Instruct" and config["r"] == 8
    assert (out_dir / "Modelfile").read_text() == f"FROM {bundled_model_path.resolve()}\nADAPTER ./my-voice.gguf\n"
    assert inspect_gguf(out_dir / "my-voice.gguf").file_type == "adapter"
    code, _, err = cli(capsys, "adapters", "export", "nobody", "--for", "vllm", "--out", str(out_dir))
    assert code == 2 and "unknown adapter 'nobody'" in err


def test_an_adapter_is_not_sent_to_an_endpoint(remote_server, capsys):
    from core.endpoints import add_endpoint

    add_endpoint("gpubox", remote_server.base_url, "smol", context_length=CONTEXT)
    code, _, err = cli(capsys, "run", "rewrite", "--model", "gpubox", "--adapter", "my-voice", "--text", "x")
    assert code == 2 and "its server applies adapters, not Inkstone" in err


@pytest.mark.parametrize("url, message", [("ftp://x/v1", "must start with http:// or https://"), ("http://h:99999/v1", "invalid port")])
def test_bad_base_urls_are_refused(url, message, capsys):
    code, _, err = cli(capsys, "endpoints", "add", "x", "--base-url", url, "--model", "m", "--no-check")
    assert code == 2 and message in err


def test_an_endpoint_can_be_the_default_model(capsys):
    from core.endpoints import add_endpoint
    from core.models import list_models
    from core.run import ActionRequest, prepare, settle

    add_endpoint("lan", "http://192.0.2.10:8000/v1", "m")  # only routed here, never contacted
    code, out, _ = cli(capsys, "models", "default", "lan")
    assert code == 0 and "default model: lan" in out
    assert not any(m.default for m in list_models())  # no local model claims to be the default
    settings = settle(ActionRequest("summarize", "x"))
    route = prepare(settings.model, sources=settings.sources).route
    assert route.backend == "remote" and route.reason == "remote endpoint lan (the default model)"
    code, out, _ = cli(capsys, "endpoints", "remove", "lan")
    assert code == 0 and prepare(None).route.backend == "llama.cpp"  # the default falls back to the bundled model
