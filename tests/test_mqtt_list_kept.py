"""Zigbee2MQTT's device list is kept in the database (revision 0034), so the devices
are there the next time teachapp starts with the broker down, on any computer sharing
the database, and ``devices`` says the list is the last one seen, and when (and, on the
way, ``run``'s words for a device command that fails). It was
kept only in a file in the user data folder: another data folder listed nothing and
could not teach with them. A real Mosquitto and the Zigbee2MQTT simulator; the CLI
as a subprocess."""

from __future__ import annotations

import re

from conftest import run_teachapp

from teachapp.cli import main

pytest_plugins = ["mqtt_support"]


def test_the_list_is_kept_in_the_database_for_when_the_broker_is_down(
        broker, z2m, tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "shared.sqlite3")
    assert main(["--db", db, "backend", "mqtt", "--host", broker.host, "--port",
                 str(broker.port), "--wait", "1"]) == 0
    assert "Found 9 devices" in capsys.readouterr().out
    # A device command that fails printed "teachapp: step 1 did not work: Porch light
    # …": the steps of a routine nobody wrote; chat says the failure alone.
    assert main(["--db", db, "run", "turn on the porch light"]) == 1  # (offline)
    assert capsys.readouterr().err == (
        "teachapp: Porch light (light.porch_light) was not changed: Zigbee2MQTT reports "
        "the device offline; check its power or battery and that it is within range of "
        "the Zigbee network.\n")
    z2m.stop()
    broker.stop()
    # Another computer (its own data folder, no file of the list) on the same database:
    monkeypatch.setenv("TEACHAPP_DATA_DIR", str(tmp_path / "other-computer"))
    assert main(["--db", db, "devices"]) == 0
    listed = capsys.readouterr()
    assert len(listed.out.splitlines()) == 9, (listed.out, listed.err)
    assert "light.living_room_lamp" in listed.out
    note = listed.err.strip()
    assert note.startswith(f"teachapp: cannot reach the MQTT broker at {broker.host}:"
                           f"{broker.port}"), note
    assert re.search(r"These are the devices Zigbee2MQTT last listed, on \w{3} \d{1,2} "
                     r"\w{3} at \d\d:\d\d, with the states they last reported\.$", note), note
    taught = run_teachapp("--db", db, "--no-speech", "chat", input=(
        "teach\nbright time\nliving room lamp to 80 percent\ndone\nyes\n"))
    assert taught.returncode == 0, taught.stderr
    assert "Lamp → on, brightness 80 %, when the routine runs." in taught.stdout
    assert 'Saved. Say "bright time" any time.' in taught.stdout
    assert "Its 9 devices are shown as they last were (the list it gave on " in \
        taught.stderr, taught.stderr
    assert main(["--db", db, "list"]) == 0
    listed = capsys.readouterr().out  # (every step was "not in this home" there)
    assert "bright time\n" in listed and "not in this home" not in listed, listed
    broker.start()
