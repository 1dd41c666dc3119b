"""The simulated home that a new database starts with (``assets/home.yaml``)."""

from __future__ import annotations

from ..paths import assets_dir
from ..store import Store, read_routine_file

__all__ = ["ensure_default_home"]


def ensure_default_home(store: Store) -> bool:
    """Load the default devices into a database that has none; True when loaded."""
    if store.has_devices():
        return False
    devices, _routines = read_routine_file(assets_dir() / "home.yaml")
    store.save_devices(devices)
    return True
