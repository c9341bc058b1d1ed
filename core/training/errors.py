"""What can go wrong in a fine-tune, each as one line the user can act on."""

from __future__ import annotations

from core.errors import BadInputError, InkstoneError
from core.examples import ChatFormatError

__all__ = ["ChatFormatError", "DatasetTooSmallError", "DiskFullError", "NothingToResumeError", "TrainingError",
           "TrainingOutOfMemoryError"]


class TrainingError(InkstoneError):
    """A fine-tune could not run or finish."""


class DatasetTooSmallError(BadInputError):
    """Fewer training examples than one batch (an empty dataset included)."""


class TrainingOutOfMemoryError(TrainingError):
    """The device ran out of memory; the last checkpoint is kept for a resume with smaller settings."""


class DiskFullError(TrainingError):
    """A checkpoint or adapter could not be written; whatever was saved before is intact."""


class NothingToResumeError(BadInputError):
    """The run named for resuming has no usable checkpoint, or has already finished."""
