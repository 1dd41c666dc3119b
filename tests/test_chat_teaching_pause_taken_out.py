""""remove the wait", "take out the pause", "not the message" while teaching were "We're
still teaching …" with the steps read back unchanged: only a device's steps could be taken
out. A pause or a spoken reply goes as a device's step does, and "undo" puts it back."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.domain import SayStep, WaitStep


def _teaching(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "x", "turn on the tv", "wait 1 minute", "turn off the tv",
         "then say bye")
    return assistant


def _kinds(assistant):
    return [type(step).__name__ for step in assistant.teaching.steps()]


def test_the_wait_taken_out_and_put_back(store):
    assistant = _teaching(store)
    assert said(assistant, "remove the wait") == [
        "OK, not the wait. So far \"x\" will turn on TV, turn off TV and then say \"bye\"."]
    assert WaitStep.__name__ not in _kinds(assistant)
    said(assistant, "undo")
    assert _kinds(assistant) == ["SetStep", "WaitStep", "SetStep", "SayStep"]


def test_the_message_taken_out(store):
    assistant = _teaching(store)
    said(assistant, "not the message")
    assert SayStep.__name__ not in _kinds(assistant)
    assert said(assistant, "take the message out")[0].startswith("\"x\" doesn't say anything.")
