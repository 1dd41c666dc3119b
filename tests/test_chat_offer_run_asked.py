""""run movie night" with no routine of that name: the offer to learn names the routine
asked for, and a yes teaches it ('I don't know "movie night". Shall I learn it?'). It was
'I don't know "run movie night". Shall I learn it?', and a yes taught "run movie night",
so "movie night" alone was still not known after teaching."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize("asked", ["run movie night", "start movie night", "do movie night",
                                   "please run movie night"])
def test_run_x_offers_to_learn_x(store, asked):
    assistant, _ = make_assistant(store)
    assert said(assistant, asked) == ["I don't know \"movie night\". Shall I learn it?"]
    assert said(assistant, "yes", "turn on the tv", "done", "yes")[-1] == (
        "Saved. Say \"movie night\" any time.")
    said(assistant, "turn off the tv")
    assert said(assistant, "movie night") == ["Movie night: turned on TV."]
    assert store.device("media_player.tv").state["on"] is True


def test_run_x_beside_a_command_offers_x(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "run movie night and turn on the tv") == [
        "Nothing was done. I understood \"turn on the tv\", but I don't know \"movie night\". "
        "Shall I learn it?"]


@pytest.mark.parametrize("text", ["run it", "start that", "rerun movie night"])
def test_other_words_are_offered_as_said(store, text):
    assistant, _ = make_assistant(store)
    assert said(assistant, text) == [f"I don't know \"{text}\". Shall I learn it?"]
