"""The window on a real Home Assistant: its devices as tiles that follow changes made in
Home Assistant, and the Settings dialog's Home Assistant fields (pytest-qt, offscreen)."""

from __future__ import annotations

import keyring
import pytest
from gui_helpers import close_window, open_window
from keyring.backends import fail

from teachapp.home.secrets import HA_SERVICE, set_ha_token
from teachapp.settings import Settings

pytest_plugins = ["ha_support", "mqtt_support"]  # ha_server; memory_keyring
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]


def test_tiles_are_home_assistant_devices_and_follow_manual_changes(
        qtbot, ha_server, memory_keyring, db_path, tmp_path):
    Settings().update("backend", type="homeassistant", url=ha_server.url)
    set_ha_token(ha_server.url, ha_server.token)
    window, bridge = open_window(qtbot, db_path)
    try:
        qtbot.waitUntil(lambda: "light.bed_light" in window.panel.tiles, timeout=20_000)
        assert window.panel.tiles["light.bed_light"].device.room == "Bedroom"
        assert "light.desk_lamp" not in window.panel.tiles  # no simulated devices
        tile = window.panel.tiles["switch.ac"]
        target = not tile.device.state["on"]
        ha_server.service("switch", "turn_on" if target else "turn_off",
                          entity_id="switch.ac")
        qtbot.waitUntil(lambda: window.panel.tiles["switch.ac"].device.state["on"] is target,
                        timeout=10_000)
        window.grab().save(str(tmp_path / "homeassistant-window.png"))
        label = window.probe.backend
        qtbot.waitUntil(lambda: label.text() == "Devices: homeassistant ✓", timeout=15_000)
        ha_server.stop()  # the window says so within its next status poll
        try:
            qtbot.waitUntil(lambda: label.text() == "Devices: homeassistant ✗", timeout=15_000)
            assert ha_server.url in label.toolTip() and "Home Assistant" in label.toolTip()
        finally:
            ha_server.start()
        qtbot.waitUntil(lambda: label.text() == "Devices: homeassistant ✓", timeout=30_000)
    finally:
        close_window(window, bridge)


def test_settings_dialog_checks_and_saves_nothing_half(qtbot, ha_server, memory_keyring,
                                                      db_path):
    from teachapp.gui.settings_dialog import SettingsDialog

    window, bridge = open_window(qtbot, db_path)
    try:
        dialog = SettingsDialog(window.bridge, window.settings, window)
        qtbot.addWidget(dialog)
        fields = dialog.home_assistant
        from PySide6.QtWidgets import QLabel

        token_label = next(label for label in dialog.findChildren(QLabel)
                           if label.text() == "Access &token")
        assert token_label.buddy() is fields.token  # Alt+T, and no literal "&" shown
        dialog.backend.setCurrentIndex(dialog.backend.findData("homeassistant"))
        assert fields.url.isEnabled() and not dialog.host.isEnabled()
        fields.url.setText("ftp://nowhere")
        fields.token.setText(ha_server.token)
        dialog.accept()
        assert dialog.result() == 0
        assert "not a Home Assistant address" in dialog.backend_problem.text()
        assert window.settings.get("backend", "type", "simulated") == "simulated"
        assert not memory_keyring.entries

        fields.url.setText(ha_server.url)
        fields.token.setText("wrong-token")
        fields.check.click()
        qtbot.waitUntil(lambda: fields.result.text().startswith("✗"), timeout=15_000)
        assert "refused the access token" in fields.result.text()
        fields.token.setText(ha_server.token)
        fields.check.click()
        qtbot.waitUntil(lambda: fields.result.text().startswith("✓"), timeout=15_000)
        assert "Home Assistant 2024.3.3" in fields.result.text()
        keyring.set_keyring(fail.Keyring())  # no keyring: it said not what was saved
        try:
            dialog.accept()
        finally:
            keyring.set_keyring(memory_keyring)
        assert dialog.result() == 0 and "Nothing was saved. Set TEACHAPP_HA_TOKEN in the " \
            "environment teachapp starts in and leave the Access token field empty" \
            in dialog.backend_problem.text()
        assert window.settings.get("backend", "type", "simulated") == "simulated"
        dialog.accept()
        assert dialog.result() == 1
        assert window.settings.section("backend") == {"type": "homeassistant",
                                                      "url": ha_server.url}
        assert memory_keyring.entries == {(HA_SERVICE, ha_server.url): ha_server.token}
        assert ha_server.token not in window.settings.path.read_text()
    finally:
        close_window(window, bridge)
