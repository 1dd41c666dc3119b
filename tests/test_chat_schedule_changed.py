"""A schedule changed by voice as a household says it, in ``teachapp chat`` (a child
process, the clock fixed on a Monday at 07:00 UTC). Before, each of these was offered for
teaching or misread: "make it 7:30" right after "run wake up every day at 7" ('I don't
know "make it 7:30". Shall I learn it?'), "run wake up at 7:30 on weekdays instead" ("I
did not understand the time '7:30 instead'; …"), "move bedtime to 10", "not on
fridays" and "skip tomorrow" ('I don't know …')."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp

_ENV = {"TEACHAPP_NOW": "2026-12-07T07:00+00:00", "TZ": "UTC"}


def _teach(db_path, phrase: str, setting: str) -> None:
    assert run_teachapp("--db", str(db_path), "teach", phrase, "--set",
                        setting).returncode == 0


def _triggers(db_path, name: str) -> list[dict]:
    listed = run_teachapp("--db", str(db_path), "list", "--json", env=_ENV)
    return next(json.loads(line)["triggers"] for line in listed.stdout.splitlines()
                if json.loads(line)["name"] == name)


def test_make_it_moves_the_repeating_schedule_just_set_and_cancel_that_puts_it_back(
        db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "run wake up every day at 7", "make it 7:30",
                       "cancel that", env=_ENV)
    assert lines[1:] == [
        "Wake up will run every day at 07:30 instead of 07:00. Next: Mon 7 Dec at 07:30.",
        "OK, wake up runs every day at 07:00 again."]
    assert [t["at"] for t in _triggers(db_path, "wake up")] == ["07:00"]


def test_instead_replaces_the_schedule_on_the_days_said_and_keeps_the_others(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "run wake up every day at 7",
                       "run wake up at 7:30 on weekdays instead", "what's scheduled",
                       "run wake up at 7:30 on weekdays instead", env=_ENV)
    assert lines[1:] == [
        "Wake up will run every weekday at 07:30 instead of every day at 07:00. It still "
        "runs at 07:00 at weekends. Next: Mon 7 Dec at 07:30.",
        "Scheduled: Wake up: at 07:00 at weekends; every weekday at 07:30.",
        # (it said "… every weekday at 07:30 instead of every weekday at 07:30")
        "Wake up already runs every weekday at 07:30."]


def test_move_a_routine_to_a_bare_hour_keeps_its_half_of_the_day(db_path):
    _teach(db_path, "bedtime", "media_player.tv.on=false")
    lines = chat_lines(db_path, "run bedtime every day at 22:30", "what time is it",
                       "move bedtime to 10", "set the desk lamp to 10", env=_ENV)
    assert lines[2:] == [
        "Bedtime will run every day at 22:00 instead of 22:30. Next: Mon 7 Dec at 22:00.",
        "Desk lamp: on, brightness 10 %."]  # a device's level stays one


def test_move_a_routine_with_two_schedules_says_which_and_changes_nothing(db_path):
    _teach(db_path, "bedtime", "media_player.tv.on=false")
    lines = chat_lines(db_path, "run bedtime every weekday at 22:30",
                       "run bedtime on saturdays at 23:00", "move bedtime to 10", env=_ENV)
    assert lines[-1] == (
        "Bedtime runs every weekday at 22:30 and on Saturdays at 23:00. Say which, e.g. "
        "\"run bedtime every weekday at 22:00 instead\". Nothing was changed.")


def test_not_on_fridays_right_after_a_schedule_drops_that_day(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "run wake up every weekday at 7", "not on fridays", "undo",
                       env=_ENV)
    assert lines[1:] == ["Wake up no longer runs on Fridays. It still runs Monday to "
                         "Thursday at 07:00.",
                         "OK, wake up runs every weekday at 07:00 again."]


def test_skip_tomorrow_skips_the_one_routine_that_runs_then(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "run wake up every weekday at 7", "what time is it",
                       "skip tomorrow", "undo", env=_ENV)
    assert lines[2:] == [
        "OK, wake up won't run on Tue 8 Dec at 07:00; its schedule stays. Next run: Wed 9 "
        "Dec at 07:00. Say \"run wake up tomorrow after all\" to take it back.",
        # (it was "There is nothing to undo.", and the skip stayed)
        "OK, wake up will run on Tue 8 Dec at 07:00 after all."]


def test_a_repeated_time_said_alone_after_a_run_or_a_one_off_asks_to_schedule_it(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "wake up", "every weekday at 7", "yes",
                       "run wake up tomorrow at 6 am", "every weekday", "turn on the tv",
                       "every day at 8", env=_ENV)
    assert lines[1:3] == ["Shall I run wake up every weekday at 07:00?",
                          "Wake up will run every weekday at 07:00. Next: Tue 8 Dec at 07:00."]
    assert lines[4] == "Shall I run wake up every weekday at 06:00?"
    # after a command, a repeated time alone is nobody's: offered as before
    assert lines[-1] == "I don't know \"every day at 8\". Shall I learn it?"


def test_a_schedule_pushed_back_or_made_a_time_moves_and_my_alarm_moves_too(db_path):
    """"push bedtime back half an hour" was offered for teaching; "make bedtime 10 pm"
    asked "Shall I run bedtime every day at 22:00?" (a second time on "yes"); "change my
    alarm to 7:15" read "my alarm" as a device: "This home has no alarm. …"; and "move the
    alarm to 7:15" moved tomorrow's 06:30 alarm to today's 07:15 ("in 15 minutes")."""
    _teach(db_path, "bedtime", "media_player.tv.on=false")
    lines = chat_lines(db_path, "run bedtime every day at 22:30", "set an alarm for 6:30",
                       "change my alarm to 7:15", "push bedtime back half an hour",
                       "make bedtime 10 pm", "bring bedtime forward 15 minutes", env=_ENV)
    assert lines[2:] == [
        "OK, I'll sound your alarm tomorrow at 07:15 instead.",
        "Bedtime will run every day at 23:00 instead of 22:30. Next: Mon 7 Dec at 23:00.",
        "Bedtime will run every day at 22:00 instead of 23:00. Next: Mon 7 Dec at 22:00.",
        "Bedtime will run every day at 21:45 instead of 22:00. Next: Mon 7 Dec at 21:45."]
