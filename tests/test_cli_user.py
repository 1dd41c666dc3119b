"""A new user's session through the command line, in child processes on a real file:
``chat``, ``run`` and ``resolve`` read the same utterance alike (one engine)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import chat_lines

TEACH = ("reading mode", "yes", "living room lamp to one hundred percent", "done", "yes")


@pytest.fixture
def taught(teachapp_cli, db_path):
    """A fresh home where "reading mode" was taught by voice in ``chat``, as a new user
    does, and the lamp turned off after."""
    chat_lines(db_path, *TEACH, "turn off the living room lamp")
    return db_path


def _lamp(teachapp_cli, db_path) -> dict:
    proc = teachapp_cli("--db", str(db_path), "devices", "--json")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    return next(r["state"] for r in rows if r["id"] == "light.living_room_lamp")


@pytest.mark.parametrize("said", ["reading moed, but why did it turn on?",
                                  "reading moed, but why?"])
def test_run_chat_and_resolve_agree_that_a_remark_about_a_phrase_runs_nothing(
        teachapp_cli, taught, tmp_path, said):
    """Split by the multi-part handler, the first ran reading mode and turned the lamp on
    in both ``run`` and ``chat`` while ``resolve`` said reject."""
    other = tmp_path / "other.sqlite3"
    shutil.copy(taught, other)
    before = _lamp(teachapp_cli, taught)
    proc = teachapp_cli("--db", str(taught), "resolve", "--json", said)
    assert json.loads(proc.stdout)["decision"] == "reject"
    proc = teachapp_cli("--db", str(taught), "--no-speech", "run", said)
    assert proc.returncode == 0 and "not a request" in proc.stdout, proc.stdout
    chat = chat_lines(other, said)
    assert chat == proc.stdout.splitlines()
    assert _lamp(teachapp_cli, taught) == _lamp(teachapp_cli, other) == before


def test_renaming_a_routine_to_its_own_name_says_nothing_changed(teachapp_cli, taught):
    """"Renamed reading mode to reading mode" was said, in chat and on the command line."""
    proc = teachapp_cli("--db", str(taught), "rename", "reading mode", "reading mode")
    assert proc.returncode == 0
    assert proc.stdout == "'reading mode' is already called that; nothing changed.\n"
    assert chat_lines(taught, "rename reading mode to reading mode") == [
        "It's already called reading mode."]


@pytest.mark.parametrize(("said", "printed"), [
    ("close the blinds, we're off to bed",
     "Living room blinds (cover.living_room_blinds): closed"),
    ("but is the living room lamp on", "Living room lamp is off."),
])
def test_run_and_chat_read_a_reason_and_a_question_alike(teachapp_cli, taught, tmp_path,
                                                         said, printed):
    """"close the blinds, we're off to bed" was "turn off" the blinds; "but is the living
    room lamp on" turned the lamp on. Neither changes the lamp, in ``run`` or ``chat``."""
    other = tmp_path / "other.sqlite3"
    shutil.copy(taught, other)
    proc = teachapp_cli("--db", str(taught), "--no-speech", "run", said)
    assert proc.returncode == 0 and proc.stdout.splitlines() == [printed], proc.stdout
    chat = chat_lines(other, said)
    assert chat == [printed if said.startswith("but")
                    else "Living room blinds are already closed."]  # (run: its state)
    assert _lamp(teachapp_cli, taught) == _lamp(teachapp_cli, other)
    assert _lamp(teachapp_cli, taught)["on"] is False


def test_chat_says_the_home_has_no_toaster_and_offers_nothing_to_learn(teachapp_cli, taught):
    """"turn on the toaster" offered to learn a routine; "yes" after it then taught one."""
    assert chat_lines(taught, "turn on the toaster", "yes") == [
        "This home has no toaster. I can turn on Coffee maker, Bedroom fan, TV, Office "
        "speaker and 5 more.",
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new "
        "one."]


def test_run_says_what_chat_says_about_a_device_the_home_lacks(teachapp_cli, taught):
    """``run "turn on the toaster"`` printed its own "is not a taught phrase ... teach it"
    while chat said the home has no toaster: one engine, one answer."""
    proc = teachapp_cli("--db", str(taught), "--no-speech", "run", "turn on the toaster")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("teachapp: This home has no toaster. I can turn on ")
    assert proc.stderr.rstrip().endswith("Nothing was run.")
    unknown = teachapp_cli("--db", str(taught), "--no-speech", "run", "blah blah fish")
    assert unknown.returncode == 1 and "is not a taught phrase" in unknown.stderr


def test_run_prints_the_answer_to_a_question_asked_beside_a_routine(teachapp_cli, taught):
    """``run "reading mode, and is the kitchen light on?"`` ran reading mode and printed
    the lamp, but the answer to the question was lost."""
    proc = teachapp_cli("--db", str(taught), "--no-speech", "run",
                        "reading mode, and is the kitchen light on?")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1].startswith("Living room lamp (light.living_room_lamp): on")
    assert lines[-1] == "Kitchen lights are off."


def test_a_part_that_names_nothing_is_said_of_the_part_before_in_run_chat_and_teach(
        teachapp_cli, taught, tmp_path):
    """"living room lamp to 30 percent and warm white": teaching read it as one step
    while ``run`` and ``chat`` asked whether "warm white" meant every light."""
    said = "living room lamp to 30 percent and warm white"
    other = tmp_path / "other.sqlite3"
    shutil.copy(taught, other)
    proc = teachapp_cli("--db", str(taught), "--no-speech", "run", said)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "Living room lamp (light.living_room_lamp): on, brightness 30 %, colour temp 2700 K"]
    assert chat_lines(other, said) == [
        "Living room lamp: on, brightness 30 %, colour temp 2700 K."]
    assert _lamp(teachapp_cli, taught) == _lamp(teachapp_cli, other)
    taught_lines = chat_lines(other, "teach", "study mode", said, "done", "yes")
    assert taught_lines[2] == ("Living room lamp → on, brightness 30 %, colour temp 2700 K, "
                               "when the routine runs.")


def test_a_part_the_devices_before_cannot_do_is_asked_about_not_guessed(
        teachapp_cli, taught):
    """"tv on and warm white": a TV has no white, so the lights are asked about (saying
    why), and nothing runs; "the lamp to 30 percent and warm white" asks which lamp once,
    and the white follows the answer."""
    before = _lamp(teachapp_cli, taught)
    assert chat_lines(taught, "tv on and warm white", "no") == [
        "Nothing has run yet. TV can't do \"warm white\". By \"warm white\", do you want me "
        "to set Bedroom lamp, Kitchen lights, Ceiling light, Living room lamp and Desk lamp "
        "to 2700 K white?", "OK, I did none of it."]
    assert _lamp(teachapp_cli, taught) == before
    lines = chat_lines(taught, "the lamp to 30 percent and warm white",
                       "the living room one", "desk lamp to 40 percent and cooler")
    assert lines[1:] == ["Living room lamp: on, brightness 30 %, colour temp 2700 K.",
                         "Desk lamp: on, brightness 40 %, colour temp 3500 K."]
    # ("cooler" alone is the heating; said after the lamp, the lamp's white)


def test_a_question_about_a_place_the_home_lacks_says_so_as_a_command_does(
        teachapp_cli, taught):
    """"is the light on in the garage" was "I can't answer ..." while "turn on the light
    in the garage" said "This home has no light": one reading of the missing place for
    both, and each says what it can."""
    assert chat_lines(taught, "kitchen lights on", "is the light on in the garage",
                      "is anything on in the garage", "turn on the light in the garage",
                      "is the door locked in the basement") == [
        "Kitchen lights: on.",
        "This home has no garage. Its lights: Kitchen lights are on. The other 4 are off.",
        "This home has no garage. Its rooms are Bedroom, Hallway, Kitchen, Living room and "
        "Office.",
        "This home has no garage. I can turn on Bedroom lamp, Ceiling light, Living room "
        "lamp and Desk lamp.",  # (not the Kitchen lights, on already)
        "This home has no basement. Its lock: Front door is locked."]
