""""What did you just do?" right after a routine was taught and saved tells the save.

Found walking ``teachapp chat``: "set a timer for 5 minutes", then teaching "movie night"
and saying yes, then "what did you just do" answered 'You typed "set a timer for 5
minutes". You asked me to set or cancel a timer, and I did ...': the save was passed over,
and its log row named no routine.
"""

from __future__ import annotations

from datetime import datetime

from _assistant_helpers import make_assistant, said

NOON = datetime(2026, 12, 8, 12, 0).astimezone()


def _taught_after_a_timer(store) -> list[str]:
    assistant, _ = make_assistant(store, wall_clock=lambda: NOON.timestamp())
    said(assistant, "set a timer for 5 minutes", "teach movie night", "tv on", "done")
    assert said(assistant, "yes") == ["Saved. Say \"movie night\" any time."]
    return said(assistant, "what did you just do")


def test_what_was_just_done_is_the_save_not_the_timer_before_it(store):
    lines = _taught_after_a_timer(store)
    assert "I saved movie night" in " ".join(lines), lines
    assert "timer" not in " ".join(lines), lines


def test_the_save_is_logged_with_the_routine_it_saved(store):
    _taught_after_a_timer(store)
    saved = [t for t in store.interactions(limit=10) if t.outcome == "saved"]
    assert [(t.routine or "").casefold() for t in saved] == ["movie night"]
