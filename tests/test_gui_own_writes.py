"""The window re-reads every device only for another process's change, not its own.

On main the change feed re-read all devices after each of this window's own writes (a
tile, a typed command), which its engine had reported already: one read of every
device per change (204 ms for 1,500 devices, benchmarks/household_own_writes.py).
Another process's change still reaches the window by the same feed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _count_reads(window) -> list[int]:
    """The window's reads of every device (``Bridge.devices``), counted."""
    bridge = window.bridge
    reads: list[int] = []
    real = bridge.devices

    def devices(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    bridge.devices = devices
    return reads


def _after_feed(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.bridge.household.changed, timeout=10_000,
                          check_params_cb=lambda topics: "devices" in topics):
        action()
    settle(qtbot, window.bridge)


def test_own_changes_are_not_read_again_and_others_are(qtbot, window, db_path):
    from teachapp.store import Store

    reads = _count_reads(window)
    tile = window.panel.tiles["light.desk_lamp"]
    toggle = tile.editor("on").findChild(QPushButton)
    on = not toggle.isChecked()
    _after_feed(qtbot, window, lambda: qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton))
    assert tile.device.state["on"] is on
    assert reads == []  # was [1]: every device read again after the window's own change

    def typed() -> None:
        window.strip.entry.setText(f"turn the desk lamp {'off' if on else 'on'}")
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)

    _after_feed(qtbot, window, typed)
    assert tile.device.state["on"] is (not on)
    assert reads == []

    other = Store.open(db_path)  # another process (or computer) on the same database
    try:
        _after_feed(qtbot, window,
                    lambda: other.update_states({"light.desk_lamp": {"on": on}}))
    finally:
        other.close()
    assert reads == [1]
    assert tile.device.state["on"] is on
