"""Settings › OK says a restart is needed only when something read at start changed: the
device backend or the speech model (it said so after every OK, even with nothing changed)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import close_window, open_window


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    from teachapp.settings import Settings

    Settings().update("speech", model_path=str(tmp_path / "no-model"))
    win, bridge = open_window(qtbot, db_path)
    yield win
    close_window(win, bridge)


def _press_ok_after(monkeypatch, change=None, qtbot=None):
    """Open Settings from the window as a person would, make ``change``, press OK (and,
    when new MQTT settings were tried and the broker did not answer, OK again: "save
    anyway")."""
    from teachapp.gui.settings_dialog import SettingsDialog

    def exec_and_ok(dialog):
        if change is not None:
            change(dialog)
        dialog.accept()
        if dialog.broker_check.checking:
            qtbot.waitUntil(lambda: not dialog.broker_check.checking, timeout=15_000)
            if not dialog.result():
                dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_and_ok)


def test_ok_with_nothing_changed_asks_for_no_restart(qtbot, window, monkeypatch):
    _press_ok_after(monkeypatch)
    window.open_settings()
    assert window.statusBar().currentMessage() == "Settings saved."


def test_a_new_backend_is_said_to_need_a_restart(qtbot, window, monkeypatch):
    def choose_mqtt(dialog):
        dialog.backend.setCurrentIndex(dialog.backend.findData("mqtt"))

    _press_ok_after(monkeypatch, choose_mqtt, qtbot)
    window.open_settings()
    message = window.statusBar().currentMessage()
    assert message.startswith("Settings saved.")
    assert "used from the next start" in message
    assert window.settings.get("backend", "type") == "mqtt"
