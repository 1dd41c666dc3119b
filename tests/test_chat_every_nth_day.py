"""A repetition by count ("every second day", "every third day", "every second
monday", "every first monday of the month") said of a routine is answered with what a
schedule can keep, and nothing changes, in ``teachapp chat`` (a child process at a
fixed moment): only "every other day" and "every 2 days" were; these were offered for
teaching as a phrase of their own ("I don't know "run movie night every second day at
8 pm". Shall I learn it?"). The trigger model repeats on weekdays or a day of the
month, so none of them can be a schedule (``schedule_sentences._UNKEPT_RE``)."""

from __future__ import annotations

import json

import pytest
from conftest import chat_lines, device_states

_KEPT = ('a schedule repeats on days of the week ("every friday at 8 pm", "every weekday '
         'at 7") or on a day of every month ("every month on the 1st at 9"), or runs once on '
         'a date ("on the 1st at 8 pm"). Nothing was changed.')
_ENV = {"TEACHAPP_NOW": "2026-12-09T14:00+00:00", "TZ": "UTC"}


@pytest.mark.parametrize("when", [
    "every second day at 8 pm", "every other day at 8 pm", "every third day",
    "every 2nd day at 8 pm", "every second monday at 8 pm", "every second week",
    "every first monday of the month at 8 pm", "every last friday of the month at 9",
])
def test_a_count_of_days_is_said_to_be_no_schedule(teachapp_cli, db_path, when):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "movie night", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, f"run movie night {when}", "what's scheduled?", env=_ENV)
    assert lines[0] == f"Movie night can't run {when}: {_KEPT}"
    assert lines[1].startswith("Nothing is scheduled")
    assert device_states(db_path)["media_player.tv"]["on"] is False
    listed = json.loads(teachapp_cli(*db, "list", "--json").stdout)
    assert listed["triggers"] == []


def test_a_day_of_every_month_said_with_every_is_still_kept(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "pay rent", "--say", "pay the rent").returncode == 0
    lines = chat_lines(db_path, "run pay rent every 1st of the month at 9 am",
                       "run pay rent every 15th at 8 pm", env=_ENV)
    assert lines == ["Pay rent will run every month on the 1st at 09:00. Next: Fri 1 Jan at "
                     "09:00.",
                     "Pay rent will run every month on the 15th at 20:00. Next: Tue 15 Dec "
                     "at 20:00."]
