"""On a narrow History page (1280x720 at scale 1.5, or a small window) the table scrolls
sideways, and a missed phrase's "Teach this" and "Assign to" were in its last column, out
of sight: nothing showed the turn could be taught. Narrow, they now come right after the
heard words; wide, they stay last."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _missed_actions(qtbot, window):  # noqa: ANN001, ANN202
    window.strip.entry.setText("make it cosy")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.history)
    table = window.history.table
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.cellWidget(0, 6) is not None,
                    timeout=5_000)
    qtbot.wait(50)
    return table, table.cellWidget(0, 6)


def _in_view(table, box) -> bool:  # noqa: ANN001
    return table.viewport().rect().contains(box.geometry())


def test_the_actions_stay_in_view_on_a_narrow_page(qtbot, window):
    window.resize(900, 600)
    table, box = _missed_actions(qtbot, window)
    assert table.horizontalScrollBar().maximum() > 0  # (narrow: it scrolls sideways)
    assert table.horizontalScrollBar().value() == 0
    assert _in_view(table, box)  # was: out of sight at the right
    assert "Teach this" in [b.text() for b in box.findChildren(QPushButton)]


def test_the_actions_are_last_on_a_wide_page(qtbot, window):
    window.resize(1600, 900)
    table, box = _missed_actions(qtbot, window)
    header = table.horizontalHeader()
    assert header.visualIndex(6) == 6 and _in_view(table, box)
