"""While teaching, a person takes a step back out as people say it: "oops no not the
lights", "actually not the front door", "take the lights out", "remove the last step".
They were "I didn't get … as something to do" (a kind, "the lights", or words before
it), and "take the lights out" taught the lights off a second time; now the step goes
and what is left is said (``conversation/steps_taken_out.py``)."""

from __future__ import annotations

import json

import pytest
from _assistant_helpers import make_assistant, said
from conftest import chat_lines, run_teachapp

from teachapp.domain import SetStep, WaitStep

LIGHTS_OFF = ("Bedroom lamp, Kitchen lights, Ceiling light, Living room lamp and Desk lamp "
              "→ off, when the routine runs.")


def test_oops_no_not_the_lights_takes_them_out_and_says_what_is_left(db_path):
    lines = chat_lines(db_path, "bedtime", "yes", "turn off the lights", "lock the front door",
                       "oops no not the lights", "done", "yes", echo=True)
    at = lines.index("> oops no not the lights")
    assert lines[at + 1] == 'OK, not the lights. So far "bedtime" will lock Front door.'
    assert lines[at + 3] == '"bedtime" will lock Front door. Shall I save it?'
    listed = run_teachapp("--db", str(db_path), "list", "--json").stdout.splitlines()
    assert [step["device"] for step in json.loads(listed[0])["steps"]] == ["lock.front_door"]


@pytest.mark.parametrize("words, left", [
    ("no not the lights", 'OK, not the lights. So far "bedtime" will lock Front door.'),
    ("not the lights", 'OK, not the lights. So far "bedtime" will lock Front door.'),
    ("take the lights out", 'OK, not the lights. So far "bedtime" will lock Front door.'),
    ("no, not the lights please", 'OK, not the lights. So far "bedtime" will lock Front '
                                  'door.'),
    ("leave the desk lamp out", 'OK, not the desk lamp. So far "bedtime" will turn off '
     "Bedroom lamp, Kitchen lights, Ceiling light and Living room lamp and then lock Front "
     "door."),
    ("actually not the front door", 'OK, not the front door. So far "bedtime" will turn off '
     "Bedroom lamp, Kitchen lights, Ceiling light, Living room lamp and Desk lamp."),
    ("sorry, don't lock the front door", 'OK, not the front door. So far "bedtime" will '
     "turn off Bedroom lamp, Kitchen lights, Ceiling light, Living room lamp and Desk "
     "lamp."),
])
def test_the_ways_a_step_is_taken_back_out(store, words, left):
    assistant, _ = make_assistant(store)
    assert said(assistant, "teach", "bedtime", "turn off the lights",
                "lock the front door")[-2:] == [
        LIGHTS_OFF, "Front door → locked, when the routine runs."]
    assert said(assistant, words) == [left]


@pytest.mark.parametrize("words", ["scratch that", "remove the last step",
                                   "take that out", "drop the last one"])
def test_the_last_step_said_as_such_goes(store, words):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the lights", "lock the front door")
    assert said(assistant, words) == [
        "Removed Front door.",
        "So far it will turn off Bedroom lamp, Kitchen lights, Ceiling light, Living room "
        "lamp and Desk lamp. Tell me what else it should do, or say \"done\"; say \"stop "
        "teaching\" to leave without saving."]


def test_a_device_not_in_the_routine_is_said_so_and_nothing_changes(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "lock the front door")
    assert said(assistant, "not the tv") == [
        '"bedtime" doesn\'t change the tv. So far it will lock Front door.']
    assert assistant.teaching.targets == {"lock.front_door": {"locked": True}}


def test_at_the_save_question_it_is_asked_again_with_what_is_left(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the tv", "wait 5 seconds",
         "lock the front door", "done")
    assert said(assistant, "no, not the tv") == [
        'OK, not the tv. "bedtime" will wait 5 seconds and then lock Front door. Shall I '
        "save it?"]
    said(assistant, "yes")
    assert store.routine("bedtime").steps == [
        WaitStep(5), SetStep("lock.front_door", {"locked": True})]


def test_not_said_of_no_device_is_still_no_step(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "lock the front door")
    assert said(assistant, "not now")[0].startswith("I didn't get \"not now\" as something")


def test_undo_right_after_puts_the_steps_back_where_they_were(store):
    # ("undo" took back the command before instead: "Removed Coffee maker.")
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "good morning", "open the blinds", "turn on the coffee maker",
         "not the blinds")
    assert said(assistant, "undo") == ["Put back Living room blinds open."]
    assert said(assistant, "undo") == ["Removed Coffee maker."]
    said(assistant, "turn on the coffee maker", "done", "yes")
    assert store.routine("good morning").steps == [
        SetStep("cover.living_room_blinds", {"position": 100}),
        SetStep("switch.coffee_maker", {"on": True})]
