"""`teachapp backend homeassistant`, `devices`, `run`, `undo` and `doctor` with a real
Home Assistant (tests/ha_support.py starts it; the tests skip when it is not installed)."""

from __future__ import annotations

import io
import json

import pytest

from teachapp.cli import main
from teachapp.settings import Settings

pytest_plugins = ["ha_support", "mqtt_support"]  # ha_server; memory_keyring, no_keyring
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]


@pytest.fixture
def settings(_private_dirs):
    return Settings(_private_dirs / "config" / "settings.json")


def setup(ha_server, db, token, monkeypatch, *extra):
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    return main(["--db", str(db), "backend", "homeassistant", "--url", ha_server.url,
                 *extra])


def test_setup_keeps_the_token_in_the_keyring_and_devices_list_at_once(
        ha_server, memory_keyring, settings, tmp_path, monkeypatch, capsys):
    db = tmp_path / "home.sqlite3"
    assert setup(ha_server, db, ha_server.token, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Home Assistant at" in out and "devices teachapp can drive" in out
    assert json.loads(settings.path.read_text())["backend"] == {
        "type": "homeassistant", "url": ha_server.url}
    assert list(memory_keyring.entries.values()) == [ha_server.token]
    for path in [settings.path, *tmp_path.glob("home.sqlite3*"),
                 *(_private_dirs_log(settings))]:
        assert ha_server.token.encode() not in path.read_bytes(), path

    assert main(["--db", str(db), "devices", "--json"]) == 0  # no --test needed
    devices = {d["id"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert devices["light.bed_light"]["room"] == "Bedroom"
    assert "light.desk_lamp" not in devices  # the simulated home gave way

    assert main(["backend", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["token"] == "stored in the keyring" and ha_server.token not in str(shown)

    assert main(["doctor", "--json"]) == 0
    checks = {c["check"]: c for c in map(json.loads, capsys.readouterr().out.splitlines())}
    assert checks["devices"]["ok"] and "Home Assistant 2024.3.3" in checks["devices"]["message"]

    # teach, run and undo from the command line, on Home Assistant's devices
    ha_server.service("switch", "turn_off", entity_id="switch.ac")
    assert main(["--db", str(db), "teach", "cool down", "--set", "switch.ac.on=true"]) == 0
    assert main(["--db", str(db), "run", "cool down"]) == 0
    assert ha_server.state("switch.ac")["state"] == "on"
    assert main(["--db", str(db), "undo"]) == 0
    assert ha_server.state("switch.ac")["state"] == "off"
    capsys.readouterr()


def _private_dirs_log(settings):
    logs = settings.path.parent.parent / "log"
    return [p for p in logs.rglob("*") if p.is_file()]


def test_test_option_lists_devices_and_unsupported_entities(
        ha_server, memory_keyring, settings, tmp_path, monkeypatch, capsys):
    assert setup(ha_server, tmp_path / "h.sqlite3", ha_server.token, monkeypatch,
                 "--test") == 0
    out = capsys.readouterr().out
    assert "light.bed_light  Bed Light (Bedroom)" in out
    assert "Not supported" in out and "sun.sun" in out


def test_a_wrong_token_or_url_saves_nothing(ha_server, memory_keyring, settings, tmp_path,
                                            monkeypatch, capsys):
    assert setup(ha_server, tmp_path / "h.sqlite3", "wrong-token", monkeypatch) == 1
    err = capsys.readouterr().err
    assert "refused the access token" in err and "Nothing was saved" in err
    assert "wrong-token" not in err
    assert not settings.path.exists() and not memory_keyring.entries

    monkeypatch.setattr("sys.stdin", io.StringIO(ha_server.token + "\n"))
    assert main(["backend", "homeassistant", "--url", "http://127.0.0.1:9", "--test",
                 "--wait", "3"]) == 1
    err = capsys.readouterr().err
    assert "nothing answers at http://127.0.0.1:9" in err and "Nothing was saved" in err
    assert not settings.path.exists() and not memory_keyring.entries

    assert main(["backend", "homeassistant", "--url", "ftp://x"]) == 1
    assert "not a Home Assistant address" in capsys.readouterr().err


def test_without_a_keyring_the_token_is_not_stored_anywhere(ha_server, no_keyring, settings,
                                                             tmp_path, monkeypatch, capsys):
    assert setup(ha_server, tmp_path / "h.sqlite3", ha_server.token, monkeypatch) == 1
    err = capsys.readouterr().err
    assert "TEACHAPP_HA_TOKEN" in err and not settings.path.exists()
    # It said not whether anything was saved; now it says, and its way on works.
    assert "keyring on this machine. Nothing was saved: the backend settings are as they " \
        "were. Set TEACHAPP_HA_TOKEN in the environment teachapp runs in and run this " \
        "command again giving no token" in err
    monkeypatch.setenv("TEACHAPP_HA_TOKEN", ha_server.token)
    assert setup(ha_server, tmp_path / "h.sqlite3", "", monkeypatch) == 0
    assert json.loads(settings.path.read_text())["backend"]["url"] == ha_server.url
