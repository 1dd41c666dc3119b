""""start a new routine", "run the last routine", "run a routine": a routine asked for
without its name. They were answered as a device the home lacks: "This home has no new
routine. I can turn on Coffee maker, Bedroom fan, TV, Office speaker and 4 more."."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


def _with_bedtime(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the lights", "done", "yes")
    return assistant


@pytest.mark.parametrize("asked", ["start a new routine", "begin a new routine",
                                   "can we start another routine", "make a new routine"])
def test_starting_a_new_routine_teaches_as_teach_does(store, asked):
    assistant = _with_bedtime(store)
    assert said(assistant, asked) == said(make_assistant(store)[0], "teach") == [
        "What's the phrase?"]
    assert said(assistant, "movie", "turn on the tv", "done", "yes")[-1] == (
        "Saved. Say \"movie\" any time.")


@pytest.mark.parametrize("asked", ["run a routine", "run the routine", "start a routine",
                                   "run one of my routines"])
def test_a_routine_asked_for_with_no_name_says_which_there_are(store, asked):
    assistant = _with_bedtime(store)
    said(assistant, "teach", "movie", "turn on the tv", "done", "yes")
    assert said(assistant, asked) == ["Which routine? Say its name: \"bedtime\" or \"movie\"."]
    assert said(assistant, "movie") == ["Movie: turned on TV."]


def test_with_no_routines_it_says_how_to_teach_one(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "run a routine") == said(assistant, "run the last routine") == [
        "I don't know any routines yet. Say \"teach\" to teach me one."]


@pytest.mark.parametrize("asked", ["run the last routine", "do that again", "run it again",
                                   "start the previous routine", "do it again please"])
def test_the_last_routine_asked_for_runs_the_one_run_last(store, asked):
    assistant = _with_bedtime(store)
    said(assistant, "turn on the ceiling light", "bedtime")
    assert said(assistant, asked) == ["Bedtime: everything was already so."]
    assert said(assistant, "why did you do that?")[1] == (
        "I ran bedtime because you asked for the routine I ran last.")


def test_the_last_routine_is_found_past_commands_after_it(store):
    assistant = _with_bedtime(store)
    said(assistant, "bedtime", "turn on the ceiling light")
    assert said(assistant, "run the last routine") == ["Bedtime: turned off Ceiling light; the rest was already so."]
    assert store.device("light.ceiling_light").state["on"] is False


def test_the_last_routine_with_none_run_yet_says_which_there_are(store):
    assistant = _with_bedtime(store)
    assert said(assistant, "run the last routine") == [
        "I haven't run a routine yet. Which routine? Say its name: \"bedtime\"."]
