"""Home Assistant entities <-> teachapp devices, both ways, without a server."""

from __future__ import annotations

import pytest

from teachapp.domain import validate_changes
from teachapp.home.ha_client import HaConnectError, normalize_url, websocket_url
from teachapp.home.ha_mapping import (
    UNASSIGNED,
    brightness_to_percent,
    celsius_from,
    celsius_to,
    confirms,
    entity_from_state,
    expected,
    percent_to_brightness,
    room_of,
    service_calls,
    state_from_entity,
)


def entity(entity_id, state, room="Room", **attributes):
    return entity_from_state({"entity_id": entity_id, "state": state,
                              "attributes": attributes}, room)


LAMP = dict(supported_color_modes=["color_temp", "hs"], min_color_temp_kelvin=2000,
            max_color_temp_kelvin=6535, friendly_name="Bed Light")


def test_units_both_ways():
    assert brightness_to_percent(255) == 100 and brightness_to_percent(0) == 0
    assert brightness_to_percent(180) == 71
    assert all(brightness_to_percent(percent_to_brightness(p)) == p for p in range(101))
    assert celsius_from(70, "°F") == 21 and celsius_to(21, "°F") == 69.8
    assert celsius_from(21.3, "°C") == 21.5 and celsius_to(21.5, "°C") == 21.5


def test_light_state_and_calls():
    on = entity("light.bed_light", "on", brightness=180, color_temp_kelvin=2631, **LAMP)
    assert on.name == "Bed Light" and on.attributes == ("on", "brightness", "color_temp")
    assert state_from_entity(on) == {"on": True, "brightness": 71, "color_temp": 2631}
    off = entity("light.bed_light", "off", brightness=None, color_temp_kelvin=None, **LAMP)
    assert state_from_entity(off) == {"on": False}  # brightness kept by the caller
    calls = service_calls(off, validate_changes("light.bed_light",
                                                {"on": True, "brightness": 40,
                                                 "color_temp": 6500}))
    assert [(c.domain, c.service, c.data) for c in calls] == [
        ("light", "turn_on", {"brightness_pct": 40, "color_temp_kelvin": 6500})]
    assert [c.service for c in service_calls(on, {"on": False, "brightness": 10})] == [
        "turn_off"]
    assert expected(on, {"on": False, "brightness": 10}) == {"on": False}
    mireds = entity("light.old", "on", brightness=255, color_temp=400,
                    supported_color_modes=["color_temp"])
    assert state_from_entity(mireds)["color_temp"] == 2500


def test_a_light_without_colour_temperature_refuses_it():
    rgb = entity("light.office", "on", brightness=180, supported_color_modes=["rgbw"])
    assert rgb.attributes == ("on", "brightness")
    with pytest.raises(ValueError, match="color_temp"):
        service_calls(rgb, {"color_temp": 3000})
    onoff = entity("light.plain", "on", supported_color_modes=["onoff"])
    assert onoff.attributes == ("on",)


def test_cover_lock_climate_fan_player():
    cover = entity("cover.hall_window", "open", current_position=10, supported_features=15)
    assert state_from_entity(cover) == {"position": 10}
    assert service_calls(cover, {"position": 30})[0].data == {"position": 30}
    garage = entity("cover.garage_door", "closed", supported_features=3)
    assert state_from_entity(garage) == {"position": 0}
    assert service_calls(garage, {"position": 100})[0].service == "open_cover"
    with pytest.raises(ValueError, match="only open"):
        service_calls(garage, {"position": 50})
    closing = entity("cover.hall_window", "closing", current_position=30,
                     supported_features=15)
    assert not confirms(closing, {"position": 30})  # not settled yet

    lock = entity("lock.front_door", "locking")
    assert not confirms(lock, {"locked": True})
    assert confirms(entity("lock.front_door", "locked"), {"locked": True})
    assert service_calls(lock, {"locked": False})[0].service == "unlock"

    hvac = entity("climate.hvac", "heat_cool", temperature=None, supported_features=1,
                  hvac_modes=["off", "heat", "cool", "heat_cool"])
    assert state_from_entity(hvac) == {"mode": "auto"}
    calls = service_calls(hvac, {"mode": "auto", "target_temp": 21}, "°F")
    assert [(c.service, c.data) for c in calls] == [
        ("set_hvac_mode", {"hvac_mode": "heat_cool"}),
        ("set_temperature", {"temperature": 69.8})]
    warm = entity("climate.hvac", "heat", temperature=69.8, supported_features=1,
                  hvac_modes=["heat"])
    assert state_from_entity(warm, "°F") == {"target_temp": 21, "mode": "heat"}

    fan = entity("fan.ceiling_fan", "on", percentage=67, percentage_step=33.33,
                 supported_features=1)
    assert state_from_entity(fan) == {"on": True, "speed": 67}
    assert confirms(fan, {"on": True, "speed": 60})  # fans snap to their steps
    assert not confirms(fan, {"on": True, "speed": 20})

    player = entity("media_player.lounge", "playing", volume_level=0.4, source="dvd",
                    source_list=["dvd", "youtube"], supported_features=128 | 256 | 4 | 2048)
    assert state_from_entity(player) == {"on": True, "volume": 40, "source": "dvd"}
    calls = service_calls(player, {"volume": 25, "source": "youtube"})
    assert [(c.service, c.data) for c in calls] == [
        ("volume_set", {"volume_level": 0.25}), ("select_source", {"source": "youtube"})]
    with pytest.raises(ValueError, match="no source 'radio'"):
        service_calls(player, {"source": "radio"})

    # an input said by voice ("switch the tv to hdmi 2") is the entity's own spelling
    tv = entity("media_player.tv", "on", volume_level=0.2, source="HDMI1",
                source_list=["HDMI1", "HDMI2", "TV"], supported_features=128 | 256 | 2048)
    calls = service_calls(tv, {"on": True, "source": "HDMI 2"})
    assert [(c.service, c.data) for c in calls][-1] == ("select_source", {"source": "HDMI2"})
    switched = entity("media_player.tv", "on", volume_level=0.2, source="HDMI2",
                      source_list=["HDMI1", "HDMI2", "TV"], supported_features=128 | 256 | 2048)
    assert confirms(switched, {"on": True, "source": "HDMI 2"})
    assert not confirms(tv, {"on": True, "source": "HDMI 2"})
    with pytest.raises(ValueError, match="no source 'HDMI 3'.*HDMI1, HDMI2, TV"):
        service_calls(tv, {"source": "HDMI 3"})


def test_unavailable_entities_report_nothing_and_confirm_nothing():
    gone = entity("switch.ac", "unavailable")
    assert not gone.available and state_from_entity(gone) == {}
    assert not confirms(gone, {"on": True})


def test_rooms_come_from_entity_then_device_area():
    areas = {"kitchen": "Kitchen", "office": "Office"}
    devices = {"d1": {"area_id": "kitchen"}, "d2": {"area_id": None}}
    entities = {"light.a": {"device_id": "d1", "area_id": None},
                "light.b": {"device_id": "d1", "area_id": "office"},
                "light.c": {"device_id": "d2", "area_id": None}}
    assert room_of("light.a", entities, devices, areas) == "Kitchen"
    assert room_of("light.b", entities, devices, areas) == "Office"
    assert room_of("light.c", entities, devices, areas) == UNASSIGNED
    assert room_of("lock.no_unique_id", entities, devices, areas) == UNASSIGNED


def test_urls():
    assert normalize_url("homeassistant.local:8123/") == "http://homeassistant.local:8123"
    assert websocket_url("https://ha.example:8123") == "wss://ha.example:8123/api/websocket"
    assert normalize_url("ws://h:1/api/websocket") == "http://h:1"
    for bad in ("", "ftp://x", "http://", "http://h:notaport"):
        with pytest.raises(HaConnectError):
            normalize_url(bad)
