"""A state question names the level it reads: "is the tv on" said "TV is on at 30 %."
(30 % of what?); now "TV is on, volume 30 %.", and so for every kind whose state has a
level: a light's brightness, a fan's speed, a cover's position
(``teaching.spoken_state``)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_each_kind_names_its_level(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "desk lamp to 60 percent", "turn on the bedroom fan",
         "open the blinds to 40 percent")
    assert said(assistant, "is the tv on", "is the desk lamp on", "is the fan on",
                "are the blinds open", "is the thermostat on") == [
        "TV is on, volume 30 %.", "Desk lamp is on, brightness 60 %.",
        "Bedroom fan is on, speed 50 %.", "Living room blinds are open, position 40 %.",
        "Thermostat is set to heat to 20 °C."]
    said(assistant, "open the blinds", "switch the tv to hdmi 2")
    assert said(assistant, "are the blinds open", "is the tv on") == [
        "Living room blinds are open.", "TV is on, volume 30 %, source HDMI 2."]


def test_many_devices_are_said_without_their_levels(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "desk lamp to 60 percent")
    assert said(assistant, "how many lights are on") == ["1 of the 5 lights is on: Desk lamp."]
    assert said(assistant, "what's on in the office") == [
        "Desk lamp is on, brightness 60 %. Office speaker is off."]
