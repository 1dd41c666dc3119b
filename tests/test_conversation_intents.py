"""The small words of the dialogue, as a person says them: asking to teach in one's own
words starts teaching; a command or a phrase to teach does not pass for it."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.conversation.intents import intent, teach_phrase


@pytest.mark.parametrize("text", [
    "teach", "i want to teach you something", "let me teach you something",
    "can i teach you a new phrase", "I'd like to add a new routine", "let's make a new routine",
    "create a shortcut please", "can you learn something new", "set up a new scene",
    "is it possible to teach you a trick", "record a routine",
    # a hesitation or a wake word first, as a recogniser writes them (they were offered
    # as phrases to learn: "I don't know "um can you learn a new one". Shall I learn it?")
    "um can you learn a new one", "hey teachapp teach me something",
    "hey computer, teach mode", "alexa, learn something new",
])
def test_asking_to_teach_in_ones_own_words_starts_teaching(text):
    assert intent(text) == "teach"
    assert teach_phrase(text) is None


@pytest.mark.parametrize("text", [
    "make the lights brighter", "make a cup of tea", "add the lamp", "make it brighter",
    "what can i teach you about the weather", "teach study mode", "computer off",
])
def test_commands_and_phrases_to_teach_are_not_a_request_to_teach(text):
    assert intent(text) is None


def test_teach_names_its_phrase():
    assert teach_phrase("teach study mode") == "study mode"
    assert teach_phrase("learn the phrase movie night") == "movie night"


def test_i_want_to_teach_you_something_asks_for_the_phrase(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "I want to teach you something") == ["What's the phrase?"]
    said(assistant, "porch light")
    said(assistant, "turn on the desk lamp", "done", "yes")
    assert store.routine("porch light").phrases[0].text == "porch light"
