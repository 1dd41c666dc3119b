""""set a timer for 120": a number alone over 90 is too many minutes to take for granted
and may be seconds (microwave style), so which is asked ("120 minutes or 120 seconds?");
it was offered for teaching ("I don't know …"), while "set a timer for 5" set 5 minutes.
The next turn may give the unit alone, a whole length, or decline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    return make_assistant(store, wall_clock=lambda: EVENING.timestamp())[0]


@pytest.mark.parametrize(("answer", "reply"), [
    ("seconds", "I'll tell you when 120 seconds are up at 19:02 (in 2 minutes)."),
    ("minutes", "I'll tell you when 120 minutes are up at 21:00 (in 2 hours)."),
    ("120 seconds", "I'll tell you when 120 seconds are up at 19:02 (in 2 minutes)."),
    ("2 hours", "I'll tell you when 2 hours are up at 21:00 (in 2 hours)."),
])
def test_a_timer_for_a_number_over_90_asks_the_unit(store, answer, reply):
    assistant = _assistant(store)
    assert said(assistant, "set a timer for 120") == ["120 minutes or 120 seconds?"]
    assert said(assistant, answer)[0].startswith(reply)
    assert len(store.timers()) == 1


def test_no_to_the_unit_sets_nothing(store):
    assistant = _assistant(store)
    assert said(assistant, "timer 200") == ["200 minutes or 200 seconds?"]
    assert said(assistant, "no") == ["OK, no timer."]
    assert store.timers() == []


def test_a_named_timer_keeps_its_name(store):
    assistant = _assistant(store)
    said(assistant, "set a pasta timer for 300")
    assert said(assistant, "the second one")[0].startswith(
        "I'll tell you when the pasta timer is done at 19:05 (in 5 minutes).")


def test_ninety_is_still_minutes(store):
    assert said(_assistant(store), "set a timer for 90")[0].startswith(
        "I'll tell you when 90 minutes are up at 20:30")


def test_an_answer_joins_what_was_asked():
    from teachapp.conversation.reminders import with_answer

    assert with_answer("set a timer for 120", "secs") == "set a timer for 120 seconds"
    assert with_answer("set a timer for 120", "an hour") == "set a timer for an hour"
    assert with_answer("remind me to pay rent", "at 9") == "remind me to pay rent at 9"


@pytest.mark.parametrize(("answer", "reply"), [
    ("seconds", "I'll turn off TV at 19:02 (in 2 minutes)."),
    ("2 hours", "I'll turn off TV at 21:00 (in 2 hours)."),
])
def test_a_device_command_in_a_number_over_90_asks_the_unit(store, answer, reply):
    assistant = _assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn off the tv in 120") == ["120 minutes or 120 seconds?"]
    assert said(assistant, answer)[0].startswith(reply)
    assert store.device("media_player.tv").state["on"] is True  # (later, not now)


def test_no_to_a_device_commands_unit_sets_nothing(store):
    assistant = _assistant(store)
    said(assistant, "turn off the tv in 150")
    assert said(assistant, "no") == ["OK, I won't."]
    assert store.timers() == []
