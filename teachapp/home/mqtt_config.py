"""MQTT connection settings, the paho client they make, and the device-list cache.

Shared by the backend (``mqtt.py``), the factory and ``doctor`` (``probe_broker``)
and the ``teachapp backend`` command. The password is a field of ``MqttConfig`` in
memory only; ``to_settings`` leaves it out.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from ..domain import counted
from ..errors import ConfigError
from .backend import aside
from .z2m import parse_bridge_devices

__all__ = ["MqttConfig", "make_client", "note_reported", "online_payload", "probe_broker",
           "read_device_cache", "read_reported", "refused_message", "silent_message",
           "unreachable_message", "write_device_cache"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MqttConfig:
    """How to reach the broker; the password is never saved with the rest."""

    host: str
    port: int = 1883
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    """From the keyring or ``TEACHAPP_MQTT_PASSWORD``; kept only in memory."""
    tls: bool = False
    ca_file: str | None = None
    """A CA bundle for a broker with a private certificate; system CAs otherwise."""
    base_topic: str = "zigbee2mqtt"
    keepalive: int = 30
    reconnect_min: float = 1.0
    """First reconnection delay in seconds; doubles up to ``reconnect_max``."""
    reconnect_max: float = 30.0

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def from_settings(cls, section: Mapping[str, Any], *,
                      password: str | None = None) -> MqttConfig:
        """Build from the ``backend`` settings section; ``ConfigError`` when unusable."""
        host = str(section.get("host") or "").strip()
        if not host:
            raise ConfigError("The MQTT backend has no broker host; set one with "
                              "'teachapp backend mqtt --host HOST'.")
        port = int(_number(section, "port", 8883 if section.get("tls") else 1883, host))
        keepalive = int(_number(section, "keepalive", 30, host))
        low = _number(section, "reconnect_min", 1.0, host)
        high = _number(section, "reconnect_max", 30.0, host)
        if not 0 < port < 65536:
            raise ConfigError(f"MQTT port {port} is not a port number (1–65535).")
        ca_file = section.get("ca_file") or None
        if ca_file and not Path(ca_file).is_file():
            raise ConfigError(f"The MQTT CA file {ca_file} does not exist; give the "
                              "broker's CA certificate with --ca FILE.")
        base = str(section.get("base_topic") or "zigbee2mqtt").strip().strip("/")
        if not base or any(c in base for c in "+#"):
            raise ConfigError(f"MQTT base topic {base!r} cannot be used; it is the "
                              "topic Zigbee2MQTT publishes under, e.g. 'zigbee2mqtt'.")
        return cls(host=host, port=port, username=section.get("username") or None,
                   password=password, tls=bool(section.get("tls")), ca_file=ca_file,
                   base_topic=base, keepalive=max(5, keepalive),
                   reconnect_min=max(0.05, low), reconnect_max=max(low, high))

    def to_settings(self) -> dict[str, Any]:
        """The settings to save: everything but the password."""
        return {"type": "mqtt", "host": self.host, "port": self.port,
                "username": self.username, "tls": self.tls, "ca_file": self.ca_file,
                "base_topic": self.base_topic}


def make_client(config: MqttConfig, client_id: str) -> mqtt.Client:
    """A paho client with the config's login, TLS and reconnection backoff."""
    client = mqtt.Client(callback_api_version=CallbackAPIVersion.VERSION2,
                         client_id=client_id, protocol=mqtt.MQTTv311)
    if config.username:
        client.username_pw_set(config.username, config.password)
    if config.tls:
        try:
            client.tls_set(ca_certs=config.ca_file)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"Cannot set up TLS for the MQTT broker at {config.address}: "
                              f"{exc}. Check the CA file (--ca FILE).") from exc
    client.reconnect_delay_set(config.reconnect_min, config.reconnect_max)
    return client


def unreachable_message(config: MqttConfig, *, cli: bool = True) -> str:
    """Why a connection attempt failed, as far as paho lets us know; with ``cli`` the
    command line's way to look (``teachapp backend show``, ``--ca FILE``), without it
    the reason alone, for the window (its Settings → Devices says where to look) and
    for what a run reports, which every front end shows."""
    if not cli:
        tls = " or the TLS handshake failed (check the CA file)" if config.tls else ""
        return (f"cannot reach the MQTT broker at {config.address}{tls}; check that it "
                "is running and the host and port")
    tls = " or the TLS handshake failed (check --ca FILE)" if config.tls else ""
    return (f"cannot reach the MQTT broker at {config.address}{tls}; check that it is "
            "running and the host and port ('teachapp backend show')")


def silent_message(config: MqttConfig, *, cli: bool = True) -> str:
    """Why there is no connection while the first attempt has had no answer at all (a
    host that is off, or a firewall that drops the connection: the system gives up only
    after minutes): it said "not connected to the MQTT broker at … yet", and no way to
    fix it. ``cli`` as for ``unreachable_message``."""
    advice = " ('teachapp backend show')" if cli else ""
    return (f"the MQTT broker at {config.address} has not answered yet; check that it is "
            f"running, the host and port{advice}, and that no firewall drops the connection")


def refused_message(config: MqttConfig, reason: object, notice: str = "") -> str:
    """The broker answered but said no; for a login problem, how to fix it."""
    text = f"the MQTT broker at {config.address} refused the connection: {reason}"
    lowered = str(reason).lower()
    if "author" in lowered or "password" in lowered:
        from .secrets import PASSWORD_ENV

        if config.password and os.environ.get(PASSWORD_ENV) == config.password:
            # (it wins over the keyring: storing another there changed nothing)
            text += (f". The password comes from {PASSWORD_ENV}: check the user name, and "
                     "correct the variable or unset it to use the password stored with "
                     "'teachapp backend mqtt --host HOST --user USER --password-stdin'")
        else:
            text += (". Check the user name, and store the password with 'teachapp backend "
                     "mqtt --host HOST --user USER --password-stdin' or set "
                     "TEACHAPP_MQTT_PASSWORD")
        if notice:
            text += aside(notice)
    return text


def probe_broker(config: MqttConfig, timeout: float = 3.0, *, cli: bool = True,
                 listed: bool = True) -> tuple[bool, str]:
    """Connect once, read the retained device list, disconnect: for ``doctor``, and
    (``cli=False``: no command-line advice) the window's Settings. Without ``listed``
    only whether the broker lets teachapp in (``devices``: is its list the last one
    seen?)."""
    client = make_client(config, f"teachapp-probe-{uuid.uuid4().hex[:8]}")
    answered, arrived = threading.Event(), threading.Event()
    found: dict[str, Any] = {}

    def on_connect(c: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        found["reason"] = reason
        if not reason.is_failure:
            c.subscribe(f"{config.base_topic}/bridge/devices")
        answered.set()

    def on_message(_c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
        found["devices"] = len(parse_bridge_devices(message.payload))
        arrived.set()

    def on_connect_fail(_c: mqtt.Client, _u: Any) -> None:
        found["unreached"] = True  # (refused at once: it waited the whole ``timeout``)
        answered.set()

    client.on_connect, client.on_message = on_connect, on_message
    client.on_connect_fail = on_connect_fail
    try:
        client.connect_async(config.host, config.port, keepalive=config.keepalive)
        client.loop_start()
        if not answered.wait(timeout) or found.get("unreached"):
            return False, unreachable_message(config, cli=cli) + "."
        if found["reason"].is_failure:
            return False, refused_message(config, found["reason"]) + "."
        where = f"MQTT broker at {config.address}{' over TLS' if config.tls else ''}"
        if not listed:
            return True, f"{where} answers"
        if not arrived.wait(min(2.0, timeout)):
            return False, (f"{where} answers, but nothing arrives on "
                           f"{config.base_topic}/bridge/devices; check that Zigbee2MQTT "
                           "is running and uses that base topic"
                           + (" (--base-topic)." if cli else "."))
        return True, (f"{where}: Zigbee2MQTT lists "
                      f"{counted(found['devices'], 'device')} teachapp can drive")
    finally:
        client.disconnect()
        if found.get("unreached"):  # paho sleeps before its next try: not waited for
            threading.Thread(target=client.loop_stop, daemon=True).start()
        else:
            client.loop_stop()


def _number(section: Mapping[str, Any], key: str, default: float, host: str) -> float:
    """A number of the ``backend`` settings; the error names the setting and its value
    (it said "a value that is not a number (invalid literal for int() with base 10:
    'abc')")."""
    value = section.get(key) or default
    try:
        number = float(value)
        if key in ("port", "keepalive") and number != int(number):
            raise ValueError(value)
        return number
    except (TypeError, ValueError, OverflowError):
        wanted = {"port": "a port number", "keepalive": "a whole number of seconds"}.get(
            key, "a number of seconds")
        raise ConfigError(
            f"The MQTT setting backend.{key} is {value!r}, not {wanted}; run 'teachapp "
            f"backend mqtt --host {host}{' --port PORT' if key == 'port' else ''}' again to "
            "fix it.") from None


def _cache_key(config: MqttConfig) -> str:
    return f"{config.address}/{config.base_topic}"


def read_device_cache(path: Path, config: MqttConfig) -> list[Any]:
    """The last ``bridge/devices`` payload seen from this broker, or []."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("broker") != _cache_key(config):
        return []
    devices = data.get("devices")
    return devices if isinstance(devices, list) else []


def write_device_cache(path: Path, config: MqttConfig, payload: bytes) -> None:
    """Keep the device list so devices are known before the broker answers (and what
    ``note_reported`` noted of this broker's devices)."""
    try:
        devices = json.loads(payload)
        _write_cache(path, config, devices, read_reported(path, config))
    except (OSError, ValueError) as exc:
        log.warning("cannot cache the Zigbee2MQTT device list: %s", exc)


def read_reported(path: Path, config: MqttConfig) -> dict[str, set[str]]:
    """device id -> the attributes it has ever reported to this machine, from this
    broker: the rest of a stored state is a kind's default, never heard ("off,
    brightness 100 %, colour temp 3000 K" was listed of a lamp with no colour
    temperature that had never answered)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("broker") != _cache_key(config):
        return {}
    found = data.get("reported")
    if not isinstance(found, dict):
        return {}
    return {str(k): {str(a) for a in v} for k, v in found.items() if isinstance(v, list)}


def note_reported(path: Path, config: MqttConfig, reported: dict[str, set[str]]) -> None:
    """Add attributes devices reported to the cache (another process may have added
    others: read, merged, replaced whole)."""
    try:
        known = read_reported(path, config)
        for device_id, attributes in reported.items():
            known.setdefault(device_id, set()).update(attributes)
        _write_cache(path, config, read_device_cache(path, config), known)
    except (OSError, ValueError) as exc:
        log.warning("cannot note the states Zigbee2MQTT devices reported: %s", exc)


def _write_cache(path: Path, config: MqttConfig, devices: Any,
                 reported: dict[str, set[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"broker": _cache_key(config), "devices": devices,
                               "reported": {k: sorted(v) for k, v in reported.items()}}),
                   encoding="utf-8")
    os.replace(tmp, path)


def online_payload(payload: bytes) -> bool | None:
    """``online``/``offline``, plain (legacy) or ``{"state": ...}`` (current)."""
    text = payload.decode("utf-8", "replace").strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            return None
        text = str(data.get("state", "")) if isinstance(data, dict) else ""
    text = text.strip().lower()
    return True if text == "online" else False if text == "offline" else None
