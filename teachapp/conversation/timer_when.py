"""When a timer goes off, said so that a paused one reads right: "at 21:10 (in 10
minutes)" for one that runs, "(paused, 7 minutes left)" for one that waits paused
(its stored moment then means nothing). Lists ("what's scheduled?", the window's
timers card) and "how long is left?" all say it through here."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..domain import spoken_list
from .reminders import reminded, timer_called
from .schedule_words import duration_words, time_left, when_words

if TYPE_CHECKING:
    from ..store import Store, Timer

__all__ = ["left_paused", "paused_said", "timer_when", "upcoming_timers"]


def timer_when(timer: Timer, now: datetime, *, soon: bool = True) -> str:
    """"at 21:10 (in 10 minutes)" ("at 21:10" without ``soon``), or "(paused, 7
    minutes left)"."""
    if timer.paused_left is not None:
        return f"(paused, {duration_words(timedelta(seconds=timer.paused_left))} left)"
    return when_words(timer.at, now) + (time_left(timer.at, now) if soon else "")


def left_paused(timer: Timer) -> str:
    """The time a paused timer keeps: "7 minutes left on your 10-minute timer
    (paused).", "25 minutes until I turn off TV (paused)."."""
    left = duration_words(timedelta(seconds=timer.paused_left or 0.0))
    called = timer_called(timer.text)
    if called:
        return f"{left} left on your {called} (paused)."
    if timer.text.startswith("remind you"):
        return f"{left} until your reminder to {reminded(timer.text)} (paused)."
    return f"{left} until I {timer.text} (paused)."


def paused_said(timers: list[Timer]) -> str:
    """What was just paused: "Paused your 10-minute timer with 10 minutes left", "…
    the timer to turn off TV with 30 minutes left" (joined with "and")."""
    each = []
    for timer in timers:
        called = timer_called(timer.text)
        name = (f"your {called}" if called else f"your reminder to {reminded(timer.text)}"
                if timer.text.startswith("remind you") else f"the timer to {timer.text}")
        left = duration_words(timedelta(seconds=timer.paused_left or 0.0))
        each.append(f"{name} with {left} left")
    return "Paused " + spoken_list(each)


def upcoming_timers(store: Store, now: datetime) -> list[Timer]:
    """The timers still to go off: those due after ``now``, and the paused ones."""
    return [t for t in store.timers() if t.paused or t.at > now.timestamp()]
