""""add a phrase to movie night": the new phrase is asked for, then added. It was read
as a step to add: "What should movie night do with it? Say it like "add turn off the
lamp to movie night".", and the phrase said next was offered for teaching."""

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

ASKED = 'What else should start movie night? Say the new phrase, or "cancel".'


@pytest.mark.parametrize("asked", ["add a phrase to movie night",
                                   "add another phrase for movie night",
                                   "give movie night another name",
                                   "add a new way to say movie night"])
def test_the_phrase_is_asked_for_then_added(store, asked):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    assert said(assistant, asked) == [ASKED]
    assert said(assistant, "film o'clock") == ['OK, "film o\'clock" will start movie night too.']
    assert said(assistant, "film o'clock") == ["Movie night: turned on TV."]
    assert store.device("media_player.tv").state["on"] is True


def test_cancel_or_a_phrase_it_has_already(store):
    add_routine(store, "movie night", ["movie night", "flicks"],
                [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "add a phrase to movie night")
    assert said(assistant, "cancel") == ["OK, nothing changed."]
    said(assistant, "add a phrase to movie night")
    assert said(assistant, "flicks") == ['Movie night already answers to "flicks".']
    assert said(assistant, "add a phrase to the tv")[0].startswith(
        "I don't know a routine called")



@pytest.mark.parametrize("asked", ["add a phrase to it", "add another phrase for that"])
def test_to_the_routine_just_talked_about(store, asked):
    """It started teaching a new routine ("What's the phrase?"), the routine just asked
    about forgotten."""
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "what does movie night do")
    assert said(assistant, asked) == [ASKED]
    assert said(assistant, "film time") == ['OK, "film time" will start movie night too.']


@pytest.mark.parametrize("asked", ["can i add a new phrase", "i'd like to add a new routine",
                                   "i want to teach you a new phrase"])
def test_a_new_phrase_alone_still_starts_teaching(store, asked):
    assistant, _ = make_assistant(store)
    assert said(assistant, asked) == ["What's the phrase?"]
