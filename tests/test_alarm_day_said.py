"""Alarms for a day with a bare hour, for a length of time, and the part of the day said
back only when it stood for the hour. Found feeding a hibari clip "Set an alarm for seven
tomorrow morning." through chat; before, at 18:20:

- "set an alarm for six tomorrow" was tomorrow at 18:00 and "... for 5 on friday" 17:00
  (a day's bare hour is the afternoon's for anything else; "wake me up at 5 tomorrow"
  was already 05:00);
- "set an alarm for six tomorrow morning" said '("tomorrow morning" is 07:00 unless you
  say a time)' of an alarm set for 06:00;
- "set an alarm for 10 minutes" asked "When should the alarm go off?".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from _assistant_helpers import make_assistant, said

EVENING = datetime(2026, 12, 7, 18, 20).astimezone()  # a Monday
TAKE_BACK = " Say \"cancel that\" if you change your mind."


def _first_reply(store, words: str) -> str:
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    return said(assistant, words)[0]


@pytest.mark.parametrize(("words", "reply"), [
    ("set an alarm for six tomorrow", "tomorrow at 06:00."),
    ("set an alarm for 6 tomorrow", "tomorrow at 06:00."),
    ("set an alarm for 5 on friday", "on Fri 11 Dec at 05:00."),
    ("set an alarm for half past six tomorrow", "tomorrow at 06:30."),
    ("set an alarm for six tomorrow morning", "tomorrow at 06:00."),
    ("set an alarm for seven tomorrow morning", "tomorrow at 07:00."),
    ("set an alarm for 7 pm tomorrow", "tomorrow at 19:00."),
    ("set an alarm for six tomorrow evening", "tomorrow at 18:00."),
    ("set an alarm for 10 minutes", "at 18:30 (in 10 minutes)."),
    ("set an alarm for half an hour", "at 18:50 (in 30 minutes)."),
])
def test_an_alarm_goes_off_when_it_was_said(store, words, reply):
    assert _first_reply(store, words) == f"I'll sound your alarm {reply}{TAKE_BACK}"


def test_a_part_of_the_day_is_said_back_only_when_it_stood_for_the_hour(store):
    assert _first_reply(store, "set an alarm for tomorrow morning") == (
        "I'll sound your alarm tomorrow at 07:00 (\"tomorrow morning\" is 07:00 unless you "
        f"say a time).{TAKE_BACK}")
    assert _first_reply(store, "remind me to call mum at five tomorrow afternoon") == (
        f"I'll remind you to call mum tomorrow at 17:00.{TAKE_BACK}")
