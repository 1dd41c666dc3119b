""""Don't run good morning on fridays" took away every schedule of good morning ("Good
morning no longer runs on a schedule."); it drops those weekdays only. Days in a row
are said as a span ("Monday to Thursday"), others as a list ("Monday and Friday")."""

from __future__ import annotations

from datetime import time

import pytest
from _assistant_helpers import said
from test_schedule_skip import _home

from teachapp.triggers import Trigger, describe_trigger


@pytest.mark.parametrize(("words", "left"), [
    ("don't run good morning on fridays", (0, 1, 2, 3)),
    ("stop running good morning on mondays and fridays", (1, 2, 3)),
    ("do not run good morning on weekdays", None)])
def test_weekdays_said_leave_the_schedule_and_the_rest_stay(store, words, left):
    assistant = _home(store)
    [answer] = said(assistant, words)
    triggers = store.routine("Good morning").triggers
    if left is None:
        assert triggers == [] and answer.endswith("It has no schedule left.")
    else:
        assert [t.days for t in triggers] == [left]
        assert answer.startswith("Good morning no longer runs on ")
    assert [t.days for t in store.routine("Wake up").triggers] == [(0, 1, 2, 3, 4, 5, 6)]


def test_a_day_it_does_not_run_changes_nothing(store):
    assistant = _home(store)
    [answer] = said(assistant, "don't run good morning on sundays")
    assert answer.startswith("Good morning does not run on Sundays; it runs ")
    assert answer.endswith("Nothing was changed.")
    assert [t.days for t in store.routine("Good morning").triggers] == [(0, 1, 2, 3, 4)]


@pytest.mark.parametrize(("days", "words"), [
    ((0, 1, 2, 3), "Monday to Thursday at 07:00"),
    ((0, 4), "on Mondays and Fridays at 07:00"),
    ((0, 2, 4), "on Mondays, Wednesdays and Fridays at 07:00"),
    ((4,), "on Fridays at 07:00"),
    ((5, 6), "at 07:00 at weekends")])
def test_days_are_said_as_a_person_would(days, words):
    assert describe_trigger(Trigger("time", time=time(7), days=days)) == words


def test_a_sun_time_at_weekends_is_said_once_with_its_offset():
    trigger = Trigger("sun", event="sunset", offset=-15, days=(5, 6))
    assert describe_trigger(trigger) == "15 minutes before sunset at weekends"
    assert describe_trigger(Trigger("sun", event="sunrise", days=(5, 6))) == \
        "at sunrise at weekends"
