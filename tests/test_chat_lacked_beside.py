"""A thing the home lacks named beside things it has ("play the office speaker and the
kettle", no kettle here) is said, through the one path for what the home lacks
(``conversation/missing_things.py``), beside what was done. The parser read such a
sentence whole, for the things it has, and the kettle went unsaid ("Office speaker:
on."), while "... and the toaster" was said; names after it borrowed nothing ("turn on
the desk lamp, the kettle and the tv" ran the lamp and the TV in silence)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

NO_KETTLE = "This home has no kettle. I can turn on Coffee maker."


@pytest.mark.parametrize("words, done", [
    ("play the office speaker and the kettle", ["Office speaker: on."]),
    ("turn on the tv and the kettle", ["TV: on."]),
    ("turn on the desk lamp and the bedroom fan and the kettle",
     ["Desk lamp: on.", "Bedroom fan: on."]),
])
def test_the_kettle_is_said_beside_what_was_done(store, words, done):
    assistant, _ = make_assistant(store)
    assert said(assistant, words) == [*done, NO_KETTLE]
    assert store.device("switch.coffee_maker").state["on"] is False


def test_names_after_the_thing_lacked_borrow_the_action_before_it(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "turn on the desk lamp, the kettle and the tv") == [
        "Desk lamp: on.", "TV: on.", NO_KETTLE]


def test_things_the_home_has_are_still_read_whole(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "turn on the desk lamp and the bedroom fan") == [
        "Desk lamp: on.", "Bedroom fan: on."]
    tv, toaster = said(assistant, "turn on the tv and the toaster")
    assert tv == "TV: on." and toaster.startswith("This home has no toaster. I can turn on ")
