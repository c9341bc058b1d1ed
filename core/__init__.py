"""Inkstone's Qt-free engine: actions, backends, routing, storage and training."""

__version__ = "0.1.0"
