"""A request of its own said while teaching waits for an answer is done, and the
question is asked again.

A person teaching "morning tea" who said "set a timer for 10 minutes" heard "We're
still teaching ..." (nothing set), or at "What's the phrase?" had the timer taken as
the new phrase; "reading mode" at "Shall I save it?" was copied into the routine being
taught instead of run. Steps stay steps: a device command while steps are collected,
and "and then reading mode" at "Shall I save it?", are taught as before.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.domain import SetStep

SO_FAR = ('Back to teaching "morning tea": so far it will turn on Desk lamp. Tell me what '
          'else it should do, or say "done".')
SAVE_IT = ('Back to teaching: "morning tea" will turn on Desk lamp. Shall I save it?')
AFTERNOON = datetime(2026, 12, 1, 14, 0)  # local time, as the assistant's clock reads it
TIMER_SET = re.compile(r"I'll tell you when 10 minutes are up at \d\d:\d\d \(in 10 minutes\)\..*")


def teaching_morning_tea(store, *shown: str, **assistant_options):
    seed_routines(store)
    assistant, _ = make_assistant(store, **assistant_options)
    said(assistant, "teach", "morning tea", *shown)
    return assistant


def test_a_timer_said_while_steps_are_collected_is_set_and_the_teaching_goes_on(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    set_, reminder = assistant.handle_text("set a timer for 10 minutes")
    assert TIMER_SET.fullmatch(set_), set_
    assert reminder == SO_FAR
    assert [words.startswith("10-minute timer") for _, words in assistant.timers()] == [True]
    said(assistant, "done")
    assert assistant.handle_text("yes") == ['Saved. Say "morning tea" any time.']
    assert store.routine("morning tea").steps == [SetStep("light.desk_lamp", {"on": True})]


def test_cancel_that_right_after_takes_the_timer_back_not_a_step(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "set a timer for 10 minutes")
    cancelled, reminder = assistant.handle_text("cancel that")
    assert cancelled.startswith("Cancelled the 10-minute timer"), cancelled
    assert reminder == SO_FAR
    assert assistant.timers() == []
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}


def test_a_timer_at_whats_the_phrase_is_no_phrase(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "teach")
    set_, reminder = assistant.handle_text("set a timer for 10 minutes")
    assert TIMER_SET.fullmatch(set_), set_
    assert reminder.startswith("Back to teaching. Say the words you want to use")
    assert assistant.teaching.phrase == ""
    said(assistant, "morning tea")
    assert assistant.teaching.phrase == "morning tea"


def test_a_schedule_asked_for_is_set_and_the_teaching_goes_on(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    set_, reminder = assistant.handle_text("run reading mode every day at 9 pm")
    assert set_.startswith("Reading mode will run every day at 21:00."), set_
    assert reminder == SO_FAR
    assert [str(t.time) for t in store.routine("Reading mode").triggers] == ["21:00:00"]


def test_a_taught_phrase_at_shall_i_save_it_runs_and_it_is_asked_again(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "done")
    ran, again = assistant.handle_text("reading mode")
    assert ran == "Reading mode: set Living room lamp on at 100 %."
    assert again == SAVE_IT
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}
    assert assistant.handle_text("yes") == ['Saved. Say "morning tea" any time.']
    assert store.routine("morning tea").steps == [SetStep("light.desk_lamp", {"on": True})]


def test_cancel_that_after_the_run_puts_it_back_and_the_teaching_stays(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "done", "reading mode")
    lines = assistant.handle_text("cancel that")
    assert lines[-1] == SAVE_IT
    assert store.device("light.living_room_lamp").state["on"] is False
    assert assistant.teaching is not None


def test_steps_stay_steps(store):
    """A taught phrase while steps are collected, and one said with "and then" at
    "Shall I save it?", give its steps; a device command is a step; nothing runs."""
    assistant = teaching_morning_tea(store, "reading mode", "turn on the desk lamp", "done",
                                     "and then movie mode")
    assert assistant.teaching.stage == "actions"
    assert set(assistant.teaching.targets) == {
        "light.living_room_lamp", "light.desk_lamp", "media_player.tv"}
    assert store.device("light.living_room_lamp").state["on"] is False
    assert store.device("media_player.tv").state["on"] is False
    assert assistant.timers() == []


def test_a_request_that_asks_back_is_answered_next_and_then_the_teaching_goes_on(store):
    """"remind me to call mum" asks when; it was asked, then "Back to teaching …" in the
    same breath, and the answer "at 6 pm" was 'I didn't get "at 6 pm" as something to do'.
    At 14:00 by the assistant's clock: near 18:00 the reply names how long is left, and
    after it the reminder is tomorrow's (CI at 15:03 failed on the wall clock)."""
    assistant = teaching_morning_tea(store, "turn on the desk lamp",
                                     wall_clock=lambda: AFTERNOON.timestamp())
    assert said(assistant, "remind me to call mum") == [
        "When should I remind you? Say it with a time, like \"at 5 pm\" or \"in 20 minutes\", "
        "or all of it, like \"remind me to call mum at 5 pm\"."]
    set_, reminder = assistant.handle_text("at 6 pm")
    assert set_ == ("I'll remind you to call mum at 18:00. "
                    'Say "cancel that" if you change your mind.'), set_
    assert reminder == SO_FAR
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}


def test_words_after_an_unanswered_question_are_the_phrase_as_before(store):
    """At 14:00 by the assistant's clock ("at 7" is 19:00 then; after 19:00 it is
    "tomorrow at 07:00", and after midnight "at 07:00 this morning")."""
    seed_routines(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: AFTERNOON.timestamp())
    said(assistant, "teach")
    assert said(assistant, "turn on the desk lamp at 7") == [
        "Do you mean at 19:00, or at 7 % brightness?"]
    said(assistant, "study mode")  # (no answer to it: "morning tea" is, as outside teaching)
    assert assistant.teaching.phrase == "study mode"
    assert assistant.timers() == []



@pytest.mark.parametrize("words", ["undo", "undo that", "put it back"])
def test_undo_after_the_run_puts_it_back_and_asks_again(store, words):
    """"undo" right after a taught phrase ran at "Shall I save it?" took out the
    teaching's last step (the run stayed); it undoes the run, as "cancel that" does."""
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "done", "reading mode")
    lines = assistant.handle_text(words)
    assert lines[-1] == SAVE_IT, lines
    assert store.device("light.living_room_lamp").state["on"] is False
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}
    assert assistant.handle_text("yes") == ['Saved. Say "morning tea" any time.']
    assert store.routine("morning tea").steps == [SetStep("light.desk_lamp", {"on": True})]


def test_undo_at_any_other_point_takes_out_the_last_step(store):
    """Past the turn after the run, "undo" is the teaching's again: the last step goes."""
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "done", "reading mode",
                                     "no", "turn on the tv")
    said(assistant, "undo")
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}
    assert store.device("light.living_room_lamp").state["brightness"] == 100


def test_undo_right_after_a_timer_cancels_it_not_a_step(store):
    """As outside teaching, and as "cancel that" does while teaching."""
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "set a timer for 10 minutes")
    cancelled, reminder = assistant.handle_text("undo")
    assert cancelled.startswith("Cancelled the 10-minute timer"), cancelled
    assert reminder == SO_FAR
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}
