"""An offer to learn lapses when the person moves on. "Shall I learn it?" was said again
after every question asked in passing and stayed open as long as they came, so a "yes"
or "ok" minutes later taught words said long before ("blorp", "what time is it?", "what
lights are on?", "yes" -> 'What should "blorp" do? …'). It is kept past one question
(said again, as before), not two."""

import re

import pytest
from _assistant_helpers import Clock, make_assistant, said
from conftest import chat_lines

_OFFER = "I don't know \"blorp\". Shall I learn it?"
_NOTHING = ("There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a "
            "new one.")


def test_one_question_in_passing_keeps_it(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "blorp") == [_OFFER]
    lines = said(assistant, "which lights are on?")
    assert lines == ["None of them is on: all 5 are off.", _OFFER]
    assert said(assistant, "yes") == [
        "What should \"blorp\" do? Tell me, or set the devices, then say \"done\"."]


@pytest.mark.parametrize("answer", ["yes", "ok", "sure"])
def test_a_second_question_lets_it_lapse(store, answer):
    clock = Clock()
    assistant, _events = make_assistant(store, clock)
    said(assistant, "blorp")
    clock.advance(30)
    said(assistant, "which lights are on?")
    clock.advance(30)
    assert said(assistant, "is the tv on?") == ["TV is off."]  # (not asked again)
    clock.advance(30)
    assert said(assistant, answer) == [_NOTHING]
    assert assistant._teacher.session is None
    assert store.routine_names() == []


def test_in_chat(db_path, store):
    lines = chat_lines(db_path, "blorp", "what time is it?", "what lights are on?", "yes")
    assert lines[0] == _OFFER and re.fullmatch(r"It's \d\d:\d\d\.", lines[1])
    assert lines[2:] == [_OFFER, "None of them is on: all 5 are off.", _NOTHING]
