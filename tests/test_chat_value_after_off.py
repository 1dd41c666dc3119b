""""30 percent" said right after "turn off the tv" set the volume of a TV that stayed
off ("TV is already at volume 30 %"), where the same after "turn off the desk lamp"
switches the lamp on at 30 %: a level said of the thing just switched off switches it
back on at that level, and the read-back says "on"."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.home import SimulatedBackend


def test_a_level_alone_after_switching_off_switches_it_back_on(store):
    SimulatedBackend(store).apply("media_player.tv", {"on": True, "volume": 30})
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv") == ["TV: off."]
    assert said(assistant, "50 percent") == ["TV: on, volume 50 %."]
    state = store.device("media_player.tv").state
    assert (state["on"], state["volume"]) == (True, 50)
    assert said(assistant, "undo")[0].startswith("Undone")
    assert store.device("media_player.tv").state["on"] is False


def test_a_level_alone_after_switching_on_changes_only_the_level(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn on the tv") == ["TV: on."]
    assert said(assistant, "40 percent") == ["TV: volume 40 %."]
    assert said(assistant, "turn off the desk lamp")[0].endswith("off.")
    assert said(assistant, "30 percent") == ["Desk lamp: on, brightness 30 %."]
