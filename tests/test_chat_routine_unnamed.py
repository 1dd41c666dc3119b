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
