"""Monthly schedules: "every month on the 1st at 9am", "on the first of the month". A
routine file carries them as ``day_of_month:`` beside ``at:`` (an extension of DESIGN's
form: a file without it loads as before). They were refused ("Pay rent can't run every
month on the 1st at 9am: a schedule repeats on days of the week …")."""

from __future__ import annotations

import json
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from conftest import run_teachapp

from teachapp.errors import ScheduleError
from teachapp.schedule import Place, next_run
from teachapp.store import dump_routine_file, parse_routine_file
from teachapp.triggers import Trigger, describe_trigger, trigger_from_dict, trigger_to_dict

BERLIN = ZoneInfo("Europe/Berlin")
HOME = Place(BERLIN)


def _runs(trigger: Trigger, after: datetime, count: int) -> list[datetime]:
    runs = []
    for _ in range(count):
        moment = next_run(trigger, after, HOME)
        assert moment is not None
        runs.append(moment)
        after = moment
    return runs


def test_a_day_of_every_month_runs_each_month_and_the_last_day_in_shorter_ones():
    trigger = trigger_from_dict({"at": "09:00", "day_of_month": 31})
    assert describe_trigger(trigger) == "every month on the last day at 09:00"
    assert describe_trigger(Trigger("time", time=time(9), month_day=22)) == (
        "every month on the 22nd at 09:00")
    runs = _runs(trigger, datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN), 4)
    assert [(r.month, r.day, r.hour) for r in runs] == [(2, 28, 9), (3, 31, 9), (4, 30, 9),
                                                        (5, 31, 9)]
    assert runs[1].utcoffset() != runs[0].utcoffset()  # (summer time: still 09:00 local)
    first = Trigger("time", time=time(2, 30), month_day=28)
    assert next_run(first, datetime(2027, 3, 1, tzinfo=BERLIN), HOME) == datetime(
        2027, 3, 28, 3, 30, tzinfo=BERLIN)  # (the clocks skip 02:30 that night)


def test_the_file_form_round_trips_and_an_old_file_loads_as_before():
    text = """
routines:
  - name: Pay rent
    phrases: [pay rent]
    steps:
      - say: Pay the rent
    triggers:
      - at: "09:00"
        day_of_month: 1
      - at: "07:00"
        days: weekdays
"""
    _, routines = parse_routine_file(text)
    triggers = routines[0].triggers
    assert triggers == [Trigger("time", time=time(9), month_day=1),
                        Trigger("time", time=time(7), days=(0, 1, 2, 3, 4))]
    assert parse_routine_file(dump_routine_file([], routines))[1][0].triggers == triggers
    assert [trigger_to_dict(t) for t in triggers] == [
        {"at": "09:00", "day_of_month": 1}, {"at": "07:00", "days": "weekdays"}]


@pytest.mark.parametrize(("item", "words"), [
    ({"at": "09:00", "day_of_month": 32}, "not a day of the month; use 1 to 31"),
    ({"at": "09:00", "day_of_month": "first"}, "not a day of the month"),
    ({"at": "09:00", "day_of_month": 1, "days": "weekdays"}, "do not go together"),
    ({"at": "sunset", "day_of_month": 1}, "goes with a time"),
])
def test_a_day_of_the_month_that_cannot_be_is_refused_with_the_fix(item, words):
    with pytest.raises(ScheduleError, match=words):
        trigger_from_dict(item)


def test_said_in_chat_it_is_kept_listed_and_asked_about_when_half_said(db_path):
    run_teachapp("--db", str(db_path), "teach", "pay rent", "--say", "pay the rent")
    env = {"TEACHAPP_NOW": "2026-12-05T10:00+00:00", "TZ": "UTC"}
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat", env=env, input=(
        "run pay rent every month on the 1st at 9am\nrun pay rent on the first of the month\n"
        "run pay rent monthly at 9\nrun pay rent every other month\n"
        "run pay rent on the 15th at 9am\nrun pay rent on the last day of the month at 8pm\n"
        "run pay rent on the first monday of the month at 9\n"))
    assert proc.returncode == 0, proc.stderr
    replies = proc.stdout.splitlines()
    assert replies[:3] == [
        "Pay rent will run every month on the 1st at 09:00. Next: Fri 1 Jan at 09:00.",
        "At what time on the 1st of every month? Say it like \"every month on the 1st at 9\".",
        "On which day of the month? Say it like \"every month on the 1st at 9\"."]
    assert replies[3].startswith("Pay rent can't run every other month: a schedule repeats")
    assert replies[4].startswith("Pay rent will run once on Tue 15 Dec at 09:00.")
    assert replies[5] == ("Pay rent will run every month on the last day at 20:00. Next: Thu "
                          "31 Dec at 20:00.")
    assert replies[6].startswith("Pay rent can't run on the first monday of the month at 9: a "
                                 "schedule repeats")
    listed = json.loads(run_teachapp("--db", str(db_path), "list", "--json", env=env).stdout)
    assert listed["triggers"][0] == {"at": "09:00", "day_of_month": 1}
    assert listed["next_run"] == "2026-12-15T09:00:00+00:00"
