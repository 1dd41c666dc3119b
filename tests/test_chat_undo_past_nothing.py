""""undo" after a command that changed nothing ("Desk lamp is already on.") takes back
the change before it, as the person means: it was "Undone: it changed nothing, so
nothing needed putting back.", and a second "undo" was needed."""

from _assistant_helpers import make_assistant, said


def test_undo_goes_past_a_run_that_changed_nothing(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "turn on the desk lamp") == ["Desk lamp is already on."]
    assert said(assistant, "undo") == ["Undone: Desk lamp put back."]
    assert store.device("light.desk_lamp").state["on"] is False
    assert said(assistant, "redo") == [
        "Redone: Desk lamp set again. Say \"undo\" to take it back."]


def test_with_nothing_before_it_says_it_changed_nothing(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv", "undo") == [
        "TV is already off.", "Undone: it changed nothing, so nothing needed putting back."]
    assert said(assistant, "undo") == ["There is nothing to undo."]
