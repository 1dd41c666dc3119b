"""A month of use through the real CLI on a fixed clock (``TEACHAPP_NOW``): a device
command, a reminder or a schedule said with a day of the month ("on the 12th", "on the
first of the month", "at the end of the month"), a date that does not exist, and "why?"
after a reminder asked its time."""

from __future__ import annotations

from conftest import run_teachapp

NOVEMBER = {"TEACHAPP_NOW": "2026-11-05T20:00+01:00", "TZ": "Europe/Berlin"}
"""A Thursday evening in a month of 30 days."""
LATER = "Say \"cancel that\" if you change your mind."


def _chat(db_path, *lines: str, env: dict[str, str] = NOVEMBER) -> list[str]:
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat",
                        input="".join(f"{line}\n" for line in lines), env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def _teach(db_path, phrase: str, *steps: str) -> None:
    proc = run_teachapp("--db", str(db_path), "teach", phrase, *steps)
    assert proc.returncode == 0, proc.stderr


def test_a_command_on_the_first_of_the_month_keeps_its_day(db_path):
    """"turn off the tv on the first of the month at 9" dropped the day: "Do you want me to
    turn off TV at 21:00?". A command is done once, so it is the coming 1st (as a
    reminder's "on the first of the month"); "every month" says how to repeat it."""
    replies = _chat(db_path, "turn off the tv on the first of the month at 9",
                    "turn off the tv every month on the 1st at 9", "what timers are set?")
    assert replies[0] == f"I'll turn off TV on Tue 1 Dec at 09:00. {LATER}"
    assert replies[1].startswith("A single command runs later once")
    assert replies[2] == "Timer: turn off TV on Tue 1 Dec at 09:00."


def test_a_command_on_a_day_of_the_month_is_a_timer_for_that_day(db_path):
    """"turn on the desk lamp on the 12th at 9" set the lamp to 9 % at once, "turn off the
    tv on 8 march at 9" the TV's volume to 9 %, and "turn on the lamp on the 12th of
    January at 9" was "I don't know …": the command reader passes over a day's words."""
    replies = _chat(db_path, "turn on the desk lamp on the 12th at 9",
                    "turn off the tv on 8 march at 9",
                    "turn on the lamp on the 12th of January at 9", "the desk lamp",
                    "turn off the tv on friday at 9", "turn off the tv on the 12th",
                    "is the desk lamp on?")
    assert replies[:4] == [
        f"I'll turn on Desk lamp on Thu 12 Nov at 09:00. {LATER}",
        f"I'll turn off TV on Mon 8 Mar at 09:00. {LATER}",
        "Do you want me to turn on Bedroom lamp, Living room lamp and Desk lamp on Tue 12 "
        "Jan at 09:00? Say yes, or which one.",
        f"I'll turn on Desk lamp on Tue 12 Jan at 09:00. {LATER}"]
    assert replies[4] == f"I'll turn off TV tomorrow at 09:00. {LATER}"  # (Friday's)
    assert replies[5] == "At what time on the 12th? Say it like \"on the 12th at 7\"."
    assert replies[6] == "Desk lamp is off."  # (nothing was changed now: it set 9 %)


def test_every_12th_and_the_end_of_the_month_are_monthly_for_a_routine(db_path):
    """"run pay rent every 12th at 9 am" was "I don't know …", "… at the end of the month at
    9" "There is no routine called 'pay rent at'"."""
    _teach(db_path, "pay rent", "--set", "media_player.tv.on=true")
    replies = _chat(db_path, "run pay rent every 12th at 9 am",
                    "run pay rent at the end of the month at 9 am",
                    "pay rent at the end of every month at 8 pm",
                    "run pay rent every 3rd day at 9 am")
    assert replies[:3] == [
        "Pay rent will run every month on the 12th at 09:00. Next: Thu 12 Nov at 09:00.",
        "Pay rent will run every month on the last day at 09:00. Next: Mon 30 Nov at 09:00.",
        "Pay rent will run every month on the last day at 20:00. Next: Mon 30 Nov at 20:00."]
    # (every third day is no day of the month, and no schedule: said so, as "every other
    # day" is; it was "I don't know …")
    assert replies[3].startswith("Pay rent can't run every 3rd day at 9 am: a schedule repeats "
                                 "on days of the week")


def test_a_reminder_at_the_end_of_the_month_is_its_last_day(db_path):
    """"remind me at the end of the month to pay rent" asked "When should I remind you?"
    and read no day; "… on the last day of the month to pay rent at 9" reminded "to on
    the last day of the month to pay rent" at 21:00 tonight."""
    replies = _chat(db_path, "remind me at the end of the month to pay rent", "at 9",
                    "remind me on the last day of the month to call mum at 9",
                    "turn off the tv at the end of the month at 8 pm")
    assert replies[0].startswith("At what time at the end of the month should I remind you?")
    assert replies[1:] == [
        f"I'll remind you to pay rent on Mon 30 Nov at 09:00. {LATER}",
        f"I'll remind you to call mum on Mon 30 Nov at 09:00. {LATER}",
        f"I'll turn off TV on Mon 30 Nov at 20:00. {LATER}"]


def test_a_day_this_month_lacks_is_said_back_in_one_wording(db_path):
    """"on the 31st" in November said "There is no on the 31st that month; say the month
    too …", where "on 31 april" said "There is no 31st of april; say a day …"."""
    replies = _chat(db_path, "remind me on the 31st at 9 to pay rent")
    assert replies == ["There is no 31st of november; say a day of the month that exists, "
                       "like \"on 8 march\"."]


def test_why_after_a_reminder_asked_its_time_says_nothing_is_set(db_path):
    """"why?" right after "When should I remind you?" said "You asked me to set or cancel
    a timer, and I did"; nothing was set."""
    replies = _chat(db_path, "remind me to feed the cat", "why?", "in 20 minutes")
    question = replies[0]
    assert question.startswith("When should I remind you?")
    assert replies[1:] == [
        "You typed \"remind me to feed the cat\".",
        "You asked me to remind you, but said no time I could read, so I asked when; "
        "nothing is set yet.",
        question,  # (still open: the time may come next)
        f"I'll remind you to feed the cat at 20:20 (in 20 minutes). {LATER}"]


def test_what_was_due_a_week_or_more_ago_is_said_with_its_date(db_path):
    """Back after eleven days away, a one-off, a reminder and a timer due the day after
    leaving were "due at Fri 20:00", read as the Friday just gone."""
    _teach(db_path, "movie night", "--set", "media_player.tv.on=true")
    _chat(db_path, "run movie night tomorrow at 8 pm", "remind me tomorrow at 9 to water the plants",
          "turn off the tv tomorrow at 9")
    back = {"TEACHAPP_NOW": "2026-11-17T10:00+01:00", "TZ": "Europe/Berlin"}
    assert _chat(db_path, "what time is it?", env=back) == [
        "Movie night was due on Fri 6 Nov at 20:00 while teachapp was not running; it was "
        "not run late.",
        "While teachapp was not running, this was due on Fri 6 Nov at 09:00: Reminder: water "
        "the plants.",
        "The timer to turn off TV was due on Fri 6 Nov at 09:00 while teachapp was not "
        "running; it was not run late.",
        "It's 10:00."]


def test_a_weekend_away_skips_its_runs(db_path):
    """"skip good morning this weekend" said "Good morning isn't running, so there is
    nothing to cancel." and skipped nothing."""
    _teach(db_path, "good morning", "--set", "media_player.tv.on=true")
    friday = {"TEACHAPP_NOW": "2026-12-04T20:00+01:00", "TZ": "Europe/Berlin"}
    replies = _chat(db_path, "run good morning every day at 7", "skip good morning this weekend",
                    "skip good morning over the weekend", "what's scheduled?", env=friday)
    assert replies[1:] == [
        "OK, good morning won't run on Sat 5 Dec at 07:00 or Sun 6 Dec at 07:00; its schedule "
        "stays. Next run: Mon 7 Dec at 07:00. Say \"run good morning this weekend after all\" "
        "to take it back.",
        "Good morning already skips every run this weekend.",
        "Scheduled: Good morning: every day at 07:00; skipping Sat 5 Dec and Sun 6 Dec."]
