"""A device's reply says what a person says, not the attribute's name: "set the heating
to 21" was "Thermostat: target temp 21 °C." and the device list "(set to 21 °C, mode
heat)"; now "Thermostat: set to 21 °C." and "(set to 21 °C, heat mode)"."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said
from conftest import chat_lines


def test_the_heating_is_read_back_in_a_persons_words(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the heating to 21") == ["Thermostat: set to 21 °C."]
    assert said(assistant, "turn off the heating") == ["Thermostat: off."]  # was "mode off"
    assert said(assistant, "set the heating to cool") == ["Thermostat: cool mode."]
    listed = " ".join(said(assistant, "what devices do I have"))
    assert "Thermostat (set to 21 °C, cool mode)" in listed  # was "…, mode cool)"
    assert "target temp" not in listed and "mode cool" not in listed


def test_teaching_reads_the_heating_back_so_too(store):
    assistant, _events = make_assistant(store)
    lines = said(assistant, "teach", "warm up", "set the heating to 23")
    assert lines[-1] == "Thermostat → set to 23 °C, when the routine runs."


def test_chat_and_the_device_list_say_it_alike(db_path, teachapp_cli):
    assert chat_lines(db_path, "set the heating to 19") == ["Thermostat: set to 19 °C."]
    listed = teachapp_cli("--db", str(db_path), "devices").stdout
    assert "set to 19 °C, heat mode" in listed  # was "target temp 19 °C, mode heat"
