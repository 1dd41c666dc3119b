"""A real Home Assistant for the tests and benchmarks: started, onboarded, given areas.

``scripts/install-homeassistant.sh`` (run by ``.ci/run``) installs Home Assistant into
its own venv under ``$TEACHAPP_HA_HOME`` (default ``~/.cache/teachapp-ci``) and warms it
once with ``python tests/ha_support.py warm DIR`` (its first start installs its runtime
requirements). ``HomeAssistant`` then runs ``hass --skip-pip`` on a fresh config dir
with the ``demo`` integration (about 100 entities, offline), on 127.0.0.1 and a free
port; ``onboard`` creates the owner by API and returns a long-lived token, without the
``core_config`` step (it would set up integrations that reach the network).

When Home Assistant is not installed, ``skip_reason()`` says so and the tests skip:
nothing here mocks it. The module needs only the standard library at import (the
warm-up runs with any python3); ``websockets`` is imported when a test talks to it.
PYTEST_DONT_REWRITE
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

HA_HOME = Path(os.environ.get("TEACHAPP_HA_HOME")
               or Path.home() / ".cache" / "teachapp-ci")
VERSION = "2024.3.3"
VENV = HA_HOME / "ha-venv"
TEMPLATE = HA_HOME / "ha-config-template"
HASS = VENV / "bin" / "hass"
CLIENT_ID = "http://127.0.0.1/"

CONFIG = """\
homeassistant:
  name: Test home
  latitude: 52.52
  longitude: 13.40
  elevation: 34
  unit_system: metric
  time_zone: Europe/Berlin
  country: DE
  currency: EUR
http:
  server_host: 127.0.0.1
  server_port: {port}
api:
config:
onboarding:
demo:
logger:
  default: warning
"""


def skip_reason() -> str | None:
    """Why the Home Assistant tests cannot run here, or None."""
    if not (VENV / f".installed-{VERSION}").exists() or not HASS.exists():
        return (f"Home Assistant {VERSION} is not installed in {VENV}; run "
                "scripts/install-homeassistant.sh (.ci/run does) to test against it")
    if not (TEMPLATE / ".warmed").exists():
        return (f"Home Assistant in {VENV} was installed but never started; run "
                "scripts/install-homeassistant.sh again (see its install.log)")
    return None


def wait_for(predicate: Any, timeout: float = 20.0) -> bool:
    """Whether ``predicate()`` came true within ``timeout`` s (polled; a live server's
    news arrive on its own thread)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HomeAssistant:
    """One ``hass`` process on a fresh copy of the warmed config; restartable."""

    def __init__(self, workdir: Path, *, port: int | None = None, skip_pip: bool = True
                 ) -> None:
        self.workdir = Path(workdir)
        self.config_dir = self.workdir / "config"
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.skip_pip = skip_pip
        self.token = ""
        self.areas: dict[str, str] = {}
        self._process: subprocess.Popen[bytes] | None = None
        self._log = self.workdir / "hass.log"
        if TEMPLATE.exists() and not self.config_dir.exists():
            shutil.copytree(TEMPLATE, self.config_dir, ignore=shutil.ignore_patterns(
                ".storage", "*.db*", "*.log*", ".warmed", "deps", "tts"))
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "configuration.yaml").write_text(CONFIG.format(port=self.port))

    # ------------------------------------------------------------ process

    def start(self, timeout: float = 120.0) -> None:
        args = [str(HASS), "-c", str(self.config_dir), "--log-file", str(self._log)]
        if self.skip_pip:
            args.append("--skip-pip")
        self._process = subprocess.Popen(args, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"Home Assistant exited with {self._process.returncode}; "
                                   f"see {self._log}")
            if self._ready():
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Home Assistant did not answer within {timeout:g} s; see "
                           f"{self._log}")

    def _ready(self) -> bool:
        """The HTTP API answers and the demo lights are there (set up in the background)."""
        try:
            with urllib.request.urlopen(self.url + "/api/onboarding", timeout=2) as reply:
                reply.read()
        except urllib.error.HTTPError as exc:
            if exc.code not in (401, 404):
                return False
        except (OSError, urllib.error.URLError):
            return False
        if not self.token:
            return True
        try:
            states = self.rest("GET", "/api/states")
        except (OSError, urllib.error.URLError):
            return False
        return sum(1 for s in states if s["entity_id"].startswith("light.")) >= 6

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    # ------------------------------------------------------------ HTTP and WS

    def rest(self, method: str, path: str, body: Any = None, *, form: bool = False,
             token: str | None = None) -> Any:
        headers = {}
        data = None
        if body is not None:
            if form:
                data = urllib.parse.urlencode(body).encode()
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
        bearer = token if token is not None else self.token
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        request = urllib.request.Request(self.url + path, data=data, headers=headers,
                                         method=method)
        with urllib.request.urlopen(request, timeout=30) as reply:
            raw = reply.read()
        return json.loads(raw) if raw else None

    def onboard(self, *, long_lived: bool = True, wait: float = 60.0) -> str:
        """Create the owner by API and return a long-lived access token.

        Then wait (up to ``wait`` s) for the demo's lights: the demo sets up after the
        HTTP API answers. ``long_lived=False`` keeps the 30-minute token (no WebSocket,
        for the warm-up, which runs with the standard library alone).
        """
        made = self.rest("POST", "/api/onboarding/users", {
            "client_id": CLIENT_ID, "name": "Test Owner", "username": "owner",
            "password": "teachapp-test-pw", "language": "en"}, token="")
        tokens = self.rest("POST", "/auth/token", {
            "grant_type": "authorization_code", "code": made["auth_code"],
            "client_id": CLIENT_ID}, form=True, token="")
        self.token = tokens["access_token"]
        if long_lived:
            with self.ws(tokens["access_token"]) as ws:
                self.token = ws.call({"type": "auth/long_lived_access_token",
                                      "client_name": "teachapp tests", "lifespan": 365})
        deadline = time.monotonic() + wait
        while not self._ready():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the demo entities did not appear within {wait:g} s; "
                                   f"see {self._log}")
            time.sleep(0.2)
        return self.token

    def ws(self, token: str | None = None) -> AdminSocket:
        return AdminSocket(self.url, token or self.token)

    def assign_areas(self) -> dict[str, str]:
        """Areas through the registries; returns entity id -> area name it now has.

        Lights get theirs through their device, the rest directly on the entity; locks
        and media players have no unique id in the demo, so they stay unassigned.
        """
        plan = {"Living room": ["light.living_room_rgbww_lights", "light.ceiling_lights",
                                "climate.hvac", "fan.living_room_fan",
                                "cover.living_room_window"],
                "Kitchen": ["light.kitchen_lights", "cover.kitchen_window"],
                "Office": ["light.office_rgbw_lights", "switch.decorative_lights",
                           "fan.ceiling_fan"],
                "Bedroom": ["light.bed_light", "climate.ecobee"]}
        out: dict[str, str] = {}
        with self.ws() as ws:
            areas = {a["name"]: a["area_id"] for a in ws.call({"type":
                                                               "config/area_registry/list"})}
            entities = {e["entity_id"]: e for e in ws.call({"type":
                                                            "config/entity_registry/list"})}
            areas.update({a["name"].lower(): a["area_id"] for a in ws.call(
                {"type": "config/area_registry/list"})})
            for area, ids in plan.items():
                area_id = areas.get(area) or areas.get(area.lower()) or ws.call({"type": "config/area_registry/create",
                                                      "name": area})["area_id"]
                for entity_id in ids:
                    entry = entities.get(entity_id)
                    if entry is None:
                        continue
                    if entity_id.startswith("light.") and entry.get("device_id"):
                        ws.call({"type": "config/device_registry/update",
                                 "device_id": entry["device_id"], "area_id": area_id})
                    else:
                        ws.call({"type": "config/entity_registry/update",
                                 "entity_id": entity_id, "area_id": area_id})
                    out[entity_id] = area
        return out

    def state(self, entity_id: str) -> dict[str, Any]:
        return self.rest("GET", f"/api/states/{entity_id}")

    def service(self, domain: str, service: str, **data: Any) -> None:
        self.rest("POST", f"/api/services/{domain}/{service}", data)


class AdminSocket:
    """A plain WebSocket session for the tests' own registry and token commands."""

    def __init__(self, url: str, token: str) -> None:
        from websockets.sync.client import connect

        self._ws = connect(url.replace("http", "ws", 1) + "/api/websocket", open_timeout=10,
                           max_size=None)
        self._ws.__enter__()
        json.loads(self._ws.recv(10))
        self._ws.send(json.dumps({"type": "auth", "access_token": token}))
        answer = json.loads(self._ws.recv(10))
        if answer.get("type") != "auth_ok":
            raise RuntimeError(f"Home Assistant refused the test token: {answer}")
        self._id = 0

    def call(self, message: dict[str, Any]) -> Any:
        self._id += 1
        self._ws.send(json.dumps({**message, "id": self._id}))
        while True:
            answer = json.loads(self._ws.recv(30))
            if answer.get("id") == self._id and answer.get("type") == "result":
                if not answer.get("success"):
                    raise RuntimeError(f"{message['type']} failed: {answer.get('error')}")
                return answer.get("result")

    def __enter__(self) -> AdminSocket:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._ws.close()


class Relay:
    """A TCP relay in front of Home Assistant: closing it is Home Assistant going away
    (the connection drops, and a reconnect finds nothing listening), while the session's
    server goes on for the other tests."""

    def __init__(self, port: int) -> None:
        self._upstream = port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._open: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                near, _ = self._listener.accept()
            except OSError:
                return
            far = socket.create_connection(("127.0.0.1", self._upstream))
            self._open += [near, far]
            for a, b in ((near, far), (far, near)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        for sock in self._open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def warm(template: Path) -> None:
    """First start on a template config: Home Assistant installs its requirements."""
    template = Path(template)
    with tempfile.TemporaryDirectory() as tmp:
        server = HomeAssistant(Path(tmp), skip_pip=False)
        started = time.monotonic()
        try:
            server.start(timeout=600)
            server.onboard(long_lived=False, wait=600)
        finally:
            server.stop()
        print(f"first start took {time.monotonic() - started:.0f} s")
        if template.exists():
            shutil.rmtree(template)
        shutil.copytree(server.config_dir, template, ignore=shutil.ignore_patterns(
            ".storage", "*.db*", "*.log*"))
    (template / ".warmed").write_text(VERSION + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "warm":
        warm(Path(sys.argv[2]))
    else:
        sys.exit("usage: python tests/ha_support.py warm TEMPLATE_DIR")


# ------------------------------------------------------------------ pytest fixtures

try:
    import pytest
except ImportError:  # the warm-up runs without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture(scope="session")
    def ha_server(tmp_path_factory):
        """One real Home Assistant per test session: fresh config, onboarded, areas set."""
        reason = skip_reason()
        if reason:
            pytest.skip(reason)
        server = HomeAssistant(tmp_path_factory.mktemp("homeassistant"))
        server.start()
        try:
            server.onboard()
            server.areas = server.assign_areas()
            yield server
        finally:
            server.stop()
