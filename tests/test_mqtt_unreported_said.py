"""A Zigbee2MQTT device that never reports its state, and one Zigbee2MQTT calls offline:
what chat answers of them (a child process, a real Mosquitto and the Zigbee2MQTT
simulator), and what the window's device tile shows (offscreen)."""

from __future__ import annotations

import json

import pytest

pytest_plugins = ["mqtt_support"]


@pytest.fixture
def mqtt_env(tmp_path, broker, z2m):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"backend": {"type": "mqtt", "host": broker.host,
                                                "port": broker.port}}))
    return {"TEACHAPP_SETTINGS": str(settings)}


def test_chat_does_not_say_a_silent_or_offline_device_is_off(teachapp_cli, tmp_path,
                                                              mqtt_env):
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "--no-speech", "chat",
                        env=mqtt_env, input="is the broken lamp on?\nis the porch light on?\n"
                                            "is the desk lamp on?\nwhat's on?\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    # was: "Broken lamp is off.", "Porch light is off." -- neither had said so
    assert lines[0] == "Broken lamp is not reporting its state."
    assert lines[1] == "Porch light is offline, Zigbee2MQTT says."
    assert lines[2].startswith("Desk lamp is off")  # a device that answered, as before
    # was: "… The other 5 are off.", the two counted among them
    assert "Broken lamp is not reporting its state." in lines[3]
    assert "Porch light is offline, Zigbee2MQTT says." in lines[3]
    assert "The other 5 are off." not in lines[3], lines[3]


def test_the_device_tile_says_it_too(qtbot, tmp_path, broker, z2m):
    from teachapp.gui.device_tile import DeviceTile
    from teachapp.home.mqtt import MqttBackend, MqttConfig
    from teachapp.store import Store

    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host=broker.host, port=broker.port))
        live.start()
        try:
            assert live.wait_connected(10) and live.wait_discovered(10)
            qtbot.waitUntil(lambda: all(live.state_known(i) for i in (
                "light.desk_lamp", "light.living_room_lamp")) and live.available(
                "light.porch_light") is False, timeout=10_000)
            tiles = {d.id: DeviceTile(d) for d in live.devices()}
            for tile in tiles.values():
                qtbot.addWidget(tile)
            assert tiles["light.garage_broken_lamp"]._glance.text() == \
                "Not reporting its state"  # was "Off"
            assert tiles["light.porch_light"]._glance.text() == "Offline, Zigbee2MQTT says"
            assert tiles["light.desk_lamp"]._glance.text() == "Off"
        finally:
            live.close()
