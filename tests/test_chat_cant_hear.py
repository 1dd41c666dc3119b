""""I can't hear the tv" is a complaint, read as what it asks for: the TV turned up, as
"the tv is too quiet" is. It was offered as a phrase to learn ("I don't know "I can't
hear the tv". Shall I learn it?"): the "can't" read as a refusal, as in "can't see" before
that complaint was listed (``understanding/data/commands.yaml``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said
from conftest import chat_lines


@pytest.mark.parametrize("words", ["I can't hear the tv", "i cannot hear the telly",
                                   "we can barely hear the tv", "it's hard to hear the tv",
                                   "we can hardly hear the television"])
def test_not_hearing_a_device_turns_it_up(store, words):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    before = store.device("media_player.tv").state["volume"]
    assert said(assistant, words) == [f"TV: volume {before + 10} %."]
    assert store.device("media_player.tv").state["volume"] == before + 10
    assert said(assistant, "undo") == ["Undone: TV put back."]


def test_not_hearing_anything_asks_which_player(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "turn on the office speaker")
    assert said(assistant, "i can't hear anything") == [
        "Do you want me to turn up TV and Office speaker? Say yes, or which one."]
    assert said(assistant, "the speaker") == ["Office speaker: volume 40 %."]


def test_a_thing_with_no_sound_is_said_so(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "i can't hear the desk lamp") == [
        "Desk lamp has no volume. I can turn up TV and Office speaker."]


def test_while_teaching_it_is_a_step(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "film night")
    assert said(assistant, "i can't hear the tv") == ["TV → volume 40 %, when the routine runs."]


def test_chat_turns_the_tv_up(db_path, store):
    assert chat_lines(db_path, "turn on the tv", "i can't hear the tv") == [
        "TV: on.", "TV: volume 40 %."]


@pytest.mark.parametrize("words", ["i can't hear myself think", "we can't hear each other"])
def test_not_hearing_oneself_turns_it_down(store, words):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    before = store.device("media_player.tv").state["volume"]
    assert said(assistant, words) == [f"TV: volume {before - 10} %."]


def test_said_beside_a_command_as_its_reason(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn the tv down, i can't hear myself think") == [
        "TV: volume 20 %."]
