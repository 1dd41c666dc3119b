"""A question asked in passing at one of ours is answered and ours kept: "when does
movie night run?" at "10 in the morning or in the evening?" was read as its answer
("night": the evening) and set reading mode's schedule; "what time is it?" at "What
should I remind you of at 8?" set a reminder "to what time is it"."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)
_TV = [SetStep("media_player.tv", {"on": True})]
HALF = "10 in the morning or in the evening?"


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def test_a_question_at_the_half_of_day_question_is_no_answer(store):
    add_routine(store, "Reading mode", ["reading mode"], _TV)
    add_routine(store, "Movie night", ["movie night"], _TV)
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    assert said(assistant, "run reading mode every day at 10") == [HALF]
    asked = said(assistant, "when does movie night run")
    assert asked[0].startswith("Movie night has no schedule") and asked[-1] == HALF
    assert not store.routine("Reading mode").triggers
    assert said(assistant, "evening")[0].startswith("Reading mode will run every day at 22:00.")
    assert [t.time for t in store.routine("Reading mode").triggers] == [time(22)]


def test_a_question_at_what_to_remind_of_is_no_answer(store):
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    asked = "What should I remind you of at 8? Say it like \"to call mum\"."
    assert said(assistant, "remind me at 8") == [asked]
    assert said(assistant, "what time is it") == ["It's 19:00.", asked]
    assert said(assistant, "to call mum")[0].startswith(
        "I'll remind you to call mum at 20:00 (in 1 hour).")
