"""Days of use, tried by hand through the real CLI with ``TEACHAPP_NOW``: a household's
schedules, skips, timers and pauses said as a person reads them at that hour."""

from __future__ import annotations

from conftest import run_teachapp


def _chat(db_path, now: str, *lines: str) -> list[str]:
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat",
                        input="".join(f"{line}\n" for line in lines),
                        env={"TEACHAPP_NOW": now, "TZ": "UTC"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def _teach(db_path, phrase: str, *steps: str) -> None:
    proc = run_teachapp("--db", str(db_path), "teach", phrase, *steps)
    assert proc.returncode == 0, proc.stderr


def test_a_schedule_added_says_the_next_run_not_a_skipped_one(db_path):
    """It said "Next: Wed 2 Dec at 20:00." with Wednesday's run skipped."""
    _teach(db_path, "movie night", "--set", "media_player.tv.on=true")
    replies = _chat(db_path, "2026-12-01T10:00+00:00",
                    "run movie night on wednesdays at 8pm", "skip movie night on wednesday",
                    "run movie night every friday at 8pm")
    assert replies[2] == ("Movie night will run on Wednesdays and Fridays at 20:00 (it ran on "
                          "Wednesdays at 20:00). Next: Fri 4 Dec at 20:00. It is skipping "
                          "Wed 2 Dec.")


def test_a_week_and_the_next_runs_are_skipped_and_taken_back(db_path):
    """"skip it next week", "skip the next two movie nights" were "Movie night isn't
    running, so there is nothing to cancel." and "I don't know … Shall I learn it?"."""
    _teach(db_path, "movie night", "--set", "media_player.tv.on=true")
    replies = _chat(db_path, "2026-12-01T10:00+00:00",  # (a Tuesday)
                    "run movie night every day at 8pm", "skip it next week", "what's scheduled?",
                    "run movie night next week after all", "skip the next two movie nights",
                    "skip movie night the next 3 times")
    assert replies[1:] == [
        "OK, movie night won't run from Mon 7 Dec at 20:00 to Sun 13 Dec at 20:00 (7 runs); "
        "its schedule stays. Next run: Tue 1 Dec at 20:00. Say \"run movie night next week "
        "after all\" to take it back.",
        "Scheduled: Movie night: every day at 20:00; skipping Mon 7 Dec to Sun 13 Dec.",
        "OK, movie night will run from Mon 7 Dec at 20:00 to Sun 13 Dec at 20:00 after all "
        "(7 runs).",
        "OK, movie night won't run on Tue 1 Dec at 20:00 or Wed 2 Dec at 20:00; its schedule "
        "stays. Next run: Thu 3 Dec at 20:00. Say \"run movie night today after all\" to "
        "take one back.",
        "OK, movie night won't run on Tue 1 Dec at 20:00, Wed 2 Dec at 20:00 or Thu 3 Dec at "
        "20:00; its schedule stays. Next run: Fri 4 Dec at 20:00. Say \"run movie night today "
        "after all\" to take one back."]


def test_after_midnight_is_tonight_said_in_the_evening_and_asked_in_the_night(db_path):
    """At 21:00 a timer for 01:00 was "tomorrow at 01:00" (the night after, as heard);
    at 00:10 "what's scheduled tonight?" listed the whole day to come."""
    _teach(db_path, "good morning", "--set", "light.desk_lamp.on=true")
    evening = _chat(db_path, "2026-12-01T21:00+00:00", "run good morning every day at 7",
                    "turn off the tv at 1am")
    assert evening[1] == ("I'll turn off TV at 01:00 tonight. Say \"cancel that\" if you "
                          "change your mind.")
    night = _chat(db_path, "2026-12-02T00:10+00:00", "what's scheduled tonight?",
                  "what's scheduled today?")
    assert night == ["Tonight: turn off TV at 01:00.",
                     "Today (Wed 2 Dec): turn off TV at 01:00 and good morning at 07:00."]
    assert _chat(db_path, "2026-12-02T00:10+00:00", "cancel the tv timer",
                 "what's scheduled tonight?") == [
        "Cancelled the timer to turn off TV at 01:00.",
        "Nothing more is scheduled tonight. Later today (Wed 2 Dec): good morning at 07:00."]


def test_a_pause_goes_on_at_the_time_the_clock_shows(db_path):
    """With the clock set, "what's running?" said the real time ("the rest runs at 15:09"
    at 22:00)."""
    _teach(db_path, "bedtime", "--set", "light.desk_lamp.on=false", "--wait", "600",
           "--set", "media_player.tv.on=false")
    replies = _chat(db_path, "2026-12-01T22:00+00:00", "bedtime", "what's running?")
    assert replies[1].startswith("Bedtime is waiting: the rest runs at 22:10 (in ")


def test_a_timer_across_a_change_of_the_clocks_lasts_as_long_as_said(db_path):
    """The night the clocks go forward (Europe/Berlin, 28 Mar 2027, 02:00 -> 03:00), a
    length was added as wall time: "set a timer for 6 hours" at 21:00 went off at 03:00,
    5 hours on, and "in 5 hours" was said as "02:00", an hour that does not exist."""
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat",
                        input="set a timer for 6 hours\nturn off the tv in 5 hours\n",
                        env={"TEACHAPP_NOW": "2027-03-27T21:00+01:00", "TZ": "Europe/Berlin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "I'll tell you when 6 hours are up at 04:00 tonight. Say \"cancel that\" if you "
        "change your mind.",
        "I'll turn off TV at 03:00 tonight. Say \"cancel that\" if you change your mind."]
