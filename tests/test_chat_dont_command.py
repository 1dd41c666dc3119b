"""A device command with "don't" before it does nothing and says so: "don't turn on the
tv" was "I don't know "don't turn on the tv". Shall I learn it?"; now "OK, I won't turn
on TV.", and nothing changes."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_a_command_not_wanted_is_not_done_and_said_so(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "don't turn on the tv") == ["OK, I won't turn on TV."]
    assert store.device("media_player.tv").state["on"] is False
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "please don't switch off the desk lamp") == [
        "OK, I won't turn off Desk lamp."]
    assert store.device("light.desk_lamp").state["on"] is True
    assert said(assistant, "do not set the heating to 25")[0].startswith("OK, I won't set "
                                                                         "Thermostat")
    assert store.device("climate.thermostat").state["target_temp"] != 25


def test_words_that_are_no_command_are_not_answered_so(store):
    assistant, _events = make_assistant(store)
    assert not said(assistant, "don't forget to buy milk")[0].startswith("OK, I won't")
