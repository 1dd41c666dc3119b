"""How many devices the home has, counted as ``devices`` lists them (``doctor`` says it).

The database keeps a row for every device a backend ever reported; a Home Assistant
entity removed since, or a Zigbee2MQTT device no longer on the bridge's list, keeps its
row. ``devices`` lists only those the home last listed (``factory.home_devices``), so
``doctor`` counting every row said more devices than ``devices`` showed. The rows left
out are counted apart, as no longer listed; the simulated home a new database starts
with is never the real home's, so its rows are not among them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import Settings
from ..store import Store
from .default_home import default_home_devices
from .factory import home_devices

__all__ = ["DeviceCount", "devices_counted"]


@dataclass(frozen=True)
class DeviceCount:
    """The devices ``devices`` lists, and the stored ones the home no longer lists."""

    listed: int
    unlisted: int


def devices_counted(store: Store, settings: Settings | None = None) -> DeviceCount:
    """``store``'s devices as ``devices`` lists them without connecting (the home's last
    list), and the stored rows that list no longer holds."""
    stored = store.devices()
    listed = home_devices(stored, settings, store=store)
    ids = {d.id for d in listed}
    sample = {d.id for d in default_home_devices()}
    unlisted = sum(d.id not in ids and d.id not in sample for d in stored)
    return DeviceCount(len(listed), unlisted)
