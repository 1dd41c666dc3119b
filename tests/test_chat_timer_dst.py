"""A timer or reminder set for a length of time across the night the clocks change, in
``teachapp chat`` (a child process, Europe/Berlin, at a fixed moment): the moment was
right (counted in real time) but the reply subtracted and compared wall times, so at
01:50 the night the clocks go forward "in 20 minutes" said "at 03:10 (in 1 hour 20
minutes)", and at 02:59 the night they go back it was refused: "02:19 has passed; say a
time still to come." (``schedule_words.time_left``, ``timer_talk``, ``reminders``)."""

from __future__ import annotations

import pytest
from conftest import chat_lines

_LATER = 'Say "cancel that" if you change your mind.'


@pytest.mark.parametrize(("now", "tv", "lamp", "mum"), [
    ("2027-03-28T01:50+01:00", "03:10", "03:50", "03:20"),  # forward: 02:00 is 03:00
    ("2027-10-31T02:59+02:00", "02:19", "02:59", "02:29"),  # back: 03:00 is 02:00 again
])
def test_a_length_of_time_across_the_change_is_said_in_real_time(db_path, now, tv, lamp, mum):
    lines = chat_lines(db_path, "turn off the tv in 20 minutes",
                       "turn off the desk lamp in an hour",
                       "remind me in 30 minutes to call mum", "what's scheduled?",
                       env={"TEACHAPP_NOW": now, "TZ": "Europe/Berlin"})
    assert lines == [
        f"I'll turn off TV at {tv} (in 20 minutes). {_LATER}",
        f"I'll turn off Desk lamp at {lamp} (in 1 hour). {_LATER}",
        f"I'll remind you to call mum at {mum} (in 30 minutes). {_LATER}",
        f"Timers: turn off TV at {tv} (in 20 minutes) · reminder to call mum at {mum} (in 30 "
        f"minutes) · turn off Desk lamp at {lamp} (in 1 hour)."]
