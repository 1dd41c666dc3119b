""""50 percent", "half way" said alone right after a command are its devices' value, as
"desk lamp on and 50 percent" reads it: they were offered as phrases to learn ('I don't
know "half way". Shall I learn it?', found walking chat as a new user)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def test_a_value_alone_after_a_command_is_its_devices(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "open the blinds") == ["Living room blinds: open."]
    assert said(assistant, "half way") == ["Living room blinds: position 50 %."]
    assert store.device("cover.living_room_blinds").state["position"] == 50
    assert said(assistant, "turn on the desk lamp") == ["Desk lamp: on."]
    assert said(assistant, "50 percent") == ["Desk lamp: on, brightness 50 %."]


def test_a_value_alone_with_no_command_before_is_still_unknown(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "half way") == ['I don\'t know "half way". Shall I learn it?']
