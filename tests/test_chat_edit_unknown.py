""""edit blorp" with no routine of that name: said so, with the routines there are, as
"forget blorp" is. It was offered for teaching ('I don't know "edit blorp". Shall I learn
it?'), and "edit moovie night", misheard, was too; "change the tv to hdmi 2" and "change
the channel" go on as before (a device command; words to learn)."""

import pytest
from _assistant_helpers import add_routine, make_assistant, said
from conftest import chat_lines

from teachapp.domain import SetStep


def _home(store, *names: str):
    for name in names:
        add_routine(store, name, [name], [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store)
    return assistant


@pytest.mark.parametrize("words", ["edit blorp", "modify blorp", "edit the routine blorp",
                                   "change the routine blorp", "can I edit blorp?"])
def test_no_routine_of_that_name_is_said(store, words):
    assistant = _home(store, "movie night", "reading mode")
    assert said(assistant, words) == [
        "I don't know a routine called \"blorp\". I know movie night and reading mode."]
    assert said(assistant, "yes")[0].startswith("There's nothing to answer right now.")


def test_a_misheard_name_is_the_routine(store):
    assistant = _home(store, "movie night")
    assert said(assistant, "edit moovie night") == [
        "Movie night will turn on TV. Say what to add and where, e.g. \"add bedroom lamp to "
        "80 percent to movie night\", or \"remove the tv from movie night\"."]


def test_of_many_routines_the_nearest_are_named(store):
    names = ["coffee time", "wake up", "bedtime", "lights out", "movie night", "party time",
             "dinner time", "reading mode", "study mode", "garden lights"]
    assistant = _home(store, *names)
    assert said(assistant, "edit coffee pot") == [
        "I don't know a routine called \"coffee pot\". I know coffee time, movie night, "
        "wake up, lights out, dinner time, reading mode, garden lights, bedtime and 2 more."]


def test_other_words_go_on_as_before(store):
    assistant = _home(store, "movie night")
    assert said(assistant, "change the channel") == [
        "I don't know \"change the channel\". Shall I learn it?"]
    assert said(assistant, "no") == ["OK."]
    assert said(assistant, "change the tv to 20 percent") == ["TV: volume 20 %."]


def test_in_chat(db_path, store):
    assert chat_lines(db_path, "edit blorp") == [
        "I don't know a routine called \"blorp\". You haven't taught me anything yet. Say "
        "\"teach\" to start."]
