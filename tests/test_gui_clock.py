"""The window reads the clock chat reads (``teachapp.clock``): with ``TEACHAPP_NOW``
set, its History and schedule editor read the real clock, so a turn just said was
listed as of another day, and "tomorrow at 8" typed in the editor was the real
tomorrow (with the clock a month on, a moment already past)."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import close_window, open_window, settle
from PySide6.QtCore import Qt

NOW = "2027-01-04T12:00+00:00"
"""Noon UTC, a month after any real day these tests run on: the same date in every zone
the computer may be in (UTC-11 to UTC+11)."""


@pytest.fixture
def window(qtbot, db_path, monkeypatch):
    monkeypatch.setenv("TEACHAPP_NOW", NOW)
    win, bridge = open_window(qtbot, db_path, examples=True)
    yield win
    close_window(win, bridge)


def test_a_turn_said_now_is_listed_as_of_today(qtbot, window):
    window.strip.entry.setText("reading mode")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    table = window.history.table
    times = [table.item(row, 0).text() for row in range(table.rowCount())
             if table.item(row, 1).text().startswith("reading mode")]
    assert times and all(re.fullmatch(r"\d\d:\d\d:\d\d", t) for t in times), times


def test_a_time_typed_in_the_schedule_editor_is_read_by_the_same_clock(qtbot, window):
    window.open_routine("Movie night")
    qtbot.waitUntil(lambda: window.editor.routine_name == "Movie night", timeout=5000)
    section = window.editor.schedule
    qtbot.keyClicks(section.entry, "tomorrow at 8")
    qtbot.keyClick(section.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    assert section.problem.text() == ""
    [trigger] = section.triggers()
    assert trigger.kind == "once" and trigger.at is not None
    # (20:00: "Movie night" places a bare 8 in the evening, as "run movie night
    # tomorrow at 8" said in chat does: half_of_day)
    assert (trigger.at.date(), trigger.at.hour) == (date(2027, 1, 5), 20)
