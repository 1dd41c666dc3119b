""""is it cold in the bedroom?", "is it warm in here?" ask how warm it is, as "how warm is
it?" does: they are answered from the heating, not from every device in the room
("Bedroom fan and Bedroom lamp are off.") and not with "I can't answer"."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said
from conftest import chat_lines

HALLWAY = "Thermostat, in the Hallway, is set to heat to 20 °C."
NOTE = "I have no thermometer, so that is the setting, not a reading."


def test_is_it_cold_asks_the_heating(db_path):
    lines = chat_lines(db_path, "is it cold in the bedroom", "is it warm in here",
                       "how warm is it", "is it chilly in the bedroom?",
                       "is it raining", echo=True)
    replies = [lines[i + 1] for i, line in enumerate(lines) if line.startswith("> ")]
    assert replies[0] == f"There's no heating control in the Bedroom. {HALLWAY} {NOTE}"
    assert replies[1] == replies[2] == f"{HALLWAY} {NOTE}"  # (where the warmth is told of)
    assert replies[3] == replies[0]
    assert replies[4].startswith("I can't answer \"is it raining\"")


def test_degrees_for_a_room_without_heating_say_so(store):
    # (it was 'I don't know "bedroom to 22 degrees". Shall I learn it?')
    assistant, _events = make_assistant(store)
    assert said(assistant, "bedroom to 22 degrees") == [
        "There's no heating control in the Bedroom; there is one in the Hallway. I can set "
        "Thermostat."]
    assert said(assistant, "set the bedroom to 20 degrees") == [
        "There's no heating control in the Bedroom; there is one in the Hallway. Thermostat "
        "is already at 20 °C."]
    assert store.device("climate.thermostat").state["target_temp"] == 20
