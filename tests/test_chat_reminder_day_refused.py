"""A reminder whose date does not exist ("remind me on the 31st of november to pay rent")
asks for a day that does, and the next turn's day completes it; a day alone answers
"When should I remind you?" by asking its time. In ``teachapp chat`` (a child process)
at a fixed moment, so the days said are the same whenever the suite runs.

On main the refusal stayed open as a question whose every answer met it again ("on
the 30th of november at 9": 'I don't know "on the 30th of november at 9". Shall I learn
it?', while "what time is it?" said the refusal once more), and "on 8 march" after
"When should I remind you?" was offered for teaching."""

from __future__ import annotations

from conftest import chat_lines

_ENV = {"TEACHAPP_NOW": "2026-12-09T14:00+00:00", "TZ": "UTC"}
_SET = 'Say "cancel that" if you change your mind.'


def test_a_date_that_does_not_exist_is_asked_again_and_answered(db_path):
    lines = chat_lines(db_path, "remind me on the 31st of november to pay rent",
                       "what time is it?", "on the 30th of november at 9",
                       "remind me to call mum", "on the 31st of april", "on the 30th of april at 8",
                       "what's scheduled?", env=_ENV)
    refused = ('There is no 31st of november; say a day of the month that exists, like "on 8 '
               'march".')
    assert lines[:4] == [refused, "It's 14:00.", refused,
                         f"I'll remind you to pay rent on Tue 30 Nov at 09:00. {_SET}"]
    assert lines[4].startswith("When should I remind you?")
    assert lines[5:7] == [refused.replace("november", "april"),
                          f"I'll remind you to call mum on Fri 30 Apr at 08:00. {_SET}"]
    assert lines[7:] == ["Timers: reminder to call mum on Fri 30 Apr at 08:00 · reminder "
                         "to pay rent on Tue 30 Nov at 09:00."]


def test_a_day_alone_answers_when_by_asking_its_time(db_path):
    lines = chat_lines(db_path, "remind me to water the plants", "on 8 march", "at 9",
                       "remind me to feed the cat", "next friday", "no", env=_ENV)
    assert lines[1] == ('At what time on 8 march should I remind you? Say it like "at 9 am", '
                        'or all of it, like "remind me to water the plants on 8 march at 9 am".')
    assert lines[2] == f"I'll remind you to water the plants on Mon 8 Mar at 09:00. {_SET}"
    assert lines[4].startswith("At what time next friday should I remind you?")
    assert lines[5] == "OK, no reminder."


def test_a_date_after_a_name_ending_in_at_is_read_whole(db_path):
    # ("feed the cat on 30 april": the "at" of "cat" kept "on" from the date, which
    # reminded "feed the cat on")
    lines = chat_lines(db_path, "remind me to feed the cat on 30 april at 8", env=_ENV)
    assert lines == [f"I'll remind you to feed the cat on Fri 30 Apr at 08:00. {_SET}"]
