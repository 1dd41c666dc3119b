"""Changing what a routine does by voice: asked, then saved; nothing runs.

A new user said "add the tv to lights out" (the TV was switched off: it read as a
device command) and "remove the coffee maker from morning tea" (it looked for a routine
called "coffee maker from morning tea" to delete)."""

from __future__ import annotations

import pytest
from _assistant_helpers import Clock, add_routine, make_assistant, said, seed_routines

from teachapp.conversation.talk import parse_talk
from teachapp.domain import SetStep, WaitStep
from teachapp.store import Store

TV, LAMP, DESK = "media_player.tv", "light.living_room_lamp", "light.desk_lamp"


@pytest.fixture()
def home(store):
    seed_routines(store)
    add_routine(store, "Lights out", ["lights out"], [
        SetStep(LAMP, {"on": False}), SetStep(DESK, {"on": False}),
        SetStep("lock.front_door", {"locked": True}),
        SetStep("climate.thermostat", {"target_temp": 17})])
    assistant, _ = make_assistant(store)
    return store, assistant


@pytest.mark.parametrize(("text", "kind", "target", "value"), [
    ("add the tv to lights out", "add_step", "lights out", "the tv"),
    ("change lights out so the heating goes to 18", "add_step", "lights out",
     "the heating goes to 18"),
    ("make lights out also turn off the office speaker", "add_step", "lights out",
     "turn off the office speaker"),
    ("in movie mode, set the desk lamp to 40 percent", "add_step", "movie mode",
     "set the desk lamp to 40 percent"),
    ("take the coffee maker out of wake up", "remove_step", "wake up", "the coffee maker"),
    ("remove the tv from movie mode", "remove_step", "movie mode", "the tv"),
    # the older commands keep their meaning
    ("add the phrase film night to movie mode", "add_phrase", "movie mode", "film night"),
    ("remove the phrase film night from movie mode", "remove_phrase", "movie mode",
     "film night"),
    ("remove movie mode", "forget", "movie mode", ""),
])
def test_edits_are_told_apart(text, kind, target, value):
    talk = parse_talk(text)
    assert talk is not None and (talk.kind, talk.target, talk.value) == (kind, target, value)


def test_a_device_named_alone_takes_the_routines_one_switch(home):
    store, assistant = home
    before = store.device(TV).state
    assert said(assistant, "add the tv to lights out") == [
        "Lights out will also turn off TV. Shall I change it?"]
    assert said(assistant, "yes")[0].startswith("Changed lights out: it will turn off Living "
                                                "room lamp and Desk lamp, ")
    assert store.routine("Lights out").steps[-1] == SetStep(TV, {"on": False})
    assert store.device(TV).state == before  # an edit runs nothing


def test_a_device_is_named_as_people_call_it(home):
    _store, assistant = home
    assert said(assistant, "add the telly to lights out") == [
        "Lights out will also turn off TV. Shall I change it?"]


def test_a_device_already_in_the_routine_gets_its_new_value_in_place(home):
    store, assistant = home
    assert said(assistant, "change lights out so the heating goes to 18") == [
        "Lights out will set Thermostat to 18 °C (now 17 °C). Shall I change it?"]
    said(assistant, "yes")
    steps = store.routine("Lights out").steps
    assert steps[3] == SetStep("climate.thermostat", {"target_temp": 18}) and len(steps) == 4


def test_no_keeps_the_routine_and_a_removal_is_asked_too(home):
    store, assistant = home
    said(assistant, "in movie mode, set the desk lamp to 40 percent")
    assert said(assistant, "no") == ["OK, movie mode stays as it is."]
    assert len(store.routine("Movie mode").steps) == 2
    assert said(assistant, "take the coffee maker out of wake up") == [
        "Take Coffee maker out of wake up? Say yes to change it."]
    said(assistant, "yes")
    assert store.routine("Wake up").steps == [
        SetStep("cover.living_room_blinds", {"position": 100})]
    assert store.routine_names()  # nothing was deleted
    assert said(assistant, "remove the tv from reading mode") == [
        "Reading mode doesn't change TV. It will set Living room lamp on at 100 %."]


def test_a_thing_the_home_lacks_is_no_step_to_take_out(home):
    """"take the toaster out of movie mode" said "This home has no toaster. Everything I
    can turn off is already off." (read as a command: it did not say the routine)."""
    store, assistant = home
    steps = store.routine("Movie mode").steps
    assert said(assistant, "take the toaster out of movie mode") == [
        "This home has no toaster, so movie mode has no step for it. Movie mode will set "
        "TV on at 40 % and then set Living room lamp on at 20 %."]
    assert said(assistant, "take the toaster out of it")[0].startswith(
        "This home has no toaster, so movie mode has no step for it.")
    assert store.routine("Movie mode").steps == steps
    assert said(assistant, "take a break from reading mode") == [
        'I don\'t know "take a break from reading mode". Shall I learn it?']


def test_make_it_so_that_a_routine_does_something_is_an_edit(home):
    """"make it so that lights out turns off the tv" was offered as a phrase to learn;
    "have movie mode dim the lamp too" at an open question was answered as one ("No,
    not all of movie mode is in effect: …"), and dimmed from the lamp's state now."""
    store, assistant = home
    assert said(assistant, "hey can you make it so that lights out turns off the tv") == [
        "Lights out will also turn off TV. Shall I change it?"]
    assert said(assistant, "have movie mode dim the lamp too") == [
        "(I left lights out as it was.)",
        "Movie mode will set Living room lamp on at 10 % (now on at 20 %). Shall I change it?"]
    said(assistant, "no")
    lines = said(assistant, "make it so lights out dims the hall light")
    assert lines[0].startswith("This home has no hall light. I can turn down ")
    assert lines[0].endswith(" Lights out stays as it is.")
    lines = said(assistant, "make lights out also turn off the toaster")
    assert lines[0].startswith("This home has no toaster. I can turn off ")  # (it said
    # "Everything I can turn off is already off.": of the devices now, not of a step)
    assert len(store.routine("Lights out").steps) == 4


def test_a_step_edit_is_undone_after_a_restart(home, db_path):
    """After a restart "undo" said "There is nothing to undo." of a step edit made by
    voice (kept in the session's memory), as it does not of a deletion or a rename."""
    store, assistant = home
    said(assistant, "take the coffee maker out of wake up", "yes")
    assistant.close()
    with Store.open(db_path) as again:
        restarted, _ = make_assistant(again)
        assert said(restarted, "undo") == [
            "Undone: wake up will open Living room blinds and then turn on Coffee maker "
            "again."]
        assert said(restarted, "undo") == ["There is nothing to undo."]
        restarted.close()
    assert store.routine("Wake up").steps[-1] == SetStep("switch.coffee_maker", {"on": True})


@pytest.mark.parametrize(("change", "undone"), [
    (("take the coffee maker out of wake up", "yes"), "Undone: wake up will open"),
    (("forget wake up", "yes"), "Wake up is back"),
    (("rename wake up to rise and shine",), "Undone: rise and shine is called wake up"),
])
def test_a_change_is_stamped_by_the_assistants_clock(store, change, undone):
    """A step edit, a deletion and a rename were stamped with the computer's clock
    where runs and phrases taken off use the assistant's: a run made after them (by
    that clock) was older to "undo", which took the change back first."""
    seed_routines(store)
    clock = Clock()
    assistant, _ = make_assistant(store, clock=clock, wall_clock=clock)
    said(assistant, *change)
    clock.advance(5)
    said(assistant, "turn on the tv")
    assert said(assistant, "undo") == ["Undone: TV put back."]
    assert said(assistant, "undo")[0].startswith(undone)


def test_what_cannot_be_guessed_is_asked_with_an_example(home):
    _store, assistant = home
    assert said(assistant, "add the front door to movie mode") == [
        'What should movie mode do with Front door? Say it like "add lock the front door '
        'to movie mode".']


def test_requests_that_are_not_about_a_routine_go_on_as_before(home):
    store, assistant = home
    lines = said(assistant, "add milk to my shopping list")
    assert lines == ['I don\'t know "add milk to my shopping list". Shall I learn it?']
    said(assistant, "no")
    lines = said(assistant, "add the tv to the garden party")  # no such routine
    assert lines[0].startswith('I don\'t know a routine called "garden party".')
    assert store.device(TV).state["on"] is False  # and nothing ran
    assert said(assistant, "put the desk lamp on in the office") == ["Desk lamp: on."]
    assert said(assistant, "add the tv to movie mode") == [
        "Movie mode already sets TV on at 40 %."]


@pytest.mark.parametrize(("text", "target", "value"), [
    ("make lights out dim the desk lamp to 5 percent instead", "lights out",
     "dim the desk lamp to 5 percent instead"),
    ("change lights out to turn the tv off", "lights out", "turn the tv off"),
    ("have lights out set the heating to 16", "lights out", "set the heating to 16"),
])
def test_an_edit_said_with_make_or_change_to(text, target, value):
    talk = parse_talk(text)
    assert talk is not None and (talk.kind, talk.target, talk.value) == ("add_step", target,
                                                                       value)


def test_make_it_do_something_else_instead_changes_the_step(home):
    """"make bedtime dim the lamp to 5 percent instead" was offered for teaching; "the
    lamp" (three lamps in this home) is the one bedtime already sets."""
    store, assistant = home
    add_routine(store, "Bedtime", ["bedtime"], [
        SetStep("light.bedroom_lamp", {"on": True, "brightness": 10}),
        SetStep("lock.front_door", {"locked": True})])
    assert said(assistant, "make bedtime dim the lamp to 5 percent instead") == [
        "Bedtime will set Bedroom lamp on at 5 % (now on at 10 %). Shall I change it?"]
    said(assistant, "yes")
    assert store.routine("Bedtime").steps[0] == SetStep("light.bedroom_lamp",
                                                        {"on": True, "brightness": 5})


@pytest.mark.parametrize(("text", "answer"), [
    ("how long does bedtime take", "Bedtime takes about 10 minutes: that is how long it "
                                   "waits between its steps (2 pauses)."),
    ("how long is lights out", "Lights out takes no time: it has no pauses, so every step is "
                               "done at once."),
])
def test_how_long_a_routine_takes_is_its_pauses(home, text, answer):
    store, assistant = home
    add_routine(store, "Bedtime", ["bedtime"], [
        SetStep("light.bedroom_lamp", {"on": True, "brightness": 10}), WaitStep(540),
        SetStep("lock.front_door", {"locked": True}), WaitStep(60),
        SetStep("light.bedroom_lamp", {"on": False})])
    assert said(assistant, text) == [answer]


@pytest.mark.parametrize("text", [
    "remove the blinds step from wake up", "delete the blinds step from wake up",
    "take the blinds step out of wake up", "remove the step that opens the blinds from wake up",
    "remove the step for the blinds from wake up"])
def test_a_step_named_as_a_step_is_its_device(home, text):
    """"the blinds step" was read as a routine's name ("I don't know a routine called
    "blinds step from wake up"") or offered for teaching ('I don't know "remove the
    blinds step from wake up". Shall I learn it?')."""
    store, assistant = home
    assert said(assistant, text) == [
        "Take Living room blinds out of wake up? Say yes to change it."]
    said(assistant, "yes")
    assert store.routine("Wake up").steps == [SetStep("switch.coffee_maker", {"on": True})]


def test_a_step_named_with_no_routine_is_of_the_routine_just_spoken_of(home):
    """"remove the blinds step" after "what does wake up do?" was 'I don't know a routine
    called "blinds step".'; a routine whose name ends in "steps" is still forgotten."""
    store, assistant = home
    said(assistant, "what does wake up do")
    assert said(assistant, "remove the blinds step") == [
        "Take Living room blinds out of wake up? Say yes to change it."]
    said(assistant, "no")
    add_routine(store, "Morning steps", ["morning steps"], [SetStep(DESK, {"on": True})])
    assert said(assistant, "delete morning steps")[0].endswith("Shall I forget it?")


@pytest.mark.parametrize("text", ["wake up should also lock the front door",
                                  "also lock the front door in wake up",
                                  "wake up should lock the front door too"])
def test_a_step_said_as_what_the_routine_should_also_do_is_asked(home, text):
    """They were device commands, run at once: "wake up should also lock the front door"
    said "Front door is already locked.", "also lock … in wake up" "This home has no
    wake up. …" (with the door open, both would have locked it)."""
    store, assistant = home
    said(assistant, "unlock the front door", "yes")
    assert said(assistant, text) == ["Wake up will also lock Front door. Shall I change it?"]
    assert store.device("lock.front_door").state["locked"] is False
    said(assistant, "yes")
    assert store.routine("Wake up").steps[-1] == SetStep("lock.front_door", {"locked": True})


def test_the_last_step_is_taken_out_by_its_place(home):
    """"remove the last step from wake up" was offered as a phrase to learn."""
    store, assistant = home
    assert said(assistant, "remove the last step from wake up") == [
        "Take the last step, turn on Coffee maker, out of wake up? Say yes to change it."]
    said(assistant, "yes")
    assert store.routine("Wake up").steps == [
        SetStep("cover.living_room_blinds", {"position": 100})]


def test_a_routine_left_with_no_steps_is_told_in_a_sentence(store):
    """Taking out a routine's only step said "Changed quiet: it will nothing yet (it has
    no steps).", and "what does quiet do" said "Quiet will nothing yet ..."."""
    add_routine(store, "Quiet", ["quiet"], [SetStep(TV, {"on": False})])
    assistant, _ = make_assistant(store)
    assert said(assistant, "remove the last step from quiet")[0].startswith("Take the last step")
    assert said(assistant, "yes") == ["Changed quiet: it will do nothing yet (it has no steps)."]
    assert said(assistant, "what does quiet do")[0] == (
        "Quiet will do nothing yet (it has no steps).")
