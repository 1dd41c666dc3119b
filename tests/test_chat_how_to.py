"""Asking how to do a thing ("how do I delete a routine?") is answered with the words to
say, from the same source as "help" (``conversation/usage.py``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


def _taught_movie_night(store):
    assistant, _ = make_assistant(store)
    for words in ("teach", "movie night", "tv on", "done", "yes"):
        said(assistant, words)
    return assistant


@pytest.mark.parametrize(("question", "answer"), [
    ("how do I delete a routine", 'Say "forget" and the phrase, e.g. "forget movie night".'),
    ("how do I rename a routine?", 'Say "rename", the phrase and the new one, e.g. '
                                   '"rename movie night to film night".'),
    ("how do I schedule a routine", 'Say "run", the routine and when, e.g. '
                                    '"run movie night every day at 7".'),
    ("how do I undo", 'Say "undo" right after a routine or command runs'),
    ("how do I teach you something", 'Say "teach", then the phrase, then what it should do'),
])
def test_asking_how_to_do_a_thing_says_the_words(store, question, answer):
    assistant = _taught_movie_night(store)
    [reply] = said(assistant, question)
    assert reply.startswith(answer)
    assert assistant._teacher.session is None  # ("how do I teach ...": it started teaching)
    assert said(assistant, "yes") == [  # nothing was offered to learn
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]


def test_the_words_given_do_what_they_say(store):
    assistant = _taught_movie_night(store)
    [forget] = said(assistant, "how do i delete a routine")
    words = forget.split('e.g. "')[1].split('"')[0]
    assert words == "forget movie night"
    assert said(assistant, words)[-1].startswith("Movie night will turn on TV")
    said(assistant, "yes")
    assert store.routine_names() == []


def test_asked_while_teaching_it_is_answered_and_the_teaching_goes_on(store):
    assistant = _taught_movie_night(store)
    said(assistant, "teach")
    reply = said(assistant, "how do i undo")
    assert reply[0].startswith('Say "undo" right after')
    assert said(assistant, "reading mode")[0].startswith('What should "reading mode" do?')


def test_help_points_to_the_how_questions_and_a_routine_named_is_still_howto(store):
    assistant = _taught_movie_night(store)
    assert said(assistant, "help")[-1].endswith(
        'Ask "how do I ...?" to hear the words for anything else.')
    assert said(assistant, "how do i start movie night") == [
        'Say "movie night" to start movie night.']
    assert said(assistant, "can i teach you something") == ["What's the phrase?"]


def test_asking_how_to_work_a_device_says_the_command(store):
    """"how do I turn off the tv?" was answered as a question of the TV's state ("TV is
    off."): the words to say are the command itself."""
    assistant, _ = make_assistant(store)
    assert said(assistant, "how do I turn off the tv?") == [
        'Just say "turn off the tv" and I\'ll do it right away. To do it along with other '
        'things, say "teach" and make it a step of a routine.']
    assert said(assistant, "how do i get rich")[0].startswith("I don't know a routine")
