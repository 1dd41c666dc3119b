"""A skipped run stays skipped when the schedule's time moves: "skip movie night this
friday", then "move movie night to 9 pm", said "Next: Fri 4 Dec at 21:00." and ran it
(a skip is a run's moment; the moved run was another moment). "cancel that" moves the
time back, and the skip with it."""

from datetime import UTC, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)  # a Tuesday evening
FRIDAY_AT_9 = datetime(2026, 12, 4, 21, 0, tzinfo=UTC).timestamp()
FRIDAY_AT_8 = datetime(2026, 12, 4, 20, 0, tzinfo=UTC).timestamp()


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _skipping_friday(store):
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "movie night every friday at 8pm", "skip movie night this friday")
    return assistant


def _skipped(store) -> list[float]:
    return store.skipped_runs(since=NOW.timestamp()).get("Movie night", [])


@pytest.mark.parametrize("move", ["move movie night to 9 pm", "push movie night back an hour"])
def test_the_skipped_friday_stays_skipped_at_the_new_time(store, move):
    assistant = _skipping_friday(store)
    assert said(assistant, move) == [
        "Movie night will run on Fridays at 21:00 instead of 20:00. Next: Fri 11 Dec at "
        "21:00. It is skipping Fri 4 Dec."]
    assert _skipped(store) == [FRIDAY_AT_9]
    assert said(assistant, "when does movie night run")[0].endswith(
        "Next: Fri 11 Dec at 21:00. It is skipping Fri 4 Dec.")


def test_cancel_that_moves_the_skip_back_with_the_time(store):
    assistant = _skipping_friday(store)
    said(assistant, "move movie night to 9 pm")
    assert said(assistant, "cancel that") == ["OK, movie night runs on Fridays at 20:00 again."]
    assert _skipped(store) == [FRIDAY_AT_8]


def test_a_move_with_nothing_skipped_says_the_next_run_as_before(store):
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "movie night every friday at 8pm")
    assert said(assistant, "move movie night to 9 pm") == [
        "Movie night will run on Fridays at 21:00 instead of 20:00. Next: Fri 4 Dec at 21:00."]
