"""The simulated home that a new database starts with (``assets/home.yaml``)."""

from __future__ import annotations

from ..domain import Device
from ..paths import assets_dir
from ..store import Store, read_routine_file

__all__ = ["default_home_devices", "ensure_default_home", "is_default_home",
           "only_default_home"]


def default_home_devices() -> list[Device]:
    devices, _routines = read_routine_file(assets_dir() / "home.yaml")
    return devices


def ensure_default_home(store: Store) -> bool:
    """Load the default devices into a database that has none; True when loaded."""
    if store.has_devices():
        return False
    store.save_devices(default_home_devices())
    return True


def only_default_home(store: Store) -> list[str]:
    """The default devices' ids when the database holds nothing else yet (no routines,
    no other devices): a home imported from a file may then take their place."""
    if store.routine_names():
        return []
    ids = sorted(d.id for d in store.devices())
    default = sorted(d.id for d in default_home_devices())
    return default if ids == default else []


def is_default_home(devices: list[Device]) -> bool:
    """Whether ``devices`` are the simulated home's, and only those (a real home not yet
    heard from must not pass them off as its own)."""
    return bool(devices) and sorted(d.id for d in devices) == sorted(
        d.id for d in default_home_devices())
