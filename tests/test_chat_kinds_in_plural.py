"""A kind said in the plural is every device of that kind, as "turn off the lights" is,
even when one of them is called by the kind's word: with a Thermostat and an Upstairs
thermostat, "set the thermostats to 22" set only Thermostat (the name matched the word
"thermostats")."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.domain import Device, default_state

_UPSTAIRS = Device("climate.upstairs_thermostat", "Upstairs thermostat", "Bedroom",
                   {**default_state("climate"), "target_temp": 20})


def test_the_thermostats_are_every_thermostat(store):
    store.save_devices([_UPSTAIRS])
    assistant, _events = make_assistant(store)
    assert sorted(said(assistant, "set the thermostats to 22")) == [
        "Thermostat: target temp 22 °C.", "Upstairs thermostat: target temp 22 °C."]
    assert store.device("climate.upstairs_thermostat").state["target_temp"] == 22
    assert store.device("climate.thermostat").state["target_temp"] == 22
    said(assistant, "turn the thermostats down")
    assert store.device("climate.upstairs_thermostat").state["target_temp"] == 21
    assert store.device("climate.thermostat").state["target_temp"] == 21


def test_the_thermostat_is_still_the_one_called_so(store):
    store.save_devices([_UPSTAIRS])
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the thermostat to 22") == ["Thermostat: target temp 22 °C."]
    assert store.device("climate.upstairs_thermostat").state["target_temp"] == 20
