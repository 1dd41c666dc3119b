"""The window with a large household: History's "Assign to" costs nothing until one is
opened. Each missed turn had a menu of every routine, made at every refresh on the GUI
thread (300 turns and 1,500 routines: 450,000 menu entries kept, nearly all never
seen); then a menu per turn, filled as it opened. Now the buttons are made for the rows
in view and the menu as it opens; with many routines it is short (the routines used
last and a chooser with a search, tests/test_gui_history.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from teachapp.store import Interaction

_ROUTINES = [f"Routine {n:04}" for n in range(600)]


def _assign_buttons(history) -> list[QPushButton]:
    return [b for b in history.table.findChildren(QPushButton) if b.text() == "Assign to"]


def _opened(qtbot, button) -> QMenu:
    qtbot.waitUntil(button.isVisible, timeout=5000)  # (laid out in its row)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu),
                    timeout=5000)
    return QApplication.activePopupWidget()


def test_assign_menus_are_made_when_opened(qtbot, window):
    window.tabs.setCurrentWidget(window.history)
    settle(qtbot, window.bridge)  # (the tab's own reading of the history done first)
    history = window.history
    history.set_routine_names(_ROUTINES)
    turns = [Interaction(heard=f"purple elephant {n}", decision="reject", outcome="rejected",
                         at=datetime(2026, 12, 5, 18, 0, tzinfo=UTC), id=10_000 + n)
             for n in range(120)]
    history.set_turns(turns)
    buttons = _assign_buttons(history)
    assert 0 < len(buttons) < 120  # the rows in view (main: 120, each with a menu)
    assert history.findChildren(QMenu) == []  # (main: 120 menus; before: 72,000 entries)
    menu = _opened(qtbot, buttons[0])
    assert [a.text() for a in menu.actions() if a.text()] == \
        ["Choose a routine… (600 in all)"]  # none used yet: the chooser alone
    menu.close()


def test_an_assign_menu_says_when_there_is_no_routine(qtbot, window):
    window.tabs.setCurrentWidget(window.history)
    settle(qtbot, window.bridge)  # (the tab's own reading of the history done first)
    history = window.history
    history.set_routine_names([])
    history.set_turns([Interaction(heard="purple elephant", decision="reject",
                                   outcome="rejected", id=99)])
    menu = _opened(qtbot, _assign_buttons(history)[0])
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [("(no routines yet)", False)]
    menu.close()
