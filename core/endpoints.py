"""OpenAI-compatible serving endpoints: a model on a bigger machine, chosen like a local model.

An endpoint is a name for (base URL, the server's model name, where its API key is kept). Names
share one namespace with the user's models, so ``--model NAME``, the app's model menus and
per-action settings choose an endpoint exactly as they choose a model; the router never picks one
by itself. Endpoints live in the database (table ``endpoints``, :mod:`core.storage.endpoints`).

The API key is optional (servers on the user's own machines usually ignore it). It is kept in the
system keyring (``keyring``), never in a file Inkstone writes. Where no keyring exists (a headless
Linux box, CI) an endpoint names an environment variable that holds the key instead.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from core.errors import BadInputError, InkstoneError, UnknownNameError
from core.models.registry import ModelEntry

KEYRING_SERVICE = "inkstone"
#: Seconds to wait for a connection, and for the next piece of a streamed answer.
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 120.0
#: Assumed context window of a server that does not report one and was given none.
FALLBACK_CONTEXT = 4096
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class KeyringUnavailableError(InkstoneError):
    """No system keyring can hold an API key here."""


@dataclass(frozen=True)
class Endpoint:
    name: str
    base_url: str
    model: str
    #: Where the API key is: "" (none), "keyring" or "env" (the variable ``key_env``).
    key_source: str = ""
    key_env: str | None = None
    context_length: int | None = None
    #: The server's tokenize route ("extras": /extras/tokenize, "tokenize": /tokenize), "" for none.
    tokenize_route: str | None = None
    #: Whether the server answers /v1/completions (plain-text continuation); None: not known.
    completions: bool | None = None
    read_timeout_s: float | None = None
    http_warned: bool = False

    @property
    def root_url(self) -> str:
        """The server's address without the API version path (where /tokenize and /props live)."""
        parts = urlsplit(self.base_url)
        path = re.sub(r"/v1/?$", "", parts.path.rstrip("/"))
        return urlunsplit((parts.scheme, parts.netloc, path, "", ""))

    @property
    def plain_http_remote(self) -> bool:
        """Whether text to this endpoint travels unencrypted to another machine."""
        return urlsplit(self.base_url).scheme == "http" and not is_loopback(urlsplit(self.base_url).hostname or "")

    @property
    def context(self) -> int:
        return self.context_length or FALLBACK_CONTEXT

    @property
    def read_timeout(self) -> float:
        return self.read_timeout_s or READ_TIMEOUT_S

    def api_key(self) -> str | None:
        """The key to send, or None; a one-line error when the place it is kept cannot give it."""
        if self.key_source == "env":
            value = os.environ.get(self.key_env or "", "")
            if not value:
                raise InkstoneError(
                    f"endpoint {self.name} takes its API key from the environment variable {self.key_env}, which is not set"
                )
            return value
        if self.key_source == "keyring":
            keyring = _keyring()
            try:
                value = keyring.get_password(KEYRING_SERVICE, _keyring_user(self.name))
            except Exception as exc:  # any backend's failure, e.g. a locked keyring
                raise InkstoneError(f"the system keyring could not give the API key of endpoint {self.name}: {exc}") from None
            if not value:
                raise InkstoneError(
                    f"the system keyring has no API key for endpoint {self.name}; add the endpoint again with --key"
                )
            return value
        return None

    def key_label(self) -> str:
        if self.key_source == "keyring":
            return "system keyring"
        if self.key_source == "env":
            return f"${self.key_env}"
        return "none"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["key"] = self.key_label()  # where it is, never the key
        return data


@dataclass(frozen=True)
class EndpointEntry(ModelEntry):
    """An endpoint in the place of a model (format "remote", ``path`` its base URL)."""

    endpoint: Endpoint | None = field(default=None, compare=True)


# -- names and addresses ---------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_url(url: str) -> str:
    """``url`` checked (http or https, a host) with a trailing slash removed; a bare server address
    gets the usual ``/v1``."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInputError(f"the base URL must start with http:// or https:// and name a server (got {url[:80]!r})")
    if parts.query or parts.fragment:
        raise BadInputError("the base URL cannot have a query (?...) or a fragment (#...)")
    try:
        parts.port  # noqa: B018 (validates it)
    except ValueError:
        raise BadInputError(f"the base URL has an invalid port: {url[:80]!r}") from None
    path = parts.path.rstrip("/")
    if not path:
        path = "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def check_name(name: str) -> str:
    """``name`` stripped, if it can name an endpoint and no model or endpoint has it yet."""
    name = (name or "").strip()
    if not _NAME.match(name):
        raise BadInputError(
            f"an endpoint name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (got {name[:40]!r})"
        )
    from core.models import list_models

    for model in list_models():
        if model.name.lower() == name.lower():
            raise BadInputError(f"a model called {model.name!r} exists; models and endpoints share names, so choose another one")
    if find_endpoint(name) is not None:
        raise BadInputError(f"an endpoint called {name!r} already exists; remove it first or choose another name")
    return name


# -- the keyring -----------------------------------------------------------------------------------


def _keyring_user(name: str) -> str:
    return f"endpoint:{name.lower()}"


def _keyring():
    try:
        import keyring
    except ImportError:
        raise KeyringUnavailableError("the keyring package is not installed; pip install keyring, or use --key-env VARIABLE") from None
    return keyring


def keyring_problem() -> str | None:
    """Why no system keyring can hold a key here, or None when one can."""
    try:
        keyring = _keyring()
    except KeyringUnavailableError as exc:
        return str(exc)
    backend = keyring.get_keyring()
    if getattr(backend, "priority", 1) <= 0 or type(backend).__module__.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return (
            "no system keyring is available here (on Linux it needs a running Secret Service such as GNOME Keyring "
            "or KWallet; headless machines and CI have none), so the key cannot be stored safely; "
            "put it in an environment variable and use --key-env VARIABLE instead"
        )
    return None


def store_key(name: str, key: str) -> None:
    problem = keyring_problem()
    if problem:
        raise KeyringUnavailableError(problem)
    try:
        _keyring().set_password(KEYRING_SERVICE, _keyring_user(name), key)
    except Exception as exc:
        raise KeyringUnavailableError(f"the system keyring could not store the key ({exc}); use --key-env VARIABLE instead") from None


def forget_key(name: str) -> None:
    if keyring_problem():
        return
    try:
        _keyring().delete_password(KEYRING_SERVICE, _keyring_user(name))
    except Exception:
        pass  # nothing stored, or the keyring refused: nothing more to forget here


# -- the list --------------------------------------------------------------------------------------


def _from_row(row: dict) -> Endpoint:
    return Endpoint(
        name=row["name"],
        base_url=row["base_url"],
        model=row["model"],
        key_source=row.get("key_source") or "",
        key_env=row.get("key_env"),
        context_length=row.get("context_length"),
        tokenize_route=row.get("tokenize_route"),
        completions=row.get("completions"),
        read_timeout_s=row.get("read_timeout_s"),
        http_warned=bool(row.get("http_warned_at")),
    )


def list_endpoints(db=None) -> list[Endpoint]:
    from core.storage.endpoints import list_endpoint_rows

    return [_from_row(r) for r in list_endpoint_rows(db)]


def find_endpoint(name: str | None, db=None) -> Endpoint | None:
    """The endpoint called ``name``, or None. Nothing is read when no endpoint could be meant."""
    if not name or not _NAME.match(name.strip()):
        return None
    from core.storage.endpoints import get_endpoint_row

    row = get_endpoint_row(name, db)
    return _from_row(row) if row else None


def get_endpoint(name: str, db=None) -> Endpoint:
    found = find_endpoint(name, db)
    if found is None:
        raise UnknownNameError("endpoint", name, [e.name for e in list_endpoints(db)])
    return found


def add_endpoint(
    name: str,
    base_url: str,
    model: str,
    *,
    key: str | None = None,
    key_env: str | None = None,
    context_length: int | None = None,
    read_timeout_s: float | None = None,
    found: dict[str, Any] | None = None,
    db=None,
) -> Endpoint:
    """Check and remember an endpoint. ``key`` goes to the system keyring; ``key_env`` names the
    environment variable that holds it instead. ``found``: what a probe of the server found
    (context length, tokenize route, completions), kept with the endpoint."""
    from core.storage.endpoints import insert_endpoint_row

    name = check_name(name)
    base_url = normalize_url(base_url)
    model = (model or "").strip()
    if not model:
        raise BadInputError("name the server's model with --model (see 'inkstone-cli endpoints models URL')")
    if key and key_env:
        raise BadInputError("give the key either to the keyring (--key) or as an environment variable (--key-env), not both")
    if key_env and not _ENV_NAME.match(key_env):
        raise BadInputError(f"{key_env!r} is not an environment variable name")
    if context_length is not None and context_length < 256:
        raise BadInputError("the context length must be at least 256 tokens")
    if read_timeout_s is not None and read_timeout_s <= 0:
        raise BadInputError("the timeout must be more than 0 seconds")
    found = found or {}
    if key:
        store_key(name, key)  # first: with no keyring, nothing is added
    values = {
        "base_url": base_url,
        "model": model,
        "key_source": "keyring" if key else "env" if key_env else "",
        "key_env": key_env,
        "context_length": context_length or found.get("context_length"),
        "tokenize_route": found.get("tokenize_route"),
        "completions": found.get("completions"),
        "read_timeout_s": read_timeout_s,
    }
    try:
        insert_endpoint_row(name, values, db)
    except BaseException:
        if key:
            forget_key(name)
        raise
    return get_endpoint(name, db)


def remove_endpoint(name: str, db=None) -> Endpoint:
    from core.storage.endpoints import delete_endpoint_row

    endpoint = get_endpoint(name, db)
    delete_endpoint_row(endpoint.name, db)
    from core.models.registry import forget_default

    forget_default(endpoint.name)
    if endpoint.key_source == "keyring":
        forget_key(endpoint.name)
    return endpoint


def remember_found(endpoint: Endpoint, found: dict[str, Any], db=None) -> Endpoint:
    """Keep what a probe found (an explicitly given context length stays)."""
    from core.storage.endpoints import update_endpoint_row

    values = {key: found[key] for key in ("tokenize_route", "completions") if key in found}
    if found.get("context_length") and not endpoint.context_length:
        values["context_length"] = found["context_length"]
    update_endpoint_row(endpoint.name, values, db)
    return get_endpoint(endpoint.name, db)


def needs_http_warning(endpoint: Endpoint) -> bool:
    """Whether the user has yet to be told that text to ``endpoint`` travels unencrypted."""
    return endpoint.plain_http_remote and not endpoint.http_warned


def http_warning(endpoint: Endpoint) -> str:
    host = urlsplit(endpoint.base_url).hostname
    return (
        f"endpoint {endpoint.name} uses plain http:// to {host}, another machine: your text travels unencrypted "
        "and anyone on the network between can read it; use https:// or an SSH tunnel to localhost"
    )


def mark_http_warned(endpoint: Endpoint, db=None) -> None:
    from core.storage.endpoints import mark_http_warned as mark

    mark(endpoint.name, db)


def endpoint_entry(endpoint: Endpoint, default: bool = False) -> EndpointEntry:
    return EndpointEntry(name=endpoint.name, path=endpoint.base_url, format="remote", default=default, endpoint=endpoint)
