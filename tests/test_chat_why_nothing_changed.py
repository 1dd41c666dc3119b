""""why did you do that?" tells a step that changed nothing as such: the device was so
already. It listed it as done ("Steps: turned off TV." for a TV that was off; "Steps:
turned on Desk lamp and Bedroom fan." when the lamp was on already)."""

from _assistant_helpers import add_routine, make_assistant, said
from conftest import chat_lines

from teachapp.domain import SetStep


def _why(assistant) -> list[str]:
    return [line for line in said(assistant, "why did you do that")
            if not line.startswith(("You typed", "I read it", "It matched", "It scored"))]


def test_a_command_that_changed_nothing(store):
    """Nothing to put back: it also said "Say "no" or "undo" to put things back."."""
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv") == ["TV is already off."]
    assert _why(assistant) == ["It changed nothing: TV was already off."]


def test_the_steps_that_changed_something_and_those_already_so(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "turn on the desk lamp and the fan")
    assert _why(assistant) == ["Steps: turned on Bedroom fan.", "Desk lamp was already on.",
                               "Say \"no\" or \"undo\" to put things back."]


def test_a_routine_run(store):
    add_routine(store, "Lights", ["lights"], [
        SetStep("light.desk_lamp", {"on": True}),
        SetStep("light.kitchen_lights", {"on": True}),
        SetStep("light.bedroom_lamp", {"on": False})])
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "lights")
    assert _why(assistant)[:2] == ["Steps: turned on Kitchen lights.",
                                   "Desk lamp was already on. Bedroom lamp was already off."]


def test_in_chat(db_path, store):
    lines = chat_lines(db_path, "turn off the tv", "why did you do that")
    assert lines[0] == "TV is already off."
    assert "It changed nothing: TV was already off." in lines
    assert not any(line.startswith("Steps:") for line in lines)
