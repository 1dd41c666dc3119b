"""A database server shared by a household (PostgreSQL): URLs, login, failures, locking.

``postgresql://`` URLs are written as a person writes them (and as libpq documents
them); teachapp picks the driver it ships, psycopg 3. The password comes from the
keyring (service ``teachapp-postgresql``, account ``user@host``) or from libpq's own
sources (``PGPASSFILE`` / ``~/.pgpass``, ``PGPASSWORD``); it is never kept in
settings and never shown: every URL that reaches a message or a log goes through
``display_url``. Other libpq options (``sslmode``, ``sslrootcert``, ``connect_timeout``,
``host=/socket/dir``...) pass through untouched.

Writers take one transaction-level advisory lock, so writes are serialised as they
are on SQLite (``BEGIN IMMEDIATE``): a read-modify-write (a counter, a device state,
a routine version) never loses another computer's update. Readers take no lock.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import URL, make_url

from ..errors import DatabaseError, DatabaseUnreachableError

__all__ = [
    "KEYRING_SERVICE",
    "WRITE_LOCK_KEY",
    "describe_server",
    "display_url",
    "driver_url",
    "is_postgres",
    "keyring_account",
    "keyring_password",
    "libpq_url",
    "server_connect_args",
    "server_failure",
    "take_write_lock",
]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "teachapp-postgresql"
WRITE_LOCK_KEY = 0x7EAC_A990
"""pg_advisory_xact_lock key held by every writing transaction (per database)."""
LOCK_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5
_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}


def is_postgres(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def driver_url(text: str) -> str:
    """``postgresql://`` and ``postgres://`` -> ``postgresql+psycopg://`` (the shipped driver).

    An explicitly chosen driver (``postgresql+psycopg2://``) is kept.
    """
    scheme, sep, rest = text.partition("://")
    if sep and scheme.lower() in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return text


def display_url(url: str | URL) -> str:
    """The URL with any password replaced by ``***``: safe for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<database URL>"


def libpq_url(url: str | URL) -> str:
    """The URL for libpq's own tools (pg_dump, psql): no driver name, no password."""
    parsed = make_url(url)._replace(drivername="postgresql", password=None)
    return parsed.render_as_string(hide_password=False)


def describe_server(url: str | URL) -> str:
    """``database teachapp on host:port as user`` - what a person recognises."""
    parsed = make_url(url)
    query = dict(parsed.query)
    host = parsed.host or _first(query.get("host")) or "the local socket"
    port = parsed.port or _first(query.get("port"))
    where = f"{host}:{port}" if port else host
    user = parsed.username or _first(query.get("user"))
    who = f" as {user}" if user else ""
    return f"the household database {parsed.database or '(default)'} on {where}{who}"


def _first(value: Any) -> str | None:
    if isinstance(value, tuple):
        value = value[0] if value else None
    return str(value) if value else None


def keyring_account(url: str | URL) -> str:
    """The keyring entry's account for this URL's password: ``user@host`` (the host a
    socket folder when the URL names one), as a person must write it to store it."""
    parsed = make_url(url)
    host = parsed.host or _first(dict(parsed.query).get("host")) or "localhost"
    return f"{parsed.username or ''}@{host}"


def keyring_password(url: str | URL) -> str | None:
    """The password kept in the keyring for this URL's user and host, if any."""
    parsed = make_url(url)
    if parsed.password is not None or not parsed.username:
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_account(parsed))
    except Exception as exc:  # no backend, D-Bus trouble: libpq's own sources remain
        log.info("no keyring for the database password (%s)", type(exc).__name__)
        return None


def server_connect_args(url: str | URL) -> dict[str, object]:
    """psycopg connect arguments: UTC session time, a timeout, the keyring password."""
    parsed = make_url(url)
    query = dict(parsed.query)
    args: dict[str, object] = {"application_name": "teachapp"}
    if "connect_timeout" not in query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    options = f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS}"
    if "options" in query:
        options = f"{_first(query['options'])} {options}"
    args["options"] = options
    password = keyring_password(parsed)
    if password:
        args["password"] = password
    return args


def take_write_lock(connection: Any) -> None:
    """Serialise writers (see the module docstring); released at commit or rollback."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


_AUTH = ("password authentication failed", "no password supplied", "authentication failed",
         "pg_hba.conf")
_DOWN = ("connection refused", "no such file or directory", "could not connect",
         "could not translate host name", "timeout expired", "connection timed out",
         "is the server running", "the database system is starting up",
         "the database system is shutting down", "network is unreachable")
_LOST = ("server closed the connection", "terminating connection", "connection is closed",
         "connection already closed", "consuming input failed", "ssl syscall error",
         "connection has been closed", "lost synchronization", "eof detected",
         "the connection is lost", "server conn crashed", "connection reset")


def server_failure(url: str | URL, exc: BaseException) -> DatabaseError:
    """One line that names the server and says what to do, from a driver error."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    low = text.lower()
    server = describe_server(url)
    first = text.splitlines()[0] if text else type(exc).__name__
    if any(word in low for word in _AUTH) or ("role" in low and "does not exist" in low):
        parsed = make_url(url)
        keep = (f"the keyring (service {KEYRING_SERVICE}, account {keyring_account(url)}) "
                "or in the file PGPASSFILE names (~/.pgpass by default)")
        if not _keyring_usable():  # (it named a keyring this computer does not have)
            keep = ("the file PGPASSFILE names (~/.pgpass by default: this computer has no "
                    "usable keyring)")
        if "no password supplied" in low:
            fix = (f"No password was found for {parsed.username}: put it in {keep}, never "
                   "in settings.")
        elif parsed.password is not None:  # the one tried was written in the URL
            fix = ("The user name or the password written in --db is wrong: correct it, "
                   f"or leave the password out of the URL and put it in {keep}.")
        else:
            fix = (f"The user name in --db or the password kept in {keep} is wrong: "
                   "correct it.")
        return DatabaseUnreachableError(
            f"{_cap(server)} refused the login ({first}). Nothing was changed. {fix}")
    if "does not exist" in low and "database" in low:
        return DatabaseUnreachableError(
            f"{_cap(server)} does not exist on that server. Nothing was changed. Ask the "
            "person who runs it to create it (createdb), or fix the name in --db.")
    if "ssl" in low or "certificate" in low:
        return DatabaseUnreachableError(
            f"Cannot talk securely to {server} ({first}). Nothing was changed. Check "
            "sslmode and the certificate options in the URL.")
    if any(word in low for word in _LOST):
        return DatabaseUnreachableError(
            f"The connection to {server} was lost. Nothing was half-written (the change "
            "in progress was rolled back); teachapp reconnects by itself, so try again "
            "when the server is back.")
    if any(word in low for word in _DOWN):
        return DatabaseUnreachableError(
            f"Cannot reach {server}: the server is down or not reachable. Nothing was "
            "changed. Start it or check the network and the address in --db, then try "
            "again.")
    return DatabaseError(f"{_cap(server)} failed: {first}. Nothing was changed.")


def _keyring_usable() -> bool:
    """Whether a keyring service answers here (a server without a desktop has none)."""
    try:
        import keyring

        keyring.get_password(KEYRING_SERVICE, "teachapp-probe")
    except Exception:  # noqa: BLE001 - no backend, D-Bus trouble, keyring not installed
        return False
    return True


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
