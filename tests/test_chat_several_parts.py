"""A sentence of several parts is told as each part alone would be: its values with
their units ("Turn off TV and set Thermostat to 20 °C.", was "... to 20." with no unit)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_a_value_of_several_parts_is_said_with_its_unit(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv and set the thermostat to 20") == [
        "Turn off TV and set Thermostat to 20 °C."]
    assert said(assistant, "reading mode and set the thermostat to 19") == [
        "Reading mode and set Thermostat to 19 °C."]
    assert said(assistant, "close the blinds and set the tv to 25") == [
        "Close Living room blinds and set TV to 25 %."]
