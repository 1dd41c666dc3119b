"""The status bar says what was done last: a run, then its undo (by the Undo button or
"undo" typed), reads "Undid …", not the run's "Ran …" still. Real engine, real SQLite,
real widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _type(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.strip.entry, text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


@pytest.mark.parametrize("undo_by", ["button", "typed"])
def test_after_undo_the_status_bar_says_the_undo(qtbot, window, undo_by):
    _type(qtbot, window, "good night")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Ran “Good night”.",
                    timeout=5000)
    if undo_by == "button":
        window.act_undo.trigger()
    else:
        _type(qtbot, window, "undo")
    qtbot.waitUntil(lambda: any(line.startswith("Undone") for line in window.strip.lines()),
                    timeout=5000)
    settle(qtbot, window.bridge)
    assert window.statusBar().currentMessage() == "Undid “Good night”."


def test_a_device_command_after_a_run_replaces_the_runs_status(qtbot, window):
    _type(qtbot, window, "good night")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Ran"),
                    timeout=5000)
    _type(qtbot, window, "desk lamp to 80 percent")
    qtbot.waitUntil(lambda: "Desk lamp" in window.statusBar().currentMessage(), timeout=5000)
    assert not window.statusBar().currentMessage().startswith("Ran")
