"""Which devices Home Assistant last listed, and when, kept where Zigbee2MQTT's list is
(``home.listed``, the database's ``device_list``), against a real Home Assistant:
an entity that comes, goes or becomes unavailable changes the list; nothing mocked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ha_support import Relay, wait_for

from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend, listed_home
from teachapp.home.listed import last_listed

pytest_plugins = ["ha_support"]
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]

LAMP = "light.tidy_listed_lamp"


def _ids(store, url) -> dict[str, dict]:
    kept = last_listed(store, listed_home(url))
    return {} if kept is None else {d["id"]: d for d in kept.devices}


def test_the_list_is_kept_with_when_and_follows_entities_coming_and_going(ha_server,
                                                                          store):
    assert last_listed(store, listed_home(ha_server.url)) is None
    live = HomeAssistantBackend(store, HaConfig(ha_server.url, ha_server.token,
                                                max_backoff=1.0))
    live.start()
    try:
        assert live.wait_connected(20), live.status().message
        kept = last_listed(store, listed_home(ha_server.url))
        assert kept is not None
        assert abs(kept.listed_at - datetime.now(UTC)) < timedelta(minutes=1)
        assert {d["id"] for d in kept.devices} == {d.id for d in live.devices()}
        assert _ids(store, ha_server.url)["light.bed_light"]["room"] == "Bedroom"

        ha_server.rest("POST", f"/api/states/{LAMP}", {
            "state": "on", "attributes": {"friendly_name": "Listed lamp"}})
        assert wait_for(lambda: LAMP in _ids(store, ha_server.url))
        assert "unavailable" not in _ids(store, ha_server.url)[LAMP]

        ha_server.rest("POST", f"/api/states/{LAMP}", {
            "state": "unavailable", "attributes": {"friendly_name": "Listed lamp"}})
        assert wait_for(lambda: _ids(store, ha_server.url)[LAMP].get("unavailable")
                        == "unavailable")

        ha_server.rest("DELETE", f"/api/states/{LAMP}")
        assert wait_for(lambda: LAMP not in _ids(store, ha_server.url))
        assert "light.bed_light" in _ids(store, ha_server.url)
    finally:
        live.close()
        if LAMP in {s["entity_id"] for s in ha_server.rest("GET", "/api/states")}:
            ha_server.rest("DELETE", f"/api/states/{LAMP}")


def test_before_it_answers_the_backend_shows_the_last_list_and_says_when(ha_server, store):
    """The window and chat, started while Home Assistant is down: they showed every
    device the database held (an entity removed there among them, one it reported
    unavailable with its last state) and not how old the list was."""
    out = "light.tidy_listed_unplugged"
    relay = Relay(ha_server.port)
    for lamp in (LAMP, out):
        ha_server.rest("POST", f"/api/states/{lamp}", {
            "state": "on", "attributes": {"friendly_name": lamp}})
    try:
        live = HomeAssistantBackend(store, HaConfig(relay.url, ha_server.token,
                                                    max_backoff=1.0))
        live.start()
        try:
            assert live.wait_connected(20), live.status().message
            ha_server.rest("DELETE", f"/api/states/{LAMP}")
            ha_server.rest("POST", f"/api/states/{out}", {
                "state": "unavailable", "attributes": {"friendly_name": out}})
            assert wait_for(lambda: LAMP not in _ids(store, relay.url)
                            and "unavailable" in _ids(store, relay.url).get(out, {}))
            assert live.status().listed_at is None  # connected: the list is of now
        finally:
            live.close()
    finally:
        relay.close()
        present = {s["entity_id"] for s in ha_server.rest("GET", "/api/states")}
        for lamp in {LAMP, out} & present:
            ha_server.rest("DELETE", f"/api/states/{lamp}")
    assert LAMP in {d.id for d in store.devices()}  # the database still has it
    kept = last_listed(store, listed_home(relay.url))
    again = HomeAssistantBackend(store, HaConfig(relay.url, ha_server.token, max_backoff=1.0))
    again.start()
    try:
        assert not again.wait_connected(10, first_try=True)
        devices = {d.id: d for d in again.devices()}
        assert set(devices) == {d["id"] for d in kept.devices} and LAMP not in devices
        assert devices[out].describe() == "unavailable, Home Assistant said"
        assert again.status().listed_at == kept.listed_at and not again.status().connected
    finally:
        again.close()
