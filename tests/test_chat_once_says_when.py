""""run movie night in 10 minutes" is said as a timer is: how long until it, and how to
take it back. It was "Movie night will run once at 20:14 on Fri 4 Dec 2026." while "turn
off the tv in 5 minutes" said "I'll turn off TV at 20:09 (in 5 minutes). Say "cancel
that" if you change your mind."."""

from __future__ import annotations

from datetime import datetime

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

_CANCEL = "Say \"cancel that\" if you change your mind."


def test_a_one_off_run_says_how_long_and_how_to_cancel_it(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    late = datetime(2026, 12, 5, 23, 55).timestamp()  # (the computer's own zone)
    assistant, _ = make_assistant(store, wall_clock=lambda: late)
    [reply] = said(assistant, "run movie night in 10 minutes")
    assert reply == "Movie night will run once at 00:05 tonight (in 10 minutes). " + _CANCEL
    assert said(assistant, "cancel that")[0].startswith("OK, movie night won't run once")
    assert not store.routine("movie night").triggers
    [timer] = said(assistant, "turn off the tv in 5 minutes")
    assert timer.endswith("(in 5 minutes). " + _CANCEL), timer
