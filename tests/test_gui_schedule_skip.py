"""The window's Schedule section: the next run, a skipped run, and a button to skip the
next run or run it after all, through the same engine functions as the voice, with a
real engine, a real SQLite file and real Qt widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _open(qtbot, window, name):
    window.open_routine(name)
    qtbot.waitUntil(lambda: window.editor.routine_name == name, timeout=5000)
    return window.editor.schedule


def test_the_next_run_can_be_skipped_and_run_after_all_from_the_window(qtbot, window):
    assistant = window.bridge.assistant
    store = assistant.store
    assistant.handle_text("run movie night every friday at 8 pm")
    section = _open(qtbot, window, "Movie night")
    qtbot.waitUntil(lambda: section.skip_button.isVisible(), timeout=5000)
    assert section.next_run.text().startswith("Next run: Fri "), section.next_run.text()
    assert section.skip_button.text() == "Skip next run"

    qtbot.mouseClick(section.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.skip_button.text() == "Run it after all", timeout=5000)
    assert section.next_run.text().startswith("Skipping Fri "), section.next_run.text()
    assert len(store.skipped_runs(since=0)["Movie night"]) == 1
    listed = " ".join(assistant.handle_text("what's scheduled?"))
    assert "skipping Fri" in listed, listed  # the voice sees what the window did
    assert not window.editor.dirty  # a skip is not an unsaved edit of the routine

    qtbot.mouseClick(section.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.skip_button.text() == "Skip next run", timeout=5000)
    assert store.skipped_runs(since=0) == {}
    assert section.next_run.text().startswith("Next run: Fri ")


def test_a_skip_said_by_voice_shows_in_the_open_routine(qtbot, window):
    window.bridge.assistant.handle_text("run movie night every friday at 8 pm")
    section = _open(qtbot, window, "Movie night")
    qtbot.waitUntil(lambda: section.skip_button.isVisible(), timeout=5000)
    window.bridge.handle_text("skip the next movie night")
    qtbot.waitUntil(lambda: section.next_run.text().startswith("Skipping Fri "), timeout=5000)
    assert section.skip_button.text() == "Run it after all"


def test_a_routine_without_a_schedule_offers_no_skip(qtbot, window):
    section = _open(qtbot, window, "Reading mode")
    settle(qtbot, window.bridge)
    assert not section.skip_button.isVisible() and section.next_run.text() == ""
