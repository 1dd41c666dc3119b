"""Schedules and hunches through the real engine: the words, the store, the history."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from _assistant_helpers import add_routine, make_assistant, said, seed_routines
from conftest import run_teachapp

from teachapp.conversation.schedule_talk import clock_reply
from teachapp.domain import SetStep
from teachapp.home.hunch_watcher import HunchWatcher
from teachapp.store import DeviceChange
from teachapp.triggers import describe_trigger

UTC_ZONE = ZoneInfo("UTC")
LAMP = "light.living_room_lamp"


def test_schedules_are_set_listed_and_cancelled_by_voice(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    lines = said(assistant, "run movie mode every weekday at 7 am")
    assert lines[0].startswith("Movie mode will run every weekday at 07:00. Next:")
    assert describe_trigger(store.routine("Movie mode").triggers[0]) == "every weekday at 07:00"
    said(assistant, "run reading mode 15 minutes before sunset")  # no location: an error
    assert store.routine("Reading mode").triggers == []
    assert "Movie mode: every weekday at 07:00" in said(assistant, "what's scheduled?")[0]
    assert said(assistant, "cancel the movie mode schedule") == [
        "Movie mode no longer runs on a schedule."]
    assert store.routine("Movie mode").triggers == []
    assert "no routine called 'nothing'" in said(assistant, "run nothing at 7")[0]


def test_parts_of_the_day_and_a_routine_named_with_a_verb(store):
    seed_routines(store)
    add_routine(store, "Start work", ["start work"], [SetStep(LAMP, {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "run movie mode every night at 10")
    said(assistant, "run reading mode every morning at 7")
    said(assistant, "start work on weekdays at 8 am")
    assert [describe_trigger(store.routine(name).triggers[0])
            for name in ("Movie mode", "Reading mode", "Start work")] == [
        "every day at 22:00", "every day at 07:00", "every weekday at 08:00"]


def test_a_phrase_said_with_a_schedule_schedules_its_routine(store):
    seed_routines(store)
    add_routine(store, "Cuppa", ["put the kettle on"], [
        SetStep("switch.coffee_maker", {"on": True})])
    assistant, _ = make_assistant(store)
    assert said(assistant, "put the kettle on at 7 every weekday morning") == [
        "Cuppa will run every weekday at 07:00. Next: " + said(
            assistant, "when does cuppa start")[0].split("Next: ")[1]]
    said(assistant, "movie mode on saturday evenings at 9")
    assert describe_trigger(store.routine("Movie mode").triggers[0]) == "on Saturdays at 21:00"
    # nothing ran, and a phrase with a time but no day is no schedule
    assert not store.device("switch.coffee_maker").state["on"]
    said(assistant, "reading mode at 7")
    assert store.routine("Reading mode").triggers == []
    # a request that is no taught phrase is not scheduled as one
    said(assistant, "turn on the desk lamp every day at 7")
    assert all(not r.triggers for r in store.routines() if r.name not in ("Cuppa", "Movie mode"))


def test_the_time_said_first_or_with_schedule_for(store):
    """A new user said "every day at 7 am do morning tea" and was offered to teach it."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "every day at 7 am do movie mode")[0].startswith(
        "Movie mode will run every day at 07:00.")
    said(assistant, "schedule reading mode for 6:30 am on weekdays")
    assert describe_trigger(store.routine("Reading mode").triggers[0]) == (
        "every weekday at 06:30")
    # a sentence about the person's own day is no schedule, and runs nothing
    lines = said(assistant, "every day at 7 am i do yoga")
    assert "will run" not in " ".join(lines)
    assert [describe_trigger(t) for t in store.routine("Movie mode").triggers] == [
        "every day at 07:00"]


def test_tomorrow_tonight_and_half_an_hour_run_once(store, monkeypatch):
    """"morning tea tomorrow at 8" was offered for teaching, "run X tomorrow at 8" set a
    daily schedule of a routine called "X tomorrow", and "in an hour" was no number."""
    monkeypatch.setenv("TZ", "Europe/London")
    at = datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("Europe/London")).timestamp()
    seed_routines(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: at)
    assert said(assistant, "movie mode tomorrow at 8") == [
        "Movie mode will run once tomorrow at 08:00. Say \"cancel that\" if you change "
        "your mind."]
    assert said(assistant, "run reading mode at 10 tonight") == [
        "Reading mode will run once at 22:00. Say \"cancel that\" if you change your mind."]
    said(assistant, "run movie mode in half an hour", "run movie mode in an hour")
    assert [describe_trigger(t) for t in store.routine("Movie mode").triggers] == [
        "once at 08:00 on Wed 2 Dec 2026", "once at 12:30 on Tue 1 Dec 2026",
        "once at 13:00 on Tue 1 Dec 2026"]
    said(assistant, "run reading mode tonight at 1")  # after midnight, not 13:00
    assert describe_trigger(store.routine("Reading mode").triggers[-1]) == (
        "once at 01:00 on Wed 2 Dec 2026")
    assert said(assistant, "run movie mode today at 9 am", "no") == [  # (passed: offered)
        "09:00 today has passed (it is 12:00).", "Shall I run movie mode tomorrow at 09:00?",
        "OK, I won't schedule movie mode."]
    assert said(assistant, "run movie mode today at 9") == [  # (the next 9 o'clock)
        "Movie mode will run once at 21:00. Say \"cancel that\" if you change your mind."]
    assert said(assistant, "cancel the 8am movie mode")[0].startswith(
        "Movie mode no longer runs once at 08:00 on Wed 2 Dec 2026.")
    assert store.device("media_player.tv").state["on"] is False


def test_one_time_of_a_schedule_is_cancelled_by_naming_it(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "run wake up every day at 7", "run wake up every day at 9")
    assert said(assistant, "cancel the 7am wake up") == [
        "Wake up no longer runs every day at 07:00. It still runs every day at 09:00."]
    assert said(assistant, "cancel wake up at 9")[0] == "Wake up no longer runs on a schedule."
    assert "run wake up every day at 7" in said(assistant, "when does wake up start")[0]


def test_sunset_without_a_location_says_how_to_fix_it(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    line = said(assistant, "run reading mode at sunset")[0]
    assert "location" in line and "Settings" in line


def _nightly_history(store, days: int, start: float) -> None:
    """The lamp on 18:00-23:00 every day, nothing else: off at night is usual."""
    changes = []
    for day in range(days):
        base = start + day * 86400
        changes.append(DeviceChange(base + 18 * 3600, LAMP, {"on": True}))
        changes.append(DeviceChange(base + 23 * 3600, LAMP, {"on": False}))
    store.add_history(changes)


def _hunch_at_two_am(store, days=21):
    start = datetime(2027, 1, 4, tzinfo=UTC_ZONE).timestamp()
    _nightly_history(store, days, start)
    night = start + days * 86400 + 1 * 3600  # 01:00 on the next day
    store.clock = lambda: night
    store.update_states({LAMP: {"on": True}})
    now = night + 3600
    store.clock = lambda: now
    return now


def test_a_light_on_at_two_am_is_offered_once_and_yes_fixes_it_undoably(store):
    now = _hunch_at_two_am(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    assistant.hunch_watcher = watcher = HunchWatcher(store, UTC_ZONE, clock=lambda: now)
    assistant._hunch_talk.watcher = watcher
    offers = watcher.pending()
    assert [o.hunch.device_id for o in offers] == [LAMP]
    question = assistant.offer_hunch(offers[0])
    assert question == ["The living room lamp is usually off by now. Turn it off?"]
    why = said(assistant, "why?")[0]
    assert "off 100 % of the time" in why and "now it is on" in why
    watcher.record(offers[0].hunch, "offered")
    assert watcher.pending() == []  # offered once
    assert said(assistant, "yes")[0].startswith("Done: Living room lamp off")
    assert store.device(LAMP).state["on"] is False
    assert store.history(device_id=LAMP)[-1].cause == "hunch"
    said(assistant, "undo")
    assert store.device(LAMP).state["on"] is True


def test_no_and_dont_ask_are_remembered_across_processes(db_path, store):
    now = _hunch_at_two_am(store)
    watcher = HunchWatcher(store, UTC_ZONE, clock=lambda: now)
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    assistant._hunch_talk.watcher = watcher
    offer = watcher.pending()[0]
    assistant.offer_hunch(offer)
    assert said(assistant, "don't ask about this again") == [
        "All right, I won't ask about the living room lamp again."]
    from teachapp.store import Store

    with Store.open(db_path) as other:
        fresh = HunchWatcher(other, UTC_ZONE, clock=lambda: now + 86400 * 7)
        assert fresh.pending(now=now + 86400 * 7) == []
        assert fresh.current(now=now + 86400 * 7) == []


def test_hunches_wait_for_enough_history_and_the_command_says_so(db_path, store):
    _hunch_at_two_am(store, days=5)
    watcher = HunchWatcher(store, UTC_ZONE)
    assert watcher.pending() == []
    result = run_teachapp("--db", str(db_path), "hunches")
    assert result.returncode == 0 and "after 14 days of device history" in result.stdout


def test_when_a_routine_runs_and_stopping_one_of_its_times(store):
    """"when does X start?" answers from the schedule (it was "talk about X, not a
    request"); "stop running X at 10 pm" removes that time only, "don't run X
    anymore" the rest; "don't run X" alone stays a negation that changes nothing."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "when does movie mode start?")[0].startswith(
        "Movie mode has no schedule: it runs when you say \"movie mode\".")
    said(assistant, "run movie mode every day at 10 pm", "run movie mode every weekday at 7 am")
    line = said(assistant, "when does movie mode start")[0]
    assert line.startswith("Movie mode runs every day at 22:00 and every weekday at 07:00. "
                           "Next:")
    assert said(assistant, "stop running movie mode at 9 pm") == [
        "Movie mode does not run every day at 21:00; it runs every day at 22:00 and every "
        "weekday at 07:00. Nothing was changed."]
    assert said(assistant, "stop running movie mode at 10 pm") == [
        "Movie mode no longer runs every day at 22:00. It still runs every weekday at 07:00."]
    assert said(assistant, "don't run movie mode") == ["OK, I won't run movie mode."]
    assert len(store.routine("Movie mode").triggers) == 1
    assert said(assistant, "don't run movie mode anymore") == [
        "Movie mode no longer runs on a schedule."]
    assert store.routine("Movie mode").triggers == []
    assert store.device("media_player.tv").state["on"] is False


def test_what_time_and_day_it_is(store, monkeypatch):
    """"what time is it?" was "I don't know that. Shall I learn it?"; the app keeps
    time for its schedules, so it tells it, in the home's time zone."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # the home's zone, UTC+9
    at = datetime(2026, 11, 30, 21, 5, tzinfo=ZoneInfo("UTC")).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: at)
    assert said(assistant, "what time is it?") == ["It's 06:05."]
    assert said(assistant, "can you tell me the time please") == ["It's 06:05."]
    assert said(assistant, "what day is it today") == ["It's Tuesday 1 December."]
    assert said(assistant, "what's the date") == ["It's Tuesday 1 December."]


@pytest.mark.parametrize("text", ["what time is movie mode", "the time",
                                  "what time is it in tokyo"])
def test_other_questions_with_time_are_not_the_clock(text):
    at = datetime(2026, 11, 30, 21, 5, tzinfo=ZoneInfo("UTC"))
    assert clock_reply(text, at) is None


def test_a_schedule_set_by_voice_tells_the_window(store):
    from teachapp.conversation.events import RoutinesChanged

    seed_routines(store)
    assistant, events = make_assistant(store)
    said(assistant, "what's scheduled?")
    assert not any(isinstance(e, RoutinesChanged) for e in events)
    said(assistant, "run movie mode every day at 7 am")
    assert any(isinstance(e, RoutinesChanged) for e in events)


def test_a_device_command_said_to_repeat_is_explained_not_offered_for_teaching(store):
    assistant, _ = make_assistant(store)  # once, later, is a timer (test_timers.py)
    reply = said(assistant, "turn off the desk lamp every day at 10")[0]
    assert reply.startswith("A single command runs later once"), reply
    assert '"turn off the desk lamp"' in reply
    assert store.routines() == []


def test_after_no_it_does_not_say_everything_is_as_usual(store):
    """"is anything unusual?" after "no" to the lamp said "No hunches: everything is as
    usual for this time of the week." with the lamp still on at 02:00."""
    now = _hunch_at_two_am(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: now)
    assistant.hunch_watcher = watcher = HunchWatcher(store, UTC_ZONE, clock=lambda: now)
    assistant._hunch_talk.watcher = watcher
    assert said(assistant, "is anything unusual?") == [
        "The living room lamp is usually off by now. Turn it off?"]
    said(assistant, "no")
    assert said(assistant, "is anything unusual?") == [
        "No hunches: the only thing unusual for this time of the week is Living room lamp, "
        "and you asked me to leave it as it is."]
    assert store.device(LAMP).state["on"] is True


def _kitchen_left_on(store):
    """Three weeks of lamp evenings; the kitchen lights, never switched, on at 01:00."""
    start = datetime(2027, 1, 4, tzinfo=UTC_ZONE).timestamp()
    _nightly_history(store, 21, start)
    night = start + 21 * 86400 + 3600
    store.clock = lambda: night
    store.update_states({"light.kitchen_lights": {"on": True}})
    now = night + 3600
    assistant, _ = make_assistant(store, wall_clock=lambda: now)  # (the store's clock too)
    assistant.hunch_watcher = watcher = HunchWatcher(store, UTC_ZONE, clock=lambda: now)
    assistant._hunch_talk.watcher = watcher
    return assistant, watcher.pending()


@pytest.mark.parametrize(("answer", "reply"), [
    ("yes", "Done: Kitchen lights off. Say \"undo\" to put them back."),
    ("no", "OK, I'll leave the kitchen lights as they are.")])
def test_a_hunch_about_lights_in_the_plural_says_what_it_changed(store, answer, reply):
    """It was "Done: Kitchen lights off, brightness 100 %, colour temp 3000 K. Say
    "undo" to put it back." and "… leave the kitchen lights as it is."."""
    assistant, offers = _kitchen_left_on(store)
    assert assistant.offer_hunch(offers[0]) == [
        "The kitchen lights are usually off by now. Turn them off?"]
    assert said(assistant, answer) == [reply]


@pytest.mark.parametrize("text", ["when does pizza night run next", "when does pizza night run?"])
def test_when_a_routine_nobody_taught_runs_is_said_to_be_unknown(store, text):
    """It was "I can't answer …: I know this home's devices and the routines you teach
    me.", as if no routine could be asked about; "when does the film start" still is
    not about a routine."""
    assistant, _ = make_assistant(store)
    assert said(assistant, text) == [
        "There is no routine called 'pizza night'; say \"what's scheduled?\" or \"help\" to "
        "hear the routines."]
    assert "no routine called" not in said(assistant, "when does the film start")[0]


def test_a_fix_undone_is_a_no_and_the_night_is_not_asked_again(store):
    """"yes", then "undo": the person wants the lights on after all. An hour later the
    same question came back ("The kitchen lights are usually off by now. …")."""
    assistant, offers = _kitchen_left_on(store)
    assistant.offer_hunch(offers[0])
    said(assistant, "yes", "undo")
    assert store.device("light.kitchen_lights").state["on"] is True
    later = store.clock() + 3600
    store.clock = lambda: later
    assert assistant.hunch_watcher.pending(now=later) == []


def test_is_anything_unusual_right_after_a_fix_undone_names_the_device(store):
    """"yes", "undo", then "is anything unusual?" said "No hunches: everything is as
    usual for this time of the week." with the kitchen lights on at 02:00 (the undo had
    just changed the home, so nothing was judged); "why?" said "put back Kitchen lights
    as it was"."""
    assistant, offers = _kitchen_left_on(store)
    assistant.offer_hunch(offers[0])
    said(assistant, "yes", "undo")
    reply = ("No hunches: the only thing unusual for this time of the week is Kitchen "
             "lights, and you put them back when I changed them, so I'll leave them as "
             "they are.")
    assert said(assistant, "is anything unusual?") == [reply]
    assert said(assistant, "why did you undo that?")[-1] == (
        "You asked me to undo the last thing, so I put back Kitchen lights as they were "
        "before it ran.")
    later = store.clock() + 3600  # (and an hour on: not asked again, said the same way)
    store.clock = assistant.hunch_watcher.clock = lambda: later
    assert assistant.hunch_watcher.pending() == []
    assert said(assistant, "any hunches?") == [reply]
    said(assistant, "turn off the kitchen lights")
    assert said(assistant, "is anything unusual?") == [
        "No hunches: everything is as usual for this time of the week."]


def test_a_time_the_clocks_skip_says_why_the_next_run_is_later(store, monkeypatch):
    """"run wake up every day at 1:30" the evening before the clocks go forward said
    "Next: Sun 28 Mar at 02:30." and nothing more: the person said 1:30."""
    monkeypatch.setenv("TZ", "Europe/London")
    london = ZoneInfo("Europe/London")
    at = datetime(2027, 3, 27, 21, 0, tzinfo=london).timestamp()
    seed_routines(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: at)
    why = " Next: Sun 28 Mar at 02:30 (the clocks go forward that night, so 01:30 is 02:30)."
    assert said(assistant, "run wake up every day at 1:30") == [
        "Wake up will run every day at 01:30." + why]
    assert said(assistant, "when does wake up run?") == ["Wake up runs every day at 01:30." + why]
    assert said(assistant, "run movie mode every day at 8pm") == [
        "Movie mode will run every day at 20:00. Next: Sun 28 Mar at 20:00."]
    later = datetime(2027, 3, 28, 3, 0, tzinfo=london).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: later)
    assert said(assistant, "when does wake up run?") == [
        "Wake up runs every day at 01:30. Next: Mon 29 Mar at 01:30."]


def test_a_time_it_already_runs_at_takes_the_new_days_in_one_schedule(store):
    """"run wake up every day at 7" after "… every weekday at 7" added a second trigger
    at 07:00: on a weekday two triggers fired the routine twice, and a skip, taken by
    the first, let the second run it."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "run wake up every weekday at 7")
    assert said(assistant, "run wake up every day at 7")[0].startswith(
        "Wake up will run every day at 07:00 (it ran every weekday at 07:00). Next: ")
    assert [describe_trigger(t) for t in store.routine("Wake up").triggers] == [
        "every day at 07:00"]
    assert said(assistant, "cancel that") == ["OK, wake up runs every weekday at 07:00 again."]
    assert [describe_trigger(t) for t in store.routine("Wake up").triggers] == [
        "every weekday at 07:00"]
    said(assistant, "run reading mode every day at 9 am")
    assert said(assistant, "run reading mode on saturdays at 9 am") == [
        "Reading mode already runs every day at 09:00."]
    said(assistant, "run movie mode on saturdays at 9 am", "run movie mode on sundays at 9 am",
         "run movie mode on fridays at 10 am")
    assert [describe_trigger(t) for t in store.routine("Movie mode").triggers] == [
        "at 09:00 at weekends", "on Fridays at 10:00"]


def test_a_routine_asked_about_by_its_old_name_is_found(store):
    """"when does movie mode run?" after "rename movie mode to film night" said "There is
    no routine called 'movie mode'; …"."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "run movie mode every friday at 8pm", "rename movie mode to film night")
    lines = said(assistant, "when does movie mode run?")
    assert lines[0] == "Movie mode is called film night now."
    assert lines[1].startswith("Film night runs on Fridays at 20:00. Next: ")
    assert said(assistant, "when does pizza night run?") == [
        "There is no routine called 'pizza night'; say \"what's scheduled?\" or \"help\" to "
        "hear the routines."]
