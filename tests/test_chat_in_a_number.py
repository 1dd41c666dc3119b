""""turn off the tv in 5": a number said after "in" with no unit is minutes, as "back in
5" means; it was offered for teaching, and "remind me in 5 to stir" asked when, giving
"remind me in 5 to stir at 5 pm" as its example. The reply says the moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.home import SimulatedBackend

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


@pytest.mark.parametrize(("words", "reply"), [
    ("turn off the tv in 5", "I'll turn off TV at 19:05 (in 5 minutes)."),
    ("in 5 turn off the tv", "I'll turn off TV at 19:05 (in 5 minutes)."),
    ("remind me in 5 to stir", "I'll remind you to stir at 19:05 (in 5 minutes)."),
    ("remind me to check the oven in ten",
     "I'll remind you to check the oven at 19:10 (in 10 minutes)."),
])
def test_a_number_after_in_is_minutes(store, words, reply):
    SimulatedBackend(store).apply("media_player.tv", {"on": True})
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    assert said(assistant, words)[0].startswith(reply)
    assert store.device("media_player.tv").state["on"] is True  # (later, not now)


def test_a_number_too_large_for_minutes_is_no_time(store):
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    assert "in 500 minutes" not in " ".join(said(assistant, "turn off the tv in 500"))


@pytest.mark.parametrize("words", ["set a timer for 5", "timer for five",
                                   "start a timer for 5"])
def test_a_timer_for_a_number_is_minutes(store, words):
    """It was 'I don't know "set a timer for 5". Shall I learn it?'."""
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    assert said(assistant, words)[0].startswith(
        "I'll tell you when 5 minutes are up at 19:05 (in 5 minutes).")


def test_a_taught_phrase_in_a_number_runs_then(store):
    """It asked "Did you mean movie night?"; "run movie night in 20" already ran it then."""
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    said(assistant, "teach", "movie night", "turn on the tv", "done", "yes")
    assert said(assistant, "movie night in 20")[0].startswith(
        "Movie night will run once at 19:20 (in 20 minutes).")
    assert store.device("media_player.tv").state["on"] is False  # (later, not now)
    assert said(assistant, "movie night in bed") == ["Did you mean movie night?"]
