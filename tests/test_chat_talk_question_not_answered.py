"""A "yes" or "done" at a timer's, reminder's or delay's question that does not answer it
is told what the question wants, and the question stays open ("wait a bit then movie
night", "yes" was "There's nothing to answer right now." with the question open); a new
question of a talk said over one of the dialogue's says what it left, as a request does
("forget movie night?", "wait a bit then movie night" dropped the first without a word)."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep


@pytest.fixture
def assistant(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    return make_assistant(store)[0]


@pytest.mark.parametrize("answer", ["yes", "done"])
def test_yes_at_how_long_says_what_it_wants(store, assistant, answer):
    said(assistant, "wait a bit then movie night")
    assert said(assistant, answer) == ["How long? Say, for example, \"in 10 minutes\"."]
    assert said(assistant, "in 10 minutes")[0].startswith("Movie night will run once ")
    assert store.routine("movie night").triggers


def test_done_at_which_lamp_says_what_it_wants(store, assistant):
    said(assistant, "turn off the lamp in 10 minutes")
    assert said(assistant, "done") == [
        "Say yes for all of them, or which one: Bedroom lamp, Living room lamp or Desk lamp."]
    assert said(assistant, "desk lamp")[0].startswith("I'll turn off Desk lamp ")


def test_yes_at_when_to_remind_asks_it_again(store, assistant):
    asked = said(assistant, "remind me to call mum")
    assert said(assistant, "yes") == asked
    assert said(assistant, "in 20 minutes")[0].startswith("I'll remind you to call mum at")


@pytest.mark.parametrize(("first", "left"), [
    ("forget movie night", "(I left movie night as it was.)"),
    ("unlock the front door", "(I left Front door locked.)"),
])
def test_how_long_said_over_a_question_says_what_it_left(store, assistant, first, left):
    said(assistant, first)
    assert said(assistant, "wait a bit then movie night") == [
        left, "How long shall I wait before \"movie night\"? Say, for example, "
              "\"in 10 minutes\"."]
    assert said(assistant, "yes") == ["How long? Say, for example, \"in 10 minutes\"."]
    assert store.routine_names() == ["movie night"]
    assert store.device("lock.front_door").state["locked"] is True
