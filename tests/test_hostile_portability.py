"""Smaller defects of issue #17: calls that misbehave on Windows, code that a downloaded model or
adapter could make run, checkpoint folders, INKSTONE_MAX_CONTEXT."""

from __future__ import annotations

import ast
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import BadInputError, InkstoneError
from tests.conftest import REPO, run_cli

SOURCES = sorted((REPO / "core").rglob("*.py")) + sorted((REPO / "desktop").rglob("*.py"))


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def test_process_alive_is_portable():
    from core.portable import process_alive

    assert process_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_alive(child.pid)  # ended (and reaped)
    assert not process_alive(None) and not process_alive(0) and not process_alive(-1)


def test_fsync_file_flushes_a_file(tmp_path):
    from core.portable import fsync_file

    path = tmp_path / "data.bin"
    path.write_bytes(b"x" * 10)
    fsync_file(path)  # opened for writing, as Windows needs
    assert path.read_bytes() == b"x" * 10


def test_no_code_probes_a_process_with_kill_or_fsyncs_a_read_only_handle():
    """``os.kill(pid, 0)`` terminates the process on Windows; ``os.fsync`` on a file opened
    read-only fails there. ``core.portable`` has the replacements."""
    offenders = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            if _dotted(call.func) == "os.kill" and len(call.args) == 2 and isinstance(call.args[1], ast.Constant) and call.args[1].value == 0:
                offenders.append(f"{path.relative_to(REPO)}:{call.lineno}: os.kill(pid, 0)")
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = list(_calls(function))
            if not any(_dotted(c.func) == "os.fsync" for c in calls):
                continue
            for call in calls:
                if _dotted(call.func) != "open":
                    continue
                mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
                text = mode.value if isinstance(mode, ast.Constant) else "r"
                if not set(text) & set("wax+"):
                    offenders.append(f"{path.relative_to(REPO)}:{call.lineno}: os.fsync on a file opened {text!r}")
    assert not offenders, offenders


def test_every_from_pretrained_refuses_remote_code():
    """transformers runs a repository's own Python with trust_remote_code=True; say False
    explicitly at every call, so a changed default or a config entry can never turn it on."""
    offenders = []
    for path in sorted((REPO / "core").rglob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call.func, ast.Attribute) and call.func.attr == "from_pretrained":
                if _dotted(call.func.value) in ("PeftModel",):
                    continue  # peft's loader has no such option: the adapter config is checked instead
                values = {k.arg: k.value for k in call.keywords}
                flag = values.get("trust_remote_code")
                if not (isinstance(flag, ast.Constant) and flag.value is False):
                    offenders.append(f"{path.relative_to(REPO)}:{call.lineno}")
    assert not offenders, offenders


@pytest.mark.parametrize(
    "extra",
    [{"megatron_config": {"tensor_model_parallel_size": 1}, "megatron_core": "evil_module"}, {"megatron_core": "os"},
     {"auto_mapping": {"base_model_class": "X", "parent_library": "evil"}}],
)  # fmt: skip
def test_an_adapter_config_that_makes_peft_import_a_module_is_refused(extra, tmp_path, bundled_model_path):
    from core.adapters import resolve_adapter
    from core.models import resolve_model

    folder = tmp_path / "adapter"
    folder.mkdir()
    config = {"peft_type": "LORA", "r": 8, "lora_alpha": 16, "target_modules": ["q_proj"], "megatron_config": None,
              "megatron_core": "megatron.core", "auto_mapping": None, **extra}  # fmt: skip
    (folder / "adapter_config.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "adapter_model.safetensors").write_bytes(b"")
    with pytest.raises(BadInputError, match="makes peft import a module"):
        resolve_adapter(str(folder), resolve_model(None), "torch")


def test_a_plain_lora_config_is_accepted(tmp_path):
    from core.adapters import check_adapter_config

    check_adapter_config({"peft_type": "LORA", "megatron_config": None, "megatron_core": "megatron.core", "auto_mapping": None}, "mine")
    # What peft's save_pretrained writes for a transformers model.
    peft_written = {"base_model_class": "LlamaForCausalLM", "parent_library": "transformers.models.llama.modeling_llama"}
    check_adapter_config({"peft_type": "LORA", "auto_mapping": peft_written}, "saved")


# -- checkpoint folders ----------------------------------------------------------------------


def _folder(path: Path, text: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    (path / "state.json").write_text(text, encoding="utf-8")


def test_the_previous_checkpoint_stays_until_the_new_one_is_in_place(tmp_path, monkeypatch):
    """A crash between the two renames of a save leaves only ``NAME.previous``; the next save must
    not delete that last good copy before its own folder is in place."""
    from core.training import checkpoint

    target = tmp_path / "step-10"
    _folder(tmp_path / "step-10.previous", "good")  # as a crash between the renames left it
    real_rename = os.rename

    def failing_rename(source, destination):
        if Path(destination) == target:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_rename(source, destination)

    monkeypatch.setattr(checkpoint.os, "rename", failing_rename)
    with pytest.raises(InkstoneError, match="disk is full"):
        with checkpoint.atomic_folder(target, "the checkpoint") as staging:
            (staging / "state.json").write_text("new", encoding="utf-8")
    found = checkpoint.readable_folder(target)
    assert found is not None and (found / "state.json").read_text(encoding="utf-8") == "good"


def test_leftover_partial_folders_are_cleaned(tmp_path):
    from core.training import checkpoint

    target = tmp_path / "adapter"
    leftover = tmp_path / ".adapter-abc123.partial"
    _folder(leftover, "half written")
    other = tmp_path / ".other-abc.partial"  # another folder's: not ours to remove
    _folder(other, "x")
    with checkpoint.atomic_folder(target, "the adapter") as staging:
        (staging / "state.json").write_text("done", encoding="utf-8")
    assert not leftover.exists() and other.exists()
    assert (target / "state.json").read_text(encoding="utf-8") == "done"


# -- INKSTONE_MAX_CONTEXT ----------------------------------------------------------------------


def test_a_max_context_that_is_not_a_number_is_one_line(monkeypatch):
    from core.backends.llamacpp import LlamaCppBackend

    monkeypatch.setenv("INKSTONE_MAX_CONTEXT", "8k")
    with pytest.raises(BadInputError, match="INKSTONE_MAX_CONTEXT must be a whole number of tokens"):
        LlamaCppBackend()
    monkeypatch.setenv("INKSTONE_MAX_CONTEXT", "4096")
    assert LlamaCppBackend().max_context == 4096
    done = run_cli("run", "summarize", "--text", "Some text.", "--no-history", env={"INKSTONE_MAX_CONTEXT": "lots"})
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        "inkstone-cli: error: INKSTONE_MAX_CONTEXT must be a whole number of tokens of at least 256 (such as 8192), not 'lots'"
    ]
