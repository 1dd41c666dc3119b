"""What the commands say of a Zigbee2MQTT home they cannot fully see, against a real
Mosquitto (and the Zigbee2MQTT simulator): ``devices`` before Zigbee2MQTT lists any,
``list`` of a routine whose devices the home lacks, and undo of a step on a device that
never reported its state."""

from __future__ import annotations

import json

from mqtt_support import Z2MSimulator, household, wait_until

from teachapp.cli import main
from teachapp.domain import Phrase, Routine, SayStep, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store

pytest_plugins = ["mqtt_support"]  # broker: a real mosquitto

WAIT = 10


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


def test_undo_of_a_device_that_never_reported_its_state_says_so(broker, tmp_path):
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker
    from teachapp.home.mqtt import MqttBackend, MqttConfig

    devices = household()
    silent = next(d for d in devices if d.friendly_name == "desk_lamp")
    silent.reports = False  # answers a /set, never a /get
    z2m = Z2MSimulator(broker.host, broker.port, devices).start()
    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host=broker.host, port=broker.port))
        live.start()
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        try:
            assert live.wait_connected(WAIT) and live.wait_discovered(WAIT)
            wait_until(lambda: live.state_known("switch.kitchen_coffee_maker"))
            assert live.device("light.desk_lamp").unreported == "not reporting its state"
            assistant.handle_text("turn on the desk lamp and the coffee maker")
            assert silent.state["state"] == "ON" and silent.sets == [{"state": "ON"}]
            # was: "Undone: Desk lamp and Coffee maker put back.", the lamp set to the
            # kind's default, a state nobody had seen
            assert assistant.handle_text("undo") == [
                "Undone: Coffee maker put back. Desk lamp was left as it is: teachapp "
                "had not heard its state before the run, so it cannot know what to put "
                "back."]
            # was: "… it had changed nothing, so nothing needed putting back."
            assert assistant.handle_text("why did you do that")[-1] == (
                "You asked me to undo \"turn on the desk lamp and the coffee maker\", so I "
                "put back Coffee maker as it was before it ran. I sent nothing to Desk "
                "lamp: teachapp had not heard its state before the run, so there was "
                "nothing to put back.")
            assert silent.sets == [{"state": "ON"}]  # nothing sent to it
            assert z2m.raw("Kitchen/Coffee maker")["state"] == "OFF"
            assistant.handle_text("turn off the desk lamp")  # heard now: it answered
            assert assistant.handle_text("undo") == ["Undone: Desk lamp put back."]
            assert silent.state["state"] == "ON"
        finally:
            assistant.close()
            live.close()
            z2m.stop()


def test_teaching_on_a_home_with_no_device_yet_says_so(broker, tmp_path):
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker
    from teachapp.home.mqtt import MqttBackend, MqttConfig

    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host=broker.host, port=broker.port))
        live.start()
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        try:
            assert live.wait_connected(WAIT) and not live.devices()  # no Zigbee2MQTT
            assistant.handle_text("teach")
            assistant.handle_text("study mode")
            # was: "… Name one of the devices () and what to set, e.g. "desk lamp to 80
            # percent", …", devices the home does not have
            assert assistant.handle_text("desk lamp to 80 percent") == [
                "I didn't get \"desk lamp to 80 percent\" as something to do. This home "
                "has no devices yet, so for now a routine can only wait or speak, e.g. "
                "\"wait 5 seconds\" or \"then say good night\"; or say \"cancel\"."]
            assert assistant.handle_text("then say focus time") == [
                "Then say \"focus time\"."]  # what can be taught goes on
        finally:
            assistant.close()
            live.close()


def test_undo_after_a_step_no_device_confirmed_says_so(broker, z2m, tmp_path, teachapp_cli):
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker
    from teachapp.home.mqtt import MqttBackend, MqttConfig

    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host=broker.host, port=broker.port))
        live.start()
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        assistant._executor.step_timeout = 0.5  # (the broken lamp is waited for this long)
        try:
            assert live.wait_connected(WAIT) and live.wait_discovered(WAIT)
            wait_until(lambda: live.state_known("switch.kitchen_coffee_maker"))
            assistant.handle_text("turn on the coffee maker")
            assert z2m.raw("Kitchen/Coffee maker")["state"] == "ON"
            assert "did not confirm" in assistant.handle_text("turn on the broken lamp")[0]
            # was: "Undone: Coffee maker put back.", an older run taken back unasked (or
            # "There is nothing to undo.")
            assert assistant.handle_text("undo") == [
                "Nothing was put back: \"turn on the broken lamp\" changed nothing that I "
                "could confirm. Broken lamp never confirmed its change, so nothing of it "
                "was recorded to put back. Say \"undo\" again to take back the run "
                "before it."]
            assert z2m.raw("Kitchen/Coffee maker")["state"] == "ON"
            # was: "You asked me to undo the last thing, so I put it back."
            assert assistant.handle_text("why did you do that")[-1] == (
                "You asked me to undo \"turn on the broken lamp\". I sent nothing to Broken "
                "lamp: it never confirmed the change, so there was nothing to put back.")
            assert assistant.handle_text("undo") == ["Undone: Coffee maker put back."]
            assert z2m.raw("Kitchen/Coffee maker")["state"] == "OFF"
            assistant.handle_text("turn on the coffee maker")
            assistant.handle_text("turn on the broken lamp")
        finally:
            assistant.close()
            live.close()
    # a new process: it undid the coffee maker, the run before the one said last
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "undo")
    assert proc.returncode == 0 and proc.stdout == (
        "Nothing was put back: \"turn on the broken lamp\" changed nothing that I could "
        "confirm. Broken lamp never confirmed its change, so nothing of it was recorded to "
        "put back. Say \"undo\" again to take back the run before it.\n"), proc.stderr
    assert z2m.raw("Kitchen/Coffee maker")["state"] == "ON"


def test_a_thing_asked_for_while_the_broker_cannot_be_reached_says_why(tmp_path):
    """A first start on an MQTT home whose broker is down: "turn on the desk lamp" said
    "This home has no desk lamp, and nothing I can turn on. Shall I learn "turn on the
    desk lamp" as a phrase of your own?", as if the home lacked it."""
    from mqtt_support import free_port

    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker
    from teachapp.home.mqtt import MqttBackend, MqttConfig

    port = free_port()  # (nothing listens: refused at once)
    with Store.open(tmp_path / "home.sqlite3") as store:
        live = MqttBackend(store, MqttConfig(host="127.0.0.1", port=port))
        live.start()
        assistant = Assistant(store, live, speaker=CollectingSpeaker())
        try:
            wait_until(lambda: "cannot reach" in live.status().message)
            assert assistant.handle_text("turn on the desk lamp") == [
                f"I can't reach the home: cannot reach the MQTT broker at 127.0.0.1:{port}; "
                "check that it is running and the host and port. No device is known yet, "
                "so nothing was done; say it again once the home is reached."]
            assert assistant.handle_text("yes")[0].startswith("There's nothing to answer")
        finally:
            assistant.close()
            live.close()
