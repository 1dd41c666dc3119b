"""What the command line says when a Zigbee2MQTT home fails a person: a device that
does not answer, and a wrong password given to ``backend mqtt``. A real Mosquitto
(one with logins) and the Zigbee2MQTT simulator; the CLI in-process."""

from __future__ import annotations

import io

from teachapp.cli import main

pytest_plugins = ["mqtt_support"]


def test_a_device_command_that_fails_is_said_as_chat_says_it(broker, z2m, tmp_path, capsys):
    """"turn on the porch light" (offline) printed "teachapp: step 1 did not work: Porch
    light …": the steps of a routine nobody wrote; chat says the failure alone."""
    db = str(tmp_path / "h.sqlite3")
    assert main(["--db", db, "backend", "mqtt", "--host", broker.host, "--port",
                 str(broker.port), "--wait", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "run", "turn on the porch light"]) == 1
    assert capsys.readouterr().err == (
        "teachapp: Porch light (light.porch_light) was not changed: Zigbee2MQTT reports "
        "the device offline; check its power or battery and that it is within range of "
        "the Zigbee network.\n")


def test_a_wrong_password_is_an_error_that_says_so(tmp_path, memory_keyring, monkeypatch,
                                                  capsys):
    """It printed "No device list yet (… refused the connection: Not authorized. …); the
    devices appear with the next command that reaches the broker." and exit 0: none
    does until the password is right."""
    from mqtt_support import Broker

    server = Broker(tmp_path / "secure", users={"teachapp": "right"}).start()
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
        assert main(["--db", str(tmp_path / "h.sqlite3"), "backend", "mqtt", "--host",
                     server.host, "--port", str(server.port), "--user", "teachapp",
                     "--password-stdin", "--wait", "2"]) == 1
    finally:
        server.stop()
    err = capsys.readouterr().err
    assert err.startswith(f"teachapp: The settings were saved, but the MQTT broker at "
                          f"{server.host}:{server.port} refused the connection: Not "
                          "authorized. Check the user name, and store the password with "), err
    assert err.endswith("No device can be reached until the broker lets teachapp in.\n")
    assert "next command" not in err and "wrong" not in err
