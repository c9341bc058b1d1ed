"""The desktop's side of remote endpoints: before text first goes to an endpoint over plain http://
on another machine, ask once (per endpoint) whether to send it.

Entry point: :func:`confirm_send`, called by the action flow before a session starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def endpoint_to_warn(request):
    """The endpoint ``request`` would send text to unencrypted, if the user has not been told yet."""
    from core.endpoints import find_endpoint, needs_http_warning
    from core.models.registry import _read_catalog
    from core.run import read_action_settings, settle

    if request.local:
        return None
    action_settings, _problem = read_action_settings(request.action)
    name = settle(request, action_settings).model
    if not name:
        try:
            name = _read_catalog()["default"]
        except Exception:
            return None
    endpoint = find_endpoint(name)
    return endpoint if endpoint is not None and needs_http_warning(endpoint) else None


def confirm_send(parent, request, ask=None) -> bool:
    """True when the run may start: no warning is due, or the user chose to send. ``ask`` replaces
    the dialog (tests): it takes the message and returns True to send."""
    from core.endpoints import mark_http_warned

    try:
        endpoint = endpoint_to_warn(request)
    except Exception:
        return True  # the run itself reports an unreadable database or an unknown model
    if endpoint is None:
        return True
    from urllib.parse import urlsplit

    message = QCoreApplication.translate(
        "RemoteUi",
        "Endpoint {name} is another machine ({host}) reached over plain http://. Your text will travel "
        "unencrypted, and anyone on the network between can read it.\n\nUse https:// or an SSH tunnel to "
        "localhost where you can. Send the text anyway? (Inkstone asks once for each endpoint.)",
    ).format(name=endpoint.name, host=urlsplit(endpoint.base_url).hostname)
    if ask is None:
        answer = QMessageBox.warning(
            parent, QCoreApplication.translate("RemoteUi", "Unencrypted connection"), message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        send = answer == QMessageBox.StandardButton.Yes
    else:
        send = ask(message)
    if send:
        mark_http_warned(endpoint)
    return send
