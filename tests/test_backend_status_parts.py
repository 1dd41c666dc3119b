"""A backend out of reach says what is wrong and whether it keeps trying as two parts
of its status (``BackendStatus.retrying``), so no front end cuts "; retrying" off a
sentence: the Home page, chat's start and the window's tooltip word it themselves.
Real Mosquitto brokers (one refusing the login), the Home page's own text function."""

from __future__ import annotations

import time

from teachapp.home.mqtt import MqttBackend, MqttConfig

pytest_plugins = ["mqtt_support"]


def _wait(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_lost_broker_is_said_without_the_backends_retry_word(broker, z2m, store, qtbot):
    """The broker stopped after teachapp connected: the Home page read "The devices
    cannot be shown: lost the connection to the MQTT broker at … (…); reconnecting.",
    then "teachapp keeps trying to connect…": only "; retrying" was cut off. The
    window's Devices tooltip says the tiles are the last list, and when."""
    from PySide6.QtWidgets import QStatusBar

    from teachapp.gui.bridge import Bridge
    from teachapp.gui.device_panel import unreachable_text
    from teachapp.gui.status import StatusProbe

    live = MqttBackend(store, MqttConfig(host=broker.host, port=broker.port))
    live.start()
    try:
        assert live.wait_connected(10) and live.wait_discovered(10)
        assert not live.status().retrying  # connected: nothing to retry
        assert live.status().listed_at is None  # (the list is live)
        z2m.stop()
        broker.stop()
        _wait(lambda: not live.status().connected)
        status = live.status()
        assert status.retrying
        assert "lost the connection" in status.reason or "cannot reach" in status.reason
        assert "reconnecting" not in status.message and "retrying" not in status.message
        text = unreachable_text(status)
        assert "reconnecting" not in text and "retrying" not in text
        assert text.count("teachapp keeps trying to connect") == 1
        assert status.listed_at is not None
        bar = QStatusBar()
        qtbot.addWidget(bar)
        probe = StatusProbe(Bridge(), bar)
        probe._show_backend(status)
        tip = probe.backend.toolTip()
        assert "teachapp keeps trying to connect." in tip and "reconnecting" not in tip
        assert " The devices shown are the list the home gave on " in tip, tip
    finally:
        live.close()
        broker.start()


def test_a_refused_login_is_not_said_to_be_waited_out(tmp_path, store, no_keyring):
    """A wrong password: the Home page said "teachapp keeps trying to connect, and the
    devices appear here as soon as it does" of a login only Settings can fix."""
    from mqtt_support import Broker

    from teachapp.gui.device_panel import unreachable_text

    server = Broker(tmp_path / "secure", users={"teachapp": "right"}).start()
    live = MqttBackend(store, MqttConfig(host=server.host, port=server.port,
                                         username="teachapp", password="wrong"))
    live.start()
    try:
        _wait(lambda: "refused" in live.status().message)
        status = live.status()
        assert not status.retrying
        text = unreachable_text(status)
        assert text.startswith(f"The devices cannot be shown: the MQTT broker at "
                               f"{server.host}:{server.port} refused the connection")
        assert "keeps trying" not in text
        assert "Waiting will not fix this: correct it under Settings → Devices" in text
    finally:
        live.close()
        server.stop()


def test_a_one_shot_command_is_not_said_to_keep_trying(tmp_path, store):
    """``run``/``undo`` exit first: their backend's status says it does not retry."""
    from mqtt_support import free_port

    live = MqttBackend(store, MqttConfig(host="127.0.0.1", port=free_port()),
                       keeps_trying=False)
    live.start()
    try:
        _wait(lambda: "cannot reach" in live.status().message)
        assert not live.status().retrying
    finally:
        live.close()
