"""The devices ``teachapp devices`` lists: asked of Home Assistant when it answers,
else the ones the home last listed (``listed``), said to be so, and when.

It listed the devices the database held, whatever Home Assistant said: an entity
removed there stayed listed, one it reported unavailable was listed with its last
state, and with Home Assistant down nothing said the list was old. Zigbee2MQTT's
devices come from its last list as before (the backend keeps it up to date while it
runs), with the same kind of note when the broker does not answer.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain import Device
from ..errors import ConfigError
from ..settings import Settings
from ..store import Store
from .backend import listed_said
from .factory import backend_type, home_devices, last_list_note, load_ha_config

__all__ = ["ASK_WAIT", "devices_listed"]

ASK_WAIT = 5.0
"""Seconds ``devices`` waits for Home Assistant (connected and every state read; a
local one answers in well under one, a stopped one refuses at once)."""


def devices_listed(store: Store, settings: Settings | None = None, *,
                   wait: float = ASK_WAIT) -> tuple[list[Device], str | None]:
    """(the devices, a note when they are not the home's answer of now: "Home Assistant
    is not answering at …; these are the devices it last listed, on Mon 7 Dec at
    09:36:"). Never raises for a home out of reach."""
    settings = settings or Settings()
    if backend_type(settings) != "homeassistant":
        devices = home_devices(store.devices(), settings, store=store)
        return devices, (last_list_note(store, settings) if devices else None)
    try:
        config, notice = load_ha_config(settings)
    except ConfigError:  # no URL: ``devices`` says how to set one
        return home_devices(store.devices(), settings, store=store), None
    from .homeassistant import HomeAssistantBackend, last_ha_list

    problem = notice
    if config.token:
        backend = HomeAssistantBackend(store, replace(config, connect_timeout=wait),
                                       notice=notice, keeps_trying=False)
        backend.start()
        try:
            if backend.wait_connected(wait, first_try=True):
                return backend.devices(), None
            status = backend.status()
        finally:
            backend.close()
        problem = status.message if status.refused else ""
    devices = home_devices(store.devices(), settings, store=store)
    if not devices:
        return [], None
    kept = last_ha_list(store, settings)
    these = (f"these are the devices it last listed, on {listed_said(kept.listed_at)}:" if kept
             else "these are the devices teachapp last knew from it:")
    if problem:  # (a refused or missing token: waiting will not help; the fix is said)
        return devices, f"{problem.strip().rstrip('.')}. Meanwhile {these}"
    return devices, f"Home Assistant is not answering at {config.url}; {these}"
