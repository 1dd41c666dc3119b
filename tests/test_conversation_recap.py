""""What did you do today?": the day's runs and changes, read from the device history."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation import recap
from teachapp.conversation.talk import parse_talk
from teachapp.store import DeviceChange

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 6, 3, 21, 30, tzinfo=ZONE)
NAMES = {"light.desk_lamp": "Desk lamp", "media_player.tv": "TV", "lock.front_door": "Front door"}


def _at(hour: int, minute: int = 0, day: int = 3) -> float:
    return datetime(2026, 6, day, hour, minute, tzinfo=ZONE).timestamp()


def test_runs_are_named_once_per_run_with_their_times_and_schedules_said():
    changes = [
        DeviceChange(_at(7), "light.desk_lamp", {"on": True}, "schedule", "Good morning"),
        DeviceChange(_at(7), "media_player.tv", {"on": True}, "schedule", "Good morning"),
        DeviceChange(_at(19, 5), "media_player.tv", {"on": True}, "routine", "Movie mode"),
        DeviceChange(_at(20), "light.desk_lamp", {"on": False}, "command", "desk lamp off"),
        DeviceChange(_at(20, 30), "lock.front_door", {"locked": False}, "outside"),
        DeviceChange(_at(23, day=2), "media_player.tv", {"on": False}, "routine", "Bedtime"),
    ]
    day = recap.day_of("today", NOW, ZONE)
    assert recap.recap(changes, NAMES, day) == [
        "Today I ran good morning at 07:00 (on its schedule) and movie mode at 19:05.",
        "Device commands changed Desk lamp.",
        "Outside the app, Front door changed."]
    yesterday = recap.day_of("yesterday", NOW, ZONE)
    assert recap.recap(changes, NAMES, yesterday) == ["Yesterday I ran bedtime at 23:00."]
    morning = recap.day_of("this morning", NOW, ZONE)
    assert recap.recap(changes[3:5], NAMES, morning) == ["Nothing changed this morning."]


def test_the_questions_people_ask():
    for text, when in (("what did you do today", "today"), ("what happened yesterday?",
                       "yesterday"), ("anything happen this morning", "this morning"),
                       ("what's been going on today", "today")):
        talk = parse_talk(text)
        assert talk is not None and (talk.kind, talk.value) == ("recap", when), text
    # the newest turn that did something (it was the last turn, a question answered too)
    assert parse_talk("what did you do").kind == "explain_done"


def test_the_assistant_answers_from_what_really_ran(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "what did you do today") == ["Nothing changed today."]
    said(assistant, "movie mode", "desk lamp on")
    lines = said(assistant, "what did you do today")
    assert lines[0].startswith("Today I ran movie mode at "), lines
    assert lines[1] == "Device commands changed Desk lamp."


def test_a_run_that_changed_nothing_still_ran(store):
    """The TV and the lamp already as movie mode leaves them: it was "Device commands
    changed Living room lamp and TV." alone, while "when did movie mode last run?"
    said today."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv", "set the tv volume to 40", "living room lamp to 20 percent",
         "movie mode")
    lines = said(assistant, "what did you do today")
    assert lines[0].startswith("Today I ran movie mode at "), lines
    assert lines[1:] == ["Device commands changed Living room lamp and TV."]
