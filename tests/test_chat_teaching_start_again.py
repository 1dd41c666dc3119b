"""While teaching, "start again" (and "let's start over", "clear all the steps") takes
every step so far out, pauses and replies too, and says so; the phrase stays and the
teaching goes on. It was 'I didn't get "start again" as something to do. …' (with no
step yet, "We're still teaching …"). "undo" right after puts the steps back
(``steps_taken_out.starts_again``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

_AGAIN = 'OK, starting again: "bedtime" doesn\'t do anything yet. Tell me what it should do.'


@pytest.mark.parametrize("words", ["start again", "let's start over", "Start again!",
                                   "clear all the steps", "oops, start from scratch",
                                   "scratch all that"])
def test_start_again_clears_the_steps_so_far(store, words):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the tv", "wait 5 seconds",
         "lock the front door")
    assert said(assistant, words) == [_AGAIN]
    said(assistant, "turn off the desk lamp")
    assert said(assistant, "done") == ['"bedtime" will turn off Desk lamp. Shall I save it?']


def test_at_the_save_question_too_and_undo_puts_them_back(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the tv", "done")
    assert said(assistant, "start again") == [_AGAIN]
    assert said(assistant, "undo") == ["Put back TV off."]
    assert said(assistant, "done") == ['"bedtime" will turn off TV. Shall I save it?']
