""""that's wrong" said past a question answered disputes the answer, not the run before
it: "turn on the desk lamp", "is the tv on?" ("TV is off."), "that's wrong" put the desk
lamp back ("Undone: Desk lamp put back."). Now the run is offered, as "oops" right after
it is, and undone only on "yes"; right after a run "that's wrong" still undoes it."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said
from conftest import chat_lines


def _lamp_on(store) -> bool:
    return store.device("light.desk_lamp").state["on"]


def test_wrong_past_an_answer_asks_before_undoing(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "is the tv on") == ["TV is off."]
    assert said(assistant, "that's wrong") == ["Shall I undo \"turn on the desk lamp\"?"]
    assert _lamp_on(store)
    assert said(assistant, "no") == ["OK, I'll leave it as it is."]
    assert _lamp_on(store)


def test_yes_to_the_offer_undoes_it(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "what time is it")
    assert said(assistant, "wrong") == ["Shall I undo \"turn on the desk lamp\"?"]
    assert said(assistant, "yes") == ["Undone: Desk lamp put back."]
    assert not _lamp_on(store)


def test_wrong_right_after_an_undo_puts_back_no_older_run(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "turn on the tv")
    assert said(assistant, "undo") == ["Undone: TV put back."]
    assert said(assistant, "that's not right") == [
        "Sorry. Say \"why?\" to hear why I did or said that, or \"undo\" to put back what "
        "ran last."]
    assert _lamp_on(store)  # (it was put back too)


def test_right_after_a_run_it_still_undoes_it(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "that's wrong") == ["Undone: Desk lamp put back."]


def test_a_plain_undo_past_an_answer_still_undoes(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "is the tv on")
    assert said(assistant, "undo") == ["Undone: Desk lamp put back."]


def test_chat_asks_too(db_path, store):
    lines = chat_lines(db_path, "turn on the desk lamp", "is the tv on", "that's wrong")
    assert lines == ["Desk lamp: on.", "TV is off.", "Shall I undo \"turn on the desk lamp\"?"]
