"""Real devices over MQTT, following Zigbee2MQTT's topics and payloads.

Topics (``<base>`` is ``zigbee2mqtt`` by default)::

    <base>/bridge/devices            the device list (retained): discovery
    <base>/bridge/state              the bridge online/offline
    <base>/<friendly>                a device's state (JSON): the device panel, confirmation
    <base>/<friendly>/availability   online/offline, when Zigbee2MQTT tracks it
    <base>/<friendly>/set            what ``apply`` publishes
    <base>/<friendly>/get            asked once for devices whose state is unknown

Nothing here blocks on the network: paho's own thread connects in the background and
reconnects with backoff. ``apply`` publishes and waits until a state message shows
every requested value, or raises ``DeviceUnavailableError`` at once when the broker
or device is known to be unreachable, or when the timeout passes. Sets go out with
QoS 0 on purpose: a set that could not be delivered must not arrive minutes later
from paho's resend queue, after the person was told it failed.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt

from ..clock import wall_now
from ..domain import Device, describe_state, validate_changes
from ..errors import (
    BackendUnreachableError,
    ConfigError,
    DeviceUnavailableError,
    UnknownDeviceError,
)
from ..store import Store
from .backend import BackendStatus, aside
from .default_home import only_default_home
from .heard import NOT_REPORTED, heard_state
from .live import LiveBackend
from .mqtt_config import (
    MqttConfig,
    make_client,
    online_payload,
    refused_message,
    silent_message,
    unreachable_message,
)
from .z2m import (
    Z2MDevice,
    confirmed_properties,
    parse_bridge_devices,
    state_from_payload,
    to_set_payload,
)
from .z2m_list import keep_listed, last_list, note_heard

__all__ = ["MqttBackend", "MqttConfig"]  # MqttConfig re-exported for convenience

SILENT_SECONDS = 1.0
"""A first connection attempt with no answer for this long is said to be so, with what
to check (a broker on the network answers in milliseconds)."""

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    """One ``apply`` waiting for its confirmation."""

    device_id: str
    sent: dict[str, Any]
    confirmed: set[str] = field(default_factory=set)
    failure: str | None = None

    @property
    def done(self) -> bool:
        return self.confirmed >= set(self.sent)


REPORT_WAIT = 2.0
"""Seconds a command waits after discovery for the devices' answers to ``/get`` (a
device that answers nothing is then said to be not reporting its state)."""
STOP_WAIT = 2.0
"""Seconds ``close`` waits for paho's thread to say goodbye to a connected broker."""


class MqttBackend(LiveBackend):
    """Zigbee2MQTT devices behind the ``DeviceBackend`` interface."""

    name = "mqtt"

    def __init__(self, store: Store, config: MqttConfig, *, cache_file: Path | None = None,
                 notice: str = "", client_id: str | None = None,
                 keeps_trying: bool = True) -> None:
        self.config = config
        self._store = store
        self._cache_file = cache_file
        self._base = config.base_topic
        self._cond = threading.Condition()
        self._handling = threading.Lock()
        """Held while paho's thread handles a message (it may write to the Store)."""
        super().__init__(keeps_trying=keeps_trying)
        self._devices: dict[str, Z2MDevice] = {}
        self._ids: dict[str, str] = {}
        """friendly name -> device id"""
        self._labels: dict[str, tuple[str, str]] = {}
        """device id -> (name, room) as the Store has them"""
        self._raw: dict[str, dict[str, Any]] = {}
        self._persisted: dict[str, dict[str, Any]] = {}
        """device id -> the reported state last written to the database"""
        self._reported: dict[str, set[str]] = {}
        """device id -> the attributes it ever reported (here, from this broker; kept in
        the cache file): only those of a stored state were heard, the rest are defaults"""
        self._silent: set[str] = set()
        """Devices of the cached device list that had never reported any state here
        when this backend started (``wait_reported`` does not wait for them)."""
        self._available: dict[str, bool] = {}
        self._bridge_online: bool | None = None
        self._connected = False
        self._tried = False
        """The first connection attempt is decided (connected, refused or failed)."""
        self._subscription: int | None = None
        self._topics: set[str] = set()
        self._discovered = threading.Event()
        self._problem = ""
        self._reason = ""
        """``_problem`` without command-line advice: what a run and the window say."""
        self._word = ""
        """"retrying" or "reconnecting" after a step's reason while this backend goes on
        trying past ``_problem``; "" when waiting will not help (a refused login)."""
        self._refused = False
        """The broker refused the login: waiting will not fix it."""
        self._notice = notice
        self._pending: list[_Pending] = []
        self._started = False
        self._started_at = 0.0
        """When the first connection attempt began (``time.monotonic``)."""
        self._closed = False
        self._listed_at: datetime | None = None
        """When the device list in use came from the broker (None: never)."""
        self._client = self._make_client(client_id or f"teachapp-{uuid.uuid4().hex[:10]}")
        self._load_cache()

    # ------------------------------------------------------------ connection

    def _make_client(self, client_id: str) -> mqtt.Client:
        client = make_client(self.config, client_id)
        client.on_connect = self._on_connect
        client.on_connect_fail = self._on_connect_fail
        client.on_disconnect = self._on_disconnect
        client.on_subscribe = self._on_subscribe
        client.on_message = self._on_message
        return client

    def start(self) -> None:
        """Connect in the background (paho's thread); returns at once."""
        if self._started or self._closed:
            return
        self._started = True
        self._started_at = time.monotonic()
        self._problem = f"not connected to the MQTT broker at {self.config.address} yet"
        self._reason = self._problem
        self._word = ""
        try:
            self._client.connect_async(self.config.host, self.config.port,
                                       keepalive=self.config.keepalive)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"Cannot use the MQTT broker address "
                              f"{self.config.address}: {exc}.") from exc
        self._client.loop_start()

    def wait_connected(self, timeout: float, *, first_try: bool = False) -> bool:
        """Wait up to ``timeout`` seconds for the broker; True when connected. With
        ``first_try`` (start-up), a first attempt refused or failed ends the wait and
        the retries go on behind (it waited the whole ``timeout``: 3 s of every chat
        with the broker down)."""
        with self._cond:
            self._cond.wait_for(lambda: self._connected or self._closed
                                or (first_try and self._tried), timeout)
            return self._connected

    def wait_discovered(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for Zigbee2MQTT's device list."""
        return self._discovered.wait(timeout)

    def _on_connect(self, client: mqtt.Client, _userdata: Any, _flags: Any,
                    reason: Any, _properties: Any) -> None:
        if self._closed:
            return
        if reason.is_failure:
            self._set_problem(refused_message(self.config, reason, self._notice),
                              logging.WARNING, refused=True)
            return
        with self._cond:
            self._topics = self._wanted_topics()
            _rc, mid = client.subscribe([(t, 0) for t in sorted(self._topics)])
            self._subscription = mid

    def _wanted_topics(self) -> set[str]:
        """Exact topics, no ``#``: the broker must not echo our own ``/set`` back.

        An echo would also hold the state reply behind it (Nagle's algorithm on
        the broker's side meets delayed ACKs here): ~40 ms per step instead of ~1.
        """
        topics = {f"{self._base}/bridge/devices", f"{self._base}/bridge/state"}
        for friendly in self._ids:
            if "+" in friendly or "#" in friendly:
                continue
            topics.update((f"{self._base}/{friendly}", f"{self._base}/{friendly}/availability"))
        return topics

    def _follow_devices(self) -> None:
        """(Un)subscribe the device topics after a new device list (lock held)."""
        wanted = self._wanted_topics()
        new, gone = wanted - self._topics, self._topics - wanted
        if new:
            self._client.subscribe([(t, 0) for t in sorted(new)])
        if gone:
            self._client.unsubscribe(sorted(gone))
        self._topics = wanted

    def _on_subscribe(self, _client: mqtt.Client, _userdata: Any, mid: int,
                      _reasons: Any, _properties: Any) -> None:
        """Connected counts from the subscription's ack: no state reply is missed."""
        with self._cond:
            if mid != self._subscription:
                return
            self._connected = self._tried = True
            self._problem = self._reason = self._word = ""
            self._refused = False
            self._cond.notify_all()
        log.info("connected to the MQTT broker at %s", self.config.address)

    def _on_connect_fail(self, _client: mqtt.Client, _userdata: Any) -> None:
        self._set_problem(unreachable_message(self.config), logging.INFO,
                          reason=unreachable_message(self.config, cli=False),
                          word=self._retry_word())

    def _set_problem(self, problem: str, level: int, *, reason: str = "",
                     word: str = "", refused: bool = False) -> None:
        """Not connected, and why (``reason``: the same without command-line advice;
        ``word``: "retrying" when it goes on trying, "" for a refused login); logged
        once, not on every retry."""
        with self._cond:
            changed = problem != self._problem
            self._connected = False
            self._tried = True
            self._problem = problem
            self._reason = reason or problem
            self._word = word
            self._refused = refused
            self._cond.notify_all()
        if changed:
            log.log(level, "%s", self._with_retry(problem, word))

    def _on_disconnect(self, _client: mqtt.Client, _userdata: Any, _flags: Any,
                       reason: Any, _properties: Any) -> None:
        with self._cond:
            was = self._connected
            self._connected = False
            if was and not self._closed:
                self._problem = self._reason = (
                    f"lost the connection to the MQTT broker at {self.config.address} "
                    f"({reason})")
                self._word = self._retry_word("reconnecting")
            for pending in self._pending:
                if pending.failure is None:  # keep the first reason (e.g. "closed")
                    pending.failure = (f"the connection to the MQTT broker at "
                                       f"{self.config.address} was lost while waiting")
            self._cond.notify_all()
        if was and not self._closed:
            log.warning("%s", self._with_retry(self._problem, self._word))

    # ------------------------------------------------------------ messages

    def _on_message(self, _client: mqtt.Client, _userdata: Any,
                    message: mqtt.MQTTMessage) -> None:
        with self._handling:
            if self._closed:
                return
            try:
                self._handle(message.topic, message.payload)
            except Exception:  # an exception would stop paho's thread
                log.exception("cannot handle MQTT message on %s", message.topic)

    def _handle(self, topic: str, payload: bytes) -> None:
        prefix = self._base + "/"
        if not topic.startswith(prefix):
            return
        rest = topic[len(prefix):]
        if rest == "bridge/devices":
            self._on_devices(payload)
        elif rest == "bridge/state":
            with self._cond:
                self._bridge_online = online_payload(payload)
                self._cond.notify_all()
        elif rest.startswith("bridge/"):
            return
        elif rest.endswith("/availability"):
            self._on_availability(rest[: -len("/availability")], payload)
        elif rest.endswith(("/set", "/get")) or "/set/" in rest or "/get/" in rest:
            return
        else:
            self._on_state(rest, payload)

    def _on_devices(self, payload: bytes) -> None:
        devices = parse_bridge_devices(payload)
        existing = {d.id: d for d in self._store.devices()}
        labels = {}
        for dev in devices:
            known = existing.get(dev.device_id)
            labels[dev.device_id] = (known.name, known.room) if known else (dev.name, dev.room)
        with self._cond:
            self._devices = {d.device_id: d for d in devices}
            self._ids = {d.friendly_name: d.device_id for d in devices}
            self._labels = labels
            if self._connected:
                self._follow_devices()
            unknown = [d for d in devices if d.device_id not in self._raw]
            snapshot = [self._device_locked(d.device_id) for d in devices]
        self._discovered.set()
        self._save_cache(payload)
        try:
            drop = [i for i in only_default_home(self._store)
                    if i not in {d.id for d in snapshot}]
            self._store.import_all(
                [Device(d.id, d.name, d.room,
                        {**(existing[d.id].state if d.id in existing else {}), **d.state})
                 for d in snapshot], [], drop_devices=drop)
        except Exception:  # discovery must go on without the database
            log.exception("cannot save discovered devices to the database")
        for dev in unknown:
            props = {f.property: "" for f in dev.features}
            self._client.publish(f"{self._base}/{dev.friendly_name}/get", json.dumps(props))
        log.info("Zigbee2MQTT lists %d devices teachapp can drive", len(devices))
        for device in snapshot:
            self._notify(device)

    def _on_availability(self, friendly: str, payload: bytes) -> None:
        with self._cond:
            device_id = self._ids.get(friendly)
            if device_id is None:
                return
            online = online_payload(payload)
            if online is None:
                self._available.pop(device_id, None)
            else:
                self._available[device_id] = online
            self._cond.notify_all()

    def _on_state(self, friendly: str, payload: bytes) -> None:
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError):
            return
        if not isinstance(data, dict):
            return
        with self._cond:
            device_id = self._ids.get(friendly)
            if device_id is None:
                return
            dev = self._devices[device_id]
            self._raw.setdefault(device_id, {}).update(data)
            for pending in self._pending:
                if pending.device_id == device_id:
                    pending.confirmed |= confirmed_properties(dev, pending.sent, data)
            self._cond.notify_all()
            device = self._device_locked(device_id)
            reported = state_from_payload(dev, self._raw[device_id])
            fresh = reported and self._persisted.get(device_id) != reported
            if fresh:
                self._persisted[device_id] = dict(reported)
            heard = set(reported) - self._reported.get(device_id, set())
            if heard:
                self._reported.setdefault(device_id, set()).update(heard)
        if heard:
            note_heard(self._store, self.config, {device_id: heard})
        if fresh:  # what the device reports reaches the database, not only the tiles
            with self._causes.of(device_id):
                self._persist(device_id, reported)
        self._notify(device)

    def _persist(self, device_id: str, state: dict[str, Any]) -> None:
        try:
            self._store.update_states({device_id: state})
        except Exception as exc:  # the live state is still known here; try next time
            with self._cond:
                self._persisted.pop(device_id, None)
            log.warning("cannot save the state of %s: %s", device_id, exc)

    def _notify(self, device: Device) -> None:
        self._listeners.notify(device)

    # ------------------------------------------------------------ devices

    def _device_locked(self, device_id: str, fallback: Mapping[str, Any] | None = None
                       ) -> Device:
        dev = self._devices[device_id]
        name, room = self._labels.get(device_id, (dev.name, dev.room))
        state = heard_state(fallback or {}, dev.attributes, self._reported.get(device_id, ()))
        state.update(state_from_payload(dev, self._raw.get(device_id, {})))
        return Device(device_id, name, room, state, self._unreported(device_id, state),
                      tuple(dev.attributes))

    def wait_reported(self, timeout: float) -> bool:
        """Wait up to ``timeout`` s for every device to answer the ``/get`` discovery
        sent (or for Zigbee2MQTT to call it offline); True when all did. Until one
        answers, it is "not reporting its state" (``_unreported``). A device of the last
        device list that never reported anything here (``_silent``) is not waited for:
        every ``teachapp run`` waited the whole ``timeout`` (2 s) for one that never
        answers ``/get``, whatever it ran."""
        with self._cond:
            return self._cond.wait_for(lambda: all(
                i in self._raw or self._available.get(i) is False or i in self._silent
                for i in self._devices), max(0.0, timeout))

    def _unreported(self, device_id: str, state: Mapping[str, Any]) -> str:
        """Why the device's state is not known (lock held): what Zigbee2MQTT says of
        it, or that it has not answered since teachapp connected (it asked each device
        with ``/get`` on discovery); with the broker not reached, that it never
        reported any of its state here (``state`` has nothing heard)."""
        if not self._connected or not self._discovered.is_set():
            # (the broker's own trouble is said by ``status``)
            return "" if state else NOT_REPORTED
        if self._available.get(device_id) is False:
            return "offline, Zigbee2MQTT says"
        return "" if device_id in self._raw else NOT_REPORTED

    def devices(self) -> list[Device]:
        """The Zigbee2MQTT devices (known from the last device list), live states."""
        stored = {d.id: d for d in self._store.devices()}
        with self._cond:
            for device_id in self._devices:
                if device_id in stored:
                    self._labels[device_id] = (stored[device_id].name, stored[device_id].room)
            out = [self._device_locked(i, stored[i].state if i in stored else None)
                   for i in self._devices]
        return sorted(out, key=lambda d: (d.room, d.name))

    def device(self, device_id: str) -> Device:
        self._z2m(device_id)
        try:
            stored = self._store.device(device_id)
        except UnknownDeviceError:
            stored = None
        with self._cond:
            if stored is not None:
                self._labels[device_id] = (stored.name, stored.room)
            return self._device_locked(device_id, stored.state if stored else None)

    def state_known(self, device_id: str) -> bool:
        """Whether the device has published its state since teachapp connected."""
        with self._cond:
            return device_id in self._raw

    def available(self, device_id: str) -> bool | None:
        """Zigbee2MQTT's availability for the device; None when it does not say."""
        with self._cond:
            return self._available.get(device_id)

    def friendly_name(self, device_id: str) -> str:
        """The Zigbee2MQTT friendly name behind a teachapp device id."""
        return self._z2m(device_id).friendly_name

    def _z2m(self, device_id: str) -> Z2MDevice:
        with self._cond:
            dev = self._devices.get(device_id)
            if dev is not None:
                return dev
            if not self._devices and not self._connected:
                # the broker was never reached: the reason is the whole backend's, said
                # once for a routine's steps (it was said again for each device)
                raise BackendUnreachableError(
                    f"{device_id} is not known yet: teachapp has not received the device "
                    f"list from Zigbee2MQTT ({self._said_reason() or 'not connected'}). Check "
                    "that the MQTT broker and Zigbee2MQTT are running.",
                    reason=self._blocker(device_id))
            known = ", ".join(sorted(self._devices)[:12]) or "none"
        raise UnknownDeviceError(
            f"There is no device {device_id!r} among the Zigbee2MQTT devices (known: "
            f"{known}). Check its friendly name in Zigbee2MQTT, or run "
            "'teachapp backend mqtt --test' to list what teachapp sees.")

    def _apply(self, device_id: str, changes: dict[str, Any], timeout: float) -> Device:
        """Publish to ``<base>/<friendly>/set``; return once the state confirms it."""
        values = validate_changes(device_id, changes)
        dev = self._z2m(device_id)
        payload = to_set_payload(dev, values)
        pending = _Pending(device_id, payload)
        label = f"{dev.name} ({device_id})"
        with self._cond:
            blocker = self._blocker(device_id)
            if blocker and not self._connected:
                raise BackendUnreachableError(f"{label} was not changed: {blocker}",
                                              reason=blocker)
            if blocker:
                raise DeviceUnavailableError(f"{label} was not changed: {blocker}")
            self._pending.append(pending)
        try:
            info = self._client.publish(f"{self._base}/{dev.friendly_name}/set",
                                        json.dumps(payload), qos=0)
            if info.rc != mqtt.MQTT_ERR_SUCCESS and not self._gone(pending):
                raise DeviceUnavailableError(
                    f"{label} was not changed: the MQTT broker at {self.config.address} "
                    f"did not take the message ({mqtt.error_string(info.rc)}). Check "
                    f"that the broker is running.{self._reconnects()}")
            deadline = time.monotonic() + max(0.0, timeout)
            with self._cond:
                while not pending.done and pending.failure is None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
                if pending.done:
                    device = self._device_locked(device_id, self._stored_state(device_id))
                else:
                    raise DeviceUnavailableError(self._not_confirmed(
                        dev, label, values, pending, timeout))
        finally:
            with self._cond:
                if pending in self._pending:
                    self._pending.remove(pending)
        self._remember(device)
        return device

    def _gone(self, pending: _Pending) -> bool:
        """The connection closed or was lost while ``publish`` ran: paho may have sent
        the set and then said "not connected" (``close`` stopped its thread while this
        one was inside ``publish``), so the wait below says "may or may not have
        changed" with the reason, not "was not changed" (test_close_releases_a_waiting_
        apply failed 2 times in 50 under load)."""
        with self._cond:
            return pending.failure is not None

    def _blocker(self, device_id: str) -> str:
        """Why a set cannot be delivered now, or "" (call with the lock held)."""
        if self._closed:
            return "the MQTT connection is closed."
        if not self._connected:
            problem = self._said_reason() or f"not connected to {self.config.address}"
            if "check" in problem:  # it says what to check already, and that it retries
                return f"{problem}."
            return f"{problem}. Check that the MQTT broker is running.{self._reconnects()}"
        if self._bridge_online is False:
            return ("Zigbee2MQTT reports its bridge offline; check that Zigbee2MQTT "
                    "is running and its Zigbee adapter is plugged in.")
        if self._available.get(device_id) is False:
            return ("Zigbee2MQTT reports the device offline; check its power or "
                    "battery and that it is within range of the Zigbee network.")
        return ""

    def _said_reason(self) -> str:
        """``_reason`` as a step's reason says it: "…; retrying" while trying (lock held)."""
        return self._with_retry(self._reason, self._word)

    def _not_confirmed(self, dev: Z2MDevice, label: str, values: dict[str, Any],
                       pending: _Pending, timeout: float) -> str:
        missing = {f.attribute for f in dev.features
                   if f.property in pending.sent and f.property not in pending.confirmed}
        what = describe_state(dev.kind, {a: v for a, v in values.items() if a in missing})
        what = what or ", ".join(sorted(pending.sent))
        if pending.failure:
            return (f"{label} did not confirm {what}: {pending.failure}, so it may or "
                    "may not have changed. Check the MQTT broker; teachapp reconnects "
                    "by itself.")
        return (f"{label} did not confirm {what} within {timeout:g} s, so it may not "
                "have changed. Check that the device is powered and in range, and "
                f"that Zigbee2MQTT is running (it should publish on "
                f"{self._base}/{dev.friendly_name}).")

    def _stored_state(self, device_id: str) -> dict[str, Any] | None:
        try:
            return self._store.device(device_id).state
        except Exception:  # the state from MQTT is enough
            return None

    def _remember(self, device: Device) -> None:
        """Keep the confirmed state in the Store, so other processes see it."""
        try:
            self._store.update_states({device.id: device.state})
        except Exception as exc:  # the device did change; say so anyway
            log.warning("cannot save the state of %s: %s", device.id, exc)

    def status(self) -> BackendStatus:
        with self._cond:
            tls = " over TLS" if self.config.tls else ""
            if not self._connected:
                message = self._problem or f"not connected to {self.config.address}"
                problem = self._reason or message
                if not self._tried and self._started and (
                        time.monotonic() - self._started_at >= SILENT_SECONDS):
                    message = silent_message(self.config)
                    problem = silent_message(self.config, cli=False)
                if self._notice and self._notice not in message:
                    message += aside(self._notice)
                if self._notice and self._notice not in problem:
                    problem += aside(self._notice)
                return BackendStatus(self.name, False, message,
                                     problem if problem != message else "",
                                     retrying=self.keeps_trying and self._started
                                     and not (self._refused or self._closed),
                                     refused=self._refused,
                                     listed_at=self._listed_at if self._devices else None)
            if self._bridge_online is False:
                message = (f"connected to {self.config.address}{tls}, but Zigbee2MQTT "
                           "reports its bridge offline")
            elif not self._discovered.is_set():
                message = (f"connected to {self.config.address}{tls}; waiting for the "
                           f"device list on {self._base}/bridge/devices")
            else:
                message = (f"connected to {self.config.address}{tls}; "
                           f"{len(self._devices)} Zigbee2MQTT devices")
            return BackendStatus(self.name, True, message)

    def close(self) -> None:
        """Disconnect and stop paho's thread; waiting ``apply`` calls fail at once."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            for pending in self._pending:
                pending.failure = "the MQTT connection was closed"
            self._cond.notify_all()
        self._listeners.clear()
        connected = self._connected
        try:
            self._client.disconnect()
        except Exception:  # closing must not fail
            pass
        if self._started:
            self._stop_loop(STOP_WAIT if connected else 0.0)
        with self._handling:
            pass  # a state being saved is saved; none is handled after this

    def _stop_loop(self, wait: float) -> None:
        """Stop paho's thread, waiting ``wait`` s for it (the goodbye to a broker that
        is there). Reconnecting, it may sleep a second before its next try or sit in a
        connect the network does not answer (``connect_timeout``, 5 s): it holds nothing
        then, and ends by itself (a daemon). Closing waited for it: Ctrl-D took up to 5
        s more with the broker down."""
        stopper = threading.Thread(target=self._client.loop_stop, daemon=True,
                                   name="mqtt-stop")
        stopper.start()
        stopper.join(wait)

    # ------------------------------------------------------------ cache

    def _load_cache(self) -> None:
        """The last device list, so devices are known before the broker answers (from
        the database; an older teachapp's file is read once)."""
        listed, self._reported, self._listed_at = last_list(self._store, self.config,
                                                            self._cache_file)
        devices = parse_bridge_devices(listed)
        try:
            stored = {d.id: d for d in self._store.devices()}
        except Exception:  # labels fall back to Zigbee2MQTT's names
            stored = {}
        self._devices = {d.device_id: d for d in devices}
        self._ids = {d.friendly_name: d.device_id for d in devices}
        self._labels = {i: (stored[i].name, stored[i].room) for i in self._devices
                        if i in stored}
        self._silent = {i for i in self._devices if not self._reported.get(i)}

    def _save_cache(self, payload: bytes) -> None:
        keep_listed(self._store, self.config, payload)
        with self._cond:
            self._listed_at = wall_now()
