"""Ctrl+S in the routine editor did nothing at all while the routine could not be saved
(a phrase another routine has) or had no changes: the key belonged to the Save button,
which was off. Now it saves as before, or the status bar says why nothing was saved,
and the problem line says what to do."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _open(qtbot, window, name):  # noqa: ANN001, ANN202
    window.open_routine(name)
    qtbot.waitUntil(lambda: window.editor.routine_name == name, timeout=5000)
    return window.editor


def _save_key(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_s_says_why_nothing_was_saved(qtbot, window):
    editor = _open(qtbot, window, "Movie night")
    editor.name.setFocus()
    _save_key(qtbot, editor.name)
    assert window.statusBar().currentMessage() == "Nothing to save: no changes."  # was: ""
    row = editor.phrase_rows()[0]
    row.edit.clear()
    qtbot.keyClicks(row.edit, "reading mode")  # Reading mode's phrase
    _save_key(qtbot, row.edit)
    said = ("“reading mode” already starts “Reading mode”: change the phrase or remove it.")
    assert window.statusBar().currentMessage() == f"Not saved: {said}"
    assert editor.problem.text() == said
    assert editor.dirty
    row.edit.clear()
    qtbot.keyClicks(row.edit, "film night")
    _save_key(qtbot, row.edit)  # still saves
    settle(qtbot, window.bridge)
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    assert "film night" in window.bridge.engine.store.routine("Movie night").phrase_texts()
