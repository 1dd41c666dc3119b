"""`doctor` counts Home Assistant's devices as the backend (and so `devices`) does, and
`list` marks a step whose device Home Assistant no longer lists; against a real Home
Assistant the tests start, nothing mocked."""

from __future__ import annotations

import io
import json

import pytest
from ha_support import wait_for

from teachapp.cli import main
from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend

pytest_plugins = ["ha_support", "mqtt_support"]  # ha_server; memory_keyring
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]

BARE = "climate.tidy_bare_thermostat"
"""A climate entity with neither a setpoint nor modes: nothing teachapp could set."""


def _gone(ha_server, *ids: str) -> None:
    present = {s["entity_id"] for s in ha_server.rest("GET", "/api/states")}
    for entity_id in set(ids) & present:
        ha_server.rest("DELETE", f"/api/states/{entity_id}")


def test_doctor_counts_the_devices_the_backend_lists(ha_server, memory_keyring, store,
                                                    tmp_path, monkeypatch, capsys):
    ha_server.rest("POST", f"/api/states/{BARE}", {
        "state": "off", "attributes": {"friendly_name": "Bare thermostat"}})
    try:
        live = HomeAssistantBackend(store, HaConfig(ha_server.url, ha_server.token))
        live.start()
        try:
            assert live.wait_connected(20), live.status().message
            assert wait_for(lambda: BARE in dict(live.unsupported()))
            devices, others = len(live.devices()), len(live.unsupported())
        finally:
            live.close()
        monkeypatch.setattr("sys.stdin", io.StringIO(ha_server.token + "\n"))
        assert main(["--db", str(tmp_path / "h.sqlite3"), "backend", "homeassistant",
                     "--url", ha_server.url]) == 0
        capsys.readouterr()
        assert main(["doctor", "--json"]) == 0
        checks = {c["check"]: c for c in map(json.loads, capsys.readouterr().out.splitlines())}
        # was: "… N entities of the kinds teachapp drives", the bare thermostat among them
        assert checks["devices"]["message"] == (
            f"Home Assistant 2024.3.3 at {ha_server.url}: {devices} devices teachapp can "
            f"drive, {others} other entities")
    finally:
        _gone(ha_server, BARE)


def test_list_marks_a_step_whose_device_home_assistant_no_longer_lists(
        ha_server, memory_keyring, tmp_path, monkeypatch, capsys):
    lamp = "light.tidy_porch_lamp"
    db = str(tmp_path / "h.sqlite3")
    ha_server.rest("POST", f"/api/states/{lamp}", {
        "state": "off", "attributes": {"friendly_name": "Porch lamp"}})
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(ha_server.token + "\n"))
        assert main(["--db", db, "backend", "homeassistant", "--url", ha_server.url]) == 0
        assert main(["--db", db, "teach", "evening", "--set", f"{lamp}.on=true",
                     "--set", "light.bed_light.on=true"]) == 0
        assert main(["--db", db, "list"]) == 0
        assert "not found" not in capsys.readouterr().out
        ha_server.rest("DELETE", f"/api/states/{lamp}")  # removed in Home Assistant
        assert main(["--db", db, "devices"]) == 0  # asked: the list it keeps loses it
        capsys.readouterr()
        assert main(["--db", db, "list"]) == 0
        out = capsys.readouterr().out
        # was: "does: turn on Porch lamp and Bed Light", as if both could run
        assert "Porch lamp (device not found in Home Assistant)" in out, out
        assert "Bed Light (device not found" not in out
        assert ("  not in this home: Porch lamp (light.tidy_porch_lamp), so those steps "
                "cannot run") in out
    finally:
        _gone(ha_server, lamp)


def _database_line(db: str, capsys) -> str:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["--db", db, "doctor", "--json"]) == 0
    checks = {c["check"]: c for c in map(json.loads, capsys.readouterr().out.splitlines())}
    return str(checks["database"]["message"])


def _devices_listed(db: str, capsys) -> int:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["--db", db, "devices", "--json"]) == 0
    return len(capsys.readouterr().out.splitlines())


def test_doctor_counts_the_devices_as_devices_lists_them_and_says_those_gone(
        ha_server, memory_keyring, tmp_path, monkeypatch, capsys):
    lamp = "light.tidy_shed_lamp"
    db = str(tmp_path / "h.sqlite3")
    ha_server.rest("POST", f"/api/states/{lamp}", {
        "state": "off", "attributes": {"friendly_name": "Shed lamp"}})
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(ha_server.token + "\n"))
        assert main(["--db", db, "backend", "homeassistant", "--url", ha_server.url]) == 0
        listed = _devices_listed(db, capsys)
        line = _database_line(db, capsys)
        assert f", {listed} devices;" in line and "no longer listed" not in line, line
        ha_server.rest("DELETE", f"/api/states/{lamp}")  # removed in Home Assistant
        assert _devices_listed(db, capsys) == listed - 1  # (the list it keeps loses it)
        # was: the removed lamp's row counted, "{listed} devices", one more than listed
        line = _database_line(db, capsys)
        assert f", {listed - 1} devices (1 no longer listed);" in line, line
    finally:
        _gone(ha_server, lamp)
