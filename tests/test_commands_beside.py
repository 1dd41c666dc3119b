"""What is said beside a device command, read by the parser: a question after "but" is a
question, a reason after a comma changes nothing of the command, and a thing the home
does not have is named, with the devices that could do it instead."""

from __future__ import annotations

import pytest
from command_helpers import changes, default_home

from teachapp.understanding.commands import CommandParser
from teachapp.understanding.parts import split_parts, split_reason


@pytest.fixture(scope="module")
def parser() -> CommandParser:
    return CommandParser(default_home())


@pytest.mark.parametrize("text", ["but is the living room lamp on", "and are the lights on",
                                  "oh and is the fan on?"])
def test_a_question_after_a_conjunction_is_no_command(parser, text):
    """"but is the living room lamp on" was "turn on the living room lamp"."""
    assert parser.parse(text) is None
    assert parser.asked_about(text)


@pytest.mark.parametrize("text", ["but turn on the fan", "and turn on the fan"])
def test_a_command_after_a_conjunction_is_still_one(parser, text):
    assert changes(parser.parse(text)) == {"fan.bedroom_fan": {"on": True}}


@pytest.mark.parametrize(("text", "device", "change"), [
    ("close the blinds, we're off to bed", "cover.living_room_blinds", {"position": 0}),
    ("open the blinds, we are off out", "cover.living_room_blinds", {"position": 100}),
    ("turn the tv on, i'm watching the news", "media_player.tv", {"on": True}),
    ("lock the front door, they're all asleep", "lock.front_door", {"locked": True}),
])
def test_what_people_are_doing_said_after_a_command_changes_nothing(parser, text, device,
                                                                    change):
    """"close the blinds, we're off to bed" was "turn off" the blinds: the "off" of the
    reason decided the action."""
    assert changes(parser.parse(text)) == {device: change}
    assert parser.is_remark(split_parts(text)[-1])


@pytest.mark.parametrize(("text", "device", "change"), [
    ("open the blinds, my sister is coming over", "cover.living_room_blinds",
     {"position": 100}),
    ("turn the tv off, the kids are asleep", "media_player.tv", {"on": False}),
    ("close the blinds, john is coming round", "cover.living_room_blinds", {"position": 0}),
    ("turn the tv off, granny's here", "media_player.tv", {"on": False}),
])
def test_how_others_are_said_after_a_command_changes_nothing(parser, text, device, change):
    """"open the blinds, my sister is coming over" said "This home has no sister." beside
    the blinds' reply: a noun phrase subject and a form of "be" tell a state, as "we're"
    does."""
    assert changes(parser.parse(text)) == {device: change}
    assert parser.is_remark(split_parts(text)[-1])


@pytest.mark.parametrize("text", ["my sister is coming over", "my sister's coming over",
                                  "the kids are asleep", "our guests are here"])
def test_a_state_of_others_is_a_remark(parser, text):
    assert parser.parse(text) is None and parser.is_remark(text)


@pytest.mark.parametrize("text", ["john is coming round", "granny's here",
                                  "Johns coming round", "sam came home", "Will is here"])
def test_a_name_said_alone_as_the_subject_is_a_remark(parser, text):
    """A name said alone, by its grammar (no list of names): a word no command and no
    name of this home uses, or one written with a capital, then a form of "be", its
    "'s" joined and a word of where or how, or a verb of coming ("_name_subject")."""
    assert parser.parse(text) is None and parser.is_remark(text)


@pytest.mark.parametrize("text", ["the tv is too loud", "the living room lamp is too bright",
                                  "is the tv on", "the kids", "my sister is",
                                  "kitchen is cold", "tv is too loud", "who is home",
                                  "will is here", "john", "it is too dark"])
def test_a_complaint_or_question_is_no_remark(parser, text):
    assert not parser.is_remark(text)


def test_a_feeling_is_a_request_not_a_remark(parser):
    """"i'm freezing" asks for warmth: no remark, and the heating goes up once."""
    assert not parser.is_remark("i'm freezing")
    command = parser.parse("turn up the heating, i'm freezing")
    assert command is not None and command.text == "turn up Thermostat"


@pytest.mark.parametrize(("text", "thing", "action", "kinds"), [
    ("turn on the toaster", "toaster", "turn on", ["switch", "fan", "media_player", "light"]),
    ("switch the dishwasher off", "dishwasher", "turn off", ["switch", "fan", "media_player",
                                                             "light"]),
    # a room word before the kind is where the thing is, as "the light in the garage"
    ("turn on the garage light", "garage", "turn on", ["light"]),
    ("open the garage door", "garage door", "open", ["cover"]),
    ("lock the back door", "back door", "lock", ["lock"]),
])
def test_a_thing_the_home_lacks_is_named_with_what_could_do_it(parser, text, thing, action,
                                                               kinds):
    """The devices instead: of the kind said, else all that take the action, a switch
    (where an appliance is most often plugged) first; those the action would leave as
    they are (all off, the front door locked) are kept apart in ``already``."""
    missing = parser.missing(text)
    assert missing is not None and (missing.thing, missing.action) == (thing, action)
    takes = [*missing.instead, *(d for d, _change in missing.already)]
    assert list(dict.fromkeys(d.kind for d in takes)) == kinds


def test_the_devices_instead_are_those_of_the_room_said_first(parser):
    missing = parser.missing("turn on the hoover in the bedroom")
    assert missing is not None and missing.thing == "hoover"
    assert missing.rooms == ("Bedroom",)
    assert {d.room for d in missing.instead[:2]} == {"Bedroom"}
    assert {d.room for d in missing.instead[2:]} != {"Bedroom"}


@pytest.mark.parametrize("text", ["turn on the desk lamp", "reading mode", "what's the weather",
                                  "is the toaster on", "turn on light 2", "make it brighter"])
def test_a_command_of_this_home_or_no_command_lacks_nothing(parser, text):
    assert parser.missing(text) is None


@pytest.mark.parametrize(("text", "parts"), [
    ("movie mode, after that lock the front door", ["movie mode", "lock the front door"]),
    ("movie mode and afterwards lock the door", ["movie mode", "lock the door"]),
    ("Reading mode. Then turn on the TV.", ["Reading mode", "turn on the TV"]),
    ("set the lamp to 20.5 percent", ["set the lamp to 20.5 percent"]),
])
def test_a_sentence_parts_after_that_and_at_a_full_stop(text, parts):
    """"after that" and a recogniser's full stop join two requests as "then" does (it was
    "I don't know 'after that lock the front door'")."""
    assert split_parts(text) == parts


@pytest.mark.parametrize(("text", "device", "change"), [
    ("turn off the tv, it's too loud", "media_player.tv", {"on": False}),
    ("turn on the fan, it's hot in here", "fan.bedroom_fan", {"on": True}),
    ("close the blinds please because it's sunny", "cover.living_room_blinds",
     {"position": 0}),
    ("turn the fan on cause i'm boiling", "fan.bedroom_fan", {"on": True}),
])
def test_how_it_is_after_a_command_is_its_reason(parser, text, device, change):
    """"turn on the fan, it's hot in here" also turned the heating down; "turn off the tv,
    it's too loud" also turned the speakers down."""
    assert changes(parser.parse(text)) == {device: change}


@pytest.mark.parametrize("text", ["it's too loud", "it's hot in here", "i'm freezing"])
def test_how_it_is_alone_is_a_complaint(parser, text):
    assert parser.complains(text) and parser.parse(text) is not None


@pytest.mark.parametrize(("text", "asked", "reason"), [
    ("movie mode because we're watching a film", "movie mode",
     "because we're watching a film"),
    ("close the blinds, cause it's sunny.", "close the blinds", "cause it's sunny"),
    ("because of the sun", "because of the sun", None),
])
def test_a_reason_parts_from_its_request(text, asked, reason):
    assert split_reason(text) == (asked, reason)


@pytest.mark.parametrize("text", ["i wonder if the fan is on", "turn on the lamp if it is dark",
                                  "can you check whether the blinds are open"])
def test_a_clause_of_if_or_whether_is_no_command_to_run_now(parser, text):
    """"i wonder if the fan is on" switched the fan on."""
    assert parser.parse(text) is None
