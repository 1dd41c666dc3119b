"""`teachapp backend ...`, the backend factory, login and TLS, against a real broker."""

import io
import json

import pytest
from mqtt_support import Broker, Z2MSimulator

from teachapp.cli import main
from teachapp.errors import ConfigError, DeviceUnavailableError
from teachapp.home import SimulatedBackend
from teachapp.home.factory import describe_backend_settings, make_backend
from teachapp.home.mqtt import MqttBackend
from teachapp.home.secrets import PASSWORD_ENV
from teachapp.settings import Settings
from teachapp.store import Store

pytest_plugins = ["mqtt_support"]  # broker, z2m and keyring fixtures

WAIT = 10


@pytest.fixture
def settings(_private_dirs):
    return Settings(_private_dirs / "config" / "settings.json")


def test_backend_mqtt_test_saves_settings_keeps_the_password_out_and_lists_devices(
        broker, z2m, memory_keyring, settings, tmp_path, monkeypatch, capsys):
    db = tmp_path / "home.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    status = main(["--db", str(db), "backend", "mqtt", "--host", "127.0.0.1", "--port",
                   str(broker.port), "--user", "teachapp", "--password-stdin", "--test"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "light.living_room_lamp  Lamp (Living room)  on, brightness 100 %" in out
    assert "[zigbee2mqtt/Front door]" in out and "Hall sensor" not in out
    saved = json.loads(settings.path.read_text())["backend"]
    assert saved == {"type": "mqtt", "host": "127.0.0.1", "port": broker.port,
                     "username": "teachapp", "tls": False, "base_topic": "zigbee2mqtt"}
    assert list(memory_keyring.entries.values()) == ["s3cret-pw"]
    for path in [settings.path, *tmp_path.glob("home.sqlite3*")]:
        assert b"s3cret-pw" not in path.read_bytes(), path
    with Store.open(db) as store:  # discovered devices are in the database
        assert store.device("lock.front_door").room == ""
        assert store.device("light.living_room_lamp").name == "Lamp"

    assert main(["backend", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["password"] == "stored in the keyring" and shown["port"] == broker.port
    assert "s3cret" not in json.dumps(shown)
    assert main(["backend", "simulated"]) == 0
    assert Settings(settings.path).get("backend", "type") == "simulated"
    # Switching keeps the password (switching back needs it); --forget deletes it, as
    # the README's uninstalling section tells a person to do (it said plain
    # "teachapp backend simulated" forgets it, and it never did).
    capsys.readouterr()
    assert list(memory_keyring.entries.values()) == ["s3cret-pw"]
    assert main(["backend", "simulated", "--forget"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Device backend: the simulated home.",
        "Deleted the MQTT password for teachapp@127.0.0.1 from the keyring."]
    assert memory_keyring.entries == {}
    assert main(["backend", "simulated", "--forget"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "No MQTT password or Home Assistant token was stored in the keyring.")


def test_password_stdin_without_a_keyring_fails_and_saves_nothing(no_keyring, settings,
                                                                   monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    status = main(["backend", "mqtt", "--host", "broker.lan", "--user", "teachapp",
                   "--password-stdin"])
    err = capsys.readouterr().err
    assert status == 1 and PASSWORD_ENV in err and "s3cret" not in err
    assert not settings.path.exists()
    # It said not whether anything was saved (or that --password-stdin would fail again).
    assert "no usable keyring on this machine. Nothing was saved: the backend settings " \
        f"are as they were. Set {PASSWORD_ENV} in the environment teachapp runs in and run " \
        "this command again without --password-stdin" in err


def test_backend_mqtt_test_that_fails_saves_nothing_as_home_assistants_does(
        memory_keyring, settings, tmp_path, monkeypatch, capsys):
    """A failed --test saved the MQTT settings and password (the home switched to a
    broker that was not there) where Home Assistant's saved nothing: now neither does,
    and both say how to save anyway. The home in use stays as it was."""
    settings.update("backend", type="homeassistant", url="http://ha.lan:8123")
    before = settings.path.read_text()
    dead = Broker(tmp_path / "dead")  # a free port nobody listens on
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    status = main(["--db", str(tmp_path / "h.sqlite3"), "backend", "mqtt", "--host",
                   "127.0.0.1", "--port", str(dead.port), "--user", "me", "--password-stdin",
                   "--test", "--wait", "0.5"])
    err = capsys.readouterr().err
    assert status == 1 and f"cannot reach the MQTT broker at 127.0.0.1:{dead.port}" in err
    assert err.endswith("Nothing was saved; leave out --test to save these settings anyway "
                        "(teachapp then keeps trying when it runs).\n")
    assert settings.path.read_text() == before and memory_keyring.entries == {}
    assert "teachapp backend show" not in err  # (it shows the settings in use)


def test_backend_mqtt_test_on_a_broker_without_zigbee2mqtt_saves_nothing(
        broker, settings, tmp_path, capsys):
    """A bare broker (Mosquitto installed, Zigbee2MQTT not yet): --test exits 1 and the
    home stays as it was; without --test the settings are saved and the devices come
    once Zigbee2MQTT lists them."""
    args = ["--db", str(tmp_path / "h.sqlite3"), "backend", "mqtt", "--host", "127.0.0.1",
            "--port", str(broker.port), "--wait", "0.5"]
    assert main([*args, "--test"]) == 1
    err = capsys.readouterr().err
    assert "no Zigbee2MQTT device list arrived" in err and "Nothing was saved" in err
    assert not settings.path.exists()
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("No device list yet (")
    assert Settings(settings.path).get("backend", "type") == "mqtt"


def test_factory_defaults_to_the_simulated_home_and_rejects_bad_settings(settings, tmp_path):
    with Store.open(tmp_path / "h.sqlite3") as store:
        assert isinstance(make_backend(store, settings), SimulatedBackend)
        assert describe_backend_settings(settings)[0] is True
        settings.update("backend", type="homekit")
        with pytest.raises(ConfigError, match="Unknown device backend 'homekit'"):
            make_backend(store, settings)
        settings.update("backend", type="mqtt")
        with pytest.raises(ConfigError, match="no broker host.*--host"):
            make_backend(store, settings)
        settings.update("backend", host="127.0.0.1", ca_file=str(tmp_path / "none.pem"))
        with pytest.raises(ConfigError, match="CA file .*none.pem does not exist"):
            make_backend(store, settings)


def test_factory_starts_without_a_broker_and_remembers_devices(broker, z2m, settings,
                                                                tmp_path):
    settings.update("backend", type="mqtt", host="127.0.0.1", port=broker.port,
                    reconnect_min=0.05, reconnect_max=0.2)
    with Store.open(tmp_path / "h.sqlite3") as store:
        first = make_backend(store, settings, wait=WAIT)
        assert isinstance(first, MqttBackend) and first.status().connected
        assert first.device("lock.front_door").name == "Front door"
        first.close()
        z2m.stop()
        broker.stop()
        later = make_backend(store, settings)  # returns at once, broker is down
        try:
            assert not later.status().connected
            lamp = later.device("light.living_room_lamp")  # known from the last list
            assert lamp.name == "Lamp"
            with pytest.raises(DeviceUnavailableError, match=r"Lamp \(light.living_room_"
                               r"lamp\) was not changed: .*MQTT broker at 127.0.0.1"):
                later.apply("light.living_room_lamp", {"on": False})
        finally:
            later.close()
    ok, message = describe_backend_settings(settings, timeout=0.5)
    assert not ok and "cannot reach the MQTT broker" in message


def test_login_and_tls_with_the_password_from_the_environment(tmp_path, settings, no_keyring,
                                                               monkeypatch):
    server = Broker(tmp_path / "secure", users={"teachapp": "right", "z2m": "z2m"},
                    tls=True).start()
    sim = Z2MSimulator(server.host, server.port, username="z2m", password="z2m").start()
    settings.update("backend", type="mqtt", host="127.0.0.1", port=server.tls_port,
                    username="teachapp", tls=True, ca_file=str(server.ca_file),
                    reconnect_min=0.05, reconnect_max=0.2)
    try:
        with Store.open(tmp_path / "h.sqlite3") as store:
            monkeypatch.setenv(PASSWORD_ENV, "right")
            backend = make_backend(store, settings)
            try:
                assert backend.wait_connected(WAIT) and backend.wait_discovered(WAIT)
                assert "over TLS" in backend.status().message
                done = backend.apply("lock.front_door", {"locked": False}, timeout=WAIT)
                assert done.state == {"locked": False}
            finally:
                backend.close()
            ok, message = describe_backend_settings(settings)
            assert ok and "lists 9 devices" in message, message

            monkeypatch.setenv(PASSWORD_ENV, "wrong")
            refused = make_backend(store, settings)
            try:
                for _ in range(100):
                    if "refused" in refused.status().message:
                        break
                    refused.wait_connected(0.05)
                status = refused.status()
                assert not status.connected and "refused" in status.message
                assert PASSWORD_ENV in status.message and "wrong" not in status.message
                # (it said to store the password with --password-stdin, which the
                # variable goes on overriding)
                assert f"The password comes from {PASSWORD_ENV}: check the user name, and " \
                    "correct the variable or unset it" in status.message, status.message
            finally:
                refused.close()
    finally:
        sim.stop()
        server.stop()
