"""A routine's one-off run asked for at a time today: "today at 8" said at 14:00 is the
next 8 o'clock, 20:00 (it was "08:00 today has passed"), as a timer's bare hour is; a
time today that has passed ("run movie mode today at 20:00" said at 21:00) offers the
same time tomorrow, and "yes" or "no" answers (it was only told 'say "tomorrow at
20:00" for tomorrow'). A morning routine's bare hour stays in the morning ("run wake up
today at 8" at 14:00 offers tomorrow at 08:00, not tonight at 20:00)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said, seed_routines

from teachapp.domain import SetStep

_SET = 'Say "cancel that" if you change your mind.'


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store, hour: int):
    seed_routines(store)
    add_routine(store, "Movie night", ["movie night"],
                [SetStep("light.living_room_lamp", {"on": True, "brightness": 20})])
    now = datetime(2026, 12, 7, hour, 0, tzinfo=UTC).timestamp()  # a Monday
    return make_assistant(store, wall_clock=lambda: now)[0]


def _runs(store, name: str) -> list[str]:
    return [t.at.astimezone(UTC).strftime("%a %H:%M") for t in store.routine(name).triggers
            if t.kind == "once" and t.at is not None]


@pytest.mark.parametrize("words", ["run movie mode today at 8", "run movie mode at 8 today"])
def test_a_bare_hour_today_is_the_next_to_come(store, words):
    assistant = _assistant(store, 14)
    assert said(assistant, words) == [f"Movie mode will run once at 20:00. {_SET}"]
    assert _runs(store, "Movie mode") == ["Mon 20:00"]


@pytest.mark.parametrize(("words", "at"), [
    ("run movie mode today at 20:00", "20:00"), ("run movie mode at 8 tonight", "20:00"),
    ("run reading mode today at 8", "20:00"), ("run movie mode this evening at 7:30", "19:30"),
    ("run movie mode today at 8 am", "08:00")])
def test_a_time_today_that_has_passed_offers_tomorrow(store, words, at):
    assistant = _assistant(store, 21)
    name = "Reading mode" if "reading" in words else "Movie mode"
    assert said(assistant, words) == [f"{at} today has passed (it is 21:00).",
                                      f"Shall I run {name.lower()} tomorrow at {at}?"]
    assert _runs(store, name) == []
    assert said(assistant, "yes") == [f"{name} will run once tomorrow at {at}. {_SET}"]
    assert _runs(store, name) == [f"Tue {at}"]


def test_no_to_the_offer_schedules_nothing(store):
    assistant = _assistant(store, 21)
    said(assistant, "run movie mode today at 20:00")
    assert said(assistant, "no") == ["OK, I won't schedule movie mode."]
    assert _runs(store, "Movie mode") == []


def test_a_morning_routine_keeps_its_morning(store):
    assistant = _assistant(store, 14)
    assert said(assistant, "run wake up today at 8") == [
        "08:00 today has passed (it is 14:00).", "Shall I run wake up tomorrow at 08:00?"]
    said(assistant, "yes")
    assert _runs(store, "Wake up") == ["Tue 08:00"]


def test_run_at_8_without_a_day_is_the_evening_schedule_by_the_name(store):
    """"run movie night at 8" said at 14:00 is a schedule (every day), at 20:00 by the
    name, its next run tonight: as before, kept."""
    assistant = _assistant(store, 14)
    assert said(assistant, "run movie night at 8") == [
        "Movie night will run every day at 20:00. Next: Mon 7 Dec at 20:00."]


def test_a_reminder_today_at_a_bare_hour_is_the_next_to_come(store):
    assistant = _assistant(store, 14)
    assert said(assistant, "remind me to call mum today at 8")[0].startswith(
        "I'll remind you to call mum at 20:00")


@pytest.mark.parametrize("words", ["movie night tonight at 8", "movie night at 8 tonight",
                                   "movie night today at 8"])
def test_a_phrase_said_with_a_time_passed_today_and_no_verb_is_offered_tomorrow(store, words):
    """It offered "Shall I run movie night every day at 08:00?" ("movie night tonight"
    found as the routine, "at 8" as the time), or offered the words for teaching."""
    assistant = _assistant(store, 21)
    assert said(assistant, words) == ["20:00 today has passed (it is 21:00).",
                                      "Shall I run movie night tomorrow at 20:00?"]


def test_a_phrase_said_today_at_a_bare_hour_runs_once(store):
    """It offered "Shall I run movie night every day at 20:00?": "today" was left out."""
    assistant = _assistant(store, 14)
    assert said(assistant, "movie night today at 8") == [
        f"Movie night will run once at 20:00. {_SET}"]


def test_words_that_name_no_routine_are_no_schedule(store):
    assistant = _assistant(store, 21)
    assert not any("has passed" in line
                   for line in said(assistant, "i watched a film tonight at 8"))


def test_a_device_command_today_at_a_bare_hour_passed_is_asked_about_at_that_time(store):
    """"turn on the tv today at 8" at 21:00 passed at 20:00, and tomorrow's 20:00 is
    asked about (the words for tomorrow, "tomorrow at 8", read 08:00)."""
    assistant = _assistant(store, 21)
    assert said(assistant, "turn on the tv today at 8") == [
        "20:00 today has passed (it is 21:00).", "Do you want me to turn on TV tomorrow at 20:00?"]
