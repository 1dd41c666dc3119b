"""A sentence of several parts is done and told as each part alone would be: things
named before the last part take the change said once after it ("set the tv and the desk
lamp to 30 percent" was "Nothing was done. ... I don't know "set the tv"."), each as it
reads it alone, and values are said with their units. Each device is read back, or said
to be so already, as a command alone is ("Thermostat: set to 22 °C." "TV was
already off."; it was "Turn off TV and set Thermostat to 22 °C.", an order that said
nothing of what happened)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_a_value_of_several_parts_is_said_with_its_unit(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv and set the thermostat to 22") == [
        "Thermostat: set to 22 °C.", "TV was already off."]
    assert said(assistant, "reading mode and set the thermostat to 19") == [
        "Reading mode and set Thermostat to 19 °C."]
    assert said(assistant, "close the blinds and set the tv to 25") == [
        "TV: volume 25 %.", "Living room blinds were already closed."]


def test_things_named_before_the_change_each_take_it(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the tv and the desk lamp to 30 percent") == [
        "Desk lamp: on, brightness 30 %.",
        "TV was already at volume 30 %."]  # the TV's volume, as said alone
    assert store.device("media_player.tv").state["volume"] == 30
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert said(assistant, "set the thermostat, the tv and the desk lamp to 20") == [
        "TV: volume 20 %.", "Desk lamp: on, brightness 20 %.",
        "Thermostat was already at 20 °C."]
    assert store.device("climate.thermostat").state["target_temp"] == 20


def test_a_thing_that_cannot_take_the_change_said_once_is_answered_on_its_own(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the front door and the desk lamp to 50 percent") == [
        "Desk lamp: on, brightness 50 %.",
        "Front door can't be set to 50 %: it can only be locked or unlocked."]
    assert store.device("light.desk_lamp").state["brightness"] == 50


def test_a_verb_said_once_before_several_things_reaches_each_with_the_change(store):
    """"dim the desk lamp and the ceiling light to 30 percent" dimmed the desk lamp one
    step and set the ceiling light to 30 %; "turn down the tv and the office speaker all
    the way" turned the TV down a step and the speaker up to full."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp and the ceiling light")
    assert said(assistant, "dim the desk lamp and the ceiling light to 30 percent") == [
        "Desk lamp: on, brightness 30 %.", "Ceiling light: on, brightness 30 %."]
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert store.device("light.ceiling_light").state["brightness"] == 30
    said(assistant, "dim the desk lamp and the ceiling light by 20 percent")
    assert store.device("light.desk_lamp").state["brightness"] == 10
    assert store.device("light.ceiling_light").state["brightness"] == 10
    said(assistant, "turn on the tv and the office speaker")
    assert said(assistant, "turn down the tv and the office speaker all the way") == [
        "TV: volume 0 %.", "Office speaker: volume 0 %."]
    assert store.device("media_player.tv").state["volume"] == 0
    assert store.device("media_player.office_speaker").state["volume"] == 0


def test_on_or_off_said_before_one_thing_takes_no_value_said_after_another(store):
    assistant, _events = make_assistant(store)
    """(As before: the value is the desk lamp's alone.)"""
    assert said(assistant, "turn on the tv and the desk lamp to 45 percent") == [
        "TV: on.", "Desk lamp: on, brightness 45 %."]
    assert store.device("media_player.tv").state["volume"] != 45


def test_a_change_said_after_several_things_with_a_verb_of_its_own_reaches_each(store):
    """"turn the tv and the office speaker off" was "Nothing was done. I understood "the
    speaker off", but I don't know "turn the tv"."; so were "make ... brighter", "put ...
    on mute" and "turn ... on to 40 percent"."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv and the office speaker")
    assert said(assistant, "put the tv and the office speaker on mute") == [
        "TV: on, volume 0 %.", "Office speaker: on, volume 0 %."]
    assert said(assistant, "turn the tv and the office speaker off") == [
        "TV: off.", "Office speaker: off."]
    assert not store.device("media_player.office_speaker").state["on"]
    assert said(assistant, "turn the desk lamp and the ceiling light on to 40 percent") == [
        "Desk lamp: on, brightness 40 %.", "Ceiling light: on, brightness 40 %."]
    said(assistant, "make the desk lamp and the ceiling light brighter")
    assert store.device("light.desk_lamp").state["brightness"] == 65
    assert store.device("light.ceiling_light").state["brightness"] == 65


def test_parts_say_what_changed_and_what_was_already_so_whatever_the_word_order(store):
    """"turn the fan off and the tv off" with both off was "Turn off Bedroom fan and turn
    off TV." (an order, saying nothing of what happened), while "turn off the tv and the
    fan" said they were already off. Nothing changed, so as they are now, as "TV is already
    off." says one ("... were already off." beside what changed)."""
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn the fan off and the tv off") == [
        "Bedroom fan and TV are already off."]
    assert said(assistant, "turn off the tv and the fan") == [
        "TV and Bedroom fan are already off."]
    assert said(assistant, "turn the fan on and the tv off") == [
        "Bedroom fan: on.", "TV was already off."]
    assert said(assistant, "turn the desk lamp on and the kitchen lights off") == [
        "Desk lamp: on.", "Kitchen lights were already off."]


def test_run_prints_the_states_and_only_the_answers_beside_them(teachapp_cli, tmp_path):
    """`teachapp run` prints the new states; after them it printed the read-back of all
    but the first device ("turn on the tv and the fan": "Bedroom fan: on.") as if it
    answered something. Only an answer to a question said beside the request follows."""
    db = ("--db", str(tmp_path / "home.sqlite3"), "--no-speech", "run")
    done = teachapp_cli(*db, "turn on the tv and the fan")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["TV (media_player.tv): on, volume 30 %",
                                        "Bedroom fan (fan.bedroom_fan): on, speed 50 %"]
    done = teachapp_cli(*db, "turn the fan off and the tv off")
    assert done.stdout.splitlines() == ["Bedroom fan (fan.bedroom_fan): off, speed 50 %",
                                        "TV (media_player.tv): off, volume 30 %"]
    done = teachapp_cli(*db, "turn on the desk lamp and is the kitchen light on")
    assert done.stdout.splitlines()[-1] == "Kitchen lights are off."


def test_every_part_not_known_is_named_and_the_first_offered(store):
    """Two parts not known: only the first was named ("... but I don't know "frobnicate
    the wibble". Shall I learn it?"), and the other was lost without a word."""
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn on the kitchen lights and frobnicate the wibble and zork "
                "the fan") == [
        'Nothing was done. I understood "turn on the kitchen lights", but I don\'t know '
        '"frobnicate the wibble" or "zork the fan". Shall I learn "frobnicate the wibble"?']
    assert said(assistant, "yes")[0].startswith('What should "frobnicate the wibble" do?')
    assert store.device("light.kitchen_lights").state["on"] is False
