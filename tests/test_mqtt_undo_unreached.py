""""undo" while the MQTT broker is away, then again once it is back: what chat says and
what the devices do, against a real Mosquitto and the Zigbee2MQTT simulator."""

from __future__ import annotations

import threading

import pytest
from mqtt_support import Z2MSimulator

from teachapp.conversation import Assistant
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import CollectingSpeaker
from teachapp.home.mqtt import MqttBackend, MqttConfig
from teachapp.store import Store

pytest_plugins = ["mqtt_support"]
WAIT = 10


def _wait_for(condition, timeout=WAIT):
    event = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        event.wait(0.02)
    raise AssertionError("condition not met in time")


@pytest.fixture
def home(tmp_path, broker, z2m: Z2MSimulator):
    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host="127.0.0.1", port=broker.port,
                                             reconnect_min=0.05, reconnect_max=0.2))
        live.start()
        assert live.wait_connected(WAIT) and live.wait_discovered(WAIT)
        _wait_for(lambda: live.state_known("light.living_room_lamp"))
        store.save_routine(Routine(name="Evening", phrases=[Phrase("evening")], steps=[
            SetStep("light.living_room_lamp", {"on": False})], source="cli"))
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        try:
            yield assistant, live
        finally:
            assistant.close()
            live.close()


def test_undo_with_the_broker_away_says_why_once_and_works_when_it_is_back(home, broker,
                                                                            z2m):
    assistant, live = home
    assert assistant.handle_text("evening")
    assert z2m.raw("Living room/Lamp")["state"] == "OFF"
    broker.stop()
    _wait_for(lambda: not live.status().connected)
    reply = assistant.handle_text("undo")
    # was: 'Could not put back light.living_room_lamp: Lamp (light.living_room_lamp) was
    # not changed: cannot reach the MQTT broker …', the device's id, and no word of
    # whether "undo" could be said again
    assert len(reply) == 1, reply
    assert reply[0].startswith(f"Cannot reach the MQTT broker at 127.0.0.1:{broker.port}")
    assert reply[0].endswith("Nothing was put back; undo again once it is back: nothing "
                             "is lost."), reply
    assert "light.living_room_lamp" not in reply[0]
    broker.start()
    assert live.wait_connected(WAIT) and z2m.connected.wait(WAIT)
    assert assistant.handle_text("undo") == ["Undone: Lamp put back."]
    _wait_for(lambda: z2m.raw("Living room/Lamp")["state"] == "ON")
