"""``teachapp backend``: choose the simulated home or real devices over MQTT.

    teachapp backend show [--json]
    teachapp backend simulated
    teachapp backend mqtt --host H [--port P] [--user U] [--password-stdin] [--tls]
                          [--ca FILE] [--base-topic zigbee2mqtt] [--test] [--wait S]
    teachapp backend homeassistant --url URL [--test] [--wait S]   (backend_homeassistant)

The password read with ``--password-stdin`` goes to the keyring only; settings keep
host, port, user, TLS and base topic.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import counted
from ..errors import ConfigError, DeviceUnavailableError
from ..settings import Settings
from .support import emit_json, open_store, say_line

if TYPE_CHECKING:  # paho and keyring load only when an MQTT command runs
    from ..home.mqtt import MqttBackend
    from ..home.mqtt_config import MqttConfig

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add ``backend show|simulated|mqtt``."""
    parser = subparsers.add_parser("backend", help="choose the simulated home, Home Assistant "
                                                   "or MQTT devices")
    actions = parser.add_subparsers(dest="backend_action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="the device backend settings and password source")
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.set_defaults(func=_show)

    simulated = actions.add_parser("simulated", help="drive the simulated home (default)")
    simulated.add_argument("--forget", action="store_true",
                           help="also delete the saved MQTT password and Home Assistant "
                                "token from the keyring (before uninstalling)")
    simulated.set_defaults(func=_simulated)

    mq = actions.add_parser("mqtt", help="drive real devices through an MQTT broker "
                                         "with Zigbee2MQTT")
    mq.add_argument("--host", required=True, help="broker host name or address")
    mq.add_argument("--port", type=int, help="broker port (1883, or 8883 with --tls)")
    mq.add_argument("--user", help="user name at the broker")
    mq.add_argument("--password-stdin", action="store_true",
                    help="read the password from standard input into the keyring")
    mq.add_argument("--tls", action="store_true", help="connect with TLS")
    mq.add_argument("--ca", metavar="FILE", help="CA certificate for the broker (implies --tls)")
    mq.add_argument("--base-topic", default="zigbee2mqtt",
                    help="Zigbee2MQTT base topic (default: zigbee2mqtt)")
    mq.add_argument("--test", action="store_true",
                    help="connect now, list the devices Zigbee2MQTT reports, and save only "
                         "if that works")
    mq.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                    help="how long --test waits for the broker (default 10)")
    mq.set_defaults(func=_mqtt)

    from .backend_homeassistant import register_homeassistant

    register_homeassistant(actions)


def _show(args: argparse.Namespace) -> int:
    settings = Settings()
    section = settings.section("backend")
    info: dict[str, Any] = {"type": section.get("type") or "simulated",
                            "settings": str(settings.path)}
    if info["type"] == "mqtt":
        for key in ("host", "port", "username", "tls", "ca_file", "base_topic"):
            info[key] = section.get(key)
        info["password"] = _password_source(section)
    elif info["type"] == "homeassistant":
        from .backend_homeassistant import show_homeassistant

        info.update(show_homeassistant(section))
    if args.json:
        emit_json(info)
        return 0
    if info["type"] == "homeassistant" and not info.get("url"):  # (it said "url: ")
        info["url"] = "not set ('teachapp backend homeassistant --url URL' sets it)"
    for key, value in info.items():
        if value is not None:
            say_line(f"{key}: {value}")
    return 0


def _password_source(section: dict[str, Any]) -> str:
    """Where the password would come from, without showing it."""
    from ..home.secrets import PASSWORD_ENV, get_mqtt_password

    user, host = section.get("username"), section.get("host")
    if not user:
        return "none (no user name)"
    if os.environ.get(PASSWORD_ENV):
        return f"from {PASSWORD_ENV}"
    try:
        found = get_mqtt_password(str(user), str(host))
    except ConfigError as exc:
        return f"unavailable: {exc}"
    return "stored in the keyring" if found else "not stored"


def _simulated(args: argparse.Namespace) -> int:
    settings = Settings()
    section = settings.section("backend")
    settings.update("backend", type="simulated")
    say_line("Device backend: the simulated home.")
    if args.forget:
        say_line(_forget_secrets(section))
    return 0


def _forget_secrets(section: dict[str, Any]) -> str:
    """Delete the keyring entries the saved backend settings name; what was deleted.

    Switching to the simulated home keeps them (switching back needs them again), so
    deleting them is asked for with ``--forget``: what uninstalling leaves otherwise."""
    from ..home.secrets import delete_ha_token, delete_mqtt_password

    user, host, url = section.get("username"), section.get("host"), section.get("url")
    gone = []
    if user and host and delete_mqtt_password(str(user), str(host)):
        gone.append(f"the MQTT password for {user}@{host}")
    if url and delete_ha_token(str(url)):
        gone.append(f"the Home Assistant token for {url}")
    if not gone:
        return "No MQTT password or Home Assistant token was stored in the keyring."
    return f"Deleted {' and '.join(gone)} from the keyring."


def _mqtt(args: argparse.Namespace) -> int:
    from ..home.mqtt_config import MqttConfig
    from ..home.secrets import PASSWORD_ENV, not_kept, set_mqtt_password

    section = {"type": "mqtt", "host": args.host, "port": args.port,
               "username": args.user, "tls": bool(args.tls or args.ca),
               "ca_file": str(Path(args.ca).expanduser().resolve()) if args.ca else None,
               "base_topic": args.base_topic}
    config = MqttConfig.from_settings(section)
    password = None
    if args.password_stdin:
        if not args.user:
            raise ConfigError("--password-stdin needs --user: the broker checks a "
                              "password together with a user name.")
        password = sys.stdin.readline().rstrip("\r\n")
    from ..home.factory import with_stored_password

    tried, notice = (replace(config, password=password), "") if password else \
        with_stored_password(config)
    if args.test:  # (a failed test raises: nothing is saved, as for Home Assistant)
        _test(args, tried, notice)
    if password:
        try:
            set_mqtt_password(args.user, config.host, password)
        except ConfigError as exc:  # (it did not say that the settings were not saved)
            raise not_kept(exc, "Nothing was saved: the backend settings are as they were.",
                           f"Set {PASSWORD_ENV} in the environment teachapp runs in and run "
                           "this command again without --password-stdin") from exc
    Settings().update("backend", **config.to_settings())
    say_line(f"Device backend: MQTT at {config.address}"
             f"{' over TLS' if config.tls else ''}, base topic {config.base_topic}"
             f"{', user ' + config.username if config.username else ''}.")
    if password:
        say_line("The password is in the keyring.")
    return 0 if args.test else _discover(args, tried, notice)


def _discover(args: argparse.Namespace, config: MqttConfig, notice: str) -> int:
    """Fetch the device list once, so ``teachapp devices`` lists them right away.

    A broker that does not answer is not an error here: the settings are saved and
    the devices come with the next command that connects.
    """
    from ..home.mqtt import REPORT_WAIT

    wait = min(max(0.1, args.wait), 5.0)
    with _connected_once(args, config, notice) as backend:
        deadline = time.monotonic() + wait
        if not (backend.wait_connected(wait, first_try=True)
                and backend.wait_discovered(max(0.1, deadline - time.monotonic()))):
            status = backend.status()
            if status.refused:  # (it said "the devices appear with the next command that
                # reaches the broker", exit 0: none does until the login is right)
                raise DeviceUnavailableError(
                    f"The settings were saved, but {status.message.rstrip('.')}. No "
                    "device can be reached until the broker lets teachapp in.")
            say_line(f"No device list yet ({status.message}); the devices "
                     "appear with the next command that reaches the broker.")
            return 0
        backend.wait_reported(min(deadline - time.monotonic(), REPORT_WAIT))
        devices = backend.devices()
        say_line(f"Found {counted(len(devices), 'device')}; 'teachapp devices' lists them.")
        return 0


_UNSAVED = ("Nothing was saved; leave out --test to save these settings anyway (teachapp "
            "then keeps trying when it runs).")
"""What a failed --test adds: as for Home Assistant, a test that fails changes nothing."""


def _test(args: argparse.Namespace, config: MqttConfig, notice: str) -> None:
    """Connect with settings not yet saved and list the devices; DeviceUnavailableError
    when the broker or Zigbee2MQTT does not answer."""
    from ..home.mqtt import REPORT_WAIT

    with _connected_once(args, config, notice) as backend:
        deadline = time.monotonic() + max(0.1, args.wait)
        if not backend.wait_connected(args.wait, first_try=True):
            waited = "" if time.monotonic() < deadline else f" within {args.wait:g} s"
            # (not "the host and port ('teachapp backend show')": nothing is saved)
            problem = backend.status().reason
            raise DeviceUnavailableError(f"Could not connect{waited}: {problem}. {_UNSAVED}")
        if not backend.wait_discovered(max(0.1, deadline - time.monotonic())):
            raise DeviceUnavailableError(
                f"Connected to {config.address}, but no Zigbee2MQTT device list arrived "
                f"on {config.base_topic}/bridge/devices within {args.wait:g} s; check "
                f"the base topic (--base-topic) and that Zigbee2MQTT is running. {_UNSAVED}")
        backend.wait_reported(min(deadline - time.monotonic(), REPORT_WAIT))
        devices = backend.devices()
        say_line(f"Connected to {config.address}; {counted(len(devices), 'device')}:")
        for device in devices:
            topic = f"{config.base_topic}/{backend.friendly_name(device.id)}"
            if backend.available(device.id) is False:
                state = "offline (Zigbee2MQTT says so)"
            elif backend.state_known(device.id):
                state = device.describe()
            else:
                state = "no state reported"
            room = f" ({device.room})" if device.room else ""
            say_line(f"  {device.id}  {device.name}{room}  {state}  [{topic}]")


@contextmanager
def _connected_once(args: argparse.Namespace, config: MqttConfig, notice: str
                    ) -> Iterator[MqttBackend]:
    """The broker's backend for this one command (``_discover``, ``_test``): started,
    not kept trying past it (``keeps_trying=False``), closed with its store at the end."""
    from ..home.factory import mqtt_cache_file
    from ..home.mqtt import MqttBackend

    store = open_store(args, default_home=False)
    backend = MqttBackend(store, config, cache_file=mqtt_cache_file(config), notice=notice,
                          keeps_trying=False)
    try:
        backend.start()
        yield backend
    finally:
        backend.close()
        store.close()
