""""what do you have?", "what's in my home?": a new user's first question about the
home lists its devices by room, as "what devices are there?" does. They were 'I don't
know "what do you have?". Shall I learn it?' and 'I can't answer "what's in my home?"
…'."""

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize("question", ["what do you have?", "what's in my home?",
                                      "what is there in the house?", "what have you got"])
def test_the_home_is_listed(store, question):
    assistant, _events = make_assistant(store)
    assert said(assistant, question) == said(assistant, "what devices are there?")
    assert said(assistant, question)[0] == "I can control 12 devices:"
