"""Zigbee2MQTT exposes and payloads <-> teachapp kinds and attributes (no broker)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mqtt_support import (
    Z2MSimulator,
    climate_exposes,
    cover_exposes,
    fan_exposes,
    household,
    light_exposes,
    lock_exposes,
)

from teachapp.domain import validate_changes
from teachapp.errors import AttributeValueError
from teachapp.home.z2m import (
    Z2MDevice,
    brightness_to_percent,
    confirmed_properties,
    kelvin_to_mireds,
    kind_and_features,
    mireds_to_kelvin,
    parse_bridge_devices,
    percent_to_brightness,
    slugify,
    state_from_payload,
    to_set_payload,
)


def _devices() -> dict[str, Z2MDevice]:
    payload = Z2MSimulator("127.0.0.1", 1, household()).bridge_devices()
    return {d.device_id: d for d in parse_bridge_devices(payload)}


def test_discovery_maps_every_kind_and_leaves_out_what_cannot_be_driven():
    devices = _devices()
    assert set(devices) == {
        "light.living_room_lamp", "light.desk_lamp", "switch.kitchen_coffee_maker",
        "lock.front_door", "cover.bedroom_blinds", "climate.hallway_thermostat",
        "fan.bedroom_fan", "light.garage_broken_lamp", "light.porch_light"}
    lamp = devices["light.living_room_lamp"]
    assert (lamp.name, lamp.room, lamp.friendly_name) == ("Lamp", "Living room",
                                                          "Living room/Lamp")
    assert lamp.attributes == ["on", "brightness", "color_temp"]
    assert devices["light.desk_lamp"].name == "Desk lamp"
    assert devices["light.desk_lamp"].attributes == ["on", "brightness"]
    assert devices["climate.hallway_thermostat"].feature("target_temp").property == \
        "current_heating_setpoint"
    assert devices["fan.bedroom_fan"].feature("speed").values == ("low", "medium", "high")


def test_discovery_skips_disabled_unsupported_and_half_interviewed_devices():
    entry = {"friendly_name": "x", "type": "Router", "definition": {"exposes": light_exposes()}}
    assert parse_bridge_devices([entry])
    for bad in ({"disabled": True}, {"supported": False}, {"interview_completed": False},
                {"definition": None}):
        assert parse_bridge_devices([{**entry, **bad}]) == []
    assert parse_bridge_devices(b"not json") == []
    assert parse_bridge_devices(b'{"not": "a list"}') == []


def test_same_slug_gets_a_unique_id_and_ieee_names_use_the_model():
    def entry(name):
        return {"friendly_name": name, "type": "Router",
                "definition": {"vendor": "IKEA", "description": "TRADFRI bulb",
                               "exposes": light_exposes()}}
    devices = parse_bridge_devices([entry("Desk lamp"), entry("desk-lamp"),
                                    entry("0x000b57fffec6a5b2")])
    assert [d.device_id for d in devices] == [
        "light.desk_lamp", "light.desk_lamp_2", "light.0x000b57fffec6a5b2"]
    assert devices[2].name == "IKEA TRADFRI bulb"


def test_slugify():
    assert slugify("Living room/Lamp") == "living_room_lamp"
    assert slugify("Küche Decke") == "kuche_decke"
    assert slugify("///") == "device"


def test_a_device_with_only_read_only_features_is_not_driven():
    exposes = [{"type": "switch", "features": [
        {"type": "binary", "name": "state", "property": "state", "access": 1,
         "value_on": "ON", "value_off": "OFF"}]}]
    assert kind_and_features(exposes) is None


@given(st.integers(0, 100))
def test_brightness_percent_round_trips(percent):
    raw = percent_to_brightness(percent)
    assert 0 <= raw <= 254
    assert brightness_to_percent(raw) == percent
    assert (raw > 0) == (percent > 0)


@given(st.integers(2000, 6500))
def test_kelvin_round_trips_within_a_mired_step(kelvin):
    back = mireds_to_kelvin(kelvin_to_mireds(kelvin))
    assert abs(back - kelvin) <= kelvin * kelvin / 1_000_000  # one mired


def test_set_payloads_for_every_kind():
    d = _devices()

    def payload(device_id, **changes):
        return to_set_payload(d[device_id], validate_changes(device_id, changes))

    assert payload("light.living_room_lamp", on=True, brightness=80, color_temp=4000) == \
        {"state": "ON", "brightness": 203, "color_temp": 250}
    # beyond the bulb's range (153–454 mireds) it is clamped, as the bulb would do
    assert payload("light.living_room_lamp", color_temp=2000) == {"color_temp": 454}
    # switching off drops the level: Zigbee2MQTT ignores it with OFF
    assert payload("light.living_room_lamp", on=False, brightness=30) == {"state": "OFF"}
    assert payload("lock.front_door", locked=False) == {"state": "UNLOCK"}
    assert payload("cover.bedroom_blinds", position=40) == {"position": 40}
    assert payload("climate.hallway_thermostat", target_temp=21.3, mode="auto") == \
        {"current_heating_setpoint": 21.5, "system_mode": "auto"}
    assert payload("fan.bedroom_fan", on=True, speed=50) == \
        {"fan_state": "ON", "fan_mode": "medium"}
    assert payload("switch.kitchen_coffee_maker", on=True) == {"state": "ON"}


def test_set_payload_refuses_what_the_device_cannot_do():
    d = _devices()
    with pytest.raises(AttributeValueError, match=r"Desk lamp \(light.desk_lamp\) cannot "
                                                  r"set color_temp.*on, brightness"):
        to_set_payload(d["light.desk_lamp"], {"color_temp": 3000})
    with pytest.raises(AttributeValueError, match="no mode 'cool'.*off, heat, auto"):
        to_set_payload(d["climate.hallway_thermostat"], {"mode": "cool"})
    (kind, features) = kind_and_features([{"type": "cover", "features": [
        {"type": "enum", "name": "state", "property": "state", "access": 3,
         "values": ["OPEN", "CLOSE", "STOP"]}]}])
    simple = Z2MDevice("cover.shed", "Shed", "Shed", "", kind, tuple(features))
    assert to_set_payload(simple, {"position": 100}) == {"state": "OPEN"}
    with pytest.raises(AttributeValueError, match="only open or close fully"):
        to_set_payload(simple, {"position": 50})


def test_state_payloads_read_back_into_teachapp_attributes():
    d = _devices()
    assert state_from_payload(d["light.living_room_lamp"], {
        "state": "ON", "brightness": 254, "color_temp": 370, "linkquality": 90}) == \
        {"on": True, "brightness": 100, "color_temp": 2703}
    # a bulb at 153 mireds is 6536 K; teachapp's range stops at 6500 K
    assert state_from_payload(d["light.living_room_lamp"], {"color_temp": 153}) == \
        {"color_temp": 6500}
    assert state_from_payload(d["lock.front_door"], {"state": "UNLOCK"}) == {"locked": False}
    assert state_from_payload(d["cover.bedroom_blinds"], {"position": 35}) == {"position": 35}
    assert state_from_payload(d["climate.hallway_thermostat"], {
        "current_heating_setpoint": 21.5, "system_mode": "emergency_heating"}) == \
        {"target_temp": 21.5}
    assert state_from_payload(d["fan.bedroom_fan"], {"fan_state": "ON", "fan_mode": "high"}) \
        == {"on": True, "speed": 100}
    assert state_from_payload(d["light.desk_lamp"], {"state": None, "brightness": "x"}) == {}


def test_confirmation_needs_every_sent_property_within_the_device_step():
    d = _devices()
    lamp = d["light.living_room_lamp"]
    sent = {"state": "ON", "brightness": 203}
    assert confirmed_properties(lamp, sent, {"state": "ON", "brightness": 204}) == \
        {"state", "brightness"}
    assert confirmed_properties(lamp, sent, {"state": "OFF", "brightness": 150}) == set()
    assert confirmed_properties(lamp, sent, {"state": "on"}) == {"state"}
    thermostat = d["climate.hallway_thermostat"]
    assert confirmed_properties(thermostat, {"current_heating_setpoint": 21.5},
                                {"current_heating_setpoint": 21.5}) == {
        "current_heating_setpoint"}
    assert confirmed_properties(thermostat, {"current_heating_setpoint": 21.5},
                                {"current_heating_setpoint": 21}) == set()


@pytest.mark.parametrize("exposes,kind", [
    (light_exposes(), "light"), (lock_exposes(), "lock"), (cover_exposes(), "cover"),
    (climate_exposes(), "climate"), (fan_exposes(), "fan")])
def test_kind_comes_from_the_exposes_group(exposes, kind):
    assert kind_and_features(exposes)[0] == kind
