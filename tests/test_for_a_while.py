"""A change for a while ("turn the tv on for an hour"): done now, put back by a timer
when the time is up, with the timers' own list, cancel and undo. Before, the sentence
was "I don't know ... Shall I learn it?" and nothing happened."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said
from test_timers import ManualClock

from teachapp.conversation.awareness import HomeWatch
from teachapp.conversation.for_a_while import for_a_while, put_back
from teachapp.domain import Device, SetStep
from teachapp.home import SimulatedBackend
from teachapp.settings import Settings
from teachapp.understanding.commands import CommandParser

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
TV, FAN, DOOR, HEAT = ("media_player.tv", "fan.bedroom_fan", "lock.front_door",
                       "climate.thermostat")


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    return assistant


def _read(store, text):
    parser = CommandParser(store.devices())
    return for_a_while(text, parser.parse, store.devices())


@pytest.mark.parametrize(("words", "seconds", "back"), [
    ("turn the tv on for an hour", 3600, [SetStep(TV, {"on": False})]),
    ("turn on the bedroom fan for 20 mins", 1200, [SetStep(FAN, {"on": False})]),
    ("unlock the front door for 10 minutes", 600, [SetStep(DOOR, {"locked": True})]),
    ("set the heating to 24 for half an hour", 1800, [SetStep(HEAT, {"target_temp": 21})]),
    ("turn the telly on, for the next couple of hours", 7200, [SetStep(TV, {"on": False})]),
])
def test_the_ways_a_person_says_it(store, words, seconds, back):
    store.save_devices([Device(HEAT, "Thermostat", "Hall", {"target_temp": 21})])
    wanted = _read(store, words)
    assert wanted is not None and (wanted.seconds, wanted.back) == (seconds, back)


@pytest.mark.parametrize("words", [
    "turn on the tv for the kids",  # no length of time
    "set a timer for 10 minutes",  # a timer, no device command
    "purple elephant for an hour",  # no device command before "for"
    "turn on the tv",
])
def test_what_is_no_change_for_a_while(store, words):
    assert _read(store, words) is None


def test_a_switch_goes_back_the_other_way_and_a_level_to_what_it_was(store):
    devices = [Device(TV, "TV", "Living room", {"on": True, "volume": 30})]
    assert put_back([SetStep(TV, {"on": True})], devices) == [SetStep(TV, {"on": False})]
    assert put_back([SetStep(TV, {"volume": 60})], devices) == [SetStep(TV, {"volume": 30})]
    assert put_back([SetStep(TV, {"volume": 30})], devices) == []  # already so


def test_the_tv_is_on_now_and_off_when_the_hour_is_up(store):
    assistant = _assistant(store)
    reply = said(assistant, "turn the tv on for an hour")
    assert reply == ["TV: on.", "I'll set TV off at 22:00 (in 1 hour). Say \"cancel that\" if "
                     "you change your mind."]
    assert store.device(TV).state["on"] is True
    [timer] = store.timers()
    assert timer.steps == [SetStep(TV, {"on": False})]
    assert timer.at == (NOW + timedelta(hours=1)).timestamp()
    assert "set TV off at 22:00" in said(assistant, "what timers are set")[0]
    clock = ManualClock(NOW)
    watch = HomeWatch(store, SimulatedBackend(store), Settings(), clock=clock,
                      announce=lambda _line: None)
    watch.hunches_enabled = False
    clock.t = watch.tick() + 2
    watch.tick()
    assert store.device(TV).state["on"] is False and store.timers() == []


def test_cancel_that_keeps_the_change_and_undo_puts_it_back_too(store):
    assistant = _assistant(store)
    said(assistant, "turn on the bedroom fan for 2 hours")
    assert said(assistant, "cancel that") == [
        "Cancelled the timer to set Bedroom fan off at 23:00."]
    assert store.device(FAN).state["on"] is True and store.timers() == []
    said(assistant, "turn off the bedroom fan")
    said(assistant, "turn on the bedroom fan for 2 hours")
    assert said(assistant, "undo") == ["Cancelled the timer to set Bedroom fan off at 23:00.",
                                       "Undone: Bedroom fan put back."]
    assert store.device(FAN).state["on"] is False and store.timers() == []


def test_undo_after_a_plain_timer_still_only_cancels_it(store):
    """The timer ids of changes for a while are kept apart from a later plain timer's,
    even when the database gives the same id again."""
    assistant = _assistant(store)
    said(assistant, "turn on the bedroom fan for 2 hours")
    said(assistant, "cancel that")
    said(assistant, "turn off the telly in 10 mins")
    assert said(assistant, "undo") == ["Cancelled the timer to turn off TV at 21:10."]
    assert store.device(FAN).state["on"] is True


def test_a_level_that_was_already_so_sets_no_timer(store):
    assistant = _assistant(store)
    said(assistant, "turn the tv volume to 40")
    assert said(assistant, "turn the tv volume to 40 for an hour")[-1] == (
        "It was already so, so there is nothing to put back later.")
    assert store.timers() == []


def test_off_for_an_hour_when_already_off_stays_off_and_sets_no_timer(store):
    """"turn off the tv for an hour" with the TV off set a timer to turn it ON after the
    hour, and "lock the front door for an hour" one to unlock it: a timer never turns on
    or unlocks what was not on or unlocked before."""
    assistant = _assistant(store)
    assert said(assistant, "turn off the tv for an hour") == [
        "TV is already off.", "It was already so, so there is nothing to put back later."]
    assert said(assistant, "lock the front door for an hour")[0] == (
        "Front door is already locked.")
    assert store.timers() == []


def test_on_for_a_while_when_already_on_still_goes_off_after(store):
    assistant = _assistant(store)
    said(assistant, "turn on the bedroom fan")
    assert said(assistant, "turn on the bedroom fan for 10 minutes") == [
        "Bedroom fan is already on.", "I'll set Bedroom fan off at 21:10 (in 10 minutes). "
        "Say \"cancel that\" if you change your mind."]


def test_of_several_only_those_changed_are_put_back(store):
    assistant = _assistant(store)
    said(assistant, "turn on the bedroom fan")
    assert said(assistant, "turn off the tv and the bedroom fan for an hour")[-1] == (
        "I'll set Bedroom fan on at 22:00 (in 1 hour). Say \"cancel that\" if you change "
        "your mind.")
    [timer] = store.timers()
    assert timer.steps == [SetStep(FAN, {"on": True})]


def test_a_bit_more_says_the_last_change_again_and_only_a_change(store):
    """"a bit more" after "brighter" was "I don't know 'a bit more'"; after a routine,
    or when it would change nothing, it is still not a command."""
    assistant = _assistant(store)
    said(assistant, "living room lamp to 50 percent", "brighter")
    brightness = store.device("light.living_room_lamp").state["brightness"]
    said(assistant, "a bit more")
    assert store.device("light.living_room_lamp").state["brightness"] > brightness
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "more")[0].startswith("I don't know \"more\"")


def test_a_kind_the_home_has_several_of_is_asked_about_then_done_for_the_while(store):
    """"turn on the lamp for 10 minutes" with three lamps was 'I don't know "turn on the
    lamp for 10 minutes". Shall I learn it?', while "turn off the lamp in 10 minutes"
    asked which one: now it asks the same, and the answer does it for the while."""
    assistant = _assistant(store)
    assert said(assistant, "turn on the lamp for 10 minutes") == [
        "Do you want me to turn on Bedroom lamp, Living room lamp and Desk lamp for 10 "
        "minutes? Say yes, or which one."]
    assert said(assistant, "the desk lamp") == [
        "Desk lamp: on.", "I'll set Desk lamp off at 21:10 (in 10 minutes). Say \"cancel "
        "that\" if you change your mind."]
    assert store.device("light.desk_lamp").state["on"] is True
    assert store.device("light.bedroom_lamp").state["on"] is False
    [timer] = store.timers()
    assert timer.steps == [SetStep("light.desk_lamp", {"on": False})]


def test_yes_does_it_to_all_of_them_and_no_leaves_them(store):
    assistant = _assistant(store)
    said(assistant, "turn on the lamp for half an hour")
    assert said(assistant, "yes")[-1] == (
        "I'll set Bedroom lamp off, set Living room lamp off and set Desk lamp off at 21:30 "
        "(in 30 minutes). Say \"cancel that\" if you change your mind.")
    said(assistant, "turn off the lamp for 5 minutes")
    assert said(assistant, "no") == ["OK, I'll leave things as they are."]
    assert store.device("light.desk_lamp").state["on"] is True
