"""Undo and "what did it do" as a household says them. "put it back the way it was",
"turn it back", "change it back" were offered for teaching ('I don't know "put it back
the way it was". Shall I learn it?'); "what did movie night do" told the steps to come
("Movie night will turn on TV …"), not what its last run changed; "undo" after a one-off
run had run ("run heating on in 1 minute") took back the schedule already spent ("OK,
heating on won't run once at 06:01 …") and left the heating as the run set it; and a
routine whose name ends in "on" could not be given a time ("run heating on in 1
minute": 'I don't know …. Shall I learn it?')."""

from __future__ import annotations

from datetime import UTC, datetime

from _assistant_helpers import add_routine, make_assistant, said
from conftest import chat_lines, run_teachapp

from teachapp.domain import SetStep
from teachapp.home import Executor
from teachapp.store import change_cause

_ENV = {"TEACHAPP_NOW": "2026-12-07T19:00+00:00", "TZ": "UTC"}


def _teach_movie_night(db_path) -> None:
    assert run_teachapp("--db", str(db_path), "teach", "movie night", "--set",
                        "media_player.tv.on=true", "--set",
                        "light.living_room_lamp.brightness=20").returncode == 0


def test_everyday_words_for_undo_put_the_last_run_back(db_path):
    _teach_movie_night(db_path)
    lines = chat_lines(db_path, "movie night", "put it back the way it was",
                       "turn on the desk lamp", "change it back", "movie night", "turn it back",
                       env=_ENV)
    assert lines[1::2] == ["Undone: Living room lamp and TV put back.",
                           "Undone: Desk lamp put back.",
                           "Undone: Living room lamp and TV put back."]


def test_what_did_a_routine_do_tells_its_last_run(db_path):
    _teach_movie_night(db_path)
    lines = chat_lines(db_path, "what did movie night do", "movie night", "undo",
                       "what did movie night do", env=_ENV)
    assert lines[0] == "Movie night will turn on TV and then set Living room lamp on at 20 %."
    assert lines[-1] == (
        "Movie night last ran today at 19:00, when you said \"movie night\": it turned on TV "
        "and then set Living room lamp on at 20 %. You undid it afterwards.")


def test_a_routine_named_with_on_at_its_end_takes_a_time(db_path):
    assert run_teachapp("--db", str(db_path), "teach", "heating on", "--set",
                        "climate.thermostat.target_temp=23").returncode == 0
    lines = chat_lines(db_path, "run heating on every day at 6 am", env=_ENV)
    assert lines == ["Heating on will run every day at 06:00. Next: Tue 8 Dec at 06:00."]


def test_undo_after_a_one_off_run_has_run_puts_its_changes_back(store):
    add_routine(store, "heating on", ["heating on"],
                [SetStep("climate.thermostat", {"target_temp": 23})])
    now = [datetime(2026, 12, 7, 6, 0, tzinfo=UTC).timestamp()]
    assistant, _ = make_assistant(store, wall_clock=lambda: now[0])
    assert said(assistant, "run heating on in 1 minute")[0].startswith(
        "Heating on will run once at 06:01")
    now[0] += 90  # the run is due: run as the schedule watch runs it
    with change_cause("schedule", "heating on"):
        Executor(assistant.backend, store, None, wall_clock=lambda: now[0]).run(
            store.routine("heating on"), utterance="(schedule 06:01)")
    assert store.device("climate.thermostat").state["target_temp"] == 23
    assert said(assistant, "undo") == ["Undone: Thermostat put back."]
    assert store.device("climate.thermostat").state["target_temp"] != 23
