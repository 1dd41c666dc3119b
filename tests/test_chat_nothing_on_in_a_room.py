"""A question about a room as a whole with nothing on there names the room: "what's on
in the living room?" said "Nothing is on. Living room blinds are closed.", as if of the
whole home; "is anything on in the kitchen?" said only "Coffee maker and Kitchen lights
are off." (``cues._states``, ``CommandParser.rooms_asked_whole``)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_nothing_on_in_the_room_asked_about_names_it(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "what's on in the living room?") == [
        "Nothing is on in the Living room. Living room blinds are closed."]
    assert said(assistant, "is anything on in the kitchen?") == [
        "Nothing is on in the Kitchen: Coffee maker and Kitchen lights are off."]
    assert said(assistant, "what's on in the kitchen and the office?") == [
        "Nothing is on in the Kitchen and the Office: all 4 devices are off."]


def test_something_on_there_is_said_as_before(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "what's on in the living room?")[0].startswith("TV is on.")


def test_the_whole_home_and_a_kind_are_as_before(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "what's on?")[0].startswith("Nothing is on. Front door is locked.")
    assert said(assistant, "are the lights on in the living room?") == [
        "Ceiling light and Living room lamp are off."]
