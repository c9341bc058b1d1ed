"""Hugging Face folders for every model, made once and reused.

transformers can load a GGUF file (``gguf_file=``), but it dequantizes every tensor on each load:
20-40 s for the bundled 135M model on two cores. The dequantized weights are therefore written
once, as a plain HF folder (safetensors + config + tokenizer), to
``cache_dir()/converted/<sha256 of the GGUF>-v<N>``; later loads read that folder in well under a
second. Both the torch backend and the LoRA trainer load models through :func:`ensure_converted`,
so they see the same weights.

The folder is written under a temporary name and renamed into place, so a crash or a full disk
never leaves a half-written cache that would be mistaken for a complete one; two processes
converting the same file at once both succeed and one result is kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from core.errors import InkstoneError, ModelError
from core.gc_freeze import loading_phase
from core.models import ModelEntry, check_hf_folder
from core.paths import cache_dir

log = logging.getLogger(__name__)

# Bump when the layout or content of a converted folder changes, so stale caches are ignored.
FORMAT_VERSION = 1
MANIFEST = "inkstone-conversion.json"
_REQUIRED = ("config.json", "model.safetensors", MANIFEST)
_HASH_BLOCK = 8 * 2**20

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()
_conversions = 0


def conversion_count() -> int:
    """How many GGUF conversions this process has run (a cache hit does not count)."""
    return _conversions


def converted_root() -> Path:
    return cache_dir() / "converted"


def ensure_converted(model: ModelEntry) -> Path:
    """Return a folder that ``AutoModelForCausalLM/AutoTokenizer.from_pretrained`` can load.

    Hugging Face folders are returned as they are (after checking they hold safetensors weights
    and a tokenizer). GGUF files are converted on first use and served from the cache after that.
    Raises :class:`ModelError` when the model cannot be converted.
    """
    source = Path(model.path)
    if model.format == "hf":
        check_hf_folder(source)
        return source
    if model.format != "gguf":
        raise ModelError(f"{model.name}: unknown model format {model.format!r}")
    if getattr(model, "torch_path", None):  # the same weights already as a folder (a full fine-tune)
        check_hf_folder(Path(model.torch_path))
        return Path(model.torch_path)
    if not source.is_file():
        raise ModelError(f"model file not found: {source}")

    key = f"{source_digest(source)}-v{FORMAT_VERSION}"
    target = converted_root() / key
    with _lock_for(key):
        if _is_complete(target):
            return target
        if target.exists():
            # Left by an older release or damaged by hand: a complete folder is never partial.
            shutil.rmtree(target, ignore_errors=True)
        _convert(model, source, target)
    return target


def source_digest(path: Path) -> str:
    """SHA-256 of the whole file, remembered per (path, size, mtime) so it is read once.

    Hashing the whole file rather than a prefix matters: GGUFs exported from fine-tunes of one
    base model share their header, size and most tensors.
    """
    stat = path.stat()
    memo_key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    memo = _read_memo()
    if memo_key in memo:
        return memo[memo_key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    value = digest.hexdigest()
    memo[memo_key] = value
    _write_memo(memo)
    return value


def _memo_file() -> Path:
    return converted_root() / "digests.json"


def _read_memo() -> dict[str, str]:
    try:
        data = json.loads(_memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_memo(memo: dict[str, str]) -> None:
    target = _memo_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".digests-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(memo, handle)
        os.replace(tmp, target)
    except OSError:
        pass  # the memo only saves re-hashing; losing it is harmless


def _lock_for(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def _is_complete(folder: Path) -> bool:
    if not all((folder / name).is_file() for name in _REQUIRED):
        return False
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("format_version") == FORMAT_VERSION


def read_manifest(folder: Path) -> dict:
    """What a converted folder was made from, by which versions, and when."""
    return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))


def import_transformers():
    """Import torch and transformers for local use: offline, without progress bars or chatter.

    The one place the app imports transformers, so the network switches are always set first.
    """
    from core.offline import enforce_offline

    enforce_offline()
    try:
        with loading_phase():  # ~390,000 objects: no collections while they load, none walking them after
            import torch
            import transformers
    except ImportError as exc:
        raise InkstoneError(
            f"the torch backend and fine-tuning need PyTorch and transformers, which this installation lacks "
            f"({exc.name or exc}); use llama.cpp, or install Inkstone's full build"
        ) from None

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return torch, transformers


def _convert(model: ModelEntry, source: Path, target: Path) -> None:
    global _conversions
    torch, transformers = import_transformers()
    import safetensors.torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from core.gguf_check import inspect_gguf

    inspect_gguf(source)  # a corrupt file gives a clear ModelError, not a parser traceback
    log.info("converting %s to a Hugging Face folder (once; takes a while)", source.name)
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-", suffix=".partial"))
    try:
        try:
            tokenizer = AutoTokenizer.from_pretrained(source.parent, gguf_file=source.name, trust_remote_code=False)
            hf_model = AutoModelForCausalLM.from_pretrained(
                source.parent, gguf_file=source.name, dtype=torch.float32, trust_remote_code=False
            )
        except (ValueError, KeyError, NotImplementedError, RuntimeError, OSError) as exc:
            raise ModelError(f"transformers cannot load {source.name}: {_first_line(exc)}") from None
        if not tokenizer.chat_template:
            template = _gguf_chat_template(source)
            if template:
                tokenizer.chat_template = template
        # fp32, exactly as dequantized: the CPU route then matches a direct GGUF load bit for bit,
        # and the CUDA route casts to half precision at load time.
        safetensors.torch.save_model(hf_model, str(staging / "model.safetensors"))
        config = hf_model.config
        if hasattr(config, "quantization_config"):
            # Describes the GGUF source; kept, it would make from_pretrained expect quantized weights.
            delattr(config, "quantization_config")
        config.save_pretrained(staging)
        generation_config = getattr(hf_model, "generation_config", None)
        if generation_config is not None:
            generation_config.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        manifest = {
            "format_version": FORMAT_VERSION,
            "source": str(source.resolve()),
            "source_size": source.stat().st_size,
            "source_sha256": target.name.rsplit("-v", 1)[0],
            "dtype": "float32",
            "transformers": transformers.__version__,
            "torch": torch.__version__,
            "converted_at": time.time(),
            "convert_s": round(time.perf_counter() - started, 2),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        del hf_model
        try:
            os.rename(staging, target)
        except OSError:
            # Another process finished the same conversion first; its folder is as good as ours.
            if not _is_complete(target):
                raise
        _conversions += 1
        log.info("converted %s in %.1f s", source.name, time.perf_counter() - started)
    except OSError as exc:
        raise ModelError(f"could not write the converted model to {target.parent}: {_first_line(exc)}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _gguf_chat_template(source: Path) -> str | None:
    from core.gguf_header import read_header

    template = read_header(source).get("tokenizer.chat_template")
    return template if isinstance(template, str) else None


def tokenizer_adds_bos(tokenizer) -> bool:
    """Whether prompts need a BOS token added: the model expects one and its chat template does
    not write it. The torch backend and the trainer use this same rule, so both see the prompt
    llama.cpp sees."""
    bos = tokenizer.bos_token_id
    if bos is None:
        return False
    with_special = tokenizer.encode("a", add_special_tokens=True)
    return bool(with_special) and with_special[0] == bos and tokenizer.encode("a", add_special_tokens=False)[:1] != [bos]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
