"""Device kinds and attribute validation, as DESIGN.md's table says."""

import pytest

from teachapp.domain import ATTRIBUTES, coerce_value, describe_state, validate_device_id
from teachapp.errors import AttributeValueError, UnknownDeviceError


def test_the_seven_kinds_and_their_attributes():
    assert {k: sorted(v) for k, v in ATTRIBUTES.items()} == {
        "light": ["brightness", "color_temp", "on"],
        "switch": ["on"],
        "climate": ["mode", "target_temp"],
        "lock": ["locked"],
        "cover": ["position"],
        "media_player": ["on", "source", "volume"],
        "fan": ["on", "speed"],
    }


@pytest.mark.parametrize(("device", "attribute", "given", "expected"), [
    ("light.lamp", "on", "on", True),
    ("light.lamp", "on", "false", False),
    ("light.lamp", "brightness", "80", 80),
    ("light.lamp", "brightness", "80%", 80),
    ("light.lamp", "color_temp", 2700, 2700),
    ("climate.t", "target_temp", "19.5", 19.5),
    ("climate.t", "target_temp", 19.0, 19),
    ("climate.t", "mode", "Heat", "heat"),
    ("lock.door", "locked", True, True),
    ("cover.blinds", "position", 0, 0),
    ("media_player.tv", "source", "HDMI 1", "HDMI 1"),
    ("fan.f", "speed", 100, 100),
])
def test_values_are_coerced_to_canonical_form(device, attribute, given, expected):
    value = coerce_value(device, attribute, given)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(("device", "attribute", "value", "words"), [
    ("light.lamp", "brightness", 101, ["light.lamp", "brightness", "0–100"]),
    ("light.lamp", "color_temp", 1500, ["color_temp", "2000–6500"]),
    ("climate.t", "target_temp", 40, ["target_temp", "5–35"]),
    ("climate.t", "mode", "dry", ["mode", "off, heat, cool, auto"]),
    ("lock.door", "locked", "maybe", ["locked", "true or false"]),
    ("light.lamp", "brightness", "bright", ["brightness"]),
    ("light.lamp", "brightness", float("nan"), ["brightness"]),
])
def test_bad_values_name_device_attribute_and_range(device, attribute, value, words):
    with pytest.raises(AttributeValueError) as info:
        coerce_value(device, attribute, value)
    for word in words:
        assert word in str(info.value)


def test_unknown_attribute_lists_the_kind_attributes():
    with pytest.raises(AttributeValueError, match="a lock has locked"):
        coerce_value("lock.front_door", "brightness", 10)


@pytest.mark.parametrize("bad", ["lamp", "Light.Lamp", "toaster.kitchen", "light.", ""])
def test_device_ids_are_checked(bad):
    with pytest.raises(UnknownDeviceError):
        validate_device_id(bad)


def test_states_read_back_in_words():
    assert describe_state("light", {"on": True, "brightness": 80}) == "on, brightness 80 %"
    assert describe_state("lock", {"locked": False}) == "unlocked"
    # a cover at either end reads as closed or open; between, as a position
    assert describe_state("cover", {"position": 0}) == "closed"
    assert describe_state("cover", {"position": 100}) == "open"
    assert describe_state("cover", {"position": 40}) == "position 40 %"
    assert describe_state("climate", {"target_temp": 19}) == "set to 19 °C"
    assert describe_state("climate", {"target_temp": 19, "mode": "off"}) == "set to 19 °C, off"
