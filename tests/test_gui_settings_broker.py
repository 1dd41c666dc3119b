"""Settings › Devices › MQTT, OK: the broker is tried before anything is saved; out of
reach, the dialog says what is wrong and how to fix it, and keeps what was typed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import window_fixture  # noqa: F401 - the `window` fixture
from mqtt_support import free_port

pytest_plugins = ["mqtt_support"]


def _dialog(qtbot, window, host, port):
    from teachapp.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backend.setCurrentIndex(dialog.backend.findData("mqtt"))
    dialog.host.setText(host)
    dialog.port.setValue(port)
    return dialog


def test_no_broker_is_said_with_the_fix_and_nothing_is_lost(qtbot, window, broker):
    """OK saved MQTT settings with no broker behind them, said "Settings saved", and
    the next start showed no devices ("connect a backend in Settings")."""
    broker.stop()  # the port is known, and nothing listens there now
    dialog = _dialog(qtbot, window, broker.host, broker.port)
    dialog.accept()
    assert dialog.broker_check.checking
    assert dialog.backend_problem.text().startswith(
        f"Checking the MQTT broker at {broker.host}:{broker.port}")
    qtbot.waitUntil(lambda: not dialog.broker_check.checking, timeout=15_000)
    text = dialog.backend_problem.text()
    assert text.startswith(f"Cannot reach the MQTT broker at {broker.host}:{broker.port}")
    assert "Nothing is saved yet" in text and "press OK again" in text
    assert "teachapp backend" not in text  # (the command line's advice, in the window)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Devices"
    assert window.settings.get("backend", "type", "simulated") == "simulated"
    assert (dialog.host.text(), dialog.port.value()) == (broker.host, broker.port)
    dialog.accept()  # "save anyway": teachapp keeps trying
    assert dialog.result() == 1
    assert window.settings.section("backend")["port"] == broker.port


def test_a_broker_with_zigbee2mqtt_is_saved_at_once(qtbot, window, z2m, broker):
    dialog = _dialog(qtbot, window, broker.host, broker.port)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=15_000)
    assert dialog.backend_problem.text() == ""
    assert window.settings.section("backend")["type"] == "mqtt"


def test_cancel_while_the_broker_is_tried_saves_nothing(qtbot, window):
    dialog = _dialog(qtbot, window, "127.0.0.1", free_port())
    dialog.accept()
    dialog.reject()
    qtbot.wait(3500)  # the try ends meanwhile
    assert window.settings.get("backend", "type", "simulated") == "simulated"
