""""remind me tomorrow" asks when; "at 9", its answer, was let go ("What shall I do at 9?
Say the request with the time …") because the reminder still lacked what to remind of.
The time is kept and that is asked, as "remind me at 8" asks it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def test_a_time_given_for_a_reminder_of_nothing_yet_asks_what(store):
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    assert said(assistant, "remind me tomorrow")[0].startswith("When should I remind you?")
    assert said(assistant, "at 9") == [
        "What should I remind you of tomorrow at 9? Say it like \"to call mum\"."]
    assert said(assistant, "to call the bank")[0].startswith(
        "I'll remind you to call the bank tomorrow at 09:00.")


def test_a_time_given_for_a_reminder_of_something_sets_it(store):
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    said(assistant, "remind me to pay rent")
    assert said(assistant, "at 9")[0].startswith("I'll remind you to pay rent at 21:00")
