""""set a timer" with no length was offered for teaching ("I don't know "set a timer".
Shall I learn it?"). How long is asked, and the next turn may give just the length;
"set another timer for 3 minutes" was named "the another timer"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)
ASKED = "How long should the timer be? Say, for example, \"10 minutes\"."


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    return make_assistant(store, wall_clock=lambda: EVENING.timestamp())[0]


@pytest.mark.parametrize(("asked", "answer", "reply"), [
    ("set a timer", "ten minutes", "I'll tell you when 10 minutes are up at 19:10"),
    ("i need a timer please", "5", "I'll tell you when 5 minutes are up at 19:05"),
    ("set a timer", "for an hour", "I'll tell you when 1 hour is up at 20:00"),
    ("start a pasta timer", "12 minutes", "I'll tell you when the pasta timer is done at 19:12"),
])
def test_a_timer_without_a_length_asks_how_long(store, asked, answer, reply):
    assistant = _assistant(store)
    assert said(assistant, asked) == [ASKED]
    assert said(assistant, answer)[0].startswith(reply)
    assert len(store.timers()) == 1


def test_no_to_how_long_sets_nothing(store):
    assistant = _assistant(store)
    said(assistant, "set a timer")
    assert said(assistant, "no") == ["OK, no timer."]
    assert store.timers() == []


def test_another_timer_is_no_name(store):
    assert said(_assistant(store), "set another timer for 3 minutes")[0].startswith(
        "I'll tell you when 3 minutes are up")
