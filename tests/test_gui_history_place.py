"""The History tab keeps the person's place when a turn is logged while they read older
turns, and says newer turns arrived.

On main each logged turn re-read the newest page: a person who had scrolled down to the
second page (turns 300-600) was thrown back to the top, the older page gone (rows back
to 300), at every command typed or said meanwhile.
"""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _say(qtbot, window, text: str) -> None:
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


def _heard(table) -> list[str]:
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def test_a_turn_logged_while_reading_older_turns_keeps_the_place(qtbot, window):
    from teachapp.gui.history import PAGE
    from teachapp.store import Interaction

    store = window.bridge.engine.store
    total = PAGE + 40
    for n in range(total):
        store.log_interaction(Interaction(heard=f"old turn {n}", decision="reject",
                                          outcome="rejected"))
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    view, table = window.history, window.history.table
    qtbot.mouseClick(view.older, Qt.MouseButton.LeftButton)  # the second page
    settle(qtbot, window.bridge)
    assert table.rowCount() == total
    bar = table.verticalScrollBar()
    table.setCurrentCell(PAGE + 5, 1)  # (scrolls it into view)
    place, shown = bar.value(), _heard(table)
    assert place > 0

    _say(qtbot, window, "desk lamp on")
    assert "Desk lamp" in window.strip.lines()[-1]
    assert _heard(table) == shown  # was: the newest 300 again, the older page gone
    assert bar.value() == place
    assert table.currentRow() == PAGE + 5
    assert view.newer.isVisible()
    assert view.newer.text() == "↑ 1 newer turn since this page was read: show the newest"

    _say(qtbot, window, "desk lamp off")
    assert view.newer.text() == "↑ 2 newer turns since this page was read: show the newest"
    qtbot.mouseClick(view.newer, Qt.MouseButton.LeftButton)
    settle(qtbot, window.bridge)
    assert not view.newer.isVisible()
    assert _heard(table)[:3] == ["desk lamp off", "desk lamp on", f"old turn {total - 1}"]
    assert table.rowCount() == PAGE


def test_at_the_top_of_the_first_page_the_newest_turn_just_appears(qtbot, window):
    view, table = window.history, window.history.table
    window.tabs.setCurrentWidget(view)
    _say(qtbot, window, "desk lamp on")
    settle(qtbot, window.bridge)
    assert _heard(table)[0] == "desk lamp on"
    assert not view.newer.isVisible()


def test_coming_back_to_the_tab_keeps_the_place_too(qtbot, window):
    from teachapp.gui.history import PAGE
    from teachapp.store import Interaction

    store = window.bridge.engine.store
    for n in range(PAGE + 10):
        store.log_interaction(Interaction(heard=f"old turn {n}", decision="reject",
                                          outcome="rejected"))
    view, table = window.history, window.history.table
    window.tabs.setCurrentWidget(view)
    view.refresh()
    settle(qtbot, window.bridge)
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    place, shown = bar.value(), _heard(table)
    window.tabs.setCurrentIndex(0)  # Home
    _say(qtbot, window, "desk lamp on")
    window.tabs.setCurrentWidget(view)
    settle(qtbot, window.bridge)
    assert _heard(table) == shown and bar.value() == place
    assert view.newer.text() == "↑ 1 newer turn since this page was read: show the newest"
