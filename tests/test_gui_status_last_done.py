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


def _message_room(window) -> int:
    """The width QStatusBar paints its message in: up to the first permanent label."""
    bar = window.statusBar()
    labels = [label for label in (window.probe.busy, window.probe.audio, window.probe.speech,
                                  window.probe.model, window.probe.voice,
                                  window.probe.backend) if label.isVisible()]
    return min(label.x() for label in labels) - 2 - 6 if labels else bar.width() - 18


def test_what_was_just_done_is_readable_on_a_1024_screen(qtbot, window):
    window.remember_geometry = False
    window.resize(1024, 768)
    probe = window.probe
    qtbot.waitUntil(lambda: probe.model.text().startswith("Model:"), timeout=20_000)
    for said, message in (("good night", "Ran “Good night”."),
                          ("undo", "Undid “Good night”.")):
        _type(qtbot, window, said)
        qtbot.waitUntil(lambda message=message: window.statusBar().currentMessage() == message,
                        timeout=5000)
        qtbot.wait(20)
        # Before: the labels filled the bar and the message had 0 px.
        assert _message_room(window) >= window.statusBar().fontMetrics().horizontalAdvance(
            message)
    window.statusBar().clearMessage()
    qtbot.wait(20)
    assert probe.model.isVisible() and probe.voice.isVisible()  # the details come back


@pytest.mark.parametrize("undo_by", ["menu", "typed"])
def test_after_undoing_a_deletion_or_a_rename_the_status_bar_says_so(qtbot, window,
                                                                      monkeypatch, undo_by):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)

    def status() -> str:
        return window.statusBar().currentMessage()

    window.open_routine("Movie night")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.routine_name == "Movie night", timeout=5000)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status() == "Deleted “Movie night”.", timeout=5000)
    if undo_by == "menu":
        window.act_undo.trigger()
    else:
        _type(qtbot, window, "undo")
    # Before: "Deleted “Movie night”." stayed; only the strip said it was back (typed
    # "undo" still so until the engine told every undo alike, ``Undone``).
    qtbot.waitUntil(lambda: status().startswith("Movie night is back"),
                    timeout=5000)
    # The Routine page shows it again (it stayed empty, as if Movie night were gone).
    qtbot.waitUntil(lambda: editor.routine_name == "Movie night", timeout=5000)
    assert editor.name.text() == "Movie night" and editor.delete_button.isEnabled()
    assert window.routine_list.current() == "Movie night"

    window.open_routine("Good night")
    qtbot.waitUntil(lambda: editor.routine_name == "Good night", timeout=5000)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Lights out")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status() == "Saved “Lights out”.", timeout=5000)
    if undo_by == "menu":
        qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    else:
        _type(qtbot, window, "undo")
    qtbot.waitUntil(lambda: status().startswith(
        "Undone: lights out is called good night again."), timeout=5000)
