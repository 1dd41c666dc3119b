""""kill movie night", "terminate movie night" said right after it ran offer to undo it, as
"cancel movie night" does; with nothing run they say nothing is running. On the code
before they asked "Did you mean movie night?" (the verb read as an extra word), and "yes"
ran it again. "kill the desk lamp" beside a routine taught as "desk lamp" is still the
device command: the lamp goes off, no cancellation is talked of. The conversation's own
readings of "cancel X" (a timer, a schedule, "cancel that" right after a timer) take the
same verbs from the one list (``understanding.ending_words``): "kill the timer" was
offered for teaching."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep


@pytest.mark.parametrize("verb", ["kill", "terminate", "drop"])
def test_an_ending_verb_after_the_run_offers_undo(store, verb):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "movie night")
    assert said(assistant, f"{verb} movie night") == ["Shall I undo movie night?"]
    assert said(assistant, "yes") == ["Undone: TV put back."]
    assert not store.device("media_player.tv").state["on"]


def test_with_nothing_run_it_says_there_is_nothing_to_cancel(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    assert said(assistant, "kill movie night")[0].startswith("Movie night isn't running")
    assert not store.device("media_player.tv").state["on"]


def test_kill_a_device_beside_a_routine_of_its_name_is_the_device_command(store):
    add_routine(store, "lamp on", ["desk lamp"],
                [SetStep("light.desk_lamp", {"on": True, "brightness": 80})])
    assistant, _ = make_assistant(store)
    said(assistant, "desk lamp")
    assert store.device("light.desk_lamp").state["on"]
    reply = said(assistant, "kill the desk lamp")
    assert not store.device("light.desk_lamp").state["on"], reply
    assert not any("cancel" in line or "undo" in line.lower() for line in reply), reply


def test_ending_verbs_cancel_timers_and_schedules_as_cancel_does(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "set a pasta timer for 10 minutes")
    assert said(assistant, "kill the pasta timer")[0].startswith("Cancelled the pasta timer")
    said(assistant, "turn on the tv in 10 minutes")
    assert said(assistant, "ditch that")[0].startswith("Cancelled the timer to turn on TV")
    said(assistant, "run movie night every friday at 8 pm")
    assert said(assistant, "terminate the movie night schedule") == [
        "Movie night no longer runs on a schedule."]
    assert not store.timers() and not store.routine("movie night").triggers
