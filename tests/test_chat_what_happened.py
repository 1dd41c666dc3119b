"""What happened, asked in ``teachapp chat`` (a child process) on a fresh database after
teaching "bedtime" (all the lights off, the front door locked), running it and
scheduling it. Before:

- "did you lock the door?", "when did the lights go off", "did the tv get turned off?",
  "what happened last night", "what happened while I was out": 'I can't answer "...": I
  know this home's devices and the routines you teach me.';
- "what did you do" right after "is the front door locked?": 'You typed "is the front
  door locked?". That was part of our conversation (answered); it changed no device.';
- "when is bedtime", "what time is bedtime": 'That sounded like talk about bedtime, not a
  request, so I did nothing.', while "when does bedtime run" told its schedule.
"""

from __future__ import annotations

import re

from conftest import chat_lines

TURNS = ("teach", "bedtime", "turn off all the lights", "lock the front door", "done", "yes",
         "turn on the kitchen lights", "unlock the front door", "yes", "bedtime",
         "is the front door locked?", "what did you do", "why did you do that",
         "did you lock the door?", "did you unlock the door", "when did the lights go off",
         "did the tv get turned off?", "what happened last night",
         "what happened while I was out", "when is bedtime", "bedtime tomorrow at 10 pm",
         "when is bedtime", "what time is bedtime", "when does bedtime run")


def _replies(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Each turn with its reply lines, clock times read as HH:MM."""
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("> "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(re.sub(r"\b\d\d:\d\d\b", "HH:MM", line))
    return out


def test_what_happened_is_told_from_the_history(teachapp_cli, db_path):
    replies = _replies(chat_lines(db_path, *TURNS, echo=True))
    said = dict(replies[:-4])  # (one "when is bedtime" before the schedule, one after)
    assert said["is the front door locked?"] == ["Front door is locked."]
    assert said["what did you do"][0] == "You typed \"bedtime\"."
    assert "so I ran it." in " ".join(said["what did you do"])
    # (kept: the turn before the explanation, a question answered)
    assert said["why did you do that"][0] == "You typed \"is the front door locked?\"."
    assert said["did you lock the door?"] == [
        "Yes: I locked Front door at HH:MM when bedtime ran."]
    assert said["did you unlock the door"] == [
        "Yes: I unlocked Front door at HH:MM when you said \"unlock the front door\". "
        "Front door is locked now."]
    assert said["when did the lights go off"] == [
        "Kitchen lights went off at HH:MM (bedtime).",
        "Bedtime ran at HH:MM and turns off Bedroom lamp, Ceiling light, Living room lamp "
        "and Desk lamp, but they were off already."]
    assert said["did the tv get turned off?"] == [
        "No: TV has not been turned off today; it is off."]
    assert said["what happened last night"][0] in ("Nothing changed last night.",
                                                   "Last night I ran bedtime at HH:MM.")
    assert said["what happened while I was out"][0] == (
        "I can't tell when you were out: you have spoken to me all along. Here is today.")
    assert said["what happened while I was out"][1] == "Today I ran bedtime at HH:MM."
    assert not any(line.startswith("I can't answer") for _turn, lines in replies
                   for line in lines)
    unscheduled, when_is, what_time, when_does = (lines for _turn, lines in replies[-5:]
                                                 if _turn != "bedtime tomorrow at 10 pm")
    assert unscheduled == ["Bedtime has no schedule: it runs when you say \"bedtime\". Say "
                           "\"run bedtime every day at 7\" to give it one."]
    assert when_is == what_time == when_does
    assert when_does[0].startswith("Bedtime runs once at HH:MM on ")
