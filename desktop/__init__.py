"""Inkstone's PySide6 desktop app. All model work runs in workers off the UI thread."""
