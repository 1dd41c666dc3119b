""""turn the bedroom warmer" where the bedroom has no heating was offered for teaching
('I don't know "turn the bedroom warmer". Shall I learn it?'), and so was "make the
hallway brighter" with no light there: a relative change said of a room alone is of the
kind whose setting it changes, and a room without one is told so, with where one is."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_a_room_without_the_kind_a_change_is_of_says_where_one_is(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn the bedroom warmer") == [
        "There's no heating control in the Bedroom; there is one in the Hallway. I can turn "
        "up Thermostat."]
    assert said(assistant, "make the bedroom cooler") == [
        "There's no heating control in the Bedroom; there is one in the Hallway. I can turn "
        "down Thermostat."]
    assert store.device("climate.thermostat").state["target_temp"] == 20
    brighter = said(assistant, "make the hallway brighter")
    assert len(brighter) == 1 and brighter[0].startswith(
        "There's no light in the Hallway; there are some in the "), brighter
    assert "the Office. I can turn up Bedroom lamp, " in brighter[0]
    assert store.device("light.desk_lamp").state["on"] is False


def test_a_room_with_the_kind_is_changed(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "make the hallway warmer") == ["Thermostat: set to 21 °C."]
    assert said(assistant, "make the office brighter")[0].startswith("Desk lamp: on")
