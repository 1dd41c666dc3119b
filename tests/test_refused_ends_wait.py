"""A home that refuses the connection at once ends the wait at once: ``backend mqtt
--test``, ``backend homeassistant --test`` and ``run`` waited out their whole time (10 s,
5 s) with nothing listening. The waits here are set far longer than the test allows, so
waiting them out fails the test; nothing is timed."""

from __future__ import annotations

import json
import socket
import threading

import pytest

from teachapp.home.factory import make_backend
from teachapp.settings import Settings

_LONG = "600"
"""seconds; a command still waiting after the subprocess time limit fails."""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_mqtt_test_ends_when_the_broker_refuses(teachapp_cli, tmp_path):
    port = _closed_port()
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "backend", "mqtt",
                        "--host", "127.0.0.1", "--port", str(port), "--test",
                        "--wait", _LONG, timeout=120)
    assert proc.returncode == 1
    line = proc.stderr.strip()
    assert line.startswith(f"teachapp: Could not connect: cannot reach the MQTT broker at "
                           f"127.0.0.1:{port}"), line
    assert "within" not in line and "retrying" not in line  # it did not wait 600 s


def test_homeassistant_test_ends_when_nothing_listens(teachapp_cli, tmp_path):
    port = _closed_port()
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "backend", "homeassistant",
                        "--url", f"http://127.0.0.1:{port}", "--test", "--wait", _LONG,
                        input="a-token\n", timeout=120)
    assert proc.returncode == 1
    line = proc.stderr.strip()
    assert line.startswith(f"teachapp: Could not reach Home Assistant: nothing answers at "
                           f"http://127.0.0.1:{port} (connection refused)"), line
    assert line.endswith("Nothing was saved; check the URL and try again, or leave out "
                         "--test to save it anyway (teachapp then keeps trying when it runs).")


@pytest.mark.parametrize("kind", ["homeassistant", "mqtt"])
def test_a_one_shot_command_stops_waiting_for_a_refusing_home(store, tmp_path, monkeypatch,
                                                              kind):
    """``run`` builds its backend with a wait (5 s) for the home to answer."""
    port = _closed_port()
    section = ({"type": "homeassistant", "url": f"http://127.0.0.1:{port}"}
               if kind == "homeassistant" else
               {"type": "mqtt", "host": "127.0.0.1", "port": port})
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"backend": section}))
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(path))
    monkeypatch.setenv("TEACHAPP_HA_TOKEN", "a-token")
    made: list = []
    worker = threading.Thread(target=lambda: made.append(
        make_backend(store, Settings(), wait=float(_LONG))), daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "still waiting for a home that refused at once"
    backend = made[0]
    try:
        assert not backend.status().connected
    finally:
        backend.close()
