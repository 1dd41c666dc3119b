"""Choosing the device backend from settings: the simulated home unless told otherwise.

Settings section ``backend``::

    {"type": "simulated"}                                   the default
    {"type": "mqtt", "host": "broker.local", "port": 1883, "username": "teachapp",
     "tls": false, "ca_file": null, "base_topic": "zigbee2mqtt"}
    {"type": "homeassistant", "url": "http://homeassistant.local:8123"}

The MQTT password comes from the keyring or ``TEACHAPP_MQTT_PASSWORD``, the Home
Assistant token from the keyring or ``TEACHAPP_HA_TOKEN`` (see ``secrets``). A network
backend is returned before it has connected: it connects in the background and
``status()`` says how that is going, so start-up never waits on it.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping
from dataclasses import replace
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import Device
from ..errors import ConfigError
from ..paths import data_dir
from ..settings import Settings
from ..store import Store
from .backend import DeviceBackend, noted
from .simulated import SimulatedBackend

if TYPE_CHECKING:  # paho, websockets and keyring load only when chosen
    from .homeassistant import HaConfig
    from .mqtt_config import MqttConfig

__all__ = ["BACKEND_TYPES", "backend_type", "check_mqtt_settings", "describe_backend_settings",
           "home_devices", "last_list_note", "load_ha_config", "load_mqtt_config",
           "make_backend", "mqtt_cache_file", "with_stored_password"]

log = logging.getLogger(__name__)

BACKEND_TYPES = ("simulated", "mqtt", "homeassistant")


def load_ha_config(settings: Settings) -> tuple[HaConfig, str]:
    """The Home Assistant settings with the token looked up; a note when it is missing."""
    from .homeassistant import HaConfig
    from .secrets import get_ha_token

    section = settings.section("backend")
    if not section.get("url"):
        raise ConfigError(f"The Home Assistant backend in {settings.path} has no URL; set "
                          "it with 'teachapp backend homeassistant --url URL'.")
    config = HaConfig.from_settings(section)
    notice = ""
    token = None
    try:
        token = get_ha_token(config.url)
    except ConfigError as exc:
        notice = str(exc)
    if not token and not notice:
        notice = (f"no access token is stored for {config.url}; add one with "
                  f"'teachapp backend homeassistant --url {config.url}'")
    return replace(config, token=token or ""), notice


def load_mqtt_config(settings: Settings) -> tuple[MqttConfig, str]:
    """The MQTT settings with the password looked up; also a note when it is missing.

    A missing keyring is not fatal here: the broker may not need a password, and
    if it does, its refusal is reported together with this note.
    """
    from .mqtt_config import MqttConfig

    return with_stored_password(MqttConfig.from_settings(settings.section("backend")))


def with_stored_password(config: MqttConfig) -> tuple[MqttConfig, str]:
    """``config`` with the keyring's password for its user at its host, and a note when
    there is none (``teachapp backend mqtt --test`` tries settings not yet saved)."""
    from .secrets import get_mqtt_password

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


def home_devices(stored: list[Device], settings: Settings | None = None, *,
                 store: Store | None = None) -> list[Device]:
    """The stored devices that belong to the home the settings choose, as last heard,
    without connecting (``devices`` and ``list`` read it). On Zigbee2MQTT: those of its
    last device list (kept in ``store``'s database; without ``store``, or before the
    database has one, the file an older teachapp kept), none before it first lists
    them; on Home Assistant: not the simulated home a new database starts with,
    untouched. After ``backend mqtt`` on a new database ``devices`` listed the simulated
    home's twelve devices until Zigbee2MQTT answered, as if they were the person's."""
    settings = settings or Settings()
    kind = backend_type(settings)
    if kind == "simulated":
        return stored
    if kind == "mqtt":
        from .heard import as_heard
        from .mqtt_config import MqttConfig, read_device_cache, read_reported
        from .z2m import parse_bridge_devices
        from .z2m_list import last_list

        config = MqttConfig.from_settings(settings.section("backend"))
        cache = mqtt_cache_file(config)
        if store is not None:
            devices, heard, _at = last_list(store, config, cache)
        else:
            devices, heard = read_device_cache(cache, config), read_reported(cache, config)
        listed = {d.device_id: d for d in parse_bridge_devices(devices)}
        return [as_heard(d, listed[d.id].attributes, heard.get(d.id, ()))
                for d in stored if d.id in listed]
    return _listed_by_home_assistant(stored, settings, store)


def _listed_by_home_assistant(stored: list[Device], settings: Settings,
                              store: Store | None) -> list[Device]:
    """The stored devices Home Assistant last listed (``homeassistant.as_listed``). A
    removed entity stayed in ``devices`` and ``list`` for good."""
    from .homeassistant import as_listed, last_ha_list

    return as_listed(stored, last_ha_list(store, settings) if store is not None else None)


def backend_type(settings: Settings) -> str:
    """The backend the settings choose ("simulated" when none is set), checked."""
    kind = str(settings.get("backend", "type") or "simulated").lower()
    if kind not in BACKEND_TYPES:
        # No brackets: the message is said inside the engine's own note ("could not start: …").
        close = get_close_matches(kind, BACKEND_TYPES, n=1, cutoff=0.6)
        guess = f"; did you mean {close[0]!r}?" if close else "."
        raise ConfigError(
            f"Unknown device backend {kind!r} in {settings.path}{guess} The backends are "
            f"{', '.join(BACKEND_TYPES[:-1])} and {BACKEND_TYPES[-1]}; 'teachapp backend "
            "simulated' resets it.")
    return kind


def last_list_note(store: Store, settings: Settings | None = None, *,
                   timeout: float = 1.0) -> str | None:
    """Said after ``teachapp devices`` when the home is out of reach (at most
    ``timeout`` s to find out): that the list is the last one seen, and when. None when
    it answers, or it is not Zigbee2MQTT, or no list was ever seen. It listed the
    devices as if they were live, whenever the broker had gone."""
    settings = settings or Settings()
    if backend_type(settings) != "mqtt":
        return None
    from .mqtt_config import probe_broker
    from .z2m_list import last_list

    config, notice = load_mqtt_config(settings)
    devices, _heard, at = last_list(store, config, mqtt_cache_file(config))
    if not devices or at is None:
        return None
    ok, message = probe_broker(config, timeout, listed=False)
    if ok:
        return None
    from .backend import listed_said

    message = noted(message, notice) if notice else message
    return (f"{message.strip().rstrip('.')}. These are the devices Zigbee2MQTT last "
            f"listed, on {listed_said(at)}, with the states they last reported.")


def describe_backend_settings(settings: Settings | None = None, *,
                              timeout: float = 3.0) -> tuple[bool, str]:
    """For ``doctor``: whether the chosen backend works, in one sentence.

    For MQTT this connects once (at most ``timeout`` seconds) and counts the devices
    Zigbee2MQTT lists; it never changes a device.
    """
    settings = settings or Settings()
    kind = backend_type(settings)
    if kind == "simulated":
        return True, ("simulated home ('teachapp backend homeassistant --url URL' or "
                      "'teachapp backend mqtt --host HOST' for real devices)")
    if kind == "homeassistant":
        from .homeassistant import probe_home_assistant

        ha_config, ha_notice = load_ha_config(settings)
        if not ha_config.token:
            return False, f"Home Assistant at {ha_config.url}: {ha_notice}"
        return probe_home_assistant(ha_config, timeout)
    from .mqtt_config import probe_broker

    config, notice = load_mqtt_config(settings)
    ok, message = probe_broker(config, timeout)
    if not ok and notice:
        message = noted(message, notice)
    return ok, message


def check_mqtt_settings(section: Mapping[str, Any], password: str | None = None, *,
                        timeout: float = 3.0) -> tuple[bool, str]:
    """MQTT settings not saved yet (the window's Settings before OK) tried once as
    ``doctor`` tries the saved ones: whether the broker answers and Zigbee2MQTT lists
    devices, in one sentence. A password not given is looked up in the keyring. Slow
    (up to ``timeout`` seconds and a name lookup): call it off the GUI thread."""
    from .mqtt_config import MqttConfig, probe_broker
    from .secrets import get_mqtt_password

    config = MqttConfig.from_settings(section)
    notice = ""
    if config.username and password is None:
        try:
            password = get_mqtt_password(config.username, config.host)
        except ConfigError as exc:
            notice = str(exc)
    if password:
        config = replace(config, password=password)
    ok, message = probe_broker(config, timeout, cli=False)
    return ok, noted(message, notice) if not ok and notice else message


def make_backend(store: Store, settings: Settings | None = None, *,
                 start: bool = True, wait: float = 0.0,
                 keeps_trying: bool = True) -> DeviceBackend:
    """The backend the settings choose; ``ConfigError`` when they cannot be used.

    ``wait`` (seconds, for one-shot commands such as ``teachapp run``) lets an MQTT
    backend connect and hear the device list first; it never raises for a broker
    that does not answer: the backend's status and each step say so (without "…;
    retrying" when not ``keeps_trying``: a one-shot command exits instead).
    """
    settings = settings or Settings()
    kind = backend_type(settings)
    if kind == "simulated":
        return SimulatedBackend(store)
    if kind == "homeassistant":
        return _home_assistant(store, settings, start=start, wait=wait,
                               keeps_trying=keeps_trying)
    from .mqtt import REPORT_WAIT, MqttBackend

    config, notice = load_mqtt_config(settings)
    backend = MqttBackend(store, config, cache_file=mqtt_cache_file(config), notice=notice,
                          keeps_trying=keeps_trying)
    if start:
        backend.start()
        if wait > 0:
            deadline = time.monotonic() + wait
            if backend.wait_connected(wait, first_try=True) and backend.wait_discovered(
                    max(0.0, deadline - time.monotonic())):  # then their answers to /get
                backend.wait_reported(min(deadline - time.monotonic(), REPORT_WAIT))
    log.info("device backend: MQTT at %s (base topic %s)", config.address, config.base_topic)
    return backend


def _home_assistant(store: Store, settings: Settings, *, start: bool,
                    wait: float, keeps_trying: bool) -> DeviceBackend:
    from .homeassistant import HomeAssistantBackend

    config, notice = load_ha_config(settings)
    backend = HomeAssistantBackend(store, config, notice=notice, keeps_trying=keeps_trying)
    if start:
        backend.start()
        if wait > 0:
            backend.wait_connected(wait, first_try=True)
    log.info("device backend: Home Assistant at %s", config.url)
    return backend
