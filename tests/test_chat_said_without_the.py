"""Commands and questions as the recorded speech of real people says them (speech-to-
phrase's test recordings, heard by Whisper): "turn on standing light" with no "the" was
"I don't know ... Shall I learn it?" while "turn on the standing light" said the home has
none and what it can turn on; "what's the weather like in new york" was "This home has
no new york." (``thing_said``; ``Questions.asked_out_of_place``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize(("utterance", "lead"), [
    ("turn on standing light", "This home has no standing light. I can turn on "),
    ("turn on standing lights", "This home has no standing lights. I can turn on "),
    ("set bed light brightness to 50 percent", "This home has no bed light. I can set "),
    ("switch on reading lamp please", "This home has no reading lamp. I can turn on "),
])
def test_a_thing_named_without_the_is_said_missing(store, utterance, lead):
    assistant, _events = make_assistant(store)
    before = [d.state for d in store.devices()]
    (reply,) = said(assistant, utterance)
    assert reply.startswith(lead), reply
    assert [d.state for d in store.devices()] == before


@pytest.mark.parametrize("utterance", ["turn on party mode", "turn on toaster",
                                       "set sunrise to slow"])
def test_words_with_no_kind_word_and_no_the_are_still_offered_for_teaching(store, utterance):
    """Only a name ending in a kind word ("light", "lamp") is a thing without "the": "turn
    on party mode" may be a routine's phrase still to teach."""
    assistant, _events = make_assistant(store)
    assert said(assistant, utterance) == [f'I don\'t know "{utterance}". Shall I learn it?']


@pytest.mark.parametrize("utterance", ["what's the weather like in new york",
                                       "is it raining in paris", "is it sunny in the garden"])
def test_the_weather_somewhere_is_no_place_of_the_home(store, utterance):
    assistant, _events = make_assistant(store)
    (reply,) = said(assistant, utterance)
    assert reply.startswith(f'I can\'t answer "{utterance}": I know this home\'s devices'), reply


@pytest.mark.parametrize(("utterance", "lead"), [
    ("is the light on in the garage", "This home has no garage. Its 5 lights"),
    ("what's on in the garage", "This home has no garage. Its rooms are"),
])
def test_a_place_the_home_lacks_is_still_said_so(store, utterance, lead):
    assistant, _events = make_assistant(store)
    (reply,) = said(assistant, utterance)
    assert reply.startswith(lead), reply
