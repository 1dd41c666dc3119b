"""The Home Assistant backend against a real Home Assistant that the tests start.

One server per session (tests/ha_support.py): a fresh config with the demo
integration, onboarded by API, areas assigned through the registries. When Home
Assistant is not installed, these tests skip and say why; nothing is mocked.
"""

from __future__ import annotations

import threading

import pytest
from ha_support import wait_for

from teachapp.domain import Routine, SetStep
from teachapp.errors import DeviceUnavailableError, UnknownDeviceError
from teachapp.home import Executor
from teachapp.home.ha_mapping import UNASSIGNED
from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend
from teachapp.store import Store

pytest_plugins = ["ha_support"]
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]


@pytest.fixture
def backend(ha_server, store):
    live = HomeAssistantBackend(store, HaConfig(ha_server.url, ha_server.token,
                                                max_backoff=1.0))
    live.start()
    assert live.wait_connected(20), live.status().message
    yield live
    live.close()


def test_discovery_kinds_rooms_and_the_database(backend, ha_server, store):
    devices = {d.id: d for d in backend.devices()}
    assert {d.kind for d in devices.values()} == {
        "light", "switch", "climate", "lock", "cover", "media_player", "fan"}
    assert devices["light.bed_light"].room == "Bedroom"  # through its device's area
    assert devices["switch.decorative_lights"].room == "Office"  # the entity's own area
    assert devices["lock.front_door"].room == UNASSIGNED  # no unique id, no area
    assert devices["light.ceiling_lights"].name == "Ceiling Lights"
    other = dict(backend.unsupported())
    assert "sun.sun" in other and any(i.startswith("sensor.") for i in other)
    assert not set(other) & set(devices)
    stored = {d.id: d for d in store.devices()}
    assert set(stored) == set(devices)  # the untouched simulated home gave way
    reported = ha_server.state("light.ceiling_lights")["attributes"]["brightness"]
    assert stored["light.ceiling_lights"].state["brightness"] == round(reported * 100 / 255)
    assert "devices" in backend.status().message and backend.status().connected


def test_run_confirms_settled_states_and_undo_restores_them(backend, ha_server, store):
    before_lock = ha_server.state("lock.front_door")["state"]
    before_cover = ha_server.state("cover.hall_window")["attributes"]["current_position"]
    routine = Routine(name="Evening", steps=[
        SetStep(device="light.bed_light", set={"on": True, "brightness": 40}),
        SetStep(device="cover.hall_window", set={"position": 50}),
        SetStep(device="lock.front_door", set={"locked": before_lock != "locked"}),
        SetStep(device="climate.hvac", set={"target_temp": 23.5, "mode": "heat"}),
    ])
    executor = Executor(backend, store, step_timeout=20)
    result = executor.run(routine)
    assert result.ok, [f.message for f in result.failures]
    light = ha_server.state("light.bed_light")
    assert light["state"] == "on" and light["attributes"]["brightness"] == 102
    cover = ha_server.state("cover.hall_window")
    assert cover["state"] == "open" and cover["attributes"]["current_position"] == 50
    assert ha_server.state("lock.front_door")["state"] in ("locked", "unlocked")
    assert ha_server.state("lock.front_door")["state"] != before_lock  # settled, changed
    hvac = ha_server.state("climate.hvac")
    assert hvac["state"] == "heat" and hvac["attributes"]["temperature"] == 23.5
    assert store.device("light.bed_light").state["brightness"] == 40

    undone = executor.undo()
    assert undone.ok, [f.message for f in undone.failures]
    assert ha_server.state("lock.front_door")["state"] == before_lock
    assert ha_server.state("cover.hall_window")["attributes"]["current_position"] == \
        before_cover
    assert ha_server.state("light.bed_light")["state"] == "off"


def test_a_change_made_in_home_assistant_reaches_listeners_and_the_database(
        backend, ha_server, store):
    seen = []
    arrived = threading.Event()

    def listener(device):
        if device.id == "switch.ac" and device.state.get("on") is target:
            seen.append(device)
            arrived.set()

    target = ha_server.state("switch.ac")["state"] != "on"
    backend.add_listener(listener)
    ha_server.service("switch", "turn_on" if target else "turn_off",
                      entity_id="switch.ac")
    assert arrived.wait(10)
    assert backend.device("switch.ac").state["on"] is target
    assert wait_for(lambda: store.device("switch.ac").state["on"] is target)


def test_vanished_entity_refused_call_and_wrong_changes_are_clear(backend, ha_server):
    gone = "light.entrance_color_white_lights"
    assert backend.device(gone).name == "Entrance Color + White Lights"
    with ha_server.ws() as admin:  # removed in Home Assistant while teachapp runs
        admin.call({"type": "config/entity_registry/remove", "entity_id": gone})
    assert wait_for(lambda: gone not in {d.id for d in backend.devices()})
    with pytest.raises(UnknownDeviceError, match=rf"^Entrance Color \+ White Lights \({gone}\) is not in Home Assistant .*any more"):
        backend.apply(gone, {"on": True})
    sensor = next(i for i, _ in backend.unsupported() if i.startswith("sensor."))
    with pytest.raises(UnknownDeviceError, match="cannot drive"):
        backend.device(sensor)
    # Home Assistant's own refusal: the state machine claims positioning (a state
    # written over the REST API), the garage door entity itself cannot.
    ha_server.rest("POST", "/api/states/cover.garage_door", {
        "state": "open", "attributes": {"friendly_name": "Garage Door",
                                        "supported_features": 15, "current_position": 37}})
    assert wait_for(lambda: backend.device("cover.garage_door").state["position"] == 37)
    with pytest.raises(DeviceUnavailableError,
                       match=r"Home Assistant refused cover\.set_cover_position for "
                             r"Garage Door \(cover\.garage_door\): .*does not support"):
        backend.apply("cover.garage_door", {"position": 50})


def test_home_assistant_restart_mid_session(backend, ha_server, store):
    connections = backend.connections
    ha_server.stop()
    assert wait_for(lambda: not backend.status().connected, 10)
    assert "Home Assistant" in backend.status().message
    with pytest.raises(DeviceUnavailableError, match="not changed"):
        backend.apply("switch.ac", {"on": True}, timeout=2)
    result = Executor(backend, store).run([SetStep(device="switch.ac", set={"on": True}),
                                           SetStep(device="fan.ceiling_fan", set={"on": True})])
    summary = result.unreachable_summary()  # said once for the whole run
    assert "Home Assistant" in summary and summary.endswith(". None of the 2 steps ran.")
    ha_server.start()
    assert wait_for(lambda: backend.status().connected, 60), backend.status().message
    assert backend.connections == connections + 1
    target = not backend.device("switch.decorative_lights").state["on"]
    assert backend.apply("switch.decorative_lights", {"on": target}).state["on"] is target


def test_a_wrong_token_is_reported_not_retried_fast(ha_server, tmp_path):
    with Store.open(tmp_path / "t.sqlite3") as store:
        wrong = HomeAssistantBackend(store, HaConfig(ha_server.url, "not-a-token"))
        wrong.start()
        try:
            assert not wrong.wait_connected(15)
            message = wrong.status().message
            assert "refused the access token" in message and "not-a-token" not in message
        finally:
            wrong.close()


def test_teaching_and_commands_use_home_assistant_names(backend, ha_server, store):
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker

    assistant = Assistant(store, backend, speaker=CollectingSpeaker())
    try:
        assert "turn on the bed light" in assistant.vocabulary("command")
        for line in ("teach", "reading time", "bed light to 60 percent", "done", "yes"):
            replies = assistant.handle_text(line)
        assert any("Saved" in r for r in replies), replies
        ha_server.service("light", "turn_off", entity_id="light.bed_light")
        assert wait_for(lambda: backend.device("light.bed_light").state["on"] is False)
        assistant.handle_text("reading time")
        light = ha_server.state("light.bed_light")
        assert light["state"] == "on" and light["attributes"]["brightness"] == 153
        assistant.handle_text("turn off the bed light")
        assert ha_server.state("light.bed_light")["state"] == "off"
    finally:
        assistant.close()


def test_why_a_device_is_on_names_who_asked_not_a_hand(backend, ha_server, store):
    """Home Assistant's state_changed for a change the app asked for is saved on the
    event thread before apply() wakes; it was stored as changed "outside the app (by
    hand, …)"."""
    from teachapp.conversation import Assistant
    from teachapp.home import CollectingSpeaker

    assistant = Assistant(store, backend, speaker=CollectingSpeaker())
    try:
        assistant.handle_text("turn off the bed light")
        assistant.handle_text("turn on the bed light")
        assert 'last changed when you said "turn on the bed light"' in " ".join(
            assistant.handle_text("why is the bed light on?"))
        ha_server.service("light", "turn_off", entity_id="light.bed_light")
        assert wait_for(lambda: store.device("light.bed_light").state["on"] is False)
        assert "outside the app" in " ".join(assistant.handle_text("why is the bed light off?"))
    finally:
        assistant.close()
