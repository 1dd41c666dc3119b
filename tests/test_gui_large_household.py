"""The window with a large household: History's "Assign to" menus are filled as one
opens. Each missed turn had a menu of every routine, made at every refresh on the GUI
thread (300 turns and 1,500 routines: 450,000 menu entries kept, nearly all never
seen)."""

from __future__ import annotations

from datetime import UTC, datetime

from gui_helpers import window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QMenu, QPushButton

from teachapp.store import Interaction

_ROUTINES = [f"Routine {n:04}" for n in range(600)]


def _menus(history) -> list[QMenu]:
    return [b.menu() for b in history.table.findChildren(QPushButton)
            if b.text() == "Assign to"]


def test_assign_menus_are_filled_when_opened(qtbot, window):
    history = window.history
    history.set_routine_names(_ROUTINES)
    turns = [Interaction(heard=f"purple elephant {n}", decision="reject", outcome="rejected",
                         at=datetime(2026, 12, 5, 18, 0, tzinfo=UTC), id=10_000 + n)
             for n in range(120)]
    history.set_turns(turns)
    menus = _menus(history)
    assert len(menus) == 120
    assert sum(len(m.actions()) for m in menus) == 0  # (main: 72,000)
    menus[7].aboutToShow.emit()
    assert [a.text() for a in menus[7].actions()] == _ROUTINES
    menus[7].aboutToShow.emit()  # opened again: the same routines, not twice
    assert len(menus[7].actions()) == len(_ROUTINES)
    assert sum(len(m.actions()) for m in menus) == len(_ROUTINES)


def test_an_assign_menu_says_when_there_is_no_routine(qtbot, window):
    history = window.history
    history.set_routine_names([])
    history.set_turns([Interaction(heard="purple elephant", decision="reject",
                                   outcome="rejected", id=99)])
    menu = _menus(history)[0]
    menu.aboutToShow.emit()
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [("(no routines yet)", False)]
