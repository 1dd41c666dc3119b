"""Which devices Home Assistant last listed, and when, kept where Zigbee2MQTT's list is
(``home.listed``, the database's ``device_list``), against a real Home Assistant:
an entity that comes, goes or becomes unavailable changes the list; nothing mocked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ha_support import wait_for

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
        assert abs(kept.at - datetime.now(UTC)) < timedelta(minutes=1)
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
