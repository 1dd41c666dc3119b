"""The device list a real home last gave, kept in the database (revision 0034).

Zigbee2MQTT's ``bridge/devices`` names each device's friendly name and what it can
do; teachapp needs it to list and teach with the devices while the broker is down.
It was kept only in a file in the user data folder: a second computer sharing the
household's PostgreSQL database, or a new data folder, knew none of the devices until
the broker answered (``teachapp devices`` listed nothing, and a routine could not be
taught with them). One row per home; ``listed_at`` says when the list came, so a list
shown while the home is out of reach is said to be the last one seen, and when.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Field, SQLModel

from .records import aware
from .tables import utcnow

if TYPE_CHECKING:
    from .store import Store

__all__ = ["DeviceList", "keep_device_list", "note_reported_attributes", "read_device_list"]


class DeviceListRow(SQLModel, table=True):
    __tablename__ = "device_list"

    home: str = Field(primary_key=True)
    """Which home: "mqtt <host>:<port>/<base topic>"."""
    devices_json: str = "[]"
    """The list as the home gave it (Zigbee2MQTT's ``bridge/devices`` payload)."""
    reported_json: str = "{}"
    """{device id: [attributes it ever reported]}: the rest of a state is a default."""
    listed_at: datetime = Field(default_factory=utcnow)


@dataclass(frozen=True)
class DeviceList:
    """The last device list of one home."""

    devices: list[Any]
    listed_at: datetime
    """When the list was last received (aware, UTC)."""
    reported: dict[str, set[str]] = field(default_factory=dict)


def read_device_list(store: Store, home: str) -> DeviceList | None:
    """The home's last list, or None when it never gave one to this database."""
    with store.transaction() as s:
        row = s.get(DeviceListRow, home)
        if row is None:
            return None
        devices, reported, at = row.devices_json, row.reported_json, row.listed_at
    listed = json.loads(devices)
    heard = json.loads(reported)
    return DeviceList(listed if isinstance(listed, list) else [],
                      aware(at),
                      {str(k): {str(a) for a in v} for k, v in heard.items()
                       if isinstance(v, list)} if isinstance(heard, dict) else {})


def keep_device_list(store: Store, home: str, devices: list[Any], *,
                     reported: dict[str, set[str]] | None = None,
                     at: datetime | None = None) -> None:
    """Keep ``devices`` as the home's list, received ``at`` (now); the attributes
    already noted stay, ``reported`` adds to them."""
    with store.transaction() as s:
        row = s.get(DeviceListRow, home) or DeviceListRow(home=home)
        known = _reported(row.reported_json)
        for device_id, attributes in (reported or {}).items():
            known.setdefault(device_id, set()).update(attributes)
        row.devices_json = json.dumps(devices)
        row.reported_json = json.dumps({k: sorted(v) for k, v in known.items()})
        row.listed_at = at or utcnow()
        s.add(row)


def note_reported_attributes(store: Store, home: str,
                             reported: dict[str, set[str]]) -> None:
    """Add attributes devices reported (another process may have added others: merged
    in one transaction); nothing when the home has no list here yet."""
    with store.transaction() as s:
        row = s.get(DeviceListRow, home)
        if row is None:
            return
        known = _reported(row.reported_json)
        for device_id, attributes in reported.items():
            known.setdefault(device_id, set()).update(attributes)
        row.reported_json = json.dumps({k: sorted(v) for k, v in known.items()})
        s.add(row)


def _reported(text: str) -> dict[str, set[str]]:
    data = json.loads(text or "{}")
    return ({str(k): {str(a) for a in v} for k, v in data.items() if isinstance(v, list)}
            if isinstance(data, dict) else {})
