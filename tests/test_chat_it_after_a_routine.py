""""turn it down" right after a routine that turned the lights off and the TV on is the
TV's: a level said of several devices leaves out those it would switch on while another
is on. It switched all the lights back on at 30 % and the TV's volume down
(``PartReading._about_context``)."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

_LIGHTS = ("light.living_room_lamp", "light.ceiling_light", "light.desk_lamp")


def test_a_level_said_of_it_is_the_one_on(store):
    add_routine(store, "Movie time", ["movie time"], [
        *(SetStep(light, {"on": False}) for light in _LIGHTS),
        SetStep("media_player.tv", {"on": True, "volume": 40})])
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "movie time")
    assert said(assistant, "turn it down") == ["TV: volume 30 %."]
    assert not any(store.device(light).state.get("on") for light in _LIGHTS)


def test_with_none_of_them_on_a_level_still_switches_them_on(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp and the bedroom lamp")
    said(assistant, "turn off the desk lamp and the bedroom lamp")
    assert said(assistant, "dim them") == ["Desk lamp: on, brightness 30 %.",
                                           "Bedroom lamp: on, brightness 30 %."]
