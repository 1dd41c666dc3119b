"""A heating control is said by what it does, and a question of how warm it is says the
answer is the setting: there is no thermometer to read. "is the heating on?" with the
heating off was "Thermostat, in the Hallway, is set to 20 °C, mode off."; "what's the
temperature?" was "… is set to 20 °C, mode heat." as if it were measured."""

from _assistant_helpers import make_assistant, said

NOTE = "I have no thermometer, so that is the setting, not a reading."


def test_the_heating_is_said_by_what_it_does(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "is the heating on?") == [
        "Thermostat, in the Hallway, is set to heat to 20 °C."]
    said(assistant, "set the heating to 21", "turn the heating off")
    assert said(assistant, "is the heating on?") == [
        "Thermostat, in the Hallway, is off (set to 21 °C)."]
    said(assistant, "set the thermostat to cool")
    assert said(assistant, "what is the thermostat set to?") == [
        "Thermostat is set to cool to 21 °C."]


def test_how_warm_it_is_is_answered_with_the_setting_said_so(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "what's the temperature?") == [
        f"Thermostat, in the Hallway, is set to heat to 20 °C. {NOTE}"]
    assert said(assistant, "is it warm in the living room?") == [
        f"There's no heating control in the Living room. Thermostat, in the Hallway, is set "
        f"to heat to 20 °C. {NOTE}"]
