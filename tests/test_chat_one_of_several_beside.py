"""A kind the home has several of, named beside another device ("turn on the tv and the
lamp" with three lamps), is asked about as it is alone ("turn on the lamp"): it turned
on all three lamps without a word. Nothing runs until the lamp is picked; the pick runs
both (``_command_one._targets``, ``part_reading``)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

_LAMPS = ("light.bedroom_lamp", "light.living_room_lamp", "light.desk_lamp")


def _lit(store) -> list[str]:
    return [d for d in _LAMPS if store.device(d).state["on"]]


def test_the_lamp_beside_the_tv_is_asked_about(store):
    assistant, _events = make_assistant(store)
    reply = said(assistant, "turn on the tv and the lamp")
    assert len(reply) == 1 and reply[0].startswith("Nothing has run yet.")
    assert "Desk lamp" in reply[0] and reply[0].endswith("?")
    assert _lit(store) == [] and store.device("media_player.tv").state["on"] is False
    assert said(assistant, "the desk one") == ["TV: on.", "Desk lamp: on."]
    assert _lit(store) == ["light.desk_lamp"]


def test_the_lamp_said_first_is_asked_about_too(store):
    assistant, _events = make_assistant(store)
    reply = said(assistant, "turn on the lamp and the tv")
    assert reply[0].startswith("Nothing has run yet.") and _lit(store) == []


def test_one_lamp_that_is_on_is_the_one_turned_off(store):
    """"turn off the lamp" with one lamp on means that one, beside the tv too."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "turn on the tv")
    assert said(assistant, "turn off the tv and the lamp") == ["TV: off.", "Desk lamp: off."]


def test_the_lamps_are_all_of_them(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv and the lamps")
    assert _lit(store) == list(_LAMPS)
