"""User-facing errors: each carries one line that says what went wrong and what to do."""


class InkstoneError(Exception):
    """An error the user can act on; its message is shown as-is, without a traceback."""


class BadInputError(InkstoneError):
    """The text, file or option the user gave cannot be used."""


class ModelError(InkstoneError):
    """A model file or folder is missing, corrupt or unsupported."""


class UnknownNameError(InkstoneError):
    """A name (backend, action, style, language, model) is not registered."""

    def __init__(self, kind: str, name: str, valid: list[str] | tuple[str, ...]):
        self.kind, self.name, self.valid = kind, name, list(valid)
        listing = ", ".join(self.valid) if self.valid else "none"
        super().__init__(f"unknown {kind} {name!r}; valid {kind}s: {listing}")


class GpuOutOfMemoryError(ModelError):
    """The GPU ran out of memory loading or running a model; the request can re-run on the CPU."""
