"""How much a person says to turn a thing up or down, in ``teachapp chat`` (a child
process): "a couple of degrees" is two, "a few" three, "two degrees" after "up" is a
change (it was read as "set to 2 °C", out of range), and while teaching "it" is the
device just taught and "up by two" goes on from its target ("turn it up by two" was
"I didn't get ... as something to do")."""

from __future__ import annotations

from conftest import chat_lines


def test_amounts_in_words_and_a_unit_after_up_or_down(db_path):
    lines = chat_lines(db_path, "turn the heating down a couple of degrees",
                       "turn the heating up a few degrees", "turn the heating up two degrees",
                       "turn the heating down by a couple of degrees",
                       "turn the heating up to 22 degrees")
    assert lines == ["Thermostat: set to 18 °C.",  # was 19 °C (one degree)
                     "Thermostat: set to 21 °C.",  # was 19 °C
                     "Thermostat: set to 23 °C.",  # was "... not 2 °C; say a value ..."
                     "Thermostat: set to 21 °C.",
                     "Thermostat: set to 22 °C."]  # "to": a value to reach


def test_while_teaching_it_is_the_device_just_taught(db_path):
    lines = chat_lines(db_path, "teach", "warm up", "turn the heating up",
                       "turn it up by two", "turn it down a couple of degrees", "done", "yes")
    assert lines[2:5] == ["Thermostat → set to 21 °C, when the routine runs.",
                          "Thermostat → set to 23 °C, when the routine runs.",
                          "Thermostat → set to 21 °C, when the routine runs."]
    assert lines[5] == "\"warm up\" will set Thermostat to 21 °C. Shall I save it?"
