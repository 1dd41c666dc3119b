"""A question asked while the app waits for an answer, in ``teachapp chat`` (a child
process): "is the tv on?" at "Unlock Front door? Say yes or no." was answered and the
question dropped, so the "yes" after it answered nothing ("There's nothing to answer right
now."); "what time is it?" kept it open without a word. Now each is answered, the open
question is said again, and the answer after it still answers it."""

from __future__ import annotations

from conftest import chat_lines, device_states

_UNLOCK = "Unlock Front door? Say yes or no."
_WHICH = ("Do you want me to turn on Bedroom lamp, Living room lamp and Desk lamp? Say yes, "
          "or which one.")


def test_a_question_in_passing_keeps_ours_open_and_says_it_again(teachapp_cli, db_path):
    lines = chat_lines(db_path, "unlock the front door", "is the tv on?", "what time is it?",
                       "say that again", "yes")
    assert lines[:3] == [_UNLOCK, "TV is off.", _UNLOCK]
    assert lines[3].startswith("It's ") and lines[4] == _UNLOCK
    assert lines[5:] == [lines[3], _UNLOCK,  # the last reply again, ours once, not twice
                         "Front door: unlocked."]
    assert device_states(db_path)["lock.front_door"]["locked"] is False


def test_which_one_and_shall_i_learn_it_wait_past_a_question(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the lamp", "which lights are on?", "the desk one",
                       "reading mode", "is the desk lamp on", "yes", "cancel")
    assert lines == [
        _WHICH, "None of them is on: all 5 are off.", _WHICH, "Desk lamp: on.",
        "I don't know \"reading mode\". Shall I learn it?", "Desk lamp is on, brightness 100 %.",
        "I don't know \"reading mode\". Shall I learn it?",
        "What should \"reading mode\" do? Tell me, or set the devices, then say \"done\".",
        'OK, "reading mode" was not taught.']


def test_a_request_still_talks_over_the_question(teachapp_cli, db_path):
    lines = chat_lines(db_path, "unlock the front door", "turn on the tv", "yes")
    assert lines == [_UNLOCK, "(I left Front door locked.)", "TV: on.", "There's nothing to answer right now. Say a phrase, "
                     "or \"teach\" to teach me a new one."]
    assert device_states(db_path)["lock.front_door"]["locked"] is True
