"""Home Assistant as the home, over its WebSocket API.

A background thread connects, reads the home's unit system, the area, device and entity
registries and every state, subscribes to ``state_changed`` (and the registries'
updates, so a room moved in Home Assistant moves here) and then waits; when the
connection breaks it reconnects with backoff (0.5 s doubling to 30 s), and
``status()`` says why it is not connected. Nothing here blocks the caller but
``apply``, which calls the services and returns once the settled state shows every
requested value (through ``closing``/``locking``), or raises ``DeviceUnavailableError``.

Entities of teachapp's seven kinds become devices with Home Assistant's names and
areas (entity area, else device area, else "Unassigned"); the rest are listed by
``unsupported()``. Known states are kept in the database, so ``teachapp devices``
and other processes see what Home Assistant reports; so is the list of its devices
(``listed``), kept again whenever an entity comes, goes or becomes unavailable.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ..clock import wall_now
from ..domain import Device, counted, default_state, describe_state, validate_changes
from ..errors import (
    AttributeValueError,
    BackendUnreachableError,
    ConfigError,
    DeviceUnavailableError,
    UnknownDeviceError,
)
from ..settings import Settings
from ..store import Store
from .backend import BackendStatus, aside
from .default_home import is_default_home, only_default_home
from .ha_client import (
    HaAuthError,
    HaClient,
    HaCommandError,
    HaError,
    HaNotHomeAssistantError,
    normalize_url,
)
from .ha_mapping import (
    STUCK,
    Entity,
    confirms,
    entity_from_state,
    expected,
    room_of,
    service_calls,
    state_from_entity,
    supported,
)
from .listed import Listed, keep_listed, last_listed
from .live import LiveBackend

__all__ = ["HaConfig", "HomeAssistantBackend", "as_listed", "checked_url", "drivable",
           "last_ha_list", "listed_home", "probe_home_assistant"]

log = logging.getLogger(__name__)

_REGISTRY_EVENTS = ("area_registry_updated", "device_registry_updated",
                    "entity_registry_updated")


@dataclass(frozen=True)
class HaConfig:
    """Where Home Assistant is, and the token (never written to settings)."""

    url: str
    token: str = ""
    connect_timeout: float = 10.0
    max_backoff: float = 30.0

    @classmethod
    def from_settings(cls, section: Mapping[str, Any]) -> HaConfig:
        return cls(url=checked_url(str(section.get("url") or "")))

    def to_settings(self) -> dict[str, Any]:
        return {"type": "homeassistant", "url": self.url}


def listed_home(url: str) -> str:
    """The database's name for this Home Assistant's device list (``listed``)."""
    return f"homeassistant {url}"


def as_listed(stored: list[Device], kept: Listed | None) -> list[Device]:
    """The stored devices Home Assistant last listed (``kept``), those it said were
    unavailable marked so; before it ever listed any, the stored ones but the untouched
    simulated home (a new database's, never Home Assistant's)."""
    if kept is None:
        return [] if is_default_home(stored) else stored
    listed = {d.get("id"): d for d in kept.devices if isinstance(d, dict)}
    return [replace(d, unreported=f"{listed[d.id]['unavailable']}, Home Assistant said")
            if listed[d.id].get("unavailable") else d for d in stored if d.id in listed]


def last_ha_list(store: Store, settings: Settings) -> Listed | None:
    """The device list the Home Assistant the settings name last gave (``listed``);
    None when it never gave one, or no URL is set."""
    try:
        url = checked_url(str(settings.section("backend").get("url") or ""))
    except ConfigError:
        return None
    return last_listed(store, listed_home(url))


def checked_url(url: str) -> str:
    """The base URL in one form (``http://host:8123``); ``ConfigError`` if it is none."""
    try:
        return normalize_url(url)
    except HaError as exc:
        raise ConfigError(f"{exc}.") from exc


def refused_said(config: HaConfig, exc: HaAuthError) -> str:
    """Why Home Assistant refused the token, and the fix: a token from ``TEACHAPP_HA_TOKEN``
    is corrected there (or the variable unset), since it wins over the stored one; it said
    "give it to teachapp: 'teachapp backend homeassistant --url …'", which stored a token
    the variable went on hiding."""
    from .secrets import TOKEN_ENV

    if not config.token or os.environ.get(TOKEN_ENV, "").strip() != config.token:
        return str(exc)
    return (f"Home Assistant at {config.url} refused the access token in {TOKEN_ENV} "
            f"({exc.said}); correct the variable, or unset it to use the token stored "
            f"with 'teachapp backend homeassistant --url {config.url}'")


def probe_home_assistant(config: HaConfig, timeout: float = 5.0) -> tuple[bool, str]:
    """Connect once, count what teachapp can drive, disconnect; never changes anything."""
    client = HaClient(config.url, config.token)
    try:
        client.connect(timeout)
        states = client.call({"type": "get_states"}, timeout=timeout) or []
    except HaError as exc:
        said = refused_said(config, exc) if isinstance(exc, HaAuthError) else str(exc)
        # (it read "Home Assistant: Home Assistant at … refused the access token")
        return False, said if said.startswith("Home Assistant") else f"Home Assistant: {said}"
    finally:
        client.close()
    devices = sum(1 for s in states if drivable(s))
    others = len(states) - devices
    # (it counted every light, switch, … entity, where the backend lists only those
    # with something to set: on the demo home doctor said 32 where 'devices' listed
    # 30, cover.pergola_roof and media_player.browse having nothing teachapp sets)
    return True, (f"Home Assistant {client.ha_version} at {config.url}: "
                  f"{counted(devices, 'device')} teachapp can drive, {others} other "
                  f"{'entity' if others == 1 else 'entities'}")


def drivable(state: Mapping[str, Any]) -> bool:
    """Whether an entity (one object of ``get_states``) is a device teachapp drives: of
    its kinds, with something to set (a climate with neither a setpoint nor modes is
    not). The backend and ``doctor`` count with this."""
    entity_id = str(state.get("entity_id", ""))
    return supported(entity_id) and bool(entity_from_state(state, "").attributes)


class HomeAssistantBackend(LiveBackend):
    """Home Assistant entities behind the ``DeviceBackend`` interface."""

    name = "homeassistant"

    def __init__(self, store: Store, config: HaConfig, *, notice: str = "",
                 keeps_trying: bool = True) -> None:
        self.config = config
        self._store = store
        self._notice = notice
        self._cond = threading.Condition()
        super().__init__(keeps_trying=keeps_trying)
        self._entities: dict[str, Entity] = {}
        self._states: dict[str, dict[str, Any]] = {}
        """entity id -> teachapp state (last known values kept while unreported)"""
        self._other: dict[str, str] = {}
        """unsupported entity id -> name"""
        self._saved: dict[str, tuple[str, str, dict[str, Any]]] = {}
        """entity id -> (name, room, state) last written to the database"""
        self._listed: list[dict[str, Any]] | None = None
        """The device list last kept in the database (``listed``)."""
        self._listing = threading.Lock()
        self._listed_at: datetime | None = None
        """When the list last kept came (read once from the database before the first
        connection): said while Home Assistant is out of reach."""
        self._last: Listed | None = None
        self._last_read = False
        self._registries: tuple[dict, dict, dict] = ({}, {}, {})
        self._unit = "°C"
        self._client: HaClient | None = None
        self._connected = False
        self._loading = False
        self._buffer: list[dict[str, Any]] = []
        self._discovered = threading.Event()
        self._refresh_rooms = threading.Event()
        self._stop = threading.Event()
        self._problem = ""
        self._word = ""
        """"retrying" or "reconnecting" after a step's reason while this backend goes on
        trying past ``_problem``; "" when waiting will not help (a refused token)."""
        self._auth_failed = False
        self._refused = False
        """The last attempt was refused (the token): waiting will not fix it."""
        self._tried = False
        """The first connection attempt is decided (connected, refused or failed)."""
        self._thread: threading.Thread | None = None
        self.connections = 0
        """How many times a connection was established (tests watch reconnects)."""
        self.not_home_assistant = False
        """The last attempt found a web server at the URL that is not Home Assistant:
        ``backend homeassistant`` refuses such an address instead of saving it."""

    # ------------------------------------------------------------ connection

    def start(self) -> None:
        """Connect in the background; returns at once."""
        if self._thread is not None or self._stop.is_set():
            return
        self._problem = f"not connected to Home Assistant at {self.config.url} yet"
        self._thread = threading.Thread(target=self._run, name="homeassistant", daemon=True)
        self._thread.start()

    def wait_connected(self, timeout: float, *, first_try: bool = False) -> bool:
        """Wait up to ``timeout`` s for a connection (or a refused token); True if up.
        With ``first_try``, a first attempt refused or failed ends the wait (``run``
        and ``backend homeassistant --test`` waited it out with nothing listening);
        the retries go on behind."""
        with self._cond:
            self._cond.wait_for(lambda: self._connected or self._stop.is_set()
                                or self._auth_failed or (first_try and self._tried),
                                timeout)
            return self._connected

    def wait_discovered(self, timeout: float) -> bool:
        return self._discovered.wait(timeout)

    def _run(self) -> None:
        delay = 0.5
        while not self._stop.is_set():
            client = HaClient(self.config.url, self.config.token, on_event=self._on_event,
                              on_close=lambda _reason: self._refresh_rooms.set())
            wrong = False
            try:
                client.connect(self.config.connect_timeout)
                with self._cond:
                    self._client = client
                    self._auth_failed = False
                self._load(client)
                delay = 0.5
                self._serve(client)
            except HaAuthError as exc:
                with self._cond:
                    self._auth_failed = True
                # No token could be read (no keyring, none stored): that is the news, not
                # "refused the access token … give it again", which fails the same way
                # without a keyring. It was only in the status, not in a step's reason.
                self._set_problem(self._notice.rstrip().rstrip(".")
                                  if self._notice and not self.config.token
                                  else refused_said(self.config, exc), logging.WARNING)
                delay = self.config.max_backoff
            except HaNotHomeAssistantError as exc:  # (a wrong address: said at once)
                self._set_problem(str(exc), logging.WARNING, self._retry_word())
                wrong = True
            except HaError as exc:
                self._set_problem(str(exc), logging.INFO, self._retry_word())
            except Exception as exc:  # never let the thread die: retry
                log.exception("Home Assistant connection failed")
                self._set_problem(f"Home Assistant at {self.config.url}: {exc}",
                                  logging.WARNING, self._retry_word())
            finally:
                client.close()
                self._lost()
                with self._cond:
                    self._tried = True
                    self.not_home_assistant = wrong
                    self._cond.notify_all()
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, self.config.max_backoff)

    def _serve(self, client: HaClient) -> None:
        """While connected: re-read the registries when Home Assistant changes them."""
        while not self._stop.is_set() and not client.closed:
            if self._refresh_rooms.wait(1.0):
                self._refresh_rooms.clear()
                if client.closed or self._stop.is_set():
                    break
                self._read_registries(client)
                self._keep_listed()
                self._publish(list(self._entities))
        if not self._stop.is_set():
            self._set_problem(f"lost the connection to Home Assistant at {self.config.url} "
                              f"({client.close_reason or 'closed'})", logging.WARNING,
                              self._retry_word("reconnecting"))

    def _load(self, client: HaClient) -> None:
        config = client.call({"type": "get_config"}) or {}
        unit = ((config.get("unit_system") or {}).get("temperature")) or "°C"
        self._read_registries(client)
        with self._cond:
            self._unit = unit
            self._loading = True
            self._buffer = []
        client.subscribe("state_changed")
        for event_type in _REGISTRY_EVENTS:
            client.subscribe(event_type)
        states = client.call({"type": "get_states"}, timeout=30) or []
        with self._cond:
            seen: set[str] = set()
            self._other = {}
            for state in states:
                entity_id = str(state.get("entity_id", ""))
                seen.add(entity_id)
                self._take(state)
            for entity_id in set(self._entities) - seen:
                self._entities.pop(entity_id, None)
            for event in self._buffer:
                self._apply_event(event)
            self._buffer = []
            self._loading = False
            ids = list(self._entities)
        self._discovered.set()
        self._save_all()  # before "connected": a caller then finds them in the database
        self._keep_listed()
        with self._cond:
            self._connected = True
            self._problem = self._word = ""
            self._refused = False
            self.connections += 1
            self._cond.notify_all()
        log.info("connected to Home Assistant %s at %s: %d devices, %d other entities",
                 client.ha_version, self.config.url, len(ids), len(self._other))
        self._publish(ids)

    def _read_registries(self, client: HaClient) -> None:
        areas = client.call({"type": "config/area_registry/list"}) or []
        devices = client.call({"type": "config/device_registry/list"}) or []
        entities = client.call({"type": "config/entity_registry/list"}) or []
        with self._cond:
            self._registries = ({e["entity_id"]: e for e in entities if "entity_id" in e},
                                {d["id"]: d for d in devices if "id" in d},
                                {a["area_id"]: a.get("name", "") for a in areas
                                 if "area_id" in a})
            for entity_id, entity in list(self._entities.items()):
                self._entities[entity_id] = replace(entity, room=self._room(entity_id))

    def _room(self, entity_id: str) -> str:
        entities, devices, areas = self._registries
        return room_of(entity_id, entities, devices, areas)

    def _lost(self) -> None:
        with self._cond:
            was = self._connected
            self._connected = False
            self._client = None
            self._cond.notify_all()
        if was:
            log.info("disconnected from Home Assistant at %s", self.config.url)

    def _set_problem(self, problem: str, level: int, word: str = "") -> None:
        """Not connected, and why; ``word``: "retrying" when it goes on trying, "" for a
        refused token. Logged once, not on every retry."""
        with self._cond:
            changed = problem != self._problem
            self._connected = False
            self._problem = problem
            self._word = word
            self._refused = not word  # (with ``keeps_trying``, only a refused token)
            self._cond.notify_all()
        if changed:
            log.log(level, "%s", self._with_retry(problem, word))

    # ------------------------------------------------------------ events

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("event_type")
        if kind in _REGISTRY_EVENTS:
            self._refresh_rooms.set()
            return
        if kind != "state_changed":
            return
        with self._cond:
            if self._loading:
                self._buffer.append(event)
                return
            changed = self._apply_event(event)
        self._keep_listed()  # (an entity gone, new or unavailable: else nothing written)
        if changed:  # saved before a waiting apply() wakes, so it need not save again
            with self._causes.of(changed):
                self._save_states([changed])
        with self._cond:
            self._cond.notify_all()
        if changed:
            self._publish([changed])

    def _apply_event(self, event: dict[str, Any]) -> str | None:
        """Apply one ``state_changed`` (lock held); the device id when its state moved."""
        data = event.get("data") or {}
        entity_id = str(data.get("entity_id", ""))
        new = data.get("new_state")
        if new is None:  # removed from Home Assistant
            self._entities.pop(entity_id, None)
            self._other.pop(entity_id, None)
            return None
        before = (self._states.get(entity_id, {}).copy(),
                  self._entities[entity_id].state if entity_id in self._entities else None)
        self._take(new)
        if entity_id not in self._entities:
            return None
        after = (self._states.get(entity_id, {}), self._entities[entity_id].state)
        return entity_id if after != before else None

    def _take(self, state: Mapping[str, Any]) -> None:
        """Keep one reported state (lock held)."""
        entity_id = str(state.get("entity_id", ""))
        if not drivable(state):
            attrs = state.get("attributes") or {}
            self._other[entity_id] = str(attrs.get("friendly_name") or entity_id)
            return
        entity = entity_from_state(state, self._room(entity_id))
        self._entities[entity_id] = entity
        known = self._states.get(entity_id)
        if known is None:
            known = self._stored_state(entity_id)
        merged = {k: v for k, v in known.items() if k in entity.attributes}
        merged.update(state_from_entity(entity, self._unit))
        self._states[entity_id] = merged

    def _stored_state(self, entity_id: str) -> dict[str, Any]:
        kind = entity_id.split(".", 1)[0]
        state = default_state(kind)
        try:
            state.update(self._store.device(entity_id).state)
        except Exception:  # not stored yet
            pass
        return state

    def _publish(self, ids: list[str]) -> None:
        devices = []
        with self._cond:
            for entity_id in ids:
                if entity_id in self._entities:
                    devices.append(self._device_locked(entity_id))
        for device in devices:
            self._listeners.notify(device)

    def _save_all(self) -> None:
        """Every device into the database; the untouched simulated home gives way."""
        with self._cond:
            devices = [self._full_device_locked(i) for i in self._entities]
        try:
            drop = [i for i in only_default_home(self._store) if i not in self._entities]
            self._store.import_all(devices, [], drop_devices=drop)
            with self._cond:
                self._saved.update({d.id: (d.name, d.room, d.state) for d in devices})
        except Exception:  # the live states are enough to go on
            log.exception("cannot save Home Assistant devices to the database")

    def _keep_listed(self) -> None:
        """Keep the devices Home Assistant lists now as its last list, when it differs
        from the one last kept: which entities, their names, rooms and availability."""
        with self._listing:  # (the reader's and the registries' threads, in turn)
            with self._cond:
                if not self._discovered.is_set():
                    return
                listed = [{"id": e.entity_id, "name": e.name, "room": e.room,
                           **({} if e.available else {"unavailable": e.state})}
                          for e in sorted(self._entities.values(), key=lambda e: e.entity_id)]
            if listed != self._listed and keep_listed(
                    self._store, listed_home(self.config.url), listed):
                self._listed = listed
                with self._cond:
                    self._listed_at = wall_now()

    def _last_list(self) -> Listed | None:
        """The list the database kept from an earlier connection, read once."""
        with self._listing:
            if not self._last_read:
                self._last = last_listed(self._store, listed_home(self.config.url))
                self._last_read = True
                with self._cond:
                    if self._listed_at is None and self._last is not None:
                        self._listed_at = self._last.listed_at
            return self._last

    def _save_states(self, ids: list[str]) -> None:
        """Write the devices whose state differs from what was last written: a state
        through ``update_states``, which keeps the device history (with the change's
        cause: "why is the lamp on?", the day's recap and hunches read it; it was
        written with ``save_devices``, which keeps none), a new name or room, or a
        device not written before, whole."""
        with self._cond:
            devices = [self._full_device_locked(i) for i in ids if i in self._entities]
            devices = [d for d in devices if self._saved.get(d.id) != (d.name, d.room, d.state)]
            states = {d.id: d.state for d in devices if d.id in self._saved}
            whole = [d for d in devices if self._saved.get(d.id, (None, None))[:2]
                     != (d.name, d.room)]
            for device in devices:
                self._saved[device.id] = (device.name, device.room, device.state)
        if not devices:
            return
        try:
            if states:
                self._store.update_states(states)
            if whole:
                self._store.save_devices(whole)
        except Exception as exc:  # the device did change; the database may lag
            with self._cond:
                for device in devices:
                    self._saved.pop(device.id, None)
            log.warning("cannot save Home Assistant states: %s", exc)

    # ------------------------------------------------------------ devices

    def _device_locked(self, entity_id: str) -> Device:
        entity = self._entities[entity_id]
        unreported = "" if entity.available else f"{entity.state}, Home Assistant says"
        return Device(entity_id, entity.name, entity.room, dict(self._states[entity_id]),
                      unreported)

    def _full_device_locked(self, entity_id: str) -> Device:
        """With the kind's other attributes at their defaults, as the database keeps."""
        device = self._device_locked(entity_id)
        state = default_state(device.kind)
        state.update(device.state)
        return Device(device.id, device.name, device.room, state)

    def devices(self) -> list[Device]:
        """Home Assistant's devices; before the first connection, the stored ones it
        last listed (``as_listed``: not the simulated home a new database starts with,
        which the window showed as Home Assistant's until it answered, nor an entity
        removed there)."""
        with self._cond:
            if self._discovered.is_set():
                out = [self._device_locked(i) for i in self._entities]
                return sorted(out, key=lambda d: (d.room, d.name))
        return as_listed(self._store.devices(), self._last_list())

    def device(self, device_id: str) -> Device:
        with self._cond:
            if device_id in self._entities:
                return self._device_locked(device_id)
            discovered = self._discovered.is_set()
            problem = self._with_retry(self._problem, self._word)
        if not discovered:  # the database knows it from the last connection
            try:
                return self._store.device(device_id)
            except UnknownDeviceError:
                reason = (f"teachapp has not reached Home Assistant at {self.config.url} "
                          f"({problem or 'connecting'})")
                raise BackendUnreachableError(f"{device_id} is not known yet: {reason}.",
                                              reason=reason) from None
        raise UnknownDeviceError(self._vanished(device_id))

    def _vanished(self, device_id: str) -> str:
        if device_id in self._other:
            return (f"{device_id} is an entity teachapp cannot drive; it drives lights, "
                    "switches, climate, locks, covers, media players and fans.")
        known = self._saved.get(device_id)  # its name as teachapp last stored it
        which = f"{known[0]} ({device_id})" if known else repr(device_id)
        return (f"{which} is not in Home Assistant at {self.config.url} any more "
                "(removed or renamed there?). Rename it back in Home Assistant, or change "
                "the routine's step to a device it still has (the device panel and "
                "'teachapp devices' list them).")

    def unsupported(self) -> list[tuple[str, str]]:
        """Entities teachapp cannot drive: (entity id, name), sorted."""
        with self._cond:
            return sorted(self._other.items())

    def _apply(self, device_id: str, changes: dict[str, Any], timeout: float) -> Device:
        """Call the services; return once the settled state shows every value."""
        values = validate_changes(device_id, changes)
        deadline = time.monotonic() + max(0.0, timeout)
        with self._cond:
            client = self._client if self._connected else None
            entity = self._entities.get(device_id)
            discovered = self._discovered.is_set()
            problem = self._with_retry(self._problem, self._word)
            refused = self._auth_failed
        label = f"{entity.name} ({device_id})" if entity else device_id
        if client is None:
            # (a refused token: waiting will not help; a reason that says what to check
            # and that it retries, as MQTT's: "… and that Home Assistant is running;
            # retrying. Check that Home Assistant is running; …" said it twice)
            reason = (f"{problem}." if problem and (refused or "check" in problem) else
                      f"{problem or 'not connected to Home Assistant'}. Check that Home "
                      f"Assistant is running.{self._reconnects()}")
            raise BackendUnreachableError(f"{label} was not changed: {reason}", reason=reason)
        if entity is None:
            if not discovered:
                raise DeviceUnavailableError(f"{device_id} is not known yet.")
            raise UnknownDeviceError(self._vanished(device_id))
        if not entity.available:
            raise DeviceUnavailableError(
                f"{label} was not changed: Home Assistant reports it {entity.state}. Check "
                "the device and its integration in Home Assistant.")
        try:
            calls = service_calls(entity, values, self._unit)
        except ValueError as exc:
            raise AttributeValueError(f"{label}: {exc}.") from exc
        wanted = expected(entity, values)
        for call in calls:
            try:
                client.call({"type": "call_service", "domain": call.domain,
                             "service": call.service, "service_data": call.data,
                             "target": {"entity_id": device_id}},
                            timeout=max(0.5, deadline - time.monotonic()))
            except HaCommandError as exc:
                raise DeviceUnavailableError(
                    f"Home Assistant refused {call.domain}.{call.service} for {label}: "
                    f"{exc.text}. Check the entity in Home Assistant.") from exc
            except HaError as exc:
                raise DeviceUnavailableError(
                    f"{label} may not have changed: {exc}.{self._reconnects()}") from exc
        with self._cond:
            while True:
                entity = self._entities.get(device_id)
                if entity is None:
                    raise UnknownDeviceError(self._vanished(device_id))
                if confirms(entity, wanted, self._unit):
                    break
                if entity.state in STUCK:
                    raise DeviceUnavailableError(
                        f"{label} did not change: Home Assistant reports it {entity.state}. "
                        "Check the device itself.")
                if not self._connected:
                    raise DeviceUnavailableError(
                        f"{label} did not confirm {describe_state(entity.kind, values)}: the "
                        "connection to Home Assistant was lost while waiting, so it may or "
                        f"may not have changed.{self._reconnects()}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    now = state_from_entity(entity, self._unit)
                    raise DeviceUnavailableError(
                        f"{label} did not confirm {describe_state(entity.kind, values)} "
                        f"within {timeout:g} s (Home Assistant reports {entity.state!r}"
                        f"{', ' + describe_state(entity.kind, now) if now else ''}). "
                        "Check the device in Home Assistant.")
                self._cond.wait(remaining)
            device = self._device_locked(device_id)
        self._save_states([device_id])
        return device

    # ------------------------------------------------------------ the rest

    def status(self) -> BackendStatus:
        if not self._discovered.is_set():
            self._last_list()  # (when that list came)
        with self._cond:
            if not self._connected:
                message = self._problem or f"not connected to {self.config.url}"
                if self._notice and self._notice not in message:
                    message += aside(self._notice)
                return BackendStatus(self.name, False, message, retrying=(
                    self.keeps_trying and self._thread is not None
                    and not (self._refused or self._stop.is_set())),
                    refused=self._auth_failed,
                    listed_at=self._listed_at if self._entities or self._last else None)
            other = f", {len(self._other)} other entities" if self._other else ""
            return BackendStatus(self.name, True,
                                 f"Home Assistant at {self.config.url}; "
                                 f"{len(self._entities)} devices{other}")

    def close(self) -> None:
        self._stop.set()
        self._refresh_rooms.set()
        with self._cond:
            client = self._client
            self._cond.notify_all()
        if client is not None:
            client.close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)
        self._listeners.clear()
