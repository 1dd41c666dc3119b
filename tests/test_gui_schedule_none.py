"""A routine with no schedule showed an empty box under "Schedule" and a Remove button
that did nothing when pressed. Now a line says it is not scheduled and how to schedule
it, and Remove is on only with a schedule chosen to remove."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _open(qtbot, window, name):  # noqa: ANN001, ANN202
    window.open_routine(name)
    qtbot.waitUntil(lambda: window.editor.routine_name == name, timeout=5000)
    return window.editor.schedule


def test_no_schedule_says_so_and_remove_waits_for_one(qtbot, window):
    section = _open(qtbot, window, "Reading mode")
    settle(qtbot, window.bridge)
    assert not section.remove_button.isEnabled()  # was: on, and pressing it did nothing
    assert not section.list.isVisible()  # was: an empty box, nothing said
    assert section.unscheduled.isVisible()
    assert section.unscheduled.text().startswith("Not scheduled: it runs when you say it")
    section.entry.setText("every weekday at 7 am")  # (a bare 7 is asked: half_of_day)
    qtbot.keyClick(section.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.list.count() == 1, timeout=5000)
    assert section.list.isVisible() and not section.unscheduled.isVisible()
    assert not section.remove_button.isEnabled()
    section.list.setCurrentRow(0)
    assert section.remove_button.isEnabled()
    section.remove_button.click()
    assert section.list.count() == 0 and section.unscheduled.isVisible()
    assert not section.remove_button.isEnabled()
