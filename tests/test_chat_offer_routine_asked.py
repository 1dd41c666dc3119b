""""run the movie routine" with nothing called movie: the person asked for a routine, so
it is offered as one ('I don't know "movie". Shall I learn it?') and a yes teaches
"movie". It was answered as a device the home lacks: "This home has no movie routine. I
can turn on Coffee maker, Bedroom fan, TV, Office speaker and 5 more.", and a yes
answered nothing."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


def _with_bedtime(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the lights", "done", "yes")
    return assistant


@pytest.mark.parametrize("asked", ["run the movie routine", "start the movie routine",
                                   "run movie routine", "start the movie scene",
                                   "activate my movie routine", "run the movie routine please",
                                   "do my movie routine"])
def test_a_routine_asked_for_is_offered_by_its_name(store, asked):
    assistant = _with_bedtime(store)
    assert said(assistant, asked) == ["I don't know \"movie\". Shall I learn it?"]
    assert said(assistant, "yes", "turn on the tv", "done", "yes")[-1] == (
        "Saved. Say \"movie\" any time.")
    said(assistant, "turn off the tv")
    assert said(assistant, "run the movie routine") == ["Movie: turned on TV."]
    assert store.device("media_player.tv").state["on"] is True


def test_a_taught_routine_asked_for_so_still_runs(store):
    assistant = _with_bedtime(store)
    assert said(assistant, "run the bedtime routine") == ["Bedtime: everything was already so."]


def test_a_routine_asked_for_beside_a_command_is_offered_and_nothing_runs(store):
    assistant = _with_bedtime(store)
    assert said(assistant, "run the movie routine and turn on the tv") == [
        "Nothing was done. I understood \"turn on the tv\", but I don't know \"movie\". "
        "Shall I learn it?"]
    assert store.device("media_player.tv").state["on"] is False


def test_a_thing_is_still_a_thing_the_home_lacks(store):
    assistant = _with_bedtime(store)
    assert said(assistant, "start the dishwasher") == [
        "This home has no dishwasher. I can turn on Coffee maker, Bedroom fan, TV, Office "
        "speaker and 5 more."]


@pytest.mark.parametrize("text", ["run the last routine", "start a new routine",
                                  "run the routine", "do you have a movie routine"])
def test_words_that_say_which_routine_or_who_are_no_name_to_learn(store, text):
    assistant = _with_bedtime(store)
    assert not any(line.startswith("I don't know \"") and text not in line
                   for line in said(assistant, text))
