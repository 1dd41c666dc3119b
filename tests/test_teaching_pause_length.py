"""A pause taught by its length in hours, and one longer than a routine may wait.

"wait an hour" while teaching was 'I didn't get "wait an hour" as something to do' (the
pause read seconds and minutes only), though an hour is the longest pause a routine may
have (``domain.MAX_WAIT_SECONDS``); "wait 90 minutes" was taken, and the save at the end
failed with "Routine 'x': a wait is 0 to 3600 seconds, not 5400.", the teaching left at
"Shall I save it?" with the pause still in it.
"""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.conversation import intents
from teachapp.domain import SetStep, WaitStep


@pytest.mark.parametrize(("words", "seconds"), [
    ("wait an hour", 3600), ("wait 1 hour", 3600), ("then wait 2 hours", 7200),
    ("pause for 1.5 hrs", 5400), ("wait 5 minutes", 300), ("wait 10 seconds", 10),
    ("wait a minute", 60)])
def test_a_pause_is_read_in_hours_minutes_and_seconds(words, seconds):
    assert intents.parse_wait(words) == seconds


def test_an_hours_pause_is_taught_and_saved(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "lamp hour")
    assert said(assistant, "desk lamp on, wait an hour, turn it off") == [
        "Desk lamp → on, when the routine runs.", "Then wait 1 hour.",
        "Desk lamp → off, after the pause."]
    said(assistant, "done")
    assert said(assistant, "yes") == ['Saved. Say "lamp hour" any time.']
    assert store.routine("lamp hour").steps == [
        SetStep("light.desk_lamp", {"on": True}), WaitStep(3600),
        SetStep("light.desk_lamp", {"on": False})]


@pytest.mark.parametrize("words", ["wait 90 minutes", "wait 2 hours"])
def test_a_longer_pause_is_refused_when_said_and_the_teaching_goes_on(store, words):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "long wait", "desk lamp on")
    assert said(assistant, words) == [
        f'A pause can be at most 1 hour, so "{words}" was not added. Say a shorter one, '
        'e.g. "wait 30 minutes".']
    said(assistant, "done")
    assert said(assistant, "yes") == ['Saved. Say "long wait" any time.']
    assert store.routine("long wait").steps == [SetStep("light.desk_lamp", {"on": True})]
