"""At start-up, say what is wrong in the user's model list (``models.json``), without blocking.

A damaged ``models.json`` never stops the app: the core leaves out what it cannot use and keeps
the built-in model (:func:`core.models.model_list_problems` says why). This puts the reason in
the message bar once the window is up. Problems in ``actions.toml`` are reported by the action
menus themselves (``ActionMenus.catalog_error``).

Wiring: ``install(window)`` after the window is shown (``desktop/app.py`` does it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger("inkstone")


def show_settings_problems(window) -> str | None:
    """Show the model list's problems in ``window.message_bar``; return the text shown (or that
    would have been: a message already on the bar, such as the crash-recovery offer, stays)."""
    from core.models import model_list_problems

    problems = model_list_problems()
    if not problems:
        return None
    text = QCoreApplication.translate("SettingsProblems", "Some of your models are left out: {reason}").format(
        reason="; ".join(problems[:2])
    )
    log.warning("%s", text)
    if not window.message_bar.isVisible():
        window.message_bar.error(text)
    return text


def install(window) -> None:
    """Check once the event loop runs (the window is on screen by then)."""
    QTimer.singleShot(0, lambda: show_settings_problems(window))
