"""What the command line says when a Zigbee2MQTT home refuses a person: a wrong
password given to ``backend mqtt``. A real Mosquitto with logins; the CLI in-process.
(A device command that fails: test_mqtt_list_kept, which has the devices already.)"""

from __future__ import annotations

import io

from teachapp.cli import main

pytest_plugins = ["mqtt_support"]


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


def test_a_keyring_that_keeps_nothing_is_not_said_to_hold_the_password(
        tmp_path, monkeypatch, capsys):
    """keyring's null backend (PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring)
    takes a password without a word and keeps nothing: `backend mqtt --password-stdin`
    said "The password is in the keyring." (exit 0) and the password was lost."""
    import keyring
    from keyring.backends import null

    from teachapp.settings import Settings

    monkeypatch.delenv("TEACHAPP_MQTT_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
        assert main(["backend", "mqtt", "--host", "broker.lan", "--user", "teachapp",
                     "--password-stdin"]) == 1
    finally:
        keyring.set_keyring(previous)
    out, err = capsys.readouterr()
    assert "The password is in the keyring." not in out
    assert err.startswith("teachapp: Cannot store the MQTT password for teachapp@broker.lan: "
                          "no usable keyring on this machine. Nothing was saved"), err
    assert "s3cret" not in err and not Settings().path.exists()
