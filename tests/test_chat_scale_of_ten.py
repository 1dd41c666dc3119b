""""dim the desk lamp to 7": a bare 1..10 said with a way to go (dim, brighten, up, down,
"level") reads as a step on a scale of ten when that goes the way said, and is asked
about; the question said "70 %" with nothing to tell why. Now it says the step ("70 %
(7 of 10)"), and saying the request again with another value ("set the desk lamp to
7", "... to 7 percent") is that request, not a "yes" to 70 %. With no way said ("set
the desk lamp to 7", "volume to 7") a bare number is a percentage, as before."""

import pytest
from _assistant_helpers import make_assistant, said


def _brightness(store):
    [lamp] = [d for d in store.devices() if d.name == "Desk lamp"]
    return lamp.state.get("brightness")


@pytest.mark.parametrize(("request_", "question"), [
    ("dim the desk lamp to 7", "Do you want me to set Desk lamp brightness to 70 % (7 of 10)?"),
    ("brighten the desk lamp to 7",
     "Do you want me to set Desk lamp brightness to 70 % (7 of 10)?"),
    ("set the desk lamp to level 7", "Do you want me to set Desk lamp to 70 % (7 of 10)?"),
    ("turn the tv up to 5", "Do you want me to set TV to 50 % (5 of 10)?"),
])
def test_a_step_of_ten_says_so_when_asked(store, request_, question):
    assistant, _events = make_assistant(store)
    assert said(assistant, request_) == [question]


def test_yes_sets_the_step(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "dim the desk lamp to 7", "yes") == [
        "Do you want me to set Desk lamp brightness to 70 % (7 of 10)?",
        "Desk lamp: on, brightness 70 %."]
    assert _brightness(store) == 70


@pytest.mark.parametrize("again", ["set the desk lamp to 7", "dim the desk lamp to 7 percent",
                                   "set the desk lamp to 7 %"])
def test_the_request_said_again_with_another_value_is_that_value(store, again):
    assistant, _events = make_assistant(store)
    said(assistant, "dim the desk lamp to 7")
    assert said(assistant, again) == ["Desk lamp: on, brightness 7 %."]
    assert _brightness(store) == 7


@pytest.mark.parametrize(("request_", "reply"), [
    ("set the desk lamp to 7", ["Desk lamp: on, brightness 7 %."]),
    ("set the tv volume to 7", ["TV: volume 7 %."]),
])
def test_with_no_way_said_a_bare_number_is_a_percentage(store, request_, reply):
    assistant, _events = make_assistant(store)
    assert said(assistant, request_) == reply
