"""A home whose MQTT broker goes away while chat uses it: "undo" meanwhile, and a
routine whose rest (after its pause) meets the broker gone. A real Mosquitto and the
Zigbee2MQTT simulator; what happens later is awaited as an event, never timed."""

from __future__ import annotations

import threading

import pytest
from mqtt_support import Z2MSimulator
from mqtt_support import wait_until as _wait_for

from teachapp.conversation import Assistant
from teachapp.conversation.events import LaterReplies
from teachapp.domain import Phrase, Routine, SetStep, WaitStep
from teachapp.home import CollectingSpeaker
from teachapp.home.mqtt import MqttBackend, MqttConfig
from teachapp.store import Store

pytest_plugins = ["mqtt_support"]
WAIT = 10


@pytest.fixture
def home(tmp_path, broker, z2m: Z2MSimulator):
    """(assistant, backend, store) on the broker, "Evening" to be taught by the test."""
    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host="127.0.0.1", port=broker.port,
                                             reconnect_min=0.05, reconnect_max=0.2))
        live.start()
        assert live.wait_connected(WAIT) and live.wait_discovered(WAIT)
        _wait_for(lambda: live.state_known("light.living_room_lamp"))
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        try:
            yield assistant, live, store
        finally:
            assistant.close()
            live.close()


def _evening(store: Store, *steps) -> None:
    store.save_routine(Routine(name="Evening", phrases=[Phrase("evening")], steps=[
        SetStep("light.living_room_lamp", {"on": False}), *steps], source="cli"))


def test_undo_with_the_broker_away_says_why_once_and_works_when_it_is_back(home, broker,
                                                                            z2m):
    assistant, live, store = home
    _evening(store)
    assert assistant.handle_text("evening")
    assert z2m.raw("Living room/Lamp")["state"] == "OFF"
    broker.stop()
    _wait_for(lambda: not live.status().connected)
    reply = assistant.handle_text("undo")
    # was: 'Could not put back light.living_room_lamp: Lamp (light.living_room_lamp) was
    # not changed: cannot reach the MQTT broker …', the device's id, and no word of
    # whether "undo" could be said again
    assert len(reply) == 1, reply
    where = f"MQTT broker at 127.0.0.1:{broker.port}"  # ("Cannot reach the …" or "Lost
    assert reply[0].count(where) == 1, reply  # the connection to the …", as it goes)
    assert reply[0].endswith("Nothing was put back; undo again once it is back: nothing "
                             "is lost."), reply
    assert "light.living_room_lamp" not in reply[0]
    broker.start()
    assert live.wait_connected(WAIT) and z2m.connected.wait(WAIT)
    assert assistant.handle_text("undo") == ["Undone: Lamp put back."]
    _wait_for(lambda: z2m.raw("Living room/Lamp")["state"] == "ON")


def test_what_did_you_do_tells_the_rest_that_failed(home, broker, z2m):
    assistant, live, store = home
    _evening(store, WaitStep(1), SetStep("fan.bedroom_fan", {"on": True}))
    later: list[list[str]] = []
    told = threading.Event()

    def heard(event):
        if isinstance(event, LaterReplies):
            later.append(event.lines)
            told.set()

    assistant.subscribe(heard)
    assert assistant.handle_text("evening")[0].startswith("Evening: turned off Lamp. In ")
    broker.stop()  # before the pause ends: the fan's step meets no broker
    _wait_for(lambda: not live.status().connected)
    assert told.wait(WAIT)
    assert "Steps 1 and 2 ran; step 3 did not." in " ".join(later[0])
    said = " ".join(assistant.handle_text("what did you do?"))
    # was: "Steps: turned off Lamp; paused there; the rest went on by itself." -- the
    # fan not turned on went untold
    assert "the rest went on by itself" not in said, said
    assert "turned on Fan (failed: " in said and f"MQTT broker at 127.0.0.1:{broker.port}" in said
