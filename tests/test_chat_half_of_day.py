"""An hour said without "am" or "pm" in a schedule: "run movie night every friday at 8"
was set for 08:00. The routine's name says the half of the day when it can ("Movie
night", "Good morning"); else the schedule asks "8 in the morning or in the evening?"
and the next turn answers it ("evening", "in the morning", "pm"), or declines ("no")."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

_TV = [SetStep("media_player.tv", {"on": True})]


def _times(store, name: str) -> list[time | None]:
    return [t.time for t in store.routine(name).triggers]


def test_a_routines_name_says_the_half_of_the_day(store):
    add_routine(store, "Movie night", ["movie night"], _TV)
    add_routine(store, "Good morning", ["good morning"], _TV)
    assistant, _ = make_assistant(store)
    assert said(assistant, "run movie night every friday at 8")[0].startswith(
        "Movie night will run on Fridays at 20:00.")
    said(assistant, "run good morning every day at 7")
    assert _times(store, "Movie night") == [time(20)]
    assert _times(store, "Good morning") == [time(7)]


def test_an_hour_nothing_places_is_asked_about_and_answered(store):
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    assistant, _ = make_assistant(store)
    assert said(assistant, "run reading mode every day at 8") == [
        "8 in the morning or in the evening?"]
    assert not store.routine("Reading mode").triggers
    assert said(assistant, "what time is it")[-1] == "8 in the morning or in the evening?"
    assert said(assistant, "in the evening")[0].startswith(
        "Reading mode will run every day at 20:00.")
    assert said(assistant, "run reading mode on saturdays at 9") == [
        "9 in the morning or in the evening?"]
    assert said(assistant, "no") == ["OK, I won't schedule reading mode."]
    assert said(assistant, "run reading mode on sundays at 3")[0].startswith(
        "Reading mode will run on Sundays at 15:00.")  # (a bare 1-6 is the afternoon's)
    assert _times(store, "Reading mode") == [time(20), time(15)]


def test_an_hour_placed_by_its_words_is_not_asked_about(store):
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    assistant, _ = make_assistant(store)
    for sentence in ("run reading mode every day at 9 pm", "run reading mode every day at 07:30",
                     "run reading mode every evening at 6", "run reading mode every day at 12"):
        assert "morning or" not in said(assistant, sentence)[0], sentence
    assert _times(store, "Reading mode") == [time(21), time(7, 30), time(18), time(12)]


@pytest.mark.parametrize("words", ["movie night in 10 minutes",
                                   "wait ten minutes then movie night",
                                   "give it an hour then movie night"])
@pytest.mark.parametrize("hour", [5, 9])
def test_a_length_of_time_said_in_the_morning_keeps_its_moment(store, words, hour):
    """A run set by a length of time gives its moment whole: said at 05:50, "movie night
    in 10 minutes" was set for 18:00 (the evening routine's name moved the hour the
    length gave by 12 hours). It failed only when the suite ran in the morning."""
    add_routine(store, "Movie night", ["movie night"], _TV)
    now = datetime(2026, 12, 7, hour, 50, tzinfo=UTC).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    said(assistant, words)
    [trigger] = store.routine("Movie night").triggers
    minutes = (trigger.at.timestamp() - now) / 60
    assert minutes in (10, 60), (words, trigger.at)


@pytest.mark.parametrize(("request_said", "done"), [
    ("run movie night at 8", "Movie night will run every day at 20:00."),
    ("good night", "Good night"),
    ("run reading mode at 7 pm", "Reading mode will run every day at 19:00."),
])
def test_a_request_of_its_own_at_the_question_is_done_and_the_question_lapses(
        store, request_said, done):
    """At "8 in the morning or in the evening?", "run movie night at 8" (its "night" an
    evening) set reading mode's schedule at 20:00 and left movie night unscheduled; a
    request of its own is done as said, and the question asked before lapses."""
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    add_routine(store, "Movie night", ["movie night"], _TV)
    add_routine(store, "Good night", ["good night"], [SetStep("media_player.tv", {"on": False})])
    now = datetime(2026, 12, 7, 14, 0, tzinfo=UTC).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    assert said(assistant, "run reading mode every friday at 8") == [
        "8 in the morning or in the evening?"]
    assert said(assistant, request_said)[0].startswith(done)
    kept = [t.time for t in store.routine("Reading mode").triggers]
    assert kept == ([time(19)] if "reading" in request_said else [])
    said(assistant, "evening")
    assert [t.time for t in store.routine("Reading mode").triggers] == kept


def test_a_routine_named_at_an_hour_nothing_places_asks_its_half_before_the_offer(store):
    """"reading mode at 8" offered "every day at 08:00" (the rule read only a name that
    places it); its half is asked as in any schedule, then the schedule offered."""
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    now = datetime(2026, 12, 7, 14, 0, tzinfo=UTC).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    assert said(assistant, "reading mode at 8") == ["8 in the morning or in the evening?"]
    assert said(assistant, "why")[1] == (  # (it said "... schedule, and I did")
        "You said an hour without \"am\" or \"pm\", and the routine's name does not say "
        "which, so I asked; nothing is scheduled yet.")
    assert said(assistant, "evening") == ["Shall I run reading mode every day at 20:00?"]
    assert not store.routine("Reading mode").triggers
    said(assistant, "yes")
    assert _times(store, "Reading mode") == [time(20)]


@pytest.mark.parametrize(("answer", "hour"), [("20:00", 20), ("at 08:00", 8)])
def test_the_time_on_the_24_hour_clock_answers_which_half(store, answer, hour):
    """"20:00" to "8 in the morning or in the evening?" was offered for teaching."""
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    now = datetime(2026, 12, 7, 14, 0, tzinfo=UTC).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    said(assistant, "run reading mode every friday at 8")
    assert said(assistant, answer)[0].startswith(f"Reading mode will run on Fridays at {hour:02d}:00.")
