"""Alarms as a household talks of them, in ``teachapp chat`` (a child process, the
clock fixed on a Monday at 21:00 UTC). Before: "wake me at 6:45 tomorrow" said twice set
two alarms, both listed; "when's my alarm" and "don't wake me tomorrow" were offered for
teaching; "cancel tomorrow's alarm" was "No alarm is set for tomorrow's. Set: …"."""

from __future__ import annotations

from conftest import chat_lines

_ENV = {"TEACHAPP_NOW": "2026-12-07T21:00+00:00", "TZ": "UTC"}


def test_an_alarm_said_twice_is_one_and_is_asked_about_and_cancelled_by_its_day(db_path):
    lines = chat_lines(db_path, "wake me at 6:45 tomorrow", "set an alarm for 6:45 am",
                       "when's my alarm", "don't wake me tomorrow", "what alarms are set",
                       env=_ENV)
    assert lines[1:4] == [
        "That's already set. Your alarm goes off tomorrow at 06:45 (in 9 hours 45 minutes).",
        "Your alarm goes off tomorrow at 06:45 (in 9 hours 45 minutes).",
        "Cancelled the alarm tomorrow at 06:45."]
    assert lines[4].startswith("Nothing is scheduled and no timer is set.")


def test_cancel_tomorrows_alarm_asks_which_of_two(db_path):
    lines = chat_lines(db_path, "wake me at 6:45 tomorrow", "set an alarm for 9 am",
                       "cancel tomorrow's alarm", "cancel the 6:45 alarm",
                       "what alarms are set", env=_ENV)
    assert lines[2:] == [
        "There are 2 alarms tomorrow, at 06:45 and 09:00. Say which, e.g. \"cancel the "
        "6:45 alarm\", or \"cancel all alarms\".",
        "Cancelled the alarm tomorrow at 06:45.",
        "Timer: alarm tomorrow at 09:00."]
