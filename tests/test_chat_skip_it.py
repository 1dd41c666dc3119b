""""skip it this friday" right after a routine was scheduled, run or named: "it" is that
routine. It was 'I don't know "skip it this friday". Shall I learn it?' while "skip
movie night this friday" worked."""

from datetime import UTC, date, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)  # a Tuesday evening
FRIDAY = date(2026, 12, 4)
SKIPPED = ("OK, movie night won't run on Fri 4 Dec at 20:00; its schedule stays. Next run: "
           "Fri 11 Dec at 20:00. Say \"run movie night on Friday after all\" to take it back.")


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    return assistant



@pytest.mark.parametrize("skip", ["skip it this friday", "skip that this friday",
                                  "don't run it on friday"])
def test_right_after_scheduling_it_is_that_routine(store, skip):
    assistant = _assistant(store)
    assert said(assistant, "movie night every friday at 8pm")[0].startswith(
        "Movie night will run on Fridays at 20:00.")
    assert said(assistant, skip) == [SKIPPED]
    assert said(assistant, "don't skip it this friday") == [
        "OK, movie night will run on Fri 4 Dec at 20:00 after all."]


def test_after_running_or_naming_it_too(store):
    assistant = _assistant(store)
    said(assistant, "movie night every friday at 8pm", "turn on the desk lamp", "movie night")
    assert said(assistant, "skip it this friday") == [SKIPPED]
    said(assistant, "don't skip movie night this friday", "turn on the desk lamp",
         "when does movie night run?")
    assert said(assistant, "skip it this friday") == [SKIPPED]


def test_with_no_routine_in_mind_it_is_the_one_that_runs_then(store):
    assistant = _assistant(store)
    said(assistant, "run movie night every friday at 8pm")
    assistant2, _ = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant2, "skip it this friday") == [SKIPPED]
    assistant3, _ = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant3, "skip it")[0].startswith("I don't know")  # (no day: as before)


def test_with_no_routine_in_mind_it_is_the_one_scheduled_that_day(store):
    """"skip it tonight" with nothing talked of was 'I don't know "skip it tonight".
    Shall I learn it?', though one routine only runs tonight."""
    add_routine(store, "Bedtime", ["bedtime"], [SetStep("media_player.tv", {"on": False})])
    said(_assistant(store), "run movie night every friday at 8pm",
         "run bedtime every weekday at 22:30")
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "skip it tonight") == [
        "OK, bedtime won't run on Tue 1 Dec at 22:30; its schedule stays. Next run: Wed 2 Dec "
        "at 22:30. Say \"run bedtime today after all\" to take it back."]
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "skip it this friday") == [
        "Which one shall I skip on Friday: Bedtime or Movie night? Say, for example, "
        "\"skip bedtime on Friday\"."]
    assert said(assistant, "don't run it on saturday") == [
        "Nothing is scheduled on Saturday, so there is no run to skip. Say \"what's "
        "scheduled?\" to hear every schedule."]
    assert store.skipped_runs(since=NOW.timestamp()).keys() == {"Bedtime"}
