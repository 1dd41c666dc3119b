"""A delay said before what to do ("wait ten minutes then movie night", "give it an hour
then turn off the tv", "in ten minutes movie night") is read as said after it: a one-off
run of the routine, or a timer for the command. They were "Nothing was done. I
understood "movie night", but I don't know "wait ten minutes". Shall I learn it?" (or
"I don't know "in ten minutes movie night"")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep


def _home(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    return assistant


def _minutes_from_now(moment: float | datetime) -> float:
    at = moment.timestamp() if isinstance(moment, datetime) else moment
    return (at - datetime.now(UTC).timestamp()) / 60


@pytest.mark.parametrize(("words", "minutes"), [
    ("wait ten minutes then movie night", 10),
    ("give it an hour then movie night", 60),
    ("in ten minutes movie night", 10),
    ("wait for 5 minutes, and then movie night", 5),
    ("after half an hour, movie night", 30),
    ("wait five minutes and movie night", 5),  # (Whisper's "then"; was "I don't know ...")
])
def test_a_routine_after_a_delay_runs_once_then(store, words, minutes):
    assistant = _home(store)
    reply = said(assistant, words)
    assert reply[0].startswith("Movie night will run once "), reply
    [trigger] = store.routine("movie night").triggers
    assert trigger.kind == "once" and trigger.at is not None
    assert abs(_minutes_from_now(trigger.at) - minutes) < 1
    assert not store.device("media_player.tv").state.get("on")  # nothing now


@pytest.mark.parametrize(("words", "minutes"), [
    ("wait ten minutes then turn off the tv", 10),
    ("give it an hour then turn off the tv", 60),
    ("in ten minutes turn off the tv", 10),
    ("wait ten minutes and turn off the tv", 10),  # (was "I don't know ...")
])
def test_a_command_after_a_delay_is_a_timer(store, words, minutes):
    assistant = _home(store)
    said(assistant, "turn on the tv")
    reply = said(assistant, words)
    assert reply[0].startswith("I'll turn off TV "), reply
    [timer] = store.timers()
    assert abs(_minutes_from_now(timer.at) - minutes) < 1
    assert store.device("media_player.tv").state.get("on")  # still on until then


def test_wait_alone_asks_nothing_later(store):
    assistant = _home(store)
    assert said(assistant, "wait an hour") == ["I don't know \"wait an hour\". Shall I learn it?"]
    assert not store.timers() and not store.routine("movie night").triggers


@pytest.mark.parametrize(("words", "what"), [
    ("wait a bit then movie night", "movie night"),
    ("give it a while then movie night", "movie night"),
    ("wait a moment then movie night", "movie night"),
    ("in a bit turn off the tv", "turn off the tv"),
])
def test_a_delay_without_a_length_asks_how_long_and_runs_nothing_now(store, words, what):
    """Before: "Movie night." at once (wait a bit, wait a moment), "I don't know a routine
    called "a bit"", or "don't know "give it a while"": now it asks, and nothing runs."""
    assistant = _home(store)
    assert said(assistant, words) == [
        f"How long shall I wait before \"{what}\"? Say, for example, \"in 10 minutes\"."]
    assert not store.device("media_player.tv").state.get("on")
    assert not store.timers() and not store.routine("movie night").triggers


def test_the_length_answered_sets_it_for_later(store):
    assistant = _home(store)
    said(assistant, "wait a bit then movie night")
    reply = said(assistant, "in 10 minutes")
    assert reply[0].startswith("Movie night will run once "), reply
    [trigger] = store.routine("movie night").triggers
    assert abs(_minutes_from_now(trigger.at) - 10) < 1
    said(assistant, "turn on the tv")
    said(assistant, "in a bit turn off the tv")
    assert said(assistant, "20 minutes")[0].startswith("I'll turn off TV ")
    [timer] = store.timers()
    assert abs(_minutes_from_now(timer.at) - 20) < 1
