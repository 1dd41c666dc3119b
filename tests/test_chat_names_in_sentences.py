"""Routine names inside a sentence read one way, whoever typed them: lower case ("I
know 4 routines: cosy time, film night, good morning and TV time"; it was "Cosy time,
film night, Good Morning and TV time", as typed). One rule, ``domain.name_in_sentence``:
a word in capitals in a name with small letters too is an abbreviation and keeps them;
a name opening a sentence is that with a capital first letter (``name_opening``: it kept
every stored capital, "Film Night will run at 20:00" beside "film night won't run");
rows of a list keep the name as stored."""

from __future__ import annotations

from datetime import datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep, listed_name, name_in_sentence, name_opening

_TV = [SetStep("media_player.tv", {"on": True})]
AFTERNOON = datetime(2026, 12, 1, 14, 0)  # local time, as the assistant's clock reads it


@pytest.mark.parametrize(("name", "said_"), [
    ("Cosy time", "cosy time"), ("film night", "film night"), ("Good Morning", "good morning"),
    ("FILM NIGHT", "film night"), ("TV time", "TV time"), ("Quiz night DJ", "quiz night DJ"),
    ("I Love Mondays", "I love mondays")])
def test_a_name_in_a_sentence(name, said_):
    assert name_in_sentence(name) == said_


@pytest.mark.parametrize(("name", "opening"), [
    ("Film Night", "Film night"), ("film night", "Film night"), ("FILM NIGHT", "Film night"),
    ("TV time", "TV time"), ("Quiz night DJ", "Quiz night DJ"),
    ("I Love Mondays", "I love mondays"), ("good morning", "Good morning")])
def test_a_name_opening_a_sentence(name, opening):
    assert name_opening(name) == opening


def test_a_name_opening_a_reply_reads_as_inside_it(store):
    """One name, one way, in every reply that opens with it: the run, its steps, its
    schedule, how long it takes, its last run, and a name that is an abbreviation."""
    _home(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: AFTERNOON.timestamp())
    assert said(assistant, "good morning") == ["Good morning: turned on TV."]
    assert said(assistant, "what does good morning do")[0] == "Good morning will turn on TV."
    assert said(assistant, "run good morning every day at 8 pm")[0].startswith(
        "Good morning will run every day at 20:00.")
    assert said(assistant, "when does good morning run")[0].startswith(
        "Good morning runs every day at 20:00.")
    assert said(assistant, "don't run good morning every day at 20:00") == [
        "Good morning no longer runs on a schedule."]
    assert said(assistant, "how long does good morning take")[0].startswith(
        "Good morning takes no time")
    assert said(assistant, "when did good morning last run")[0].startswith(
        "Good morning last ran today at 14:00")
    assert said(assistant, "tv time")[0] == "TV time: everything was already so."


def test_a_row_of_a_list_keeps_the_name_as_stored():
    assert listed_name("Good Morning") == "Good Morning"
    assert listed_name("film night") == "Film night"


def _home(store):
    for name in ("Cosy time", "film night", "Good Morning", "TV time"):
        add_routine(store, name, [name.lower()], _TV)


def test_help_names_the_routines_one_way(store):
    _home(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "help")[0].startswith(
        "I know 4 routines: cosy time, film night, good morning and TV time. ")


def test_replies_that_name_a_routine_inside_a_sentence(store):
    _home(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "rename cosy time to Snug Hour") == [
        "Renamed cosy time to snug hour. Say \"snug hour\" to start it."]
    assert said(assistant, "forget good morning", "yes") == [
        "Good morning will turn on TV. Shall I forget it?",  # (a sentence's start)
        "Forgot good morning. Say \"undo\" to bring it back."]
    assert said(assistant, "undo", "teach", "study time", "good morning")[-2:] == [
        "What good morning does:", "TV → on, when the routine runs."]


def test_a_list_of_routines_shows_each_name_as_stored(store):
    _home(store)
    assistant, _ = make_assistant(store)
    rows = said(assistant, "list my routines")[1:]
    assert [row.split(":")[0] for row in rows] == [
        "Cosy time", "Film night", "Good Morning", "TV time"]
