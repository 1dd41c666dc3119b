"""A switched-off ("paused") routine's phrase said loosely, or beside another request,
is told as switched off: only its phrase said word for word was; "goodnight", "run good
night" and "good night and turn on the desk lamp" were offered as a new phrase to learn,
whose "yes" began teaching a second routine under its words."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

_OFF = 'Good night is switched off, so I did nothing. Say "enable good night" to switch it on.'


@pytest.fixture()
def paused(store):
    add_routine(store, "Good night", ["good night"], [
        SetStep("media_player.tv", {"on": False}), SetStep("lock.front_door", {"locked": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "pause good night")
    return store, assistant


@pytest.mark.parametrize("text", ["good night", "goodnight", "run good night",
                                  "good night please"])
def test_the_phrase_said_loosely_is_told_as_switched_off(paused, text):
    _store, assistant = paused
    assert said(assistant, text) == [_OFF]


def test_beside_another_request_the_rest_runs_and_it_is_told(paused):
    store, assistant = paused
    assert said(assistant, "good night and turn on the desk lamp") == [
        "Desk lamp: on.",
        'Good night is switched off, so I left it out. Say "enable good night" to switch it on.']
    assert store.device("light.desk_lamp").state["on"] is True


def test_other_words_are_still_offered_and_resumed_it_runs(paused):
    store, assistant = paused
    assert said(assistant, "good morning") == ['I don\'t know "good morning". Shall I learn it?']
    said(assistant, "no", "resume good night")
    assert said(assistant, "goodnight")[0].startswith("Good night:")
    assert store.routine("Good night").enabled
