"""A taught phrase said as a recogniser mishears it, at "8 in the morning or in the
evening?", is that request, not the answer: "goo night" (for "good night") set the
schedule for the evening by its word "night". What the turn's resolver makes of the words
decides (``Assistant._stands_alone``): run or asked about ("Did you mean good night?"),
they stand alone; a fragment of a phrase ("night", "in the morning" beside "Good
morning") is no phrase said, and answers."""

from __future__ import annotations

from datetime import time

import pytest
from _assistant_helpers import STRICT, add_routine, make_assistant, said

from teachapp.domain import SetStep

_TV = [SetStep("media_player.tv", {"on": True})]
_LAMP_OFF = [SetStep("light.living_room_lamp", {"on": False}),
             SetStep("light.desk_lamp", {"on": True})]


def _home(store):
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    add_routine(store, "Good night", ["good night"], _LAMP_OFF)
    add_routine(store, "Good morning", ["good morning"], _TV)


def test_a_misheard_taught_phrase_runs_and_sets_no_schedule(store):
    _home(store)
    assistant, _ = make_assistant(store)  # (the resolver as shipped: "goo night" runs)
    assert said(assistant, "run reading mode every day at 8") == [
        "8 in the morning or in the evening?"]
    lines = said(assistant, "goo night")
    assert not store.routine("Reading mode").triggers, lines
    assert store.device("light.desk_lamp").state["on"] is True, lines


def test_a_phrase_the_resolver_asks_about_is_asked_not_the_answer(store):
    _home(store)
    assistant, _ = make_assistant(store, resolver_settings=STRICT)
    said(assistant, "run reading mode every day at 8")
    assert said(assistant, "goo night") == ["Did you mean good night?"]
    assert not store.routine("Reading mode").triggers


@pytest.mark.parametrize(("answer", "at"), [("night", time(20)), ("in the morning", time(8)),
                                           ("the morning", time(8))])
def test_a_word_of_a_phrase_still_answers(store, answer, at):
    _home(store)
    assistant, _ = make_assistant(store)
    said(assistant, "run reading mode every day at 8")
    assert said(assistant, answer)[0].startswith("Reading mode will run every day at"), answer
    assert [t.time for t in store.routine("Reading mode").triggers] == [at]
