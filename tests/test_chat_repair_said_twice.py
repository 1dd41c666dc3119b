"""A self-repair said with more than one word between two requests ("turn on the tv,
actually no, turn it off", "..., oh no, the tv", "..., wait, no, turn it off") takes the
request before it back, as "..., no, ..." does. It was 'Nothing was done. I understood
"turn it off", but I don't know "no". Shall I learn it?' (``beside.REPAIR``,
``multipart``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize("sentence", [
    "turn on the tv, actually no, turn it off",
    "turn on the tv, wait, no, turn it off",
    "turn on the tv. no, actually, turn it off",
    "turn on the tv, hmm, no, actually turn it off",
])
def test_a_repair_of_several_words_takes_the_request_back(store, sentence):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, sentence) == ["TV: off."]
    assert store.device("media_player.tv").state["on"] is False


@pytest.mark.parametrize("sentence", [
    "turn on the desk lamp, oh no, the tv",
    "turn on the desk lamp, actually no, the tv",
    "turn on the desk lamp, no no, turn on the tv",
    "turn on the desk lamp, actually no the tv",
])
def test_what_follows_stands_in_for_it(store, sentence):
    assistant, _events = make_assistant(store)
    assert said(assistant, sentence) == ["TV: on."]
    assert store.device("light.desk_lamp").state["on"] is False


def test_a_value_repaired_with_make_that(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the desk lamp to 50 percent, no, make that 60 percent") == [
        "Desk lamp: on, brightness 60 %."]


def test_no_before_a_name_is_still_a_request(store):
    """A bare "no" with words after it is no repair: "no lights" asks for no lights."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp")
    said(assistant, "turn on the tv, no lights")
    assert store.device("media_player.tv").state["on"] is True
