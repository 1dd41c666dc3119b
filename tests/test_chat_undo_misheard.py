""""i do" right after a run (the recogniser's "undo") asks "Did you mean undo?": "yes"
puts the run back, "no" leaves it. It was offered for teaching. "i do" as the answer to
a question, and with nothing just done, is as before."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.home import SimulatedBackend

TV = "media_player.tv"


def _assistant(store):
    seed_routines(store)
    return make_assistant(store)[0]


def test_i_do_after_a_run_asks_and_yes_undoes(store):
    assistant = _assistant(store)
    said(assistant, "movie mode")
    assert store.device(TV).state["on"] is True
    assert said(assistant, "i do") == ["Did you mean undo?"]
    assert store.device(TV).state["on"] is True
    said(assistant, "yes")
    assert store.device(TV).state["on"] is False


def test_no_leaves_the_run(store):
    assistant = _assistant(store)
    said(assistant, "movie mode")
    said(assistant, "undue")
    assert said(assistant, "no") == ["OK, I'll leave it as it is."]
    assert store.device(TV).state["on"] is True


def test_past_a_question_answered_it_still_asks(store):
    assistant = _assistant(store)
    said(assistant, "movie mode", "what time is it")
    assert said(assistant, "i do") == ["Did you mean undo?"]


def test_i_do_as_an_answer_is_untouched(store):
    assistant = _assistant(store)
    SimulatedBackend(store).apply("light.desk_lamp", {"on": False})
    said(assistant, "movie mode", "turn on the lamp")
    assert said(assistant, "i do") != ["Did you mean undo?"]


def test_i_do_with_nothing_done_is_not_asked(store):
    assert said(_assistant(store), "i do") != ["Did you mean undo?"]
