"""A list of timers names each as a person calls it: "10-minute timer", "pasta timer",
"reminder to call mum", "alarm" (it said "tell you when 10 minutes are up", "remind you to
call mum", "sound your alarm"), alike in "what's scheduled?", the window's timer card
(``Assistant.timers``) and `teachapp list`."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said
from conftest import chat_lines
from test_timers import NOW


def test_timers_are_listed_as_people_call_them(db_path, teachapp_cli):
    lines = chat_lines(db_path, "set a timer for ten minutes", "set a pasta timer for 8 minutes",
                       "remind me to call mum at 11 pm", "what's scheduled?")
    listed = lines[-1]
    assert listed.startswith("Timers: ")
    assert "pasta timer at " in listed and "10-minute timer at " in listed
    assert "reminder to call mum " in listed
    assert "tell you when" not in listed and "remind you" not in listed
    timers = teachapp_cli("--db", str(db_path), "list").stdout.split("Timers:\n")[1]
    # (one indented line per timer; list's last line says who runs them)
    said = [line.split(": ", 1)[1] for line in timers.splitlines() if line.startswith("  ")]
    assert said == ["pasta timer", "10-minute timer", "reminder to call mum"]


def test_the_window_card_and_a_day_name_them_alike(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set an alarm for 7 am", "turn off the tv in 20 minutes",
         "set a timer for 10 minutes")
    words = [words for _, words in assistant.timers()]
    assert words == ["10-minute timer at 21:10 (in 10 minutes)",
                     "turn off TV at 21:20 (in 20 minutes)", "alarm tomorrow at 07:00"]
    assert said(assistant, "what's scheduled today?")[0].startswith(
        "Today (Tue 1 Dec): 10-minute timer at 21:10 and turn off TV at 21:20")


def test_which_timer_is_asked_with_the_timers_as_listed(store):
    """"cancel the timer" with two timers set listed them as "tell you when 10 minutes
    are up at 21:10; turn off TV at 21:20", beside the window card's "10-minute timer"."""
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a timer for 10 minutes", "turn off the tv in 20 minutes")
    listed = "There are 2 timers: 10-minute timer at 21:10; turn off TV at 21:20. Say which"
    assert said(assistant, "cancel the timer")[0].startswith(listed)
    assert said(assistant, "add 5 minutes to the timer")[0].startswith(listed)
