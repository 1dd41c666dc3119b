"""A step added from "Add step" left the keyboard on that button: after "Say something"
the words typed next went nowhere and the editor said "Step 5: type what to say." until
the person found the field (seven Tabs away). Now the new step's first field has the
focus: its words, its seconds, its device."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QApplication, QPushButton


def _add(qtbot, window, choice: str):  # noqa: ANN001, ANN202
    editor = window.editor
    button = next(b for b in editor.findChildren(QPushButton) if b.text() == "Add step")
    button.setFocus()
    next(a for a in button.menu().actions() if a.text() == choice).trigger()
    qtbot.wait(20)
    return QApplication.focusWidget()


def test_the_new_step_takes_the_keyboard(qtbot, window):
    window.open_routine("Movie night")
    qtbot.waitUntil(lambda: window.editor.routine_name == "Movie night", timeout=5000)
    editor = window.editor
    focused = _add(qtbot, window, "Say something")
    qtbot.keyClicks(focused, "Popcorn time")
    last = editor.steps.item(editor.steps.count() - 1).text()
    assert last == "Say “Popcorn time”", last  # was: "Say: (nothing yet)"
    assert editor.problem.text() == ""
    assert _add(qtbot, window, "Wait") is editor.step_editor.wait_spin
    assert _add(qtbot, window, "Set a device") is editor.step_editor.device_combo
    settle(qtbot, window.bridge)
