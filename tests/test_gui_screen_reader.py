"""What a screen reader says for the window's buttons: each names what it is for. The
editor's phrase rows all read "Remove phrase" and "Test phrase" (which one?), and the
search's clear button had no name at all."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QAbstractButton


def _unnamed(root):
    return [button for button in root.findChildren(QAbstractButton)
            if button.isVisibleTo(root) and not button.accessibleName()
            and not button.text().replace("&", "").strip()]


def test_every_button_the_editor_shows_says_what_it_is_for(qtbot, window):
    window.open_routine("Movie night")
    settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.tabs.widget(1))
    assert _unnamed(window) == []
    rows = window.editor.phrase_rows()
    assert len(rows) >= 2
    names = [row.remove.accessibleName() for row in rows]
    assert names[0] == f"Remove the phrase “{rows[0].text()}”"
    assert len(set(names)) == len(names)
    tests = {row.test.accessibleName() for row in rows}
    assert len(tests) == len(rows)
    rows[0].edit.setText("film time")  # typed over: the names follow
    assert rows[0].remove.accessibleName() == "Remove the phrase “film time”"
    assert rows[0].test.accessibleName() == "Test the phrase “film time”"
    window.editor.load(window.editor._loaded)


def test_the_search_buttons_are_named(qtbot, window):
    search = window.routine_list.search
    names = sorted(b.accessibleName() for b in search.findChildren(QAbstractButton))
    assert names == ["Clear the search", "Search"]


def _tab_from(qtbot, start, count):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    start.setFocus()
    seen = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_leaves_the_history_tables_for_their_buttons(qtbot, window):
    """Tab in the History's table went from cell to cell (every turn, six columns) and
    never reached the learned phrases' Remove, nor the rest of the window."""
    from PySide6.QtCore import Qt

    window.activateWindow()
    for said in ("also call movie night film time", "movie night", "good night"):
        window.strip.entry.setText(said)
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    qtbot.waitUntil(lambda: window.history.aliases.rowCount() == 1, timeout=5000)
    seen = _tab_from(qtbot, window.history.table, 3)
    remove = window.history.aliases.cellWidget(0, 3)
    assert seen[:2] == [window.history.aliases, remove]
    assert remove.accessibleName() == "Remove the phrase film time"


def test_tab_on_the_timers_card_goes_from_button_to_button(qtbot, window):
    """The card's scrolling area took a Tab of its own, with no name to say."""
    from PySide6.QtCore import Qt

    window.activateWindow()
    window.strip.entry.setText("set a timer for 5 minutes")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    card = window.timers_card
    qtbot.waitUntil(lambda: len(card.shown) == 1, timeout=5000)
    seen = _tab_from(qtbot, window.tabs.tabBar(), 2)
    assert seen == card._buttons()
