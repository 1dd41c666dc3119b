"""Another home than the default one: questions about its devices are answered from
their states, help names its own devices, and a kind word for a thing the home does
not have ("the blinds" in a home whose only cover is the garage door) moves nothing."""

from __future__ import annotations

import pytest
from command_helpers import changes, default_home

from teachapp.conversation import Assistant, TurnInput
from teachapp.domain import Device, default_state
from teachapp.home import CollectingSpeaker, SimulatedBackend
from teachapp.store import Store
from teachapp.understanding.commands import CommandParser


def _device(device_id: str, name: str, room: str, **state) -> Device:
    return Device(device_id, name, room, {**default_state(device_id.split(".")[0]), **state})


OTHER_HOME = [
    _device("light.kitchen_pendant", "Kitchen pendant", "Kitchen", on=True, brightness=100),
    _device("light.hall_ceiling", "Hall ceiling", "Hall", on=False),
    _device("light.nursery_nightlight", "Nightlight", "Nursery", on=True, brightness=5),
    _device("cover.garage_door", "Garage door", "Garage", position=100),
    _device("climate.upstairs", "Upstairs thermostat", "Landing", target_temp=20),
    _device("media_player.soundbar", "Soundbar", "Lounge", on=False),
    _device("lock.back_door", "Back door", "Kitchen", locked=True),
]


@pytest.fixture
def parser() -> CommandParser:
    return CommandParser(OTHER_HOME)


@pytest.mark.parametrize(("question", "names"), [
    ("is the garage door open", ["Garage door"]),
    ("which lights are on", ["Kitchen pendant", "Hall ceiling", "Nightlight"]),
    ("are the lights on in the kitchen", ["Kitchen pendant"]),
    ("what's the temperature upstairs", ["Upstairs thermostat"]),
    ("is the back door locked", ["Back door"]),
    ("what is on in the nursery", ["Nightlight"]),
    ("what lights are on", ["Kitchen pendant", "Hall ceiling", "Nightlight"]),
    ("whats on", [d.name for d in OTHER_HOME]),
    ("what is switched on", [d.name for d in OTHER_HOME]),
    # a "how" question about a degree asks about the kind of device that makes it
    ("how warm is it", ["Upstairs thermostat"]),
    ("how cold is it on the landing", ["Upstairs thermostat"]),
    ("how loud is it in the lounge", ["Soundbar"]),
    ("how bright is it in the kitchen", ["Kitchen pendant"]),
    ("is the nightlight on", ["Nightlight"]),
])
def test_a_question_asks_about_the_devices_a_command_would_name(parser, question, names):
    assert sorted(d.name for d in parser.asked_about(question)) == sorted(names)


@pytest.mark.parametrize("text", ["is the vacuum on", "are the blinds closed", "is the tv on",
                                  "turn on the lights", "how are you"])
def test_not_a_question_about_this_homes_devices(parser, text):
    assert parser.asked_about(text) == []


@pytest.mark.parametrize("text", ["close the blinds", "close the curtains", "turn on the tv",
                                  "turn on the television"])
def test_a_thing_the_home_does_not_have_moves_nothing(parser, text):
    """The garage door is a cover and the soundbar a media player, but neither is
    what was asked for."""
    assert parser.parse(text) is None


def test_things_the_home_has_are_still_found(parser):
    assert changes(parser.parse("open the garage door")) == {"cover.garage_door": {"position": 100}}
    assert changes(parser.parse("turn on the speaker")) == {"media_player.soundbar": {"on": True}}
    assert changes(parser.parse("turn on the music")) == {"media_player.soundbar": {"on": True}}
    # A plain name says nothing of what kind of light it is: "the hall lamp" is it.
    assert changes(parser.parse("turn on the hall lamp")) == {
        "light.hall_ceiling": {"on": True}}


@pytest.mark.parametrize(("text", "position"), [
    ("open the garage", 100), ("close the garage", 0), ("shut the garage please", 0)])
def test_opening_a_room_opens_its_door_or_blinds(parser, text, position):
    """"open the garage" was not understood in a home whose garage has one door."""
    assert changes(parser.parse(text)) == {"cover.garage_door": {"position": position}}


@pytest.mark.parametrize("text", ["open the kitchen", "close the lounge"])
def test_a_room_with_nothing_to_open_opens_nothing(parser, text):
    assert parser.parse(text) is None


@pytest.mark.parametrize("text", ["lock up", "lock up please", "lock the house"])
def test_locking_up_locks_every_lock(text):
    front = _device("lock.front_door", "Front door", "Hall", locked=False)
    parser = CommandParser([*OTHER_HOME, front])
    assert changes(parser.parse(text)) == {"lock.back_door": {"locked": True},
                                           "lock.front_door": {"locked": True}}


@pytest.mark.parametrize("text", ["unlock", "unlock up", "unlock the house"])
def test_unlocking_is_never_guessed(parser, text):
    assert parser.parse(text) is None


def test_curtains_are_the_blinds_where_there_are_blinds():
    parser = CommandParser(default_home())
    assert changes(parser.parse("close the curtains")) == {
        "cover.living_room_blinds": {"position": 0}}


@pytest.fixture
def other_store(db_path):
    """A real SQLite file holding only the other home."""
    with Store.open(db_path) as store:
        store.save_devices(OTHER_HOME)
        yield store


@pytest.fixture
def assistant(other_store):
    agent = Assistant(other_store, SimulatedBackend(other_store), speaker=CollectingSpeaker())
    yield agent
    agent.close()


def _say(assistant: Assistant, text: str) -> list[str]:
    return assistant.handle(TurnInput(text)).lines


def test_questions_are_answered_from_the_states_and_change_nothing(assistant, other_store):
    before = {d.id: d.state for d in other_store.devices()}
    assert _say(assistant, "which lights are on?") == [
        "Kitchen pendant is on, brightness 100 %. Nightlight is on, brightness 5 %. "
        "Hall ceiling is off."]
    assert _say(assistant, "is the garage door open?") == ["Garage door is open."]
    assert _say(assistant, "what's the temperature upstairs?") == [
        "Upstairs thermostat, in the Landing, is set to heat to 20 °C. I have no thermometer, "
        "so that is the setting, not a reading."]
    assert _say(assistant, "is anything on?") == [
        "Kitchen pendant and Nightlight are on. Garage door is open. Back door is locked. "
        "Upstairs thermostat is set to heat to 20 °C. Hall ceiling and Soundbar are off."]
    assert _say(assistant, "is the kitchen pendant on?") == [
        "Kitchen pendant is on, brightness 100 %."]
    assert {d.id: d.state for d in other_store.devices()} == before


def test_many_devices_off_are_counted_not_named(tmp_path):
    """"what's on?" in a flat listed every device that was off by name; past two they
    are counted."""
    with Store.open(tmp_path / "flat.sqlite3") as store:
        _many_off(store)


def _many_off(other_store: Store) -> None:
    other_store.save_devices([
        _device("light.a", "Bedside left", "Bedroom", on=False),
        _device("light.b", "Bedside right", "Bedroom", on=False),
        _device("light.c", "Floor lamp", "Lounge", on=True),
        _device("light.d", "Ceiling", "Lounge", on=False)])
    agent = Assistant(other_store, SimulatedBackend(other_store), speaker=CollectingSpeaker())
    try:
        assert _say(agent, "which lights are on?") == ["Floor lamp is on. The other 3 are off."]
        assert _say(agent, "turn off the floor lamp") == ["Floor lamp: off."]
        assert _say(agent, "which lights are on?") == ["None of them is on: all 4 are off."]
    finally:
        agent.close()


def test_a_question_with_a_thing_word_asks_about_the_device_called_that(tmp_path):
    """"how loud is the tv?" answered for every player; "how warm is it?" was not known."""
    with Store.open(tmp_path / "flat.sqlite3") as store:
        store.save_devices([
            _device("media_player.tv", "Living room TV", "Living room", on=True, volume=40),
            _device("media_player.sonos", "Sonos Kitchen", "Kitchen", on=False),
            _device("climate.heating", "Living room heating", "Living room", target_temp=21)])
        agent = Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker())
        try:
            assert _say(agent, "how loud is the tv?") == ["Living room TV is on, volume 40 %."]
            assert _say(agent, "how warm is it?") == [
                "Living room heating is set to heat to 21 °C. I have no thermometer, so that "
                "is the setting, not a reading."]
            # small talk, not a question about a device ("you" names none)
            assert _say(agent, "how are you?")[0].startswith("All well here")
        finally:
            agent.close()


def test_a_plural_name_is_answered_as_one(other_store):
    """"Garden lights is off": one device whose name is a plural takes "are"."""
    other_store.save_devices([_device("light.garden", "Garden lights", "Garden", on=False)])
    agent = Assistant(other_store, SimulatedBackend(other_store), speaker=CollectingSpeaker())
    try:
        assert _say(agent, "are the garden lights on?") == ["Garden lights are off."]
        assert _say(agent, "is the garage door open?") == ["Garage door is open."]
    finally:
        agent.close()


def test_what_devices_and_routines_it_knows(assistant):
    lines = _say(assistant, "what devices do you have?")
    assert lines[0] == "I can control 7 devices:"
    assert "Kitchen: Back door (locked) and Kitchen pendant (on, brightness 100 %)." in lines
    assert "Garage: Garage door (open)." in lines
    assert _say(assistant, "list") == _say(assistant, "what did I teach you?") == [
        "You haven't taught me anything yet. Say \"teach\" to start."]


def test_help_gives_examples_with_this_homes_devices(assistant):
    (line,) = _say(assistant, "help")
    assert "\"hall ceiling to 80 percent\"" in line and "desk lamp" not in line
    assistant.handle(TurnInput("teach"))
    assistant.handle(TurnInput("night watch"))
    reply = " ".join(_say(assistant, "make it nice"))
    assert "hall ceiling to 80 percent" in reply and "desk lamp" not in reply
