"""Triggers and next_run: forms, weekdays, daylight saving, sunrise, clear errors."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from teachapp.errors import RoutineFileError, ScheduleError
from teachapp.schedule import Place, next_run, place_from_settings
from teachapp.store import dump_routine_file, parse_routine_file
from teachapp.triggers import Trigger, describe_trigger, trigger_from_dict, trigger_to_dict

BERLIN = ZoneInfo("Europe/Berlin")
HOME = Place(BERLIN, 52.52, 13.40)


def test_every_weekday_at_seven_skips_the_weekend():
    trigger = trigger_from_dict({"at": "07:00", "days": "weekdays"})
    friday_evening = datetime(2027, 1, 8, 20, 0, tzinfo=BERLIN)
    assert next_run(trigger, friday_evening, HOME) == datetime(2027, 1, 11, 7, 0, tzinfo=BERLIN)
    assert describe_trigger(trigger) == "every weekday at 07:00"
    once = trigger_from_dict({"once": "2027-01-08T20:05"})
    assert describe_trigger(once) == "once at 20:05 on Fri 8 Jan 2027"


def test_a_recurring_time_in_the_spring_gap_runs_shifted_and_the_day_is_not_skipped():
    trigger = trigger_from_dict({"at": "02:30"})
    runs = []
    after = datetime(2027, 3, 27, 12, 0, tzinfo=BERLIN)
    for _ in range(3):
        after = next_run(trigger, after, HOME)
        runs.append(after)
    assert [r.strftime("%m-%d %H:%M") for r in runs] == ["03-28 03:30", "03-29 02:30",
                                                         "03-30 02:30"]


def test_an_ambiguous_fall_back_time_runs_once():
    trigger = trigger_from_dict({"at": "02:30"})
    first = next_run(trigger, datetime(2027, 10, 30, 12, 0, tzinfo=BERLIN), HOME)
    second = next_run(trigger, first, HOME)
    assert first.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert second.date().isoformat() == "2027-11-01"
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=25)


def test_a_once_time_that_does_not_exist_is_a_clear_error():
    trigger = trigger_from_dict({"once": "2027-03-28T02:30"})
    with pytest.raises(ScheduleError, match="does not exist in Europe/Berlin"):
        next_run(trigger, datetime(2027, 1, 1, tzinfo=BERLIN), HOME)


def test_sunset_with_an_offset_and_sunrise_without_a_location():
    trigger = trigger_from_dict({"at": "sunset", "offset": -15})
    when = next_run(trigger, datetime(2027, 6, 21, 12, 0, tzinfo=BERLIN), HOME)
    assert when.date().isoformat() == "2027-06-21" and time(21, 0) < when.time() < time(21, 30)
    with pytest.raises(ScheduleError, match="location"):
        next_run(trigger_from_dict({"at": "sunrise"}), datetime.now(UTC), Place(BERLIN))


@pytest.mark.parametrize("item, words", [
    ({"every": "day"}, "unknown trigger form"),
    ({"at": "25:00"}, "not a time of day"),
    ({"at": "07:00", "days": ["someday"]}, "not a weekday"),
    ({"at": "07:00", "offset": 5}, "offset goes with"),
    ({"once": "tomorrow"}, "not a date and time"),
    # an unquoted `at: 30` (YAML's number 30) was 00:30: no sexagesimal int is below 60
    ({"at": 30}, r"30 is not an hour of the day \(0 to 23\); write the time as \"HH:MM\""),
    ({"at": 24}, "not an hour of the day"),
])
def test_triggers_in_unknown_forms_are_refused_with_the_fix(item, words):
    with pytest.raises(ScheduleError, match=words):
        trigger_from_dict(item)


def test_routine_files_round_trip_triggers_and_name_the_bad_one():
    text = """
routines:
  - name: Good morning
    phrases: [good morning]
    triggers:
      - at: 7:00
        days: weekdays
      - at: sunrise
        offset: -10
        days: [sat, sun]
      - once: 2027-01-01T08:00:00+01:00
"""
    _, routines = parse_routine_file(text)
    triggers = routines[0].triggers
    assert triggers[0] == Trigger("time", time=time(7, 0), days=(0, 1, 2, 3, 4))
    again = parse_routine_file(dump_routine_file([], routines))[1][0].triggers
    assert again == triggers
    assert [trigger_to_dict(t) for t in again][1] == {"at": "sunrise", "offset": -10,
                                                      "days": "weekends"}
    with pytest.raises(RoutineFileError, match=r"'Good morning', field 'triggers\[0\]'"):
        parse_routine_file(text.replace("at: 7:00", "every: monday"))


def test_location_settings_are_checked():
    assert place_from_settings({"timezone": "Europe/Berlin", "latitude": 1,
                                "longitude": 2}).has_location
    with pytest.raises(Exception, match="not a time zone"):
        place_from_settings({"timezone": "Mars/Olympus"})


@pytest.mark.parametrize(("days", "said"), [
    ((0, 1, 2, 3, 5, 6), "every day except Fridays at 07:30"),
    ((0, 2, 3, 4, 6), "every day except Tuesdays and Saturdays at 07:30"),
    ((0, 1, 2, 3, 4, 5), "Monday to Saturday at 07:30"),
    ((0, 2, 4), "on Mondays, Wednesdays and Fridays at 07:30"),
])
def test_days_are_said_the_short_way(days, said):
    """"Wake up no longer runs on Fridays. It still runs on Mondays, Tuesdays, Wednesdays,
    Thursdays, Saturdays and Sundays at 07:30." was read aloud after "not on fridays"."""
    assert describe_trigger(Trigger("time", time=time(7, 30), days=days)) == said


def test_an_hour_alone_in_a_routine_file_is_read_as_chat_reads_one_said():
    """`at: "8"` was 08:00 and an unquoted `at: 8` (YAML's number 8) 00:08, where chat
    asks "8 in the morning or in the evening?": the routine's name places it, an hour
    from 13 is as written, and else the file is refused with how to write it."""
    text = """
routines:
  - name: Movie night
    phrases: [movie night]
    triggers: [{at: 8, days: fridays}, {at: "9"}, {at: 20}]
  - name: Good morning
    phrases: [good morning]
    triggers: [{at: "7"}]
"""
    _, routines = parse_routine_file(text)
    assert [[t.time for t in r.triggers] for r in routines] == [
        [time(20), time(21), time(20)], [time(7)]]
    with pytest.raises(RoutineFileError, match=r"'Reading mode', field 'triggers\[0\]': '8' "
                       r"could be 08:00 or 20:00; write \"08:00\" or \"20:00\""):
        parse_routine_file(text.replace("Movie night", "Reading mode").replace("at: 8,", 'at: "8",'))
