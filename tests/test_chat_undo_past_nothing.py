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


def test_after_a_run_that_changed_nothing_it_says_undo_again_reaches_the_one_before(store):
    """"turn on the desk lamp", "lights off" with them all off, "undo": it said only
    "Undone: it changed nothing, so nothing needed putting back.", and the lamp stayed
    off with nothing saying that a second "undo" puts it back."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "turn off the desk lamp")
    assert said(assistant, "lights off", "undo") == [
        "All 5 lights are already off.",
        "Undone: it changed nothing, so nothing needed putting back. Say \"undo\" again to "
        "take back the change before it."]
    assert said(assistant, "undo") == ["Undone: Desk lamp put back."]
    assert store.device("light.desk_lamp").state["on"] is True
