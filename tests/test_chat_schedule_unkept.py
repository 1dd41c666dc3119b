"""A repetition no schedule keeps ("every two weeks", "on the last day of the month";
"on the first of every month" without a time asks it) said of a routine is answered so, and nothing changes, in ``teachapp chat``
and ``run`` (child processes): it was offered for teaching as a phrase of its own, and
"run movie night monthly" ran movie night (``schedule_talk._UNKEPT_RE``)."""

from __future__ import annotations

import json

from conftest import chat_lines, device_states

_KEPT = ('a schedule repeats on days of the week ("every friday at 8 pm", "every weekday '
         'at 7") or on a day of every month ("every month on the 1st at 9"), or runs once on '
         'a date ("on the 1st at 8 pm"). Nothing was changed.')


def _triggers(teachapp_cli, db_path) -> list:
    proc = teachapp_cli("--db", str(db_path), "list", "--json")
    return [json.loads(line)["triggers"] for line in proc.stdout.splitlines()]


def test_a_day_of_the_month_is_said_to_be_no_schedule(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "movie night", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, "run movie night on the first of every month",
                       "run movie night monthly", "movie night every two weeks",
                       "i do yoga every other day", "run movie night every friday at 8 pm")
    # was "I don't know "run movie night on the first of every month". Shall I learn it?"
    # A month's day is a schedule now (test_schedule_monthly): what is missing is asked.
    assert lines[:3] == ["At what time on the 1st of every month? Say it like \"every month "
                         "on the 1st at 9\".",
                         "On which day of the month? Say it like \"every month on the 1st at "
                         "9\".",  # (it ran movie night)
                         f"Movie night can't run every two weeks: {_KEPT}"]
    assert lines[3].startswith("I don't know \"i do yoga every other day\"")  # no routine
    assert lines[4].startswith("Movie night will run on Fridays at 20:00.")
    assert device_states(db_path)["media_player.tv"]["on"] is False
    assert [len(t) for t in _triggers(teachapp_cli, db_path)] == [1]  # (the Friday one)
    run = teachapp_cli(*db, "run", "movie night on the last day of the month")
    assert run.returncode == 1
    assert run.stderr.strip().startswith("teachapp: At what time on the last day of every "
                                         "month? Say it like \"every month on the last day "
                                         "at 9\".")


_EVENT = ('I can\'t tell when that is. A schedule runs at a time ("every day at 7 pm"), at '
          'sunrise or sunset, or once after a delay ("in 20 minutes"). Nothing was changed.')


def test_a_moment_no_clock_says_is_said_to_be_no_schedule(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "movie night", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, "run movie night after every meal", "movie night before bed",
                       "run movie night when i get home", "turn on the tv when i get home")
    # was "I don't know "run movie night after every meal". Shall I learn it?"
    assert lines[:3] == [f"Movie night can't run after every meal: {_EVENT}",
                         f"Movie night can't run before bed: {_EVENT}",
                         f"Movie night can't run when I get home: {_EVENT}"]
    assert lines[3].startswith("I don't know \"turn on the tv when i get home\"")  # no routine
    assert device_states(db_path)["media_player.tv"]["on"] is False
    assert _triggers(teachapp_cli, db_path) == [[]]
