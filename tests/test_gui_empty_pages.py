"""A new household's History and Device history pages say what they will hold: they
were tables of headers alone, the History's line under it "Select a turn to see why it
went as it did." with no turn to select."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import close_window, open_window, settle
from PySide6.QtCore import Qt


def test_the_history_pages_of_a_new_household_say_what_they_will_hold(qtbot, db_path):
    from teachapp.gui.awareness import NO_CHANGES
    from teachapp.gui.history import NO_TURNS

    window, bridge = open_window(qtbot, db_path)
    try:
        window.tabs.setCurrentWidget(window.history)
        settle(qtbot, bridge)
        assert window.history.table.rowCount() == 0
        assert window.history.why.text() == NO_TURNS
        devices = window.device_history
        window.tabs.setCurrentWidget(devices)
        settle(qtbot, bridge)
        assert devices.empty.isVisible() and devices.empty.text() == NO_CHANGES
        assert not devices.table.isVisible()

        window.tabs.setCurrentIndex(0)
        window.strip.entry.setText("desk lamp on")
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, bridge)
        window.tabs.setCurrentWidget(devices)
        qtbot.waitUntil(lambda: devices.table.rowCount() > 0, timeout=5000)
        assert devices.table.isVisible() and not devices.empty.isVisible()
        window.tabs.setCurrentWidget(window.history)
        window.history.refresh()
        settle(qtbot, bridge)
        assert window.history.table.rowCount() == 1
        assert window.history.why.text() == "Select a turn to see why it went as it did."
    finally:
        close_window(window, bridge)
