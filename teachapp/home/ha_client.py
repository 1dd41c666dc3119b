"""A small client for Home Assistant's WebSocket API (``/api/websocket``).

The protocol is small: the server says ``auth_required``, the client answers with its
token, then every command carries an ``id`` and gets a ``result`` with that id, and
subscriptions deliver ``event`` messages with the id of the subscribing command.
``websockets``' threaded client carries it; one reader thread per connection hands
results to the waiting caller and events to a callback, so nothing here needs asyncio
and the window's thread never waits on it.

Errors are ``HaError`` subclasses with a sentence that names the URL and the fix;
the backend turns them into teachapp's errors.
"""

from __future__ import annotations

import itertools
import json
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI
from websockets.sync.client import ClientConnection, connect

__all__ = ["HaAuthError", "HaClient", "HaCommandError", "HaConnectError", "HaError",
           "HaNotHomeAssistantError", "normalize_url", "websocket_url"]

log = logging.getLogger(__name__)

EventCallback = Callable[[dict[str, Any]], None]


class HaError(Exception):
    """Talking to Home Assistant failed; the message says why in words."""


class HaConnectError(HaError):
    """Nothing (or not Home Assistant) answers at the URL, or the connection broke."""


class HaNotHomeAssistantError(HaConnectError):
    """Something answers at the URL, but not as Home Assistant (another web server, a
    page behind the wrong port): only another address fixes it, not waiting."""


class HaAuthError(HaError):
    """Home Assistant refused the access token."""

    said: str = "invalid"
    """Home Assistant's own words ("Invalid access token or password")."""


class HaCommandError(HaError):
    """Home Assistant answered a command with an error (``code`` and its message)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.text = message
        super().__init__(f"{message} ({code})" if code else message)


def normalize_url(url: str) -> str:
    """``homeassistant.local:8123`` -> ``http://homeassistant.local:8123`` (no path).

    Raises ``HaConnectError`` for something that is not an address.
    """
    text = (url or "").strip()
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https", "ws", "wss") or not parts.hostname:
        raise HaConnectError(f"{url!r} is not a Home Assistant address; give one like "
                             "http://homeassistant.local:8123")
    try:
        parts.port  # noqa: B018 - raises for a bad port
    except ValueError as exc:
        raise HaConnectError(f"{url!r} has an invalid port; give one like "
                             "http://homeassistant.local:8123") from exc
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    path = parts.path.rstrip("/")
    if path.endswith("/api/websocket"):
        path = path[: -len("/api/websocket")]
    return urlunsplit((scheme, parts.netloc, path, "", ""))


def websocket_url(url: str) -> str:
    """The WebSocket endpoint behind a Home Assistant base URL."""
    base = normalize_url(url)
    scheme = "wss" if base.startswith("https:") else "ws"
    return scheme + base[base.index(":"):] + "/api/websocket"


class HaClient:
    """One authenticated WebSocket connection; ``call`` is safe from any thread."""

    def __init__(self, url: str, token: str, *, on_event: EventCallback | None = None,
                 on_close: Callable[[str], None] | None = None) -> None:
        self.url = normalize_url(url)
        self._token = token
        self._on_event = on_event
        self._on_close = on_close
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._waiting: dict[int, tuple[threading.Event, list[dict[str, Any]]]] = {}
        self._ws: ClientConnection | None = None
        self._reader: threading.Thread | None = None
        self._closed = threading.Event()
        self.close_reason = ""
        self.ha_version = ""

    # ------------------------------------------------------------ connect

    def connect(self, timeout: float = 10.0) -> None:
        """Open and authenticate; raises ``HaConnectError`` or ``HaAuthError``."""
        endpoint = websocket_url(self.url)
        try:
            ws = connect(endpoint, open_timeout=timeout, close_timeout=1,
                         max_size=None, compression=None, user_agent_header="teachapp")
        except (ConnectionRefusedError, ConnectionResetError) as exc:
            raise HaConnectError(f"nothing answers at {self.url} (connection refused); "
                                 "check the address and port and that Home Assistant "
                                 "is running") from exc
        except socket.gaierror as exc:
            raise HaConnectError(f"cannot find the host of {self.url}; check the "
                                 "address") from exc
        except ssl.SSLError as exc:
            raise HaConnectError(f"the TLS connection to {self.url} failed ({exc.reason}); "
                                 "check https:// against http:// and the certificate"
                                 ) from exc
        except TimeoutError as exc:
            raise HaConnectError(f"no answer from {self.url} within {timeout:g} s; check "
                                 "the address and that Home Assistant is running") from exc
        except InvalidStatus as exc:
            status, reason = exc.response.status_code, exc.response.reason_phrase
            if status in (401, 403) or status >= 500:
                raise HaConnectError(self._refused(status, reason)) from exc
            raise HaNotHomeAssistantError(self._not_home_assistant(
                f"HTTP {status}{f' {reason}' if reason else ''}")) from exc
        except (InvalidHandshake, InvalidURI) as exc:
            raise HaNotHomeAssistantError(self._not_home_assistant(str(exc))) from exc
        except OSError as exc:
            raise HaConnectError(f"cannot connect to {self.url}: "
                                 f"{exc.strerror or exc}") from exc
        ws.__enter__()  # websockets >= 17.1 wants this (a context manager) or a warning
        try:
            self._authenticate(ws, timeout)
        except BaseException:
            ws.close()
            raise
        self._ws = ws
        self._reader = threading.Thread(target=self._read, name="ha-reader", daemon=True)
        self._reader.start()

    def _refused(self, status: int, reason: str) -> str:
        """Why an HTTP answer instead of a WebSocket: Home Assistant checks the token
        only inside the WebSocket, so a 401 or 403 comes from something in front of it
        (a proxy's login); a 5xx is a server failing or starting, worth retrying."""
        answer = f"HTTP {status}{f' {reason}' if reason else ''}"
        if status in (401, 403):
            return (f"{self.url} refused the connection ({answer}) before Home Assistant "
                    "saw the token: something in front of it asks for its own login. "
                    "Give teachapp Home Assistant's own address (e.g. "
                    "http://homeassistant.local:8123), or let /api/websocket through")
        return (f"Home Assistant at {self.url} answered with an error ({answer}): it "
                "is starting, stopping or failing, and its log says why")

    def _not_home_assistant(self, answer: str) -> str:
        """A web server that is not Home Assistant: what it answered, and the fix."""
        return (f"{self.url} answers, but it is not Home Assistant: it has no Home "
                f"Assistant WebSocket API at /api/websocket ({answer}). Give Home "
                "Assistant's own address, the one its web page opens at (e.g. "
                "http://homeassistant.local:8123; its port is 8123 unless it was changed)")

    def _authenticate(self, ws: ClientConnection, timeout: float) -> None:
        try:
            hello = json.loads(ws.recv(timeout))
            if hello.get("type") != "auth_required":
                raise HaNotHomeAssistantError(self._not_home_assistant(
                    "a WebSocket that does not ask for Home Assistant's login"))
            self.ha_version = str(hello.get("ha_version", ""))
            ws.send(json.dumps({"type": "auth", "access_token": self._token}))
            answer = json.loads(ws.recv(timeout))
        except (TimeoutError, ConnectionClosed, ValueError) as exc:
            raise HaConnectError(f"{self.url} did not complete the Home Assistant "
                                 f"handshake ({type(exc).__name__}); check the URL") from exc
        if answer.get("type") == "auth_invalid":
            refused = HaAuthError(f"Home Assistant at {self.url} refused the access token "
                                  f"({answer.get('message') or 'invalid'}); create a "
                                  "long-lived token in your Home Assistant profile and give "
                                  "it to teachapp: 'teachapp backend homeassistant --url "
                                  f"{self.url}' or the window's Settings")
            refused.said = str(answer.get("message") or "invalid")
            raise refused
        if answer.get("type") != "auth_ok":
            raise HaConnectError(f"unexpected answer from {self.url} during login: "
                                 f"{answer.get('type')!r}")

    # ------------------------------------------------------------ commands

    def call(self, message: dict[str, Any], timeout: float = 10.0) -> Any:
        """Send one command and return its ``result`` (``HaCommandError`` on failure)."""
        answer = self._exchange(message, timeout)
        if not answer.get("success", False):
            error = answer.get("error") or {}
            raise HaCommandError(str(error.get("code", "")),
                                 str(error.get("message", "refused")))
        return answer.get("result")

    def subscribe(self, event_type: str, timeout: float = 10.0) -> int:
        """Subscribe to one event type; its events reach ``on_event``."""
        answer = self._exchange({"type": "subscribe_events", "event_type": event_type},
                                timeout)
        if not answer.get("success", False):
            raise HaCommandError("", f"cannot subscribe to {event_type}")
        return int(answer["id"])

    def _exchange(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        ws = self._ws
        if ws is None or self._closed.is_set():
            raise HaConnectError(f"not connected to Home Assistant at {self.url}"
                                 + (f" ({self.close_reason})" if self.close_reason else ""))
        done = threading.Event()
        box: list[dict[str, Any]] = []
        with self._lock:
            ident = next(self._ids)
            self._waiting[ident] = (done, box)
            try:
                ws.send(json.dumps({**message, "id": ident}))
            except (ConnectionClosed, OSError) as exc:
                self._waiting.pop(ident, None)
                raise HaConnectError(f"the connection to Home Assistant at {self.url} "
                                     "was lost") from exc
        if not done.wait(timeout):
            with self._lock:
                self._waiting.pop(ident, None)
            raise HaConnectError(f"Home Assistant at {self.url} did not answer "
                                 f"{message.get('type')} within {timeout:g} s")
        if not box:
            raise HaConnectError(f"the connection to Home Assistant at {self.url} was lost "
                                 f"({self.close_reason or 'closed'})")
        return box[0]

    # ------------------------------------------------------------ reader

    def _read(self) -> None:
        ws = self._ws
        assert ws is not None
        reason = "closed"
        try:
            for raw in ws:
                try:
                    data = json.loads(raw)
                except ValueError:
                    continue
                for message in data if isinstance(data, list) else [data]:
                    self._dispatch(message)
        except ConnectionClosed as exc:
            reason = f"connection closed: {exc.rcvd.reason if exc.rcvd else 'no reason'}"
        except Exception as exc:  # the reader must end cleanly, whatever happened
            log.exception("Home Assistant reader failed")
            reason = f"reader failed: {exc}"
        self.close_reason = reason
        self._closed.set()
        with self._lock:
            waiting, self._waiting = self._waiting, {}
        for done, _box in waiting.values():
            done.set()
        if self._on_close is not None:
            try:
                self._on_close(reason)
            except Exception:
                log.exception("Home Assistant close callback failed")

    def _dispatch(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "event":
            if self._on_event is not None:
                try:
                    self._on_event(message.get("event") or {})
                except Exception:  # a bad event must not stop the reader
                    log.exception("cannot handle a Home Assistant event")
            return
        if kind == "result":
            with self._lock:
                entry = self._waiting.pop(int(message.get("id", -1)), None)
            if entry is not None:
                entry[1].append(message)
                entry[0].set()

    # ------------------------------------------------------------ end

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def wait_closed(self, timeout: float | None = None) -> bool:
        return self._closed.wait(timeout)

    def close(self) -> None:
        ws = self._ws
        if ws is not None:
            try:
                ws.close()
            except Exception:
                pass
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join(2)
        self._closed.set()
