"""A turn made with a window button is explained as the button pressed: the Run button's
run and the Undo button's undo were said as words typed ('You typed "Reading mode".',
'You typed "undo".'), though nobody typed anything (p45gui noticed)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_a_run_by_the_run_button_is_explained_as_that_button(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.run_routine("Reading mode")
    lines = said(assistant, "why did you do that")
    assert lines[0] == "You pressed Run for reading mode in the window."
    assert not any("typed" in line for line in lines)


def test_an_undo_by_the_undo_button_is_explained_as_that_button(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    assistant.undo_newest()
    assert said(assistant, "what did you just do?")[0] == "You pressed Undo in the window."
