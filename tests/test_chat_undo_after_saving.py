""""undo" right after a routine is saved by teaching: a person taking back what they just
did means the routine. It said "There is nothing to undo." (nothing had run), or put back
an older run ("movie night" an hour before: "Undone: Living room lamp and TV put back.")
and kept the routine. Now it asks as "forget X" asks; "yes" deletes it, "undo" then
brings it back, "no" keeps it."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said, seed_routines
from conftest import chat_lines

from teachapp.domain import SetStep

ASK = "Coffee time will turn on Coffee maker. Shall I forget it?"


def _teach_coffee_time(assistant) -> None:
    assert said(assistant, "teach", "coffee time", "turn on the coffee maker", "done",
                "yes")[-1] == "Saved. Say \"coffee time\" any time."


def test_undo_right_after_saving_asks_to_forget_it(store):
    assistant, _events = make_assistant(store)
    _teach_coffee_time(assistant)
    assert said(assistant, "undo") == [ASK]
    assert said(assistant, "yes") == ["Forgot coffee time. Say \"undo\" to bring it back."]
    assert "coffee time" not in store.routine_names()
    assert said(assistant, "undo") == ['Coffee time is back, with its phrase "coffee time".']
    assert "coffee time" in store.routine_names()


def test_undo_said_again_at_that_question_undoes_the_save(store):
    """"undo", "undo": the second was read as the "no" any question takes it for ("OK,
    I'll keep coffee time."), though the question was the first undo's own."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    lamp = dict(store.device("light.living_room_lamp").state)
    _teach_coffee_time(assistant)
    assert said(assistant, "undo", "undo") == [
        ASK, "Forgot coffee time. Say \"undo\" to bring it back."]
    assert "coffee time" not in store.routine_names()
    assert store.device("light.living_room_lamp").state == lamp  # (no older run put back)
    assert said(assistant, "undo", "undo") == [
        'Coffee time is back, with its phrase "coffee time".', "Undone: Living room lamp put back."]


def test_a_routine_brought_back_says_which_phrases_came_back(store):
    """It said "with its phrases" of a routine with one, and "These phrases now belong
    to other routines" of one phrase left out."""
    add_routine(store, "Film mode", ["film mode", "film time", "cinema"],
                [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store)
    said(assistant, "forget film mode", "yes")
    add_routine(store, "Flicks", ["cinema"], [SetStep("light.desk_lamp", {"on": True})])
    assert said(assistant, "undo") == [
        'Film mode is back, with its phrases "film mode" and "film time". "cinema" '
        "now starts another routine, so I left it out."]

    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    lamp = dict(store.device("light.living_room_lamp").state)
    _teach_coffee_time(assistant)
    assert said(assistant, "undo") == [ASK]
    assert said(assistant, "no") == ["OK, I'll keep coffee time."]
    assert store.device("light.living_room_lamp").state == lamp
    assert "coffee time" in store.routine_names()


def test_a_turn_between_makes_undo_the_usual_undo(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    _teach_coffee_time(assistant)
    said(assistant, "what time is it")
    assert said(assistant, "undo") == ["Undone: Living room lamp put back."]


def test_chat_asks(db_path, store):
    lines = chat_lines(db_path, "teach", "coffee time", "turn on the coffee maker", "done",
                       "yes", "undo")
    assert lines[-1] == ASK
