"""The command parser is built once over equal devices (``parser_cache``): a sentence of
several parts built one for each thing asked of it, about 4 ms each. A parser reads the
states (relative commands start from them), so a change of state builds a new one."""

from __future__ import annotations

from dataclasses import replace

from _assistant_helpers import make_assistant, said

from teachapp.conversation.parser_cache import ParserCache


def test_equal_devices_share_a_parser_and_a_state_changed_builds_another(store):
    built = []
    cache = ParserCache(lambda devices: built.append(devices) or object())
    devices = store.devices()
    first = cache.get(devices)
    assert cache.get(store.devices()) is first  # read again, equal: the same parser
    lamp = next(i for i, d in enumerate(devices) if d.id == "light.desk_lamp")
    brighter = [*devices[:lamp], replace(devices[lamp], state={"on": True, "brightness": 90}),
                *devices[lamp + 1:]]
    assert cache.get(brighter) is not first
    assert cache.get(devices) is first and len(built) == 2


def test_relative_commands_start_from_the_state_each_turn(store):
    assistant, _ = make_assistant(store)
    said(assistant, "desk lamp to 50 percent")
    said(assistant, "turn the desk lamp up")
    once = store.device("light.desk_lamp").state["brightness"]
    said(assistant, "turn the desk lamp up and the tv on")
    assert 50 < once < store.device("light.desk_lamp").state["brightness"]
