"""A sentence of several parts is done and told as each part alone would be: things
named before the last part take the change said once after it ("set the tv and the desk
lamp to 30 percent" was "Nothing was done. ... I don't know "set the tv"."), each as it
reads it alone, and values are said with their units ("Turn off TV and set Thermostat to
20 °C.", was "... to 20." with no unit)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_a_value_of_several_parts_is_said_with_its_unit(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv and set the thermostat to 20") == [
        "Turn off TV and set Thermostat to 20 °C."]
    assert said(assistant, "reading mode and set the thermostat to 19") == [
        "Reading mode and set Thermostat to 19 °C."]
    assert said(assistant, "close the blinds and set the tv to 25") == [
        "Close Living room blinds and set TV to 25 %."]


def test_things_named_before_the_change_each_take_it(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the tv and the desk lamp to 30 percent") == [
        "Set TV to 30 % and set Desk lamp to 30 %."]  # the TV's volume, as said alone
    assert store.device("media_player.tv").state["volume"] == 30
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert said(assistant, "set the thermostat, the tv and the desk lamp to 20") == [
        "Set Thermostat to 20 °C, set TV to 20 % and set Desk lamp to 20 %."]
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
        "Set Desk lamp brightness to 30 % and set Ceiling light brightness to 30 %."]
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert store.device("light.ceiling_light").state["brightness"] == 30
    said(assistant, "dim the desk lamp and the ceiling light by 20 percent")
    assert store.device("light.desk_lamp").state["brightness"] == 10
    assert store.device("light.ceiling_light").state["brightness"] == 10
    said(assistant, "turn on the tv and the office speaker")
    assert said(assistant, "turn down the tv and the office speaker all the way") == [
        "Set TV to min and set Office speaker to min."]
    assert store.device("media_player.tv").state["volume"] == 0
    assert store.device("media_player.office_speaker").state["volume"] == 0


def test_on_or_off_said_before_one_thing_takes_no_value_said_after_another(store):
    assistant, _events = make_assistant(store)
    """(As before: the value is the desk lamp's alone.)"""
    assert said(assistant, "turn on the tv and the desk lamp to 45 percent") == [
        "Turn on TV and set Desk lamp to 45 %."]
    assert store.device("media_player.tv").state["volume"] != 45


def test_a_change_said_after_several_things_with_a_verb_of_its_own_reaches_each(store):
    """"turn the tv and the office speaker off" was "Nothing was done. I understood "the
    speaker off", but I don't know "turn the tv"."; so were "make ... brighter", "put ...
    on mute" and "turn ... on to 40 percent"."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv and the office speaker")
    assert said(assistant, "put the tv and the office speaker on mute") == [
        "Mute TV and mute Office speaker."]
    assert said(assistant, "turn the tv and the office speaker off") == [
        "Turn off TV and turn off Office speaker."]
    assert not store.device("media_player.office_speaker").state["on"]
    assert said(assistant, "turn the desk lamp and the ceiling light on to 40 percent") == [
        "Set Desk lamp to 40 % and set Ceiling light to 40 %."]
    said(assistant, "make the desk lamp and the ceiling light brighter")
    assert store.device("light.desk_lamp").state["brightness"] == 65
    assert store.device("light.ceiling_light").state["brightness"] == 65
