"""A level said with the other way's word is asked about, never guessed: "brighten the
desk lamp to 5" with the lamp at 70 % was 'I don't know "brighten the desk lamp to 5".
Shall I learn it?' (a step of ten, 50 %, is darker); "turn up the desk lamp to 20" and
"dim the desk lamp to 90" set the level the other way without a word."""

import pytest
from _assistant_helpers import make_assistant, said


@pytest.fixture
def assistant(store):
    assistant, _events = make_assistant(store)
    said(assistant, "set the desk lamp to 70 percent")
    return assistant


def _brightness(store) -> int:
    return next(d for d in store.devices() if d.name == "Desk lamp").state["brightness"]


def test_brighten_to_a_step_of_ten_below_is_asked_and_yes_sets_it(assistant, store):
    assert said(assistant, "brighten the desk lamp to 5") == [
        "That is dimmer than it is now (70 %). Set Desk lamp to 50 %?"]
    assert _brightness(store) == 70
    assert said(assistant, "yes") == ["Desk lamp: on, brightness 50 %."]
    assert _brightness(store) == 50


@pytest.mark.parametrize(("words", "question"), [
    ("turn up the desk lamp to 20", "That is dimmer than it is now (70 %). Set Desk lamp to "
                                    "20 %?"),
    ("dim the desk lamp to 90", "That is brighter than it is now (70 %). Set Desk lamp to "
                                "90 %?"),
    ("turn the heating up to 15", "That is cooler than it is now (20 °C). Set Thermostat to "
                                  "15 °C?"),
    ("turn the volume of the tv down to 50", "That is louder than it is now (30 %). Set TV "
                                             "volume to 50 %?")])
def test_every_way_word_against_its_level_is_asked(assistant, store, words, question):
    assert said(assistant, words) == [question]
    assert said(assistant, "no") == ["OK, I won't."]
    assert _brightness(store) == 70


@pytest.mark.parametrize(("words", "reply"), [
    ("brighten the desk lamp to 90", "Desk lamp: on, brightness 90 %."),
    ("dim the desk lamp to 20 percent", "Desk lamp: on, brightness 20 %."),
    ("set the desk lamp to 20", "Desk lamp: on, brightness 20 %.")])
def test_a_level_the_way_said_or_with_no_way_is_set(assistant, words, reply):
    assert said(assistant, words) == [reply]


def test_an_unlit_lamp_brightened_to_any_level_is_brighter(assistant):
    said(assistant, "turn off the desk lamp")
    assert said(assistant, "brighten the desk lamp to 30") == [
        "Desk lamp: on, brightness 30 %."]
