"""Routine names inside a sentence read one way, whoever typed them: lower case ("I
know 4 routines: cosy time, film night, good morning and TV time"; it was "Cosy time,
film night, Good Morning and TV time", as typed). One rule, ``domain.name_in_sentence``:
a word in capitals in a name with small letters too is an abbreviation and keeps them;
a name opening a sentence takes a capital first letter; rows of a list keep the name
as stored."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep, listed_name, name_in_sentence

_TV = [SetStep("media_player.tv", {"on": True})]


@pytest.mark.parametrize(("name", "said_"), [
    ("Cosy time", "cosy time"), ("film night", "film night"), ("Good Morning", "good morning"),
    ("FILM NIGHT", "film night"), ("TV time", "TV time"), ("Quiz night DJ", "quiz night DJ"),
    ("I Love Mondays", "I love mondays")])
def test_a_name_in_a_sentence(name, said_):
    assert name_in_sentence(name) == said_


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
        "Renamed cosy time to snug hour. Say \"Snug Hour\" to start it."]
    assert said(assistant, "forget good morning", "yes") == [
        "Good Morning will turn on TV. Shall I forget it?",  # (a sentence's start: as stored)
        "Forgot good morning. Say \"undo\" to bring it back."]
    assert said(assistant, "undo", "teach", "study time", "good morning")[-2:] == [
        "What good morning does:", "TV → on, when the routine runs."]


def test_a_list_of_routines_shows_each_name_as_stored(store):
    _home(store)
    assistant, _ = make_assistant(store)
    rows = said(assistant, "list my routines")[1:]
    assert [row.split(":")[0] for row in rows] == [
        "Cosy time", "Film night", "Good Morning", "TV time"]
