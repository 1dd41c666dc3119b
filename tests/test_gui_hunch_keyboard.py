"""A hunch answered from the keyboard: the focus goes on to the command line."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import close_window, offer_lamp_hunch, open_window, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LAMP = "light.living_room_lamp"


def test_a_hunch_answered_from_the_keyboard_leaves_the_focus_on_the_command_line(
        qtbot, db_path):
    """Space on "No" hid the card with the focus in it: Qt passed the focus on to the
    next thing, a device tile's switch, so a second Space switched a device."""
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        window.activateWindow()
        store = bridge.engine.store
        offer = offer_lamp_hunch(bridge)
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
