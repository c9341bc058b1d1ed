"""Resolve the LoRA adapter a request names to the file or folder its backend loads."""

from __future__ import annotations

from pathlib import Path

from core.errors import BadInputError
from core.models import ModelEntry


def resolve_adapter(adapter: str | None, model: ModelEntry, backend: str) -> str | None:
    """Return the path ``backend`` should load for ``adapter`` (a path), or None for no adapter.

    llama.cpp takes a GGUF LoRA file; torch takes a PEFT adapter folder.
    """
    if not adapter:
        return None
    path = Path(adapter).expanduser()
    if not path.exists():
        raise BadInputError(f"adapter not found: {adapter}")
    if backend == "llama.cpp" and not path.is_file():
        raise BadInputError(f"the llama.cpp backend needs a GGUF LoRA file, and {adapter} is a folder")
    if backend == "torch" and not path.is_dir():
        raise BadInputError(f"the torch backend needs a PEFT adapter folder, and {adapter} is a file")
    return str(path.resolve())
