"""A hunch answered from the keyboard: the focus goes on to the command line."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import close_window, open_window, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from teachapp.store import DeviceChange

LAMP = "light.living_room_lamp"


def test_a_hunch_answered_from_the_keyboard_leaves_the_focus_on_the_command_line(
        qtbot, db_path):
    """Space on "No" hid the card with the focus in it: Qt passed the focus on to the
    next thing, a device tile's switch, so a second Space switched a device."""
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        window.activateWindow()
        store = bridge.engine.store
        zone = ZoneInfo("UTC")
        start = datetime(2027, 1, 4, tzinfo=zone).timestamp()
        store.add_history(c for day in range(21) for c in (
            DeviceChange(start + day * 86400 + 18 * 3600, LAMP, {"on": True}),
            DeviceChange(start + day * 86400 + 23 * 3600, LAMP, {"on": False})))
        night = start + 21 * 86400 + 3600
        store.clock = lambda: night
        store.update_states({LAMP: {"on": True}})
        from teachapp.home.hunch_watcher import HunchWatcher

        watcher = HunchWatcher(store, zone, clock=lambda: night + 3600)
        assistant = bridge.engine.assistant
        assistant._hunch_talk.watcher = watcher
        offer = watcher.pending()[0]
        assistant.offer_hunch(offer)
        card = window.hunch_card
        card.show_offer(offer)
        why = card.buttons["Why?"]
        why.setFocus()
        qtbot.keyClick(why, Qt.Key.Key_Space)
        settle(qtbot, bridge)
        assert card.isVisible() and QApplication.focusWidget() is why  # stays to read
        no = card.buttons["No"]
        no.setFocus()
        qtbot.keyClick(no, Qt.Key.Key_Space)
        settle(qtbot, bridge)
        assert not card.isVisible()
        assert QApplication.focusWidget() is window.strip.entry
        assert store.device(LAMP).state["on"] is True  # "no": left as it was
    finally:
        close_window(window, bridge)
