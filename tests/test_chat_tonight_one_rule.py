"""One rule for "tonight" (``time_words.SMALL_HOURS_END``): the night runs on until
05:00. A timer for 04:30 set at 21:00 was said "tomorrow at 04:30" (the replies' night
ended at 03:00) while "tonight at 4" read 04:00 this night and "what's scheduled
tonight?" listed it; "what happened tonight?" asked at 01:00 looked at 18:00-24:00 of
the new day, which had not come."""

from __future__ import annotations

from conftest import chat_lines

_CANCEL = " Say \"cancel that\" if you change your mind."


def test_the_small_hours_are_tonight_in_every_reply(db_path):
    lines = chat_lines(db_path, "turn off the tv at 4:30am", "remind me to feed the cat tonight at 4",
                       "set a timer for 7 hours", "turn off the tv at 5:30am",
                       env={"TEACHAPP_NOW": "2026-12-07T21:00+00:00", "TZ": "UTC"})
    assert lines == [
        "I'll turn off TV at 04:30 tonight." + _CANCEL,
        "I'll remind you to feed the cat at 04:00 tonight." + _CANCEL,
        "I'll tell you when 7 hours are up at 04:00 tonight." + _CANCEL,
        "I'll turn off TV tomorrow at 05:30." + _CANCEL]


def test_what_happened_tonight_after_midnight(db_path):
    assert chat_lines(db_path, "turn on the tv",
                      env={"TEACHAPP_NOW": "2026-12-07T22:00+00:00", "TZ": "UTC"}) == ["TV: on."]
    lines = chat_lines(db_path, "what happened tonight",
                       env={"TEACHAPP_NOW": "2026-12-08T01:00+00:00", "TZ": "UTC"})
    assert lines == ["Device commands changed TV."]
