"""Choosing the device backend from settings: the simulated home unless told otherwise.

Settings section ``backend``::

    {"type": "simulated"}                                   the default
    {"type": "mqtt", "host": "broker.local", "port": 1883, "username": "teachapp",
     "tls": false, "ca_file": null, "base_topic": "zigbee2mqtt"}

The MQTT password comes from the keyring or ``TEACHAPP_MQTT_PASSWORD`` (see
``secrets``). An MQTT backend is returned before it has connected: it connects in the
background and ``status()`` says how that is going, so start-up never waits on it.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..paths import data_dir
from ..settings import Settings
from ..store import Store
from .backend import DeviceBackend
from .simulated import SimulatedBackend

if TYPE_CHECKING:  # paho and keyring load only when MQTT is chosen
    from .mqtt_config import MqttConfig

__all__ = ["BACKEND_TYPES", "describe_backend_settings", "load_mqtt_config", "make_backend",
           "mqtt_cache_file"]

log = logging.getLogger(__name__)

BACKEND_TYPES = ("simulated", "mqtt")


def load_mqtt_config(settings: Settings) -> tuple[MqttConfig, str]:
    """The MQTT settings with the password looked up; also a note when it is missing.

    A missing keyring is not fatal here: the broker may not need a password, and
    if it does, its refusal is reported together with this note.
    """
    from .mqtt_config import MqttConfig
    from .secrets import get_mqtt_password

    section = settings.section("backend")
    config = MqttConfig.from_settings(section)
    notice = ""
    password = None
    if config.username:
        try:
            password = get_mqtt_password(config.username, config.host)
        except ConfigError as exc:
            notice = str(exc)
        if password is None and not notice:
            notice = (f"no password is stored for {config.username}@{config.host}; "
                      "add one with 'teachapp backend mqtt --password-stdin'")
    if password is not None:
        config = replace(config, password=password)
    return config, notice


def mqtt_cache_file(config: MqttConfig) -> Path:
    """Where the last Zigbee2MQTT device list of this broker is kept."""
    key = hashlib.sha1(f"{config.address}/{config.base_topic}".encode()).hexdigest()[:12]
    return data_dir() / "mqtt" / f"devices-{key}.json"


def _backend_type(settings: Settings) -> str:
    kind = str(settings.get("backend", "type") or "simulated").lower()
    if kind not in BACKEND_TYPES:
        raise ConfigError(
            f"Unknown device backend {kind!r} in {settings.path}; use one of "
            f"{', '.join(BACKEND_TYPES)} ('teachapp backend simulated' resets it).")
    return kind


def describe_backend_settings(settings: Settings | None = None, *,
                              timeout: float = 3.0) -> tuple[bool, str]:
    """For ``doctor``: whether the chosen backend works, in one sentence.

    For MQTT this connects once (at most ``timeout`` seconds) and counts the devices
    Zigbee2MQTT lists; it never changes a device.
    """
    settings = settings or Settings()
    if _backend_type(settings) == "simulated":
        return True, "simulated home ('teachapp backend mqtt --host HOST' for real devices)"
    from .mqtt_config import probe_broker

    config, notice = load_mqtt_config(settings)
    ok, message = probe_broker(config, timeout)
    if not ok and notice:
        message = f"{message} ({notice})"
    return ok, message


def make_backend(store: Store, settings: Settings | None = None, *,
                 start: bool = True, wait: float = 0.0) -> DeviceBackend:
    """The backend the settings choose; ``ConfigError`` when they cannot be used.

    ``wait`` (seconds, for one-shot commands such as ``teachapp run``) lets an MQTT
    backend connect and hear the device list first; it never raises for a broker
    that does not answer: the backend's status and each step say so.
    """
    settings = settings or Settings()
    if _backend_type(settings) == "simulated":
        return SimulatedBackend(store)
    from .mqtt import MqttBackend

    config, notice = load_mqtt_config(settings)
    backend = MqttBackend(store, config, cache_file=mqtt_cache_file(config), notice=notice)
    if start:
        backend.start()
        if wait > 0:
            deadline = time.monotonic() + wait
            if backend.wait_connected(wait):
                backend.wait_discovered(max(0.0, deadline - time.monotonic()))
    log.info("device backend: MQTT at %s (base topic %s)", config.address, config.base_topic)
    return backend
