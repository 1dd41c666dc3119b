"""The MQTT backend against a real Mosquitto and a Zigbee2MQTT-like simulator."""

import json
import threading
import time

import pytest
from mqtt_support import Broker, SilentPort, Z2MSimulator
from mqtt_support import wait_until as _wait_for

from teachapp.domain import Phrase, Routine, SetStep
from teachapp.errors import DeviceUnavailableError, UnknownDeviceError
from teachapp.home import Executor
from teachapp.home.backend import DeviceBackend
from teachapp.home.mqtt import MqttBackend, MqttConfig
from teachapp.store import Store

WAIT = 10  # seconds; generous for a loaded machine, never reached when things work

pytest_plugins = ["mqtt_support"]  # broker, z2m and keyring fixtures


@pytest.fixture
def mqtt_store(tmp_path):
    with Store.open(tmp_path / "home.sqlite3") as store:
        yield store


def _backend(store, port, **extra):
    config = MqttConfig(host="127.0.0.1", port=port, reconnect_min=0.05,
                        reconnect_max=0.2, **extra)
    backend = MqttBackend(store, config)
    backend.start()
    return backend


@pytest.fixture
def backend(mqtt_store, broker, z2m):
    live = _backend(mqtt_store, broker.port)
    assert live.wait_connected(WAIT) and live.wait_discovered(WAIT)
    _wait_for(lambda: all(live.state_known(d.id) for d in live.devices()
                          if "porch" not in d.id and "broken" not in d.id))
    yield live
    live.close()


def test_discovery_stores_devices_and_shows_real_states(backend, mqtt_store):
    assert isinstance(backend, DeviceBackend)
    ids = {d.id for d in backend.devices()}
    assert "light.living_room_lamp" in ids and "lock.front_door" in ids
    assert not any(i.startswith("sensor") or "hall_sensor" in i for i in ids)
    lamp = backend.device("light.living_room_lamp")
    assert (lamp.name, lamp.room) == ("Lamp", "Living room")
    assert lamp.state == {"on": True, "brightness": 100, "color_temp": 2703}
    assert backend.device("climate.hallway_thermostat").state == {"target_temp": 19,
                                                                   "mode": "heat"}
    assert mqtt_store.device("lock.front_door").name == "Front door"
    assert backend.friendly_name("cover.bedroom_blinds") == "Bedroom/Blinds"
    status = backend.status()
    assert status.connected and "9 Zigbee2MQTT devices" in status.message
    with pytest.raises(UnknownDeviceError, match="light.nowhere.*backend mqtt --test"):
        backend.device("light.nowhere")


def test_a_routine_runs_on_the_devices_and_undo_restores_them(backend, z2m, mqtt_store):
    seen = []
    backend.add_listener(seen.append)
    routine = Routine(name="Evening", steps=[
        SetStep("light.living_room_lamp", {"brightness": 40, "color_temp": 2700}),
        SetStep("lock.front_door", {"locked": False}),
        SetStep("cover.bedroom_blinds", {"position": 60}),
        SetStep("climate.hallway_thermostat", {"target_temp": 21.3}),
        SetStep("fan.bedroom_fan", {"on": True, "speed": 100}),
        SetStep("switch.kitchen_coffee_maker", {"on": True}),
    ])
    executor = Executor(backend, mqtt_store, step_timeout=WAIT)
    result = executor.run(routine)
    assert result.ok, [o.message for o in result.failures]
    assert z2m.raw("Living room/Lamp")["brightness"] == 102
    assert z2m.raw("Living room/Lamp")["color_temp"] == 370
    assert z2m.raw("Front door")["lock_state"] == "unlocked"
    assert z2m.raw("Bedroom/Blinds")["position"] == 60
    assert z2m.raw("Hallway/Thermostat")["current_heating_setpoint"] == 21.5
    assert z2m.raw("Bedroom/Fan")["fan_mode"] == "high"
    # the step reports what the device confirmed, not what was asked
    assert result.outcomes[3].device.state["target_temp"] == 21.5
    assert backend.device("lock.front_door").state == {"locked": False}
    assert mqtt_store.device("cover.bedroom_blinds").state["position"] == 60
    assert {d.id for d in seen} >= {"light.living_room_lamp", "fan.bedroom_fan"}

    undone = executor.undo()
    assert undone.ok, [o.message for o in undone.failures]
    assert z2m.raw("Living room/Lamp")["brightness"] == 254
    assert z2m.raw("Front door")["state"] == "LOCK"
    assert z2m.raw("Bedroom/Blinds")["position"] == 0
    assert z2m.raw("Hallway/Thermostat")["current_heating_setpoint"] == 19
    assert z2m.raw("Bedroom/Fan")["fan_state"] == "OFF"
    assert z2m.raw("Kitchen/Coffee maker")["state"] == "OFF"


def test_a_device_that_never_answers_is_reported_and_the_run_goes_on(backend, z2m,
                                                                      mqtt_store):
    executor = Executor(backend, mqtt_store, step_timeout=0.5)
    result = executor.run(Routine(name="Garage", steps=[
        SetStep("light.garage_broken_lamp", {"on": True}),
        SetStep("light.porch_light", {"on": True}),
        SetStep("light.desk_lamp", {"on": True, "brightness": 50}),
    ]))
    broken, porch, desk = result.outcomes
    assert not broken.ok and "Broken lamp (light.garage_broken_lamp) did not confirm on" \
        in broken.message and "0.5 s" in broken.message
    assert z2m.devices["Garage/Broken lamp"].sets == [{"state": "ON"}]
    assert not porch.ok and "offline" in porch.message
    assert z2m.devices["Porch light"].sets == []  # not even sent
    assert desk.ok and z2m.raw("desk_lamp") == {"state": "ON", "brightness": 127}
    assert list(result.before) == ["light.desk_lamp"]  # undo touches only what changed


def test_a_broker_that_is_down_blocks_nothing_and_is_joined_when_it_comes(tmp_path,
                                                                          mqtt_store):
    server = Broker(tmp_path / "late")
    live = _backend(mqtt_store, server.port)
    try:
        status = live.status()
        assert not status.connected and f"127.0.0.1:{server.port}" in status.message
        with pytest.raises(DeviceUnavailableError, match="device list from Zigbee2MQTT"):
            live.apply("light.living_room_lamp", {"on": True})
        server.start()
        sim = Z2MSimulator(server.host, server.port).start()
        try:
            assert live.wait_connected(WAIT) and live.wait_discovered(WAIT)
            done = live.apply("switch.kitchen_coffee_maker", {"on": True}, timeout=WAIT)
            assert done.state == {"on": True}
        finally:
            sim.stop()
    finally:
        live.close()
        server.stop()


def test_broker_stopped_mid_run_then_restarted(backend, broker, z2m, mqtt_store):
    routine = Routine(name="Leaving", steps=[
        SetStep("light.living_room_lamp", {"on": False}),
        SetStep("lock.front_door", {"locked": True}),
        SetStep("switch.kitchen_coffee_maker", {"on": True}),
    ])

    def stop_after_first(outcome):
        if outcome.index == 0:
            broker.stop()
            _wait_for(lambda: not backend.status().connected)

    executor = Executor(backend, mqtt_store, step_timeout=WAIT)
    result = executor.run(routine, on_step=stop_after_first)
    assert [o.ok for o in result.outcomes] == [True, False, False]
    for failed, name in zip(result.failures, ["Front door", "Coffee maker"], strict=True):
        assert name in failed.message and "was not changed" in failed.message
        assert f"127.0.0.1:{broker.port}" in failed.message
    assert not backend.status().connected

    broker.start()
    assert backend.wait_connected(WAIT)
    assert z2m.connected.wait(WAIT)
    again = executor.run(Routine(name="Coffee", steps=[
        SetStep("switch.kitchen_coffee_maker", {"on": True})]))
    assert again.ok, [o.message for o in again.failures]
    assert z2m.raw("Kitchen/Coffee maker")["state"] == "ON"
    assert executor.undo().ok
    assert z2m.raw("Kitchen/Coffee maker")["state"] == "OFF"


def test_close_releases_a_waiting_apply(backend, z2m):
    errors = []

    def wait_forever():
        try:
            backend.apply("light.garage_broken_lamp", {"on": True}, timeout=WAIT)
        except DeviceUnavailableError as exc:
            errors.append(str(exc))

    worker = threading.Thread(target=wait_forever)
    worker.start()
    _wait_for(lambda: z2m.devices["Garage/Broken lamp"].sets)  # sent, now waiting
    backend.close()
    worker.join(WAIT)
    assert not worker.is_alive() and "closed" in errors[0]


def test_why_a_device_is_on_names_who_asked_not_a_hand(backend, z2m, mqtt_store):
    """The device's report of a change the app asked for is saved on paho's thread;
    it was stored as changed "outside the app (by hand, …)", so every explanation in a
    real home blamed the person's hand."""
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker

    mqtt_store.save_routine(Routine(name="Evening", phrases=[Phrase("evening")], steps=[
        SetStep("light.living_room_lamp", {"on": True, "brightness": 30})], source="cli"))
    assistant = Assistant(mqtt_store, backend, speaker=CollectingSpeaker())
    try:
        assistant.handle_text("turn on the desk lamp")
        assert 'last changed when you said "turn on the desk lamp"' in " ".join(
            assistant.handle_text("why is the desk lamp on?"))
        assistant.handle_text("evening")
        assert "It was last changed by evening, today at" in " ".join(
            assistant.handle_text("why is the living room lamp on?"))
        lamp = z2m.devices["Living room/Lamp"]  # its own switch pressed by hand
        lamp.state["state"] = "OFF"
        z2m.publish_state(lamp)
        _wait_for(lambda: not mqtt_store.device("light.living_room_lamp").state["on"])
        assert "outside the app" in " ".join(
            assistant.handle_text("why is the living room lamp off?"))
    finally:
        assistant.close()


def test_with_the_broker_down_the_reason_is_said_once(backend, broker, mqtt_store):
    """With the broker down, "evening" said "Evening: step N failed: … cannot reach the
    MQTT broker …; retrying. Check that the MQTT broker is running; …" once per step,
    and "turn off the lights" "That: step N failed: …" once per light."""
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker

    mqtt_store.save_routine(Routine(name="Evening", phrases=[Phrase("evening")], steps=[
        SetStep("light.living_room_lamp", {"on": True}), SetStep("fan.bedroom_fan", {"on": True}),
        SetStep("light.desk_lamp", {"on": True})], source="cli"))
    assistant = Assistant(mqtt_store, backend, speaker=CollectingSpeaker())
    try:
        broker.stop()
        _wait_for(lambda: not backend.status().connected)
        reply = assistant.handle_text("evening")
        assert len(reply) == 1 and reply[0].startswith("Evening: ") and reply[0].endswith(
            ". None of the 3 steps ran."), reply  # ("…; retrying." or "…; reconnecting. …")
        where = f"127.0.0.1:{broker.port}"  # (the reason names it once, whichever it is:
        assert reply[0].count(where) == 1  # "lost the connection …" or "cannot reach …")
        reply = assistant.handle_text("turn off the lights")
        assert len(reply) == 1 and reply[0].endswith(". Nothing was changed."), reply
        assert "step" not in reply[0] and reply[0].count(where) == 1
    finally:
        assistant.close()
        broker.start()


def test_closing_with_the_broker_host_silent_is_prompt(mqtt_store):
    """paho's thread sits in a connect nobody answers (5 s): chat's Ctrl-D waited for
    it (~2-5 s more); it now leaves it to end by itself."""
    with SilentPort() as silent:
        live = _backend(mqtt_store, silent.port)
        assert not live.wait_connected(0.5)
        started = time.monotonic()
        live.close()
        assert time.monotonic() - started < 1.0


def test_a_refused_broker_ends_the_start_up_wait(mqtt_store, tmp_path):
    """Chat gives a real home 3 s to connect; a broker that refuses had them all."""
    from teachapp.home.factory import make_backend
    from teachapp.settings import Settings

    port = Broker(tmp_path / "never").port  # never started: connects are refused
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"backend": {"type": "mqtt", "host": "127.0.0.1",
                                            "port": port}}))
    settings = Settings(path)
    started = time.monotonic()
    live = make_backend(mqtt_store, settings, wait=3.0)
    try:
        assert time.monotonic() - started < 2.0
        assert "cannot reach the MQTT broker" in live.status().message
    finally:
        live.close()


def test_a_device_that_never_reported_is_not_waited_for_by_the_next_command(
        mqtt_store, broker, z2m, tmp_path):
    """The garage's broken lamp never answers ``/get``: every one-shot command waited
    the whole 2 s for it (`teachapp run "turn on the desk lamp"` 8.8 s, 6.3 s on the
    simulated home). After one connection has listed it as silent, the next waits only
    for the devices that answer; the silent one is still not reporting its state."""
    cache = tmp_path / "devices.json"
    config = MqttConfig(host="127.0.0.1", port=broker.port, reconnect_min=0.05,
                        reconnect_max=0.2)
    first = MqttBackend(mqtt_store, config, cache_file=cache)
    first.start()
    try:
        assert first.wait_connected(WAIT) and first.wait_discovered(WAIT)
        _wait_for(lambda: first.state_known("light.desk_lamp")
                  and first.state_known("lock.front_door"))
        assert not first.wait_reported(0.2)  # (a first connection waits for all)
    finally:
        first.close()
    second = MqttBackend(mqtt_store, config, cache_file=cache)
    second.start()
    try:
        assert second.wait_connected(WAIT) and second.wait_discovered(WAIT)
        assert second.wait_reported(WAIT)  # it waited the whole WAIT and said False
        assert second.state_known("light.desk_lamp")
        assert not second.state_known("light.garage_broken_lamp")
    finally:
        second.close()
