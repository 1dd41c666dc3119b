""""Both" said of more things than two asks which two: with three lamps, "turn on both
lamps" turned on all three; now "Which two do you mean: ...?", asked again after a
"yes", and answered by naming them (``CommandReader._command`` sets the command's
``pick``; ``which_one.which_of`` words the question)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

_LAMPS = ("light.bedroom_lamp", "light.living_room_lamp", "light.desk_lamp")


def _lit(store) -> list[str]:
    return [d for d in _LAMPS if store.device(d).state["on"]]


def test_both_lamps_of_three_asks_which_two(store):
    assistant, _events = make_assistant(store)
    question = "Which two do you mean: Bedroom lamp, Living room lamp or Desk lamp?"
    assert said(assistant, "turn on both lamps") == [question]
    assert said(assistant, "yes") == [question]  # was all three on
    assert _lit(store) == []
    assert said(assistant, "the desk lamp and the bedroom lamp") == [
        "Bedroom lamp: on.", "Desk lamp: on."]
    assert _lit(store) == ["light.bedroom_lamp", "light.desk_lamp"]


def test_both_of_two_is_those_two(store):
    assistant, _events = make_assistant(store)
    assert sorted(said(assistant, "turn on both the desk lamp and the bedroom lamp")) == [
        "Bedroom lamp: on.", "Desk lamp: on."]
    assert sorted(said(assistant, "turn on both lights in the living room")) == [
        "Ceiling light: on.", "Living room lamp: on."]


def test_while_teaching_both_of_three_is_asked_too(store):
    assistant, _events = make_assistant(store)
    question = "Which two do you mean: Bedroom lamp, Living room lamp or Desk lamp?"
    said(assistant, "teach", "lamps time")
    assert said(assistant, "turn on both lamps") == [question]
    assert said(assistant, "yes") == [question]  # was all three taught
    assert said(assistant, "the desk lamp and the bedroom lamp") == [
        "Bedroom lamp and Desk lamp → on, when the routine runs."]


def test_the_first_two_or_the_last_two_are_picked_by_position(store):
    # (was "This home has no first. I can set Bedroom fan, …")
    question = "Which two do you mean: Bedroom lamp, Living room lamp or Desk lamp?"
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn on both lamps") == [question]
    assert said(assistant, "the first two") == ["Bedroom lamp: on.", "Living room lamp: on."]
    assert _lit(store) == ["light.bedroom_lamp", "light.living_room_lamp"]
    said(assistant, "turn off all the lamps")
    assert said(assistant, "turn on both lamps") == [question]
    assert said(assistant, "the last two please") == [
        "Living room lamp: on.", "Desk lamp: on."]
    assert _lit(store) == ["light.living_room_lamp", "light.desk_lamp"]
