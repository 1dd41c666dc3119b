""""change movie mode", "edit movie mode", "how do I change movie mode" name a routine to
change and no change: they were "Did you mean movie mode?" (whose "yes" ran it), "I
don't know "edit movie mode". Shall I learn it?" and "That sounded like talk about movie
mode, not a request, so I did nothing." Now: what it does and how to say a change, and
the change said next is made. "what's the phrase for movie mode" was that same "talk
about" remark; now the phrase to say."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said, seed_routines
from conftest import chat_lines

from teachapp.domain import SetStep


@pytest.mark.parametrize("words", ["change movie mode", "edit movie mode",
                                   "how do I change movie mode", "modify the movie mode routine",
                                   "I want to change movie mode", "change what movie mode does"])
def test_a_routine_to_change_is_told_and_how(store, words):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    tv = dict(store.device("media_player.tv").state)
    reply = said(assistant, words)
    assert len(reply) == 1
    assert reply[0].startswith("Movie mode will set TV on at 40 % and then set Living room lamp "
                               "on at 20 %. Say what to add and where, e.g. \"add ")
    assert reply[0].endswith(" to movie mode\", or \"remove the tv from movie mode\".")
    assert store.device("media_player.tv").state == tv  # nothing ran
    assert said(assistant, "yes") == [
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]
    assert store.device("media_player.tv").state == tv


def test_the_change_said_next_is_asked_and_made(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "change movie mode")
    assert said(assistant, "remove the tv from movie mode") == [
        "Take TV out of movie mode? Say yes to change it."]
    said(assistant, "yes")
    assert [s.device for s in store.routine("Movie mode").steps] == ["light.living_room_lamp"]


def test_words_that_name_no_routine_go_on_as_a_command(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, "change the tv to hdmi 2") == ["TV: on, source HDMI 2."]


def test_change_alone_asks_which_routine(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, "change a routine") == [
        "Which routine should I change? Say its name, or \"change movie mode\". I know movie "
        "mode, reading mode and wake up."]


def test_the_routine_named_after_which_one_is_the_answer(store):
    """"delete", then "reading mode" ran Reading mode: the question was only told."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    lamp = store.device("light.living_room_lamp").state
    said(assistant, "delete")
    assert said(assistant, "reading mode") == [
        "Reading mode will set Living room lamp on at 100 %. Shall I forget it?"]
    assert store.device("light.living_room_lamp").state == lamp  # nothing ran
    assert said(assistant, "yes")[0].startswith("Forgot reading mode.")
    said(assistant, "rename")
    assert said(assistant, "wake up") == [
        'What should wake up be called? Say the new name, or "cancel".']


@pytest.mark.parametrize("words", ["what's the phrase for movie mode",
                                   "what are the words for movie mode"])
def test_the_phrase_of_a_routine_is_told(store, words):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, words) == ["Say \"movie mode\" to start movie mode."]


def test_chat_tells_how_to_change_it(db_path, store):
    seed_routines(store)
    lines = chat_lines(db_path, "edit movie mode")
    assert lines[0].startswith("Movie mode will set TV on at 40 %")


def test_many_routines_are_counted_past_the_eighth(store):
    """It was "I know a, b, …, g and h and more." (two "and"s, the rest uncounted)."""
    for n in "abcdefghij":
        add_routine(store, f"Routine {n}", [f"routine {n}"], [SetStep("light.desk_lamp",
                                                                       {"on": True})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "forget") == [
        "Which routine should I forget? Say its name, or \"forget routine a\". I know routine "
        "a, routine b, routine c, routine d, routine e, routine f, routine g, routine h and "
        "2 more."]
