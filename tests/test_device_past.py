""""Did you lock the door?", "when did the lights go off?", "did the tv get turned off?":
a device's past, answered from the device history. They were all 'I can't answer
"...": I know this home's devices and the routines you teach me.'; "who turned on the
tv" already answered from the same history (``device_why``)."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import add_routine, make_assistant, said
from test_reminders import _utc  # noqa: F401 (a fixture: the home's zone is UTC)

from teachapp.conversation.manage import answered_talk
from teachapp.conversation.recap import away_of, day_of
from teachapp.conversation.talk import parse_talk
from teachapp.domain import SetStep
from teachapp.store import DeviceChange

LIGHTS = ["light.bedroom_lamp", "light.kitchen_lights", "light.ceiling_light",
          "light.living_room_lamp", "light.desk_lamp"]
NIGHT = datetime(2020, 1, 10, 20, 23, tzinfo=UTC)
"""A moment long past, for the history's clock (the run log keeps the real time, so a
run told from it is asked about on the real clock, its time read as HH:MM)."""


def _home(store, clock=None):
    add_routine(store, "bedtime", ["bedtime"],
                [*(SetStep(light, {"on": False}) for light in LIGHTS),
                 SetStep("lock.front_door", {"locked": True})])
    assistant, _ = (make_assistant(store, wall_clock=clock) if clock is not None
                    else make_assistant(store))
    return assistant


def _said(assistant, words: str) -> list[str]:
    """The replies with each clock time as HH:MM."""
    return [re.sub(r"\b\d\d:\d\d\b", "HH:MM", line) for line in said(assistant, words)]


def test_did_you_lock_the_door_after_a_run_that_locked_it(store):
    assistant = _home(store)
    said(assistant, "turn on the kitchen lights", "unlock the front door", "yes", "bedtime")
    assert _said(assistant, "did you lock the door?") == [
        "Yes: I locked Front door at HH:MM when bedtime ran."]
    assert _said(assistant, "did you unlock the door") == [
        "Yes: I unlocked Front door at HH:MM when you said \"unlock the front door\". "
        "Front door is locked now."]
    assert _said(assistant, "when did the lights go off") == [
        "Kitchen lights went off at HH:MM (bedtime).",
        "Bedtime ran at HH:MM and turns off Bedroom lamp, Ceiling light, Living room lamp "
        "and Desk lamp, but they were off already."]
    assert _said(assistant, "did the tv get turned off?") == [
        "No: TV has not been turned off today; it is off."]


def test_devices_already_so_and_nothing_done(store):
    """The door locked before bedtime ran: no change was recorded, and the run is said."""
    assistant = _home(store)
    assert _said(assistant, "did you unlock the door") == [
        "No: Front door has not been unlocked today; it is locked."]
    said(assistant, "bedtime")
    assert _said(assistant, "did you lock the door?") == [
        "Yes: bedtime ran at HH:MM and locks Front door, but it was locked already."]
    assert _said(assistant, "when was the door unlocked?") == [
        "I have no record of Front door being unlocked; it is locked."]


def test_the_lights_said_together_when_one_run_turned_them_all_off(store):
    assistant = _home(store)
    said(assistant, "turn on all the lights", "bedtime")
    assert _said(assistant, "when did the lights go off?") == [
        "The lights went off at HH:MM (bedtime)."]
    assert _said(assistant, "did you turn off the lights") == [
        "Yes: I turned off the lights at HH:MM when bedtime ran."]
    assert _said(assistant, "did you turn off the kitchen lights") == [
        "Yes: I turned off Kitchen lights at HH:MM when bedtime ran."]


def test_a_change_before_today_is_not_today(store):
    """Told from the history the store keeps, whenever it was recorded."""
    assistant = _home(store, lambda: NIGHT.timestamp())
    store.add_history([DeviceChange((NIGHT - timedelta(days=1)).timestamp(), "media_player.tv",
                                    {"on": True}, "command", "turn on the tv")])
    assert said(assistant, "did the tv get turned on") == [
        "Not today: I turned on TV yesterday at 20:23 when you said \"turn on the tv\". "
        "TV is off now."]  # (the history alone was written: the TV is as it was)
    assert said(assistant, "when did the tv go on?") == [
        "TV went on yesterday at 20:23 (when you said \"turn on the tv\"). TV is off now."]
    store.add_history([DeviceChange((NIGHT - timedelta(hours=1)).timestamp(), "media_player.tv",
                                    {"on": False}, "outside")])
    assert said(assistant, "did you turn off the tv") == [
        "TV was turned off outside the app (by hand, by another app or by the device "
        "itself) at 19:23, not by me."]


@pytest.mark.parametrize(("words", "target", "value"), [
    ("did you lock the door?", "the door", "locked"),
    ("did you turn the tv off", "the tv", "off"),
    ("has the back door been unlocked today", "the back door", "unlocked"),
    ("did anyone open the blinds", "the blinds", "open"),
    ("when did the lights go off", "the lights", "when off"),
    ("what time did the tv get turned on?", "the tv", "when on"),
    ("when was the front door locked", "the front door", "when locked"),
    ("did the door lock", "the door", "locked"), ("did the blinds close", "the blinds",
                                                  "closed")])
def test_the_questions_people_ask(words, target, value):
    talk = parse_talk(words)
    assert talk is not None and (talk.kind, talk.target, talk.value) == (
        "past_state", target, value)


@pytest.mark.parametrize("words", ["did you lock the car", "when was movie night on",
                                   "did the kids turn off the tv", "when did it go off"])
def test_no_device_of_this_home_is_no_question_of_its_past(store, words):
    assistant = _home(store)
    talk = answered_talk(words, store, assistant.resolve, assistant._command_parser())
    assert talk is None or talk.kind != "past_state"


@pytest.mark.parametrize(("words", "value"), [
    ("what happened while I was out?", "away:while you were out"),
    ("anything happen while we were away", "away:while you were away"),
    ("what did you do while I was asleep", "away:while you were asleep"),
    ("what's happened since I left", "away:since you left"),
    ("what happened last night", "last night"), ("what happened overnight", "overnight")])
def test_the_spans_people_ask_about(words, value):
    talk = parse_talk(words)
    assert talk is not None and (talk.kind, talk.value) == ("recap", value)


def test_last_night_is_the_evening_before_to_the_morning():
    morning = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    night = day_of("last night", morning, UTC)
    assert (night.start, night.end) == (datetime(2026, 12, 5, 18, tzinfo=UTC),
                                        datetime(2026, 12, 6, 6, tzinfo=UTC))
    small_hours = day_of("last night", datetime(2026, 12, 6, 2, 0, tzinfo=UTC), UTC)
    assert small_hours.end == datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


def test_while_out_is_the_newest_quiet_stretch_between_turns():
    now = datetime(2026, 12, 5, 18, 30, tzinfo=UTC)
    turns = [now - timedelta(minutes=m) for m in (2, 5, 250, 260)]
    away = away_of(turns, now, UTC)
    assert away is not None
    assert (away.start, away.end) == (now - timedelta(minutes=250), now - timedelta(minutes=5))
    assert away.words == "while you were out (from 14:20 until 18:25)"
    gone = away_of([now - timedelta(hours=3)], now, UTC, "since you left")
    assert gone is not None and gone.words == "since you left (from 15:30 until now)"
    assert away_of([now - timedelta(minutes=m) for m in (1, 20, 40)], now, UTC) is None


def test_what_happened_last_night(store):
    morning = NIGHT + timedelta(hours=12)  # (08:23 the next morning)
    assistant = _home(store, lambda: morning.timestamp())
    store.add_history([
        DeviceChange((NIGHT + timedelta(hours=2)).timestamp(), "light.kitchen_lights",
                     {"on": False}, "routine", "bedtime"),
        DeviceChange((NIGHT + timedelta(hours=3)).timestamp(), "media_player.tv",
                     {"on": True}, "outside"),
        DeviceChange((NIGHT - timedelta(hours=5)).timestamp(), "light.desk_lamp",
                     {"on": True}, "command", "turn on the desk lamp")])  # (that afternoon)
    assert said(assistant, "what happened last night?") == [
        "Last night I ran bedtime at 22:23.", "Outside the app, TV changed."]


@pytest.mark.parametrize(("now", "since"), [
    ("2026-12-09T15:00+00:00", "12:00"),
    ("2026-12-09T01:30+00:00", "yesterday at 22:30"),  # (asked in the small hours)
    ("2028-01-01T00:10+00:00", "yesterday at 21:10"),  # (past midnight of a new year)
])
def test_what_happened_while_i_was_out(store, db_path, monkeypatch, now, since):
    """The person's last turn three hours back, then the house on its own: the recap of
    that stretch, said with its times (at a fixed moment: the history was written at the
    real time while the turns and the assistant read ``TEACHAPP_NOW``, so the recap was
    empty whenever that was set)."""
    import sqlite3

    from teachapp.clock import wall_now
    from teachapp.store import Interaction

    monkeypatch.setenv("TEACHAPP_NOW", now)
    assistant = _home(store)
    store.log_interaction(Interaction("is the tv on?", "reject", outcome="answered"))
    with sqlite3.connect(db_path) as db:  # (as if asked three hours ago)
        db.execute("UPDATE interaction SET at = datetime(at, '-3 hours')")
    hour_ago = wall_now() - timedelta(hours=1)
    store.add_history([DeviceChange(hour_ago.timestamp(), "light.kitchen_lights",
                                    {"on": True}, "outside")])
    assert said(assistant, "what happened while I was out?") == [
        f"While you were out (from {since} until now):",
        "Outside the app, Kitchen lights changed."]


@pytest.mark.parametrize(("words", "answer"), [
    ("did I leave the lights on?", "Desk lamp is on. The other 4 are off."),
    ("did we leave the door unlocked", "Front door is locked."),
    ("did the kids leave the tv on", "TV is off.")])
def test_left_on_is_asked_as_how_things_are(store, words, answer):
    """"did I leave the lights on?" was 'I can't answer "…"': it asks how they are now."""
    assistant = _home(store)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, words) == [answer]
