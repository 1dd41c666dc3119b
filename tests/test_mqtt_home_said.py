"""What the commands say of a Zigbee2MQTT home they cannot fully see, against a real
Mosquitto (and the Zigbee2MQTT simulator): ``devices`` before Zigbee2MQTT lists any,
``list`` of a routine whose devices the home lacks, and undo of a step on a device that
never reported its state."""

from __future__ import annotations

import json

from teachapp.cli import main
from teachapp.domain import Phrase, Routine, SayStep, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store

pytest_plugins = ["mqtt_support"]  # broker: a real mosquitto


def test_devices_and_list_on_a_broker_without_a_device_list(teachapp_cli, broker, tmp_path,
                                                             _private_dirs, capsys):
    db = tmp_path / "home.sqlite3"
    with Store.open(db) as store:  # taught on the simulated home
        ensure_default_home(store)
        store.save_routine(Routine(name="study mode", phrases=[Phrase("study mode")], steps=[
            SetStep("light.desk_lamp", {"brightness": 80}), SayStep("Focus")]))
    settings = _private_dirs / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"backend": {"type": "mqtt", "host": broker.host,
                                                "port": broker.port}}))
    proc = teachapp_cli("--db", str(db), "devices")
    # was: the simulated home's twelve devices, as if they were the person's
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout
    assert proc.stderr == (
        f"teachapp: No device is known yet: MQTT broker at 127.0.0.1:{broker.port} answers, "
        "but nothing arrives on zigbee2mqtt/bridge/devices; check that Zigbee2MQTT is "
        "running and uses that base topic (--base-topic). The devices appear once "
        "Zigbee2MQTT lists them.\n")
    capsys.readouterr()
    assert main(["--db", str(db), "list"]) == 0
    # was: "does: set Desk lamp on at 80 % …" and nothing more; 'run' then failed
    assert capsys.readouterr().out.splitlines()[-1] == (
        "  not in this home: Desk lamp (light.desk_lamp), so those steps cannot run "
        "('teachapp devices' lists the home's devices)")

