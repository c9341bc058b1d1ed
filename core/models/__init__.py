"""Models: the user's models (:mod:`core.models.registry`: the bundled default, GGUF files and
Hugging Face folders they added). Other modules of this package find, fetch and check models:
:mod:`~core.models.discover` (other tools' folders), :mod:`~core.models.catalog` (models
Inkstone can download) and :mod:`~core.models.download` (the download itself)."""

from core.models.registry import (
    BUNDLED_FILE,
    BUNDLED_NAME,
    BUNDLED_PACKAGE,
    ModelEntry,
    add_model,
    bundled_model_path,
    check_hf_folder,
    describe_path,
    free_name,
    list_models,
    model_record,
    model_list_problems,
    remove_model,
    resolve_model,
    set_default_model,
    validate_entry,
)

__all__ = [
    "BUNDLED_FILE",
    "BUNDLED_NAME",
    "BUNDLED_PACKAGE",
    "ModelEntry",
    "add_model",
    "bundled_model_path",
    "check_hf_folder",
    "describe_path",
    "free_name",
    "list_models",
    "model_record",
    "model_list_problems",
    "remove_model",
    "resolve_model",
    "set_default_model",
    "validate_entry",
]
