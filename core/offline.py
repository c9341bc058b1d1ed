"""Keep every library that could reach a model hub offline. Call before importing transformers."""

import os

_OFFLINE_VARS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
}
# The switches that stop downloads; only a download the user started clears them, in its own
# child process (core.models.download). Telemetry stays off there too.
OFFLINE_SWITCHES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")


def enforce_offline() -> None:
    """Set the environment variables that stop Hugging Face libraries from using the network."""
    for key, value in _OFFLINE_VARS.items():
        os.environ[key] = value
