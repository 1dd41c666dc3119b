"""A change up or down that would change nothing says the level is at its end: "make the
desk lamp brighter" at 100 % read back "Desk lamp: on, brightness 100 %." (and, beside
another request, "Turn up Desk lamp and ..."), as if it had done something; now "Desk
lamp is already at its brightest.", for every level at its limit, and nothing runs
(``_command_changes.at_limit``, ``DeviceCommand.limit``)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_each_level_at_its_end_says_so(store):
    assistant, _events = make_assistant(store)
    said(assistant, "set the desk lamp to 100 percent", "turn the tv volume to 100",
         "set the thermostat to 35", "set the fan to high", "set the lamps to 1 percent")
    assert said(assistant, "make the desk lamp dimmer") == [
        "Desk lamp is already at its dimmest."]
    assert said(assistant, "turn the lamps down") == [
        "Bedroom lamp, Living room lamp and Desk lamp are already at their dimmest."]
    said(assistant, "set the desk lamp to 100 percent")
    assert said(assistant, "make the desk lamp brighter") == [
        "Desk lamp is already at its brightest."]
    assert said(assistant, "turn up the tv") == ["TV is already at its loudest."]
    assert said(assistant, "make it warmer") == ["Thermostat is already at its warmest."]
    assert said(assistant, "turn the fan up") == ["Bedroom fan is already at its fastest."]
    assert said(assistant, "undo") == [  # nothing ran: the last run is still the lamp's
        "Undone: Desk lamp put back."]


def test_beside_another_request_the_rest_runs(store):
    assistant, _events = make_assistant(store)
    said(assistant, "set the desk lamp to 100 percent", "turn the tv volume to 100")
    assert said(assistant, "make the desk lamp brighter and the tv louder") == [
        "Desk lamp is already at its brightest. TV is already at its loudest."]
    assert said(assistant, "turn on the kitchen lights and make the desk lamp brighter") == [
        "Kitchen lights: on.", "Desk lamp is already at its brightest."]


def test_a_step_short_of_the_end_is_taken(store):
    assistant, _events = make_assistant(store)
    said(assistant, "set the desk lamp to 95 percent")
    assert said(assistant, "make the desk lamp brighter") == [
        "Desk lamp: on, brightness 100 %."]


def test_an_off_light_dimmed_comes_on_low(store):
    """"dim the ceiling light" with it off said "Ceiling light is already off." (taught
    while teaching, a step "→ off"): a person asking to dim a light that is off wants it
    on and low, at 30 % (before that it lit it at 75 %, a step down from the 100 % it was
    left at, brighter than asked). A light felt too bright, or an off fan turned down,
    stays off; turned up, a light comes on at a step, as before."""
    assistant, _events = make_assistant(store)
    assert said(assistant, "dim the ceiling light") == ["Ceiling light: on, brightness 30 %."]
    assert store.device("light.ceiling_light").state.get("on")
    assert said(assistant, "the bedroom is too bright") == ["Bedroom lamp is already off."]
    assert said(assistant, "turn down the fan") == ["Bedroom fan is already off."]
    assert said(assistant, "make the kitchen lights brighter") == [
        "Kitchen lights: on, brightness 25 %."]
    said(assistant, "set the lights to 1 percent")
    assert said(assistant, "turn the lights down") == [
        "All 5 lights are already at their dimmest."]  # (named all five)
