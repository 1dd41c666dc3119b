"""A correction said as one ("oops, I meant movie night"): right after another routine
or a command ran, that run is put back and the one meant runs; said alone, the one meant
runs; at "What's the phrase?", the "teach" was the slip. They were offered for teaching,
and while teaching the whole sentence became the new phrase."""

from __future__ import annotations

import pytest
from _assistant_helpers import STRICT, add_routine, make_assistant, said

from teachapp.domain import SetStep

CORRECTIONS = ["oops I meant movie night", "sorry, I meant movie night", "no I meant movie night"]


def _home(store, **kwargs):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    add_routine(store, "reading mode", ["reading mode"],
                [SetStep("light.bedroom_lamp", {"on": True})])
    assistant, _ = make_assistant(store, **kwargs)
    return assistant


def _on(store, device):
    return bool(store.device(device).state.get("on"))


@pytest.mark.parametrize("words", CORRECTIONS)
def test_right_after_another_routine_ran_it_is_put_back_and_the_one_meant_runs(store, words):
    assistant = _home(store)
    assert said(assistant, "reading mode") == ["Reading mode: turned on Bedroom lamp."]
    assert said(assistant, words) == ["Undone: Bedroom lamp put back.", "Movie night: turned on TV."]
    assert not _on(store, "light.bedroom_lamp") and _on(store, "media_player.tv")
    assert store.interactions()[0].routine == "movie night"


def test_right_after_a_command_it_is_put_back_too(store):
    assistant = _home(store)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "oops I meant movie night") == ["Undone: Desk lamp put back.",
                                                          "Movie night: turned on TV."]
    assert not _on(store, "light.desk_lamp") and _on(store, "media_player.tv")


@pytest.mark.parametrize("words", CORRECTIONS)
def test_said_alone_the_one_meant_runs(store, words):
    assistant = _home(store)
    assert said(assistant, words) == ["Movie night: turned on TV."]
    assert _on(store, "media_player.tv")
    assert said(assistant, "yes") == [  # nothing was offered to learn
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]


def test_after_the_same_routine_or_an_undo_nothing_more_is_put_back(store):
    assistant = _home(store)
    said(assistant, "movie night")
    assert said(assistant, "sorry I meant movie night") == ["Movie night: everything was already so."]
    said(assistant, "reading mode")
    assert said(assistant, "that's wrong")[0] == "Undone: Bedroom lamp put back."
    said(assistant, "turn on the desk lamp")  # (not undone by the correction after "that's
    said(assistant, "undo")  # wrong"... nor after an undo)
    assert said(assistant, "oops I meant movie night") == ["Movie night: everything was already so."]


@pytest.mark.parametrize("words", CORRECTIONS)
def test_at_whats_the_phrase_a_routine_meant_ends_the_teaching_says_so_and_runs(store, words):
    """The teaching ended unsaid: "Movie night." alone."""
    assistant = _home(store)
    assert said(assistant, "teach") == ["What's the phrase?"]
    assert said(assistant, words) == ["Movie night: turned on TV.", "(I stopped teaching: nothing was taught.)"]
    assert assistant._teacher.session is None and _on(store, "media_player.tv")


def test_at_whats_the_phrase_new_words_meant_are_the_phrase(store):
    assistant = _home(store)
    said(assistant, "teach")
    assert said(assistant, "sorry, I meant study mode")[-1].startswith(
        'What should "study mode" do?')
    said(assistant, "tv off", "done", "yes")
    assert "study mode" in store.routine_names()


def test_a_question_open_is_answered_first(store):
    assistant = _home(store, resolver_settings=STRICT)
    assert said(assistant, "reading mood") == ["Did you mean reading mode?"]
    said(assistant, "no I meant movie night")
    assert _on(store, "media_player.tv") and not _on(store, "light.bedroom_lamp")
