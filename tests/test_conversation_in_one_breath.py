"""Sentences as an open-vocabulary recogniser hands them over: two requests in one
breath, a request and a question, a reason said after a command, a device the home
does not have. What a new household says, and what it should get."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, seed_routines

from teachapp.conversation import Action, PendingKind, TurnInput
from teachapp.domain import Device, SetStep
from teachapp.store import Store


def _states(store):
    return {d.id: dict(d.state) for d in store.devices()}


@pytest.fixture
def home(store):
    """The default home with movie mode, reading mode and wake up taught, the living room
    lamp off."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("turn off the living room lamp"))
    return assistant


def test_a_phrase_and_a_request_about_it_both_run(home, store):
    """"reading mode, and make it brighter" ran reading mode and dropped the second request
    (the resolver read the phrase whole)."""
    result = home.handle(TurnInput("reading mode, and make it brighter"))
    assert result.action == Action.RUN_ROUTINE and result.run is not None and result.run.ok
    assert result.lines == ["Reading mode and turn up Living room lamp."]
    add_routine(store, "Story time", ["story time"], [
        SetStep("light.living_room_lamp", {"on": True, "brightness": 50})])
    home.handle(TurnInput("story time, and make it brighter"))
    assert store.device("light.living_room_lamp").state["brightness"] == 75  # from 50 %


def test_a_later_part_starts_from_what_the_earlier_part_set(home, store):
    """"movie mode and turn the lamp up": up from movie mode's 20 %, not from the 100 % the
    lamp had before; and "it" means the device of movie mode it fits (the lamp, not the TV)."""
    home.handle(TurnInput("movie mode and make it brighter"))
    assert store.device("light.living_room_lamp").state["brightness"] == 45
    assert store.device("media_player.tv").state["volume"] == 40


def test_a_question_beside_a_phrase_is_answered_and_the_phrase_runs(home, store):
    """"reading mode and is the kitchen light on?" ran reading mode and ignored the question."""
    home.handle(TurnInput("turn on the kitchen lights"))
    result = home.handle(TurnInput("reading mode and is the kitchen light on?"))
    assert result.action == Action.RUN_ROUTINE and result.run is not None
    assert result.lines == ["Reading mode.", "Kitchen lights are on, brightness 100 %."]
    assert store.device("light.living_room_lamp").state["on"] is True


def test_a_question_beside_a_command_is_answered_not_refused(home, store):
    """"... and is the fan on" was "I can't answer", though alone it is answered."""
    result = home.handle(TurnInput("turn on the desk lamp and is the fan on"))
    assert result.lines == ["Desk lamp: on.", "Bedroom fan is off."]
    assert store.device("light.desk_lamp").state["on"] is True


def test_two_questions_in_one_breath_are_both_answered(home, store):
    before = _states(store)
    result = home.handle(TurnInput("is the front door locked and is the tv on"))
    assert result.run is None and result.lines == ["Front door is locked. TV is off."]
    assert _states(store) == before


@pytest.mark.parametrize("said", ["but is the living room lamp on", "and is the lamp in the "
                                  "living room on?"])
def test_a_question_after_a_conjunction_is_a_question(home, store, said):
    """"but is the living room lamp on" was read as "turn on the living room lamp"."""
    result = home.handle(TurnInput(said))
    assert result.run is None and result.lines == ["Living room lamp is off."]
    assert store.device("light.living_room_lamp").state["on"] is False


@pytest.mark.parametrize(("said", "device", "state"), [
    ("open the blinds, we're off to bed", "cover.living_room_blinds", {"position": 100}),
    ("turn on the tv, i'm watching the news", "media_player.tv", {"on": True}),
    ("movie mode, we're watching a film", "media_player.tv", {"on": True}),
])
def test_a_reason_after_a_request_changes_nothing_of_it(home, store, said, device, state):
    """"close the blinds, we're off to bed" offered to learn "we're off to bed" (and the
    parser read the whole as "turn off": the "off" of the reason)."""
    result = home.handle(TurnInput(said))
    assert result.run is not None and result.run.ok and result.question is None, result.lines
    assert store.device(device).state.items() >= state.items()


def test_a_reason_after_close_still_closes(home, store):
    home.handle(TurnInput("open the blinds"))
    result = home.handle(TurnInput("close the blinds, we're off to bed"))
    assert result.lines == ["Living room blinds: closed."]
    assert store.device("cover.living_room_blinds").state["position"] == 0


def test_a_device_the_home_lacks_is_named_with_what_it_has(home, store):
    """"turn on the toaster" offered to learn a routine; it says the home has none and
    what it can turn on, switches first (an appliance is most often on a switch)."""
    before = _states(store)
    result = home.handle(TurnInput("turn on the toaster"))
    assert result.lines == ["This home has no toaster. I can turn on Coffee maker, Bedroom "
                            "fan, TV, Office speaker and 5 more."]
    assert result.question is None and result.awaiting is None
    assert _states(store) == before


def test_a_device_the_room_lacks_is_named_with_what_the_room_has(home):
    result = home.handle(TurnInput("turn on the kitchen toaster"))
    assert result.lines == ["There's no toaster in the kitchen. There I can turn on Coffee "
                            "maker and Kitchen lights."]


def test_a_missing_device_of_a_kind_names_the_ones_of_that_kind(home):
    result = home.handle(TurnInput("lock the back door"))
    assert result.lines == ["This home has no back door. Front door is already locked."]


def test_a_missing_device_beside_a_phrase_is_said_and_the_phrase_runs(home, store):
    """Each part its own answer: the phrase runs, the toaster is said missing (it was
    "Nothing was done. I understood "reading mode", but this home has no toaster. ...")."""
    result = home.handle(TurnInput("reading mode and turn on the toaster"))
    assert result.run is not None and result.routine == "Reading mode"
    assert _states(store)["light.living_room_lamp"]["on"] is True
    assert result.lines[-1] == ("This home has no toaster. I can turn on Coffee maker, "
                                "Bedroom fan, TV, Office speaker and 4 more.")  # (not the lamp
    # reading mode just turned on)


def test_a_thing_nothing_in_the_home_can_do_is_offered_for_teaching(tmp_path):
    """In a home of one lamp, "open the garage door" may only mean a routine the person
    teaches (a relay on a switch): then, and only then, "Shall I learn it?"."""
    with Store.open(tmp_path / "flat.sqlite3") as flat:
        flat.save_devices([Device("light.desk_lamp", "Desk lamp", "Office",
                                  {"on": False, "brightness": 100})])
        assistant, _events = make_assistant(flat)
        result = assistant.handle(TurnInput("open the garage door"))
        assert result.lines == ['This home has no garage door, and nothing I can open. '
                                'Shall I learn "open the garage door" as a phrase of your '
                                'own?']
        assert assistant.handle(TurnInput("yes")).awaiting == PendingKind.TEACHING


@pytest.mark.parametrize(("said", "device", "state"), [
    ("turn on the fan, it's hot in here", "fan.bedroom_fan", {"on": True}),
    ("turn off the kitchen lights, it's too bright", "light.kitchen_lights", {"on": False}),
    ("close the blinds please because it's sunny", "cover.living_room_blinds",
     {"position": 0}),
    ("movie mode because we're watching a film", "media_player.tv", {"on": True}),
])
def test_how_it_is_said_after_a_request_is_its_reason_not_a_second_request(
        home, store, said, device, state):
    """"turn on the fan, it's hot in here" also turned the heating down; "movie mode
    because we're watching a film" offered to learn the whole sentence."""
    home.handle(TurnInput("open the blinds"))
    home.handle(TurnInput("turn on the kitchen lights"))
    thermostat = store.device("climate.thermostat").state
    result = home.handle(TurnInput(said))
    assert result.run is not None and result.run.ok and result.question is None, result.lines
    assert store.device(device).state.items() >= state.items()
    assert store.device("climate.thermostat").state == thermostat
    assert {d.id for d in result.run.devices} <= {device, "light.living_room_lamp"}


def test_a_complaint_alone_is_still_a_request(home):
    result = home.handle(TurnInput("it's too loud"))
    assert result.question is not None and "turn down" in result.question


def test_a_condition_on_a_question_is_decided_by_the_answer(home, store):
    """"is the tv on? if so turn it off" turned off the kitchen lights (the devices last
    acted on), whatever the answer."""
    home.handle(TurnInput("turn on the kitchen lights"))
    result = home.handle(TurnInput("is the tv on? if so turn it off"))
    assert result.run is None and result.lines == ["TV is off.", 'So I left out "turn it off".']
    home.handle(TurnInput("turn on the tv"))
    result = home.handle(TurnInput("is the tv on? if so turn it off"))
    assert result.lines == ["TV is on, volume 30 %.", "TV: off."]
    assert store.device("media_player.tv").state["on"] is False
    assert store.device("light.kitchen_lights").state["on"] is True


def test_a_condition_said_apart_by_a_comma_still_governs_its_request(home, store):
    home.handle(TurnInput("unlock the front door"))
    home.handle(TurnInput("yes"))  # (unlocking is asked about first)
    result = home.handle(TurnInput("is the front door locked? if not, lock it"))
    assert result.lines == ["Front door is unlocked.", "Front door: locked."]
    result = home.handle(TurnInput("is the front door locked? if not, lock it"))
    assert result.run is None and result.lines[-1] == 'So I left out "lock it".'


def test_names_after_a_command_borrow_its_action(home, store):
    """"turn on the lamp in the living room and the fan in the bedroom" offered to learn
    "the fan in the bedroom"."""
    result = home.handle(TurnInput("turn on the lamp in the living room and the fan in the "
                                   "bedroom"))
    assert result.run is not None and result.run.ok
    assert store.device("fan.bedroom_fan").state["on"] is True
    assert store.device("light.living_room_lamp").state["on"] is True
    assert store.device("light.bedroom_lamp").state["on"] is False


def test_names_borrow_the_action_of_a_command_asked_about(home, store):
    """"turn on the lamp and the fan": which lamp is asked; the fan waits for the answer."""
    result = home.handle(TurnInput("turn on the lamp and the fan"))
    assert result.run is None and 'By "turn on the lamp"' in result.question
    home.handle(TurnInput("the desk one"))
    assert store.device("light.desk_lamp").state["on"] is True
    assert store.device("fan.bedroom_fan").state["on"] is True


def test_names_with_a_room_borrow_the_action_of_a_command_asked_about(home, store):
    """"turn on the lamp and the bedroom fan" said "Nothing was done. I understood "turn
    on the lamp", but I don't know "the bedroom fan". Shall I learn it?": read whole,
    the sentence is one command, and the fan borrowed nothing."""
    result = home.handle(TurnInput("turn on the lamp and the bedroom fan"))
    assert result.run is None and 'By "turn on the lamp"' in result.question
    assert store.device("fan.bedroom_fan").state["on"] is False
    home.handle(TurnInput("the desk one"))
    assert store.device("light.desk_lamp").state["on"] is True
    assert store.device("fan.bedroom_fan").state["on"] is True
    assert store.device("light.bedroom_lamp").state["on"] is False


def test_an_undo_joined_to_a_request_puts_back_then_does_it(home, store):
    """"undo that and turn on the tv" offered to learn "undo that"; "undo and reading mode
    instead" said reading mode was not running."""
    home.handle(TurnInput("movie mode"))
    result = home.handle(TurnInput("undo and reading mode instead"))
    assert result.lines == ["Undone: Living room lamp and TV put back.", "Reading mode: set Living room lamp on at 100 %."]
    assert store.device("media_player.tv").state["on"] is False
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    result = home.handle(TurnInput("undo that and turn on the tv"))
    assert result.lines[-1] == "TV: on." and store.device("media_player.tv").state["on"]
    assert store.device("light.living_room_lamp").state["on"] is False


@pytest.mark.parametrize(("said", "device", "state"), [
    ("set the desk lamp to 50 percent, no, 60 percent", "light.desk_lamp",
     {"brightness": 60}),
    ("turn the heating to 21, no, 22 degrees", "climate.thermostat", {"target_temp": 22}),
    ("turn on the tv, no wait, the fan", "fan.bedroom_fan", {"on": True}),
    ("turn on the tv, sorry, turn on the fan", "fan.bedroom_fan", {"on": True}),
])
def test_a_part_taken_back_by_a_self_repair_does_not_run(home, store, said, device, state):
    """"set the lamp to 50 percent, no, 60 percent" offered to learn "no"; "turn on the tv,
    sorry, turn on the fan" turned both on ("sorry" was read as a courtesy)."""
    result = home.handle(TurnInput(said))
    assert result.run is not None and result.run.ok, result.lines
    assert store.device(device).state.items() >= state.items()
    assert store.device("media_player.tv").state["on"] is False
    assert [d.id for d in result.run.devices] == [device]


def test_a_value_said_again_is_as_sure_as_the_request_it_repairs(home, store):
    result = home.handle(TurnInput("set the lamp to 50 percent, no, 60 percent"))
    assert result.run is None and "to 60 %" in result.question
    home.handle(TurnInput("the desk one"))
    assert store.device("light.desk_lamp").state["brightness"] == 60


def test_a_sorry_at_the_end_takes_nothing_back(home, store):
    assert home.handle(TurnInput("reading mode, sorry")).lines == ["Reading mode: set Living room lamp on at 100 %."]


@pytest.mark.parametrize(("said", "answer"), [
    ("can you check if the front door is locked", "Front door is locked."),
    ("do you know whether the tv is on", "TV is off."),
    ("i wonder if the fan is on", "Bedroom fan is off."),
])
def test_a_question_asked_inside_a_request_is_answered(home, store, said, answer):
    """"can you check if the front door is locked" was "I can't answer", and "i wonder if
    the fan is on" switched the fan on."""
    before = _states(store)
    result = home.handle(TurnInput(said))
    assert result.lines == [answer] and _states(store) == before


def test_a_question_asked_inside_a_part_is_answered_beside_a_phrase(home, store):
    result = home.handle(TurnInput("reading mode and can you check if the tv is on"))
    assert result.lines == ["Reading mode.", "TV is off."]


def test_a_request_on_a_condition_says_how_to_ask_for_it_now(home, store):
    before = _states(store)
    result = home.handle(TurnInput("turn on the lamp if it is dark"))
    assert result.lines == ['I can\'t check "if it is dark" myself, so nothing was done. '
                            'Say "turn on the lamp" on its own to do it now.']
    assert result.question is None and _states(store) == before


def test_what_was_just_done_says_how_each_part_was_read(home):
    """"what did you just do" after "turn it off" said "I split it into parts", and a
    reason beside a request read as "not understood"."""
    home.handle(TurnInput("turn on the kitchen lights"))
    home.handle(TurnInput("turn it off"))
    said = home.handle(TurnInput("what did you just do")).lines
    assert said[1] == ('I read "it" as the devices I last changed: "turn it off" → turn off '
                       'Kitchen lights (sure).')
    home.handle(TurnInput("close the blinds, we're off to bed and is the tv on"))
    said = home.handle(TurnInput("what did you just do")).lines
    assert said[1] == ('I split it into parts and ran them together: "close the blinds" → '
                       'close Living room blinds (sure); "we\'re off to bed" → the reason, '
                       'nothing to do; "is the tv on" → question: TV is off.')
