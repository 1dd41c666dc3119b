"""Weeks of use through the real CLI with ``TEACHAPP_NOW``: a one-off at a time the
clocks skip, a refusal that must not come back on the next turn, and what was due
while the app was closed, said once and first."""

from __future__ import annotations

import json

from conftest import run_teachapp

SPRING = {"TEACHAPP_NOW": "2027-03-27T20:00+01:00", "TZ": "Europe/Berlin"}
"""The evening before the clocks go forward in Berlin (28 Mar 2027, 02:00 -> 03:00)."""


def _chat(db_path, env: dict[str, str], *lines: str) -> list[str]:
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat",
                        input="".join(f"{line}\n" for line in lines), env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def _teach(db_path, phrase: str, *steps: str) -> None:
    proc = run_teachapp("--db", str(db_path), "teach", phrase, *steps)
    assert proc.returncode == 0, proc.stderr


def test_a_one_off_at_a_time_the_clocks_skip_is_said_as_it_is_kept(db_path):
    """"tomorrow at 2:30 am" the night the clocks skip 02:00-03:00 was said "at 02:30
    tonight" while the timer went off at 03:30 and the one-off was stored as
    "02:30+01:00" (03:30 in summer time) and listed "at 03:30"."""
    _teach(db_path, "movie night", "--set", "media_player.tv.on=true")
    why = "(the clocks go forward that night, so 02:30 is 03:30)"
    replies = _chat(db_path, SPRING, "run movie night tomorrow at 2:30am",
                    "turn off the tv at 2:30am tomorrow", "remind me to call mum tomorrow at 2:30 am",
                    "turn off the tv at 02:30", "what timers are set?")  # ("at 2:30"
    # alone is 14:30: a bare hour from 1 to 6 is the afternoon's)
    assert replies[:4] == [
        f"Movie night will run once at 03:30 tonight {why}. Say \"cancel that\" if you "
        "change your mind.",
        f"I'll turn off TV at 03:30 tonight {why}. Say \"cancel that\" if you change your "
        "mind.",
        f"I'll remind you to call mum at 03:30 tonight {why}. Say \"cancel that\" if you "
        "change your mind.",
        f"I'll turn off TV at 03:30 tonight {why}. Say \"cancel that\" if you change your "
        "mind."]
    assert "once at 03:30 on Sun 28 Mar 2027" in replies[4]
    assert "02:30" not in replies[4]
    proc = run_teachapp("--db", str(db_path), "list", "--json", env=SPRING)
    listed = json.loads(proc.stdout)
    assert listed["triggers"] == [{"once": "2027-03-28T03:30+02:00"}]
    assert listed["next_run"] == "2027-03-28T03:30:00+02:00"


def test_a_time_that_exists_is_said_as_before_that_night(db_path):
    """03:30 said is 03:30, with nothing to explain."""
    assert _chat(db_path, SPRING, "turn off the tv at 3:30am tomorrow") == [
        "I'll turn off TV at 03:30 tonight. Say \"cancel that\" if you change your mind."]


def test_a_reminder_refused_for_repeating_is_not_said_again_next_turn(db_path):
    """"remind me … every month on the 1st" is refused (a reminder is said once); the
    refusal was left open as a question, so the next turn, "what time is it?", was
    answered and then refused again."""
    replies = _chat(db_path, {"TEACHAPP_NOW": "2026-12-05T10:00+00:00", "TZ": "UTC"},
                    "remind me to pay the rent every month on the 1st", "what time is it?",
                    "turn on the tv")
    assert replies[1:] == ["It's 10:00.", "TV: on."]
    assert replies[0].startswith("I can only remind you once, not again and again.")


def _at(now: str) -> dict[str, str]:
    return {"TEACHAPP_NOW": now, "TZ": "UTC"}


def test_what_was_due_while_closed_is_said_first_and_once(db_path):
    """A schedule and a one-off added in a quick piped chat were never seen by its
    watch (the input ended first), so three days later the next session started them
    then and said nothing of the runs missed since; and the report, made by the
    watch's thread, could come after the first reply or not at all."""
    _teach(db_path, "good morning", "--set", "light.desk_lamp.on=true")
    _chat(db_path, _at("2026-12-05T06:00+00:00"), "run good morning every day at 7",
          "run good morning in 20 minutes", "turn off the tv in 10 minutes")
    assert _chat(db_path, _at("2026-12-08T09:00+00:00"), "what time is it?") == [
        "Good morning was due at Sat 07:00 and 3 more until Tue 07:00 while teachapp was "
        "not running; they were not run late.",
        "Good morning was due at Sat 06:20 while teachapp was not running; it was not run "
        "late.",
        "The timer to turn off TV was due at Sat 06:10 while teachapp was not running; it "
        "was not run late.",
        "It's 09:00."]
    assert _chat(db_path, _at("2026-12-08T09:05+00:00"), "what time is it?") == [
        "It's 09:05."]
    assert _chat(db_path, _at("2026-12-10T09:00+00:00")) == [
        "Good morning was due at Wed 07:00 and 1 more until Thu 07:00 while teachapp was "
        "not running; they were not run late."]
    assert _chat(db_path, _at("2026-12-10T09:01+00:00"), "what time is it?") == [
        "It's 09:01."]


def test_a_time_past_midnight_or_noon_said_by_name_is_read(db_path):
    """"half past midnight" was no time: "When should I remind you? …", asked again
    after every later turn."""
    assert _chat(db_path, _at("2026-12-05T23:10+00:00"),
                 "remind me to lock up at half past midnight",
                 "set an alarm for quarter past midnight", "turn off the tv at quarter to midnight",
                 "what time is it?") == [
        "I'll remind you to lock up at 00:30 tonight (in 1 hour 20 minutes). Say \"cancel "
        "that\" if you change your mind.",
        "I'll sound your alarm at 00:15 tonight (in 1 hour 5 minutes). Say \"cancel that\" "
        "if you change your mind.",
        "I'll turn off TV at 23:45 (in 35 minutes). Say \"cancel that\" if you change your "
        "mind.",  # (it ran at once: "TV is already off.")
        "It's 23:10."]
    from teachapp.conversation.time_words import spoken_time

    assert [f"{spoken_time(t):%H:%M}" for t in ("half past noon", "quarter to midnight",
                                                 "ten past midnight")] == [
        "12:30", "23:45", "00:10"]


def test_a_request_after_when_should_i_remind_you_runs_as_itself(db_path):
    """"remind me to pay rent" asks when; a request said next, with a time of its own,
    was read as the answer: "I'll remind you to pay rent turn off the tv of the month on
    Fri 1 Jan at 09:00.". It is now its own request, the question let go; a time alone
    still answers, after a question in passing too."""
    replies = _chat(db_path, _at("2026-12-05T10:00+00:00"), "remind me to pay rent",
                    "turn off the tv on the first of the month at 9", "what timers are set?",
                    "remind me to call my mum", "what time is it?", "tomorrow at 5 pm",
                    "what timers are set?")
    assert replies[0].startswith("When should I remind you?")
    # (the timer it asked about, "Do you want me to turn off TV at 21:00?", the day
    # dropped, is set for the 1st: test_chat_days_of_month)
    assert replies[1:3] == [
        "I'll turn off TV on Fri 1 Jan at 09:00. Say \"cancel that\" if you change your mind.",
        "Timer: turn off TV on Fri 1 Jan at 09:00."]
    assert replies[4] == "It's 10:00."
    assert replies[6] == ("I'll remind you to call your mum tomorrow at 17:00. Say "
                          "\"cancel that\" if you change your mind.")
    assert "pay rent" not in replies[-1] and "reminder to call your mum" in replies[-1]


def test_a_reminder_on_the_first_of_the_month_is_of_what_was_said(db_path):
    """"remind me on the first of the month to pay rent at 9" was "remind you about the
    month to pay rent", and "… to pay rent on the first of the month at 9" "remind you
    to pay rent of the month": the day's words were left in what to remind of."""
    replies = _chat(db_path, _at("2026-12-05T10:00+00:00"),
                    "remind me on the first of the month to pay rent at 9",
                    "remind me to pay the rent on the 1st day of this month at 9 am")
    assert replies == [
        "I'll remind you to pay rent on Fri 1 Jan at 09:00. Say \"cancel that\" if you "
        "change your mind.",
        "I'll remind you to pay the rent on Fri 1 Jan at 09:00. Say \"cancel that\" if you "
        "change your mind."]
