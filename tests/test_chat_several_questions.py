"""A sentence of several questions in ``teachapp chat`` (a child process): each part gets
its own answer, in order, in one reply (``multipart``: a part that asks something else
than the devices' states is answered as it is alone, ``_answered_in_passing``)."""

from __future__ import annotations

import re

from conftest import chat_lines

_TIME = r"It's \d\d:\d\d\."


def test_each_question_of_a_sentence_is_answered_in_order(teachapp_cli, db_path):
    lines = chat_lines(db_path, "is the tv on and is the lamp on",
                       "is the tv on and what time is it", "what time is it and is the tv on",
                       "is the tv on and how warm is it", "what did you do today and is the tv on",
                       "what's on and what time is it")
    # was "TV is off." (the lamp, the time and the warmth lost) and "Nothing was done. I
    # understood "is the tv on", but I don't know "what did you do today". Shall I ..."
    assert lines[0] == "TV is off. None of them is on: all 3 are off."
    assert re.fullmatch(f"TV is off. {_TIME}", lines[1])
    assert re.fullmatch(f"{_TIME} TV is off.", lines[2])
    assert lines[3] == ("TV is off. Thermostat, in the Hallway, is set to heat to 20 °C. I have "
                        "no thermometer, so that is the setting, not a reading.")
    assert lines[4] == "Nothing changed today. TV is off."
    assert re.fullmatch(r"Nothing is on\. Front door is locked\. .*blinds are closed\. "
                        + _TIME, lines[5])
    assert len(lines) == 6


def test_a_question_none_answers_is_said_so_in_its_place(teachapp_cli, db_path):
    lines = chat_lines(db_path, "what's on and what's the weather like", "turn on the tv",
                       "is the tv on and is it loud",
                       "is the tv on and what's the weather like")
    # was "Nothing was done. I understood "what's on", but I can't answer ..."
    assert lines[0].startswith("Nothing is on. Front door is locked. ")
    assert lines[0].endswith(" blinds are closed. I can't answer \"what's the weather "
                             "like\": I know this home's devices and the routines you teach "
                             "me. Say \"help\" to hear what I can do, or \"teach what's the "
                             "weather like\" to make it a phrase of your own.")
    assert lines[1] == "TV: on."
    assert lines[2] == "TV is on, volume 30 %."  # "is it loud" asks more of the TV: one answer
    assert lines[3].startswith(
        "TV is on, volume 30 %. I can't answer \"what's the weather like\"")
    assert len(lines) == 4


def test_run_answers_each_question_too(teachapp_cli, db_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "run",
                        "is the front door locked and what time is it")
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(f"Front door is locked. {_TIME}\n", proc.stdout)
