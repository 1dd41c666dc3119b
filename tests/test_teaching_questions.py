"""A question asked in the middle of teaching is answered, and the teaching goes on.

A new user teaching "reading mode" asked "what time is it?" and "is the lamp on?" and
met "We're still teaching ..." instead of the answer. A person expects the answer and
then to be reminded where the teaching was; words that are teaching steps ("desk lamp
to 100 %", "done", "cancel") keep their teaching meaning.
"""

from __future__ import annotations

import re

from _assistant_helpers import add_routine, make_assistant, said, seed_routines

from teachapp.conversation import Source, TurnInput
from teachapp.domain import SetStep

NOTHING_YET = ('Back to teaching "morning tea": it doesn\'t do anything yet. Tell me what it '
               'should do, e.g. ')
SO_FAR = ('Back to teaching "morning tea": so far it will turn on Desk lamp. Tell me what '
          'else it should do, or say "done".')


def teaching_morning_tea(store, *shown: str):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "morning tea", *shown)
    return assistant


def test_what_time_is_it_is_answered_and_the_teaching_goes_on(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    answer, reminder = assistant.handle_text("what time is it?")
    assert re.fullmatch(r"It's \d\d:\d\d\.", answer)
    assert reminder == SO_FAR
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}
    said(assistant, "done")
    assert assistant.handle_text("yes") == ['Saved. Say "morning tea" any time.']
    assert store.routine("morning tea").steps == [SetStep("light.desk_lamp", {"on": True})]


def test_a_question_about_a_device_is_answered_from_its_state_not_the_taught_one(store):
    assistant = teaching_morning_tea(store)
    assert assistant.handle_text("is the desk lamp on?")[0] == "Desk lamp is off."
    said(assistant, "desk lamp to 100 %")
    # Taught, not done: the lamp is still off, and the answer says so.
    reply = assistant.handle_text("is the desk lamp on?")
    assert reply == ["Desk lamp is off.",
                     'Back to teaching "morning tea": so far it will set Desk lamp on at '
                     '100 %. Tell me what else it should do, or say "done".']
    assert store.device("light.desk_lamp").state["on"] is False


def test_the_reminder_says_what_to_do_when_nothing_is_taught_yet(store):
    assistant = teaching_morning_tea(store)
    answer, reminder = assistant.handle_text("what's the temperature?")
    assert answer == ("Thermostat, in the Hallway, is set to heat to 20 °C. I have no "
                      "thermometer, so that is the setting, not a reading.")
    assert reminder.startswith(NOTHING_YET)
    assert reminder.endswith('; or say "cancel".')


def test_the_temperature_in_a_room_is_answered_from_the_home(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    answer, reminder = assistant.handle_text("what's the temperature in the kitchen?")
    assert "Thermostat" in answer and "20 °C" in answer
    assert reminder == SO_FAR


def test_a_question_no_one_can_answer_says_so_and_goes_on(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    reply = assistant.handle_text("what's the weather?")
    assert reply == ['I can\'t answer "what\'s the weather?": I know this home\'s devices '
                     "and the routines you teach me.", SO_FAR]
    assert assistant.teaching is not None


def test_what_can_you_do_gets_the_apps_answer_but_help_gets_the_teaching_help(store):
    assistant = teaching_morning_tea(store)
    answer, reminder = assistant.handle_text("what can you do?")
    assert answer.startswith('I don\'t know any phrases yet: say "teach" to teach me one.')
    assert reminder.startswith(NOTHING_YET)
    assert assistant.handle_text("help")[0].startswith(
        'Tell me what "morning tea" should do, e.g. ')


def test_questions_about_routines_and_schedules_are_answered(store):
    seed_routines(store)
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    assert assistant.handle_text("what does movie mode do?")[-1] == SO_FAR
    assert assistant.handle_text("what's scheduled?") == [
        'Nothing is scheduled and no timer is set. Say, for example, "run good morning '
        'every weekday at 7" or "turn off the TV in 30 minutes".', SO_FAR]


def test_steps_keep_their_teaching_meaning(store):
    assistant = teaching_morning_tea(store)
    assert assistant.handle_text("desk lamp to 100 %") == [
        "Desk lamp → on, brightness 100 %, when the routine runs."]
    assert store.device("light.desk_lamp").state["on"] is False  # taught, not run
    assert assistant.handle_text("done") == [
        '"morning tea" will set Desk lamp on at 100 %. Shall I save it?']
    assert assistant.handle_text("cancel") == ['OK, "morning tea" was not taught.']
    assert assistant.teaching is None


def test_a_question_at_shall_i_save_it_asks_it_again_after_the_answer(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp", "done")
    reply = assistant.handle_text("is the tv on?")
    assert reply == ["TV is off.", 'Back to teaching: "morning tea" will turn on Desk lamp. '
                                   "Shall I save it?"]
    assert assistant.teaching.stage == "confirm"
    assert assistant.handle_text("yes") == ['Saved. Say "morning tea" any time.']


def test_a_spoken_question_is_answered_the_same(store):
    """``listen`` and the window's microphone come through the same turn."""
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    result = assistant.handle(TurnInput("is the desk lamp on", Source.AUDIO, 0.95))
    assert result.lines == ["Desk lamp is off.", SO_FAR]
    assert result.awaiting is not None and result.awaiting.value == "teaching"


def test_the_answered_turn_is_logged_once_as_a_teaching_turn(store):
    assistant = teaching_morning_tea(store, "turn on the desk lamp")
    before = len(store.interactions(limit=100))
    said(assistant, "is the desk lamp on?")
    turns = store.interactions(limit=100)
    assert len(turns) == before + 1
    assert (turns[0].heard, turns[0].outcome) == ("is the desk lamp on?", "answered")


def test_chat_answers_a_question_mid_teaching(teachapp_cli, db_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat",
                        input="teach\nreading mode\nis the desk lamp on?\n"
                              "living room lamp to 100 percent\ndone\nyes\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[2] == "Desk lamp is off."
    assert lines[3].startswith('Back to teaching "reading mode": it doesn\'t do anything yet.')
    assert lines[-1] == 'Saved. Say "reading mode" any time.'


def test_a_taught_phrase_that_sounds_like_a_question_keeps_its_teaching_meaning(store):
    """While teaching, a routine's phrase adds what that routine does."""
    add_routine(store, "Weather lamp", ["what's the weather"],
                [SetStep("light.desk_lamp", {"on": True})])
    assistant = teaching_morning_tea(store)
    reply = assistant.handle_text("what's the weather?")
    assert not reply[0].startswith("I can't answer")
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}
    assert store.device("light.desk_lamp").state["on"] is False  # taught, not run


def test_a_question_said_for_the_phrase_is_answered_and_the_phrase_asked_again(store):
    """At "What's the phrase?" a question about a routine was taken as the phrase ("What
    should "what does movie mode do" do?"); one no answer knows still is a phrase."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "teach")
    reply = assistant.handle_text("what does movie mode do?")
    assert reply[0].startswith("Movie mode will set ")
    assert reply[-1] == ('Back to teaching. Say the words you want to use for the new '
                         'routine, e.g. "reading mode"; or say "cancel".')
    assert assistant.teaching.stage == "phrase"
    assert assistant.handle_text("is the tv on?")[0] == "TV is off."
    assert assistant.handle_text("what's the weather")[0] == (
        'What should "what\'s the weather" do? Tell me, or set the devices, then say "done".')
