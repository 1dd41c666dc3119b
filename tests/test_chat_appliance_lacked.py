"""An appliance the home lacks is never a plug called something else: with a switch
called PC beside the Coffee maker, "turn off the kettle" turned the PC off (a "plain"
name was taken for any thing of the switch kind); now every home answers as the default
home does, "This home has no kettle. I can turn off PC."
(``CommandReader._not_named_otherwise``, the vocabulary's ``appliances``)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.domain import Device, default_state

_PC = Device("switch.pc", "PC", "Office", {**default_state("switch"), "on": True})


def test_the_kettle_is_not_the_pc(store):
    store.save_devices([_PC])
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the kettle") == [
        "This home has no kettle. I can turn off PC."]
    assert store.device("switch.pc").state["on"] is True
    assert said(assistant, "turn on the kettle") == [
        "This home has no kettle. I can turn on Coffee maker."]
    assert store.device("switch.coffee_maker").state["on"] is False


def test_a_switch_is_still_found_by_what_it_is_and_by_its_name(store):
    store.save_devices([_PC])
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn on the coffee machine") == ["Coffee maker: on."]
    assert said(assistant, "turn off the pc") == ["PC: off."]
