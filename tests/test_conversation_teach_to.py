"""A phrase and its steps said in one request to teach: "teach movie nite to turn on the
tv", "teach film time: turn on the tv". The whole sentence became the phrase ("movie
nite to turn on the tv"), and its steps were then asked for."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.conversation.intents import taught_in_one
from teachapp.domain import SetStep


@pytest.mark.parametrize(("text", "told"), [
    ("teach movie nite to turn on the tv", ("movie nite", "turn on the tv")),
    ("teach film time: turn on the tv", ("film time", "turn on the tv")),
    ("Teach me bedtime to dim the lamp and lock the front door.",
     ("bedtime", "dim the lamp and lock the front door")),
    ("learn the phrase cosy evening - dim the lamp to 30 percent",
     ("cosy evening", "dim the lamp to 30 percent")),
    ("when I say film time, turn on the tv", ("film time", "turn on the tv")),
    # "to" before no device command's verb is the phrase's own
    ("teach time to read", None),
    ("teach time to say goodbye", None),
    ("teach me to turn on the tv", None),
    ("teach how to turn on the tv", None),
    ("teach study mode", None),
])
def test_the_phrase_ends_where_its_steps_begin(text, told):
    assert taught_in_one(text) == told


def test_teach_a_phrase_to_do_something_asks_to_save_it(store):
    assistant, _ = make_assistant(store)
    lines = said(assistant, "teach movie nite to turn on the tv")
    assert lines[-1] == '"movie nite" will turn on TV. Shall I save it?'
    assert said(assistant, "yes") == ['Saved. Say "movie nite" any time.']
    routine = store.routine("movie nite")
    assert [p.text for p in routine.phrases] == ["movie nite"]
    assert routine.steps == [SetStep("media_player.tv", {"on": True})]
