"""The window's history shows, for every turn, the explanation "why?" would give;
deleting a routine in the window is undoable by voice."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _say(qtbot, window, text):
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


def test_history_shows_the_explanation_of_the_selected_turn(qtbot, window):
    _say(qtbot, window, "reading mode")
    _say(qtbot, window, "purple elephant dance")
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    table = window.history.table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    table.setCurrentCell(rows["reading mode"], 1)
    why = window.history.why.text()
    assert 'You typed "reading mode".' in why and "word for word" in why
    assert table.item(rows["reading mode"], 2).toolTip() == why
    table.setCurrentCell(rows["purple elephant dance"], 1)
    assert "I did nothing because" in window.history.why.text()


def test_a_routine_deleted_in_the_window_comes_back_with_undo(qtbot, window):
    names = window.bridge.engine.store.routine_names()
    name = names[0]
    done = []
    window.bridge.delete_routine(name, done=done.append)
    qtbot.waitUntil(lambda: done == [name], timeout=10_000)
    assert name not in window.bridge.engine.store.routine_names()
    _say(qtbot, window, "undo")
    assert name in window.bridge.engine.store.routine_names()
