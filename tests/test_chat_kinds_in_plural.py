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
        "Thermostat: set to 22 °C.", "Upstairs thermostat: set to 22 °C."]
    assert store.device("climate.upstairs_thermostat").state["target_temp"] == 22
    assert store.device("climate.thermostat").state["target_temp"] == 22
    said(assistant, "turn the thermostats down")
    assert store.device("climate.upstairs_thermostat").state["target_temp"] == 21
    assert store.device("climate.thermostat").state["target_temp"] == 21


def test_the_thermostat_is_still_the_one_called_so(store):
    store.save_devices([_UPSTAIRS])
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the thermostat to 22") == ["Thermostat: set to 22 °C."]
    assert store.device("climate.upstairs_thermostat").state["target_temp"] == 20


def test_the_plural_of_a_name_or_of_any_word_for_a_kind_is_every_device_so_called(store):
    """"turn off the tvs" was "This home has no tvs." ("tvs" kept its "s": a word of
    three letters), and "turn off the televisions" or "the tellies" was no command (the
    file listed no plural of them): each is every TV, and only the TVs."""
    store.save_devices([Device("media_player.bedroom_tv", "Bedroom TV", "Bedroom",
                               {**default_state("media_player"), "on": True})])
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv and the office speaker")
    assert sorted(said(assistant, "turn off the tvs")) == ["Bedroom TV: off.", "TV: off."]
    assert store.device("media_player.office_speaker").state["on"] is True
    for plural in ("televisions", "tellies", "tv's"):
        said(assistant, f"turn on the {plural}")
        assert store.device("media_player.tv").state["on"] is True
        assert store.device("media_player.bedroom_tv").state["on"] is True
        said(assistant, "turn off the tv and the bedroom tv")
