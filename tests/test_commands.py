"""Built-in device commands on the default home (assets/home.yaml), as people say them."""

from __future__ import annotations

import pytest
from command_helpers import changes, default_home

from teachapp.domain import Device, default_state
from teachapp.errors import AttributeValueError
from teachapp.understanding.commands import CommandParser, parse_command
from teachapp.understanding.numbers import words_to_numbers


def _home() -> list[Device]:
    return default_home()


@pytest.fixture(scope="module")
def parser() -> CommandParser:
    return CommandParser(_home())


_changes = changes


LIGHTS = {"light.living_room_lamp", "light.ceiling_light", "light.kitchen_lights",
          "light.bedroom_lamp", "light.desk_lamp"}


@pytest.mark.parametrize(("utterance", "expected"), [
    ("living room lamp to 100 percent",
     {"light.living_room_lamp": {"on": True, "brightness": 100}}),
    ("turn off the kitchen lights", {"light.kitchen_lights": {"on": False}}),
    ("lock the front door", {"lock.front_door": {"locked": True}}),
    ("unlock the front door", {"lock.front_door": {"locked": False}}),
    ("thermostat to 19 degrees", {"climate.thermostat": {"target_temp": 19}}),
    ("desk lamp to 80 percent", {"light.desk_lamp": {"on": True, "brightness": 80}}),
    ("set the blinds to half", {"cover.living_room_blinds": {"position": 50}}),
    ("open the blinds", {"cover.living_room_blinds": {"position": 100}}),
    ("close the living room blinds", {"cover.living_room_blinds": {"position": 0}}),
    ("turn on all the lights in the kitchen", {"light.kitchen_lights": {"on": True}}),
    ("turn everything off in the office",
     {"light.desk_lamp": {"on": False}, "media_player.office_speaker": {"on": False}}),
    ("set the heating to twenty one", {"climate.thermostat": {"target_temp": 21}}),
    ("tv volume to 30", {"media_player.tv": {"volume": 30}}),
    ("fan to full speed", {"fan.bedroom_fan": {"on": True, "speed": 100}}),
    ("switch on the coffee maker", {"switch.coffee_maker": {"on": True}}),
])
def test_teaching_dialogue_examples(parser: CommandParser, utterance: str, expected: dict):
    assert _changes(parser.parse(utterance)) == expected


def test_read_back_is_the_dialogue_sentence(parser: CommandParser):
    command = parser.parse("desk lamp to 80 percent")
    assert command is not None
    assert command.reply == "Desk lamp: on, brightness 80 %."
    assert [d.name for d in command.devices] == ["Desk lamp"]
    assert command.confidence == 1.0
    assert "Desk lamp" in command.text


def test_several_devices_share_one_read_back(parser: CommandParser):
    command = parser.parse("turn everything off in the office")
    assert command is not None
    assert command.reply == "Desk lamp and Office speaker: off."


def test_relative_changes_start_from_the_current_state():
    devices = _home()
    for device in devices:
        if device.id == "light.bedroom_lamp":
            device.state.update(on=True, brightness=60)
        if device.id == "climate.thermostat":
            device.state.update(target_temp=20)
    parser = CommandParser(devices)
    dimmed = _changes(parser.parse("dim the bedroom lamp"))["light.bedroom_lamp"]
    assert dimmed["on"] is True and dimmed["brightness"] < 60
    assert _changes(parser.parse("make it warmer")) == {"climate.thermostat": {"target_temp": 21}}
    louder = _changes(parser.parse("turn up the tv"))
    assert louder == {"media_player.tv": {"volume": 40}}


@pytest.mark.parametrize(("before", "after"), [(100, 75), (45, 20), (25, 12), (20, 10),
                                               (5, 2), (2, 1)])
def test_a_light_low_already_is_dimmed_by_half(before: int, after: int):
    """"dim the lamp" at 20 % was 1 %, nearly off (the 25-point step, then the floor),
    and so was "have movie night dim the lamp too" of movie night's 20 %: at or below
    one step a light is halved; above, the step stays (``_DIMMED_LOW_PART``)."""
    devices = _home()
    for device in devices:
        if device.id == "light.bedroom_lamp":
            device.state.update(on=True, brightness=before)
    made = _changes(CommandParser(devices).parse("dim the bedroom lamp"))
    assert made == {"light.bedroom_lamp": {"on": True, "brightness": after}}


def test_all_the_lights_and_rooms(parser: CommandParser):
    assert set(_changes(parser.parse("turn off all the lights"))) == LIGHTS
    living = _changes(parser.parse("turn on the living room lights"))
    assert living == {"light.living_room_lamp": {"on": True}, "light.ceiling_light": {"on": True}}
    assert _changes(parser.parse("lights off in the bedroom")) == {
        "light.bedroom_lamp": {"on": False}}


def test_here_is_the_room_the_assistant_is_in(parser: CommandParser):
    assert set(_changes(parser.parse("turn off the lights in here", here="Office"))) == {
        "light.desk_lamp"}
    assert set(_changes(parser.parse("turn off the lights", here="Bedroom"))) == {
        "light.bedroom_lamp"}
    assert set(_changes(parser.parse("turn off all the lights in the house",
                                     here="Bedroom"))) == LIGHTS


@pytest.mark.parametrize(("utterance", "expected"), [
    ("set the thermostat to twenty one point five", {"climate.thermostat": {"target_temp": 21.5}}),
    ("desk lamp to one hundred percent", {"light.desk_lamp": {"on": True, "brightness": 100}}),
    ("thermostat to nineteen", {"climate.thermostat": {"target_temp": 19}}),
    ("set the tv volume to seventy five", {"media_player.tv": {"volume": 75}}),
    ("living room blinds to 40%", {"cover.living_room_blinds": {"position": 40}}),
])
def test_numbers_as_words_or_digits(parser: CommandParser, utterance: str, expected: dict):
    assert _changes(parser.parse(utterance)) == expected


def test_number_words_to_digits():
    assert words_to_numbers("twenty one point five".split()) == ["21.5"]
    assert words_to_numbers("a hundred and five percent".split()) == ["105", "percent"]
    assert words_to_numbers("set it to nineteen".split()) == ["set", "it", "to", "19"]


@pytest.mark.parametrize(("utterance", "device"), [
    ("alexa um turn on the living room lump please", "light.living_room_lamp"),
    ("turn off the kitchen light", "light.kitchen_lights"),
    ("turn on the coffee machine", "switch.coffee_maker"),
    ("switch off the livingroom lamp", "light.living_room_lamp"),
    ("lock the frontdoor", "lock.front_door"),
    ("turn on the bedroom fen", None),  # too short to guess: "fan" is not "fen"
])
def test_fuzzy_device_names(parser: CommandParser, utterance: str, device: str | None):
    command = parser.parse(utterance)
    if device is None:
        assert command is None or "fan.bedroom_fan" not in _changes(command)
        return
    assert command is not None and [d.id for d in command.devices] == [device]


@pytest.mark.parametrize("utterance", [
    "reading mode", "what's the weather", "play the party playlist", "party mode",
    "turn on party mode", "good night", "movie night", "i'm home", "make me a coffee",
    "is the front door locked", "are the lights on in the kitchen", "turn the vacuum on",
    "don't turn off the lights", "turn off the lights in ten minutes",
    "turn on the porch light", "set a timer for five minutes", "what time is it",
    "tell me a joke", "start the day", "turn it off", "", "um",
])
def test_not_device_commands(parser: CommandParser, utterance: str):
    assert parser.parse(utterance) is None


@pytest.mark.parametrize(("utterance", "words"), [
    ("thermostat to 50 degrees", ("Thermostat", "5", "35")),
    ("set the heating to forty", ("Thermostat", "35")),
    ("desk lamp to one hundred and fifty percent", ("Desk lamp", "0", "100")),
    ("tv volume to 120", ("TV", "100")),
])
def test_out_of_range_values_name_the_device_and_range(parser: CommandParser, utterance: str,
                                                       words: tuple[str, ...]):
    with pytest.raises(AttributeValueError) as caught:
        parser.parse(utterance)
    for word in words:
        assert word in str(caught.value)


def test_a_bare_number_past_every_range_stays_the_first_attribute(parser: CommandParser):
    with pytest.raises(AttributeValueError, match="brightness can be set from 0–100%, not 150%"):
        parser.parse("desk lamp to 150")
    with pytest.raises(AttributeValueError, match="not 9000%"):
        parser.parse("desk lamp to 9000")


def test_a_number_with_its_thousands_grouped_is_one_number(parser: CommandParser):
    # "1,000" is not "1" and "000" (volume 1 %), nor two parts of a sentence
    with pytest.raises(AttributeValueError, match="not 1000%"):
        parser.parse("set the tv volume to 1,000")
    command = parser.parse("desk lamp to 30, tv on")
    assert command is not None and len(command.steps) == 2


def test_wrong_unit_or_attribute_is_not_a_command(parser: CommandParser):
    assert parser.parse("desk lamp to 20 degrees") is None
    assert parser.parse("open the desk lamp volume") is None
    assert parser.parse("lock the desk lamp") is None


@pytest.mark.parametrize(("utterance", "kelvin"), [
    ("living room lamp to 2700K", 2700), ("desk lamp to 4000 kelvin", 4000),
    ("set the desk lamp colour temperature to 3500", 3500),
    ("desk lamp color temp 5000 k", 5000),
    ("Set the desk lamp to 2,700 Kelvin.", 2700),  # thousands grouped, as Whisper writes
    ("set the desk lamp to 4000", 4000),  # no brightness goes so high; a white does
])
def test_a_white_said_in_kelvin_is_the_colour_temperature(parser: CommandParser,
                                                          utterance: str, kelvin: int):
    command = parser.parse(utterance)
    assert command is not None
    assert [step.set for step in command.steps] == [{"on": True, "color_temp": kelvin}]
    assert command.reply.endswith(f"colour temp {kelvin} K.")


def test_kelvin_out_of_range_or_on_another_attribute_is_not_a_brightness(
        parser: CommandParser):
    with pytest.raises(AttributeValueError, match="2000–6500 K, not 9000 K"):
        parser.parse("desk lamp to 9000K")
    assert parser.parse("tv volume to 2700 kelvin") is None
    assert parser.parse("thermostat to 3000 k") is None


@pytest.mark.parametrize("utterance", ["living room lamp to 30 percent and warm white",
                                       "living room lamp to 30 percent, warm white"])
def test_a_part_that_names_no_device_is_said_of_the_part_before(parser: CommandParser,
                                                                 utterance: str):
    command = parser.parse(utterance)
    assert command is not None
    assert [(s.device, s.set) for s in command.steps] == [
        ("light.living_room_lamp", {"on": True, "brightness": 30, "color_temp": 2700})]
    assert command.text == "set Living room lamp to 30 % and set it to 2700 K white"
    assert parser.parse("tv on and warm white") is None  # (no white for a tv: not guessed)
    cooler = parser.parse("desk lamp to 40 percent and cooler")  # (alone: the heating)
    assert cooler is not None and [(s.device, set(s.set)) for s in cooler.steps] == [
        ("light.desk_lamp", {"on", "brightness", "color_temp"})]


@pytest.mark.parametrize("utterance", [
    "turn off the lights upstairs", "turn off the lights downstairs",
    "turn on the lights outside", "switch the lights off outdoors"])
def test_a_floor_or_outside_the_home_cannot_tell_apart_is_not_every_light(
        parser: CommandParser, utterance: str):
    assert parser.parse(utterance) is None
    assert parser.parse("turn on the bedroom lamp upstairs") is not None  # named: that one


def test_singular_word_for_several_devices_is_less_certain(parser: CommandParser):
    command = parser.parse("turn on the lamp")
    assert command is not None
    assert {d.id for d in command.devices} == {
        "light.living_room_lamp", "light.bedroom_lamp", "light.desk_lamp"}
    assert command.confidence < 0.7  # asked about, never run unasked


def test_parse_command_wraps_the_parser():
    command = parse_command("turn off the tv", _home())
    assert command is not None and _changes(command) == {"media_player.tv": {"on": False}}
    assert parse_command("turn off the tv", []) is None


def test_a_home_of_its_own():
    devices = [Device("light.porch_light", "Porch light", "Outside", default_state("light")),
               Device("switch.kettle", "Kettle", "Kitchen", default_state("switch"))]
    parser = CommandParser(devices)
    assert _changes(parser.parse("turn on the porch light")) == {
        "light.porch_light": {"on": True}}
    assert _changes(parser.parse("switch the kettle on")) == {"switch.kettle": {"on": True}}
    assert parser.parse("turn on the tv") is None


@pytest.mark.parametrize(("utterance", "expected"), [
    ("turn the tv on at volume 20", {"media_player.tv": {"on": True, "volume": 20}}),
    ("put the tv on volume 20", {"media_player.tv": {"on": True, "volume": 20}}),
    ("tv on at 20", {"media_player.tv": {"on": True, "volume": 20}}),
    ("desk lamp on at brightness 40", {"light.desk_lamp": {"on": True, "brightness": 40}}),
])
def test_on_said_beside_a_value_switches_on_too(parser: CommandParser, utterance: str,
                                                 expected: dict):
    command = parser.parse(utterance)
    assert command is not None and _changes(command) == expected


def test_off_said_beside_a_value_is_not_guessed(parser: CommandParser):
    assert parser.parse("tv off at volume 20") is None
    assert parser.parse("turn on light 2") is None  # a name's number, not a brightness


def test_heating_switched_on_at_a_temperature_leaves_off():
    home = [Device(id="climate.heating", name="Heating", room="Hall",
                   state={**default_state("climate"), "mode": "off"})]
    command = CommandParser(home).parse("turn the heating on at 21 degrees")
    assert command is not None
    assert _changes(command) == {"climate.heating": {"target_temp": 21, "mode": "heat"}}


@pytest.mark.parametrize(("utterance", "expected"), [
    ("turn on the desk one", {"light.desk_lamp": {"on": True}}),
    ("switch off the bedroom one", {"light.bedroom_lamp": {"on": False}}),
    ("set the desk lamp to one percent", {"light.desk_lamp": {"on": True, "brightness": 1}}),
])
def test_the_one_after_a_word_is_the_thing_not_a_number(parser: CommandParser,
                                                         utterance: str, expected: dict):
    command = parser.parse(utterance)
    assert command is not None and _changes(command) == expected


def test_an_answer_picks_among_the_devices_asked_about(parser: CommandParser):
    lamps = [d for d in parser.devices if d.id.endswith("lamp")]
    assert [d.id for d in parser.picked("just the desk one", lamps)] == ["light.desk_lamp"]
    assert [d.id for d in parser.picked("the living room one", lamps)] == [
        "light.living_room_lamp"]
    assert parser.picked("all of them", lamps) == lamps
    assert parser.picked("the desk one at 50 percent", lamps) == []  # a new command
    assert parser.picked("the kettle", lamps) == []


@pytest.mark.parametrize(("previous", "follow_up", "expected"), [
    # the same change for the devices named now ...
    ("turn on the desk lamp", "and the bedroom lamp", {"light.bedroom_lamp": {"on": True}}),
    ("turn off the tv", "the office speaker too", {"media_player.office_speaker": {"on": False}}),
    ("desk lamp to 30 percent", "same for the bedroom lamp",
     {"light.bedroom_lamp": {"on": True, "brightness": 30}}),
    # ... a value only to devices of the kind it was said of: another kind is switched
    ("desk lamp to 30 percent", "and the bedroom fan", {"fan.bedroom_fan": {"on": True}}),
    ("turn on the desk lamp to full", "and the thermostat too",
     {"climate.thermostat": {"mode": "heat"}}),
    # ... and a device added in words of adding ("add", "include", "actually add ... too")
    ("living room lamp to 100 percent", "actually add the bedroom fan too",
     {"fan.bedroom_fan": {"on": True}}),
    ("turn off the tv", "include the office speaker",
     {"media_player.office_speaker": {"on": False}}),
])
def test_and_the_fan_after_a_command_borrows_its_action(
        parser: CommandParser, previous: str, follow_up: str, expected: dict):
    assert _changes(parser.continued(follow_up, previous)) == expected


@pytest.mark.parametrize(("previous", "follow_up"), [
    ("turn on the desk lamp", "and turn off the tv"),  # an action of its own
    ("dim the desk lamp", "and the front door"),  # nothing of dimming fits a lock
    ("lock the front door", "and the coffee maker"),
    ("turn on the desk lamp", "and the vacuum"),  # no such device
    ("turn on the desk lamp", "and the desk lamp"),  # nothing new
    ("turn on the desk lamp", "actually the bedroom lamp"),  # instead, maybe: not read
])
def test_a_follow_up_that_is_not_the_same_change_is_not_continued(
        parser: CommandParser, previous: str, follow_up: str):
    assert parser.continued(follow_up, previous) is None


@pytest.mark.parametrize(("utterance", "expected"), [
    # each part its own command: no value or action reaches another part's devices
    ("set the thermostat to 21 and turn on the fan",  # (the fan went to speed 21)
     {"climate.thermostat": {"target_temp": 21}, "fan.bedroom_fan": {"on": True}}),
    ("open the blinds, then turn on the coffee maker",  # (the blinds were lost)
     {"cover.living_room_blinds": {"position": 100}, "switch.coffee_maker": {"on": True}}),
    ("the desk lamp on, and the tv off",
     {"light.desk_lamp": {"on": True}, "media_player.tv": {"on": False}}),
    ("lock the front door and turn off the kitchen lights",
     {"lock.front_door": {"locked": True}, "light.kitchen_lights": {"on": False}}),
    # a part that names only devices, or means another part's, is read with it
    ("turn off the tv and the desk lamp",
     {"media_player.tv": {"on": False}, "light.desk_lamp": {"on": False}}),
    ("turn on the desk lamp, then dim it to 20", {"light.desk_lamp": {"on": True, "brightness": 20}}),
])
def test_a_sentence_of_several_commands_is_read_part_by_part(
        parser: CommandParser, utterance: str, expected: dict):
    assert _changes(parser.parse(utterance)) == expected


def test_a_negated_complaint_holds_a_negation_as_consecutive_words():
    from teachapp.understanding._command_vocab import _containing

    negations = frozenset({("not",), ("apart", "from")})
    complaints = frozenset({("i", "can", "not", "see"), ("not", "bright", "enough"),
                            ("too", "dark", "not"), ("all", "dark", "apart", "from", "it"),
                            ("from", "apart", "here"), ("apart", "so", "from"), ("so", "dim")})
    assert _containing(complaints, negations) == {
        ("i", "can", "not", "see"), ("not", "bright", "enough"), ("too", "dark", "not"),
        ("all", "dark", "apart", "from", "it")}


def test_the_bundled_negated_complaints_are_every_complaint_that_holds_a_negation():
    from teachapp.understanding._command_vocab import default_vocabulary

    vocab = default_vocabulary()
    said = [p for p, meanings in vocab.phrases.items() if ("action", "more") in meanings
            or ("action", "less") in meanings]
    negated = {p for p in said if any(p[i:i + len(n)] == n for n in vocab.negations
                                      for i in range(len(p) - len(n) + 1))}
    assert negated and negated <= vocab.negated_complaints
