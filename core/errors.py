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


class StorageError(InkstoneError):
    """The database failed after it opened: the disk is full, the file is damaged, read-only or
    locked by another program for too long."""


def printable(text: object, limit: int = 80) -> str:
    """``text`` made safe for a one-line message: characters that are not printable (control
    characters, line breaks, invalid bytes) are escaped and anything past ``limit`` characters is
    cut with an ellipsis. For names read from damaged files, whose bytes can be anything."""
    text = str(text)
    if len(text) > limit:
        text = text[:limit]
        cut = True
    else:
        cut = False
    out = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    if len(out) > limit:
        out, cut = out[:limit], True
    return out + "…" if cut else out


def one_line(message: object, limit: int = 2000) -> str:
    """A message as a single readable line (the CLI's last guard against multi-line errors)."""
    return printable(" ".join(str(message).splitlines()), limit)
