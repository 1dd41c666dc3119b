"""The window when the settings file is a folder: it said nothing (the log alone), the
guide's Skip raised in a slot, and Settings › OK did nothing visible (the exception
went to stderr) with the dialog left as if saved. Now the conversation says what is
wrong and the fix, Skip says it in the status bar, and OK says "Settings not saved" in
a dialog and stays open; the folder is left as it is."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import answer_message_box, close_window, open_window, settle
from PySide6.QtWidgets import QDialog


def test_a_settings_folder_is_said_in_the_window(qtbot, db_path, tmp_path, monkeypatch):
    folder = tmp_path / "settings.json"
    (folder / "old").mkdir(parents=True)
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(folder))
    window, bridge = open_window(qtbot, db_path)
    try:
        problem = (f"The settings file {folder} is a folder, not a file, so the defaults "
                   "are used. Move or rename that folder (nothing in it is touched), or set "
                   "TEACHAPP_SETTINGS to a file.")
        qtbot.waitUntil(lambda: problem in window.strip.lines(), timeout=10_000)

        window.guide.finish()
        assert window.statusBar().currentMessage() == (
            f"Cannot save settings to {folder}: it is a folder, not a file; the setting was "
            "not saved.")

        from teachapp.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(bridge, window.settings, window)
        qtbot.addWidget(dialog)
        settle(qtbot, bridge)
        seen: dict[str, str] = {}

        dialog.show()
        answer_message_box(seen)
        dialog.accept()
        assert seen == {"title": "Settings not saved",
                        "text": f"Cannot save settings to {folder}: it is a folder, not a "
                                "file; the setting was not saved.",
                        "why": "Move or rename that folder (nothing in it is touched), or "
                               "set TEACHAPP_SETTINGS to a file."}
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        dialog.reject()
        assert [p.name for p in folder.iterdir()] == ["old"]
    finally:
        close_window(window, bridge)
