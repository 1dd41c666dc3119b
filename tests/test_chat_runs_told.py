"""When a routine ran, asked as people ask it ("when did you last run bedtime", "have you
run bedtime today", "how many times have I used bedtime"), answered from the run log by
one reader (``conversation/runs_told.py``): its newest run, how it was asked for, and
how often it ran this week. "how many times have I used bedtime" was "I can't answer …",
a last run was only its time, and a routine this home lacks ("when did movie night last
run") was "I can't answer …" too."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.conversation.runs_told import runs_told
from teachapp.store import RunRecord

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 3, 21, 30, tzinfo=UTC)  # a Thursday


def _at(assistant, store) -> str:
    """The newest run of bedtime, as the replies say its time."""
    at = store.last_run_of("bedtime").at.replace(tzinfo=UTC)
    return f"{at.astimezone(assistant.place().zone):%H:%M}"


def test_a_new_user_asks_when_bedtime_ran_and_how_often(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the lights", "done", "yes")
    assert said(assistant, "when did you last run bedtime") == ["Bedtime hasn't run yet."]
    assert said(assistant, "how many times have I used bedtime") == [
        "Bedtime hasn't run yet."]
    said(assistant, "bedtime")
    at = _at(assistant, store)
    assert said(assistant, "have you run bedtime today") == [
        f'Yes: bedtime last ran today at {at}, when you said "bedtime".']
    assert said(assistant, "how many times have I used bedtime") == [
        f'Bedtime has run once: today at {at}, when you said "bedtime".']
    said(assistant, "run bedtime")
    at = _at(assistant, store)
    assert said(assistant, "when did bedtime last run") == [
        f'Bedtime last ran today at {at}, when you said "run bedtime" (2 runs this week).']
    assert said(assistant, "how often has bedtime run") == [
        f'Bedtime has run 2 times, all this week; the last today at {at}, when you said '
        '"run bedtime".']


def test_a_routine_this_home_lacks_is_said_so(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the lights", "done", "yes")
    assert said(assistant, "when did movie night last run") == [
        'I don\'t know a routine called "movie night". I know bedtime.']
    assert said(assistant, "how many times have I used movie night") == [
        'I don\'t know a routine called "movie night". I know bedtime.']


def _run(month: int, day: int, hour: int, minute: int, said: str | None) -> RunRecord:
    return RunRecord(id=0, at=datetime(2026, month, day, hour, minute, tzinfo=UTC),
                     routine="bedtime", utterance=said)


RUNS = [_run(12, 2, 22, 10, "(schedule 22:10)"), _run(12, 1, 22, 5, None),
        _run(11, 25, 21, 0, "good night")]
"""Newest first: Wednesday on its schedule, Tuesday from the window, and a run the week
before."""


@pytest.mark.parametrize("asked, told", [
    ("", "Bedtime last ran yesterday at 22:10, on its schedule (2 runs this week)."),
    ("today", "Not today: bedtime last ran yesterday at 22:10, on its schedule (2 runs this "
              "week)."),
    ("how many times", "Bedtime has run 3 times, 2 this week; the last yesterday at 22:10, "
                       "on its schedule."),
])
def test_the_runs_are_told_as_asked(asked, told):
    assert runs_told("bedtime", RUNS, NOW, ZONE, asked=asked) == told


def test_a_run_from_the_window_and_one_undone():
    window = RunRecord(id=0, at=datetime(2026, 12, 1, 22, 5, tzinfo=UTC), routine="bedtime",
                       utterance=None, undone=True)
    assert runs_told("bedtime", [window], NOW, ZONE) == (
        "Bedtime last ran on Tuesday at 22:05, from the window. You undid it afterwards.")
