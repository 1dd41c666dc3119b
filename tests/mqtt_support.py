"""A real Mosquitto broker and a Zigbee2MQTT-like device simulator for the MQTT tests.

``Broker`` runs ``mosquitto`` on 127.0.0.1 on a free port with a generated config
(optionally with users and TLS); ``Z2MSimulator`` connects to it and behaves like
Zigbee2MQTT: a retained ``bridge/devices`` list with real ``definition.exposes``,
availability, state on ``<base>/<friendly>``, and answers to ``/set`` and ``/get``.
One device never answers (out of range), one is offline.

Used by tests/test_mqtt_*.py (``pytest_plugins = ["mqtt_support"]`` gives the fixtures
``broker``, ``z2m``, ``memory_keyring``, ``no_keyring``) and benchmarks/mqtt.py.
No asserts here, so pytest need not rewrite it: PYTEST_DONT_REWRITE.
"""

from __future__ import annotations

import copy
import getpass
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import paho.mqtt.client as mqtt
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from paho.mqtt.enums import CallbackAPIVersion

INSTALL_HINT = (
    "The MQTT tests need the Mosquitto broker binary and it is not installed. Install "
    "it: 'sudo apt-get install mosquitto' (Debian/Ubuntu; .ci/run does this), "
    "'sudo dnf install mosquitto' (Fedora), 'brew install mosquitto' (macOS), or set "
    "MOSQUITTO=/path/to/mosquitto."
)


def mosquitto_binary() -> str:
    """The broker binary; a loud failure (never a skip) when it is missing."""
    for candidate in (os.environ.get("MOSQUITTO"), shutil.which("mosquitto"),
                      "/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto",
                      "/opt/homebrew/sbin/mosquitto"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise MosquittoMissing(INSTALL_HINT)


class SilentPort:
    """A port whose connects the network never answers, like a broker host that is
    off: a listening socket whose queue is full drops every further SYN."""

    def __init__(self) -> None:
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)
        self.port = self._server.getsockname()[1]
        self._fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", self.port))
            self._fillers.append(filler)

    def __enter__(self) -> SilentPort:
        return self

    def __exit__(self, *_exc: object) -> None:
        for sock in (*self._fillers, self._server):
            sock.close()


class MosquittoMissing(RuntimeError):
    """No mosquitto binary on this machine."""


def wait_until(condition: Any, timeout: float = 10.0) -> None:
    """Return once ``condition()`` is true; AssertionError after ``timeout`` s."""
    event = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        event.wait(0.02)
    raise AssertionError("condition not met in time")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Broker:
    """One mosquitto process; ``stop``/``start`` again keep the same port."""

    def __init__(self, workdir: Path, *, users: dict[str, str] | None = None,
                 tls: bool = False) -> None:
        self.binary = mosquitto_binary()
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.host = "127.0.0.1"
        self.port = free_port()
        self.tls_port = free_port() if tls else None
        self.users = dict(users or {})
        self.ca_file: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log = self.workdir / "mosquitto.log"
        self._config = self._write_config(tls)

    def _write_config(self, tls: bool) -> Path:
        lines = [f"user {getpass.getuser()}", "per_listener_settings false",
                 "persistence false", "log_dest stderr",
                 "log_type error", "log_type warning", "log_type notice",
                 f"listener {self.port} {self.host}"]
        if self.users:
            passwd = self.workdir / "passwd"
            passwd.write_text("")
            for user, password in self.users.items():
                subprocess.run([_passwd_binary(), "-b", str(passwd), user, password],
                               check=True, capture_output=True)
            lines += ["allow_anonymous false", f"password_file {passwd}"]
        else:
            lines.append("allow_anonymous true")
        if tls:
            cert, key = self.workdir / "cert.pem", self.workdir / "key.pem"
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                 "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                 "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                 "-keyout", str(key), "-out", str(cert)],
                check=True, capture_output=True)
            self.ca_file = cert
            lines += [f"listener {self.tls_port} {self.host}", f"certfile {cert}",
                      f"keyfile {key}"]
        config = self.workdir / "mosquitto.conf"
        config.write_text("\n".join(lines) + "\n")
        return config

    def start(self) -> Broker:
        log = open(self._log, "ab")  # handed to the process
        self._process = subprocess.Popen([self.binary, "-c", str(self._config)],
                                         stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 10
        ports = [p for p in (self.port, self.tls_port) if p]
        while True:
            if self._process.poll() is not None:
                raise RuntimeError(f"mosquitto exited at start:\n{self.log_text()}")
            if all(_listening(self.host, p) for p in ports):
                return self
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"mosquitto did not listen in 10 s:\n{self.log_text()}")
            time.sleep(0.02)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log_text(self) -> str:
        try:
            return self._log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""


def _passwd_binary() -> str:
    found = shutil.which("mosquitto_passwd") or "/usr/bin/mosquitto_passwd"
    if not os.access(found, os.X_OK):
        raise MosquittoMissing(INSTALL_HINT)
    return found


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


# ------------------------------------------------------------------ exposes

def _binary(name: str, on: str = "ON", off: str = "OFF", prop: str | None = None,
            access: int = 7) -> dict[str, Any]:
    return {"type": "binary", "name": name, "property": prop or name, "access": access,
            "value_on": on, "value_off": off, "description": f"{name} of this device"}


def _numeric(name: str, low: float, high: float, *, unit: str = "", step: float | None = None,
             prop: str | None = None, access: int = 7) -> dict[str, Any]:
    item = {"type": "numeric", "name": name, "property": prop or name, "access": access,
            "value_min": low, "value_max": high}
    if unit:
        item["unit"] = unit
    if step:
        item["value_step"] = step
    return item


def _enum(name: str, values: list[str], *, prop: str | None = None,
          access: int = 7) -> dict[str, Any]:
    return {"type": "enum", "name": name, "property": prop or name, "access": access,
            "values": values}


def light_exposes(color_temp: bool = True) -> list[dict[str, Any]]:
    features = [_binary("state"), _numeric("brightness", 0, 254)]
    if color_temp:
        features.append(_numeric("color_temp", 153, 454, unit="mired"))
    return [{"type": "light", "features": features},
            _enum("effect", ["blink", "breathe", "okay"], access=2),
            _numeric("linkquality", 0, 255, unit="lqi", access=1)]


def switch_exposes() -> list[dict[str, Any]]:
    return [{"type": "switch", "features": [_binary("state")]},
            _numeric("power", 0, 3680, unit="W", access=5),
            _numeric("linkquality", 0, 255, unit="lqi", access=1)]


def lock_exposes() -> list[dict[str, Any]]:
    return [{"type": "lock", "features": [
                _binary("state", "LOCK", "UNLOCK"),
                _enum("lock_state", ["not_fully_locked", "locked", "unlocked"], access=1)]},
            _numeric("battery", 0, 100, unit="%", access=1)]


def cover_exposes() -> list[dict[str, Any]]:
    return [{"type": "cover", "features": [
                _enum("state", ["OPEN", "CLOSE", "STOP"], access=3),
                _numeric("position", 0, 100, unit="%")]},
            _numeric("battery", 0, 100, unit="%", access=1)]


def climate_exposes() -> list[dict[str, Any]]:
    return [{"type": "climate", "features": [
                _numeric("current_heating_setpoint", 5, 30, unit="°C", step=0.5),
                _numeric("local_temperature", -30, 99, unit="°C", access=5),
                _enum("system_mode", ["off", "heat", "auto"]),
                _enum("running_state", ["idle", "heat"], access=5)]},
            _numeric("battery", 0, 100, unit="%", access=1)]


def fan_exposes() -> list[dict[str, Any]]:
    return [{"type": "fan", "features": [
                _binary("state", prop="fan_state"),
                _enum("mode", ["off", "low", "medium", "high", "on", "auto"],
                      prop="fan_mode")]}]


def sensor_exposes() -> list[dict[str, Any]]:
    return [_numeric("temperature", -40, 80, unit="°C", access=5),
            _numeric("humidity", 0, 100, unit="%", access=5),
            _numeric("battery", 0, 100, unit="%", access=1)]


# ------------------------------------------------------------------ simulator

@dataclass
class SimDevice:
    """A Zigbee device as Zigbee2MQTT presents it."""

    friendly_name: str
    model: str
    vendor: str
    exposes: list[dict[str, Any]]
    state: dict[str, Any]
    answers: bool = True
    """False: sets vanish (out of range); Zigbee2MQTT publishes nothing."""
    available: bool = True
    reports: bool = True
    """False: never answers ``/get`` (its state is unknown until a ``/set`` changes it),
    like a device Zigbee2MQTT has no reporting set up for."""
    device_type: str = "Router"
    sets: list[dict[str, Any]] = field(default_factory=list)
    """Every /set payload received, in order."""


def household() -> list[SimDevice]:
    """A small real-looking home: every kind teachapp drives, plus the awkward ones."""
    return [
        SimDevice("Living room/Lamp", "LED1545G12", "IKEA", light_exposes(),
                  {"state": "ON", "brightness": 254, "color_temp": 370}),
        SimDevice("desk_lamp", "8718699673147", "Philips", light_exposes(color_temp=False),
                  {"state": "OFF", "brightness": 127}),
        SimDevice("Kitchen/Coffee maker", "SP 120", "innr", switch_exposes(),
                  {"state": "OFF", "power": 0}),
        SimDevice("Front door", "YRD226HA2619", "Yale", lock_exposes(),
                  {"state": "LOCK", "lock_state": "locked", "battery": 80},
                  device_type="EndDevice"),
        SimDevice("Bedroom/Blinds", "E1757", "IKEA", cover_exposes(),
                  {"state": "CLOSE", "position": 0, "battery": 90}, device_type="EndDevice"),
        SimDevice("Hallway/Thermostat", "SPZB0001", "Eurotronic", climate_exposes(),
                  {"current_heating_setpoint": 19, "local_temperature": 20.5,
                   "system_mode": "heat", "running_state": "idle"}, device_type="EndDevice"),
        SimDevice("Bedroom/Fan", "99432", "Hampton Bay", fan_exposes(),
                  {"fan_state": "OFF", "fan_mode": "off"}),
        SimDevice("Garage/Broken lamp", "LED1623G12", "IKEA", light_exposes(color_temp=False),
                  {"state": "OFF", "brightness": 100}, answers=False),
        SimDevice("Porch light", "LED1623G12", "IKEA", light_exposes(color_temp=False),
                  {"state": "OFF", "brightness": 100}, available=False),
        SimDevice("Hall sensor", "WSDCGQ11LM", "Aqara", sensor_exposes(),
                  {"temperature": 21.3, "humidity": 45}, device_type="EndDevice"),
    ]


class Z2MSimulator:
    """Speaks to the broker like Zigbee2MQTT does, for the given devices."""

    def __init__(self, host: str, port: int, devices: list[SimDevice] | None = None, *,
                 base: str = "zigbee2mqtt", username: str | None = None,
                 password: str | None = None) -> None:
        self.base = base
        self.devices = {d.friendly_name: d for d in (devices or household())}
        self._lock = threading.Lock()
        self.connected = threading.Event()
        self._client = mqtt.Client(callback_api_version=CallbackAPIVersion.VERSION2,
                                   client_id=f"z2m-sim-{port}-{id(self)}",
                                   protocol=mqtt.MQTTv311)
        if username:
            self._client.username_pw_set(username, password)
        self._client.reconnect_delay_set(0.05, 0.2)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = lambda *_a: self.connected.clear()
        self._client.on_message = self._on_message
        # Ready once the broker has acknowledged the subscription, not merely the
        # connection: a /set sent in between would be lost.
        self._client.on_subscribe = lambda *_a: self.connected.set()
        self._host, self._port = host, port

    def start(self, timeout: float = 10) -> Z2MSimulator:
        self._client.connect_async(self._host, self._port, keepalive=10)
        self._client.loop_start()
        if not self.connected.wait(timeout):
            raise RuntimeError("the Zigbee2MQTT simulator could not connect to the broker")
        return self

    def stop(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()

    def bridge_devices(self) -> list[dict[str, Any]]:
        """The ``bridge/devices`` payload, with a coordinator first as in Zigbee2MQTT."""
        out: list[dict[str, Any]] = [{
            "ieee_address": "0x00124b0000000000", "type": "Coordinator",
            "friendly_name": "Coordinator", "network_address": 0, "supported": True,
            "disabled": False, "interview_completed": True, "definition": None}]
        for number, dev in enumerate(self.devices.values(), start=1):
            out.append({
                "ieee_address": f"0x{number:016x}", "type": dev.device_type,
                "network_address": 1000 + number, "friendly_name": dev.friendly_name,
                "supported": True, "disabled": False, "interview_completed": True,
                "power_source": "Mains (single phase)",
                "definition": {"model": dev.model, "vendor": dev.vendor,
                               "description": f"{dev.vendor} {dev.model}",
                               "exposes": dev.exposes, "options": []}})
        return out

    def _on_connect(self, client: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if reason.is_failure:
            return
        # like Zigbee2MQTT, commands only; not its own state (the broker would echo it)
        client.subscribe([(f"{self.base}/{levels}{verb}", 0) for levels in ("+/", "+/+/")
                          for verb in ("set", "get")])
        client.publish(f"{self.base}/bridge/state", json.dumps({"state": "online"}),
                       retain=True)
        client.publish(f"{self.base}/bridge/devices", json.dumps(self.bridge_devices()),
                       retain=True)
        for dev in self.devices.values():
            state = "online" if dev.available else "offline"
            client.publish(f"{self.base}/{dev.friendly_name}/availability",
                           json.dumps({"state": state}), retain=True)

    def _on_message(self, client: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
        rest = message.topic[len(self.base) + 1:]
        for suffix in ("/set", "/get"):
            if rest.endswith(suffix):
                dev = self.devices.get(rest[: -len(suffix)])
                if dev is None:
                    return
                try:
                    payload = json.loads(message.payload)
                except ValueError:
                    return
                if suffix == "/set":
                    dev.sets.append(payload)
                    if not dev.answers or not dev.available:
                        return
                    with self._lock:
                        _apply(dev, payload)
                elif not dev.answers or not dev.available or not dev.reports:
                    return
                self.publish_state(dev)

    def publish_state(self, dev: SimDevice) -> None:
        with self._lock:
            state = {**copy.deepcopy(dev.state), "linkquality": 120}
        self._client.publish(f"{self.base}/{dev.friendly_name}", json.dumps(state))

    def raw(self, friendly_name: str) -> dict[str, Any]:
        with self._lock:
            return dict(self.devices[friendly_name].state)


def _apply(dev: SimDevice, payload: dict[str, Any]) -> None:
    """What Zigbee2MQTT's converters do with a /set payload, for these kinds."""
    state = dev.state
    if "lock_state" in state and "state" in payload:
        locked = str(payload["state"]).upper() == "LOCK"
        state.update(state="LOCK" if locked else "UNLOCK",
                     lock_state="locked" if locked else "unlocked")
        return
    if "position" in state:
        if "position" in payload:
            state["position"] = max(0, min(100, int(payload["position"])))
        elif str(payload.get("state", "")).upper() in ("OPEN", "CLOSE"):
            state["position"] = 100 if payload["state"].upper() == "OPEN" else 0
        state["state"] = "OPEN" if state["position"] > 0 else "CLOSE"
        return
    if "current_heating_setpoint" in payload:
        state["current_heating_setpoint"] = round(float(payload["current_heating_setpoint"]) * 2) / 2
    if "system_mode" in payload:
        state["system_mode"] = payload["system_mode"]
    if "fan_state" in payload:
        state["fan_state"] = payload["fan_state"]
        if payload["fan_state"] == "OFF":
            state["fan_mode"] = "off"
    if "fan_mode" in payload:
        state["fan_mode"] = payload["fan_mode"]
        state["fan_state"] = "OFF" if payload["fan_mode"] == "off" else "ON"
    if "state" in payload and "fan_state" not in state:
        wanted = str(payload["state"]).upper()
        if wanted == "TOGGLE":
            wanted = "OFF" if state.get("state") == "ON" else "ON"
        state["state"] = wanted
        if wanted == "OFF":
            return  # Zigbee2MQTT sends only off; the level stays as it was
    if "brightness" in payload and "brightness" in state:
        state["brightness"] = max(0, min(254, int(payload["brightness"])))
        state["state"] = "ON" if state["brightness"] > 0 else "OFF"
    if "color_temp" in payload and "color_temp" in state:
        state["color_temp"] = max(153, min(454, int(payload["color_temp"])))


# ------------------------------------------------------------------ fixtures

class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps entries in memory (for tests)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.entries:
            raise PasswordDeleteError("no such password")
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring(monkeypatch):
    monkeypatch.delenv("TEACHAPP_MQTT_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.delenv("TEACHAPP_MQTT_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)



@pytest.fixture
def broker(tmp_path: Path):
    """A running mosquitto on 127.0.0.1 on a free port; stopped afterwards."""
    try:
        server = Broker(tmp_path / "broker")
    except MosquittoMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def z2m(broker: Broker):
    """The Zigbee2MQTT simulator with ``household()`` devices on ``broker``."""
    sim = Z2MSimulator(broker.host, broker.port).start()
    yield sim
    sim.stop()
