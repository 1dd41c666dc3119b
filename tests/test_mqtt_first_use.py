"""What a new MQTT user meets (issue 17, items 23-25), against a real Mosquitto and the
Zigbee2MQTT-like simulator: reported states reach the database on the first discovery,
setup without --test already lists the devices, and a run with the broker down says so
once and says which steps ran."""

import io
import json

import pytest

from teachapp.cli import main
from teachapp.settings import Settings

pytest_plugins = ["mqtt_support"]
pytestmark = pytest.mark.mqtt


@pytest.fixture
def settings(_private_dirs):
    return Settings(_private_dirs / "config" / "settings.json")


def devices_json(db, capsys):
    capsys.readouterr()
    assert main(["--db", str(db), "devices", "--json"]) == 0
    return {d["id"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}


def test_setup_without_test_lists_the_reported_states(broker, z2m, settings, tmp_path,
                                                       monkeypatch, capsys):
    db = tmp_path / "home.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--db", str(db), "backend", "mqtt", "--host", "127.0.0.1", "--port",
                 str(broker.port)]) == 0
    assert "Found 9 devices" in capsys.readouterr().out
    devices = devices_json(db, capsys)
    lamp = devices["light.living_room_lamp"]["state"]
    assert lamp == {"on": True, "brightness": 100, "color_temp": 2703}  # not off/3000 K
    assert devices["light.desk_lamp"]["state"]["brightness"] == 50
    thermostat = next(d for i, d in devices.items() if i.startswith("climate."))
    assert thermostat["state"]["target_temp"] == 19  # not the default 20
    assert "light.bedroom_lamp" not in devices  # the untouched simulated home gave way



def test_setup_with_the_broker_down_saves_and_says_so(settings, tmp_path, capsys):
    from mqtt_support import free_port

    port = free_port()
    assert main(["--db", str(tmp_path / "h.sqlite3"), "backend", "mqtt", "--host",
                 "127.0.0.1", "--port", str(port), "--wait", "1"]) == 0
    out = capsys.readouterr().out
    assert "No device list yet" in out and "next command" in out
    assert json.loads(settings.path.read_text())["backend"]["port"] == port


def test_run_with_the_broker_down_says_it_once_and_which_steps_ran(
        broker, z2m, settings, tmp_path, monkeypatch, capsys):
    db = tmp_path / "home.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--db", str(db), "backend", "mqtt", "--host", "127.0.0.1", "--port",
                 str(broker.port)]) == 0
    assert main(["--db", str(db), "teach", "night mode", "--set",
                 "light.living_room_lamp.on=false", "--set", "light.desk_lamp.on=false",
                 "--say", "Good night"]) == 0
    broker.stop()
    capsys.readouterr()
    assert main(["--db", str(db), "run", "night mode"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "MQTT broker at 127.0.0.1" in err[0]
    assert "did not" in err[0] and "ran" in err[0]


def test_chat_says_when_the_home_cannot_be_reached(broker, z2m, settings, tmp_path):
    """The window's status bar says the broker is down; chat said nothing of it, so
    "turn on the desk lamp" read "This home has no desk lamp, and nothing I can turn
    on. …" with no word of why."""
    from conftest import run_teachapp
    from mqtt_support import free_port

    down, up = tmp_path / "down.sqlite3", tmp_path / "up.sqlite3"
    port = free_port()
    assert main(["--db", str(down), "backend", "mqtt", "--host", "127.0.0.1", "--port",
                 str(port), "--wait", "1"]) == 0
    chat = run_teachapp("--db", str(down), "--no-speech", "chat", input="hello\n")
    assert chat.returncode == 0, chat.stderr
    assert (f"teachapp: The home cannot be reached: cannot reach the MQTT broker at "
            f"127.0.0.1:{port}") in chat.stderr
    assert "No device is known yet, so no command can run until it is back." in chat.stderr
    assert chat.stdout.startswith("Hello!")  # the replies as before
    assert main(["--db", str(up), "backend", "mqtt", "--host", "127.0.0.1", "--port",
                 str(broker.port)]) == 0
    chat = run_teachapp("--db", str(up), "--no-speech", "chat", input="hello\n")
    assert "cannot be reached" not in chat.stderr, chat.stderr

def test_devices_never_lists_a_default_as_a_state(broker, settings, tmp_path, monkeypatch,
                                                  capsys):
    from mqtt_support import Z2MSimulator, household

    devices = household()
    silent = next(d for d in devices if d.friendly_name == "desk_lamp")
    silent.reports = False  # answers a /set, never a /get
    z2m = Z2MSimulator(broker.host, broker.port, devices).start()
    db = tmp_path / "home.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    try:
        assert main(["--db", str(db), "backend", "mqtt", "--host", "127.0.0.1", "--port",
                     str(broker.port)]) == 0
    finally:
        z2m.stop()
    listed = devices_json(db, capsys)
    # was: {"on": false, "brightness": 100, "color_temp": 3000}, the kind's default, of a
    # lamp with no colour temperature that had said nothing
    assert listed["light.desk_lamp"] == {
        "id": "light.desk_lamp", "name": "Desk lamp", "room": "", "kind": "light",
        "state": {}, "unreported": "not reporting its state",
        "attributes": ["on", "brightness"]}
    assert listed["light.porch_light"]["state"] == {}  # offline: never heard either
    assert listed["light.living_room_lamp"]["state"] == {
        "on": True, "brightness": 100, "color_temp": 2703}  # heard: as before
    assert "unreported" not in listed["light.living_room_lamp"]
    capsys.readouterr()
    assert main(["--db", str(db), "devices"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["light.desk_lamp"].endswith(
        "not reporting its state (settable: on/off, brightness)"), lines["light.desk_lamp"]
    assert lines["fan.bedroom_fan"].endswith("Bedroom        off")  # not "speed 50 %"
