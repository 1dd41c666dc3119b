""""don't turn it off" (a pronoun after "don't") does nothing and says what it did not do,
as "don't turn off the tv" does: it was 'I don't know "don't turn it off". Shall I learn
it?', and the next command was offered as its meaning ('Shall "don't turn it off" do that
from now on?'). "it" is what the last run acted on (``negated``, ``command_turns``)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_dont_turn_it_off_after_a_run_names_the_device(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "don't turn it off") == ["OK, I won't turn off TV."]
    assert store.device("media_player.tv").state["on"] is True


def test_them_is_every_device_of_the_last_run(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp and the tv")
    reply = said(assistant, "please don't turn them off")
    assert reply[0].startswith("OK, I won't turn off Desk lamp") and "TV" in reply[0]
    assert store.device("light.desk_lamp").state["on"] is True


def test_with_nothing_run_it_is_no_phrase_to_learn(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "don't turn it off") == ["OK, I won't."]
    assert said(assistant, "turn on the tv") == ["TV: on."]  # (no "Shall … do that …?")
