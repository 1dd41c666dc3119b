"""More of what people say when something went wrong, and thanks said with praise.
"not what i asked for", "you got it wrong", "that's the wrong one", "i didn't say that"
right after a command were offered as phrases to learn ("I don't know "you got it
wrong". Shall I learn it?"); now they take it back as "that's wrong" does, and while
teaching they take back the last command. "thanks, that's great" and "thank you so much,
perfect" were offered as phrases too; now "You're welcome."."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize("wrong", ["not what i asked for", "you got it wrong",
                                   "that's the wrong one", "no, that's not it",
                                   "I didn't say that", "I didn't mean that"])
def test_saying_it_was_wrong_takes_the_command_back(store, wrong):
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn on the desk lamp") == ["Desk lamp: on."]
    assert said(assistant, wrong) == ["Undone: Desk lamp put back."]
    assert store.device("light.desk_lamp").state["on"] is False


def test_while_teaching_it_takes_back_the_last_command(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "cosy", "turn on the desk lamp", "turn on the tv")
    assert said(assistant, "that's not what i asked for") == ["Removed TV."]
    assert said(assistant, "you got it wrong") == ["Removed Desk lamp."]


def test_at_a_question_it_is_a_no(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "unlock the front door")[-1].startswith("Unlock Front door?")
    said(assistant, "I didn't say that")
    assert store.device("lock.front_door").state["locked"] is True


@pytest.mark.parametrize("thanks", ["thanks, that's great", "thank you so much, perfect",
                                    "that's perfect, thank you",
                                    "that was really helpful, thanks", "thanks again"])
def test_thanks_with_praise_is_thanks(store, thanks):
    assistant, _events = make_assistant(store)
    assert said(assistant, thanks) == ["You're welcome."]


def test_praise_alone_or_a_taunt_is_no_thanks(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "thanks for nothing") != ["You're welcome."]
