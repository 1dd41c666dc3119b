"""``listen --json`` says what chat does with a transcript ("talk": a timer, schedule
talk, talk about routines, a device question answered) by chat's own list of readers
(``conversation.readers``): for each sentence here, the label listen prints is the one
chat's turn recorded, so the two cannot drift apart (they did twice, copied by hand)."""

from __future__ import annotations

import json

import pytest
from _assistant_helpers import add_routine, make_assistant

from teachapp.cli.speech import _report
from teachapp.conversation import TurnInput
from teachapp.domain import SetStep
from teachapp.speech.transcript import Transcript
from teachapp.store import turn_details

SAID = [
    # transcript, what chat does with it (None: the resolver and the device commands)
    ("turn off the tv in 30 minutes", "timer"),
    ("in ten minutes, turn off the tv", "timer"),
    ("wait a bit, then movie mode", "timer"),          # asks how long, runs nothing
    ("cancel the timer", "timer"),
    ("wait five minutes, then movie mode", "schedule"),  # movie mode once, later
    ("run movie mode every day at 10 pm", "schedule"),
    ("what's scheduled", "schedule"),
    ("what time is it", "schedule"),
    ("forget movie mode", "forget"),
    ("what does movie mode do", "describe"),
    ("add the tv to movie mode", "add_step"),
    ("is the coffee maker on", "device_question"),     # beside "put the coffee maker on"
    ("movie mode", None),
    ("turn on the desk lamp", None),
    ("what is the capital of peru", None),
]

SAME_READER = {"cancel_timer": "timer"}
"""listen names what the timer reader does finer than chat's record of it."""


def _chat_did(store, transcript: Transcript) -> str | None:
    """What a new chat session did with ``transcript``, as its turn was recorded."""
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput.from_transcript(transcript))
    assistant.close()  # (the turn's record is saved)
    turn = store.interactions(limit=1)[0]
    talk = turn_details(store, [turn.id])[turn.id].detail.get("talk")
    if talk is None and (turn.decision, turn.outcome) == ("reject", "answered"):
        return "device_question"
    return talk


@pytest.fixture
def home(store):
    add_routine(store, "Movie mode", ["movie mode"], [SetStep("media_player.tv", {"on": True})])
    add_routine(store, "put the coffee maker on", ["put the coffee maker on"],
                [SetStep("switch.coffee_maker", {"on": True})])  # (as `teach` names it)
    return store


@pytest.mark.parametrize(("words", "label"), SAID)
def test_listen_labels_a_transcript_as_chat_reads_it(home, capsys, words, label):
    transcript = Transcript(words, 0.9, engine="whisper:tiny.en", open_vocabulary=True)
    listener, _events = make_assistant(home)  # (listen decides by chat's own engine)
    _report(transcript, listener, "command", True)
    listener.close()
    listened = json.loads(capsys.readouterr().out.splitlines()[-1]).get("talk")
    chat = _chat_did(home, transcript)
    assert (SAME_READER.get(listened, listened), chat) == (label, label)


@pytest.mark.parametrize(("words", "action", "line"), [
    ("turn on the desk lamp", "run_command",
     'Chat runs the device command "turn on Desk lamp" (confidence 1.00); no routine runs.'),
    ("turn on the lamp", "ask",
     'Chat asks before it runs the device command "turn on Bedroom lamp, Living room lamp '
     'and Desk lamp" (confidence 0.66); no routine runs.'),
    ("movie mode", "run_routine", None)])
def test_listen_says_what_chat_does_with_a_device_command(home, capsys, words, action, line):
    """listen said "Decision: reject (score 0.00)" alone of a built-in device command
    chat runs (its own resolver only): now chat's decision (``Assistant.preview``)."""
    transcript = Transcript(words, 0.9, engine="whisper:tiny.en", open_vocabulary=True)
    listener, _events = make_assistant(home)
    _report(transcript, listener, "command", True)
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["action"] == action
    _report(transcript, listener, "command", False)
    said = capsys.readouterr().out.splitlines()
    assert said[-1] == line if line else said[-1].startswith("Decision: run Movie mode")
    listener.close()
