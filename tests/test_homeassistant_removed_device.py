"""A device removed in Home Assistant that a routine still uses, as chat meets it: a
real Home Assistant, the entity removed through its registry while teachapp runs."""

from __future__ import annotations

import threading
import time

import pytest

from teachapp.conversation import Assistant
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import CollectingSpeaker
from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend

pytest_plugins = ["ha_support"]
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]

GONE = "light.kitchen_lights"


def wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_a_routine_step_on_a_removed_device_names_it_and_the_rest_runs(ha_server, store):
    live = HomeAssistantBackend(store, HaConfig(ha_server.url, ha_server.token,
                                                max_backoff=1.0))
    live.start()
    assistant = None
    try:
        assert live.wait_connected(20), live.status().message
        name = live.device(GONE).name
        target = not live.device("switch.decorative_lights").state["on"]
        store.save_routine(Routine(name="Supper", phrases=[Phrase("supper")], steps=[
            SetStep(GONE, {"on": True}), SetStep("switch.decorative_lights", {"on": target})],
            source="cli"))
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        with ha_server.ws() as admin:  # removed in Home Assistant while teachapp runs
            admin.call({"type": "config/entity_registry/remove", "entity_id": GONE})
        assert wait_for(lambda: GONE not in {d.id for d in live.devices()})
        said = " ".join(assistant.handle_text("supper"))
        # was: "Supper: step 1 failed: There is no entity 'light.kitchen_lights' in Home
        # Assistant at … any more …" -- the id alone, where the person knows its name
        assert f"Supper: step 1 failed: {name} ({GONE}) is not in Home Assistant" in said
        assert "Rename it back in Home Assistant" in said and "device panel" in said
        assert live.device("switch.decorative_lights").state["on"] is target  # the rest ran
        assert 'say "undo" to put them back' in said
    finally:
        if assistant is not None:
            assistant.close()
        live.close()


def test_an_unavailable_entity_is_not_said_to_be_off(ha_server, store):
    live = HomeAssistantBackend(store, HaConfig(ha_server.url, ha_server.token,
                                                max_backoff=1.0))
    live.start()
    assistant = None
    try:
        assert live.wait_connected(20), live.status().message
        lamp = "light.living_room_rgbww_lights"
        name = live.device(lamp).name
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        # its integration lost it (a bulb switched off at the wall): Home Assistant
        # keeps the entity with the state "unavailable"
        heard = threading.Event()
        live.add_listener(lambda device: heard.set() if device.id == lamp else None)
        ha_server.rest("POST", f"/api/states/{lamp}", {
            "state": "unavailable", "attributes": {"friendly_name": name}})
        assert heard.wait(20)
        said = assistant.handle_text(f"is the {name.lower()} on?")
        assert said == [f"{name} are unavailable, Home Assistant says."]  # was "… are on.", its last state
    finally:
        if assistant is not None:
            assistant.close()
        live.close()
