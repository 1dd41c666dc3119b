""""no" (or "undo") before any step is taught: the phrase just said may be what was
wrong ("teach", "lights on", "no"). It said only "There's nothing to take back yet.", and
a person who meant other words went on to teach "lights on" to turn the lights off. Now
it says how to change the words, and the words said then are the phrase."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said
from conftest import chat_lines

HINT = ("There's nothing to take back yet. To use other words than \"lights on\", say "
        "\"call it\" and them, e.g. \"call it bedtime\"; or say \"cancel\" to stop teaching.")


@pytest.mark.parametrize("no", ["no", "undo", "that's wrong"])
def test_no_before_any_step_says_how_to_change_the_phrase(store, no):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "lights on")
    assert said(assistant, no) == [HINT]
    assert said(assistant, "call it bedtime") == ["The phrase is now \"bedtime\"."]
    said(assistant, "turn off the desk lamp", "done", "yes")
    assert store.routine_names() == ["bedtime"]


def test_the_example_is_never_the_phrase_itself(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "bedtime")
    assert "e.g. \"call it lights out\"" in said(assistant, "no")[0]


def test_chat_says_it(db_path, store):
    assert chat_lines(db_path, "teach", "lights on", "no")[-2:] == [
        HINT, "(\"lights on\" was not saved.)"]
