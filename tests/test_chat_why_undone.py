""""why did you undo that?" is answered from the last undo: what was put back, and that
the person asked for it (it was offered for teaching)."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.conversation import library
from teachapp.domain import SetStep


def _home(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    return make_assistant(store)[0]


def test_why_an_undo_names_what_was_put_back_and_who_asked(store):
    assistant = _home(store)
    said(assistant, "movie night", "undo")
    assert said(assistant, "why did you undo that") == [
        'You typed "undo".',
        "You asked me to undo movie night, so I put back TV as it was before it ran."]
    said(assistant, "what's on")  # (a question between: the undo is still the one told)
    assert said(assistant, "why was that undone?")[-1].startswith(
        "You asked me to undo movie night")


@pytest.mark.parametrize("asked", ["what did you just undo?", "what was put back",
                                   "what did that undo"])
def test_what_was_undone_is_asked_as_why(store, asked):
    """"what did you just undo?" was offered for teaching."""
    assistant = _home(store)
    said(assistant, "movie night", "undo")
    assert said(assistant, asked)[-1] == (
        "You asked me to undo movie night, so I put back TV as it was before it ran.")


def test_a_command_said_wrong_is_named_as_said(store):
    assistant = _home(store)
    said(assistant, "turn on the desk lamp", "that's wrong")
    assert said(assistant, "why did you put it back") == [
        'You typed "that\'s wrong".',
        'You asked me to undo "turn on the desk lamp", so I put back Desk lamp as it was '
        "before it ran."]


def test_with_no_undo_it_says_so(store):
    assistant = _home(store)
    said(assistant, "movie night")
    assert said(assistant, "why did you undo that") == [
        "I haven't undone anything lately: I only put things back when someone says "
        "\"undo\" or \"that's wrong\"."]
    assert store.device("media_player.tv").state["on"] is True  # (nothing undone by asking)


def test_an_undone_forget_names_the_routine_and_the_words_that_forgot_it(store):
    """It was "You asked me to undo the last thing, so I put it back."."""
    assistant = _home(store)
    said(assistant, "forget movie night", "yes", "undo")
    told = ("You asked me to undo the last thing, so I brought back movie night "
            "(forgotten by \"forget movie night\").")
    assert said(assistant, "why did you undo that?") == ['You typed "undo".', told]
    assert said(assistant, "what did you just do?") == ['You typed "undo".', told]


def test_a_routine_deleted_elsewhere_is_named_without_words(store):
    assistant = _home(store)
    said(assistant, "forget movie night", "no")  # (asked, and kept: no words of the deletion)
    library.delete_routine(store, "movie night")  # (``teachapp delete``, the window)
    said(assistant, "undo")
    assert said(assistant, "why did you undo that?")[-1] == (
        "You asked me to undo the last thing, so I brought back movie night.")


def test_an_undone_rename_names_both_names(store):
    assistant = _home(store)
    said(assistant, "rename movie night to cinema", "undo")
    assert said(assistant, "why did you undo that?")[-1] == (
        "You asked me to undo the rename, so cinema is called movie night again.")
