"""A reminder's time today that has passed: "remind me to call mum at 8 tonight" said at
21:00 was set as "call mum at 8", tonight at 22:00 ("tonight" alone is a time too, and
the whole time's refusal was let go); "remind me at 8" said nothing to remind of ("remind
you to at 8"). Now the passed time is said, and tomorrow's offered; a time with nothing
to remind of asks what. The clock is pinned at an evening and a morning hour."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

_SET = 'Say "cancel that" if you change your mind.'


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store, hour: int):
    now = datetime(2026, 12, 7, hour, 0, tzinfo=UTC).timestamp()
    return make_assistant(store, wall_clock=lambda: now)[0]


def _reminders(store) -> list[tuple[str, str]]:
    return [(t.text, datetime.fromtimestamp(t.at, UTC).strftime("%a %H:%M"))
            for t in store.timers()]


@pytest.mark.parametrize("words", ["remind me to call mum at 8 tonight",
                                   "remind me to call mum tonight at 8",
                                   "tonight at 8 remind me to call mum"])
def test_a_time_tonight_that_has_passed_is_said_and_tomorrow_offered(store, words):
    assistant = _assistant(store, 21)
    assert said(assistant, words) == [
        "20:00 today has passed (it is 21:00). Shall I remind you tomorrow at 20:00?"]
    assert store.timers() == []
    assert said(assistant, "yes") == [f"I'll remind you to call mum tomorrow at 20:00. {_SET}"]
    assert _reminders(store) == [("remind you to call mum", "Tue 20:00")]


def test_another_time_answers_the_offer_and_no_declines_it(store):
    assistant = _assistant(store, 21)
    said(assistant, "remind me to call mum at 7 this morning")
    assert said(assistant, "at 10 pm") == [
        f"I'll remind you to call mum at 22:00 (in 1 hour). {_SET}"]
    said(assistant, "set an alarm for 8 tonight")
    assert said(assistant, "no") == ["OK, no alarm."]
    assert _reminders(store) == [("remind you to call mum", "Mon 22:00")]


@pytest.mark.parametrize(("hour", "at"), [(6, "Mon 08:00"), (14, "Mon 20:00")])
def test_a_time_with_nothing_to_remind_of_asks_what(store, hour, at):
    assistant = _assistant(store, hour)
    assert said(assistant, "remind me at 8") == [
        'What should I remind you of at 8? Say it like "to call mum".']
    assert said(assistant, "to water the plants")[0].startswith(
        "I'll remind you to water the plants")
    assert _reminders(store) == [("remind you to water the plants", at)]


def test_a_device_command_for_a_time_that_has_passed_asks_about_tomorrow(store):
    """"turn off the tv at 8 tonight" at 21:00 was only told 'say "tomorrow at 20:00"';
    it is asked about as the reminder is, and "yes" sets it."""
    assistant = _assistant(store, 21)
    assert said(assistant, "turn off the tv at 8 tonight") == [
        "20:00 today has passed (it is 21:00).",
        "Do you want me to turn off TV tomorrow at 20:00?"]
    assert said(assistant, "yes") == [f"I'll turn off TV tomorrow at 20:00. {_SET}"]
    assert _reminders(store) == [("turn off TV", "Tue 20:00")]
