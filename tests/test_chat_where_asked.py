"""Questions of where, answered from the devices' rooms and states. "which rooms are the
lights on in?" was "This home has no which rooms. …", "where is the tv?" and "is the house
locked up?" were "I can't answer …", and "are any lights on upstairs?" in a home whose
rooms say no floor was "This home has no lights upstairs.", as if it had no lights."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_which_rooms_the_lights_are_on_in(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn off all the lights")
    assert said(assistant, "which rooms are the lights on in?") == [
        "No lights are on anywhere."]
    said(assistant, "turn on the kitchen lights", "turn on the desk lamp")
    expected = ["Lights are on in the Kitchen and the Office: Kitchen lights and Desk lamp."]
    assert said(assistant, "which rooms are the lights on in?") == expected
    assert said(assistant, "where are the lights on?") == expected
    assert said(assistant, "in which rooms are lights on") == expected
    assert said(assistant, "which room is the tv on in?") == [
        "TV is not on; it is in the Living room."]


def test_where_a_device_is(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "where is the tv?") == ["TV is in the Living room."]
    assert said(assistant, "where's the desk lamp") == ["Desk lamp is in the Office."]
    assert said(assistant, "which room is the fan in?") == ["Bedroom fan is in the Bedroom."]


def test_whether_the_house_is_locked_up(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "is the house locked up?") == ["Yes: Front door is locked."]
    said(assistant, "unlock the front door", "yes")
    assert said(assistant, "is everything locked") == ["No: Front door is unlocked."]


def test_a_floor_the_rooms_do_not_say_is_said_so(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn off all the lights")
    assert said(assistant, "are any lights on upstairs?") == [
        "I can't tell which lights are upstairs: this home's rooms don't say which floor "
        "they are on. Its 5 lights are all off."]
    assert said(assistant, "turn off the lights upstairs")[0].startswith(
        "I can't tell which lights are upstairs: ")
    assert said(assistant, "is the light on in the garage")[0].startswith(
        "This home has no garage.")  # (a room it lacks, as before)
