"""The window's hidden pages are built the first time they are shown (``gui.pages``): the
Routine, History and Device history tabs and the teaching panel were built at every start,
hidden, and the history's newest page read from the database, for a window many people
only talk or type to (benchmarks/gui.py measures the idle memory). Real engine, real
SQLite, real widgets offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt

HIDDEN = ("editor", "history", "device_history", "teach")


def test_hidden_pages_are_built_when_first_shown_and_then_show_what_they_did(qtbot, window):
    from teachapp.gui.awareness import DeviceHistoryView
    from teachapp.gui.history import HistoryView
    from teachapp.gui.routine_editor import RoutineEditor

    settle(qtbot, window.bridge)  # (the window filled: devices, routines, statuses)
    assert [name for name in HIDDEN if window.pages.made(name) is not None] == []
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["&Home", "&Routine", "Hi&story", "&Device history"]

    window.bridge.handle_text("movie night")  # a turn while the History tab was never shown
    settle(qtbot, window.bridge)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    history = window.pages.made("history")
    assert isinstance(history, HistoryView) and window.tabs.currentWidget() is history
    assert window.tabs.currentIndex() == 2 and window.tabs.tabText(2) == "Hi&story"
    qtbot.waitUntil(lambda: any("movie night" in history.table.item(row, 1).text().lower()
                                for row in range(history.table.rowCount())
                                if history.table.item(row, 1) is not None), timeout=10_000)

    window.routine_list.select("Movie night")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = window.pages.made("editor")
    assert isinstance(editor, RoutineEditor) and window.tabs.currentWidget() is editor
    assert editor.routine_name == "Movie night"  # (the routine the list shows chosen)

    window.tabs.setCurrentIndex(3)
    devices = window.pages.made("device_history")
    assert isinstance(devices, DeviceHistoryView) and window.tabs.currentWidget() is devices
    qtbot.waitUntil(lambda: devices.table.rowCount() > 0, timeout=10_000)  # movie night's

    assert window.pages.made("teach") is None
    window.start_teaching()
    teach = window.pages.made("teach")
    assert teach is not None and window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: teach.isVisibleTo(window), timeout=10_000)  # (the engine's turn)
    home = window.tabs.widget(0).layout()
    assert home.indexOf(teach) == home.indexOf(window.panel) - 1  # above the tiles
    assert window.teach is teach and window.editor is editor and window.history is history
