"""A level against the way its words say is read with the command reader's own words
(``CommandParser.level_said``), not a regex of its own: "brighten the desk lamp to twenty
five percent" with the lamp at 70 % dimmed it without a word ("Desk lamp: on, brightness
25 %."), since the regex took one word for the number; now it is asked, as "… to 25
percent" is."""

import pytest
from _assistant_helpers import make_assistant, said


@pytest.fixture
def assistant(store):
    assistant, _events = make_assistant(store)
    said(assistant, "set the desk lamp to 70 percent")
    return assistant


def _brightness(store) -> int:
    return next(d for d in store.devices() if d.name == "Desk lamp").state["brightness"]


@pytest.mark.parametrize("words", ["brighten the desk lamp to twenty five percent",
                                   "brighten the desk lamp to twenty-five per cent please",
                                   "brighten the desk lamp to 25 per cent please"])
def test_a_level_in_any_of_the_readers_words_is_asked_about(assistant, store, words):
    assert said(assistant, words) == [
        "That is dimmer than it is now (70 %). Set Desk lamp to 25 %?"]
    assert _brightness(store) == 70
    assert said(assistant, "yes") == ["Desk lamp: on, brightness 25 %."]


def test_the_way_said_is_still_done_at_once(assistant, store):
    assert said(assistant, "brighten the desk lamp to ninety percent") == [
        "Desk lamp: on, brightness 90 %."]
